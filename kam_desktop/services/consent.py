"""Consent to keep personal data across the portfolio: the period after which it is renewed
(a database setting, Settings → Today), and the people whose consent is missing or expired —
what a KAM cleans up before an audit (the «Consent» window, ``consent --missing/--expired``).

The rule is ``domain/consent``; Today's «Renew consent» items are read by ``AgendaService``.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy.orm import Session

from kam_desktop.domain.consent import (
    DEFAULT_CONSENT_MONTHS,
    MAX_CONSENT_MONTHS,
    ConsentPerson,
    ConsentState,
    consent_cutoff,
)
from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.storage import consent_store
from kam_desktop.storage.settings_store import read_setting, write_setting

SETTING_CONSENT_MONTHS = "personal_data.consent_months"
LISTED_STATES = frozenset({ConsentState.MISSING, ConsentState.EXPIRED})


def consent_months_in(s: Session) -> int:
    """The stored period in months (0: no reminder); a damaged value reads as the default."""
    stored = read_setting(s, SETTING_CONSENT_MONTHS)
    try:
        months = int(stored) if stored is not None else DEFAULT_CONSENT_MONTHS
    except ValueError:
        return DEFAULT_CONSENT_MONTHS
    return months if 0 <= months <= MAX_CONSENT_MONTHS else DEFAULT_CONSENT_MONTHS


def months_error(months: int) -> str | None:
    if 0 <= months <= MAX_CONSENT_MONTHS:
        return None
    return _("Enter a number of months from 0 (no reminder) to {max}.").format(
        max=MAX_CONSENT_MONTHS
    )


class ConsentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def months(self) -> int:
        with self.db.session() as s:
            return consent_months_in(s)

    def set_months(self, months: int) -> None:
        problem = months_error(months)
        if problem:
            raise ValidationError({"consent_months": problem})
        with self.db.session() as s:
            write_setting(s, SETTING_CONSENT_MONTHS, str(months))

    def people(
        self,
        states: Collection[ConsentState] = LISTED_STATES,
        today: date | None = None,
        months: int | None = None,
        clients: int | None = None,
        clients_offset: int = 0,
    ) -> list[ConsentPerson]:
        """People whose consent is missing or expired (as asked), by client and name; expired
        by ``months`` (default: the setting; 0: nobody's consent expires). With ``clients``:
        the people of that many clients from ``clients_offset`` on (a page of the list)."""
        with self.db.session() as s:
            cutoff = self._cutoff(s, today, months)
            return consent_store.people(s, states, cutoff, clients, clients_offset)

    def count(
        self,
        states: Collection[ConsentState] = LISTED_STATES,
        today: date | None = None,
        months: int | None = None,
    ) -> int:
        with self.db.session() as s:
            return consent_store.count_people(s, states, self._cutoff(s, today, months))

    @staticmethod
    def _cutoff(s: Session, today: date | None, months: int | None) -> date | None:
        period = consent_months_in(s) if months is None else months
        return consent_cutoff(today or date.today(), period)
