"""The audit list of consent on a real SQLite file: who is listed (against the rule applied to
every person), pages by client that add up to the whole list, the count, and the period."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from kam_desktop.domain.consent import ConsentState, consent_state
from kam_desktop.domain.dossier import Client, Member
from kam_desktop.services.consent import ConsentService

TODAY = date(2026, 12, 1)


@pytest.fixture
def portfolio(dossiers):
    rng = random.Random(11)
    for n in range(9):
        client = dossiers.save_client(Client(f"{rng.choice('АБВГД')}-клиент {n}"))
        for m in range(rng.randrange(0, 7)):
            roll = rng.random()
            on = TODAY - timedelta(days=rng.randrange(900)) if roll < 0.6 else None
            how = "" if roll > 0.8 else "форма"
            dossiers.save_member(
                Member(
                    f"Человек {n}-{m}", client_id=client.saved_id, consent_on=on, consent_how=how
                )
            )
    return dossiers


def everyone(dossiers) -> list[tuple[str, str, Member]]:
    found = []
    for summary in dossiers.list_clients():
        for member in dossiers.list_members(summary.id):
            found.append((summary.name, summary.id, member))
    return found


@pytest.mark.parametrize("months", [0, 1, 12, 24])
def test_the_list_holds_who_the_rule_says_by_client_and_name(db, portfolio, months) -> None:
    service = ConsentService(db)
    for states in (
        {ConsentState.MISSING},
        {ConsentState.EXPIRED},
        {ConsentState.MISSING, ConsentState.EXPIRED},
    ):
        expected = sorted(
            (client, cid, m.full_name, m.saved_id)
            for client, cid, m in everyone(portfolio)
            if consent_state(m.consent_on, m.consent_how, TODAY, months) in states
        )
        listed = service.people(states, TODAY, months)
        assert [(p.client, p.client_id, p.name, p.member_id) for p in listed] == expected
        assert service.count(states, TODAY, months) == len(expected)
        assert all(p.state in states for p in listed)
        # Pages of two clients add up to the whole list, in the same order.
        pages, offset = [], 0
        while page := service.people(states, TODAY, months, clients=2, clients_offset=offset):
            assert len({p.client_id for p in page}) <= 2
            pages += page
            offset += 2
        assert pages == listed
    assert any(p.state is ConsentState.EXPIRED for p in service.people(today=TODAY, months=1))


def test_undated_consent_is_never_listed(db, portfolio) -> None:
    undated = {
        m.saved_id for _c, _id, m in everyone(portfolio) if m.consent_on is None and m.consent_how
    }
    assert undated
    listed = {p.member_id for p in ConsentService(db).people(today=TODAY, months=1)}
    assert not undated & listed
