"""The calendar export: birthdays (yearly, with a reminder), proposal validity dates and open
next steps (VTODO) as one iCalendar file. ``ExchangeService.export_calendar`` calls this."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from kam_desktop.exchange.ics import Deadline
from kam_desktop.services.database import Database
from kam_desktop.storage import exchange_reads as reads
from kam_desktop.storage.mapping import interaction_to_domain, member_to_domain

NEXT_STEP_PAST_DAYS = 30  # overdue next steps still worth a task in the calendar


def proposal_deadlines(s: Session, client_names: dict[str, str], today: date) -> list[Deadline]:
    """Validity dates of open proposals (draft or sent) that have not passed yet."""
    from kam_desktop.domain.proposal import OPEN_STATUSES

    found = reads.open_proposal_deadlines(
        s,
        [status.value for status in OPEN_STATUSES],
        today,
    )
    return [
        Deadline(pid, number, client_names.get(cid, ""), until) for pid, number, cid, until in found
    ]


def export_calendar(db: Database, today: date | None = None) -> tuple[bytes, dict]:
    """Birthdays, proposal validity dates and open next steps as one .ics."""
    from kam_desktop.exchange.ics import build_calendar

    today = today or date.today()
    with db.session() as s:
        names = reads.client_names(s)
        members = [
            (member_to_domain(r), names.get(r.client_id, ""))
            for r in reads.member_rows_with_family(s)
            if r.birthday_day or r.family
        ]
        steps = reads.interaction_rows_due_since(s, today - timedelta(days=NEXT_STEP_PAST_DAYS))
        next_steps = [
            (interaction_to_domain(r), names.get(r.client_id, ""))
            for r in steps
            if r.next_step.strip()
        ]
        deadlines = proposal_deadlines(s, names, today)
    cal = build_calendar(members, next_steps, deadlines)
    events = sum(1 for c in cal.walk("VEVENT"))
    return cal.to_ical(), {"events": events, "todos": len(next_steps)}
