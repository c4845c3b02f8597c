"""Interactions tab and dialog: add, edit, delete + undo, validation, overdue next steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from kam_desktop.domain.dossier import Client, Interaction, Member, TeamMember
from kam_desktop.domain.enums import InteractionKind
from kam_desktop.gui.dossier_prompts import UnsavedChoice
from kam_desktop.gui.interaction_model import InteractionColumn, InteractionModel
from kam_desktop.gui.interactions_tab import InteractionsTab
from tests.gui.dossier_helpers import ScriptedPrompts, type_text

TODAY = date.today()


@pytest.fixture
def client(dossiers):
    return dossiers.save_client(Client("АО «Уралхим»"))


@pytest.fixture
def people(dossiers, client):
    boss = dossiers.save_member(
        Member("Орлов Виктор", client_id=client.id, position="Генеральный директор")
    )
    ours = dossiers.save_team_member(
        TeamMember("Соколова Анна", position="Менеджер по ключевым клиентам")
    )
    return boss, ours


@pytest.fixture
def undo_stack():
    return QUndoStack()


@pytest.fixture
def tab(qtbot, dossiers, client, people, undo_stack):
    widget = InteractionsTab(dossiers, undo_stack)
    widget.prompts = ScriptedPrompts()
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    widget.load(dossiers.get_dossier(client.id))
    return widget


def test_empty_state_then_add_through_dialog(tab, qtbot, dossiers, client, people):
    boss, ours = people
    assert tab.stack.currentIndex() == 0
    changed = []
    tab.changed.connect(lambda: changed.append(True))

    def fill(dialog) -> bool:
        dialog.occurred_on.setDate(QDate(TODAY - timedelta(days=3)))
        dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
        dialog.set_participant(boss.id, True)
        dialog.set_participant(ours.id, True)
        type_text(dialog.summary, "Обсудили сроки пилота")
        type_text(dialog.next_step, "Отправить КП")
        dialog.next_step_due.check.setChecked(True)
        dialog.next_step_due.date_edit.setDate(QDate(TODAY + timedelta(days=2)))
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        return dialog.result() == dialog.DialogCode.Accepted

    tab.prompts.fill_dialog = fill
    qtbot.mouseClick(tab.empty_add_button, Qt.MouseButton.LeftButton)

    [saved] = dossiers.list_interactions(client.id)
    assert saved.kind == InteractionKind.CALL
    assert saved.summary == "Обсудили сроки пилота"
    assert saved.member_ids == [boss.id] and saved.team_member_ids == [ours.id]
    assert saved.next_step_due == TODAY + timedelta(days=2)
    assert changed and tab.stack.currentIndex() == 1
    participants = tab.model.data(tab.model.index(0, InteractionColumn.PARTICIPANTS))
    assert participants == "Орлов Виктор, Соколова Анна"


def test_validation_keeps_dialog_open_with_messages(tab, dossiers, client):
    seen = {}

    def fill(dialog) -> bool:
        dialog.next_step_due.check.setChecked(True)
        dialog.next_step_due.date_edit.setDate(QDate(TODAY - timedelta(days=5)))
        ok = dialog.try_save()
        seen["summary"] = dialog.errors._rows["summary"].error_label.text()
        seen["due"] = dialog.errors._rows["next_step_due"].error_label.text()
        seen["visible"] = dialog.errors._rows["summary"].error_label.isVisibleTo(dialog)
        return ok

    tab.prompts.fill_dialog = fill
    tab.new_interaction()
    assert dossiers.list_interactions(client.id) == []
    assert "Describe" in seen["summary"] and seen["visible"]
    assert "before" in seen["due"]


def test_edit_interaction(tab, dossiers, client, people):
    boss, _ours = people
    original = dossiers.save_interaction(
        Interaction(client.id, TODAY - timedelta(days=10), summary="Встреча", member_ids=[boss.id])
    )
    tab.load(dossiers.get_dossier(client.id))
    tab.table.selectRow(0)

    def fill(dialog) -> bool:
        assert dialog.summary.toPlainText() == "Встреча"
        dialog.summary.setPlainText("Встреча в офисе клиента")
        dialog.set_participant(boss.id, False)
        return dialog.try_save()

    tab.prompts.fill_dialog = fill
    tab.edit_interaction()
    [saved] = dossiers.list_interactions(client.id)
    assert saved.id == original.id
    assert saved.summary == "Встреча в офисе клиента"
    assert saved.member_ids == []


def test_delete_and_undo(tab, dossiers, client, people, undo_stack):
    boss, ours = people
    kept = dossiers.save_interaction(Interaction(client.id, TODAY, summary="Звонок"))
    gone = dossiers.save_interaction(
        Interaction(
            client.id,
            TODAY - timedelta(days=1),
            summary="Переговоры",
            member_ids=[boss.id],
            team_member_ids=[ours.id],
            next_step="Созвон",
            next_step_due=TODAY + timedelta(days=1),
        )
    )
    tab.load(dossiers.get_dossier(client.id))
    tab.table.selectRow(tab.model.row_of(gone.id))
    tab.delete_interaction()
    assert "Переговоры" in tab.prompts.asked[-1]
    assert [i.id for i in dossiers.list_interactions(client.id)] == [kept.id]
    assert tab.model.rowCount() == 1
    undo_stack.undo()
    restored = {i.id: i for i in dossiers.list_interactions(client.id)}[gone.id]
    assert restored.member_ids == [boss.id] and restored.team_member_ids == [ours.id]
    assert restored.next_step == "Созвон"
    assert tab.model.rowCount() == 2


def test_newest_first_and_overdue_in_red(qtbot):
    model = InteractionModel()
    old = Interaction(
        "c",
        date(2026, 1, 5),
        summary="old",
        id="1",
        next_step="call",
        next_step_due=date(2026, 1, 10),
    )
    new = Interaction(
        "c",
        date(2026, 3, 1),
        summary="new",
        id="2",
        next_step="meet",
        next_step_due=date(2026, 3, 20),
    )
    model.set_interactions([old, new], {}, today=date(2026, 3, 2))
    assert model.interaction_at(0).id == "2"
    due_old = model.index(1, InteractionColumn.DUE)
    assert model.data(due_old) == "10.01.2026 (overdue)"
    assert model.data(due_old, Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert model.data(model.index(0, InteractionColumn.DUE), Qt.ItemDataRole.ForegroundRole) is None


def test_interaction_model_passes_qt_checks(qtmodeltester):
    model = InteractionModel()
    model.set_interactions(
        [Interaction("c", date(2026, 1, 5), summary="x", id="1")], {}, today=date(2026, 3, 2)
    )
    qtmodeltester.check(model)


def test_dialog_offers_people_added_after_loading(tab, dossiers, client):
    newcomer = dossiers.save_member(Member("Ковалёва Дарья", client_id=client.id))
    offered = []

    def look(dialog) -> bool:
        offered.extend(item.data(Qt.ItemDataRole.UserRole) for item in dialog.participant_items())
        return False

    tab.prompts.fill_dialog = look
    tab.new_interaction()
    assert newcomer.id in offered


# ---- regressions found by driving the real app (QA pass) -----------------------------------
def test_cancel_after_typing_a_summary_asks_before_discarding(tab, dossiers, client):
    outcome = {}

    def type_then_cancel(dialog) -> bool:
        closed = []
        dialog.finished.connect(closed.append)
        type_text(dialog.summary, "Созвон с финансовым директором")
        tab.prompts.unsaved_answer = UnsavedChoice.CANCEL
        dialog.reject()  # Esc / Cancel / the close button
        outcome["open_after_cancel"] = closed == []
        tab.prompts.unsaved_answer = UnsavedChoice.SAVE
        dialog.reject()
        return dialog.result() == dialog.DialogCode.Accepted

    tab.prompts.fill_dialog = type_then_cancel
    tab.new_interaction()
    assert outcome["open_after_cancel"]
    assert [i.summary for i in dossiers.list_interactions(client.id)] == [
        "Созвон с финансовым директором"
    ]
    assert [a for a in tab.prompts.asked if a.startswith("unsaved:")] == [
        f"unsaved:interaction of {TODAY.strftime('%d.%m.%Y')}"
    ] * 2


def test_untouched_dialog_closes_without_a_question(tab):
    tab.prompts.fill_dialog = lambda dialog: dialog.reject() or False
    tab.new_interaction()
    assert tab.prompts.asked == ["dialog"]


def test_tab_reads_the_dossier_once_per_client_not_on_every_show(tab, dossiers, client, people):
    """Switching to the tab must not re-read 500 interactions; a member change must show."""
    boss, _ours = people
    dossiers.save_interaction(Interaction(client.id, TODAY, summary="Звонок", member_ids=[boss.id]))
    tab.load(dossiers.get_dossier(client.id))
    reads = []
    real_get_dossier = dossiers.get_dossier
    dossiers.get_dossier = lambda client_id: reads.append(client_id) or real_get_dossier(client_id)
    for _ in range(3):
        tab.hide()
        tab.show()
    assert reads == []

    dossiers.save_member(replace(boss, full_name="Орлов Виктор Павлович"))
    tab.hide()
    tab.people_changed()  # the decision group tab saved a member meanwhile
    assert reads == []  # not while hidden
    tab.show()
    assert reads == [client.id]
    names = tab.model.data(tab.model.index(0, InteractionColumn.PARTICIPANTS))
    assert names == "Орлов Виктор Павлович"
