"""The PostgreSQL pass of the test suite: ``KAM_TEST_POSTGRES_URL`` selects it.

Set to an SQLAlchemy URL (``postgresql+psycopg://user:pw@host/dbname``) of a role that may
create databases, the storage, service, exchange and CLI tests that take the ``db`` fixture run
against PostgreSQL instead of an SQLite file: the session migrates ``<dbname>_template`` to head
once, copies it to ``<dbname>_work``, and each test gets that database emptied and reseeded
(``WorkDatabase``). Tests that
are about SQLite files themselves are marked ``sqlite_only`` and left out of that pass, and so
is everything that does not take ``db`` (it would only run the SQLite case a second time).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

POSTGRES_URL_ENV = "KAM_TEST_POSTGRES_URL"
# The directories of the second pass: storage, services, exchange, command line.
PASS_DIRECTORIES = ("storage", "unit", "exchange", "cli")


def postgres_url() -> str | None:
    """The pass's server URL; under pytest-xdist each worker gets databases of its own (the
    worker's name appended to the database name every other name is made from)."""
    url = os.environ.get(POSTGRES_URL_ENV) or None
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if url is None or not worker:
        return url
    return _with_database(url, f"{_database_name(url)}_{worker}")


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


@contextmanager
def _server(url: str) -> Iterator[object]:
    """An autocommit connection to the server's maintenance database (CREATE DATABASE cannot
    run in a transaction)."""
    from sqlalchemy import create_engine

    engine = create_engine(_with_database(url, "postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _recreate(conn: object, name: str, template: str | None = None) -> None:
    from sqlalchemy import text

    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))  # type: ignore[attr-defined]
    source = f' TEMPLATE "{template}"' if template else ""
    strategy = " STRATEGY FILE_COPY" if template else ""  # WAL_LOG: 6× slower for a copy
    conn.execute(text(f'CREATE DATABASE "{name}"{source}{strategy}'))  # type: ignore[attr-defined]


def template_url(url: str) -> str:
    """Migrate a template database to head (once per session) and return its URL."""
    from kam_desktop.services.database import Database

    template = f"{_database_name(url)}_template"
    with _server(url) as conn:
        _recreate(conn, template)
    Database.open(_with_database(url, template)).close()
    return _with_database(url, template)


class WorkDatabase:
    """The one database the tests of a session use in turn, copied from the template once.

    Between tests it is emptied and given back the template's rows (the seeded roles, tags and
    settings, the Alembic revision): ~15 ms, where a new copy of the template costs ~150 ms
    even with fsync off. A test that needs two PostgreSQL databases at once is not supported:
    its second database is an SQLite file.
    """

    def __init__(self, url: str) -> None:
        from sqlalchemy import MetaData, create_engine

        base = _database_name(url)
        self.url = _with_database(url, f"{base}_work")
        with _server(url) as conn:
            _recreate(conn, f"{base}_work", template=f"{base}_template")
        self.engine = create_engine(self.url)
        self.metadata = MetaData()
        self.metadata.reflect(self.engine)
        with self.engine.connect() as conn:
            self.seed = {
                t.name: [dict(r._mapping) for r in conn.execute(t.select())]
                for t in self.metadata.sorted_tables
            }

    def reset(self) -> str:
        """Empty every table, put the template's rows back, and return the URL."""
        from sqlalchemy import text

        with self.engine.begin() as conn:
            # DELETE, not TRUNCATE: on tables this small a TRUNCATE (new files) costs 10× more.
            conn.execute(text("SET LOCAL session_replication_role = replica"))  # no triggers
            for table in reversed(self.metadata.sorted_tables):
                conn.execute(table.delete())
            conn.execute(text("SET LOCAL session_replication_role = origin"))
            for table in self.metadata.sorted_tables:
                if self.seed[table.name]:
                    conn.execute(table.insert(), self.seed[table.name])
        return self.url

    def close(self) -> None:
        self.engine.dispose()


def copy_of_template(url: str, suffix: str) -> str:
    """A database of its own, copied from the template (~150 ms): for a module's fixture that
    outlives one test (a demo portfolio many tests read)."""
    base = _database_name(url)
    with _server(url) as conn:
        _recreate(conn, f"{base}_{suffix}", template=f"{base}_template")
    return _with_database(url, f"{base}_{suffix}")


def empty_database(url: str, suffix: str) -> str:
    """A new, empty database (no tables): for tests of meeting a server for the first time."""
    base = _database_name(url)
    with _server(url) as conn:
        _recreate(conn, f"{base}_{suffix}")
    return _with_database(url, f"{base}_{suffix}")


def drop(url: str) -> None:
    from sqlalchemy import text

    with _server(url) as conn:
        name = _database_name(url)
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))  # type: ignore[attr-defined]


def _database_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    if not name:
        raise ValueError(f"{POSTGRES_URL_ENV} must name a database")
    return name
