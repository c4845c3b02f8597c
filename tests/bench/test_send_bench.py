"""Send, follow-up and re-quote speed, on a copy of the 5,000-client database with the demo.

    python -m pytest tests/bench/test_send_bench.py --benchmark-only -m bench

What the KAM waits for: «Send…» writes one .eml per addressee (each renders its own edition,
~100 ms; the mail part is measured alone beside it), the follow-up list read on every
selection in the Proposals tab, marking sent with the plan written, and preparing a re-quote.
No timed assertions: the medians go to the README.
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

pytestmark = pytest.mark.bench


@pytest.fixture(scope="module")
def big(tmp_path_factory, bench_db_path):
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo
    from kam_desktop.services.demo_proposals import DEMO_PROPOSAL_ID
    from kam_desktop.services.mail_drafts import MailDraftService

    copy = tmp_path_factory.mktemp("send-bench") / "bench.sqlite3"
    shutil.copyfile(bench_db_path, copy)  # the shared cache is only read
    db = Database.open(str(copy))
    load_demo(db)
    drafts = MailDraftService(db)
    ctx = drafts.proposals.context(DEMO_PROPOSAL_ID)
    drafts.proposals.render_context(ctx, ctx.addressees[0].id)  # fonts and modules loaded
    yield drafts, DEMO_PROPOSAL_ID
    db.close()


@pytest.mark.benchmark(group="send")
def test_write_the_drafts_of_the_demo_proposal(benchmark, big, tmp_path):
    drafts, proposal_id = big
    written = benchmark(drafts.write_drafts, proposal_id, tmp_path)
    assert len(written.drafts) == 4


@pytest.mark.benchmark(group="send")
def test_the_mail_part_alone(benchmark, big):
    from kam_desktop.services.mail_drafts import build_message

    drafts, proposal_id = big
    ctx = drafts.proposals.context(proposal_id)
    member = ctx.addressees[0]
    pdf = drafts.proposals.render_context(ctx, member.id)

    def one_message() -> bytes:
        recipients = drafts.recipients(ctx)
        return build_message(ctx, member, recipients[member.saved_id], pdf).as_bytes()

    assert benchmark(one_message).startswith(b"From:")


@pytest.mark.benchmark(group="follow-up")
def test_mark_sent_and_plan_the_follow_up(benchmark, big):
    from kam_desktop.domain.proposal import ProposalStatus

    drafts, proposal_id = big
    service = drafts.proposals
    source = service.get(proposal_id)

    def a_new_draft():
        return (service.save(replace(source, id=None, number="")).saved_id,), {}

    def send(pid: str):
        return service.set_status(pid, ProposalStatus.SENT)

    sent = benchmark.pedantic(send, setup=a_new_draft, rounds=15)
    assert sent.status is ProposalStatus.SENT


@pytest.mark.benchmark(group="follow-up")
def test_the_follow_up_list_of_a_sent_proposal(benchmark, big):
    from kam_desktop.domain.proposal import ProposalStatus
    from kam_desktop.services.proposal_follow_up import ProposalFollowUp

    drafts, proposal_id = big
    service = drafts.proposals
    copy = service.save(replace(service.get(proposal_id), id=None, number=""))
    service.set_status(copy.saved_id, ProposalStatus.SENT)
    steps = benchmark(ProposalFollowUp(service.db).steps, copy.saved_id, "ru")
    assert len(steps) == 5


@pytest.mark.benchmark(group="re-quote")
def test_prepare_a_requote(benchmark, big):
    from kam_desktop.services.requote import RequoteService

    drafts, proposal_id = big
    draft, changes = benchmark(RequoteService(drafts.db).requote, proposal_id)
    assert len(changes) == len(draft.line_items) == 7
