"""Engine creation, per-connection pragmas, and opening a database safely.

Opening never damages what the user pointed at: a file that is not an SQLite database is
refused before SQLAlchemy touches it, a database of another application is refused before
migrations run, and the file is copied aside before any migration.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import sessionmaker

from kam_desktop.domain.errors import DatabaseError
from kam_desktop.i18n import _

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
OWN_TABLES = {"client", "member"}  # a database with tables but none of these is not ours
# PRAGMA application_id of our SQLite files ("KAMD"), set by migration 0005_database_marker.
APPLICATION_ID = 0x4B414D44


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Pragmas are per connection, so they are set on every new one.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse a path that exists but is not an SQLite database (or cannot be read)."""
    if path.is_dir():
        raise DatabaseError(_("{path} is a folder, not a database file.").format(path=path))
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError(_("Folder {path} does not exist.").format(path=path.parent))
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        message = _("Cannot read {path}: {error}").format(path=path, error=exc.strerror)
        raise DatabaseError(message) from None
    if header and header != SQLITE_MAGIC:
        raise DatabaseError(_("{path} is not a KAM Desktop database.").format(path=path))
    if header:
        _refuse_foreign_schema(path)


def _readonly_table_names(path: Path) -> set[str]:
    """Table names read through a read-only connection, so nothing is written to the file."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        raise DatabaseError(_("{path} is not a KAM Desktop database.").format(path=path)) from None
    return {row[0] for row in rows}


def _refuse_foreign_schema(path: Path) -> None:
    # Checked before the engine connects: its pragmas (journal_mode=WAL) rewrite the file header,
    # which must never happen to another application's database.
    tables = _readonly_table_names(path)
    if not tables or "alembic_version" in tables:
        return
    if tables & OWN_TABLES:
        raise DatabaseError(
            _("This database has no schema version; it was not made by KAM Desktop.")
        )
    raise DatabaseError(_("This database belongs to another application."))


def create_db_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(_("Not a database path or URL: {url}").format(url=url)) from None
    path = sqlite_file(url)
    if path is not None:
        check_sqlite_file(path)
    try:
        engine = create_engine(parsed, future=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(
            _("Database driver is not available: {error}").format(error=exc)
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False, future=True)


def table_names(engine: Engine) -> set[str]:
    try:
        return set(inspect(engine).get_table_names())
    except SADatabaseError as exc:
        raise DatabaseError(
            _("The database cannot be opened: {error}").format(error=exc.orig)
        ) from None


def backup_before_migration(path: Path, revision: str | None) -> Path | None:
    """Copy the database file aside so a failed or unwanted migration loses nothing."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{revision or 'empty'}.{stamp}.bak")
    # sqlite3's backup API copies a consistent snapshot even with a WAL file beside it.
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    log.info("database copied to %s before migration", target)
    return target
