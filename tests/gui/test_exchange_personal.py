"""The export dialog's «Without personal details» switch and the import preview's notice,
through the GUI's own code between two real SQLite databases (scripted prompts)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from kam_desktop.gui.exchange_controller import ExchangeController
from kam_desktop.gui.exchange_export_dialog import ExportDialog
from kam_desktop.gui.exchange_import_preview import ImportPreviewDialog
from kam_desktop.paths import resource_path
from kam_desktop.services.database import Database
from kam_desktop.services.demo import load_demo
from kam_desktop.services.dossiers import DossierService
from tests.gui.exchange_helpers import ScriptedExchangePrompts, finish, key_client, key_person


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


def dialog_for(office: Database, parent: QWidget, tmp_path: Path, current: str | None):
    clients = DossierService(office).list_clients()
    return ExportDialog(clients, current, tmp_path, ScriptedExchangePrompts(), parent)


def test_the_switch_is_on_for_a_handover_and_off_for_all_clients(office, parent, tmp_path, qtbot):
    dialog = dialog_for(office, parent, tmp_path, key_client(office).id)
    switch = dialog.without_personal
    assert dialog.this_radio.isChecked() and switch.isChecked()  # one client: a handover
    dialog.all_radio.setChecked(True)
    assert not switch.isChecked()  # every client: a full copy
    dialog.chosen_radio.setChecked(True)
    assert switch.isChecked()
    assert "birthdays" in switch.toolTip() and "attitude" in switch.toolTip()
    # Once the user sets it, the scope no longer changes it.
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert not switch.isChecked()
    dialog.this_radio.setChecked(True)
    assert not switch.isChecked()


def test_without_a_current_client_the_dialog_starts_with_a_full_copy(office, parent, tmp_path):
    dialog = dialog_for(office, parent, tmp_path, None)
    assert dialog.all_radio.isChecked() and not dialog.without_personal.isChecked()


def test_a_handover_leaves_the_personal_layer_out_and_the_preview_says_so(
    office, laptop, parent, tmp_path, qtbot
):
    client = key_client(office)
    path = tmp_path / "handover.kamdossier"
    prompts = ScriptedExchangePrompts()

    def export_this(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        assert dialog.without_personal.isChecked()  # the default for one client
        dialog.protect.setChecked(False)
        dialog.path_edit.selectAll()
        QTest.keyClicks(dialog.path_edit, str(path))
        dialog.try_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompts.on_dialog = export_this
    assert finish(ExchangeController(office, parent, prompts).export_dossiers(client.id)) == path
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
        assert json.loads(zf.read("manifest.json"))["personal_layer"] is False
        dossier = zf.read(f"clients/{client.id}.json").decode("utf-8")
    hobbies = key_person(office).hobbies
    assert hobbies and hobbies not in dossier

    seen: dict[str, bool] = {}

    def look_and_import(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        seen["notice"] = not dialog.no_personal.isHidden()
        seen["text"] = "no personal details" in dialog.no_personal.text()
        return True

    prompts.on_dialog = look_and_import
    assert finish(ExchangeController(laptop, parent, prompts).import_dossier(path)) is True
    assert seen == {"notice": True, "text": True}
    assert key_person(laptop).hobbies == "" and key_person(laptop).family == []
    assert key_person(laptop).position == key_person(office).position


def test_a_full_file_shows_no_notice(office, laptop, parent, tmp_path):
    from kam_desktop.services.exchange import ExchangeService

    path = ExchangeService(office).export_to_file(tmp_path / "full.kamdossier").path
    preview = ExchangeService(laptop).preview_import(path.read_bytes())
    dialog = ImportPreviewDialog(preview, path.name, parent)
    assert dialog.no_personal.isHidden()


@pytest.fixture
def russian(qapp):
    translator = QTranslator()
    assert translator.load("exchange_ru", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_switch_speaks_russian(russian, office, parent, tmp_path):
    dialog = dialog_for(office, parent, tmp_path, key_client(office).id)
    assert dialog.without_personal.text() == (
        "Без личных данных (семья, дни рождения, увлечения, ценности, заметки)"
    )
    assert dialog.personal_hint.text().startswith("Включено для передачи дел коллеге")
