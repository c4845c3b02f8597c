"""Five processes writing to one database at once (issue 11, «Concurrency»): no update is
lost, and no «database is locked» (nor any other database error) reaches a user.

Each ``counting_process`` adds 1 to a counter in one shared client (read, add, save: a save
over a newer version is refused, and the writer reads again) and records an interaction of
its own after each success. At the end the counter must equal the sum of the increments the
writers were told succeeded, and every acknowledged interaction must be there. The database
is ``database_arg``'s: an SQLite file, or in the PostgreSQL pass (``KAM_TEST_POSTGRES_URL``)
the PostgreSQL work database, so the one test serves both. The figures in the README come
from 60 s runs: ``KAM_WRITERS_SECONDS=60 pytest … -s`` (and the same with the URL set).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from kam_desktop.domain.dossier import Client
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 5
SECONDS = float(os.environ.get("KAM_WRITERS_SECONDS", "15"))

pytestmark = pytest.mark.slow


def test_five_writers_lose_no_update(database_arg: str) -> None:
    db = Database.open(database_arg)
    try:
        client = DossierService(db).save_client(Client("УралТяжМаш", strategy="0"))
        backend = db.dialect
    finally:
        db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.cli.counting_process",
                database_arg,
                client.saved_id,
                str(SECONDS),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for _ in range(WRITERS)
    ]
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=SECONDS + 120)
        assert writer.returncode == 0, err
        results.append(json.loads(out.splitlines()[-1]))
    counter, interactions = _stored(database_arg, client.saved_id)
    increments = sum(r["increments"] for r in results)
    saved = sum(r["interactions"] for r in results)
    print(
        f"\n{backend}: {WRITERS} writers × {SECONDS:.0f} s: {increments} increments, counter "
        f"{counter} ({increments - int(counter)} lost); "
        f"{sum(r['conflicts'] for r in results)} refused as conflicts and read again, "
        f"{sum(len(r['errors']) for r in results)} errors; {saved} interactions; "
        f"{(increments + saved) / SECONDS:.0f} writes/s"
    )
    assert [r["errors"] for r in results] == [[]] * WRITERS  # nothing reached a user
    assert int(counter) == increments  # no lost update
    assert interactions == saved
    assert all(r["increments"] > 0 for r in results)  # every writer got its turn


def _stored(database_arg: str, client_id: str) -> tuple[str, int]:
    """The counter and the number of interactions as stored (SQLite: the file checked whole)."""
    db = Database.open(database_arg)
    try:
        with db.engine.connect() as conn:
            if db.dialect == "sqlite":
                assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            counter = conn.execute(
                text("SELECT strategy FROM client WHERE id = :id"), {"id": client_id}
            ).scalar_one()
            interactions = conn.execute(text("SELECT count(*) FROM interaction")).scalar_one()
    finally:
        db.close()
    return counter, interactions
