"""iCalendar export: yearly birthdays with reminders (29 February every year), proposal
validity dates and agreed next steps as VTODO; parsed back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.rrule import rrulestr
from icalendar import Calendar

from kam_desktop.domain.dossier import Birthday, Member
from kam_desktop.exchange.ics import build_calendar
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService


def _occurrences(event, years: range) -> list[date]:
    start = event.decoded("dtstart")
    rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=_as_datetime(start))
    first, last = _as_datetime(date(years.start, 1, 1)), _as_datetime(date(years.stop, 1, 1))
    return [d.date() for d in rule.between(first, last, inc=True)]


def _as_datetime(day: date):
    from datetime import datetime

    return datetime(day.year, day.month, day.day)


def _calendar(db, today: date | None = None) -> Calendar:
    data, _counts = ExchangeService(db).export_calendar(today)
    return Calendar.from_ical(data)


def _event(cal: Calendar, text: str):
    return next(e for e in cal.walk("VEVENT") if text in str(e["summary"]))


def test_29_february_appears_every_year():
    person = Member("Смирнова Ольга", id="m-1", birthday=Birthday(29, 2, 1976))
    cal = Calendar.from_ical(build_calendar([(person, "УралТяжМаш")], [], []).to_ical())
    [event] = cal.walk("VEVENT")
    assert event.decoded("dtstart") == date(1976, 2, 29)
    assert event["rrule"]["BYMONTHDAY"] == [-1] and event["rrule"]["BYMONTH"] == [2]
    assert _occurrences(event, range(2026, 2030)) == [
        date(2026, 2, 28),
        date(2027, 2, 28),
        date(2028, 2, 29),
        date(2029, 2, 28),
    ]


def test_birthday_without_year_is_yearly_all_day_with_reminder():
    person = Member("Кузнецов Андрей", id="m-2", birthday=Birthday(7, 11))
    cal = Calendar.from_ical(build_calendar([(person, "УралТяжМаш")], [], []).to_ical())
    [event] = cal.walk("VEVENT")
    assert isinstance(event.decoded("dtstart"), date)
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(days=1)
    assert event["rrule"]["FREQ"] == ["YEARLY"]
    assert event["uid"] == "birthday-m-2@kam-desktop"
    [alarm] = event.walk("VALARM")
    assert alarm["action"] == "DISPLAY" and alarm.decoded("trigger") == timedelta(days=-1)
    assert _occurrences(event, range(2027, 2029)) == [date(2027, 11, 7), date(2028, 11, 7)]


def test_demo_calendar_has_members_family_next_steps_and_validity(rich_db):
    today = date.today()
    cal = _calendar(rich_db, today)
    assert cal["prodid"] == "-//KAM Desktop//Calendar//EN" and cal["version"] == "2.0"

    smirnova = _event(cal, "Смирнова Ольга Николаевна")
    assert smirnova["rrule"]["BYMONTHDAY"] == [-1]  # she was born on 29 February
    son = _event(cal, "Лебедев Артём Максимович")
    assert "Лебедева Татьяна Игоревна" in str(son["summary"])

    service = DossierService(rich_db)
    expected_steps = {
        i.id
        for c in service.list_clients()
        for i in service.list_interactions(c.id)
        if i.next_step and i.next_step_due and i.next_step_due >= today - timedelta(days=30)
    }
    todos = cal.walk("VTODO")
    assert {str(t["uid"]) for t in todos} == {f"next-step-{i}@kam-desktop" for i in expected_steps}
    for todo in todos:
        assert isinstance(todo.decoded("due"), date) and todo["status"] == "NEEDS-ACTION"

    deadline = _event(cal, "КП-2026-0001")
    assert deadline.decoded("dtstart") >= today
    assert deadline.walk("VALARM")


def test_uids_are_stable_between_exports(rich_db):
    first = {str(c["uid"]) for c in _calendar(rich_db).walk() if "uid" in c}
    second = {str(c["uid"]) for c in _calendar(rich_db).walk() if "uid" in c}
    assert first == second and len(first) > 20


def test_one_dossiers_calendar_holds_its_dates_only(rich_db):
    """Per dossier: its members' (and families') birthdays, its proposals' validity dates and
    its next steps; every client's own calendar together make the whole calendar."""
    import pytest

    from kam_desktop.domain.errors import NotFoundError

    service, exchange = DossierService(rich_db), ExchangeService(rich_db)
    today = date.today()
    whole = {str(c["uid"]) for c in _calendar(rich_db, today).walk() if "uid" in c}
    parts: set[str] = set()
    for client in service.list_clients():
        data, counts = exchange.export_calendar(today, client_id=client.id)
        cal = Calendar.from_ical(data)  # still a valid calendar
        assert cal["version"] == "2.0"
        uids = {str(c["uid"]) for c in cal.walk() if "uid" in c}
        people = service.list_members(client.id)
        members = {m.id for m in people} | {f.id for m in people for f in m.family if f.id}
        steps = {i.id for i in service.list_interactions(client.id)}
        for uid in uids:
            kind, _, rest = uid.partition("-")
            if uid.startswith("next-step-"):
                assert uid.removeprefix("next-step-").removesuffix("@kam-desktop") in steps
            elif kind == "birthday":
                assert any(m in rest for m in members), uid
        assert counts["todos"] == len(cal.walk("VTODO"))
        parts |= uids
    assert parts == whole
    with pytest.raises(NotFoundError, match="No client with id nobody"):
        exchange.export_calendar(today, client_id="nobody")


def test_the_follow_up_plan_of_a_sent_proposal_is_in_the_calendar(db, dossiers):
    """Marking a proposal sent plans steps; each open one is a task, a done one is not."""
    from decimal import Decimal

    from kam_desktop.domain.dossier import Client
    from kam_desktop.domain.proposal import LineItem, ProposalStatus
    from kam_desktop.services.agenda import AgendaService
    from kam_desktop.services.proposals import ProposalService
    from kam_desktop.storage import cockpit_store

    client = dossiers.save_client(Client("Альфа Металл"))
    boss = dossiers.save_member(Member("Петров Иван Сергеевич", client.id))
    proposals = ProposalService(db)
    draft = proposals.new_proposal(client.id, language="ru")
    draft.title = "Модернизация линии"
    draft.addressee_ids = [boss.saved_id]
    draft.line_items = [LineItem("Станок", Decimal("1"), "шт", Decimal("100"))]
    sent = proposals.set_status(proposals.save(draft).saved_id, ProposalStatus.SENT)
    plan = [
        f for f in AgendaService(db).items(date.today(), 366) if f.proposal_id == sent.saved_id
    ]
    assert len(plan) >= 4
    with db.session() as s:
        cockpit_store.set_next_step(s, plan[0].step_id or "", done_on=date.today())
    todos = {
        str(t["uid"]): str(t["summary"]) for t in _calendar(db, date.today()).walk("VTODO")
    }
    planned = {uid: text for uid, text in todos.items() if uid.startswith("planned-step-")}
    assert len(planned) == len(plan) - 1
    assert f"planned-step-{plan[0].step_id}@kam-desktop" not in planned
    assert all(text.startswith("Альфа Металл: ") for text in planned.values())
