"""Benchmark fixtures: the cached 5,000-client database, opened once per session.

Every test here carries the ``bench`` marker and uses pytest-benchmark's ``benchmark`` fixture,
so the normal test run (``--benchmark-skip`` in pyproject.toml) skips them. Run them with

    python -m pytest tests/bench --benchmark-only -m bench

``KAM_BENCH_SIZE=clients,members,interactions`` chooses a smaller database for a quick check.
The cached file is shared by every run: benchmarks must only read it (copy it, or build another
with ``build_bench_db(path, ...)``, to measure writes).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bench.generate import cached_bench_db

BENCH_DIR = Path(__file__).resolve().parent


def bench_size() -> tuple[int, int, int]:
    raw = os.environ.get("KAM_BENCH_SIZE", "5000,50000,200000")
    clients, members, interactions = (int(part) for part in raw.split(","))
    return clients, members, interactions


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(BENCH_DIR):
            item.add_marker(pytest.mark.bench)


@pytest.fixture(scope="session")
def bench_db_path() -> Path:
    return cached_bench_db(*bench_size())


@pytest.fixture(scope="session")
def bench_db(bench_db_path: Path) -> Iterator[object]:
    from kam_desktop.services.database import Database

    database = Database.open(str(bench_db_path))
    yield database
    database.close()


@pytest.fixture(scope="session")
def bench_service(bench_db):
    from kam_desktop.services.dossiers import DossierService

    return DossierService(bench_db)
