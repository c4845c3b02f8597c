"""vCard and iCalendar from the dossier through the GUI's code: export the decision group,
import a .vcf with a preview that marks duplicates, export the calendar. Real SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from kam_desktop.gui.exchange_controller import ExchangeController
from kam_desktop.gui.vcard_dialogs import VCardImportDialog
from kam_desktop.services.database import Database
from kam_desktop.services.demo import load_demo
from kam_desktop.services.dossiers import DossierService
from tests.exchange.conftest import dump
from tests.gui.exchange_helpers import ScriptedExchangePrompts, finish, key_client

NEW_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Орлов Пётр\r\nN:Орлов;Пётр;;;\r\n"
    "TITLE:Руководитель проектного офиса\r\nEMAIL;TYPE=WORK:p.orlov@example.ru\r\n"
    "TEL;TYPE=CELL:+7 912 000-11-22\r\nEND:VCARD\r\n"
)


@pytest.fixture
def office(db: Database) -> Database:
    load_demo(db)
    return db


@pytest.fixture
def prompts() -> ScriptedExchangePrompts:
    return ScriptedExchangePrompts()


@pytest.fixture
def controller(office, qtbot, prompts) -> ExchangeController:
    parent = QWidget()
    qtbot.addWidget(parent)
    return ExchangeController(office, parent, prompts)


def export_group(controller, prompts, client_id: str, path: Path) -> str:
    prompts.save_path = path
    assert controller.export_vcard(client_id) == path
    return path.read_text(encoding="utf-8")


def test_export_vcard_writes_one_card_per_member(controller, prompts, office, tmp_path):
    client = key_client(office)
    text = export_group(controller, prompts, client.id, tmp_path / "group.vcf")
    members = DossierService(office).list_members(client.id)
    assert text.count("BEGIN:VCARD") == len(members)
    assert "VERSION:4.0" in text
    assert "Смирнова" in text


def test_vcard_import_preview_marks_duplicates_and_adds_the_ticked(
    controller, prompts, office, tmp_path
):
    client = key_client(office)
    exported = export_group(controller, prompts, client.id, tmp_path / "group.vcf")
    before = len(DossierService(office).list_members(client.id))
    # The group as it came back from an address book, plus one new person.
    path = tmp_path / "from outlook.vcf"
    path.write_text(exported + NEW_CARD, encoding="utf-8")

    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, VCardImportDialog)
        table = dialog.table
        rows = {
            table.item(r, dialog.NAME).text(): (
                table.item(r, dialog.NAME).checkState(),
                table.item(r, dialog.STATUS).text(),
            )
            for r in range(table.rowCount())
        }
        seen["rows"] = rows
        seen["button"] = dialog.add_button.text()
        return True

    prompts.open_path = path
    prompts.on_dialog = look
    members_imported = []
    controller.members_imported.connect(members_imported.append)
    assert finish(controller.import_vcard(client.id)) is True

    rows = seen["rows"]
    assert rows["Орлов Пётр"] == (Qt.CheckState.Checked, "New")
    smirnova = next(name for name in rows if name.startswith("Смирнова"))
    state, status = rows[smirnova]
    assert state == Qt.CheckState.Unchecked
    assert status.startswith("Same e-mail") and smirnova in status
    assert seen["button"] == "Add to the group: 1"
    after = DossierService(office).list_members(client.id)
    assert len(after) == before + 1
    assert any(m.full_name == "Орлов Пётр" for m in after)
    assert members_imported == [client.id]


def test_unticking_every_card_adds_nobody(controller, prompts, office, tmp_path):
    client = key_client(office)
    path = tmp_path / "new.vcf"
    path.write_text(NEW_CARD, encoding="utf-8")
    before = dump(office)

    def untick(dialog: QDialog) -> bool:
        dialog.set_all_checked(False)
        assert not dialog.add_button.isEnabled()
        return True

    prompts.open_path = path
    prompts.on_dialog = untick
    assert finish(controller.import_vcard(client.id)) is False
    assert dump(office) == before


def test_a_file_that_is_not_a_vcard_is_named(controller, prompts, office, tmp_path):
    path = tmp_path / "letter.vcf"
    path.write_text("Dear colleague, …", encoding="utf-8")
    prompts.open_path = path
    assert finish(controller.import_vcard(key_client(office).id)) is False
    [error] = prompts.errors
    assert "vCard" in str(error)
    assert prompts.dialogs == []


def test_export_calendar(controller, prompts, tmp_path):
    path = tmp_path / "kam"  # the suffix is added
    prompts.save_path = path
    written = finish(controller.export_calendar())
    assert written == tmp_path / "kam.ics"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in text


def test_share_exports_the_selected_persons_data(controller, prompts, office, tmp_path):
    """Share → Export the selected person's data…: offered only with a person selected; the
    file is the person export (PDF by default, JSON when the name says so)."""
    import json

    client = key_client(office)
    member = DossierService(office).list_members(client.id)[0]
    chosen: list[tuple[str, str] | None] = [None]
    button = controller.share_button(lambda: client.id, lambda: chosen[0])
    menu = button.menu()
    person = next(a for a in menu.actions() if "person" in a.text())
    menu.aboutToShow.emit()
    assert not person.isEnabled()  # nobody selected
    chosen[0] = (member.saved_id, member.full_name)
    menu.aboutToShow.emit()
    assert person.isEnabled()

    prompts.save_path = tmp_path / "request.json"
    person.trigger()
    data = json.loads((tmp_path / "request.json").read_text(encoding="utf-8"))
    assert data["person"]["full_name"] == member.full_name
    prompts.save_path = tmp_path / "request"  # no extension: a PDF
    person.trigger()
    assert (tmp_path / "request.pdf").read_bytes().startswith(b"%PDF")
