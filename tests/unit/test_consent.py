"""The consent rule: when a consent runs out, the cutoff storage reads by, and the states."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kam_desktop.domain.agenda import (
    AgendaFacts,
    AgendaKind,
    ClientRef,
    ConsentFact,
    agenda,
    consent_items,
)
from kam_desktop.domain.consent import (
    ConsentState,
    add_months,
    consent_cutoff,
    consent_state,
    valid_until,
)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # a shorter month: its last day
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # a leap year's February
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # 29 February + a year
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # over the year's end
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),  # backwards too
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 6, 10), 120, date(2035, 6, 10)),
    ],
)
def test_months_are_added_as_calendar_months(day, months, expected) -> None:
    assert add_months(day, months) == expected


def test_a_consent_holds_through_its_last_day_and_runs_out_the_day_after() -> None:
    given = date(2025, 1, 31)
    assert valid_until(given, 1) == date(2025, 2, 28)
    assert consent_state(given, "form", date(2025, 2, 28), 1) is ConsentState.VALID
    assert consent_state(given, "form", date(2025, 3, 1), 1) is ConsentState.EXPIRED
    twelve = date(2025, 12, 1)
    assert consent_state(twelve, "", date(2026, 12, 1), 12) is ConsentState.VALID
    assert consent_state(twelve, "", date(2026, 12, 2), 12) is ConsentState.EXPIRED


def test_without_a_date_consent_is_missing_or_recorded_undated_and_never_expires() -> None:
    today = date(2030, 1, 1)
    assert consent_state(None, "", today, 12) is ConsentState.MISSING
    assert consent_state(None, "   ", today, 12) is ConsentState.MISSING
    assert consent_state(None, "подписанная форма", today, 12) is ConsentState.UNDATED
    assert consent_state(None, "подписанная форма", today, 1) is ConsentState.UNDATED


def test_a_period_of_zero_switches_expiry_off() -> None:
    assert consent_cutoff(date(2026, 12, 1), 0) is None
    assert consent_state(date(1990, 1, 1), "", date(2026, 12, 1), 0) is ConsentState.VALID
    client = ClientRef("c", "Клиент")
    facts = [ConsentFact(client, "m", "Иванов", date(1990, 1, 1))]
    assert consent_items(facts, date(2026, 12, 1), 0) == []
    assert agenda(AgendaFacts(consents=facts), date(2026, 12, 1), consent_months=0) == []


@pytest.mark.parametrize(
    ("today", "months", "cutoff"),
    [
        (date(2025, 3, 1), 1, date(2025, 2, 1)),  # 28–31 January ran out on 28 February
        (date(2025, 2, 28), 1, date(2025, 1, 28)),  # 28–31 January hold through 28 February
        (date(2025, 3, 31), 1, date(2025, 3, 1)),  # 28 February held through 28 March only
        (date(2025, 2, 28), 12, date(2024, 2, 28)),  # 29 February 2024 holds today
        (date(2025, 3, 1), 12, date(2024, 3, 1)),  # …and not the day after
        (date(2026, 12, 1), 12, date(2025, 12, 1)),
    ],
)
def test_the_cutoff_is_the_first_consent_date_still_valid(today, months, cutoff) -> None:
    assert consent_cutoff(today, months) == cutoff


@pytest.mark.parametrize("months", [1, 2, 3, 6, 11, 12, 13, 24, 120])
def test_consent_before_the_cutoff_is_exactly_the_expired_consent(months) -> None:
    """What storage reads (``consent_on < cutoff``) is what the rule says, on every day of
    two years (leap and common, every month end) against every consent date around it."""
    start = date(2027, 12, 1)
    for offset in range(0, 800, 3):
        today = start + timedelta(days=offset)
        cutoff = consent_cutoff(today, months)
        assert cutoff is not None
        around = add_months(today, -months)
        for shift in range(-5, 6):
            given = around + timedelta(days=shift)
            expired = consent_state(given, "", today, months) is ConsentState.EXPIRED
            assert (given < cutoff) == expired, (today, given)


def test_an_expired_consent_is_a_renew_consent_item_dated_the_day_it_ran_out() -> None:
    client = ClientRef("c1", "ООО «Ромашка»")
    facts = [
        ConsentFact(client, "m1", "Иванова Анна", date(2025, 1, 31), "e-mail"),
        ConsentFact(client, "m2", "Петров Пётр", date(2025, 2, 1)),  # holds on 1 March
    ]
    items = agenda(AgendaFacts(consents=facts), date(2025, 3, 1), consent_months=1)
    assert [(i.kind, i.member_id, i.date, i.overdue) for i in items] == [
        (AgendaKind.RENEW_CONSENT, "m1", date(2025, 3, 1), True)
    ]
    item = items[0]
    assert item.person == "Иванова Анна" and item.client_id == "c1"
    assert item.extra == {
        "consent_on": "2025-01-31",
        "consent_how": "e-mail",
        "consent_months": "1",
    }
