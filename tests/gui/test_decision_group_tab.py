"""Decision group tab: members with contacts and family through the editor, real SQLite."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from kam_desktop.domain.dossier import Birthday, Client, ContactPoint, FamilyMember, Member
from kam_desktop.domain.enums import Attitude, ContactKind
from kam_desktop.gui.decision_group_tab import DecisionGroupTab
from kam_desktop.gui.dossier_prompts import UnsavedChoice
from tests.gui.dossier_helpers import ScriptedPrompts, type_text


@pytest.fixture
def client(dossiers):
    return dossiers.save_client(Client("ООО «Северсталь-Инвест»"))


@pytest.fixture
def undo_stack():
    return QUndoStack()


@pytest.fixture
def tab(qtbot, dossiers, client, undo_stack):
    widget = DecisionGroupTab(dossiers, undo_stack)
    widget.prompts = ScriptedPrompts()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.load(dossiers.get_dossier(client.id))
    return widget


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def _set_cell(editor, row: int, column: int, text: str) -> None:
    editor.table.item(row, column).setText(text)


def _member(dossiers, client, name: str, **kwargs) -> Member:
    return dossiers.save_member(Member(name, client_id=client.id, **kwargs))


def test_empty_state_offers_to_add_people(tab, qtbot):
    assert tab.stack.currentIndex() == 0
    qtbot.mouseClick(tab.empty_add_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == 1
    assert tab.editor.isEnabled()


def test_add_member_with_family_and_contacts(tab, qtbot, dossiers, client):
    changed = []
    tab.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(tab.empty_add_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    _type(qtbot, editor.lines["full_name"], "Иванова Мария Петровна")
    _type(qtbot, editor.lines["position"], "Директор по персоналу")
    editor.role.setCurrentIndex(editor.role.findData("hr_director"))
    editor.influence.setCurrentIndex(editor.influence.findData(4))
    editor.attitude.setCurrentIndex(editor.attitude.findData("supporter"))
    qtbot.mouseClick(editor.contacts.add_button, Qt.MouseButton.LeftButton)
    editor.contacts.set_kind(0, ContactKind.EMAIL)
    _set_cell(editor.contacts, 0, 1, "рабочий")
    _set_cell(editor.contacts, 0, 2, "m.ivanova@severstal-invest.ru")
    qtbot.mouseClick(editor.contacts.add_button, Qt.MouseButton.LeftButton)
    _set_cell(editor.contacts, 1, 2, "+7 495 123-45-67")
    editor.birthday.day.setValue(29)
    editor.birthday.month.setCurrentIndex(2)  # February, no year: allowed
    editor.anniversary.day.setValue(21)
    editor.anniversary.month.setCurrentIndex(6)
    qtbot.mouseClick(editor.family.add_button, Qt.MouseButton.LeftButton)
    _set_cell(editor.family, 0, 0, "Иванов Пётр")
    _set_cell(editor.family, 0, 1, "муж")
    _set_cell(editor.family, 0, 2, "14.03.1975")
    _type(qtbot, editor.texts["hobbies"], "горные лыжи, джаз")
    assert tab.has_unsaved_changes()

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert not tab.has_unsaved_changes()
    assert changed
    [saved] = dossiers.list_members(client.id)
    assert saved.full_name == "Иванова Мария Петровна"
    assert saved.role_code == "hr_director"
    assert (saved.influence, saved.attitude) == (4, Attitude.SUPPORTER)
    assert saved.birthday == Birthday(29, 2, None)
    assert saved.anniversary == Birthday(21, 6, None)
    assert [(c.kind, c.label, c.value) for c in saved.contacts] == [
        (ContactKind.EMAIL, "рабочий", "m.ivanova@severstal-invest.ru"),
        (ContactKind.PHONE, "", "+7 495 123-45-67"),
    ]
    assert [(f.name, f.relation, f.birthday) for f in saved.family] == [
        ("Иванов Пётр", "муж", Birthday(14, 3, 1975))
    ]
    assert saved.hobbies == "горные лыжи, джаз"
    assert tab.model.rowCount() == 1
    assert tab.model.member_at(0).id == saved.id


def test_edit_keeps_ids_of_contacts_and_family(tab, qtbot, dossiers, client):
    member = _member(
        dossiers,
        client,
        "Петров Алексей",
        contacts=[ContactPoint(ContactKind.PHONE, "+7 812 555-12-12")],
        family=[FamilyMember("Петрова Анна", "дочь")],
    )
    tab.load(dossiers.get_dossier(client.id))
    _type(qtbot, tab.editor.lines["position"], "Финансовый директор")
    assert tab.save()
    again = dossiers.get_member(member.id)
    assert again.position == "Финансовый директор"
    assert again.contacts[0].id == member.contacts[0].id
    assert again.family[0].id == member.family[0].id


@pytest.mark.parametrize(
    ("prepare", "field_key", "expected"),
    [
        ("empty_name", "full_name", "full name"),
        ("bad_email", "contacts.0.value", "e-mail"),
        ("feb_31", "birthday", "does not exist"),
    ],
)
def test_validation_message_next_to_field(
    tab, qtbot, dossiers, client, prepare, field_key, expected
):
    tab.new_member()
    editor = tab.editor
    _type(qtbot, editor.lines["full_name"], "" if prepare == "empty_name" else "Сидоров Олег")
    if prepare == "bad_email":
        editor.contacts.add_row()
        editor.contacts.set_kind(0, ContactKind.EMAIL)
        _set_cell(editor.contacts, 0, 2, "sidorov(at)mail")
    if prepare == "feb_31":
        editor.birthday.day.setValue(31)
        editor.birthday.month.setCurrentIndex(2)

    assert not tab.save()

    assert dossiers.list_members(client.id) == []
    if field_key.startswith("contacts."):
        item = editor.contacts.table.item(0, 2)
        assert expected in item.toolTip()
        assert item.background().color().name() != "#000000"
        assert editor.contacts.error_label.isVisible()
        assert "Row 1" in editor.contacts.error_label.text()
    else:
        row = editor.errors._rows[field_key]
        assert row.error_label.isVisible()
        assert expected in row.error_label.text()
        assert row.field.property("invalid") is True


def test_family_birthday_error_shown_on_its_row(tab, qtbot, dossiers, client):
    tab.new_member()
    _type(qtbot, tab.editor.lines["full_name"], "Кузнецов Игорь")
    tab.editor.family.add_row()
    tab.editor.family.add_row()
    _set_cell(tab.editor.family, 0, 0, "Кузнецова Ольга")
    _set_cell(tab.editor.family, 1, 0, "Кузнецов Илья")
    _set_cell(tab.editor.family, 1, 2, "31.02")
    assert not tab.save()
    item = tab.editor.family.table.item(1, 2)
    assert "does not exist" in item.toolTip()
    assert "Row 2" in tab.editor.family.error_label.text()
    assert tab.editor.family.table.item(0, 2).toolTip() == ""


def test_reporting_to_themselves_is_rejected_next_to_field(tab, dossiers, client):
    boss = _member(dossiers, client, "Орлов Виктор", influence=5)
    deputy = _member(dossiers, client, "Белова Ирина", reports_to_id=boss.id, influence=4)
    tab.load(dossiers.get_dossier(client.id))
    tab._select_row(tab.model.row_of(boss.id))
    tab._reload(boss.id)
    editor = tab.editor
    # The combo offers only the others; a loop through the deputy is rejected by the service.
    assert editor.reports_to.findData(boss.id) == -1
    editor.reports_to.setCurrentIndex(editor.reports_to.findData(deputy.id))
    assert not tab.save()
    row = editor.errors._rows["reports_to_id"]
    assert row.error_label.isVisible()
    assert "loop" in row.error_label.text()
    assert dossiers.get_member(boss.id).reports_to_id is None


def test_self_report_message_from_validation(tab, dossiers, client):
    member = _member(dossiers, client, "Орлов Виктор")
    tab.load(dossiers.get_dossier(client.id))
    tab.editor._member.reports_to_id = member.id  # as if an old record pointed at itself
    tab.editor.reports_to.addItem(member.full_name, member.id)
    tab.editor.reports_to.setCurrentIndex(tab.editor.reports_to.count() - 1)
    assert not tab.save()
    assert "themselves" in tab.editor.errors._rows["reports_to_id"].error_label.text()


def test_delete_member_and_undo_restores_family(tab, dossiers, client, undo_stack):
    member = _member(
        dossiers,
        client,
        "Смирнов Дмитрий",
        family=[FamilyMember("Смирнова Елена", "жена", Birthday(2, 7))],
        contacts=[ContactPoint(ContactKind.EMAIL, "d.smirnov@example.ru")],
    )
    other = _member(dossiers, client, "Волкова Анна", reports_to_id=member.id)
    tab.load(dossiers.get_dossier(client.id))
    tab._select_row(tab.model.row_of(member.id))
    tab._reload(member.id)

    tab.delete_member()

    assert "Смирнов Дмитрий" in tab.prompts.asked[-1]
    assert [m.id for m in dossiers.list_members(client.id)] == [other.id]
    assert tab.model.rowCount() == 1
    undo_stack.undo()
    restored = dossiers.get_member(member.id)
    assert [(f.name, f.birthday) for f in restored.family] == [("Смирнова Елена", Birthday(2, 7))]
    assert restored.emails() == ["d.smirnov@example.ru"]
    assert dossiers.get_member(other.id).reports_to_id == member.id
    assert tab.model.rowCount() == 2
    undo_stack.redo()
    assert tab.model.rowCount() == 1


def test_delete_cancelled_keeps_member(tab, dossiers, client, undo_stack):
    _member(dossiers, client, "Смирнов Дмитрий")
    tab.load(dossiers.get_dossier(client.id))
    tab.prompts.confirm_answer = False
    tab.delete_member()
    assert len(dossiers.list_members(client.id)) == 1
    assert undo_stack.count() == 0


def _two_members(tab, dossiers, client):
    first = _member(dossiers, client, "Андреев Павел", influence=5)
    second = _member(dossiers, client, "Борисова Нина", influence=2)
    tab.load(dossiers.get_dossier(client.id))
    assert tab.editor.member().id == first.id
    tab.editor.lines["position"].setText("Генеральный директор")
    tab.editor.lines["position"].textEdited.emit("Генеральный директор")
    assert tab.has_unsaved_changes()
    return first, second


def test_switching_member_with_unsaved_edits_cancel_stays(tab, dossiers, client):
    first, second = _two_members(tab, dossiers, client)
    tab.prompts.unsaved_answer = UnsavedChoice.CANCEL
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(second.id), 0))
    assert tab.prompts.asked == ["unsaved:Андреев Павел"]
    assert tab.editor.member().id == first.id
    assert tab._current_id() == first.id
    assert tab.editor.lines["position"].text() == "Генеральный директор"


def test_switching_member_with_unsaved_edits_save(tab, dossiers, client):
    first, second = _two_members(tab, dossiers, client)
    tab.prompts.unsaved_answer = UnsavedChoice.SAVE
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(second.id), 0))
    assert dossiers.get_member(first.id).position == "Генеральный директор"
    assert tab.editor.member().id == second.id
    assert not tab.has_unsaved_changes()


def test_switching_member_with_unsaved_edits_discard(tab, dossiers, client):
    first, second = _two_members(tab, dossiers, client)
    tab.prompts.unsaved_answer = UnsavedChoice.DISCARD
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(second.id), 0))
    assert dossiers.get_member(first.id).position == ""
    assert tab.editor.member().id == second.id


def test_discard_or_save_hook(tab, dossiers, client):
    _two_members(tab, dossiers, client)
    tab.prompts.unsaved_answer = UnsavedChoice.CANCEL
    assert tab.discard_or_save() is False
    tab.prompts.unsaved_answer = UnsavedChoice.DISCARD
    assert tab.discard_or_save() is True
    assert not tab.has_unsaved_changes()


def test_add_role_from_the_combo(tab, dossiers, client):
    tab.new_member()
    tab.prompts.role_answer = ("заместитель директора", "deputy director")
    tab.editor.role.setCurrentIndex(tab.editor.role.count() - 1)  # "Add role…"
    code = tab.editor.role.currentData()
    assert code.startswith("custom_")
    assert any(r.code == code for r in dossiers.roles())
    tab.editor.lines["full_name"].setText("Зайцев Роман")
    assert tab.save()
    assert dossiers.list_members(client.id)[0].role_code == code


def test_consent_warning_shown_until_recorded(tab, qtbot, dossiers, client):
    _member(dossiers, client, "Егоров Илья")
    tab.load(dossiers.get_dossier(client.id))
    assert tab.editor.consent_warning.isVisible()
    tab.editor.consent_on.check.setChecked(True)
    _type(qtbot, tab.editor.lines["consent_how"], "письменное согласие")
    assert not tab.editor.consent_warning.isVisible()
    assert tab.save()
    saved = dossiers.list_members(client.id)[0]
    assert saved.consent_on == date.today()
    assert saved.consent_how == "письменное согласие"


def test_shortcuts_new_save_delete(tab, qtbot, dossiers, client, undo_stack):
    _member(dossiers, client, "Орлов Виктор")
    tab.load(dossiers.get_dossier(client.id))
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    assert tab._is_new
    type_text(tab.editor.lines["full_name"], "Никитин Сергей")
    qtbot.keyClick(tab.editor.lines["full_name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    names = sorted(m.full_name for m in dossiers.list_members(client.id))
    assert names == ["Никитин Сергей", "Орлов Виктор"]
    assert tab.editor.member().full_name == "Никитин Сергей"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [m.full_name for m in dossiers.list_members(client.id)] == ["Орлов Виктор"]
    qtbot.keyClick(
        tab.editor.lines["full_name"],
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab._is_new


# ---- regressions found by driving the real app (QA pass) -----------------------------------
def test_after_a_delete_the_next_member_takes_the_row(tab, dossiers, client):
    _member(dossiers, client, "Андреев Павел", influence=5)
    middle = _member(dossiers, client, "Борисова Нина", influence=4)
    below = _member(dossiers, client, "Волков Сергей", influence=3)
    tab.load(dossiers.get_dossier(client.id))
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(middle.id), 0))
    tab.delete_member()
    assert tab._current_id() == below.id  # not back to the top of the list
    assert tab.editor.member().id == below.id


def test_unsaved_prompt_names_a_new_member_by_the_typed_name(tab):
    tab.new_member()
    type_text(tab.editor.lines["full_name"], "Иванова Мария")
    assert tab.discard_or_save() is False  # the script answers Cancel
    assert tab.prompts.asked == ["unsaved:Иванова Мария"]


def test_dirty_state_is_signalled_for_the_tab_title(tab, dossiers, client):
    states = []
    tab.dirty_changed.connect(states.append)
    _two_members(tab, dossiers, client)
    tab.revert()
    assert states == [True, False]


def _wheel_down(widget) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_mouse_wheel_scrolls_the_card_instead_of_changing_the_attitude(
    tab, qtbot, dossiers, client
):
    from PySide6.QtWidgets import QScrollArea

    _member(dossiers, client, "Андреев Павел", attitude=Attitude.NEUTRAL)
    tab.load(dossiers.get_dossier(client.id))
    tab.resize(1280, 500)
    qtbot.waitExposed(tab)
    scroll = tab.editor.findChild(QScrollArea)
    attitude = tab.editor.attitude
    before = attitude.currentIndex()

    _wheel_down(attitude)  # the pointer passes over the combo while scrolling the card

    assert attitude.currentIndex() == before
    assert not tab.has_unsaved_changes()
    assert scroll.verticalScrollBar().value() > 0
    attitude.setFocus()  # clicked or tabbed into: now the wheel picks a value
    _wheel_down(attitude)
    assert attitude.currentIndex() != before
