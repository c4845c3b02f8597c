"""Service-level speed on the 5,000-client database (issue 2, «Speed»).

Targets: a search keystroke ≤ 30 ms, opening a 30-member / 500-interaction dossier ≤ 100 ms,
resident memory with the database open ≤ 200 MB. Figures go to the README; nothing here
asserts a time (the checks only make sure the right thing was measured).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench.conftest import bench_size
from tests.bench.generate import DOSSIER_CLIENT_ID, DOSSIER_INTERACTIONS, DOSSIER_MEMBERS

# What a user types, one keystroke at a time, in Russian and in Latin letters.
# Ids are ASCII (ru1 = one Russian letter typed) so the benchmark table stays readable.
PREFIXES = [
    pytest.param(text, id=f"{lang}{len(text)}")
    for lang, word in (("ru", "иван"), ("en", "john"))
    for text in (word[:n] for n in range(1, 5))
]
ROOT = Path(__file__).resolve().parents[2]
LIST_PAGE = 200  # the client list loads this many rows, then more on scroll (fetchMore)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_keystroke_list_clients(benchmark, bench_service, prefix: str) -> None:
    """What the client list runs per keystroke: the first page of matching clients."""
    rows = benchmark(bench_service.list_clients, prefix, limit=LIST_PAGE)
    assert rows, f"{prefix!r} should match some clients in the bench database"


@pytest.mark.parametrize("prefix", PREFIXES)
def test_keystroke_count_clients(benchmark, bench_service, prefix: str) -> None:
    """The match count the status bar shows («Clients found: N of M»)."""
    assert benchmark(bench_service.count_clients, prefix) > 0


@pytest.mark.parametrize("prefix", [p for p in PREFIXES if p.id.endswith(("1", "4"))])
def test_search_people_and_clients(benchmark, bench_service, prefix: str) -> None:
    hits = benchmark(bench_service.search, prefix)
    assert hits


def test_open_dossier(benchmark, bench_service) -> None:
    dossier = benchmark(bench_service.get_dossier, DOSSIER_CLIENT_ID)
    assert len(dossier.members) == DOSSIER_MEMBERS
    assert len(dossier.interactions) == DOSSIER_INTERACTIONS


RSS_CHILD = """
import json, resource, sys
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
db = Database.open(sys.argv[1])
service = DossierService(db)
service.list_clients("", limit=200)
service.list_clients("иван", limit=200)
service.search("john")
service.get_dossier(sys.argv[2])
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(json.dumps({
    "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def test_memory_with_database_open(benchmark, bench_db_path) -> None:
    """RSS of a fresh process that opened the DB, listed, searched and opened the big dossier."""

    def measure() -> dict[str, float]:
        out = subprocess.run(
            [sys.executable, "-c", RSS_CHILD, str(bench_db_path), DOSSIER_CLIENT_ID],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        ).stdout
        return json.loads(out.strip().splitlines()[-1])

    figures = benchmark.pedantic(measure, rounds=3, iterations=1)
    benchmark.extra_info.update(figures)
    benchmark.extra_info["db_size"] = ",".join(map(str, bench_size()))
    print(
        f"\nRSS with the database open: {figures['rss_mb']:.0f} MB (peak {figures['peak_rss_mb']:.0f} MB)"
    )
    assert figures["rss_mb"] > 0
