"""Form helpers shared by editors: validation messages shown right under the field.

Services raise ``ValidationError({field: message})``; an editor registers each field key with
its input widget via ``FieldErrors.add`` and calls ``show(errors)``; the message appears in red
beneath the widget, the widget is outlined, and the first invalid widget takes the focus.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.status_messages import not_saved_message, show_status

ERROR_STYLE = "color: #b00020; font-size: 11px;"
HINT_COLOR = "#5f6368"
HINT_STYLE = f"color: {HINT_COLOR};"  # secondary text (hints, empty states), on light themes
INVALID_PROPERTY = "invalid"
INVALID_CELL = QColor("#fde7ea")  # background of a table cell whose value is rejected
# Applied once on the app: outlines widgets flagged invalid.
INVALID_STYLESHEET = '*[invalid="true"] { border: 1px solid #b00020; border-radius: 2px; }'


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as written: Qt guesses rich text in tooltips too, so a
    title holding ``<img src=…>`` would render; escaped inside explicit rich text it cannot."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class FieldWithError(QWidget):
    """A field widget with a hidden error label beneath it (use as a QFormLayout row)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.error_label)

    def set_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        self.field.setProperty(INVALID_PROPERTY, bool(message))
        # Re-polish so the dynamic property takes effect in the stylesheet.
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)


class FieldErrors:
    """Maps field keys (as used in ValidationError) to FieldWithError rows of one form."""

    def __init__(self) -> None:
        self._rows: dict[str, FieldWithError] = {}
        self.unplaced: dict[str, str] = {}
        self.first_invalid: FieldWithError | None = None  # of the last show(), for reveal()

    def add(self, key: str, field: QWidget) -> FieldWithError:
        row = FieldWithError(field)
        self._rows[key] = row
        return row

    def register(self, key: str, row: FieldWithError) -> None:
        self._rows[key] = row

    def row(self, key: str) -> FieldWithError | None:
        return self._rows.get(key)

    def clear(self) -> None:
        for row in self._rows.values():
            row.set_error(None)
        self.unplaced = {}

    def show(self, errors: dict[str, str], reveal: bool = True) -> None:
        """Show each message next to its field; messages without a field go to ``unplaced``.

        ``reveal`` (a refused save): the first invalid field is scrolled into view and takes
        the focus, and the status bar says why nothing was saved. Live checks pass False."""
        self.clear()
        self.first_invalid = None
        for key, message in errors.items():
            row = self._rows.get(key)
            if row is None:
                self.unplaced[key] = message
                continue
            row.set_error(message)
            self.first_invalid = self.first_invalid or row
        if reveal and errors:
            if self.first_invalid is not None:
                reveal_widget(self.first_invalid, self.first_invalid.field)
            anchor = next(iter(self._rows.values()), None)
            if anchor is not None:
                show_status(anchor, not_saved_message())

    def set_error(self, key: str, message: str | None) -> None:
        """Show or clear the message of one field, leaving the others as they are."""
        row = self._rows.get(key)
        if row is not None:
            row.set_error(message)

    def message(self, key: str) -> str:
        row = self._rows.get(key)
        return row.error_label.text() if row is not None and row.error_label.isVisible() else ""

    def check_as_typed(self, key: str, edit: QLineEdit, rule: Callable[[str], str | None]) -> None:
        """Check ``edit`` with ``rule`` when the user leaves it; once a message shows, re-check
        on every keystroke so it goes away as soon as the value is right (a message that
        appeared at the first digit of a 20-digit account would only nag)."""

        def on_leave() -> None:
            self.set_error(key, rule(edit.text()))

        def on_edit(text: str) -> None:
            if self.message(key):
                self.set_error(key, rule(text))

        edit.editingFinished.connect(on_leave)
        edit.textEdited.connect(on_edit)


def reveal_widget(widget: QWidget, focus: QWidget | None = None) -> None:
    """Scroll every scroll area around ``widget`` so it is in view, then focus ``focus``."""
    # A message label shown a moment ago has no place yet: lay the form out first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    parent = widget.parentWidget()
    while parent is not None:
        # The viewport's parent is the scroll area; ensureWidgetVisible takes any descendant.
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, 20, 20)
        parent = parent.parentWidget()
    if focus is not None:
        focus.setFocus(Qt.FocusReason.OtherFocusReason)


OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


def dialog_buttons(
    dialog: QDialog, standard: QDialogButtonBox.StandardButton = OK_CANCEL
) -> QDialogButtonBox:
    """The dialog's row of buttons: one with the accept role accepts the dialog, one with the
    reject role (Cancel, Close, Esc) rejects it."""
    buttons = QDialogButtonBox(standard)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def empty_state_page(text: str, button: QWidget) -> QWidget:
    """A centred "nothing here yet — do this" message with the button that does it."""
    page = QWidget()
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(HINT_STYLE)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    # At most 620 px wide, narrower in a small window. The label sits in the layout without an
    # alignment flag: an aligned label in a box layout ignores heightForWidth.
    label.setMaximumWidth(620)
    paragraph = QHBoxLayout()
    paragraph.addStretch(1)
    paragraph.addWidget(label, 100)
    paragraph.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addLayout(paragraph)
    layout.addSpacing(12)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
    return page


def to_qdate(value: date) -> QDate:
    """A Python date as Qt's (PySide's own conversion is not in every version's stubs)."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
