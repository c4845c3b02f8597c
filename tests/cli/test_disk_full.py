"""A full disk: one line, exit 2, and the database exactly as it was (one rolled-back write)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from kam_desktop.domain.dossier import Client
from kam_desktop.domain.errors import DiskFullError
from kam_desktop.services.database import Database
from kam_desktop.services.demo import load_demo
from kam_desktop.services.dossiers import DossierService
from tests.cli.test_cli import assert_one_line_error
from tests.filesystems import full_mount

ROOT = Path(__file__).resolve().parents[2]


def rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    path = tmp_path / "kam.sqlite3"
    db = Database.open(str(path))
    DossierService(db).save_client(Client("Мой клиент"))
    db.close()
    return path


@pytest.mark.parametrize(
    ("lang", "words", "free"),
    [
        ("C.UTF-8", "disk is full", 64 * 1024),  # room to start, not to load the demo
        ("C.UTF-8", "disk is full", 8 * 1024),  # not even room for SQLite's -shm file
        ("ru_RU.UTF-8", "Диск заполнен", 64 * 1024),
    ],
)
def test_demo_on_a_full_disk_says_so_and_changes_nothing(
    mine: Path, lang: str, words: str, free: int
) -> None:
    before = rows(mine)  # the copy on the full disk is the same file
    with full_mount(mine, free=free) as folder:
        path = folder / mine.name
        # The data dir, and so the log, is on the full disk too, as by default.
        env = {
            **os.environ,
            "LANG": lang,
            "LC_ALL": lang,
            "LANGUAGE": "",
            "PYTHONPATH": str(ROOT),
            "KAM_DESKTOP_DATA_DIR": str(folder),
        }
        result = subprocess.run(
            [sys.executable, "-m", "kam_desktop", "--db", str(path), "demo", "--force"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        assert words in assert_one_line_error(result)
        (folder / "filler").unlink()  # room again, to read the file as a user would
        assert rows(path) == before


def test_a_database_at_its_size_limit_is_a_disk_full_error(mine: Path) -> None:
    """The same, without root: SQLite's max_page_count makes the file "full" in place."""
    db = Database.open(str(mine))
    try:
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        db.engine.dispose()

        @event.listens_for(db.engine, "connect")
        def _limit(dbapi_connection, _record) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 8}")

        before = rows(mine)
        with pytest.raises(DiskFullError, match="disk is full"):
            load_demo(db)
    finally:
        db.close()
    assert rows(mine) == before
