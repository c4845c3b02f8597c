"""Account health across the portfolio: one row per client, the sort keys and the filters.

Storage computes what SQL can (share, reliability and its date, the value of open proposals,
the last interaction) and sorts and filters on it a page at a time; the coverage score needs
the decision group, so the service adds it for the visible page only (nothing is stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kam_desktop.domain.account_health import ShareBand, share_band
from kam_desktop.domain.enums import ClientStatus, ReliabilityResult

RELIABILITY_STALE_DAYS = 365  # a reliability check older than a year is due again
PAGE_SIZE = 200


class PortfolioSort(StrEnum):
    """Columns the portfolio sorts by in SQL (the coverage score is not one of them)."""

    NAME = "name"
    STATUS = "status"
    SHARE = "share"
    RELIABILITY = "reliability"  # by the date of the check: the oldest check first ascending
    OPEN_VALUE = "open_value"
    LAST_CONTACT = "last_contact"


@dataclass(frozen=True, slots=True)
class PortfolioFilter:
    status: ClientStatus | None = None
    band: ShareBand | None = None
    no_contact_days: int | None = None  # set: no interaction within that many days (or never)
    reliability_stale: bool = False  # only clients checked more than a year ago, or never


@dataclass(frozen=True, slots=True)
class PortfolioEntry:
    client_id: str
    name: str
    status: ClientStatus
    share_pct: Decimal | None
    reliability: ReliabilityResult
    reliability_checked_on: date | None
    open_value: Decimal  # sum of the totals of open proposals not replaced by a revision
    open_count: int
    open_currency: str  # "" when there are none; "*" when several currencies are mixed
    last_contact_on: date | None
    coverage_score: int | None = None  # 0–100, filled for the visible page by the service

    @property
    def band(self) -> ShareBand:
        return share_band(self.share_pct)

    def reliability_age_days(self, today: date) -> int | None:
        if self.reliability_checked_on is None:
            return None
        return (today - self.reliability_checked_on).days

    def days_since_contact(self, today: date) -> int | None:
        if self.last_contact_on is None:
            return None
        return (today - self.last_contact_on).days


@dataclass(frozen=True, slots=True)
class OpenProposal:
    """An open offer (draft or sent, not replaced) as the meeting brief lists it."""

    proposal_id: str
    number: str  # as printed, with the revision
    title: str
    status: str
    total: Decimal
    currency: str
    valid_until: date

    def is_expired(self, today: date) -> bool:
        return self.valid_until < today
