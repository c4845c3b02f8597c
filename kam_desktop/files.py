"""Reading and writing the files a user chose: one bounded read, one atomic write.

Importable from every layer (it needs only the domain's ``KamError`` and ``_``). Callers that
report their own kind of error (an exchange file → ``ArchiveError``) pass it as ``error``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kam_desktop.domain.errors import KamError
from kam_desktop.i18n import _

MAX_INPUT_BYTES = 512 * 1024 * 1024

# One permission rule for every file the app writes for the user (dossier archives, vCards,
# calendars, proposal PDF/DOCX): owner read/write only. They all hold personal data of
# clients' people (names, phones, birthdays), so other local users must not read them by
# default; the user can widen the mode in the file manager when sharing a folder.
PRIVATE_FILE_MODE = 0o600


def read_file(
    path: str | Path, limit: int = MAX_INPUT_BYTES, *, error: type[KamError] = KamError
) -> bytes:
    """Read a file the user chose, refusing folders, unreadable and oversized files.

    At most ``limit + 1`` bytes are read, so a huge file costs no memory to refuse."""
    path = Path(path)
    try:
        if path.is_dir():
            raise error(_("{path} is a folder, not a file.").format(path=path))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise error(
            _("Cannot read {path}: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    if len(data) > limit:
        raise error(_("{path} is too large.").format(path=path))
    return data


def write_atomically(
    path: str | Path,
    data: bytes,
    *,
    mode: int = PRIVATE_FILE_MODE,
    error: type[KamError] = KamError,
) -> Path:
    """Write via a temporary file in the same folder, fsynced, renamed over ``path``; the
    folder is fsynced too, so after a crash there is the old file or the new one, never a
    partial one. ``mode`` is set on the temporary file before the rename."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot_write(error, path, exc) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _cannot_write(error, path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    return path


def _cannot_write(error: type[KamError], path: Path, exc: OSError) -> KamError:
    return error(_("Cannot write {path}: {error}").format(path=path, error=exc.strerror or exc))


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; some systems (Windows) cannot open a folder: best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
