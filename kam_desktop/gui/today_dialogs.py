"""The two small questions Today asks about a next step: how it went (mark done) and when
instead (move). They only collect the answer; the controller calls the service."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.agenda import AgendaItem
from kam_desktop.domain.enums import InteractionKind
from kam_desktop.gui.dossier_labels import DATE_FORMAT, format_date, interaction_kind_label
from kam_desktop.gui.forms import HINT_STYLE, from_qdate, to_qdate
from kam_desktop.gui.plain_text import plain


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMaximumWidth(160)
    return edit


def _step_label(item: AgendaItem) -> QLabel:
    label = plain(QLabel(f"{item.title}\n{item.client}"))  # data: shown as text
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MarkDoneDialog(QDialog):
    """The outcome of a step: recorded as an interaction of that client (undo removes it)."""

    def __init__(self, item: AgendaItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the step done"))
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("What came of it, what was agreed"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(self.outcome.fontMetrics().lineSpacing() * 4 + 14)
        self.kind = QComboBox()
        for kind in InteractionKind:
            self.kind.addItem(interaction_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(InteractionKind.CALL.value))
        self.done_on = _date_edit(date.today())
        hint = plain(
            QLabel(self.tr("It is recorded in the client's interactions; Ctrl+Z takes it back."))
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("How:"), self.kind)
        form.addRow(self.tr("Done on:"), self.done_on)
        layout = QVBoxLayout(self)
        layout.addWidget(_step_label(item))
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, self.tr("Mark done")))
        self.setMinimumWidth(440)
        self.outcome.setFocus()

    def outcome_text(self) -> str:
        return self.outcome.toPlainText()

    def interaction_kind(self) -> InteractionKind:
        return InteractionKind(self.kind.currentData())

    def day(self) -> date:
        return from_qdate(self.done_on.date())


class MoveStepDialog(QDialog):
    """A new due date for a step (default: the next day, a common "call tomorrow")."""

    def __init__(self, item: AgendaItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move the step"))
        start = max(item.date, date.today())
        self.due_on = _date_edit(date.fromordinal(start.toordinal() + 1))
        self.due_on.setMinimumDate(to_qdate(date.today()))
        form = QFormLayout()
        form.addRow(self.tr("Due now:"), plain(QLabel(format_date(item.date))))
        form.addRow(self.tr("New date:"), self.due_on)
        layout = QVBoxLayout(self)
        layout.addWidget(_step_label(item))
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Move")))
        self.setMinimumWidth(380)
        self.due_on.setFocus()

    def day(self) -> date:
        return from_qdate(self.due_on.date())
