"""The forms refuse what an import refuses, with the message next to the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication

from kam_desktop.domain import limits
from kam_desktop.domain.dossier import Client
from kam_desktop.gui.decision_group_tab import DecisionGroupTab
from tests.gui.dossier_helpers import ScriptedPrompts


@pytest.fixture
def tab(qtbot, dossiers):
    client = dossiers.save_client(Client("ООО «Северсталь-Инвест»"))
    widget = DecisionGroupTab(dossiers, QUndoStack())
    widget.prompts = ScriptedPrompts()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.load(dossiers.get_dossier(client.id))
    widget.new_member()
    return widget


def _paste(qtbot, widget, text: str) -> None:
    """As a user does: the clipboard, then Ctrl+V (typing cannot produce control characters)."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keySequence(widget, QKeySequence.StandardKey.Paste)


def test_a_pasted_terminal_escape_in_a_name_is_refused_next_to_the_field(tab, qtbot, dossiers):
    name = tab.editor.lines["full_name"]
    _paste(qtbot, name, "Иван\x1b[2KПетров")
    assert "\x1b" in name.text()  # Qt keeps the character: the rule has to catch it
    assert not tab.save()
    row = tab.editor.errors._rows["full_name"]
    assert row.error_label.isVisible() and "U+001B" in row.error_label.text()
    assert row.error_label.textFormat() == Qt.TextFormat.PlainText
    assert dossiers.list_members(dossiers.list_clients()[0].id) == []


def test_free_text_over_the_limit_is_refused_next_to_the_field(tab, qtbot):
    _paste(qtbot, tab.editor.lines["full_name"], "Сидоров Олег")
    tab.editor.texts["notes"].setPlainText("ж" * (limits.LONG_TEXT + 1))
    assert not tab.save()
    message = tab.editor.errors._rows["notes"].error_label.text()
    assert f"At most {limits.LONG_TEXT} characters" in message
