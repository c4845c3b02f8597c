"""Questions the sharing flows ask the user (files, passwords, confirmations), and the password
prompt. Tests replace ``ExchangePrompts`` and drive the dialogs' own code without modal loops.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import ERROR_STYLE
from kam_desktop.gui.plain_text import as_text, plain

log = logging.getLogger(__name__)


# ---- questions to the user ---------------------------------------------------------------
class ExchangePrompts:
    """Real dialogs; tests pass a subclass that answers from a script."""

    def run_dialog(self, dialog: QDialog) -> bool:
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
        dialog = PasswordDialog(file_name, error, parent)
        accepted = self.run_dialog(dialog)
        dialog.deleteLater()
        return dialog.password() if accepted else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            as_text(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, as_text(text))

    def error(self, parent: QWidget | None, exc: BaseException) -> None:
        show_error(parent, exc)


# ---- password prompt ---------------------------------------------------------------------
class PasswordDialog(QDialog):
    """Asks for the password of an encrypted file; shows why the last one did not work."""

    def __init__(self, file_name: str, error: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password"))
        intro = plain(
            QLabel(self.tr("«{file}» is protected with a password.").format(file=file_name))
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumWidth(360)
        self.show_box = QCheckBox(self.tr("Show password"))
        self.show_box.toggled.connect(
            lambda shown: self.field.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        hint = self.tr("Check the keyboard layout and Caps Lock.")
        self.error_label = plain(QLabel(f"{error}\n{hint}" if error else ""))
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(bool(error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.error_label)
        layout.addWidget(self.show_box)
        layout.addWidget(buttons)
        self.field.setFocus()

    def password(self) -> str:
        return self.field.text()
