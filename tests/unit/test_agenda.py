"""Today's rules on facts: birthdays across the year end and 29 February, proposals, steps,
tenders' preparation window, stay-in-touch cadence reset by a contact."""

from __future__ import annotations

from datetime import date

import pytest

from kam_desktop.domain.agenda import (
    AgendaFacts,
    AgendaKind,
    BirthdayFact,
    CadenceRule,
    ClientRef,
    ContactFact,
    ProposalFact,
    StepFact,
    TenderFact,
    agenda,
    cadence_days,
    preparation_starts,
)
from kam_desktop.domain.dossier import Birthday
from kam_desktop.domain.enums import ClientStatus

KEY = ClientRef("c1", "Альфа", ClientStatus.KEY)
ACTIVE = ClientRef("c2", "Бета", ClientStatus.ACTIVE)


def birthdays(*facts: BirthdayFact) -> AgendaFacts:
    return AgendaFacts(birthdays=facts)


def test_birthday_after_new_year_is_within_the_horizon_from_late_december() -> None:
    fact = BirthdayFact(KEY, "m1", "Иван Петров", Birthday(3, 1, 1970))
    items = agenda(birthdays(fact), date(2026, 12, 25), 14)
    assert [(i.kind, i.date, i.age) for i in items] == [(AgendaKind.BIRTHDAY, date(2027, 1, 3), 57)]


def test_birthday_beyond_the_horizon_is_left_out() -> None:
    fact = BirthdayFact(KEY, "m1", "Иван Петров", Birthday(20, 1))
    assert agenda(birthdays(fact), date(2026, 12, 25), 14) == []


def test_29_february_is_on_28_february_in_a_common_year_with_the_age() -> None:
    fact = BirthdayFact(KEY, "m1", "Анна", Birthday(29, 2, 1984))
    (item,) = agenda(birthdays(fact), date(2027, 2, 20), 14)
    assert item.date == date(2027, 2, 28)
    assert item.age == 43
    (leap,) = agenda(birthdays(fact), date(2028, 2, 20), 14)
    assert leap.date == date(2028, 2, 29)


def test_a_relatives_birthday_names_the_relative_and_the_member() -> None:
    fact = BirthdayFact(KEY, "m1", "Иван Петров", Birthday(5, 12), "Мария", "дочь")
    (item,) = agenda(birthdays(fact), date(2026, 12, 1), 14)
    assert item.title == "Мария"
    assert item.person == "Мария (Иван Петров)"
    assert item.age is None
    assert item.member_id == "m1"


def test_proposals_expiring_within_seven_days_and_expired_ones() -> None:
    facts = AgendaFacts(
        proposals=[
            ProposalFact(KEY, "p1", "КП-1", "", date(2026, 12, 8)),
            ProposalFact(KEY, "p2", "КП-2", "", date(2026, 12, 9)),
            ProposalFact(KEY, "p3", "КП-3", "", date(2026, 11, 30)),
        ]
    )
    items = agenda(facts, date(2026, 12, 1), 14)
    assert [(i.kind, i.proposal_id, i.overdue) for i in items] == [
        (AgendaKind.PROPOSAL_EXPIRED, "p3", True),
        (AgendaKind.PROPOSAL_EXPIRING, "p1", False),
    ]


def test_overdue_steps_come_first_and_later_steps_are_left_out() -> None:
    facts = AgendaFacts(
        steps=[
            StepFact(KEY, "Позвонить", date(2026, 12, 3), interaction_id="i1"),
            StepFact(ACTIVE, "Отправить", date(2026, 11, 20), step_id="s1"),
            StepFact(ACTIVE, "Потом", date(2027, 1, 30), step_id="s2"),
        ]
    )
    items = agenda(facts, date(2026, 12, 1), 14)
    assert [(i.title, i.overdue) for i in items] == [("Отправить", True), ("Позвонить", False)]


def test_tender_window_opens_nine_months_before() -> None:
    assert preparation_starts(date(2027, 9, 15)) == date(2026, 12, 15)
    assert preparation_starts(date(2027, 11, 30)) == date(2027, 2, 28)
    facts = AgendaFacts(
        tenders=[
            TenderFact(KEY, "t1", "Открыто", date(2027, 3, 1)),
            TenderFact(KEY, "t2", "Скоро", date(2027, 9, 10)),
            TenderFact(KEY, "t3", "Далеко", date(2027, 12, 1)),
            TenderFact(KEY, "t4", "Прошёл", date(2026, 11, 1)),
        ]
    )
    items = agenda(facts, date(2026, 12, 1), 14)
    assert [(i.tender_id, i.date) for i in items] == [
        ("t2", date(2026, 12, 10)),
        ("t1", date(2027, 3, 1)),
    ]


def test_cadence_depends_on_influence_and_client_status() -> None:
    assert cadence_days(5, ClientStatus.KEY) == 30
    assert cadence_days(3, ClientStatus.KEY) == 60
    assert cadence_days(2, ClientStatus.KEY) is None
    assert cadence_days(5, ClientStatus.LOST) is None


def test_a_recorded_contact_resets_the_cadence() -> None:
    today = date(2026, 12, 1)
    stale = ContactFact(KEY, "m1", "Иван", 5, date(2026, 10, 1))
    fresh = ContactFact(KEY, "m1", "Иван", 5, date(2026, 11, 28))
    (item,) = agenda(AgendaFacts(contacts=[stale]), today, 14)
    assert item.kind is AgendaKind.STALE_CONTACT
    assert item.date == date(2026, 10, 31)
    assert item.overdue
    assert agenda(AgendaFacts(contacts=[fresh]), today, 14) == []


def test_never_contacted_key_person_is_due_today_and_custom_rules_apply() -> None:
    today = date(2026, 12, 1)
    never = ContactFact(ACTIVE, "m2", "Пётр", 3, None)
    assert agenda(AgendaFacts(contacts=[never]), today, 14) == []
    rules = [CadenceRule(3, frozenset({ClientStatus.ACTIVE}), 10)]
    (item,) = agenda(AgendaFacts(contacts=[never]), today, 14, rules)
    assert item.date == today
    assert not item.overdue


def test_negative_horizon_is_refused() -> None:
    with pytest.raises(ValueError):
        agenda(AgendaFacts(), date(2026, 12, 1), -1)
