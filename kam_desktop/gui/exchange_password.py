"""The password prompt of an encrypted .kamdossier file (asked through ``Prompts.password``)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.forms import ERROR_STYLE, dialog_buttons
from kam_desktop.gui.plain_text import plain

log = logging.getLogger(__name__)


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
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
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
