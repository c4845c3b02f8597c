"""The base of the dossier's table models (members, interactions, proposals): a list of records,
one row each, found by id; a model sorts itself when its view asks (a proxy model over Python
rows is slow, see DESIGN.md), keeping the views' selections on the same records."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


class Record(Protocol):
    @property
    def id(self) -> str | None: ...


R = TypeVar("R", bound=Record)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses set ``columns`` and, to sort, ``_sort_key``; ``_rows`` holds the records."""

    columns: type[IntEnum]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None  # None: as given

    def row_of(self, record_id: str | None) -> int:
        """The row of the record with ``record_id``, -1 when it is not shown."""
        return next((row for row, record in enumerate(self._rows) if record.id == record_id), -1)

    # ---- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    # ---- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {id(record): row for row, record in enumerate(self._rows)}
        self._sort_rows()
        new_row_of_old = {old[id(record)]: row for row, record in enumerate(self._rows)}
        for index in self.persistentIndexList():
            new_row = new_row_of_old[index.row()]
            self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        """Order ``_rows`` as last asked (by a view or the model's default); quiet."""
        if self._sort is not None:
            column, order = self._sort
            reverse = order == Qt.SortOrder.DescendingOrder
            self._rows.sort(key=self._sort_key(column), reverse=reverse)

    def _sort_key(self, column: int) -> Callable[[R], Any]:
        raise NotImplementedError
