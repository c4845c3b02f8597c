"""Shared helpers for the decision-group and interactions GUI tests."""

from __future__ import annotations

from kam_desktop.gui.dossier_prompts import UnsavedChoice


class ScriptedPrompts:
    """Answers the tabs' questions from a script and records what was asked."""

    def __init__(self) -> None:
        self.unsaved_answer = UnsavedChoice.CANCEL
        self.confirm_answer = True
        self.role_answer: tuple[str, str] | None = None
        self.fill_dialog = None  # callable(dialog) -> bool, acts as the user in a dialog
        self.asked: list[str] = []
        self.errors: list[str] = []

    def unsaved_changes(self, parent, what: str) -> UnsavedChoice:
        self.asked.append(f"unsaved:{what}")
        return self.unsaved_answer

    def confirm(self, parent, title: str, text: str) -> bool:
        self.asked.append(f"confirm:{text}")
        return self.confirm_answer

    def error(self, parent, title: str, text: str) -> None:
        self.errors.append(text)

    def new_role(self, parent) -> tuple[str, str] | None:
        self.asked.append("new_role")
        return self.role_answer

    def run_dialog(self, dialog) -> bool:
        self.asked.append("dialog")
        return bool(self.fill_dialog and self.fill_dialog(dialog))


def type_text(widget, text: str) -> None:
    """Type ``text`` as key presses; QTest.keyClicks asserts on non-ASCII (Cyrillic) characters."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
