"""Sharing in the main window: File-menu commands, dropping a .kamdossier file on the window,
and the dossier header's Share menu (vCard). Real SQLite files, scripted prompts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from kam_desktop.gui.main_window import MainWindow
from kam_desktop.services.database import Database
from kam_desktop.services.demo import load_demo
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService
from tests.gui.exchange_helpers import ScriptedExchangePrompts
from tests.gui.shell_helpers import (
    ScriptedPrompter,
    open_dossier,
    wait_for_dossier,
    wait_for_operations,
)

# Qt 6.12 marks the QPoint constructor of QDragEnterEvent deprecated; it is what a drag sends.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")

NEW_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Орлов Пётр\r\nN:Орлов;Пётр;;;\r\n"
    "EMAIL:p.orlov@example.ru\r\nEND:VCARD\r\n"
)


@pytest.fixture
def handover(tmp_path: Path) -> Path:
    """A colleague's export of the demo portfolio."""
    source = Database.open(str(tmp_path / "colleague.sqlite3"))
    try:
        load_demo(source)
        path = tmp_path / "handover.kamdossier"
        ExchangeService(source).export_to_file(path)
    finally:
        source.close()
    return path


@pytest.fixture
def prompts() -> ScriptedExchangePrompts:
    scripted = ScriptedExchangePrompts()
    scripted.on_dialog = lambda dialog: True  # the user accepts the preview
    return scripted


@pytest.fixture
def window(qtbot, db, prompts) -> MainWindow:
    main = MainWindow(db, prompter=ScriptedPrompter())
    main.exchange.prompts = prompts
    qtbot.addWidget(main)
    main.show()
    return main


def drag_events(path: Path) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.setAccepted(False)
    drop.setAccepted(False)
    return enter, drop, mime


def test_file_menu_has_the_sharing_commands(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert {"&Export dossier…", "&Import dossier…", "Export &calendar…"} <= set(texts)
    assert window.exchange.export_action.shortcut().toString() == "Ctrl+E"
    assert window.exchange.import_action.shortcut().toString() == "Ctrl+I"


def test_dropping_a_dossier_file_imports_it_and_refreshes_the_list(
    window, prompts, handover, qtbot
):
    assert window.model.rowCount() == 0
    enter, drop, _mime = drag_events(handover)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    assert prompts.dialogs and type(prompts.dialogs[0]).__name__ == "ImportPreviewDialog"
    assert window.model.rowCount() == len(DossierService(window.db).list_clients()) == 7


def test_other_files_are_not_accepted(window, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("x", encoding="utf-8")
    enter, _drop, _mime = drag_events(text)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_import_vcard_from_the_dossier_header_refreshes_the_group(
    window, prompts, db, tmp_path, qtbot
):
    load_demo(db)
    window.refresh_list()
    client = next(c for c in DossierService(db).list_clients() if c.name == "УралТяжМаш")
    open_dossier(qtbot, window, client.id)
    before = len(DossierService(db).list_members(client.id))
    card = tmp_path / "orlov.vcf"
    card.write_text(NEW_CARD, encoding="utf-8")
    prompts.open_path = card

    menu = window.exchange.share_menu
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == "Import vCard…"]
    assert action.isEnabled()
    action.trigger()
    wait_for_operations(qtbot)
    wait_for_dossier(window)  # the group is read again in the background

    assert len(DossierService(db).list_members(client.id)) == before + 1
    names = [m.full_name for m in window.dossier.decision_group.model.members()]
    assert "Орлов Пётр" in names


def test_an_import_reloads_the_open_dossier_only_when_it_wrote_it(
    window, tmp_path, monkeypatch, qtbot
):
    from dataclasses import replace

    from tests.gui.shell_helpers import finish

    colleague = Database.open(str(tmp_path / "colleague.sqlite3"))
    load_demo(colleague)
    theirs = DossierService(colleague)

    def send(name: str) -> Path:
        path = tmp_path / name
        ExchangeService(colleague).export_to_file(path)
        return path

    def edit_someone_at(client_name: str, notes: str) -> None:
        client = next(c for c in theirs.list_clients() if c.name == client_name)
        member = theirs.list_members(client.id)[0]
        theirs.save_member(replace(member, notes=notes))

    assert finish(window.exchange.import_dossier(send("first.kamdossier"))) is True
    mine = {c.name: c.id for c in DossierService(window.db).list_clients()}
    other = next(name for name in mine if name != "УралТяжМаш")
    open_dossier(qtbot, window, mine[other])
    reloads: list[str | None] = []
    original = window.dossier.reload
    monkeypatch.setattr(
        window.dossier, "reload", lambda: (reloads.append(window.dossier.client_id), original())
    )

    edit_someone_at("УралТяжМаш", "Передали заметку коллеге.")
    assert finish(window.exchange.import_dossier(send("second.kamdossier"))) is True
    assert reloads == []  # another client's dossier changed: the open one is not read again

    edit_someone_at(other, "И здесь тоже.")
    assert finish(window.exchange.import_dossier(send("third.kamdossier"))) is True
    assert reloads == [mine[other]]
    colleague.close()
