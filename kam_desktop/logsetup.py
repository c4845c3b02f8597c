"""Logging to a rotating file in the data dir (the GUI and the CLI both call this)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kam_desktop.paths import log_path

_configured = False


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log that cannot be written (full or read-only disk) is skipped in silence.

    The default handler prints a traceback to stderr instead, which would bury the one-line
    message the command line owes the user.
    """

    def handleError(self, record: logging.LogRecord) -> None:
        return None


def configure_logging(level: int = logging.INFO) -> Path:
    """Send log records to ``kam-desktop.log`` (1 MB × 3 files); idempotent."""
    global _configured
    path = log_path()
    if _configured:
        return path
    handler = _QuietFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True
    return path
