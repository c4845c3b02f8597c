"""Birthday entry: day and month required, year optional (29 February allowed without a year)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from kam_desktop.domain.dossier import Birthday
from kam_desktop.gui.dossier_labels import days_hint, ui_locale

NO_YEAR = 1899  # the year spin box's minimum, shown as "year unknown"
HINT_DAYS = 14  # show "in N days" when the birthday is this close
_BIRTHDAY_TEXT = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*(?:[./-]\s*(\d{4}))?\s*$")


def parse_birthday(text: str) -> Birthday | None:
    """'14.03' or '14.03.1975' → Birthday; '' → None; anything else raises ValueError."""
    if not text.strip():
        return None
    match = _BIRTHDAY_TEXT.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year = match.groups()
    return Birthday(int(day), int(month), int(year) if year else None)


def format_birthday(birthday: Birthday | None) -> str:
    if birthday is None:
        return ""
    text = f"{birthday.day:02d}.{birthday.month:02d}"
    return f"{text}.{birthday.year:04d}" if birthday.year else text


def upcoming_days(birthday: Birthday | None, today: date) -> int | None:
    """Days until the next birthday when it is within HINT_DAYS, else None."""
    if birthday is None or not birthday.is_valid():
        return None
    days = (birthday.next_occurrence(today) - today).days
    return days if days <= HINT_DAYS else None


class BirthdayEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = QSpinBox()
        self.day.setRange(0, 31)
        self.day.setSpecialValueText(self.tr("day"))
        self.day.setAccessibleName(self.tr("Day"))
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        self.month.addItem(self.tr("month"), 0)
        locale = ui_locale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number), number)
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(self.tr("year unknown"))
        self.year.setAccessibleName(self.tr("Year"))
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #1a73e8;")
        self.setFocusProxy(self.day)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.month)
        layout.addWidget(self.year)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.day.valueChanged.connect(self._on_changed)
        self.month.currentIndexChanged.connect(self._on_changed)
        self.year.valueChanged.connect(self._on_changed)

    def _on_changed(self, *_args: object) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        try:
            days = upcoming_days(self.value(), date.today())
        except ValueError:
            days = None
        self.hint.setText(
            self.tr("birthday %1").replace("%1", days_hint(days)) if days is not None else ""
        )

    def value(self) -> Birthday | None:
        """None when empty; ValueError when only one of day and month is given."""
        day, month = self.day.value(), self.month.currentData()
        if not day and not month:
            return None
        if not day or not month:
            raise ValueError("day and month are both required")
        year = self.year.value()
        return Birthday(day, month, None if year == NO_YEAR else year)

    def set_value(self, birthday: Birthday | None) -> None:
        self.day.setValue(birthday.day if birthday else 0)
        self.month.setCurrentIndex(birthday.month if birthday else 0)
        self.year.setValue(birthday.year if birthday and birthday.year else NO_YEAR)
        self._update_hint()
