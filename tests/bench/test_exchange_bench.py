"""Exchange speed (issue 4, «Speed and memory»).

Targets: export, and import into an empty database, of the whole 5,000-client database ≤ 20 s
each with resident memory ≤ 300 MB; export or import of one dossier ≤ 100 ms; encryption adds
≤ 0.5 s per file. The whole-database runs happen in a fresh subprocess each, so the peak RSS
is theirs alone. Nothing here asserts a time; the figures go to the README.

    python -m pytest tests/bench/test_exchange_bench.py --benchmark-only -m bench
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench.generate import DOSSIER_CLIENT_ID, DOSSIER_INTERACTIONS, DOSSIER_MEMBERS

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"

WHOLE_DATABASE_SCRIPT = """
import json, os, resource, sys, time
from kam_desktop.services.database import Database
from kam_desktop.services.exchange import ExchangeService
mode, source, archive, target = sys.argv[1:5]
if mode == "export":
    db = Database.open(source)
    start = time.perf_counter()
    result = ExchangeService(db).export_archive()
    seconds = time.perf_counter() - start
    open(archive, "wb").write(result.data)
    counts = result.counts
else:
    db = Database.open(target)
    data = open(archive, "rb").read()
    service = ExchangeService(db)
    start = time.perf_counter()
    preview = service.preview_import(data)
    result = service.apply_import(preview)
    seconds = time.perf_counter() - start
    counts = {"added": result.added}
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking (pytest) process.
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")]
rss = int(hwm[0].split()[1]) // 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({"seconds": round(seconds, 2), "rss_mb": rss, "counts": counts}))
"""


def _whole_database(mode: str, source: Path, archive: Path, target: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", WHOLE_DATABASE_SCRIPT, mode, str(source), str(archive), str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "KAM_DESKTOP_DATA_DIR": str(target.parent / "data")},
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def dossier_file(bench_db) -> bytes:
    from kam_desktop.services.exchange import ExchangeService

    return ExchangeService(bench_db).export_archive([DOSSIER_CLIENT_ID]).data


def test_export_one_dossier(benchmark, bench_db) -> None:
    from kam_desktop.services.exchange import ExchangeService

    service = ExchangeService(bench_db)
    result = benchmark(service.export_archive, [DOSSIER_CLIENT_ID])
    assert result.counts == {
        "clients": 1,
        "members": DOSSIER_MEMBERS,
        "interactions": DOSSIER_INTERACTIONS,
        "proposals": 0,
    }


def test_import_one_dossier_into_empty_database(benchmark, dossier_file, tmp_path) -> None:
    from kam_desktop.services.database import Database
    from kam_desktop.services.exchange import ExchangeService

    databases = []

    def fresh_database():
        db = Database.open(str(tmp_path / f"empty-{len(databases)}.sqlite3"))
        databases.append(db)
        return (ExchangeService(db),), {}

    def import_dossier(service):
        return service.apply_import(service.preview_import(dossier_file))

    result = benchmark.pedantic(import_dossier, setup=fresh_database, rounds=15)
    assert result.added >= 1 + DOSSIER_MEMBERS + DOSSIER_INTERACTIONS  # + our team members
    for db in databases:
        db.close()


def test_reimport_one_dossier_unchanged(benchmark, dossier_file, tmp_path) -> None:
    """The second import of the same file: everything compared, nothing written."""
    from kam_desktop.services.database import Database
    from kam_desktop.services.exchange import ExchangeService

    db = Database.open(str(tmp_path / "target.sqlite3"))
    service = ExchangeService(db)
    service.apply_import(service.preview_import(dossier_file))
    preview = benchmark(service.preview_import, dossier_file)
    assert preview.records == [] and preview.unchanged >= 1 + DOSSIER_MEMBERS + DOSSIER_INTERACTIONS
    db.close()


def test_encrypt_one_dossier(benchmark, dossier_file) -> None:
    """The whole cost a password adds on export: scrypt (N=2^17, r=8) + AES-256-GCM."""
    from kam_desktop.exchange import crypto

    blob = benchmark(crypto.encrypt, dossier_file, PASSWORD)
    assert crypto.decrypt(blob, PASSWORD) == dossier_file


def test_decrypt_one_dossier(benchmark, dossier_file) -> None:
    from kam_desktop.exchange import crypto

    blob = crypto.encrypt(dossier_file, PASSWORD)
    assert benchmark(crypto.decrypt, blob, PASSWORD) == dossier_file


def test_whole_database_export_and_import(benchmark, bench_db_path, tmp_path) -> None:
    """5,000 clients / 50,000 people / 200,000 interactions, each run in its own process."""
    archive = tmp_path / "all.kamdossier"
    figures = {}

    def run_both():
        figures["export"] = _whole_database("export", bench_db_path, archive, tmp_path / "x")
        target = tmp_path / f"target-{len(figures)}.sqlite3"
        figures["import"] = _whole_database("import", bench_db_path, archive, target)
        return figures

    benchmark.pedantic(run_both, rounds=1, iterations=1)
    benchmark.extra_info.update(figures)
    print(json.dumps(figures))
    assert figures["import"]["counts"]["added"] > 250_000
