"""Questions the shell asks the user, behind one small object the tests replace.

Logic (delete, navigate away, first start) asks ``Prompter`` instead of popping a dialog itself,
so flows stay testable without clicking through modal boxes (git-cola's pattern).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from kam_desktop.gui.dossier_prompts import Prompts, UnsavedChoice
from kam_desktop.gui.plain_text import as_text

__all__ = ["Prompter", "UnsavedChoice"]


class Prompter(QObject):
    """Asks with standard message boxes parented to ``parent``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent

    def confirm(self, title: str, text: str, default_yes: bool = False) -> bool:
        """Yes/No; No is the default so a stray Enter never deletes anything."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self._parent, title, as_text(text), yes | no, yes if default_yes else no
        )
        return answer == yes

    def unsaved_changes(self, what: str) -> UnsavedChoice:
        # The same question, and the same answer type, as the dossier tabs ask.
        return Prompts().unsaved_changes(self._parent, what)

    def offer_demo(self) -> bool:
        return self.confirm(
            self.tr("Welcome to KAM Desktop"),
            self.tr(
                "The database is empty. Load the demo dossier to see how a key client's "
                "decision group, interactions and our team are recorded?\n\n"
                "You can delete the demo clients at any time."
            ),
            default_yes=True,  # a welcome, not a risk: Enter accepts it
        )
