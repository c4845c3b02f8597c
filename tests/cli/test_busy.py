"""A second writer waits for the first; if the lock outlasts the wait, one clean line, exit 2.

The first writer is this test process holding an SQLite write transaction on the file (as
another KAM Desktop window or command would); the second is the real command line. Its
message never quotes SQL, parameters or anybody's data.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kam_desktop.services.database import Database
from tests.cli.test_cli import assert_one_line_error

ROOT = Path(__file__).resolve().parents[2]
FAST_BUSY_MS = "300"  # each statement waits 0.3 s instead of 5 s, to keep the test short
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|VALUES|INTO)\b|\[SQL|\[param")
NAMES = ("Петров", "Иван", "Смирнова", "O'Connor", "@")

pytestmark = pytest.mark.slow


def cli(*args: str, lang: str = "C.UTF-8", busy_ms: str | None = FAST_BUSY_MS):
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": "", "PYTHONPATH": str(ROOT)}
    if busy_ms is not None:
        env["KAM_DESKTOP_BUSY_TIMEOUT_MS"] = busy_ms
    return subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Hold SQLite's write lock on ``path`` the way another writer does, until the block ends."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE setting SET value = value")
        yield conn
    finally:
        conn.close()  # ends the transaction without committing


def counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        clients = conn.execute("SELECT COUNT(*) FROM client").fetchone()[0]
        members = conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]
    return clients, members


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("busy")
    source = folder / "office.sqlite3"
    assert cli("--db", str(source), "demo").returncode == 0
    path = folder / "portfolio.kamdossier"
    assert cli("--db", str(source), "export", "--all", "--out", str(path)).returncode == 0
    return path


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "mine.sqlite3"
    Database.open(str(path)).close()
    return path


def assert_clean(line: str) -> None:
    assert not SQL_WORDS.search(line), line
    assert not any(name in line for name in NAMES), line


@pytest.mark.parametrize("verb", [["import", "{archive}"], ["demo"]])
def test_a_lock_that_persists_gives_one_clean_line(target: Path, archive: Path, verb) -> None:
    args = [part.format(archive=archive) for part in verb]
    with write_lock(target):
        started = time.monotonic()
        result = cli("--db", str(target), *args)
        waited = time.monotonic() - started
    line = assert_one_line_error(result)
    assert line == (
        "kam-desktop: The database is busy in another KAM Desktop window or command; try again."
    )
    assert_clean(line)
    assert waited >= 0.5 + 1.5  # it tried again after both pauses before giving up
    assert counts(target) == (0, 0)  # nothing of the import or the demo got in


def test_the_busy_line_is_in_russian_too(target: Path, archive: Path) -> None:
    with write_lock(target):
        result = cli("--db", str(target), "import", str(archive), lang="ru_RU.UTF-8")
    line = assert_one_line_error(result)
    assert "База данных занята" in line
    assert_clean(line)


def test_a_second_writer_waits_for_the_first(target: Path, archive: Path) -> None:
    """The default wait (5 s per statement, then two more tries) covers a short import."""
    with write_lock(target) as conn:
        release = threading.Timer(1.5, conn.rollback)
        release.start()
        try:
            result = cli("--db", str(target), "import", str(archive), busy_ms=None)
        finally:
            release.join()
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert counts(target)[0] == 7
