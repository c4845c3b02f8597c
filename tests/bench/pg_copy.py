"""The bench database on PostgreSQL: a copy of the SQLite bench file, for benchmarks that
compare the two backends on the same rows.

    python -m tests.bench.pg_copy postgresql+psycopg://kam:kam@localhost/kam_bench_pg [--db PATH]

``copy_to_postgres`` drops and creates the named ``kam_bench_*`` database (any other name, say
the test pass's, becomes ``kam_bench_<name>`` beside it), migrates it to head with
``Database.open`` (the seeded rows come with it and are replaced), and copies every table of
``Base.metadata`` from the SQLite file in dependency order with ``COPY … FROM STDIN``, in batches,
under ``session_replication_role = replica`` (the derived tables' triggers and the foreign keys
do not fire per row: the derived tables are copied as SQLite keeps them). The search index is
then rebuilt by ``rebuild_search_index`` (it fills the ``words`` of PostgreSQL), serial columns
are moved past the copied ids, and ``VACUUM ANALYZE`` leaves the tables as a server that has
been running a while keeps them (statistics, visibility map for index-only scans). About a
minute for the 5,000-client file; a database that already holds a finished copy of the same
bench file (generator marker, client and member counts, head revision) is reused.

The SQLite side must be at head too. ``head_copy`` makes a copy of the cached bench file
beside it and upgrades that, so the cached file itself stays at the revision it was built at
(other branches, whose head is older, read it too).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BATCH = 5000
COPIED_KEY = "bench.postgres_copy"  # the generator marker, written once the copy is complete


@contextmanager
def _scratch_data_dir() -> Iterator[None]:
    """Opening an older file backs it up into the data dir first: not into the user's one."""
    saved = os.environ.get("KAM_DESKTOP_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="kam-bench-data-") as scratch:
        os.environ["KAM_DESKTOP_DATA_DIR"] = scratch
        try:
            yield
        finally:
            if saved is None:
                os.environ.pop("KAM_DESKTOP_DATA_DIR", None)
            else:
                os.environ["KAM_DESKTOP_DATA_DIR"] = saved


def _sqlite_revision(path: Path) -> str | None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return row[0] if row else None


def _sqlite_marker(path: Path) -> str | None:
    from tests.bench.generate import MARKER_KEY

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (MARKER_KEY,)).fetchone()
    finally:
        con.close()
    return row[0] if row else None


def head_copy(sqlite_path: Path) -> Path:
    """The bench file at the head revision: ``sqlite_path`` itself when it is at head, else a
    copy beside it named after the head (made once, upgraded by ``Database.open``)."""
    from kam_desktop.services.database import Database
    from kam_desktop.storage.revisions import head_revision

    head = head_revision()
    if _sqlite_revision(sqlite_path) == head:
        return sqlite_path
    target = sqlite_path.with_name(f"{sqlite_path.stem}.{head}.sqlite3")
    if (
        target.is_file()
        and _sqlite_revision(target) == head
        and _sqlite_marker(target) == _sqlite_marker(sqlite_path)
    ):
        return target
    partial = target.with_name(target.name + f".partial-{os.getpid()}")
    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)  # a consistent copy even if a WAL is beside the source
    finally:
        copy.close()
        source.close()
    with _scratch_data_dir():
        db = Database.open(str(partial))
        try:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
    os.replace(partial, target)
    for side in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        side.unlink(missing_ok=True)
    return target


# ---- PostgreSQL ----------------------------------------------------------------------------
def _counts(conn: Any) -> tuple[int, int]:
    from sqlalchemy import text

    clients = conn.execute(text("SELECT count(*) FROM client")).scalar_one()
    members = conn.execute(text("SELECT count(*) FROM member")).scalar_one()
    return clients, members


def _finished_copy(url: str, marker: str | None, counts: tuple[int, int]) -> bool:
    """True when ``url`` is a database holding a complete copy of this bench file at head."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from kam_desktop.storage.revisions import head_revision

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            copied = conn.execute(
                text("SELECT value FROM setting WHERE key = :k"), {"k": COPIED_KEY}
            ).scalar()
            return (
                revision == head_revision()
                and marker is not None
                and copied == marker
                and _counts(conn) == counts
            )
    except SQLAlchemyError:  # no such database, or not one of ours
        return False
    finally:
        engine.dispose()


def bench_database_url(url: str) -> str:
    """``url`` itself when it names a ``kam_bench_*`` database, else ``kam_bench_<its name>`` on
    the same server: a test pass's URL (``KAM_TEST_POSTGRES_URL``) is never dropped for a copy."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = parsed.database or "pg"
    if name.startswith("kam_bench"):
        return url
    return parsed.set(database=f"kam_bench_{name}").render_as_string(hide_password=False)


