"""Errors raised while reading or writing exchange files; each message names the problem."""

from __future__ import annotations

from kam_desktop.domain.errors import KamError


class ArchiveError(KamError):
    """A .kamdossier file is broken, hostile or not supported; the database is left untouched."""


class PasswordRequiredError(ArchiveError):
    """The file is encrypted and no password was given."""


class WrongPasswordError(ArchiveError):
    """The password does not open the file (the key check did not match)."""


class TamperedFileError(ArchiveError):
    """The password is right but the encrypted content was changed or damaged."""


class VCardError(KamError):
    """A vCard file cannot be read."""


class Cancelled(KamError):
    """The user cancelled a long export or import; nothing was written."""
