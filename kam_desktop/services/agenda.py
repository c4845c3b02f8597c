"""Today and the follow-up plan: what the GUI's Today page and ``agenda --json`` share.

``AgendaService.items(today, days)`` reads the facts (``storage/cockpit_store``) and applies
the rules (``domain/agenda``). A next step is acted on here: ``mark_done`` records the outcome
as an interaction with the people concerned (that also resets their stay-in-touch cadence) and
marks the step done; ``move`` gives it a new due date. ``plan_after_sending`` writes the
follow-up plan (``domain/follow_up``) when a proposal is marked sent.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from kam_desktop.domain.agenda import (
    DEFAULT_CADENCES,
    DEFAULT_HORIZON_DAYS,
    EXPIRING_DAYS,
    PAGE_LIMIT,
    AgendaFacts,
    AgendaItem,
    AgendaKind,
    AgendaPage,
    CadenceRule,
    agenda,
    first_of_each_kind,
)
from kam_desktop.domain.change_log import EntityKind
from kam_desktop.domain.consent import consent_cutoff
from kam_desktop.domain.dossier import Interaction
from kam_desktop.domain.enums import ClientStatus, InteractionKind
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.follow_up import DEFAULT_REMINDER_DAYS, plan_follow_up
from kam_desktop.domain.proposal import Proposal
from kam_desktop.domain.validation import interaction_errors, raise_if_errors
from kam_desktop.i18n import _
from kam_desktop.services.change_history import log_deleted, log_fields, log_saved
from kam_desktop.services.consent import consent_months_in
from kam_desktop.services.database import Database
from kam_desktop.storage import client_store, cockpit_store, consent_store
from kam_desktop.storage.cockpit_store import Facts
from kam_desktop.storage.settings_store import read_setting, write_setting

SETTING_CADENCES = "agenda.cadences"
SETTING_REMINDER_DAYS = "follow_up.reminder_days"
SETTING_NOTIFY = "agenda.notify_daily"
MAX_HORIZON_DAYS = 366
PROPOSAL_KINDS = {AgendaKind.PROPOSAL_EXPIRING, AgendaKind.PROPOSAL_EXPIRED}


@dataclass(frozen=True, slots=True)
class StepDone:
    """What ``mark_done`` wrote: the outcome interaction and the client it belongs to."""

    client_id: str
    interaction_id: str


def cadences_to_json(rules: list[CadenceRule]) -> str:
    return json.dumps(
        [
            {
                "min_influence": r.min_influence,
                "statuses": sorted(s.value for s in r.statuses),
                "days": r.days,
            }
            for r in rules
        ]
    )


def cadences_from_json(text: str) -> list[CadenceRule]:
    """Stored rules; raises ValueError (or KeyError, TypeError) on a damaged value."""
    rules = []
    for obj in json.loads(text):
        influence, days = int(obj["min_influence"]), int(obj["days"])
        if not 1 <= influence <= 5 or not 1 <= days <= 3650:
            raise ValueError("a cadence out of range")
        rules.append(
            CadenceRule(influence, frozenset(ClientStatus(s) for s in obj["statuses"]), days)
        )
    return rules


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- settings ----------------------------------------------------------------------------
    def cadences(self) -> list[CadenceRule]:
        with self.db.session() as s:
            stored = read_setting(s, SETTING_CADENCES)
        if stored is None:
            return list(DEFAULT_CADENCES)
        try:
            return cadences_from_json(stored)
        except (ValueError, KeyError, TypeError):
            return list(DEFAULT_CADENCES)  # a damaged setting must not hide Today

    def set_cadences(self, rules: list[CadenceRule]) -> None:
        for rule in rules:
            if not rule.statuses:
                raise ValidationError({"cadences": _("Choose at least one client status.")})
            if not 1 <= rule.min_influence <= 5:
                raise ValidationError({"cadences": _("Influence goes from 1 to 5.")})
            if not 1 <= rule.days <= 3650:
                raise ValidationError({"cadences": _("Enter a number of days from 1 to 3650.")})
        with self.db.session() as s:
            write_setting(s, SETTING_CADENCES, cadences_to_json(rules))

    def reminder_days(self) -> int:
        with self.db.session() as s:
            return reminder_days_in(s)

    def set_reminder_days(self, days: int) -> None:
        if not 0 <= days <= 365:
            raise ValidationError({"reminder_days": _("Enter a number of days from 0 to 365.")})
        with self.db.session() as s:
            write_setting(s, SETTING_REMINDER_DAYS, str(days))

    def notify_daily(self) -> bool:
        with self.db.session() as s:
            return read_setting(s, SETTING_NOTIFY) != "0"

    def set_notify_daily(self, on: bool) -> None:
        with self.db.session() as s:
            write_setting(s, SETTING_NOTIFY, "1" if on else "0")

    # ---- Today -------------------------------------------------------------------------------
    def items(
        self,
        today: date | None = None,
        days: int = DEFAULT_HORIZON_DAYS,
        kinds: Collection[AgendaKind] | None = None,
    ) -> list[AgendaItem]:
        """Every Today item for ``today`` (default: the real today) and ``days`` ahead, of
        these kinds (None: all)."""
        return self.page(today, days, limit=None, kinds=kinds).items

    def page(
        self,
        today: date | None = None,
        days: int = DEFAULT_HORIZON_DAYS,
        limit: int | None = PAGE_LIMIT,
        kinds: Collection[AgendaKind] | None = None,
    ) -> AgendaPage:
        """The first ``limit`` items of each kind (None: all), soonest first, with how many of
        each kind there are in all: what the Today page shows without reading thousands."""
        if not 0 <= days <= MAX_HORIZON_DAYS:
            raise ValidationError(
                {"days": _("The horizon goes from 0 to {max} days.").format(max=MAX_HORIZON_DAYS)}
            )
        today = today or date.today()
        wanted = set(AgendaKind) if kinds is None else set(kinds)
        rules = self.cadences()
        nothing: Facts = Facts([], 0)
        with self.db.session() as s:
            consent_months = consent_months_in(s)
            cutoff = consent_cutoff(today, consent_months)
            consents = (
                consent_store.consent_facts(s, cutoff, limit)
                if AgendaKind.RENEW_CONSENT in wanted and cutoff is not None
                else nothing
            )
            birthdays = (
                cockpit_store.birthday_facts(s, today, days, limit)
                if AgendaKind.BIRTHDAY in wanted
                else nothing
            )
            steps = (
                cockpit_store.step_facts(s, today + timedelta(days), limit=limit)
                if AgendaKind.NEXT_STEP in wanted
                else nothing
            )
            contacts = (
                cockpit_store.contact_facts(s, rules, today, days, limit)
                if AgendaKind.STALE_CONTACT in wanted
                else nothing
            )
            proposals = (
                cockpit_store.open_proposal_facts(s, today + timedelta(EXPIRING_DAYS))
                if wanted & PROPOSAL_KINDS
                else []
            )
            tenders = (
                cockpit_store.tender_facts(s, today, days) if AgendaKind.TENDER in wanted else []
            )
        facts = AgendaFacts(
            birthdays.facts, proposals, steps.facts, tenders, contacts.facts, consents.facts
        )
        found = [
            item
            for item in agenda(facts, today, days, rules, consent_months)
            if item.kind in wanted
        ]
        # Kinds SQL may cut to a page were counted there; the others are read whole.
        totals = {
            AgendaKind.BIRTHDAY: birthdays.total,
            AgendaKind.NEXT_STEP: steps.total,
            AgendaKind.STALE_CONTACT: contacts.total,
            AgendaKind.RENEW_CONSENT: consents.total,
        }
        for kind in wanted - totals.keys():
            totals[kind] = sum(1 for item in found if item.kind is kind)
        return AgendaPage(
            first_of_each_kind(found, limit), {k: n for k, n in totals.items() if k in wanted}
        )

    def mark_done(
        self,
        item: AgendaItem,
        outcome: str = "",
        on: date | None = None,
        kind: InteractionKind = InteractionKind.CALL,
    ) -> StepDone:
        """Record the outcome of a next step as an interaction and mark the step done."""
        if item.kind is not AgendaKind.NEXT_STEP:
            raise ValidationError({"kind": _("Only a next step can be marked done.")})
        on = on or date.today()
        summary = _("Done: {step}").format(step=item.title)
        if outcome.strip():
            summary = f"{summary}\n{outcome.strip()}"
        # The outcome is an interaction like any other: the same rules (length, characters).
        raise_if_errors(interaction_errors(Interaction(item.client_id, on, kind, summary)))
        with self.db.session() as s:
            client_id = self._mark_step(s, item, done_on=on)
            people = [item.member_id] if item.member_id else []
            if item.interaction_id:  # the people of the meeting that agreed the step
                people += cockpit_store.interaction_people(s, item.interaction_id)
            record = Interaction(
                client_id=client_id,
                occurred_on=on,
                kind=kind,
                summary=summary,
                member_ids=sorted(set(people)),
            )
            written = client_store.write_interaction(s, record)
            log_saved(s, EntityKind.INTERACTION, written.saved_id, client_id, None, written)
            _log_step(s, item, client_id, "next_step_done_on")
        return StepDone(client_id, written.saved_id)

    def reopen(self, item: AgendaItem, done: StepDone) -> None:
        """Undo ``mark_done``: the outcome interaction goes and the step is open again."""
        with self.db.session() as s:
            if client_store.delete_interaction(s, done.interaction_id) is not None:
                log_deleted(s, EntityKind.INTERACTION, done.interaction_id, done.client_id)
            if not cockpit_store.reopen_step(
                s, step_id=item.step_id, interaction_id=item.interaction_id
            ):
                raise NotFoundError(_("This step no longer exists; it may have been deleted."))
            _log_step(s, item, done.client_id, "next_step_done_on")

    def move(self, item: AgendaItem, due_on: date) -> str:
        """Give a next step a new due date; returns its client's id."""
        if item.kind is not AgendaKind.NEXT_STEP:
            raise ValidationError({"kind": _("Only a next step can be moved.")})
        with self.db.session() as s:
            client_id = self._mark_step(s, item, due_on=due_on)
            _log_step(s, item, client_id, "next_step_due")
            return client_id

    @staticmethod
    def _mark_step(
        s: Session, item: AgendaItem, *, due_on: date | None = None, done_on: date | None = None
    ) -> str:
        found = None
        if item.step_id:
            found = cockpit_store.set_next_step(s, item.step_id, due_on=due_on, done_on=done_on)
        elif item.interaction_id:
            found = cockpit_store.set_interaction_step(
                s, item.interaction_id, due_on=due_on, done_on=done_on
            )
        if found is not None:
            return found
        raise NotFoundError(_("This step no longer exists; it may have been deleted."))


