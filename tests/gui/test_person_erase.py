"""Share → Erase this person's data…: the confirmation lists the plan, starts on Cancel, erases
only after the tick; after it the decision group no longer shows the person and undo cannot
bring them back. Real SQLite files, scripted prompts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from kam_desktop.gui.main_window import MainWindow
from kam_desktop.gui.person_erase import ErasePersonDialog
from kam_desktop.services.demo import load_demo
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.personal_data import PersonalDataService
from tests.gui.exchange_helpers import ScriptedExchangePrompts, key_client, key_person
from tests.gui.shell_helpers import (
    ScriptedPrompter,
    open_dossier,
    wait_for_dossier,
    wait_for_operations,
)

NAME = "Кузнецов Андрей Викторович"
PLAN = ["Person: x", "Contacts (phones, e-mails, messengers): 4", "Family members: 3"]


def test_the_dialog_starts_on_cancel_and_erases_only_after_the_tick(qtbot) -> None:
    dialog = ErasePersonDialog("<b>Кузнецов</b>", PLAN, 14)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("«<b>Кузнецов</b>»" in t for t in texts)  # a name is text, never markup
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel)
    )
    assert "• Contacts (phones, e-mails, messengers): 4" in dialog.plan_label.text()
    assert any("cannot be undone" in t for t in texts)
    assert any("newest 14 are kept" in t for t in texts)
    assert not dialog.erase_button.isEnabled()
    assert dialog.cancel_button.isDefault() and not dialog.erase_button.isDefault()
    qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
    assert dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter still cancels
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_clicking_erase_after_the_tick_accepts(qtbot) -> None:
    dialog = ErasePersonDialog("x", PLAN, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def prompts() -> ScriptedExchangePrompts:
    return ScriptedExchangePrompts()


@pytest.fixture
def window(qtbot, db, prompts) -> MainWindow:
    load_demo(db)
    main = MainWindow(db, prompter=ScriptedPrompter())
    main.exchange.prompts = prompts
    qtbot.addWidget(main)
    main.show()
    main.refresh_list()
    open_dossier(qtbot, main, key_client(db).id)
    person = key_person(db, "Кузнецов")
    main.dossier.decision_group.select_member(person.id)
    return main


def _erase_action(window: MainWindow):
    menu = window.exchange.share_menu
    menu.aboutToShow.emit()
    (action,) = [a for a in menu.actions() if a.text() == "Erase this person's data…"]
    return action


def test_the_share_menu_erases_the_selected_person_after_confirmation(window, db, prompts, qtbot):
    person = key_person(db, "Кузнецов")
    window.undo_stack.push(_noop_command())  # some history that must not survive
    seen: list[ErasePersonDialog] = []

    def confirm(dialog: QDialog) -> bool:
        assert isinstance(dialog, ErasePersonDialog)
        seen.append(dialog)
        assert "Family members: 3" in dialog.plan_label.text()
        assert "Sent proposals addressed to them" in dialog.plan_label.text()
        assert not dialog.erase_button.isEnabled()
        dialog.show()  # as exec() would
        qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
        return dialog.erase_button.isEnabled()

    prompts.on_dialog = confirm
    action = _erase_action(window)
    assert action.isEnabled()
    action.trigger()
    wait_for_operations(qtbot)
    wait_for_dossier(window)

    assert seen and prompts.errors == []
    names = [m.full_name for m in window.dossier.decision_group.model.members()]
    assert NAME not in names and names
    assert all(m.id != person.id for m in DossierService(db).list_members(key_client(db).id))
    assert window.undo_stack.count() == 0
    assert len(PersonalDataService(db).erasures()) == 1


def test_cancel_changes_nothing(window, db, prompts, qtbot):
    prompts.on_dialog = lambda dialog: False
    _erase_action(window).trigger()
    wait_for_operations(qtbot)
    assert len(prompts.dialogs) == 1
    assert key_person(db, "Кузнецов").full_name == NAME
    assert PersonalDataService(db).erasures() == []


def _noop_command():
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("something earlier")


def test_a_read_only_database_offers_no_erasure(window, db, monkeypatch):
    assert _erase_action(window).isEnabled()
    monkeypatch.setattr(db, "read_only", True)  # as opened from a read-only disk
    assert not _erase_action(window).isEnabled()
