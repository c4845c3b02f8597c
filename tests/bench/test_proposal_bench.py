"""Proposal speed: compose + render the demo proposal, its five editions, DOCX, 100 in a batch.

    python -m pytest tests/bench/test_proposal_bench.py --benchmark-only -m bench

Targets (issues 3 and 7): ≤ 100 ms median to compose and render the demo proposal (four
addressees, seven lines, chart, referees, team, requisites: seven A4 pages); ≤ 400 ms for all
five editions of it (the joint one and one per addressee); ≤ 300 ms for its DOCX; ≤ 15 s for
100 proposals. Each group also measures a baseline in the same run: composing alone, and the
PDF of the same document beside the DOCX.
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
    for file_format in ("pdf", "docx"):  # fonts registered, modules imported: steady state
        service.render_context(service.context(DEMO_PROPOSAL_ID), None, file_format)
    yield service, service.get(DEMO_PROPOSAL_ID)
    db.close()


@pytest.mark.benchmark(group="one proposal")
def test_compose_only(benchmark, demo):
    from kam_desktop.documents.composer import ProposalComposer

    service, proposal = demo
    context = service.context(proposal.id)
    document = benchmark(ProposalComposer().compose, context)
    assert document.sections


@pytest.mark.benchmark(group="one proposal")
def test_compose_and_render_the_demo_proposal(benchmark, demo):
    service, proposal = demo
    context = service.context(proposal.id)
    pdf = benchmark(service.render_context, context)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 5


@pytest.mark.benchmark(group="one proposal")
def test_load_compose_and_render_from_the_database(benchmark, demo):
    service, proposal = demo
    pdf = benchmark(service.render_pdf, proposal.id)
    assert pdf.startswith(b"%PDF")


@pytest.mark.benchmark(group="every edition")
def test_joint_edition_and_every_addressees_variant(benchmark, demo):
    service, proposal = demo
    context = service.context(proposal.id)
    editions = [None, *proposal.addressee_ids]
    assert len(editions) == 5

    def all_editions() -> list[bytes]:
        return [service.render_context(context, person) for person in editions]

    pdfs = benchmark(all_editions)
    assert len(set(pdfs)) == 5


@pytest.mark.benchmark(group="docx")
def test_docx_export_of_the_demo_proposal(benchmark, demo):
    service, proposal = demo
    context = service.context(proposal.id)
    data = benchmark(service.render_context, context, None, "docx")
    assert data.startswith(b"PK")


@pytest.mark.benchmark(group="docx")
def test_pdf_of_the_same_document_as_baseline(benchmark, demo):
    service, proposal = demo
    context = service.context(proposal.id)
    assert benchmark(service.render_context, context, None, "pdf").startswith(b"%PDF")


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
