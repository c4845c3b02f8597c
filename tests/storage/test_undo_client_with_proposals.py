"""Undoing a client delete brings back everything that hung off the client, proposals too."""

from __future__ import annotations

from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from kam_desktop.services.proposals import ProposalService


def test_restore_client_brings_back_its_proposals_and_lines(db, dossiers):
    load_demo(db)
    proposals = ProposalService(db)
    before = proposals.list_proposals(KEY_CLIENT_ID, all_revisions=True)
    assert before, "the demo key client has a proposal"
    first = proposals.get(before[0].id)
    pdf_before = proposals.render_pdf(first.id)

    snapshot = dossiers.delete_client(KEY_CLIENT_ID)
    assert proposals.list_proposals(KEY_CLIENT_ID, all_revisions=True) == []

    dossiers.restore_client(snapshot)
    after = proposals.list_proposals(KEY_CLIENT_ID, all_revisions=True)
    assert [p.id for p in after] == [p.id for p in before]
    restored = proposals.get(first.id)
    assert restored.line_items == first.line_items
    assert proposals.render_pdf(restored.id) == pdf_before
