"""No silent overwrite between users: two `Database` objects on one SQLite file are two
users; a save in the window after the other one saved the record opens the conflict dialog,
and what the user chooses there is what gets stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from kam_desktop.domain.dossier import Client, Interaction, Member
from kam_desktop.domain.merge_fields import Choice
from kam_desktop.gui.conflict_dialog import ConflictDialog
from kam_desktop.gui.dossier_view import DossierView
from kam_desktop.gui.interaction_dialog import InteractionDialog
from kam_desktop.gui.prompts import Prompts
from kam_desktop.local_settings import USER_NAME_ENV
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from tests.gui.shell_helpers import ScriptedPrompter, open_dossier


class Answering(Prompts):
    """Answers each conflict dialog with the next scripted action (none: Cancel)."""

    def __init__(self, *actions: Callable[[ConflictDialog], None]) -> None:
        self.actions = list(actions)
        self.dialogs: list[ConflictDialog] = []

    def run_dialog(self, dialog: QDialog) -> bool:
        if not isinstance(dialog, ConflictDialog):
            return super().run_dialog(dialog)
        self.dialogs.append(dialog)
        if self.actions:
            self.actions.pop(0)(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def other(db):
    second = Database.open(str(db.path))
    yield DossierService(second)
    second.close()


def make_view(qtbot, dossiers) -> DossierView:
    view = DossierView(dossiers, QUndoStack(), ScriptedPrompter())
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return view


def rows_of(dialog: ConflictDialog) -> list[str]:
    return list(dialog.conflict.fields)


def test_take_theirs_on_the_overview(qtbot, dossiers, other, monkeypatch) -> None:
    client = dossiers.save_client(Client(name="ПромТех", industry="Металлы"))
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    monkeypatch.setenv(USER_NAME_ENV, "Boris")
    other.save_client(replace(other.get_client(client.saved_id), industry="Химия", region="Урал"))
    monkeypatch.setenv(USER_NAME_ENV, "Anna")

    answers = Answering(lambda d: d.take_all_button.click())
    view.overview.prompts = answers
    view.overview.industry.setText("Энергетика")
    assert view.overview.save()
    [dialog] = answers.dialogs
    assert rows_of(dialog) == ["industry", "region"]  # only the fields that differ
    assert "Boris" in dialog.findChildren(type(view.title))[0].text()
    stored = dossiers.get_client(client.saved_id)
    assert (stored.industry, stored.region) == ("Химия", "Урал")
    assert view.overview.industry.text() == "Химия" and not view.overview.has_unsaved_changes()


def test_a_field_by_field_merge_of_a_member(qtbot, dossiers, other) -> None:
    client = dossiers.save_client(Client(name="ПромТех"))
    member = dossiers.save_member(Member("Иванов Иван", client_id=client.id, position="CFO"))
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    view.show_member(member.saved_id)
    tab = view.decision_group
    other.save_member(
        replace(other.get_member(member.saved_id), position="Финдиректор", hobbies="рыбалка")
    )

    def merge(dialog: ConflictDialog) -> None:
        assert dialog.conflict.defaults == {
            "position": Choice.MINE,  # typed here
            "hobbies": Choice.THEIRS,  # untouched here: theirs is kept
        }
        dialog.merge_button.click()

    tab.prompts = answers = Answering(merge)
    tab.editor.lines["position"].setText("Финансовый директор")
    assert tab.save()
    assert len(answers.dialogs) == 1
    stored = dossiers.get_member(member.saved_id)
    assert (stored.position, stored.hobbies) == ("Финансовый директор", "рыбалка")


def test_a_second_conflict_opens_the_dialog_again(qtbot, dossiers, other) -> None:
    client = dossiers.save_client(Client(name="ПромТех"))
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    other.save_client(replace(other.get_client(client.saved_id), region="Урал"))

    def meanwhile_again(dialog: ConflictDialog) -> None:
        other.save_client(replace(other.get_client(client.saved_id), website="promteh.ru"))
        dialog.keep_all_button.click()

    answers = Answering(meanwhile_again, lambda d: d.keep_all_button.click())
    view.overview.prompts = answers
    view.overview.region.setText("Сибирь")
    assert view.overview.save()
    assert [rows_of(d) for d in answers.dialogs] == [["region"], ["region", "website"]]
    stored = dossiers.get_client(client.saved_id)
    assert (stored.region, stored.website) == ("Сибирь", "")  # kept mine, twice


def test_cancel_keeps_the_edits_and_saves_nothing(qtbot, dossiers, other) -> None:
    client = dossiers.save_client(Client(name="ПромТех"))
    view = make_view(qtbot, dossiers)
    open_dossier(qtbot, view, client.saved_id)
    other.save_client(replace(other.get_client(client.saved_id), region="Урал"))
    view.overview.prompts = Answering()  # Cancel
    view.overview.region.setText("Сибирь")
    assert not view.overview.save()
    assert view.overview.has_unsaved_changes() and view.overview.region.text() == "Сибирь"
    assert "someone else" in view.overview.general_message.text()
    assert dossiers.get_client(client.saved_id).region == "Урал"


def test_the_interaction_dialog_merges_too(qtbot, dossiers, other) -> None:
    client = dossiers.save_client(Client(name="ПромТех"))
    meeting = dossiers.save_interaction(
        Interaction(client.saved_id, date(2026, 11, 30), summary="Встреча", next_step="КП")
    )
    dialog = InteractionDialog(dossiers, meeting, [], [])
    qtbot.addWidget(dialog)
    other.save_interaction(replace(other.get_interaction(meeting.saved_id), next_step="Позвонить"))

    def take_theirs_step(conflict: ConflictDialog) -> None:
        conflict.choose("next_step", Choice.THEIRS)
        conflict.merge_button.click()

    dialog.prompts = Answering(take_theirs_step)
    dialog.summary.setPlainText("Встреча с финансистом")
    assert dialog.try_save()
    stored = dossiers.get_interaction(meeting.saved_id)
    assert (stored.summary, stored.next_step) == ("Встреча с финансистом", "Позвонить")
