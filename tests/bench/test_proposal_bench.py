"""Proposal speed: compose + render a five-page proposal, and 100 proposals in a batch.

    python -m pytest tests/bench/test_proposal_bench.py --benchmark-only -m bench

Targets (issue 3): ≤ 150 ms median for one five-page proposal; ≤ 15 s for 100 proposals.
The demo proposal (four addressees, seven lines, chart, referees, team) is five A4 pages.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.bench


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo
    from kam_desktop.services.demo_proposals import DEMO_PROPOSAL_ID
    from kam_desktop.services.proposals import ProposalService

    db = Database.open(str(tmp_path_factory.mktemp("bench") / "demo.sqlite3"))
    load_demo(db)
    service = ProposalService(db)
    service.render_pdf(DEMO_PROPOSAL_ID)  # fonts registered, modules imported: steady state
    yield service, service.get(DEMO_PROPOSAL_ID)
    db.close()


def test_compose_and_render_five_pages(benchmark, demo):
    service, proposal = demo
    context = service.context(proposal.id)
    pdf = benchmark(service.render_context, context)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 5


def test_load_compose_and_render_from_the_database(benchmark, demo):
    service, proposal = demo
    pdf = benchmark(service.render_pdf, proposal.id)
    assert pdf.startswith(b"%PDF")


def test_hundred_proposals_in_a_batch(benchmark, demo):
    service, proposal = demo
    ids = [service.duplicate(proposal.id).id for _ in range(99)] + [proposal.id]

    def batch() -> int:
        return sum(len(service.render_pdf(i)) for i in ids)

    total = benchmark.pedantic(batch, rounds=1, iterations=1)
    assert total > 0
    for copy_id in ids[:-1]:
        service.delete(copy_id)
    assert replace(proposal) == service.get(proposal.id)
