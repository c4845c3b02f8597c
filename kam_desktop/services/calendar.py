"""The calendar export: birthdays (yearly, with a reminder), proposal validity dates, open
next steps and the open steps of follow-up plans (VTODO) as one iCalendar file. ``ExchangeService.export_calendar`` calls this."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from kam_desktop.domain.errors import NotFoundError
from kam_desktop.exchange.ics import Deadline, PlannedStep
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.storage import cockpit_store
from kam_desktop.storage import exchange_reads as reads
from kam_desktop.storage.mapping import interaction_to_domain, member_to_domain

NEXT_STEP_PAST_DAYS = 30  # overdue next steps still worth a task in the calendar


def proposal_deadlines(
    s: Session, client_names: dict[str, str], today: date, client_id: str | None = None
) -> list[Deadline]:
    """Validity dates of open proposals (draft or sent) that have not passed yet."""
    from kam_desktop.domain.proposal import OPEN_STATUSES

    found = reads.open_proposal_deadlines(
        s, [status.value for status in OPEN_STATUSES], today, client_id
    )
    return [
        Deadline(pid, number, client_names.get(cid, ""), until) for pid, number, cid, until in found
    ]


def export_calendar(
    db: Database, today: date | None = None, client_id: str | None = None
) -> tuple[bytes, dict]:
    """Birthdays, proposal validity dates and open next steps as one .ics: of every client,
    or of ``client_id`` only (one dossier's calendar, e.g. for a colleague who takes it over)."""
    from kam_desktop.exchange.ics import build_calendar

    today = today or date.today()
    with db.session() as s:
        names = reads.client_names(s)
        if client_id is not None and client_id not in names:
            raise NotFoundError(_("No client with id {id}.").format(id=client_id))
        members = [
            (member_to_domain(r), names.get(r.client_id, ""))
            for r in reads.member_rows_with_family(s, client_id)
            if r.birthday_day or r.family
        ]
        since = today - timedelta(days=NEXT_STEP_PAST_DAYS)
        steps = reads.interaction_rows_due_since(s, since, client_id)
        next_steps = [
            (interaction_to_domain(r), names.get(r.client_id, ""))
            for r in steps
            if r.next_step.strip()
        ]
        deadlines = proposal_deadlines(s, names, today, client_id)
        plan = cockpit_store.planned_step_facts(s, date.max, client_id, since=since).facts
    planned = [PlannedStep(f.step_id or "", f.title, f.due_on, f.client.name) for f in plan]
    cal = build_calendar(members, next_steps, deadlines, planned=planned)
    events = sum(1 for c in cal.walk("VEVENT"))
    return cal.to_ical(), {"events": events, "todos": len(next_steps) + len(planned)}
