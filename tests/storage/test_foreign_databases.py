"""Whose database is it? Ours is recognised positively; every other file is refused untouched.

Ours: a new or empty file; our marker (``PRAGMA application_id``) with a revision of our
chain; or, made before the marker, our tables with a pre-marker revision. Everything else —
another program that also uses Alembic, another application id, foreign tables — is refused
before any connection setting writes to it: the bytes, the time stamp and the folder listing
(no ``-wal``/``-shm`` files) stay as they were.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kam_desktop.domain.errors import DatabaseError
from kam_desktop.services.database import Database
from kam_desktop.storage.db import APPLICATION_ID, create_db_engine
from kam_desktop.storage.migrate import downgrade, head_revision
from tests.cli.test_cli import assert_one_line_error, run_cli
from tests.storage.test_migrations import fingerprint, make_revision_0001_database

OTHER_APP_REVISION = "ae1027a6acf"  # what Alembic names revisions by default
GEOPACKAGE_ID = 0x47504B47  # "GPKG", a real application id of another format


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def application_id(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


def ours_at_head(path: Path) -> None:
    Database.open(str(path)).close()


def ours_at(path: Path, revision: str) -> None:
    ours_at_head(path)
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        downgrade(engine, revision)
    finally:
        engine.dispose()


# ---- other programs' files -----------------------------------------------------------------
ALEMBIC_TABLE = "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"


def other_app_with_empty_alembic_version(path: Path) -> None:
    sql(path, ALEMBIC_TABLE, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")


def other_app_with_only_alembic_version(path: Path) -> None:
    sql(path, ALEMBIC_TABLE)


def other_app_with_its_own_revision(path: Path) -> None:
    sql(
        path,
        ALEMBIC_TABLE,
        f"INSERT INTO alembic_version VALUES ('{OTHER_APP_REVISION}')",
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO notes (body) VALUES ('Иван Петров, день рождения 29.02')",
    )


def other_app_in_wal_mode(path: Path) -> None:
    other_app_with_its_own_revision(path)
    sql(path, "PRAGMA journal_mode=WAL")


def other_app_with_tables_named_like_ours(path: Path) -> None:
    sql(
        path,
        ALEMBIC_TABLE,
        f"INSERT INTO alembic_version VALUES ('{OTHER_APP_REVISION}')",
        "CREATE TABLE client (id TEXT PRIMARY KEY, name TEXT)",
        "CREATE TABLE member (id TEXT PRIMARY KEY, name TEXT)",
    )


def another_application_id_over_our_schema(path: Path) -> None:
    ours_at_head(path)
    sql(path, f"PRAGMA application_id = {GEOPACKAGE_ID}")


def no_marker_but_a_revision_after_the_marker(path: Path) -> None:
    ours_at_head(path)
    sql(path, "PRAGMA application_id = 0")


def pre_marker_revision_with_a_foreign_table(path: Path) -> None:
    ours_at(path, "0003_proposals")
    sql(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")


def pre_marker_revision_with_a_user_version(path: Path) -> None:
    ours_at(path, "0004_member_anniversary")
    sql(path, "PRAGMA user_version = 7")


def a_user_version_and_nothing_else(path: Path) -> None:
    sql(path, "PRAGMA user_version = 3")


FOREIGN: list[Callable[[Path], None]] = [
    other_app_with_empty_alembic_version,
    other_app_with_only_alembic_version,
    other_app_with_its_own_revision,
    other_app_in_wal_mode,
    other_app_with_tables_named_like_ours,
    another_application_id_over_our_schema,
    no_marker_but_a_revision_after_the_marker,
    pre_marker_revision_with_a_foreign_table,
    pre_marker_revision_with_a_user_version,
    a_user_version_and_nothing_else,
]


@pytest.mark.parametrize("make", FOREIGN)
def test_another_programs_database_is_refused_untouched(tmp_path: Path, make) -> None:
    path = tmp_path / "their.db"
    make(path)
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="belongs to another application"):
        Database.open(str(path))
    assert fingerprint(path) == before  # same bytes, same mtime, no -wal / -shm beside it


def test_our_marker_with_an_unknown_revision_is_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    ours_at_head(path)
    sql(path, "UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="newer KAM Desktop"):
        Database.open(str(path))
    assert fingerprint(path) == before


def test_our_marker_without_a_revision_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "stripped.db"
    ours_at_head(path)
    sql(path, "DELETE FROM alembic_version")
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="no schema version"):
        Database.open(str(path))
    assert fingerprint(path) == before


@pytest.mark.parametrize("verb", [["demo"], ["search", "иван"], ["import", "x.kamdossier"]])
def test_the_command_line_refuses_them_in_one_line(tmp_path: Path, verb: list[str]) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    path = folder / "app.db"
    other_app_with_empty_alembic_version(path)
    before = fingerprint(path)
    line = assert_one_line_error(run_cli("--db", str(path), *verb))
    assert "belongs to another application" in line
    assert fingerprint(path) == before


def test_a_device_or_a_pipe_is_not_a_database() -> None:
    with pytest.raises(DatabaseError, match="not a KAM Desktop database"):
        Database.open("/dev/null")


# ---- our own files -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "revision", ["0001_dossier_core", "0003_proposals", "0004_member_anniversary"]
)
def test_a_database_made_before_the_marker_is_ours_and_gets_it(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "old.db"
    ours_at(path, revision)
    assert application_id(path) == 0
    db = Database.open(str(path))
    try:
        assert db.backup_path is not None and not db.read_only
    finally:
        db.close()
    assert application_id(path) == APPLICATION_ID


def test_the_first_release_database_with_data_is_ours(tmp_path: Path) -> None:
    path = tmp_path / "first.db"
    make_revision_0001_database(path)
    Database.open(str(path)).close()
    assert application_id(path) == APPLICATION_ID


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.touch(),  # an empty file
        lambda p: sql(p, "PRAGMA journal_mode=WAL"),  # SQLite, but without any schema yet
        lambda p: None,  # no file at all
    ],
    ids=["empty file", "empty sqlite", "missing"],
)
def test_an_empty_or_new_file_becomes_ours(tmp_path: Path, make) -> None:
    path = tmp_path / "new.db"
    make(path)
    Database.open(str(path)).close()
    assert application_id(path) == APPLICATION_ID


def test_a_database_killed_before_it_checkpointed_is_still_ours(tmp_path: Path) -> None:
    """The marker may still be in the -wal file only: the look must read the WAL too."""
    path = tmp_path / "fresh.db"
    script = (
        "import os, sys; from kam_desktop.services.database import Database;"
        "db = Database.open(sys.argv[1]); os._exit(0)"  # no checkpoint, the -wal file stays
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
    assert Path(f"{path}-wal").exists()
    db = Database.open(str(path))
    db.close()
    assert application_id(path) == APPLICATION_ID
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
