"""Markup from a file or the database is shown as text: labels, tooltips and message boxes.

A name, a file name or a file's ``exported_by`` holding ``<b>x</b><img src=…>`` must appear
literally — rendered, it would print bold text and load an image from a local path.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kam_desktop.domain.dossier import Client, Interaction, Member
from kam_desktop.domain.errors import KamError
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.exchange_import_preview import RECORD, ImportPreviewDialog
from kam_desktop.gui.main_window import MainWindow
from kam_desktop.gui.vcard_dialogs import VCardImportDialog
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService
from tests.exchange.test_hostile import build, members_of
from tests.gui.shell_helpers import ScriptedPrompter, open_dossier

MARKUP = "<b>x</b><img src='/tmp/kam-evil.png'>"


def _rendered(label: QLabel) -> bool:
    """True when the label would interpret its text as HTML."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or GuiQt.mightBeRichText(label.text())


def _labels_showing(root: QWidget, needle: str) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if needle in label.text()]


def _assert_shown_literally(root: QWidget) -> None:
    """Every label whose text holds the markup shows it as text; no label renders it."""
    showing = _labels_showing(root, MARKUP)
    assert showing, "the markup should be on screen somewhere"
    for label in showing:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label.text()
    for label in root.findChildren(QLabel):
        if _rendered(label):
            assert "<img" not in label.text(), label.text()


@pytest.fixture
def hostile_db(db: Database) -> Database:
    dossiers = DossierService(db)
    client = dossiers.save_client(Client(f"ООО {MARKUP}", industry=MARKUP))
    person = dossiers.save_member(Member(f"Иван {MARKUP}", client_id=client.id, position=MARKUP))
    dossiers.save_interaction(
        Interaction(client.id, date(2026, 3, 1), summary=MARKUP, member_ids=[person.id])
    )
    return db


def test_the_import_preview_shows_markup_as_text(qtbot, hostile_db, tmp_path):
    members = members_of(ExchangeService(hostile_db).export_archive().data)
    data = build(members, exported_by=MARKUP)
    other = Database.open(str(tmp_path / "other.sqlite3"))
    try:
        preview = ExchangeService(other).preview_import(data)
    finally:
        other.close()
    dialog = ImportPreviewDialog(preview, f"{MARKUP}.kamdossier")
    qtbot.addWidget(dialog)
    dialog.show()
    _assert_shown_literally(dialog)
    assert MARKUP in dialog.source.text()  # who exported, literally
    for item in dialog.record_items():
        dialog.tree.setCurrentItem(item)  # the details line under the tree
        if MARKUP in item.text(RECORD):
            assert "<img" not in item.toolTip(RECORD)  # tooltips: escaped, shown literally
    _assert_shown_literally(dialog)


def test_the_dossier_view_shows_markup_as_text(qtbot, hostile_db):
    window = MainWindow(hostile_db, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    window.show()
    client_id = DossierService(hostile_db).list_clients()[0].id
    open_dossier(qtbot, window, client_id)
    for index in range(window.dossier.tabs.count()):
        window.dossier.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    group = window.dossier.decision_group
    group.table.selectRow(0)
    qtbot.wait(10)
    _assert_shown_literally(window)
    tooltip = group.model.data(group.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip is None or "<img" not in tooltip
    interactions = window.dossier.interactions
    summary = interactions.model.data(interactions.model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert summary is None or "<img" not in summary


def test_the_vcard_preview_shows_markup_as_text(qtbot, hostile_db):
    client_id = DossierService(hostile_db).list_clients()[0].id
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Пётр {MARKUP}\r\nEMAIL:bad {MARKUP}\r\nEND:VCARD\r\n"
    preview = ExchangeService(hostile_db).preview_vcard_import(client_id, card.encode())
    dialog = VCardImportDialog(preview)
    qtbot.addWidget(dialog)
    _assert_shown_literally(dialog)
    assert "<img" not in dialog.table.item(0, 0).toolTip()


def test_error_messages_quote_markup_as_text(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    show_error(None, KamError(f"No client named «{MARKUP}»."))
    assert "<img" not in shown[0] and "&lt;img" in shown[0]


def test_every_label_of_the_gui_that_can_show_data_is_plain_text(qtbot, hostile_db, tmp_path):
    """An audit over the whole main window with a dossier open on every tab: the labels that
    show data are plain text, and the only rich-text labels are built from escaped parts."""
    window = MainWindow(hostile_db, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    window.show()
    open_dossier(qtbot, window, DossierService(hostile_db).list_clients()[0].id)
    for index in range(window.dossier.tabs.count()):
        window.dossier.tabs.setCurrentIndex(index)
        qtbot.wait(5)
    window.dossier.interactions.table.selectRow(0)  # its details line is rich text
    qtbot.wait(5)
    rich = [
        lbl for lbl in window.findChildren(QLabel) if lbl.textFormat() == Qt.TextFormat.RichText
    ]
    details, more = window.dossier.interactions.details, window.today.page.more
    # Built from escaped parts: the interaction's details line (interactions_tab), and Today's
    # «first 100 of N — show all» lines (kind names and counts, no user data).
    assert set(rich) == {details, more}
    assert "&lt;img" in details.text() and "<img" not in details.text()
