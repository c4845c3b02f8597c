"""Engine creation, per-connection pragmas, and opening a database safely.

Opening never damages what the user pointed at: whose file it is, and which SQLite failures
become our own errors, is decided in ``storage/sqlite_files.py`` (its docstring has the rule),
before any connection setting that writes; this module builds the engine on that decision.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import sessionmaker

from kam_desktop.domain.errors import DatabaseError, DatabaseReadOnlyError
from kam_desktop.i18n import _
from kam_desktop.paths import masked_url
from kam_desktop.storage import backups
from kam_desktop.storage.server_errors import driver_missing_error, server_connection_error
from kam_desktop.storage.sqlite_files import (  # noqa: F401  (the file checks, re-exported)
    APPLICATION_ID,
    BUSY_TIMEOUT_ENV,
    DEFAULT_BUSY_TIMEOUT_MS,
    HEADER_SIZE,
    LOW_DISK_SPACE,
    OWN_TABLES,
    PRE_MARKER_TABLES,
    SQLITE_MAGIC,
    SqliteFile,
    _connect_read_only,
    busy_error,
    busy_timeout_ms,
    cannot_open_error,
    foreign_error,
    inspect_sqlite_file,
    newer_error,
    no_version_error,
    not_ours_error,
    user_facing_error,
)

log = logging.getLogger(__name__)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Pragmas are per connection, so they are set on every new one.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # No journal_mode switch (it writes the header); query_only refuses writes in SQLite itself.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def sqlite_file(url: str | URL) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


# ---- engines ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OpenedEngine:
    engine: Engine
    file: SqliteFile | None  # None for non-SQLite URLs and in-memory SQLite


def open_engine(url: str | URL) -> OpenedEngine:
    """An engine for ``url`` after the file behind it was recognised as ours (or new).

    A server URL may come as a ``URL`` object holding the password (from the keyring), so
    the password never travels as text that could reach a message or a log."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        shown = masked_url(url) if isinstance(url, str) else "?"
        raise DatabaseError(_("Not a database path or URL: {url}").format(url=shown)) from None
    path = sqlite_file(url)
    found = inspect_sqlite_file(path) if path is not None else None
    if found is not None and found.read_only and found.is_new:
        raise DatabaseReadOnlyError(
            _(
                "{path} is on a read-only disk or folder; a new database cannot be made there."
            ).format(path=path)
        )
    read_only = found is not None and found.read_only
    try:
        if found is not None and read_only:
            creator = partial(_connect_read_only, found.path)
            engine = create_engine(parsed, creator=creator)
        elif parsed.get_backend_name() == "postgresql":
            # Pinned, whatever the server's default: the saves' version check relies on the row
            # lock taken before it (storage/locking.py), and under REPEATABLE READ a second
            # writer fails with a serialization error instead of waiting for that lock.
            # No pool_pre_ping: it costs a round trip per unit of work (a keystroke makes
            # several). A dropped connection is said in words (user_facing_error), SQLAlchemy
            # discards the pool on it, and trying again reconnects.
            engine = create_engine(parsed, isolation_level="READ COMMITTED")
        else:
            engine = create_engine(parsed)
    except (NoSuchModuleError, ImportError) as exc:
        if parsed.get_backend_name() == "postgresql":
            raise driver_missing_error() from None
        raise DatabaseError(
            _("Database driver is not available: {error}").format(error=exc)
        ) from None
    if engine.dialect.name == "sqlite":
        pragmas = _set_read_only_pragmas if read_only else _set_sqlite_pragmas
        event.listen(engine, "connect", pragmas)
    return OpenedEngine(engine, found)


def create_db_engine(url: str) -> Engine:
    return open_engine(url).engine


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False, future=True)


def table_names(engine: Engine) -> set[str]:
    try:
        return set(inspect(engine).get_table_names())
    except SADatabaseError as exc:
        path = sqlite_file(str(engine.url))
        known = user_facing_error(exc, path) or server_connection_error(exc)
        raise known or cannot_open_error(exc) from None


def backup_before_migration(path: Path, revision: str | None) -> Path | None:
    """Copy the database file to the backup folder so a failed or unwanted migration loses
    nothing (File → Backups… lists the copy; it is never rotated away)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    reason = f"before-{revision or 'empty'}"
    target = backups.backup_folder() / backups.backup_name(path, reason)
    backups.copy_database(path, target)  # the backup API: a consistent snapshot, WAL or not
    log.info("database copied to %s before migration", target)
    return target
