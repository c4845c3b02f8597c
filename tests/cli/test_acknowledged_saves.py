"""SIGKILL 100 times while a process saves: the file is never damaged and no acknowledged
save is ever lost (issue 11, «Crash safety»).

``saving_process`` saves interactions one after another through the dossier service and prints
each id after its commit. Each round starts it, lets it acknowledge a random number of saves,
kills it with SIGKILL at a random moment, and checks the file: ``PRAGMA integrity_check`` is ok
and every id it printed is there. Two files are worked on side by side, 50 kills each.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kam_desktop.domain.dossier import Client
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService

ROOT = Path(__file__).resolve().parents[2]
KILLS_PER_FILE = 50

pytestmark = pytest.mark.slow


def one_round(path: Path, client_id: str, rng: random.Random) -> list[str]:
    """Start the writer, kill it after a few acknowledged saves; the ids it acknowledged."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.cli.saving_process", str(path), client_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    acknowledged = []
    wanted = rng.randint(1, 20)
    while len(acknowledged) < wanted:
        line = process.stdout.readline()
        if not line:
            break
        acknowledged.append(line.strip())
    time.sleep(rng.uniform(0, 0.05))  # somewhere inside the next save
    process.send_signal(signal.SIGKILL)
    rest, _ = process.communicate(timeout=30)
    acknowledged += [line.strip() for line in rest.splitlines() if line.strip()]
    assert process.returncode == -signal.SIGKILL
    return acknowledged


def check(path: Path, acknowledged: set[str]) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in conn.execute("SELECT id FROM interaction")}
    finally:
        conn.close()
    assert acknowledged <= present, f"lost: {sorted(acknowledged - present)[:5]}"


def prepared(path: Path) -> str:
    """A database with one client; returns the client's id (made before the threads start:
    opening databases, Alembic is not meant to run on two threads at once)."""
    db = Database.open(str(path))
    try:
        return DossierService(db).save_client(Client("УралТяжМаш")).saved_id
    finally:
        db.close()


def kill_repeatedly(path: Path, client_id: str, seed: int) -> int:
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    for _ in range(KILLS_PER_FILE):
        acknowledged |= set(one_round(path, client_id, rng))
        check(path, acknowledged)
    return len(acknowledged)


def test_no_acknowledged_save_is_lost_to_100_kills(tmp_path: Path) -> None:
    paths = [tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"]
    clients = [prepared(path) for path in paths]
    with ThreadPoolExecutor(max_workers=2) as pool:
        saved = list(pool.map(kill_repeatedly, paths, clients, [1201, 2612]))
    for path in paths:
        Database.open(str(path)).close()  # and the app still opens each file
    print(f"\n{2 * KILLS_PER_FILE} kills, {sum(saved)} acknowledged saves, all present")
    assert all(n >= KILLS_PER_FILE for n in saved)
