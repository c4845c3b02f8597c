"""Alembic, driven from code: upgrade to head when (and only when) the stored revision differs.

Alembic is imported lazily: it costs ~0.36 s, and on an up-to-date database the start-up only
reads one row from ``alembic_version``. A migration runs in one SQLite transaction, so a
process killed halfway leaves the file as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from kam_desktop.domain.errors import DatabaseError
from kam_desktop.i18n import _
from kam_desktop.storage.db import (
    OWN_TABLES,
    backup_before_migration,
    newer_error,
    sqlite_file,
    table_names,
    user_facing_error,
)
from kam_desktop.storage.revisions import MIGRATIONS_DIR, head_revision, known_revisions

log = logging.getLogger(__name__)


def _alembic_config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    tables = table_names(engine)
    if "alembic_version" not in tables:
        if tables and not (tables & OWN_TABLES):
            raise DatabaseError(_("This database belongs to another application."))
        if tables & OWN_TABLES:
            raise DatabaseError(
                _("This database has no schema version; it was not made by KAM Desktop.")
            )
        return None
    with engine.connect() as conn:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


@contextmanager
def _one_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection whose every statement, DDL included, is in one write transaction.

    The pysqlite driver opens no transaction before CREATE TABLE, so without this a migration
    killed halfway would leave tables without a revision: a file nobody could open again.
    """
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            with conn.begin():
                yield conn
            return
        raw = conn.connection.driver_connection
        assert raw is not None  # an open pool connection always has its DB-API connection
        saved = raw.isolation_level
        raw.isolation_level = None  # the driver stops opening transactions on its own
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        finally:
            raw.isolation_level = saved


def _migrate(engine: Engine, target: str, upgrade: bool) -> None:
    from alembic import command

    with _one_transaction(engine) as conn:
        config = _alembic_config(conn)
        if upgrade:
            command.upgrade(config, target)
        else:
            command.downgrade(config, target)


def upgrade_to_head(engine: Engine, backup: bool = True, target: str = "head") -> str | None:
    """Bring the schema to ``target``; returns the path of the backup copy, if one was made."""
    revision = current_revision(engine)
    if revision == head_revision() and target == "head":
        return None
    if revision is not None and revision not in known_revisions():
        raise newer_error(revision)
    backup_path = None
    path = sqlite_file(str(engine.url))
    if backup and path is not None and revision is not None:
        backup_path = backup_before_migration(path, revision)
    try:
        _migrate(engine, target, upgrade=True)
    except SQLAlchemyError as exc:
        error = user_facing_error(exc, path)
        if error is None:
            log.error("database upgrade from %s failed", revision, exc_info=True)
            error = DatabaseError(
                _("The database could not be upgraded; the details are in the log file.")
            )
        raise error from None
    log.info("database upgraded from %s to %s", revision, target)
    return str(backup_path) if backup_path else None


def downgrade(engine: Engine, target: str) -> None:
    _migrate(engine, target, upgrade=False)
