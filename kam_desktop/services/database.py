"""Opening the user's database: engine, migrations, session factory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.domain.errors import DatabaseError
from kam_desktop.i18n import _
from kam_desktop.paths import database_url
from kam_desktop.storage.db import create_db_engine, make_session_factory
from kam_desktop.storage.migrate import upgrade_to_head


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker
    backup_path: str | None = None

    @classmethod
    def open(cls, db: str | None = None, migrate: bool = True) -> Database:
        """Open ``db`` (path, URL or None for the default file) and bring its schema to head."""
        engine = create_db_engine(database_url(db))
        backup = None
        try:
            if migrate:
                backup = upgrade_to_head(engine)
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseError(
                _("The database cannot be opened: {error}").format(error=exc.orig)
            ) from None
        except DatabaseError:
            engine.dispose()
            raise
        return cls(engine, make_session_factory(engine), backup)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commit on success, roll back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM client")).scalar_one() == 0

    def close(self) -> None:
        self.engine.dispose()
