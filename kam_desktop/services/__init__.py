"""Use cases shared by the GUI and the CLI. They own sessions and return domain objects."""
