"""Consent in the window, on a real SQLite file: the decision group's Consent column and its
«No consent recorded» toggle, Today's «Renew consent» kind (its section, where it opens, the
«Show» filter, not in the morning message), the period in Settings → Today, and the portfolio's
list of people without consent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from kam_desktop.domain.agenda import AgendaKind
from kam_desktop.domain.consent import ConsentState
from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.gui.consent_view import ConsentModel, ConsentView, show_consent
from kam_desktop.gui.decision_group_tab import DecisionGroupTab
from kam_desktop.gui.member_table_model import (
    CONSENT_WARNING_BACKGROUND,
    MemberColumn,
    MemberTableModel,
)
from kam_desktop.gui.settings_dialog import SettingsDialog
from kam_desktop.gui.today_model import Section
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.consent import ConsentService
from tests.gui import test_today_page
from tests.gui.dossier_helpers import ScriptedPrompts, type_text
from tests.gui.shell_helpers import wait_for_operations
from tests.gui.test_today_page import FakeTray, double_click

# The Today page's fixtures: a main window on the test database, a tray that records messages.
make_window = test_today_page.make_window
prompter = test_today_page.prompter
fake_tray = test_today_page.fake_tray

TODAY = date.today()
LONG_AGO = TODAY - timedelta(days=400)  # older than the default 12 months
RECENT = TODAY - timedelta(days=40)  # outdated with a period of one month only


@pytest.fixture
def group(dossiers):
    """A client whose people hold every consent state."""
    client = dossiers.save_client(Client("ООО «Ромашка»", status=ClientStatus.ACTIVE))

    def member(name: str, on: date | None, how: str) -> Member:
        return dossiers.save_member(
            Member(name, client_id=client.id, influence=1, consent_on=on, consent_how=how)
        )

    return {
        "client": client,
        "missing": member("Антонов Борис", None, ""),
        "outdated": member("Белова Вера", LONG_AGO, "письменное согласие"),
        "undated": member("Волков Глеб", None, "бумажная форма"),
        "valid": member("Громова Дарья", RECENT, "e-mail"),
    }


def consent_cells(model: MemberTableModel) -> dict[str, str]:
    return {
        model.member_at(row).full_name: model.index(row, MemberColumn.CONSENT).data()
        for row in range(model.rowCount())
    }


def test_the_consent_column_shows_each_state_and_how_it_was_obtained(group) -> None:
    model = MemberTableModel()
    members = [group[k] for k in ("missing", "outdated", "undated", "valid")]
    model.set_members(members, {}, TODAY, consent_months=12)
    assert model.headerData(MemberColumn.CONSENT, Qt.Orientation.Horizontal) == "Consent"
    assert consent_cells(model) == {
        "Антонов Борис": "no",
        "Белова Вера": f"outdated · {LONG_AGO:%d.%m.%Y}",
        "Волков Глеб": "no date",
        "Громова Дарья": f"{RECENT:%d.%m.%Y}",
    }

    def cell(name: str, role: Qt.ItemDataRole):
        row = next(r for r in range(model.rowCount()) if model.member_at(r).full_name == name)
        return model.index(row, MemberColumn.CONSENT).data(role)

    background = Qt.ItemDataRole.BackgroundRole
    assert cell("Антонов Борис", background) == CONSENT_WARNING_BACKGROUND
    assert cell("Белова Вера", background) == CONSENT_WARNING_BACKGROUND
    assert cell("Волков Глеб", background) is None and cell("Громова Дарья", background) is None
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert "письменное согласие" in cell("Белова Вера", tooltip)
    assert "12 months" in cell("Белова Вера", tooltip)
    assert "бумажная форма" in cell("Волков Глеб", tooltip)
    assert "Obtained: e-mail" in cell("Громова Дарья", tooltip)
    assert "152-FZ" in cell("Антонов Борис", tooltip)
    # With the period off nothing is outdated.
    model.set_members(members, {}, TODAY, consent_months=0)
    assert consent_cells(model)["Белова Вера"] == f"{LONG_AGO:%d.%m.%Y}"
    # Sorted by the column: what needs doing first.
    model.set_members(members, {}, TODAY, consent_months=12)
    model.sort(MemberColumn.CONSENT)
    assert [model.consent(m) for m in model.members()] == [
        ConsentState.MISSING,
        ConsentState.EXPIRED,
        ConsentState.UNDATED,
        ConsentState.VALID,
    ]


@pytest.fixture
def tab(qtbot, dossiers, group):
    widget = DecisionGroupTab(dossiers, QUndoStack())
    widget.prompts = ScriptedPrompts()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.load(dossiers.get_dossier(group["client"].id))
    return widget


def names(tab: DecisionGroupTab) -> list[str]:
    return sorted(m.full_name for m in tab.model.members())


def test_the_toggle_keeps_the_people_without_consent_until_it_is_recorded(
    tab, qtbot, dossiers, group
) -> None:
    assert tab.consent_filter.text() == "No consent recorded (1)"
    assert len(names(tab)) == 4
    consent_box = tab.editor._boxes[2]
    assert consent_box.visibleRegion().isEmpty()  # below the fold of the card at first
    tab.consent_filter.click()
    assert names(tab) == ["Антонов Борис"]
    assert tab._current_id() == group["missing"].id  # the one left is the one in the card
    qtbot.waitUntil(lambda: not consent_box.visibleRegion().isEmpty())  # opened at consent
    how = tab.editor.lines["consent_how"]
    how.setFocus()
    type_text(how, "устное согласие, подтверждено письмом")
    assert tab.save()
    # Recorded (without a date): no longer missing, so off the filtered list.
    assert dossiers.get_member(group["missing"].id).consent_how.startswith("устное")
    assert names(tab) == []
    assert tab.consent_filter.text() == "No consent recorded (0)"
    assert not tab.editor.isEnabled()  # no card of someone the list no longer shows
    tab.consent_filter.click()
    assert len(names(tab)) == 4


def test_a_person_the_toggle_hides_is_shown_when_asked_for(tab, group) -> None:
    tab.consent_filter.click()
    assert tab.model.row_of(group["outdated"].id) < 0
    tab.select_member(group["outdated"].id)
    assert not tab.consent_filter.isChecked()
    assert tab._current_id() == group["outdated"].id


def test_today_lists_outdated_consent_in_its_own_section_and_opens_the_person(
    make_window, group, qtbot
) -> None:
    window = make_window()
    page = window.today.page
    assert page.model.sections()[-1] is Section.CONSENT
    renewals = page.model.items_of(Section.CONSENT)
    assert [(i.kind, i.member_id) for i in renewals] == [
        (AgendaKind.RENEW_CONSENT, group["outdated"].id)
    ]
    assert Section.OVERDUE not in page.model.sections()  # consent does not fill «Overdue»
    row = page.model.index_of(lambda i: i.kind is AgendaKind.RENEW_CONSENT)
    what = row.siblingAtColumn(2)
    assert what.data().startswith("Белова Вера — consent of")
    assert "письменное согласие" in what.data(Qt.ItemDataRole.ToolTipRole)
    assert row.siblingAtColumn(1).data() == "Renew consent"
    # «Show: Renew consent» lists that kind only.
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(AgendaKind.RENEW_CONSENT.value))
    wait_for_operations(qtbot)
    assert {i.kind for i in page.items()} == {AgendaKind.RENEW_CONSENT}
    double_click(qtbot, window, AgendaKind.RENEW_CONSENT)
    dossier = window.dossier
    assert dossier.client_id == group["client"].id
    assert dossier.tabs.currentWidget() is dossier.decision_group
    assert dossier.decision_group._current_id() == group["outdated"].id


def test_the_morning_message_leaves_consent_out(make_window, group, qtbot, fake_tray) -> None:
    assert isinstance(fake_tray, FakeTray)
    make_window()
    wait_for_operations(qtbot)
    assert fake_tray.messages == []  # the only item due is a consent to renew


def test_settings_save_the_period_and_zero_switches_the_reminder_off(
    qtbot, db, dossiers, group, tmp_path
) -> None:
    def dialog() -> SettingsDialog:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        made = SettingsDialog(dossiers, settings)
        qtbot.addWidget(made)
        made.show()
        return made

    first = dialog()
    box = first.agenda
    assert box.consent_months.value() == 12
    box.consent_months.setValue(0)
    assert box.consent_months.text() == "no reminder"
    first.accept()
    assert first.result() == first.DialogCode.Accepted
    assert ConsentService(db).months() == 0
    agenda = AgendaService(db)
    assert not [i for i in agenda.items() if i.kind is AgendaKind.RENEW_CONSENT]
    second = dialog()
    assert second.agenda.consent_months.value() == 0
    second.agenda.consent_months.setValue(24)
    second.accept()
    assert ConsentService(db).months() == 24
    assert not [i for i in agenda.items() if i.kind is AgendaKind.RENEW_CONSENT]  # 400 days
    ConsentService(db).set_months(12)
    assert [i.member_id for i in agenda.items() if i.kind is AgendaKind.RENEW_CONSENT] == [
        group["outdated"].id
    ]


def test_the_portfolio_list_shows_missing_and_outdated_people(qtbot, db, group) -> None:
    opened: list[tuple[str, str]] = []
    view = ConsentView(ConsentService(db), lambda cid, mid: opened.append((cid, mid)))
    qtbot.addWidget(view)
    view.show()
    model = view.model

    def listed() -> dict[str, str]:
        return {
            model.person(r).name: model.index(r, ConsentModel.CONSENT).data()
            for r in range(model.rowCount())
        }

    assert listed() == {"Антонов Борис": "no", "Белова Вера": f"outdated · {LONG_AGO:%d.%m.%Y}"}
    assert view.count_label.text() == "People: 2"
    assert "12 months" in view.period.text()
    view.show_combo.setCurrentIndex(1)  # no consent recorded
    assert list(listed()) == ["Антонов Борис"]
    view.show_combo.setCurrentIndex(2)  # outdated
    assert list(listed()) == ["Белова Вера"]
    index = model.index(0, ConsentModel.PERSON)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [(group["client"].id, group["outdated"].id)]


def test_go_consent_opens_the_list_and_a_person_in_the_main_window(
    make_window, group, qtbot
) -> None:
    window = make_window()
    view = show_consent(window)
    qtbot.waitExposed(view)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.person(r).name == "Антонов Борис")
    view._open(model.index(row, 0))
    wait_for_operations(qtbot)
    dossier = window.dossier
    assert dossier.client_id == group["client"].id
    assert dossier.tabs.currentWidget() is dossier.decision_group
    assert dossier.decision_group._current_id() == group["missing"].id
    assert show_consent(window) is view  # one list per window, read again


def test_a_new_period_in_settings_reaches_today_and_the_open_dossier(
    make_window, group, qtbot, monkeypatch
) -> None:
    window = make_window()
    window.open_client(group["client"].id)
    wait_for_operations(qtbot)
    tab = window.dossier.decision_group
    assert consent_cells(tab.model)["Громова Дарья"] == f"{RECENT:%d.%m.%Y}"

    def choose_a_month(dialog: SettingsDialog) -> int:
        dialog.agenda.consent_months.setValue(1)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_a_month)
    window.edit_settings()
    wait_for_operations(qtbot)
    assert consent_cells(tab.model)["Громова Дарья"] == f"outdated · {RECENT:%d.%m.%Y}"
    window.today.action.trigger()
    wait_for_operations(qtbot)
    renewals = {i.member_id for i in window.today.page.model.items_of(Section.CONSENT)}
    assert renewals == {group["outdated"].id, group["valid"].id}