def _recreate_database(url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    if not name or not name.startswith("kam_bench"):
        raise ValueError(f"refusing to recreate {name!r}: the bench databases are kam_bench_*")
    server = make_url(url).set(database="postgres")
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()


def _bind_processors(table: Any, dialect: Any) -> list[Callable[[Any], Any] | None]:
    """Per column, what SQLAlchemy would do to a value before handing it to psycopg (UTC
    timestamps, JSON to text…): COPY gets exactly what an INSERT would have sent."""
    return [column.type.bind_processor(dialect) for column in table.columns]


def _copy_table(source: Any, target: Any, table: Any) -> int:
    """Stream one table from SQLite into PostgreSQL with COPY, ``BATCH`` rows at a time."""
    from sqlalchemy import select

    names = [column.name for column in table.columns]
    processors = _bind_processors(table, target.dialect)
    cursor = target.connection.driver_connection.cursor()
    columns = ", ".join(f'"{n}"' for n in names)
    rows = 0
    result = source.execution_options(yield_per=BATCH).execute(select(table))
    with cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
        for batch in result.partitions(BATCH):
            for row in batch:
                copy.write_row(
                    [
                        p(v) if p is not None and v is not None else v
                        for p, v in zip(processors, row, strict=True)
                    ]
                )
            rows += len(batch)
    return rows


def _move_sequences(conn: Any, tables: list[Any]) -> None:
    """Serial ids go on after the copied ones (the change log's, the erasure log's)."""
    from sqlalchemy import text

    for table in tables:
        for column in table.primary_key.columns:
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            ).scalar()
            if sequence is not None:
                conn.execute(
                    text(
                        f'SELECT setval(:s, coalesce((SELECT max("{column.name}") '
                        f'FROM "{table.name}"), 0) + 1, false)'
                    ),
                    {"s": sequence},
                )


def copy_to_postgres(sqlite_path: Path, url: str, verbose: bool = False) -> str:
    """A PostgreSQL database holding the rows of the SQLite bench file at head, and its URL:
    ``url``'s, or ``kam_bench_<name>`` beside it (``bench_database_url``). Reused when it
    already holds a finished copy of the same file."""
    from sqlalchemy import create_engine, text

    from kam_desktop.services.database import Database
    from kam_desktop.storage.models import Base
    from kam_desktop.storage.search_index import rebuild_search_index

    url = bench_database_url(url)
    sqlite_path = head_copy(Path(sqlite_path))
    marker = _sqlite_marker(sqlite_path)
    source_engine = create_engine(f"sqlite:///{sqlite_path}")
    try:
        with source_engine.connect() as source:
            counts = _counts(source)
            if _finished_copy(url, marker, counts):
                return url
            started = time.perf_counter()
            _recreate_database(url)
            Database.open(url).close()  # the schema at head, as a user's team database gets it
            tables = list(Base.metadata.sorted_tables)
            target_engine = create_engine(url)
            try:
                with target_engine.begin() as target:
                    # No trigger and no foreign-key check per row: the rows are SQLite's, whole.
                    target.execute(text("SET LOCAL session_replication_role = replica"))
                    for table in reversed(tables):
                        target.execute(table.delete())  # the rows the migrations seeded
                    for table in tables:
                        copied = _copy_table(source, target, table)
                        if verbose and copied:
                            print(f"  {table.name}: {copied} rows", flush=True)
                    _move_sequences(target, tables)
                    rebuild_search_index(target)
                    target.execute(
                        text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                        {"k": COPIED_KEY, "v": marker},
                    )
                with target_engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT"
                ) as conn:
                    conn.execute(text("VACUUM ANALYZE"))
            finally:
                target_engine.dispose()
            if verbose:
                print(f"copied in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        source_engine.dispose()
    return url


def main(argv: list[str] | None = None) -> int:
    from tests.bench.generate import cached_bench_db

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", nargs="?", default=os.environ.get("KAM_TEST_POSTGRES_URL"))
    parser.add_argument("--db", type=Path, help="SQLite bench file (default: the cached one)")
    args = parser.parse_args(argv)
    if not args.url:
        print("no PostgreSQL URL (argument or KAM_TEST_POSTGRES_URL): nothing to do")
        return 0
    sqlite_path = head_copy(args.db or cached_bench_db())
    url = copy_to_postgres(sqlite_path, args.url, verbose=True)
    print(f"{sqlite_path} → {url.split('@')[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
