"""Settings → Today (cadences, reminder days, the tray switch) round-trip through the database,
and the morning tray message: its text, and no failure where there is no tray."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt

from kam_desktop.domain.agenda import AgendaItem, AgendaKind, CadenceRule
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.gui.settings_dialog import SettingsDialog
from kam_desktop.gui.today_tray import DailyNotifier, notification_text
from kam_desktop.services.agenda import AgendaService

TODAY = date(2026, 12, 1)


def make_dialog(qtbot, dossiers, tmp_path) -> SettingsDialog:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(dossiers, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_cadences_reminder_and_tray_switch_round_trip(qtbot, db, dossiers, tmp_path) -> None:
    dialog = make_dialog(qtbot, dossiers, tmp_path)
    box = dialog.agenda
    assert box.table.rowCount() == 4  # the defaults
    assert box.reminder_days.value() == 3 and box.notify.isChecked()
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    row = box.table.rowCount() - 1
    box._spin_at(row, 0).setValue(5)
    box.table.item(row, 1 + list(ClientStatus).index(ClientStatus.DORMANT)).setCheckState(
        Qt.CheckState.Checked
    )
    box._spin_at(row, len(ClientStatus) + 1).setValue(120)
    box.reminder_days.setValue(5)
    box.notify.setChecked(False)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    service = AgendaService(db)
    assert service.cadences()[-1] == CadenceRule(5, frozenset({ClientStatus.DORMANT}), 120)
    assert len(service.cadences()) == 5
    assert service.reminder_days() == 5 and service.notify_daily() is False
    reopened = make_dialog(qtbot, dossiers, tmp_path)
    again = reopened.agenda
    assert again.rules() == service.cadences()
    assert again.reminder_days.value() == 5 and not again.notify.isChecked()


def test_a_rule_without_a_status_is_refused_next_to_the_table(
    qtbot, db, dossiers, tmp_path
) -> None:
    dialog = make_dialog(qtbot, dossiers, tmp_path)
    box = dialog.agenda
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)  # no status ticked yet
    dialog.accept()
    assert dialog.isVisible()
    assert box.cadence_error.isVisible()
    assert "Rule 5" in box.cadence_error.text()
    assert len(AgendaService(db).cadences()) == 4  # nothing stored


def item(kind: AgendaKind, on: date, title: str, overdue: bool = False) -> AgendaItem:
    return AgendaItem(kind, on, title, "Альфа Металл", "c1", overdue=overdue)


def test_the_morning_message_counts_what_is_due_and_lists_the_first_few() -> None:
    items = [
        item(AgendaKind.NEXT_STEP, TODAY - timedelta(days=2), "Отправить расчёт", True),
        item(AgendaKind.NEXT_STEP, TODAY, "Позвонить"),
        item(AgendaKind.NEXT_STEP, TODAY, "Согласовать ТЗ"),
        item(AgendaKind.NEXT_STEP, TODAY, "Написать письмо"),
        item(AgendaKind.NEXT_STEP, TODAY + timedelta(days=1), "Завтра"),
    ]
    title, body = notification_text(items, TODAY)
    assert title == "Today: 4 to act on (1 overdue)"
    assert body.splitlines()[0] == "• Next step: Отправить расчёт — Альфа Металл"
    assert "Завтра" not in body and body.splitlines()[-1].startswith("…and 1 more")
    assert notification_text(items[-1:], TODAY) is None


def test_no_tray_no_message_and_no_failure(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    notifier = DailyNotifier(window, settings)
    assert not DailyNotifier.available()  # offscreen
    assert not notifier.is_due(TODAY)
    assert not notifier.notify([item(AgendaKind.NEXT_STEP, TODAY, "Позвонить")], TODAY)
    assert notifier.tray is None
