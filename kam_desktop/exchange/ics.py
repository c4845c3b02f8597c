"""iCalendar export: birthdays, proposal validity dates and agreed next steps in one .ics.

Birthdays are yearly all-day events with a reminder the day before. A 29 February birthday
uses ``RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1`` — "the last day of February" — which is
29 Feb in leap years and 28 Feb otherwise, so it shows every year (a plain yearly rule from
29 Feb fires only in leap years). RFC 5545 allows negative BYMONTHDAY; Google Calendar,
Outlook ("the last day of February" yearly pattern) and Thunderbird (libical) honour it.

UIDs are derived from our record ids, so importing a newer export updates events instead of
duplicating them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event, Todo, vRecur

from kam_desktop.domain.dossier import Birthday, Interaction, Member
from kam_desktop.domain.validation import without_controls
from kam_desktop.i18n import _

PRODID = "-//KAM Desktop//Calendar//EN"
UID_DOMAIN = "kam-desktop"
NO_YEAR_START = 2000  # a leap year, so "--02-29" has a valid first occurrence


@dataclass(frozen=True, slots=True)
class Deadline:
    """A proposal's validity date (срок действия)."""

    proposal_id: str
    number: str
    client_name: str
    valid_until: date


def _first_occurrence(birthday: Birthday) -> date:
    year = birthday.year or NO_YEAR_START
    return date(year, birthday.month, birthday.day)


def _yearly_rule(birthday: Birthday) -> vRecur:
    if birthday.month == 2 and birthday.day == 29:
        return vRecur({"FREQ": "YEARLY", "BYMONTH": 2, "BYMONTHDAY": -1})
    return vRecur({"FREQ": "YEARLY"})


def _text(value: str) -> str:
    """RFC 5545 text has no control characters but tab and line breaks (escaped by
    icalendar); data from older versions could still hold some, so they are left out."""
    return without_controls(value)


def _reminder(description: str, before: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _text(description))
    alarm.add("trigger", -before)
    return alarm


def birthday_event(uid: str, summary: str, birthday: Birthday, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"birthday-{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", _text(summary))
    start = _first_occurrence(birthday)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    event.add("rrule", _yearly_rule(birthday))
    event.add("transp", "TRANSPARENT")
    event.add("categories", [_("Birthdays")])
    event.add_component(_reminder(summary, timedelta(days=1)))
    return event


def member_birthday_events(member: Member, client_name: str, stamp: datetime) -> list[Event]:
    events = []
    if member.birthday:
        summary = _("Birthday: {name} ({client})").format(name=member.full_name, client=client_name)
        events.append(birthday_event(member.id or "", summary, member.birthday, stamp))
    for relative in member.family:
        if relative.birthday and relative.id:
            summary = _("Birthday: {name} ({relation} of {member}, {client})").format(
                name=relative.name,
                relation=relative.relation or _("relative"),
                member=member.full_name,
                client=client_name,
            )
            events.append(birthday_event(relative.id, summary, relative.birthday, stamp))
    return events


def deadline_event(deadline: Deadline, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"proposal-valid-until-{deadline.proposal_id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    summary = _("Proposal {number} for {client} is valid until today").format(
        number=deadline.number, client=deadline.client_name
    )
    event.add("summary", _text(summary))
    event.add("dtstart", deadline.valid_until)
    if deadline.valid_until < date.max:  # 9999-12-31 has no next day: DURATION instead
        event.add("dtend", deadline.valid_until + timedelta(days=1))
    else:
        event.add("duration", timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add_component(_reminder(summary, timedelta(days=3)))
    return event


def next_step_todo(interaction: Interaction, client_name: str, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("uid", f"next-step-{interaction.id}@{UID_DOMAIN}")
    todo.add("dtstamp", stamp)
    todo.add("summary", _text(f"{client_name}: {interaction.next_step}"))
    todo.add(
        "description",
        _text(
            _("Agreed at the {kind} on {date}: {summary}").format(
                kind=_(interaction.kind.value),
                date=interaction.occurred_on.isoformat(),
                summary=interaction.summary,
            )
        ),
    )
    todo.add("due", interaction.next_step_due)
    todo.add("status", "NEEDS-ACTION")
    return todo


@dataclass(frozen=True, slots=True)
class PlannedStep:
    """A step of a follow-up plan (after a proposal was sent), for a VTODO."""

    id: str
    title: str
    due_on: date
    client_name: str


def planned_step_todo(step: PlannedStep, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("uid", f"planned-step-{step.id}@{UID_DOMAIN}")
    todo.add("dtstamp", stamp)
    todo.add("summary", _text(f"{step.client_name}: {step.title}"))
    todo.add("due", step.due_on)
    todo.add("status", "NEEDS-ACTION")
    return todo


def build_calendar(
    members: list[tuple[Member, str]],
    next_steps: list[tuple[Interaction, str]],
    deadlines: list[Deadline],
    stamp: datetime | None = None,
    planned: list[PlannedStep] | None = None,
) -> Calendar:
    stamp = stamp or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "KAM Desktop")
    for member, client_name in members:
        for event in member_birthday_events(member, client_name, stamp):
            cal.add_component(event)
    for deadline in deadlines:
        cal.add_component(deadline_event(deadline, stamp))
    for interaction, client_name in next_steps:
        cal.add_component(next_step_todo(interaction, client_name, stamp))
    for step in planned or []:
        cal.add_component(planned_step_todo(step, stamp))
    return cal
