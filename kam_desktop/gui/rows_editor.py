"""A small editable table of rows (contacts, family) with Add/Remove and per-cell errors.

Nested validation keys such as ``contacts.0.value`` are shown on that cell (red background and
tooltip) and listed under the table, so the user sees which row is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.forms import ERROR_STYLE
from kam_desktop.gui.plain_text import as_text, plain
from kam_desktop.gui.tables import record_table

ERROR_CELL_COLOR = QColor("#fdecea")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsEditor(QWidget):
    """Subclasses set ``fields`` (one validation key per column) and fill/read rows."""

    changed = Signal()
    fields: tuple[str, ...] = ()
    prefix = ""

    def __init__(self, headers: list[str], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.table = record_table(headers)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        self.error_label = plain(QLabel())
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected_rows)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        self.table.itemChanged.connect(self._on_item_changed)

    # ---- rows --------------------------------------------------------------------------
    def _fit_height(self) -> None:
        """Show every row (there are only a few), with room for one more, so nothing scrolls."""
        rows = max(self.table.rowCount(), 1) + 1
        height = self.table.horizontalHeader().height() or 24
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

    def fill_row(self, row: int, value: object | None) -> None:
        raise NotImplementedError

    def set_rows(self, values: list) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for value in values:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.fill_row(row, value)
            self.clear_errors()
        finally:
            self._loading = False
        self._fit_height()

    def add_row(self) -> int:
        self._loading = True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.fill_row(row, None)
        finally:
            self._loading = False
        self._fit_height()
        column = self.new_row_column()
        self.table.setCurrentCell(row, column)
        item = self.table.item(row, column)
        if item is not None:  # fill_row put one there
            self.table.editItem(item)
        self.changed.emit()
        return row

    def first_text_column(self) -> int:
        """The column that holds the row's id and takes the focus in a new row."""
        return 0

    def new_row_column(self) -> int:
        """The cell a new row starts editing: what the user came to type."""
        return self.first_text_column()

    def remove_selected_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit_height()
        if rows:
            self.clear_errors()
            self.changed.emit()

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def row_id(self, row: int) -> str | None:
        item = self.table.item(row, self.first_text_column())
        return item.data(ID_ROLE) if item else None

    def set_text_item(self, row: int, column: int, text: str, row_id: str | None = None) -> None:
        item = QTableWidgetItem(text)
        if row_id is not None:
            item.setData(ID_ROLE, row_id)
        self.table.setItem(row, column, item)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._mark_cell(item.row(), item.column(), None)
        self.changed.emit()

    # ---- errors ------------------------------------------------------------------------
    def _mark_cell(self, row: int, column: int, message: str | None) -> None:
        item = self.table.item(row, column)
        if item is None:
            return
        was_loading, self._loading = self._loading, True
        item.setBackground(QBrush(ERROR_CELL_COLOR) if message else QBrush())
        item.setToolTip(as_text(message or ""))
        self._loading = was_loading

    def clear_errors(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                self._mark_cell(row, column, None)
        self.error_label.hide()
        self.error_label.clear()

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Mark cells for keys '<prefix>.<row>.<field>'; returns True when any was shown."""
        self.clear_errors()
        lines = []
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) != 3 or parts[0] != self.prefix or parts[2] not in self.fields:
                continue
            row, column = int(parts[1]), self.fields.index(parts[2])
            self._mark_cell(row, column, message)
            lines.append(self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", message))
        if lines:
            self.error_label.setText("\n".join(lines))
            self.error_label.show()
        return bool(lines)
