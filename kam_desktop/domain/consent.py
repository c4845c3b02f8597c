"""Consent to keep a person's personal data (152-ФЗ / GDPR): its state and when it runs out.

A person's consent is recorded as a date (``consent_on``) and how it was obtained
(``consent_how``). Its state:

- ``missing``: neither a date nor a "how": nothing recorded;
- ``undated``: a "how" without a date (recorded from a paper form whose date nobody typed):
  recorded, so not missing; with no date it cannot run out, so never expired;
- ``expired``: dated, and older than the period set (``months``; 0 switches the check off);
- ``valid``: dated and within the period.

A consent given on day D for N months holds through D + N months — the same day of the month,
or the month's last day when it is shorter (31 January + 1 month = 28 or 29 February) — and is
expired from the day after. Storage reads expired consents as one range of an index,
``consent_on < cutoff``: ``consent_cutoff`` is the first consent date still valid on a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

DEFAULT_CONSENT_MONTHS = 12
MAX_CONSENT_MONTHS = 120
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class ConsentState(StrEnum):
    MISSING = "missing"
    UNDATED = "undated"
    EXPIRED = "expired"
    VALID = "valid"


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier, when negative); the month's last day when
    that month is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = _MONTH_DAYS[month]
    if month == 1 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        last = 29  # February of a leap year
    return date(year, month + 1, min(day.day, last))


def valid_until(consent_on: date, months: int) -> date:
    """The last day a consent given on ``consent_on`` holds for ``months`` months."""
    return add_months(consent_on, months)


def consent_cutoff(today: date, months: int) -> date | None:
    """The earliest consent date still valid on ``today``: a consent given before it is
    expired (None: the period is 0, the check is off).

    ``valid_until`` never decreases with the consent date, so the expired ones are exactly
    those before this day; clamping at month ends moves it by at most three days from
    ``today`` − ``months``, found by stepping."""
    if months <= 0:
        return None
    cutoff = add_months(today, -months)
    while valid_until(cutoff, months) < today:
        cutoff += timedelta(days=1)
    while valid_until(cutoff - timedelta(days=1), months) >= today:
        cutoff -= timedelta(days=1)
    return cutoff


def consent_state(consent_on: date | None, how: str, today: date, months: int) -> ConsentState:
    if consent_on is None:
        return ConsentState.UNDATED if how.strip() else ConsentState.MISSING
    if months > 0 and valid_until(consent_on, months) < today:
        return ConsentState.EXPIRED
    return ConsentState.VALID


@dataclass(frozen=True, slots=True)
class ConsentPerson:
    """One person of the portfolio with their consent: a row of the audit list."""

    member_id: str
    name: str
    position: str
    client_id: str
    client: str
    consent_on: date | None
    consent_how: str
    state: ConsentState
