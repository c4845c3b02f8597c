"""The members table model without a view: columns, colours, birthday hint, sorting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kam_desktop.domain.dossier import Birthday, Member
from kam_desktop.domain.enums import Attitude
from kam_desktop.gui.member_table_model import MemberColumn, MemberTableModel

TODAY = date(2026, 3, 10)
ROLES = {"executive": "executive / decision maker", "financier": "financier"}


def _members() -> list[Member]:
    boss = Member(
        "Орлов Виктор",
        id="b",
        role_code="executive",
        influence=5,
        attitude=Attitude.SUPPORTER,
        birthday=Birthday(14, 3),
    )
    money = Member(
        "Белова Ирина",
        id="m",
        role_code="financier",
        influence=3,
        attitude=Attitude.OPPONENT,
        reports_to_id="b",
        birthday=Birthday(1, 9, 1980),
        last_contact_on=date(2026, 2, 1),
    )
    return [money, boss]


def test_model_passes_qt_checks(qtmodeltester):
    model = MemberTableModel()
    model.set_members(_members(), ROLES, TODAY)
    qtmodeltester.check(model)


def test_columns_show_what_a_kam_reads(qtbot):
    model = MemberTableModel()
    model.set_members(_members(), ROLES, TODAY)
    money = model.row_of("m")
    boss = model.row_of("b")

    def cell(row, column, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, column), role)

    assert cell(boss, MemberColumn.ROLE) == "executive / decision maker"
    assert cell(boss, MemberColumn.INFLUENCE) == "●●●●●"
    assert cell(money, MemberColumn.INFLUENCE) == "●●●○○"
    assert cell(money, MemberColumn.REPORTS_TO) == "Орлов Виктор"
    assert cell(boss, MemberColumn.BIRTHDAY) == "14.03 · in 4 days"
    assert cell(money, MemberColumn.BIRTHDAY) == "01.09.1980"
    assert cell(money, MemberColumn.LAST_CONTACT) == "01.02.2026"
    assert cell(boss, MemberColumn.ATTITUDE) == "supporter"
    green = cell(boss, MemberColumn.ATTITUDE, Qt.ItemDataRole.ForegroundRole)
    red = cell(money, MemberColumn.ATTITUDE, Qt.ItemDataRole.ForegroundRole)
    assert green.green() > green.red() and red.red() > red.green()


def test_sorting_happens_in_the_model(qtbot):
    model = MemberTableModel()
    model.set_members(_members(), ROLES, TODAY)
    model.sort(MemberColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert [model.member_at(r).full_name for r in range(2)] == ["Белова Ирина", "Орлов Виктор"]
    model.sort(MemberColumn.INFLUENCE, Qt.SortOrder.DescendingOrder)
    assert model.member_at(0).id == "b"
    model.sort(MemberColumn.BIRTHDAY, Qt.SortOrder.AscendingOrder)
    assert model.member_at(0).id == "b"  # the soonest birthday first
    model.sort(MemberColumn.ATTITUDE, Qt.SortOrder.AscendingOrder)
    assert model.member_at(0).attitude == Attitude.SUPPORTER
    # The sort order survives a reload.
    model.set_members(list(reversed(_members())), ROLES, TODAY)
    assert model.member_at(0).attitude == Attitude.SUPPORTER
