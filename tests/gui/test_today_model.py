"""What each Today row says and where it goes (the model, without a window)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from kam_desktop.domain.agenda import AgendaItem, AgendaKind
from kam_desktop.gui.today_model import Section, TodayModel, describe, section_of

TODAY = date(2026, 12, 1)


def item(kind: AgendaKind, on: date, title: str, **fields) -> AgendaItem:
    return AgendaItem(kind, on, title, "Альфа Металл", "c1", **fields)


def test_a_relatives_birthday_names_the_relation_the_member_and_the_age(qapp) -> None:
    relative = item(
        AgendaKind.BIRTHDAY,
        TODAY + timedelta(days=3),
        "Мария Петрова",
        person="Мария Петрова (Иван Петров)",
        age=12,
        extra={"relation": "дочь"},
    )
    assert describe(relative) == "Мария Петрова (дочь of Иван Петров) — turns 12"
    member = item(AgendaKind.BIRTHDAY, TODAY, "Иван Петров", person="Иван Петров")
    assert describe(member) == "Иван Петров"  # no year known: no age


def test_a_stale_contact_says_when_and_how_often(qapp) -> None:
    stale = item(
        AgendaKind.STALE_CONTACT,
        TODAY,
        "Иван Петров",
        extra={"cadence_days": "30", "last_contact": "2026-10-15"},
    )
    assert describe(stale) == "Иван Петров — last contact 15.10.2026, every 30 days"
    never = item(AgendaKind.STALE_CONTACT, TODAY, "Иван Петров", extra={"cadence_days": "30"})
    assert "last contact never" in describe(never)


def test_sections_by_due_time_and_open_tenders_apart(qapp) -> None:
    tender_open = item(
        AgendaKind.TENDER,
        TODAY + timedelta(days=120),
        "Тендер",
        extra={"tender_date": "2027-03-31", "preparation_from": "2026-06-30"},
    )
    cases = {
        Section.OVERDUE: item(AgendaKind.NEXT_STEP, TODAY - timedelta(days=1), "a", overdue=True),
        Section.TODAY: item(AgendaKind.NEXT_STEP, TODAY, "b"),
        Section.WEEK: item(AgendaKind.NEXT_STEP, TODAY + timedelta(days=7), "c"),
        Section.LATER: item(AgendaKind.NEXT_STEP, TODAY + timedelta(days=8), "d"),
        Section.TENDERS: tender_open,
    }
    for section, case in cases.items():
        assert section_of(case, TODAY) is section
    model = TodayModel()
    model.set_items(list(cases.values()), TODAY)
    assert model.rowCount() == 5 and model.item_count() == 5
    first = model.index(0, 0)
    assert first.data() == "Overdue (1)"
    assert model.item_at(model.index(0, 0, first)).title == "a"
    selectable = Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(first) & selectable  # a section title is not an item
    assert model.flags(model.index(0, 0, first)) & selectable
