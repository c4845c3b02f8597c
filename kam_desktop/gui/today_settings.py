"""Settings → Today: the stay-in-touch cadences (who must be contacted how often), the follow-up
reminder before a proposal's validity date, the morning tray message, and the period after
which a person's consent to keep their personal data is renewed (0: no reminder).

A cadence row: people of at least this influence, at clients of these statuses, are contacted
every N days; where several rows apply, the shortest wins (``domain/agenda.cadence_days``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.agenda import CadenceRule
from kam_desktop.domain.consent import MAX_CONSENT_MONTHS
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.gui.client_list_model import status_label
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE, INVALID_CELL, FieldWithError
from kam_desktop.gui.plain_text import plain
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.consent import ConsentService

STATUSES = tuple(ClientStatus)
INFLUENCE_COLUMN = 0
DAYS_COLUMN = len(STATUSES) + 1


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setFrame(False)
    return box


class AgendaSettingsBox(QGroupBox):
    """The section (a tab of the Settings dialog)."""

    def __init__(self, service: AgendaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Stay in touch and follow-up"))
        self._service = service
        self.table = QTableWidget(0, DAYS_COLUMN + 1)
        labels = [self.tr("Influence from"), *(status_label(s) for s in STATUSES)]
        # Two-line headers: the seven columns fit the dialog's width without a scroll bar.
        self.table.setHorizontalHeaderLabels(
            [*(label.replace(" ", "\n", 1) for label in labels), self.tr("Every")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.cadence_error = plain(QLabel())
        self.cadence_error.setStyleSheet(ERROR_STYLE)
        self.cadence_error.setWordWrap(True)
        self.cadence_error.hide()
        self.add_button = QPushButton(self.tr("Add rule"))
        self.remove_button = QPushButton(self.tr("Remove rule"))
        self.add_button.clicked.connect(lambda: self._add_row(CadenceRule(4, frozenset(), 30)))
        self.remove_button.clicked.connect(self._remove_row)
        for rule in service.cadences():
            self._add_row(rule)
        self.table.setFixedHeight(self._table_height(5))

        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 365)
        self.reminder_days.setSuffix(self.tr(" days"))
        self.reminder_days.setValue(service.reminder_days())
        self.reminder_days.setMaximumWidth(140)
        self.reminder_row = FieldWithError(self.reminder_days)
        self.notify = QCheckBox(self.tr("Each morning, list what is due in a tray message"))
        self.notify.setChecked(service.notify_daily())
        self._consent = ConsentService(service.db)
        self.consent_months = QSpinBox()
        self.consent_months.setRange(0, MAX_CONSENT_MONTHS)
        self.consent_months.setSuffix(self.tr(" months"))
        self.consent_months.setSpecialValueText(self.tr("no reminder"))
        self.consent_months.setValue(self._consent.months())
        self.consent_months.setMaximumWidth(140)
        self.consent_months.setToolTip(
            self.tr(
                "People whose consent to keep their personal data is older than this appear "
                "in Today as «Renew consent» (0: no reminder)."
            )
        )
        self.consent_row = FieldWithError(self.consent_months)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = plain(
            QLabel(
                self.tr(
                    "Stay in touch: people of at least this influence at clients of the ticked "
                    "statuses appear in Today when not contacted for this many days (the "
                    "shortest matching rule applies; each recorded interaction resets it)."
                )
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Reminder before validity ends:"), self.reminder_row)
        form.addRow(self.notify)
        form.addRow(self.tr("Remind about consent older than:"), self.consent_row)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.cadence_error)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addStretch(1)

    def tab_title(self) -> str:
        return self.tr("Today")

    def _table_height(self, rows: int) -> int:
        row = self.table.verticalHeader().defaultSectionSize()
        return self.table.horizontalHeader().sizeHint().height() + rows * row + 4

    # ---- rows ------------------------------------------------------------------------------
    def _add_row(self, rule: CadenceRule) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, INFLUENCE_COLUMN, _spin(1, 5, rule.min_influence))
        for column, status in enumerate(STATUSES, start=1):
            cell = QTableWidgetItem()
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = status in rule.statuses
            cell.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, cell)
        days = _spin(1, 3650, rule.days, self.tr(" days"))
        self.table.setCellWidget(row, DAYS_COLUMN, days)
        self.table.setCurrentCell(row, 0)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _spin_at(self, row: int, column: int) -> QSpinBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QSpinBox)
        return widget

    def rules(self) -> list[CadenceRule]:
        rules = []
        for row in range(self.table.rowCount()):
            statuses = frozenset(
                status
                for column, status in enumerate(STATUSES, start=1)
                if (cell := self.table.item(row, column)) is not None
                and cell.checkState() == Qt.CheckState.Checked
            )
            rules.append(
                CadenceRule(
                    self._spin_at(row, INFLUENCE_COLUMN).value(),
                    statuses,
                    self._spin_at(row, DAYS_COLUMN).value(),
                )
            )
        return rules

    # ---- checking and saving -----------------------------------------------------------------
    def check(self) -> bool:
        """Mark the rows without a status (the spin boxes keep the numbers in range)."""
        empty = [row for row, rule in enumerate(self.rules()) if not rule.statuses]
        for row in range(self.table.rowCount()):
            for column in range(1, DAYS_COLUMN):
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setBackground(INVALID_CELL if row in empty else Qt.GlobalColor.transparent)
        if empty:
            rows = ", ".join(str(row + 1) for row in empty)
            self.show_errors(
                {
                    "cadences": self.tr("Rule {rows}: tick at least one client status.").format(
                        rows=rows
                    )
                }
            )
            return False
        self.show_errors({})
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        message = errors.get("cadences")
        self.cadence_error.setText(message or "")
        self.cadence_error.setVisible(bool(message))
        self.reminder_row.set_error(errors.get("reminder_days"))
        self.consent_row.set_error(errors.get("consent_months"))

    def save(self) -> None:
        """Store the four settings (in the caller's transaction); raises ValidationError."""
        self._service.set_cadences(self.rules())
        self._service.set_reminder_days(self.reminder_days.value())
        self._service.set_notify_daily(self.notify.isChecked())
        self._consent.set_months(self.consent_months.value())
