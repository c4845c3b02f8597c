"""Helpers for the small tables inside forms and dialogs (team, referees, tenders, contacts,
family, vCard import): one way to build them, to size their columns and to fill a row of a
record with a tick box, so the tables look and behave alike."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole  # the record's id, on the first cell of its row
Column = TypeVar("Column", bound=int)  # a column number or a model's IntEnum of columns


def record_table(headers: Sequence[str], rows: int = 0) -> QTableWidget:
    """A table with a column per header: whole rows are selected, rows are not numbered."""
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def stretch_columns(table: QTableView, fit: Iterable[int] = ()) -> None:
    """The columns share the width; those in ``fit`` (short values, tick boxes) fit their
    contents."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def set_column_widths(table: QTableView, widths: Mapping[Column, int]) -> None:
    """Start widths in pixels by column (the user can still drag them)."""
    for column, width in widths.items():
        table.setColumnWidth(column, width)


def tick_item(checked: bool) -> QTableWidgetItem:
    """A cell that holds only a tick box."""
    item = QTableWidgetItem()
    item.setFlags(
        Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    )
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def append_record_row(
    table: QTableWidget, record_id: str | None, texts: Sequence[str], ticked: bool
) -> int:
    """A row of ``texts`` with the record's id on its first cell and a tick box after the
    texts; returns the row. Quiet: ``itemChanged`` is not emitted for what is filled in."""
    row = table.rowCount()
    table.blockSignals(True)
    table.insertRow(row)
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if column == 0:
            item.setData(RECORD_ID_ROLE, record_id)
        table.setItem(row, column, item)
    table.setItem(row, len(texts), tick_item(ticked))
    table.blockSignals(False)
    return row