def _log_step(s: Session, item: AgendaItem, client_id: str, field: str) -> None:
    """An interaction's own next step changed (a proposal's planned steps are not records the
    change log follows)."""
    if item.interaction_id and not item.step_id:
        log_fields(s, EntityKind.INTERACTION, item.interaction_id, client_id, [field])


def reminder_days_in(s: Session) -> int:
    stored = read_setting(s, SETTING_REMINDER_DAYS)
    try:
        return int(stored) if stored is not None else DEFAULT_REMINDER_DAYS
    except ValueError:
        return DEFAULT_REMINDER_DAYS


def plan_after_sending(s: Session, proposal: Proposal) -> list[str]:
    """Write the follow-up plan of a proposal just marked sent (in the caller's transaction)."""
    reminder_days = reminder_days_in(s)
    sent_on = proposal.sent_on or date.today()
    addressee = proposal.addressee_ids[0] if len(proposal.addressee_ids) == 1 else None
    return [
        cockpit_store.add_next_step(
            s,
            proposal.client_id,
            step.title,
            step.due_on,
            step.kind,
            proposal_id=proposal.saved_id,
            member_id=addressee,
        )
        # Titles in the UI language: the KAM reads them in Today, the client never does.
        for step in plan_follow_up(
            proposal.display_number, sent_on, proposal.valid_until, reminder_days
        )
    ]
