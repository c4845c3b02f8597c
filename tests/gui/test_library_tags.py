"""Argument kind and tags, and the Values and concerns dialog, driven by keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kam_desktop.domain.proposal import ArgumentKind
from kam_desktop.gui.library_dialogs import ArgumentsDialog, TagsDialog, parse_keywords
from kam_desktop.services.library import LibraryService
from tests.gui.dossier_helpers import ScriptedPrompts, type_text


@pytest.fixture
def library(db) -> LibraryService:
    return LibraryService(db)


def _show(qtbot, dialog):
    dialog.prompts = ScriptedPrompts()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot, checklist, code: str) -> None:
    """Make the entry with ``code`` current and press Space, as a keyboard user does."""
    row = next(
        i
        for i in range(checklist.count())
        if checklist.item(i).data(Qt.ItemDataRole.UserRole) == code
    )
    checklist.setFocus()
    checklist.setCurrentRow(row)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)


def test_answer_to_an_objection_needs_concerns_not_roles(qtbot, library, dossiers):
    dialog = _show(qtbot, ArgumentsDialog(library, dossiers))
    _click(qtbot, dialog.new_button)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == ArgumentKind.OBJECTION.value
    assert dialog.tags_caption.text() == "Concerns it answers:"
    type_text(dialog.title, "Сроки под контролем")
    type_text(dialog.body, "Сроки закреплены в договоре, за срыв — неустойка.")
    _click(qtbot, dialog.save_button)
    assert dialog.errors.message("tags") == "Choose the concerns this answer addresses."
    assert dialog.errors.message("role_codes") == ""  # roles are optional here

    _tick(qtbot, dialog.tags, "speed")
    _click(qtbot, dialog.save_button)
    saved = next(a for a in library.list_arguments() if a.title == "Сроки под контролем")
    assert (saved.kind, saved.tags, saved.role_codes) == (ArgumentKind.OBJECTION, ["speed"], [])
    entry = dialog.list.currentItem().text()
    assert entry.splitlines()[1] == "Answer to an objection · speed and deadlines"


def test_value_argument_without_roles_and_the_list_line(qtbot, library, dossiers):
    dialog = _show(qtbot, ArgumentsDialog(library, dossiers))
    _click(qtbot, dialog.new_button)
    assert dialog.tags_caption.text() == "Values it speaks to:"
    type_text(dialog.title, "Проверено на заводах")
    type_text(dialog.body, "Работает на 40 заводах без остановок.")
    _click(qtbot, dialog.save_button)
    assert "role or value" in dialog.errors.message("role_codes")
    _tick(qtbot, dialog.tags, "reliability")
    _tick(qtbot, dialog.roles, "technical")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    saved = next(a for a in library.list_arguments() if a.title == "Проверено на заводах")
    assert (saved.kind, saved.tags, saved.role_codes) == (
        ArgumentKind.ARGUMENT,
        ["reliability"],
        ["technical"],
    )
    assert dialog.list.currentItem().text().splitlines()[1] == (
        "Argument · technical specialist · reliability"
    )


def test_keywords_are_parsed_from_commas_and_lines():
    assert parse_keywords(" надёжн, стабильн;гарант\nнадёжн ,, ") == [
        "надёжн",
        "стабильн",
        "гарант",
    ]


def test_new_value_with_keywords_tried_on_a_phrase(qtbot, library):
    dialog = _show(qtbot, TagsDialog(library))
    before = len(library.list_tags())
    _click(qtbot, dialog.new_button)
    _click(qtbot, dialog.save_button)
    assert dialog.errors.message("name_ru") == "Name the value or concern."
    assert dialog.errors.message("keywords").startswith("Enter at least one keyword")

    type_text(dialog.name_ru, "экология")
    qtbot.keyClicks(dialog.name_en, "ecology")
    type_text(dialog.keywords, "эколог, выброс, углеродный след")
    type_text(dialog.trial, "Важны низкие выбросы и углеродный след")
    assert dialog.trial_result.text() == "Finds: «выбросы», «углеродный след»"
    _click(qtbot, dialog.save_button)
    tags = library.list_tags()
    assert len(tags) == before + 1
    added = next(t for t in tags if t.name_ru == "экология")
    assert (added.code, added.keywords, added.builtin) == (
        "ecology",
        ["эколог", "выброс", "углеродный след"],
        False,
    )
    assert dialog.list.currentItem().text().startswith("ecology")  # the UI language's name


def test_builtin_values_cannot_be_deleted_and_say_why(qtbot, library):
    dialog = _show(qtbot, TagsDialog(library))
    dialog.list.setCurrentRow(0)
    assert dialog._current.builtin
    assert not dialog.delete_button.isEnabled()
    assert "cannot be deleted" in dialog.delete_button.toolTip()
    assert "Built in" in dialog.usage.text()
    assert "Arguments in the library that carry it:" in dialog.usage.text()


def test_deleting_a_value_asks_first_and_can_be_undone(qtbot, library, dossiers):
    from kam_desktop.domain.proposal import ArgumentBlock, ArgumentTag

    custom = library.save_tag(ArgumentTag("", "экология", "ecology", ["эколог"]))
    library.save_argument(
        ArgumentBlock("Зелёное производство", "Меньше выбросов.", tags=[custom.code])
    )
    dialog = _show(qtbot, TagsDialog(library))
    dialog.list.setCurrentRow(
        next(i for i, t in enumerate(dialog._records) if t.code == custom.code)
    )
    assert dialog.delete_button.isEnabled()

    dialog.prompts.confirm_answer = False
    _click(qtbot, dialog.delete_button)
    assert any(t.code == custom.code for t in library.list_tags())  # "No" keeps it
    question = dialog.prompts.asked[-1]
    assert "«ecology»" in question and "will no longer be matched by it: 1." in question

    dialog.prompts.confirm_answer = True
    _click(qtbot, dialog.delete_button)
    assert all(t.code != custom.code for t in library.list_tags())
    assert dialog.deleted_bar.isVisible()
    assert dialog.deleted_notice.text() == "«ecology» deleted."

    _click(qtbot, dialog.undo_button)
    restored = next(t for t in library.list_tags() if t.code == custom.code)
    assert restored.keywords == ["эколог"]
    assert not dialog.deleted_bar.isVisible()
    assert dialog._current.code == custom.code
    # the argument still carries the code, so it matches again
    block = next(a for a in library.list_arguments() if a.title == "Зелёное производство")
    assert block.tags == [custom.code]


def test_deleted_argument_comes_back_with_ctrl_z(qtbot, library, dossiers):
    dialog = _show(qtbot, ArgumentsDialog(library, dossiers))
    first = dialog._records[0]
    dialog.list.setCurrentRow(0)
    _click(qtbot, dialog.delete_button)
    assert all(a.id != first.id for a in library.list_arguments())
    dialog.list.setFocus()  # Ctrl+Z in the window (the list has the focus after a delete)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.deleted_bar.isVisible())  # a shortcut animates the click
    back = library.get_argument(first.id)
    assert (back.title, back.tags, back.kind) == (first.title, first.tags, first.kind)


def test_titles_are_shown_as_written_never_as_markup(qtbot, library, dossiers):
    from kam_desktop.domain.proposal import ArgumentBlock

    library.save_argument(
        ArgumentBlock("<img src=x> <b>Жирный</b>", "Текст.", role_codes=["executive"])
    )
    dialog = _show(qtbot, ArgumentsDialog(library, dossiers))
    row = next(i for i, a in enumerate(dialog._records) if a.title.startswith("<img"))
    item = dialog.list.item(row)
    assert item.text().startswith("[ru] <img src=x> <b>Жирный</b>")  # drawn as plain text
    assert "&lt;img src=x&gt; &lt;b&gt;" in item.toolTip()
