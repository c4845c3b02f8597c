"""A date field that may stay empty: a check box switches the date on and off."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from kam_desktop.gui.dossier_labels import DATE_FORMAT
from kam_desktop.gui.forms import to_qdate


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setEnabled(False)
        self.setFocusProxy(self.date_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        layout.addStretch(1)
        self.check.toggled.connect(self._on_toggled)
        self.date_edit.dateChanged.connect(lambda _d: self.changed.emit())

    def _on_toggled(self, on: bool) -> None:
        self.date_edit.setEnabled(on)
        self.changed.emit()

    def value(self) -> date | None:
        return self.date_edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.date_edit.setEnabled(value is not None)
        self.date_edit.setDate(to_qdate(value) if value else QDate.currentDate())
