"""``backup``, ``restore`` and ``backups`` in a subprocess, on real SQLite files: a backup holds
what the database held, a restore puts it back and keeps the replaced database, and a file
that is not ours is refused with one line and changes nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.domain.dossier import Client
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from tests.cli.test_cli import assert_one_line_error, run_cli


def clients(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM client"))
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "kam.sqlite3"
    result = run_cli("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    return path


def test_a_backup_restores_what_the_database_held(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copies" / "monday.kambackup"
    result = run_cli("--db", str(demo_db), "backup", "--out", str(copy))
    assert result.returncode == 0, result.stderr
    assert "clients: " in result.stdout and copy.is_file()
    before = clients(demo_db)

    db = Database.open(str(demo_db))  # a change after the copy, as the window makes it
    try:
        DossierService(db).save_client(Client("Новый клиент после копии"))
    finally:
        db.close()
    assert clients(demo_db) != before

    restored = run_cli("--db", str(demo_db), "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert clients(demo_db) == before
    kept = Path(restored.stdout.splitlines()[-1].rsplit(" ", 1)[-1])
    assert "before-restore" in kept.name
    assert "Новый клиент после копии" in clients(kept)  # the restore itself can be undone
    assert run_cli("--db", str(demo_db), "search", "--json", "а").returncode == 0  # it opens

    listing = run_cli("--db", str(demo_db), "backups")
    assert listing.returncode == 0, listing.stderr
    assert kept.name in listing.stdout


@pytest.mark.parametrize(
    "content",
    [b"just some text, not a database\n", b""],
    ids=["text", "empty"],
)
def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    demo_db: Path, tmp_path: Path, content: bytes
) -> None:
    bogus = tmp_path / "bogus.kambackup"
    bogus.write_bytes(content)
    before = digest(demo_db)
    line = assert_one_line_error(run_cli("--db", str(demo_db), "restore", str(bogus)))
    assert "bogus.kambackup" in line
    assert digest(demo_db) == before
    assert not list((Path(os.environ["KAM_DESKTOP_DATA_DIR"]) / "backups").glob("*restore*"))


def test_another_programs_sqlite_file_is_refused(demo_db: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "photos.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT)")
    conn.commit()
    conn.close()
    before = digest(demo_db)
    assert_one_line_error(run_cli("--db", str(demo_db), "restore", str(foreign)))
    assert digest(demo_db) == before


def test_a_missing_backup_and_a_backup_over_the_database_are_refused(
    demo_db: Path, tmp_path: Path
) -> None:
    line = assert_one_line_error(
        run_cli("--db", str(demo_db), "restore", str(tmp_path / "nowhere.kambackup"))
    )
    assert "nowhere.kambackup" in line
    assert_one_line_error(run_cli("--db", str(demo_db), "backup", "--out", str(demo_db)))
