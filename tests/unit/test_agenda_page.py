"""Today's reads pick in SQL what the horizon holds, and a page holds the first of each kind.

The oracle is the pure rules of ``domain/agenda.py`` applied to every row of a generated
portfolio (read back through the dossier service, with the "followed up" rule written out in
Python): whatever storage narrows, orders or cuts, the items must be the ones the rules give,
and a page must hold the first ``limit`` of each kind with the true count of each.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import event, text

from kam_desktop.domain.agenda import (
    DEFAULT_CADENCES,
    AgendaFacts,
    AgendaItem,
    AgendaKind,
    BirthdayFact,
    CadenceRule,
    ClientRef,
    ConsentFact,
    ContactFact,
    StepFact,
    agenda,
)
from kam_desktop.domain.dossier import Birthday, Client, FamilyMember, Interaction, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.consent import ConsentService
from kam_desktop.services.dossiers import DossierService

START = date(2025, 1, 1)
# Late December (the year's end), 20 February of a common and of a leap year (29 February),
# and the horizons at their ends.
DAYS = [
    (date(2026, 12, 25), 14),
    (date(2027, 2, 20), 14),
    (date(2028, 2, 20), 14),
    (date(2026, 6, 1), 0),
    (date(2026, 6, 1), 366),
    (date(2026, 3, 1), 45),
]
SPECIAL_BIRTHDAYS = [
    Birthday(29, 2),
    Birthday(29, 2, 1984),
    Birthday(28, 2, 1970),
    Birthday(1, 3),
    Birthday(31, 12, 1990),
    Birthday(1, 1),
]
OUT_OF_RANGE_YEAR = 1850  # older files hold such; the rules leave the birthday out, so must SQL
CONSENT_START = date(2023, 1, 1)
SPECIAL_CONSENTS = [date(2024, 2, 29), date(2025, 1, 31), date(2025, 2, 28), date(2025, 12, 31)]


def _consent(rng: random.Random) -> tuple[date | None, str]:
    """Dated (some on month ends), undated with a "how", or missing."""
    roll = rng.random()
    if roll < 0.1:
        return rng.choice(SPECIAL_CONSENTS), "форма"
    if roll < 0.65:
        return CONSENT_START + timedelta(days=rng.randrange(1400)), "e-mail"
    return (None, "бумажная форма") if roll < 0.8 else (None, "")


def _birthday(rng: random.Random) -> Birthday | None:
    if rng.random() < 0.25:
        return None
    if rng.random() < 0.2:
        return rng.choice(SPECIAL_BIRTHDAYS)
    day = START + timedelta(days=rng.randrange(365))
    return Birthday(day.day, day.month, rng.choice([None, 1960 + rng.randrange(40)]))


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory):
    """A seeded portfolio: every status, people of every influence, meetings with next steps
    (some done, some followed up by a later meeting), relatives with birthdays."""
    from kam_desktop.services.database import Database

    rng = random.Random(20261201)
    consent_rng = random.Random(152)  # its own sequence: the other data stay as they were
    db = Database.open(str(tmp_path_factory.mktemp("page") / "kam.sqlite3"))
    dossiers = DossierService(db)
    people: dict[str, list[Member]] = {}
    for n, status in enumerate([*ClientStatus, ClientStatus.KEY, ClientStatus.ACTIVE]):
        client = dossiers.save_client(Client(f"Клиент {n:02d}", status=status))
        people[client.saved_id] = []
        for m in range(9):
            consent_on, consent_how = _consent(consent_rng)
            member = Member(
                f"Участник {n:02d}-{m}",
                client.id,
                consent_on=consent_on,
                consent_how=consent_how,
                influence=rng.randint(1, 5),
                birthday=_birthday(rng),
                last_contact_on=START + timedelta(days=rng.randrange(700))
                if rng.random() < 0.3
                else None,
            )
            if rng.random() < 0.3:
                member.family = [FamilyMember(f"Родственник {n}-{m}", "сын", _birthday(rng))]
            people[client.saved_id].append(dossiers.save_member(member))
    for client_id, members in people.items():
        for _ in range(rng.randrange(4, 14)):
            on = START + timedelta(days=rng.randrange(720))
            with_step = rng.random() < 0.6
            # Due the same day now and then: on a client's last meeting that stays open.
            due = on + timedelta(days=rng.choice([0, 0, *range(60)])) if with_step else None
            dossiers.save_interaction(
                Interaction(
                    client_id,
                    on,
                    summary="Встреча",
                    member_ids=[m.saved_id for m in rng.sample(members, rng.randrange(0, 4))],
                    next_step="Перезвонить" if with_step else "",
                    next_step_due=due,
                    next_step_done_on=on if with_step and rng.random() < 0.2 else None,
                )
            )
    # A client's last meeting with a step due that very day: open until someone meets them
    # again (the one case a later meeting is not what decides).
    last_client = next(iter(people))
    dossiers.save_interaction(
        Interaction(
            last_client,
            date(2026, 12, 20),
            summary="Совещание",
            next_step="Отправить протокол",
            next_step_due=date(2026, 12, 20),
        )
    )
    with db.session() as s:  # what the forms refuse but an older file may hold
        s.execute(
            text(
                "UPDATE member SET birthday_day = 27, birthday_month = 12, "
                "birthday_year = :year WHERE id = :id"
            ),
            {"year": OUT_OF_RANGE_YEAR, "id": people[last_client][0].saved_id},
        )
    yield db, dossiers
    db.close()


def oracle(
    dossiers: DossierService, today: date, days: int, rules, consent_months: int = 12
) -> list[AgendaItem]:
    """The rules applied to every row, nothing narrowed in SQL."""
    birthdays, steps, contacts, consents = [], [], [], []
    for summary in dossiers.list_clients():
        dossier = dossiers.get_dossier(summary.id)
        client = ClientRef(dossier.client.saved_id, dossier.client.name, dossier.client.status)
        interactions = dossier.interactions
        last_met: dict[str, date] = {}
        for i in interactions:
            for mid in i.member_ids:
                last_met[mid] = max(last_met.get(mid, i.occurred_on), i.occurred_on)
        for member in dossier.members:
            if member.birthday:
                birthdays.append(
                    BirthdayFact(client, member.saved_id, member.full_name, member.birthday)
                )
            for relative in member.family:
                if relative.birthday:
                    birthdays.append(
                        BirthdayFact(
                            client,
                            member.saved_id,
                            member.full_name,
                            relative.birthday,
                            relative.name,
                            relative.relation,
                        )
                    )
            known = [d for d in (member.last_contact_on, last_met.get(member.saved_id)) if d]
            contacts.append(
                ContactFact(
                    client,
                    member.saved_id,
                    member.full_name,
                    member.influence,
                    max(known) if known else None,
                )
            )
            if member.consent_on:
                consents.append(
                    ConsentFact(
                        client,
                        member.saved_id,
                        member.full_name,
                        member.consent_on,
                        member.consent_how,
                    )
                )
        for i in interactions:
            if not i.next_step or i.next_step_due is None or i.next_step_done_on:
                continue
            followed_up = any(
                later.occurred_on >= i.next_step_due and later.occurred_on > i.occurred_on
                for later in interactions
            )
            if not followed_up and i.next_step_due <= today + timedelta(days):
                steps.append(StepFact(client, i.next_step, i.next_step_due, i.saved_id))
    facts = AgendaFacts(birthdays=birthdays, steps=steps, contacts=contacts, consents=consents)
    return agenda(facts, today, days, rules, consent_months)


def keys(items: list[AgendaItem]) -> list[tuple]:
    return sorted(
        (i.kind.value, i.date, i.title, i.client_id, i.member_id or "", i.interaction_id or "")
        for i in items
    )


@pytest.mark.parametrize(("today", "days"), DAYS)
def test_the_items_are_the_ones_the_rules_give(portfolio, today, days) -> None:
    db, dossiers = portfolio
    service = AgendaService(db)
    expected = oracle(dossiers, today, days, service.cadences())
    assert expected  # the portfolio holds something to compare on every one of these days
    assert keys(service.items(today, days)) == keys(expected)


def test_the_portfolio_holds_every_kind_the_rules_narrow(portfolio) -> None:
    db, dossiers = portfolio
    found = AgendaService(db).items(date(2026, 12, 25), 14)
    kinds = {i.kind for i in found}
    assert {
        AgendaKind.BIRTHDAY,
        AgendaKind.NEXT_STEP,
        AgendaKind.STALE_CONTACT,
        AgendaKind.RENEW_CONSENT,
    } <= kinds
    assert "Отправить протокол" in [i.title for i in found]
    assert date(2026, 12, 27) not in [i.date for i in found if i.kind is AgendaKind.BIRTHDAY]


def test_other_cadences_pick_other_people(portfolio) -> None:
    db, dossiers = portfolio
    service = AgendaService(db)
    rules = [
        CadenceRule(2, frozenset({ClientStatus.DORMANT, ClientStatus.LOST}), 400),
        CadenceRule(5, frozenset({ClientStatus.ACTIVE}), 7),
    ]
    service.set_cadences(rules)
    try:
        today = date(2026, 12, 1)
        expected = oracle(dossiers, today, 14, rules)
        found = service.items(today, 14)
        assert keys(found) == keys(expected)
        assert any(i.kind is AgendaKind.STALE_CONTACT for i in found)
    finally:
        service.set_cadences(list(DEFAULT_CADENCES))


@pytest.mark.parametrize("limit", [1, 3, 10])
@pytest.mark.parametrize(("today", "days"), DAYS[:3])
def test_a_page_holds_the_first_of_each_kind_and_counts_all(portfolio, today, days, limit):
    service = AgendaService(portfolio[0])
    everything = service.items(today, days)
    page = service.page(today, days, limit=limit)
    for kind in AgendaKind:
        # The first by date (items due the same day as the last one shown may be cut either
        # way), in the page's own order.
        of_kind = [i.sort_key()[:3] for i in everything if i.kind is kind]
        shown = [i for i in page.items if i.kind is kind]
        assert [i.sort_key()[:3] for i in shown] == of_kind[:limit]
        assert [i.sort_key() for i in shown] == sorted(i.sort_key() for i in shown)
        assert page.totals[kind] == len(of_kind)
    assert page.total() == len(everything)
    assert page.hidden() == {kind: n - limit for kind, n in page.totals.items() if n > limit}


def test_a_page_of_some_kinds_only(portfolio) -> None:
    service = AgendaService(portfolio[0])
    today = date(2026, 12, 25)
    page = service.page(today, 14, limit=None, kinds={AgendaKind.STALE_CONTACT})
    assert page.items and {i.kind for i in page.items} == {AgendaKind.STALE_CONTACT}
    assert set(page.totals) == {AgendaKind.STALE_CONTACT}
    assert len(page.items) == page.totals[AgendaKind.STALE_CONTACT]


@pytest.mark.parametrize("months", [0, 1, 12, 30])
@pytest.mark.parametrize(("today", "days"), [DAYS[0], DAYS[2], DAYS[5]])
def test_consent_renewals_follow_the_period_set(portfolio, today, days, months) -> None:
    db, dossiers = portfolio
    service, consent = AgendaService(db), ConsentService(db)
    consent.set_months(months)
    try:
        expected = oracle(dossiers, today, days, service.cadences(), months)
        found = service.items(today, days)
        assert keys(found) == keys(expected)
        renewals = [i for i in found if i.kind is AgendaKind.RENEW_CONSENT]
        assert bool(renewals) == (months > 0)
        page = service.page(today, days, limit=3, kinds={AgendaKind.RENEW_CONSENT})
        assert page.totals == {AgendaKind.RENEW_CONSENT: len(renewals)}
        assert [i.date for i in page.items] == sorted(i.date for i in renewals)[:3]
    finally:
        consent.set_months(12)


@pytest.mark.sqlite_only  # SQLite's query plans
def test_the_first_renewals_are_one_range_of_the_consent_index(portfolio) -> None:
    """Migration 0012 adds ``ix_member_consent_on``: the page's read walks that index in date
    order (no sort of all people) and the count reads the index alone."""
    from kam_desktop.domain.consent import consent_cutoff
    from kam_desktop.storage import consent_store

    db, _dossiers = portfolio
    cutoff = consent_cutoff(date(2026, 12, 1), 12)
    assert cutoff is not None
    statements: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, params, _context, _many) -> None:
        statements.append((statement, params))

    with db.session() as s:
        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", keep)
        try:
            first = consent_store.consent_facts(s, cutoff, limit=2)
        finally:
            event.remove(engine, "before_cursor_execute", keep)
        assert first.total > 2 and len(first.facts) == 2
        connection = s.connection()
        plans = [
            " ".join(
                str(row[-1])
                for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            )
            for sql, params in statements
            if sql.lstrip().upper().startswith("SELECT")
        ]
    assert len(plans) == 2
    read, count = plans
    assert "ix_member_consent_on" in read and "TEMP B-TREE FOR ORDER BY" not in read
    assert "COVERING INDEX ix_member_consent_on" in count
