"""KAM Desktop: decision-group dossiers and role-tailored commercial proposals, offline."""

__version__ = "0.1.0"
