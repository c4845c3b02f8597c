"""Recognising an SQLite file as ours, and SQLite failures in our own words — stdlib only.

Opening never damages what the user pointed at. Before any connection setting that writes (the
WAL pragma rewrites the file header), a read-only look decides whose file it is: a missing or
empty file becomes ours; a file with our marker (``PRAGMA application_id``) and a revision of
our chain is ours; a file made before the marker is ours only with our tables and a pre-marker
revision; everything else is refused untouched. A file we cannot write is opened read-only.
SQLite failures a user can act on (busy, disk full, read-only, damaged) become our own errors,
whose messages never quote the SQL, its parameters or the data.

This module imports no SQLAlchemy, so a command that only reads (``render-proposal``) can
check a file and read it with the standard library; ``storage/db.py`` builds engines on it.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kam_desktop.domain.errors import (
    DatabaseBusyError,
    DatabaseError,
    DatabaseReadOnlyError,
    DiskFullError,
)
from kam_desktop.i18n import _
from kam_desktop.storage.revisions import known_revisions, pre_marker_revisions

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
OWN_TABLES = {"client", "member"}  # a database with tables but none of these is not ours
# PRAGMA application_id of our SQLite files ("KAMD"), set by migration 0005_database_marker.
APPLICATION_ID = 0x4B414D44
# Every table of revisions 0001–0004: a file without the marker may hold nothing else.
PRE_MARKER_TABLES = frozenset(
    {
        "alembic_version",
        "argument_block",
        "catalogue_item",
        "client",
        "contact_point",
        "dmu_role",
        "family_member",
        "interaction",
        "interaction_member",
        "interaction_team",
        "member",
        "our_company",
        "proposal",
        "proposal_line",
        "referee",
        "search_index",
        "search_index_config",
        "search_index_content",
        "search_index_data",
        "search_index_docsize",
        "search_index_idx",
        "setting",
        "similar_project",
        "team_member",
        "tender",
    }
)

# How long one statement waits for another process's write lock; scripts may shorten it.
BUSY_TIMEOUT_ENV = "KAM_DESKTOP_BUSY_TIMEOUT_MS"
DEFAULT_BUSY_TIMEOUT_MS = 5000

# Primary result codes (the low byte of sqlite_errorcode).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
LOW_DISK_SPACE = 1024 * 1024  # less free space than this beside the file: the disk is full


def busy_timeout_ms() -> int:
    try:
        value = int(os.environ.get(BUSY_TIMEOUT_ENV, DEFAULT_BUSY_TIMEOUT_MS))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS
    return max(0, value)


# ---- messages ------------------------------------------------------------------------------
def busy_error() -> DatabaseBusyError:
    return DatabaseBusyError(
        _("The database is busy in another KAM Desktop window or command; try again.")
    )


def not_ours_error(path: Path) -> DatabaseError:
    return DatabaseError(_("{path} is not a KAM Desktop database.").format(path=path))


def foreign_error() -> DatabaseError:
    return DatabaseError(_("This database belongs to another application."))


def no_version_error() -> DatabaseError:
    return DatabaseError(_("This database has no schema version; it was not made by KAM Desktop."))


def newer_error(revision: str) -> DatabaseError:
    return DatabaseError(
        _("This database was made by a newer KAM Desktop ({revision}); update the app.").format(
            revision=revision
        )
    )


def _disk_is_full(path: Path | None) -> bool:
    # SQLite reports a disk too full for its -shm or -wal file as an I/O error, not as full.
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_DISK_SPACE
    except OSError:
        return False


def user_facing_error(exc: BaseException, path: Path | None = None) -> DatabaseError | None:
    """Our error for an SQLite failure the user can act on, or None (then it is a bug).

    The driver's text, and SQLAlchemy's with the statement and its parameters, go to the log
    only: they can hold names and other personal data. ``path`` (the database file) lets an
    I/O error on a full disk be told as what it is.
    """
    orig = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None)  # a PostgreSQL server's (psycopg)
    if isinstance(sqlstate, str):
        return _server_error(sqlstate, exc)
    if not isinstance(orig, sqlite3.Error):
        return None
    code = (getattr(orig, "sqlite_errorcode", None) or 0) & 0xFF
    error: DatabaseError | None = None
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        error = busy_error()
    elif code == SQLITE_FULL or (code in (SQLITE_IOERR, SQLITE_CANTOPEN) and _disk_is_full(path)):
        error = DiskFullError(
            _("The disk is full: the database cannot be saved. Free some space and try again.")
        )
    elif code == SQLITE_READONLY:
        error = DatabaseReadOnlyError(_("The database file is read-only: changes cannot be saved."))
    elif code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        error = DatabaseError(_("The database file is damaged."))
    elif code == SQLITE_IOERR:
        error = DatabaseError(
            _("The database file cannot be read or written (input/output error).")
        )
    elif code == SQLITE_CANTOPEN:
        error = DatabaseError(_("The database file cannot be opened."))
    if error is not None:
        log.info("database error shown as %r", str(error), exc_info=exc)
    return error


# SQLSTATEs of a busy server: another user's transaction is in the way; trying again works.
SERVER_BUSY_STATES = {"40001", "40P01", "55P03", "57014"}  # serialization, deadlock, lock, timeout


def _server_error(sqlstate: str, exc: BaseException) -> DatabaseError | None:
    """Our error for a PostgreSQL failure the user can act on, or None (then it is a bug)."""
    error: DatabaseError | None = None
    if sqlstate in SERVER_BUSY_STATES:
        error = busy_error()
    elif sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
        error = DatabaseError(
            _("The connection to the team database was lost. Check the network and try again.")
        )
    elif sqlstate == "53100":
        error = DiskFullError(
            _("The team database's server has no disk space left: nothing was saved.")
        )
    elif sqlstate in ("25006", "42501"):
        error = DatabaseReadOnlyError(
            _("The team database does not let this user make changes: nothing was saved.")
        )
    if error is not None:
        log.info("server error %s shown as %r", sqlstate, str(error), exc_info=exc)
    return error


def cannot_open_error(exc: BaseException) -> DatabaseError:
    """The message for an unexpected failure while opening: the details go to the log."""
    log.error("the database cannot be opened", exc_info=exc)
    return DatabaseError(_("The database cannot be opened; the details are in the log file."))


# ---- recognising the file ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SqliteFile:
    """What a look at a database file found before any connection could write to it."""

    path: Path
    is_new: bool  # missing, empty, or SQLite without any schema: ours to create
    read_only: bool
    revision: str | None = None


@dataclass(frozen=True, slots=True)
class _Schema:
    application_id: int
    user_version: int
    tables: frozenset[str]
    has_objects: bool
    revisions: tuple[str, ...] | None  # None: no alembic_version table


def _can_create_in(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def _is_writable(path: Path) -> bool:
    """Can SQLite write the file, and create the -wal and -shm files WAL needs beside it?"""
    if not os.access(path, os.W_OK):
        return False
    if _can_create_in(path.parent):
        return True
    return all(os.access(f"{path}{suffix}", os.W_OK) for suffix in ("-wal", "-shm"))


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEADER_SIZE)
    except OSError as exc:
        message = _("Cannot read {path}: {error}").format(path=path, error=exc.strerror)
        raise DatabaseError(message) from None


def _header_is_sane(header: bytes) -> bool:
    """SQLite's magic and the fixed header bytes, so a damaged file is not taken as foreign."""
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_ok = page_size == 1 or (512 <= page_size <= 32768 and page_size & (page_size - 1) == 0)
    return page_ok and header[21:24] == b"\x40\x20\x20"  # payload fractions 64, 32, 32


