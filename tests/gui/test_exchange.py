"""Sharing dossiers through the GUI's own code: export dialog → file → password → preview
dialog with conflict choices → one-transaction import, between two real SQLite databases.
Prompts are scripted (no modal loops); the work runs in the real background operation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QPushButton, QWidget

from kam_desktop.exchange.errors import TamperedFileError
from kam_desktop.gui.exchange_controller import ExchangeController
from kam_desktop.gui.exchange_export_dialog import ExportDialog, password_strength, safe_file_stem
from kam_desktop.gui.exchange_import_preview import CHOICE, RECORD, ImportPreviewDialog
from kam_desktop.gui.exchange_password import PasswordDialog
from kam_desktop.gui.operations import Operation
from kam_desktop.services.database import Database
from kam_desktop.services.demo import load_demo
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService
from tests.exchange.conftest import dump
from tests.gui.exchange_helpers import (
    ScriptedExchangePrompts,
    edit_person,
    finish,
    key_client,
    key_person,
)

PASSWORD = "Kam-2026 handover"


@pytest.fixture
def office(db: Database) -> Database:
    load_demo(db)
    return db


@pytest.fixture
def laptop(tmp_path: Path):
    database = Database.open(str(tmp_path / "laptop.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def prompts() -> ScriptedExchangePrompts:
    return ScriptedExchangePrompts()


def controller_for(db: Database, parent: QWidget, prompts) -> ExchangeController:
    return ExchangeController(db, parent, prompts)


def fill_export(scope: str, path: Path, password: str | None = None):
    """The user's part of the Export dialog: scope, password (twice), file, Export."""

    def act(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        {"this": dialog.this_radio, "all": dialog.all_radio, "chosen": dialog.chosen_radio}[
            scope
        ].setChecked(True)
        dialog.protect.setChecked(password is not None)
        if password is not None:
            dialog.password.setText(password)
            dialog.confirm.setText(password)
        dialog.path_edit.selectAll()
        QTest.keyClicks(dialog.path_edit, str(path))  # typed, as the user does
        dialog.try_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return act


def export_all(office, parent, prompts, path: Path, password: str | None = None) -> None:
    prompts.on_dialog = fill_export("all", path, password)
    assert finish(controller_for(office, parent, prompts).export_dossiers()) == path
    assert path.is_file()


def expected_adds(db: Database) -> dict[str, int]:
    service = DossierService(db)
    clients = service.list_clients()
    return {
        "client": len(clients),
        "member": sum(len(service.list_members(c.id)) for c in clients),
        "interaction": sum(len(service.list_interactions(c.id)) for c in clients),
        "team_member": len(service.team()),
        "company": 1,
    }


def test_export_then_import_into_a_second_database(office, laptop, parent, prompts, tmp_path):
    path = tmp_path / "handover.kamdossier"
    export_all(office, parent, prompts, path)

    seen: dict[str, object] = {}

    def look_and_import(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        seen["kinds"] = {}
        for record in dialog.preview.added:  # a new client carries its people and so on
            for kind, count in [(record.kind, 1), *(record.includes or {}).items()]:
                seen["kinds"][kind] = seen["kinds"].get(kind, 0) + count
        seen["groups"] = dialog.tree.topLevelItemCount()
        seen["conflicts"] = len(dialog.preview.conflicts)
        return True

    prompts.on_dialog = look_and_import
    prompts.open_path = path
    controller = controller_for(laptop, parent, prompts)
    imported = []
    controller.imported.connect(lambda _result: imported.append(True))
    assert finish(controller.import_dossier()) is True

    expected = expected_adds(office)
    assert {kind: seen["kinds"].get(kind) for kind in expected} == expected
    clients = DossierService(office).list_clients()
    assert seen["groups"] == len(clients) + 1  # one group per client + the shared records
    assert seen["conflicts"] == 0
    assert imported == [True]
    assert [c.name for c in DossierService(laptop).list_clients()] == [c.name for c in clients]
    assert "added" in prompts.infos[-1] or "добавлено" in prompts.infos[-1]

    # The same file again: nothing to import, nothing changes, no preview dialog.
    prompts.dialogs.clear()
    before = dump(laptop)
    assert finish(controller.import_dossier(path)) is False
    assert prompts.dialogs == []
    assert dump(laptop) == before


def test_export_of_this_client_only(office, laptop, parent, prompts, tmp_path):
    client = key_client(office)
    path = tmp_path / "one.kamdossier"
    prompts.on_dialog = fill_export("this", path)
    finish(controller_for(office, parent, prompts).export_dossiers(client.id))
    preview = ExchangeService(laptop).preview_import(path.read_bytes())
    assert [r.label for r in preview.added if r.kind == "client"] == ["УралТяжМаш"]


def test_conflict_choices_are_honoured(office, laptop, parent, prompts, tmp_path):
    first = tmp_path / "first.kamdossier"
    export_all(office, parent, prompts, first)
    prompts.on_dialog = lambda dialog: True
    finish(controller_for(laptop, parent, prompts).import_dossier(first))
    # Both sides edit the same two people after the handover.
    edit_person(office, "Смирнова", position="Директор по персоналу (офис)")
    edit_person(laptop, "Смирнова", position="HR director (laptop)")
    edit_person(office, "Петров", notes="Офис: заметка")
    edit_person(laptop, "Петров", notes="Ноутбук: заметка")
    back = tmp_path / "back.kamdossier"
    export_all(laptop, parent, prompts, back)

    smirnova, petrov = key_person(office, "Смирнова").id, key_person(office, "Петров").id

    def decide(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        assert {r.id for r in dialog.preview.conflicts} == {smirnova, petrov}
        # "Apply to all" first, then one row changed through its combo box.
        dialog.all_choice.setCurrentIndex(dialog.all_choice.findData("keep-mine"))
        dialog.apply_all_button.click()
        item = next(
            i
            for i in dialog.record_items()
            if i.data(RECORD, Qt.ItemDataRole.UserRole).id == smirnova
        )
        # Enter (activation) on the row opens its combo box; the user picks "Take theirs".
        dialog.tree.activated.emit(dialog.tree.indexFromItem(item, RECORD))
        assert dialog.tree.state() == QAbstractItemView.State.EditingState
        editor = dialog.tree.viewport().findChild(QComboBox)
        editor.setCurrentIndex(editor.findData("take-theirs"))
        editor.activated.emit(editor.currentIndex())
        assert item.text(CHOICE) == "Take theirs"
        return True

    prompts.on_dialog = decide
    assert finish(controller_for(office, parent, prompts).import_dossier(back)) is True
    assert key_person(office, "Смирнова").position == "HR director (laptop)"  # take theirs
    assert key_person(office, "Петров").notes == "Офис: заметка"  # keep mine


def test_cancelled_export_leaves_no_file(office, parent, prompts, tmp_path):
    path = tmp_path / "cancelled.kamdossier"
    prompts.on_dialog = fill_export("all", path, PASSWORD)
    controller = controller_for(office, parent, prompts)
    # The user presses Cancel as soon as the first progress is reported.
    controller.task_created.connect(
        lambda task: task.progressed.connect(
            lambda *_: task.cancel(), Qt.ConnectionType.DirectConnection
        )
    )
    statuses: list[str] = []
    controller.status.connect(statuses.append)
    assert finish(controller.export_dossiers()) is None
    assert list(tmp_path.glob("*cancelled*")) == []  # no file, no temporary leftover
    assert prompts.errors == []
    assert statuses and "nothing" in statuses[-1].lower()


def test_cancelled_import_changes_nothing(office, laptop, parent, prompts, tmp_path):
    path = tmp_path / "handover.kamdossier"
    export_all(office, parent, prompts, path)
    before = dump(laptop)
    prompts.on_dialog = lambda dialog: True
    controller = controller_for(laptop, parent, prompts)
    tasks: list[Operation] = []

    def cancel_the_import(task: Operation) -> None:
        tasks.append(task)
        if len(tasks) == 2:  # the first task is the preview, the second the import itself
            task.progressed.connect(lambda *_: task.cancel(), Qt.ConnectionType.DirectConnection)

    controller.task_created.connect(cancel_the_import)
    imported = []
    controller.imported.connect(lambda _result: imported.append(True))
    assert finish(controller.import_dossier(path)) is False
    assert len(tasks) == 2 and tasks[1].is_cancelled()
    assert dump(laptop) == before
    assert imported == []


def test_wrong_password_shows_its_message_and_allows_a_retry(
    office, laptop, parent, prompts, tmp_path
):
    path = tmp_path / "secret.kamdossier"
    export_all(office, parent, prompts, path, PASSWORD)
    prompts.passwords = ["not the password", PASSWORD]
    prompts.on_dialog = lambda dialog: True
    assert finish(controller_for(laptop, parent, prompts).import_dossier(path)) is True
    assert prompts.password_errors[0] is None
    assert "Wrong password" in prompts.password_errors[1]
    assert prompts.errors == []
    assert len(DossierService(laptop).list_clients()) == len(DossierService(office).list_clients())


def test_giving_up_after_a_wrong_password_changes_nothing(
    office, laptop, parent, prompts, tmp_path
):
    path = tmp_path / "secret.kamdossier"
    export_all(office, parent, prompts, path, PASSWORD)
    before = dump(laptop)
    prompts.dialogs.clear()
    prompts.passwords = ["not the password", None]
    assert finish(controller_for(laptop, parent, prompts).import_dossier(path)) is False
    assert dump(laptop) == before
    assert prompts.dialogs == []


def test_tampered_file_has_its_own_message(office, laptop, parent, prompts, tmp_path):
    path = tmp_path / "secret.kamdossier"
    export_all(office, parent, prompts, path, PASSWORD)
    data = bytearray(path.read_bytes())
    data[-40] ^= 0x01  # one bit of the ciphertext
    path.write_bytes(bytes(data))
    before = dump(laptop)
    prompts.passwords = [PASSWORD]
    assert finish(controller_for(laptop, parent, prompts).import_dossier(path)) is False
    [error] = prompts.errors
    assert isinstance(error, TamperedFileError)
    assert "Wrong password" not in str(error)
    assert len(prompts.password_errors) == 1  # a right password is not asked again
    assert dump(laptop) == before


def test_not_a_dossier_file_is_named_and_nothing_changes(laptop, parent, prompts, tmp_path):
    path = tmp_path / "notes.kamdossier"
    path.write_text("just some text", encoding="utf-8")
    before = dump(laptop)
    assert finish(controller_for(laptop, parent, prompts).import_dossier(path)) is False
    [error] = prompts.errors
    assert str(error)
    assert dump(laptop) == before


def test_export_dialog_checks_the_password_and_the_scope(office, parent, prompts, tmp_path):
    clients = DossierService(office).list_clients()
    dialog = ExportDialog(clients, None, tmp_path, prompts, parent)
    assert not dialog.this_radio.isEnabled() and dialog.all_radio.isChecked()
    dialog.chosen_radio.setChecked(True)
    dialog.password.setText("Kam-2026 handover")
    dialog.confirm.setText("Kam-2026")
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.scope_error.text() == "Choose at least one client."
    assert dialog.password_error.text() == "The passwords do not match."
    assert dialog.strength.text() == "Strong password."

    dialog.client_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.confirm.setText("Kam-2026 handover")
    dialog.try_accept()
    request = dialog.request()
    assert request is not None
    assert request.client_ids == [clients[0].id]
    assert request.password == "Kam-2026 handover"
    assert request.path.suffix == ".kamdossier"
    assert request.path.parent == tmp_path


def test_password_strength_and_file_names():
    assert password_strength("") == 0
    assert password_strength("12345678") == 1
    assert password_strength("kamdesk1") == 2
    assert password_strength("Ключ-2026-передача") == 3
    assert safe_file_stem("ООО «Ромашка»: Москва/Юг?") == "ООО «Ромашка» Москва Юг"


def test_password_dialog_shows_the_last_error(parent):
    dialog = PasswordDialog(
        "secret.kamdossier", "Wrong password: the file cannot be opened.", parent
    )
    assert not dialog.error_label.isHidden()
    assert not dialog.open_button.isEnabled()
    dialog.field.setText("x")
    assert dialog.open_button.isEnabled() and dialog.password() == "x"


def test_progress_dialog_cancel_button_stops_the_work_and_other_input_waits(parent, qtbot):
    import time

    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtTest import QTest

    from kam_desktop.exchange.errors import Cancelled

    other = QPushButton("Delete client", parent)
    parent.show()
    other_clicks: list[bool] = []
    other.clicked.connect(lambda: other_clicks.append(True))

    def work(progress, should_cancel):
        for step in range(1, 500):
            if should_cancel():
                raise Cancelled("stopped")
            progress(step, 500)
            time.sleep(0.01)
        return "finished"

    def user(task: Operation) -> None:
        assert task.dialog is not None
        task.dialog.setMinimumDuration(0)

        def act() -> None:
            QTest.mouseClick(other, Qt.MouseButton.LeftButton)  # swallowed while busy
            button = task.dialog.findChild(QPushButton)
            center = button.mapTo(task.dialog, button.rect().center())
            window = task.dialog.windowHandle()
            QTest.mouseClick(
                window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(center)
            )

        QTimer.singleShot(200, act)

    errors: list[BaseException] = []
    task = Operation(parent, work).with_progress("Test", "Working…").failure(errors.append)
    user(task)
    with qtbot.waitSignal(task.finished, timeout=20000):
        task.run_in_background()
    [error] = errors
    with pytest.raises(Cancelled):
        raise error
    assert other_clicks == []
    QTest.mouseClick(other, Qt.MouseButton.LeftButton)  # input works again afterwards
    assert other_clicks == [True]
