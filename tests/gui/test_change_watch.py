"""The open dossier and the client list follow what another user saved: the window polls the
records' versions; without unsaved edits the view is read again in place (tab, selection kept),
with them a bar says so and the save goes through the conflict dialog."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack

from kam_desktop.domain.dossier import Client, Member
from kam_desktop.gui.dossier_view import DossierView
from kam_desktop.gui.main_window import MainWindow
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from tests.gui.shell_helpers import ScriptedPrompter, open_dossier, wait_for_operations
from tests.gui.test_conflicts import Answering


@pytest.fixture
def other(db):
    second = Database.open(str(db.path))
    yield DossierService(second)
    second.close()


@pytest.fixture
def dossier(dossiers):
    client = dossiers.save_client(Client(name="ПромТех"))
    people = [
        dossiers.save_member(Member(f"Сотрудник {n:03d}", client_id=client.id, influence=3))
        for n in range(40)
    ]
    return client, people


def make_view(qtbot, dossiers) -> DossierView:
    view = DossierView(dossiers, QUndoStack(), ScriptedPrompter())
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return view


def poll(qtbot, view: DossierView, dossiers) -> None:
    view.check_versions(dossiers.stamps(view.client_id).records)
    wait_for_operations(qtbot)


def test_another_users_save_is_read_in_place(qtbot, dossiers, other, dossier) -> None:
    client, people = dossier
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    target = people[30]
    view.show_member(target.saved_id)
    tab = view.decision_group
    tab.table.scrollToBottom()
    scrolled = tab.table.verticalScrollBar().value()
    assert scrolled > 0

    poll(qtbot, view, dossiers)  # nothing changed: nothing read
    assert not view.stale_bar.isVisible()

    other.save_member(replace(other.get_member(target.saved_id), position="Главный инженер"))
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.check_versions(dossiers.stamps(client.saved_id).records)
    qtbot.wait(20)
    assert view.tabs.currentWidget() is tab
    assert tab.current_member() == (target.saved_id, target.full_name)
    assert tab.editor.lines["position"].text() == "Главный инженер"
    assert tab.table.verticalScrollBar().value() == scrolled
    assert not view.stale_bar.isVisible()


def test_own_saves_are_not_taken_for_others(qtbot, dossiers, dossier) -> None:
    client, people = dossier
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    view.show_member(people[0].saved_id)
    view.decision_group.editor.lines["position"].setText("CFO")
    assert view.decision_group.save()
    view.overview.region.setText("Урал")
    assert view.overview.save()
    refreshed = []
    view.refreshed.connect(refreshed.append)
    poll(qtbot, view, dossiers)
    assert refreshed == [] and not view.stale_bar.isVisible()


def test_with_unsaved_edits_a_bar_and_the_conflict_dialog(qtbot, dossiers, other, dossier) -> None:
    client, _people = dossier
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    view.overview.industry.setText("Энергетика")
    other.save_client(replace(other.get_client(client.saved_id), region="Урал"))
    poll(qtbot, view, dossiers)
    assert view.stale_bar.isVisible()
    assert view.overview.industry.text() == "Энергетика"  # the edits stay
    view.overview.prompts = answers = Answering(lambda d: d.merge_button.click())
    assert view.overview.save()
    assert [list(d.conflict.fields) for d in answers.dialogs] == [["industry", "region"]]
    stored = dossiers.get_client(client.saved_id)
    assert (stored.industry, stored.region) == ("Энергетика", "Урал")  # untouched: theirs
    poll(qtbot, view, dossiers)
    assert not view.stale_bar.isVisible()


def test_the_window_polls_and_the_client_list_follows(qtbot, db, dossiers, other) -> None:
    window = MainWindow(db, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    window.change_watch.timer.stop()  # the test ticks itself
    window.show()
    wait_for_operations(qtbot)
    window.change_watch.poll()
    wait_for_operations(qtbot)
    assert window.model.rowCount() == 0
    other.save_client(Client(name="Новый клиент коллеги"))
    window.change_watch.poll()
    wait_for_operations(qtbot)
    assert window.model.rowCount() == 1
