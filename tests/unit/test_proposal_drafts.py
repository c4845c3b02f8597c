"""The dossier drafts of a new proposal's client-facing texts, as the editor flags them."""

from __future__ import annotations

import pytest

from kam_desktop.domain.dossier import Client
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.services.proposals import ProposalService


def test_drafts_are_what_new_proposal_prefills(db, dossiers):
    client = dossiers.save_client(
        Client(
            "УралТяжМаш",
            strategy=" Модернизация цехов до 2028 года. ",
            growth_areas="MES в цехах № 2 и № 5",
            weak_points="долгие внутренние согласования",
        )
    )
    service = ProposalService(db)
    drafts = service.dossier_drafts(client.id)
    assert drafts == {
        "business_understanding": "Модернизация цехов до 2028 года.",
        "goals": "MES в цехах № 2 и № 5",
    }
    p = service.new_proposal(client.id)
    assert (p.business_understanding, p.goals) == tuple(drafts.values())


def test_drafts_of_an_unknown_client(db):
    with pytest.raises(NotFoundError):
        ProposalService(db).dossier_drafts("no-such-client")
