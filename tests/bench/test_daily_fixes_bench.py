"""Daily-use fixes on the 5,000-client database: the person lookup when a searched client is
opened before the list named whom it found (Enter at once), and one dossier's calendar beside
the whole calendar. Runs on a copy: opening migrates, and the cached file must stay as it is."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def bench_copy(bench_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from kam_desktop.services.database import Database

    path = tmp_path_factory.mktemp("daily") / "bench.sqlite3"
    shutil.copyfile(bench_db_path, path)
    db = Database.open(str(path))
    yield db
    db.close()


@pytest.fixture(scope="module")
def key_client(bench_copy) -> str:
    from kam_desktop.services.dossiers import DossierService

    service = DossierService(bench_copy)
    return max(service.list_clients(limit=200), key=lambda c: c.member_count).id


@pytest.mark.parametrize("query", ["и", "иван"])
def test_matched_member_of_one_client(benchmark, bench_copy, key_client, query: str) -> None:
    from kam_desktop.services.dossiers import DossierService

    service = DossierService(bench_copy)
    benchmark(service.matching_members, query, [key_client])


def test_one_dossiers_calendar(benchmark, bench_copy, key_client) -> None:
    from kam_desktop.services.exchange import ExchangeService

    data, _counts = benchmark(ExchangeService(bench_copy).export_calendar, None, key_client)
    assert data.startswith(b"BEGIN:VCALENDAR")


def test_whole_calendar(benchmark, bench_copy) -> None:
    from kam_desktop.services.exchange import ExchangeService

    benchmark.pedantic(ExchangeService(bench_copy).export_calendar, rounds=3, iterations=1)
