"""The coverage check before sending: a list of what the dossier says is missing, never a block.

The warnings come from ``ProposalService.warnings`` (``domain/coverage.py``); this module only
shows them — as the question before "Mark as sent", and as a small indicator in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.coverage import CoverageWarning
from kam_desktop.gui.forms import dialog_buttons
from kam_desktop.gui.plain_text import as_text

INDICATOR_STYLE = (
    "QToolButton { color: #8a4b00; background: #fef7e0; border: 1px solid #f9d67a; "
    "border-radius: 9px; padding: 1px 8px; }"
)


class SendChecksDialog(QDialog):
    """The checks for one proposal; with ``sending`` it asks "Send anyway" or go back."""

    def __init__(
        self,
        warnings: list[CoverageWarning],
        number: str,
        sending: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before sending %1").replace("%1", number))
        self.resize(560, 360)
        intro = QLabel(
            self.tr(
                "The dossier suggests a second look before this proposal goes out. The checks "
                "never block sending: send anyway, or go back and adjust the proposal."
            )
            if sending
            else self.tr("The dossier suggests a second look before this proposal is sent.")
        )
        intro.setWordWrap(True)
        self.items: list[QLabel] = []
        listing = QWidget()
        rows = QVBoxLayout(listing)
        for warning in warnings:
            label = QLabel("•  " + warning.message)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the dossier
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rows.addWidget(label)
            self.items.append(label)
        rows.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.StyledPanel)
        area.setWidget(listing)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.NoButton)
        if sending:
            self.send_button = QPushButton(self.tr("Send anyway"))
            self.back_button = QPushButton(self.tr("Back to the proposal"))
            buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.back_button.setDefault(True)  # a stray Enter does not send
        else:
            self.back_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)


class ChecksIndicator(QToolButton):
    """«⚠ 2 checks» in the editor's header; hidden when there is nothing to look at."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(INDICATOR_STYLE)
        self.setAutoRaise(True)
        self.warnings: list[CoverageWarning] = []
        self.hide()

    def show_warnings(self, warnings: list[CoverageWarning]) -> None:
        self.warnings = list(warnings)
        self.setText("⚠ " + self.tr("Checks: %1").replace("%1", str(len(warnings))))
        self.setToolTip(as_text("\n".join(f"• {w.message}" for w in warnings)))
        self.setVisible(bool(warnings))
