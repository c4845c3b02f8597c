"""Meeting brief and portfolio speed on the 5,000-client database (issue 10, «Speed»).

    KAM_BENCH_CACHE=… python -m pytest tests/bench/test_brief_bench.py --benchmark-only -m bench

Targets: a meeting brief in-process ≤ 200 ms for a 10-person group (read, coverage, render);
the portfolio's first page (200 clients) sorted by share, with and without the coverage score
of the page. Nothing here asserts a time; the figures go to the README.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.bench

GROUP = 10


@pytest.fixture(scope="module")
def ten_person_client(bench_db) -> str:
    """A client of the bench database whose decision group has exactly ten members."""
    from sqlalchemy import text

    with bench_db.session() as s:
        found = s.execute(
            text("SELECT client_id FROM member GROUP BY client_id HAVING count(*) = :n LIMIT 1"),
            {"n": GROUP},
        ).scalar()
    assert found, "the bench database has no ten-person group"
    return str(found)


@pytest.fixture(scope="module")
def brief_service(bench_db, ten_person_client):
    from kam_desktop.services.meeting_brief import MeetingBriefService

    service = MeetingBriefService(bench_db)
    service.render(ten_person_client, lang="ru")  # fonts registered, modules imported
    return service


@pytest.mark.benchmark(group="meeting brief")
def test_meeting_brief_of_a_ten_person_group(benchmark, brief_service, ten_person_client):
    pdf = benchmark(brief_service.render, ten_person_client, None, None, "ru")
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2


@pytest.mark.benchmark(group="meeting brief")
def test_meeting_brief_read_only(benchmark, brief_service, ten_person_client):
    brief = benchmark(brief_service.brief, ten_person_client, None, None, "ru")
    assert len(brief.attendees) == GROUP


@pytest.fixture(scope="module")
def portfolio(bench_db):
    from kam_desktop.services.portfolio import PortfolioService

    return PortfolioService(bench_db)


@pytest.mark.benchmark(group="portfolio")
def test_portfolio_first_page_by_share_with_coverage(benchmark, portfolio):
    from kam_desktop.domain.portfolio import PortfolioSort

    rows = benchmark(portfolio.page, sort=PortfolioSort.SHARE, desc=True)
    assert len(rows) == 200 and rows[0].coverage_score is not None


@pytest.mark.benchmark(group="portfolio")
def test_portfolio_first_page_by_share_sql_only(benchmark, portfolio):
    from kam_desktop.domain.portfolio import PortfolioSort

    rows = benchmark(portfolio.page, sort=PortfolioSort.SHARE, desc=True, with_coverage=False)
    assert len(rows) == 200


@pytest.mark.benchmark(group="portfolio")
def test_portfolio_first_page_by_last_contact(benchmark, portfolio):
    from kam_desktop.domain.portfolio import PortfolioSort

    rows = benchmark(portfolio.page, sort=PortfolioSort.LAST_CONTACT, with_coverage=False)
    assert len(rows) == 200


@pytest.mark.benchmark(group="portfolio")
def test_portfolio_count_no_contact_for_60_days(benchmark, portfolio):
    from kam_desktop.domain.portfolio import PortfolioFilter

    assert benchmark(portfolio.count, PortfolioFilter(no_contact_days=60)) >= 0
