"""Alembic, driven from code: upgrade to head when (and only when) the stored revision differs.

Alembic is imported lazily: it costs ~0.36 s, and on an up-to-date database the start-up only
reads one row from ``alembic_version``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from kam_desktop.domain.errors import DatabaseError
from kam_desktop.i18n import _
from kam_desktop.storage.db import OWN_TABLES, backup_before_migration, sqlite_file, table_names

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
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


def known_revisions() -> set[str]:
    return {p.stem for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py")}


def head_revision() -> str:
    """Revisions are linear and named ``NNNN_slug`` = file name, so the head is the last one."""
    return max(known_revisions())


def upgrade_to_head(engine: Engine, backup: bool = True, target: str = "head") -> str | None:
    """Bring the schema to ``target``; returns the path of the backup copy, if one was made."""
    revision = current_revision(engine)
    if revision == head_revision() and target == "head":
        return None
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            _("This database was made by a newer KAM Desktop ({revision}); update the app.").format(
                revision=revision
            )
        )
    backup_path = None
    path = sqlite_file(str(engine.url))
    if backup and path is not None and revision is not None:
        backup_path = backup_before_migration(path, revision)
    from alembic import command

    try:
        command.upgrade(_alembic_config(engine), target)
    except SQLAlchemyError as exc:
        raise DatabaseError(
            _("The database could not be upgraded: {error}").format(error=exc)
        ) from exc
    log.info("database upgraded from %s to %s", revision, target)
    return str(backup_path) if backup_path else None


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    command.downgrade(_alembic_config(engine), target)
