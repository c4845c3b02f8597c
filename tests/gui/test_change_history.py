"""The dossier's «Change history» tab: newest first, who, which record, the fields in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QUndoStack

from kam_desktop.domain.dossier import Client, Interaction, Member
from kam_desktop.gui.dossier_view import DossierView
from kam_desktop.local_settings import USER_NAME_ENV
from tests.gui.shell_helpers import ScriptedPrompter, open_dossier


def make_view(qtbot, dossiers) -> DossierView:
    view = DossierView(dossiers, QUndoStack(), ScriptedPrompter())
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def cells(view: DossierView, row: int) -> list[str]:
    table = view.history.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_history_lists_saves_newest_first(qtbot, dossiers, monkeypatch) -> None:
    monkeypatch.setenv(USER_NAME_ENV, "Anna")
    client = dossiers.save_client(Client(name="ПромТех"))
    member = dossiers.save_member(Member("Иванов Иван", client_id=client.id))
    dossiers.save_member(replace(member, position="CFO", hobbies="рыбалка"))
    dossiers.save_interaction(
        Interaction(client.saved_id, date(2026, 11, 30), summary="Первая встреча\nдетали")
    )
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    view.tabs.setCurrentWidget(view.history)
    assert view.history.table.rowCount() == 4
    when, who, record, action, fields = cells(view, 1)
    assert (who, record, action, fields) == ("Anna", "Иванов Иван", "changed", "Position, Hobbies")
    assert cells(view, 0)[2] == "30.11.2026, meeting: Первая встреча"
    assert cells(view, 3)[2:4] == ["Client: ПромТех", "created"]
    assert not view.history.name_hint.isVisible()


def test_an_empty_history_says_what_will_appear(qtbot, dossiers, monkeypatch) -> None:
    monkeypatch.delenv(USER_NAME_ENV, raising=False)
    client = dossiers.save_client(Client(name="ПромТех"))
    with dossiers.db.session() as s:  # a dossier from before the change log existed
        s.execute(__import__("sqlalchemy").text("DELETE FROM change_log"))
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    view.tabs.setCurrentWidget(view.history)
    assert view.history.stack.currentIndex() == 0
    assert "will appear here" in view.history.empty_label.text()
    assert "Settings" in view.history.name_hint.text() and view.history.name_hint.isVisible()


def test_a_save_in_the_window_shows_in_the_history(qtbot, dossiers, monkeypatch) -> None:
    monkeypatch.delenv(USER_NAME_ENV, raising=False)
    client = dossiers.save_client(Client(name="ПромТех"))
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    view.overview.region.setText("Урал")
    assert view.overview.save()
    view.tabs.setCurrentWidget(view.history)
    assert cells(view, 0)[1:] == ["name not set", "Client: ПромТех", "changed", "Region"]
