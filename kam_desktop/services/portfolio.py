"""Account health and the portfolio view: a page of clients sorted and filtered in SQL, with
the coverage score of the decision group computed for that page only (nothing is stored, so
the score can never be stale; it is not a sort key for the same reason)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kam_desktop.domain.coverage import account_warnings, coverage_score
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.portfolio import (
    PAGE_SIZE,
    PortfolioEntry,
    PortfolioFilter,
    PortfolioSort,
)
from kam_desktop.i18n import _
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.database import Database
from kam_desktop.storage import portfolio_store

MAX_NO_CONTACT_DAYS = 3650
EVERY_CLIENT = PortfolioFilter()


class PortfolioService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def page(
        self,
        where: PortfolioFilter = EVERY_CLIENT,
        sort: PortfolioSort = PortfolioSort.SHARE,
        desc: bool = True,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        today: date | None = None,
        with_coverage: bool = True,
    ) -> list[PortfolioEntry]:
        """One page of the portfolio; ``with_coverage`` adds each client's coverage score."""
        check_filter(where)
        today = today or date.today()
        with self.db.session() as s:
            entries = portfolio_store.portfolio_page(s, today, where, sort, desc, offset, limit)
            if not with_coverage or not entries:
                return entries
            ids = [e.client_id for e in entries]
            members = portfolio_store.coverage_members(s, ids)
            contacts = portfolio_store.last_contacts_of_clients(s, ids)
        rules = AgendaService(self.db).cadences()
        scored = []
        for entry in entries:
            group = members.get(entry.client_id, [])
            warnings = account_warnings(
                group, entry.status, today, contacts.get(entry.client_id, {}), rules=rules
            )
            scored.append(replace(entry, coverage_score=coverage_score(warnings)))
        return scored

    def count(self, where: PortfolioFilter = EVERY_CLIENT, today: date | None = None) -> int:
        check_filter(where)
        with self.db.session() as s:
            return portfolio_store.portfolio_count(s, today or date.today(), where)


def check_filter(where: PortfolioFilter) -> None:
    days = where.no_contact_days
    if days is not None and not 0 <= days <= MAX_NO_CONTACT_DAYS:
        raise ValidationError(
            {
                "no_contact_days": _("Enter a number of days from 0 to {max}.").format(
                    max=MAX_NO_CONTACT_DAYS
                )
            }
        )
