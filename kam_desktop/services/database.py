"""Opening the user's database: engine, migrations, session factory, units of work."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.domain.errors import DatabaseError, DatabaseReadOnlyError
from kam_desktop.i18n import _
from kam_desktop.storage.db import (
    SqliteFile,
    cannot_open_error,
    make_session_factory,
    open_engine,
    user_facing_error,
)
from kam_desktop.storage.migrate import upgrade_to_head
from kam_desktop.storage.revisions import head_revision


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker
    backup_path: str | None = None
    read_only: bool = False  # a file on a read-only disk (or not writable): reading only
    path: Path | None = None
    # The unit of work open on each thread: nested service calls join it.
    _local: threading.local = field(
        default_factory=threading.local, init=False, repr=False, compare=False
    )

    @classmethod
    def open(cls, db: str | None = None, migrate: bool = True) -> Database:
        """Open ``db`` (path, URL or None for the default file) and bring its schema to head.

        A file that cannot be written is opened read-only, without any migration.
        """
        from kam_desktop.services.team import connect_target

        opened = open_engine(connect_target(db))
        engine, found = opened.engine, opened.file
        read_only = found is not None and found.read_only
        backup = None
        try:
            if found is not None and read_only:
                _refuse_outdated_read_only(found)
            elif migrate:
                backup = upgrade_to_head(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            path = found.path if found is not None else None
            raise user_facing_error(exc, path) or cannot_open_error(exc) from None
        except DatabaseError:
            engine.dispose()
            raise
        path = found.path if found is not None else None
        return cls(engine, make_session_factory(engine), backup, read_only, path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commit on success, roll back on any error.

        Called inside another unit of work on the same thread, it joins that one, so several
        service calls wrapped in ``transaction()`` are saved together or not at all.
        """
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        try:
            with self.sessions() as session, session.begin():
                self._local.session = session
                try:
                    yield session
                finally:
                    self._local.session = None
        except DBAPIError as exc:
            error = user_facing_error(exc, self.path)
            if error is None:
                raise
            raise error from None

    def transaction(self) -> AbstractContextManager[Session]:
        """Several service calls as one unit of work: all of them are saved, or none."""
        return self.session()

    def require_writable(self) -> None:
        """Refuse, before any work is done, to change a database opened read-only."""
        if self.read_only:
            raise DatabaseReadOnlyError(
                _("{path} is read-only; a command that changes it cannot run.").format(
                    path=self.path
                )
            )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def is_empty(self) -> bool:
        from kam_desktop.storage.client_store import has_clients  # the ORM models: not at start

        with self.session() as s:
            return not has_clients(s)

    def close(self) -> None:
        self.engine.dispose()


def _refuse_outdated_read_only(found: SqliteFile) -> None:
    # Upgrading writes the schema, which a read-only file cannot take.
    if found.revision != head_revision():
        raise DatabaseReadOnlyError(
            _(
                "{path} is read-only and was made by an older KAM Desktop; copy it to a "
                "writable disk and open it there once to upgrade it."
            ).format(path=found.path)
        )