def _connect_snapshot(path: Path, wal_mode: bool) -> sqlite3.Connection:
    """A read-only connection that creates nothing beside the file.

    A WAL database whose -wal file is absent is complete in the main file; reading it as
    immutable needs no -shm either. With a -wal present the files exist already.
    """
    uri = path.resolve().as_uri()
    wal_present = Path(f"{path}-wal").exists()
    flags = "mode=ro&immutable=1" if wal_mode and not wal_present else "mode=ro"
    return sqlite3.connect(f"{uri}?{flags}", uri=True, timeout=busy_timeout_ms() / 1000)


def _read_schema(conn: sqlite3.Connection) -> _Schema:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    objects = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    tables = frozenset(name for kind, name in objects if kind == "table")
    revisions = None
    if "alembic_version" in tables:
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version LIMIT 2").fetchall()
        except sqlite3.OperationalError:  # an alembic_version of another shape
            rows = []
        revisions = tuple(str(row[0]) for row in rows)
    return _Schema(application_id, user_version, tables, bool(objects), revisions)


def _schema_of(path: Path, header: bytes) -> _Schema:
    wal_mode = header[18] == 2  # file format read version 2 = WAL
    try:
        conn = _connect_snapshot(path, wal_mode)
        try:
            return _read_schema(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise busy_error() from None
        log.info("%s could not be read as SQLite", path, exc_info=True)
        raise not_ours_error(path) from None


def _recognise(schema: _Schema) -> tuple[bool, str | None]:
    """(is_new, revision) of a file that is ours; raises for every file that is not."""
    if schema.application_id not in (0, APPLICATION_ID):
        raise foreign_error()
    if not schema.has_objects:
        if schema.user_version:
            raise foreign_error()
        return True, None
    single = schema.revisions[0] if schema.revisions and len(schema.revisions) == 1 else None
    if schema.application_id == APPLICATION_ID:
        if single is None:
            raise no_version_error()
        if single not in known_revisions():
            raise newer_error(single)
        return False, single
    # No marker: only a database made before the marker can be ours.
    if schema.revisions is None:
        raise no_version_error() if schema.tables & OWN_TABLES else foreign_error()
    if (
        single in pre_marker_revisions()
        and schema.user_version == 0
        and OWN_TABLES <= schema.tables <= PRE_MARKER_TABLES
    ):
        return False, single
    raise foreign_error()


def inspect_sqlite_file(path: Path) -> SqliteFile:
    """Decide, without writing anything, whether ``path`` is ours (or new); raise if not."""
    if path.is_dir():
        raise DatabaseError(_("{path} is a folder, not a database file.").format(path=path))
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError(_("Folder {path} does not exist.").format(path=path.parent))
        return SqliteFile(path, is_new=True, read_only=not _can_create_in(path.parent))
    if not path.is_file():  # /dev/null, a pipe, a socket: never a database of ours
        raise not_ours_error(path)
    header = _read_header(path)
    read_only = not _is_writable(path)
    if not header:
        return SqliteFile(path, is_new=True, read_only=read_only)
    if not _header_is_sane(header):
        raise not_ours_error(path)
    # The header's own copy of the marker: another program's mark needs no SQLite at all.
    if int.from_bytes(header[68:72], "big") not in (0, APPLICATION_ID):
        raise foreign_error()
    is_new, revision = _recognise(_schema_of(path, header))
    return SqliteFile(path, is_new=is_new, read_only=read_only, revision=revision)


# ---- read-only connections -------------------------------------------------------------------------------
def read_only_connection(path: Path) -> sqlite3.Connection:
    """mode=ro, or immutable when SQLite cannot even create the -shm file (read-only disk)."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    # Nobody can write a file on a read-only disk, so treating it as immutable is exact.
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)


_connect_read_only = read_only_connection  # the name storage/db.py's engines use
