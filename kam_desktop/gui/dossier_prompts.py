"""Questions the dossier tabs ask the user, behind one replaceable object.

Tabs call ``self.prompts.<question>(...)`` instead of opening message boxes themselves, so tests
(and any future non-modal UI) swap in an object that answers without a modal dialog.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kam_desktop.gui.plain_text import as_text


class UnsavedChoice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts:
    """Default answers come from real dialogs; tests pass an object with the same methods."""

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

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            as_text(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, as_text(text))

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

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show an editing dialog modally; True when the user saved."""
        return dialog.exec() == QDialog.DialogCode.Accepted
