"""Typed errors whose message a user can act on (the GUI and the CLI show them as they are)."""

from __future__ import annotations


class KamError(Exception):
    """Base of every error caused by the user's input or environment, never by a bug."""


class ValidationError(KamError):
    """One or more fields are invalid; ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFoundError(KamError):
    """A record the user named does not exist."""


class DatabaseError(KamError):
    """The database cannot be opened, is not a KAM Desktop database, or is newer than the app."""


class ConflictError(KamError):
    """The record was changed by someone else since it was loaded."""


class DatabaseBusyError(DatabaseError):
    """Another window or command kept the database locked for longer than we wait."""


class DatabaseReadOnlyError(DatabaseError):
    """The database file (or its folder) cannot be written: it is opened for reading only."""


class DiskFullError(DatabaseError):
    """The disk holding the database is full (or the file reached its size limit)."""
