"""Every question the GUI asks the user, behind one protocol the tests replace.

Logic (delete, navigate away, first start, export, import, save a proposal) asks an object
with the ``UserPrompts`` methods instead of popping a dialog itself, so flows stay testable
without clicking through modal boxes (git-cola's pattern). ``Prompts`` is the one Qt
implementation; tests pass their own object (or a subclass) that answers from a script.
Every method takes the dialog's parent first.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kam_desktop.gui.plain_text import as_text

__all__ = ["Prompts", "UnsavedChoice", "UserPrompts"]


class UnsavedChoice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UserPrompts(Protocol):
    """What the GUI may ask; ``Prompts`` answers with real dialogs."""

    def confirm(
        self, parent: QWidget | None, title: str, text: str, default_yes: bool = False
    ) -> bool: ...

    def unsaved_changes(self, parent: QWidget | None, what: str) -> UnsavedChoice: ...

    def info(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def report_error(self, parent: QWidget | None, exc: BaseException) -> None: ...

    def run_dialog(self, dialog: QDialog) -> bool: ...

    def open_file(
        self, parent: QWidget | None, title: str, folder: Path, filters: str
    ) -> Path | None: ...

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None: ...

    def password(self, parent: QWidget | None, file_name: str, error: str | None) -> str | None: ...

    def new_role(self, parent: QWidget | None) -> tuple[str, str] | None: ...

    def offer_demo(self, parent: QWidget | None) -> bool: ...


# The strings keep the contexts of the classes they came from (Prompter, Prompts), written in
# each QCoreApplication.translate call so that lupdate sees them.
class Prompts:
    """The Qt answers: standard message boxes and small dialogs parented to ``parent``."""

    # ---- yes / no / which ----------------------------------------------------------------
    def confirm(
        self, parent: QWidget | None, title: str, text: str, default_yes: bool = False
    ) -> bool:
        """Yes/No; No is the default so a stray Enter never deletes anything."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            parent, title, as_text(text), yes | no, yes if default_yes else no
        )
        return answer == yes

    def unsaved_changes(self, parent: QWidget | None, what: str) -> UnsavedChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # ``what`` names a client or a person
        box.setText(
            QCoreApplication.translate("Prompts", "Save the changes to {what}?").format(what=what)
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def offer_demo(self, parent: QWidget | None) -> bool:
        return self.confirm(
            parent,
            QCoreApplication.translate("Prompter", "Welcome to KAM Desktop"),
            QCoreApplication.translate(
                "Prompter",
                "The database is empty. Load the demo dossier to see how a key client's "
                "decision group, interactions and our team are recorded?\n\n"
                "You can delete the demo clients at any time.",
            ),
            default_yes=True,  # a welcome, not a risk: Enter accepts it
        )

    # ---- telling -------------------------------------------------------------------------
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, as_text(text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, as_text(text))

    def report_error(self, parent: QWidget | None, exc: BaseException) -> None:
        """An exception: the one error dialog (a ``KamError`` as its message only)."""
        from kam_desktop.gui.error_dialog import show_error

        show_error(parent, exc)

    # ---- dialogs and files ---------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_file(
        self, parent: QWidget | None, title: str, folder: Path, filters: str
    ) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def password(self, parent: QWidget | None, file_name: str, error: str | None) -> str | None:
        """The password of an encrypted file; ``error`` says why the last one did not work."""
        from kam_desktop.gui.exchange_password import PasswordDialog

        dialog = PasswordDialog(file_name, error, parent)
        accepted = self.run_dialog(dialog)
        dialog.deleteLater()
        return dialog.password() if accepted else None

    def new_role(self, parent: QWidget | None) -> tuple[str, str] | None:
        """Ask for a new decision role's name in Russian and English."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("Prompts", "New role in the decision"))
        name_ru, name_en = QLineEdit(), QLineEdit()
        name_ru.setPlaceholderText(
            QCoreApplication.translate("Prompts", "e.g. заместитель директора")
        )
        name_en.setPlaceholderText(QCoreApplication.translate("Prompts", "e.g. deputy director"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(QCoreApplication.translate("Prompts", "Name in Russian:"), name_ru)
        form.addRow(QCoreApplication.translate("Prompts", "Name in English:"), name_en)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if not (name_ru.text().strip() or name_en.text().strip()):
            return None
        return name_ru.text(), name_en.text()
