"""The client list: a table model over ``DossierService.list_clients``.

Filtering and sorting happen in SQL (never a QSortFilterProxyModel over the whole table), and
rows arrive a page at a time through ``canFetchMore``/``fetchMore``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from kam_desktop.domain.account_health import MONO_DEPENDENCE_SHARE_PCT
from kam_desktop.domain.dossier import ClientSummary
from kam_desktop.domain.enums import ClientStatus

if TYPE_CHECKING:  # the window is built before SQLAlchemy is imported (gui.deferred_open)
    from kam_desktop.services.dossiers import DossierService

ClientIdRole = Qt.ItemDataRole.UserRole + 1
MatchedPersonRole = Qt.ItemDataRole.UserRole + 2  # who in the decision group the search found
MatchedMemberRole = Qt.ItemDataRole.UserRole + 3  # that person's member id

_STATUS_LABELS = {
    ClientStatus.PROSPECT: QT_TRANSLATE_NOOP("ClientStatus", "Prospect"),
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("ClientStatus", "Active"),
    ClientStatus.KEY: QT_TRANSLATE_NOOP("ClientStatus", "Key client"),
    ClientStatus.DORMANT: QT_TRANSLATE_NOOP("ClientStatus", "Dormant"),
    ClientStatus.LOST: QT_TRANSLATE_NOOP("ClientStatus", "Lost"),
}


def status_label(status: ClientStatus) -> str:
    """The status as the user reads it, in the UI language (translated at call time)."""
    return QCoreApplication.translate("ClientStatus", _STATUS_LABELS[status])


class ClientListModel(QAbstractTableModel):
    PAGE_SIZE = 200
    # (service sort key, header) — every column sorts in SQL.
    COLUMNS: tuple[tuple[str, str], ...] = (
        ("name", QT_TRANSLATE_NOOP("ClientListModel", "Client")),
        ("status", QT_TRANSLATE_NOOP("ClientListModel", "Status")),
        ("industry", QT_TRANSLATE_NOOP("ClientListModel", "Industry")),
        ("region", QT_TRANSLATE_NOOP("ClientListModel", "Region")),
        ("member_count", QT_TRANSLATE_NOOP("ClientListModel", "DMU")),
        ("updated_at", QT_TRANSLATE_NOOP("ClientListModel", "Updated")),
    )
    NAME, STATUS, INDUSTRY, REGION, MEMBERS, UPDATED = range(6)

    def __init__(self, service: DossierService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[ClientSummary] = []
        self._query = ""
        self._status: ClientStatus | None = None
        self._order_by = "name"
        self._descending = False
        self._exhausted = True
        self._warning_icon: QIcon | None = None
        self._matched: dict[str, str] = {}
        self._matched_ids: dict[str, str] = {}

    # ---- what to show --------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def status_filter(self) -> ClientStatus | None:
        return self._status

    def set_filter(self, query: str, status: ClientStatus | None) -> None:
        """Filter by text (any word prefix, any case) and status; reloads the first page."""
        self._query, self._status = query.strip(), status
        self.reload()

    def set_order(self, column: int, order: Qt.SortOrder) -> None:
        """Remember the order without loading (used when restoring the layout)."""
        if 0 <= column < len(self.COLUMNS):
            self._order_by = self.COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_order(column, order)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._matched, self._matched_ids = {}, {}
        self._rows = self._page(0)
        self._exhausted = len(self._rows) < self.PAGE_SIZE
        self.endResetModel()

    def total_count(self) -> int:
        """How many clients match the current filter (all pages)."""
        if self._exhausted:
            return len(self._rows)
        return self._service.count_clients(self._query, self._status)

    def _page(self, offset: int) -> list[ClientSummary]:
        return self._service.list_clients(
            self._query,
            self._status,
            order_by=self._order_by,
            descending=self._descending,
            limit=self.PAGE_SIZE,
            offset=offset,
        )

    # ---- paging --------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self._rows))
        self._exhausted = len(page) < self.PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
            if self._matched:
                self._load_matches(first)

    def load_matched_people(self) -> None:
        """Find who matched in each listed client's group (run after the keystroke's list)."""
        self._load_matches(0)

    def _load_matches(self, first: int) -> None:
        if not self._query or first >= len(self._rows):
            return
        ids = [summary.id for summary in self._rows[first:]]
        found = self._service.matching_members(self._query, ids)
        for client_id, (member_id, name) in found.items():
            self._matched[client_id] = name
            self._matched_ids[client_id] = member_id
        self.dataChanged.emit(
            self.index(first, self.NAME),
            self.index(len(self._rows) - 1, self.INDUSTRY),
            [
                Qt.ItemDataRole.DisplayRole,
                MatchedPersonRole,
                MatchedMemberRole,
                Qt.ItemDataRole.ToolTipRole,
            ],
        )

    def matched_member_of(self, client_id: str) -> str | None:
        """The member the current search found in this client's group, looked up now if the
        list has not asked yet (one client: a single indexed query)."""
        if not self._query:
            return None
        if client_id not in self._matched_ids:
            found = self._service.matching_members(self._query, [client_id])
            if client_id not in found:
                return None
            self._matched_ids[client_id], self._matched[client_id] = found[client_id]
        return self._matched_ids[client_id]

    def is_complete(self) -> bool:
        """Every row of the current filter is loaded (no page left to fetch)."""
        return self._exhausted

    # ---- lookup --------------------------------------------------------------------------
    def client_id(self, row: int) -> str:
        return self._rows[row].id

    def summary(self, row: int) -> ClientSummary:
        return self._rows[row]

    def row_of(self, client_id: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == client_id:
                return row
        return None

    # ---- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.INDUSTRY and self._query:
                # While searching, this column says whom the search found in the group.
                return QCoreApplication.translate("ClientListModel", "Found in DMU")
            return QCoreApplication.translate("ClientListModel", self.COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.MEMBERS:
            return QCoreApplication.translate(
                "ClientListModel", "Members of the decision-making group"
            )
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == ClientIdRole:
            return summary.id
        if role == MatchedPersonRole and column == self.NAME:
            return self._matched.get(summary.id)
        if role == MatchedMemberRole and column == self.NAME:
            return self._matched_ids.get(summary.id)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return self._mono_icon() if summary.is_mono_dependent() else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            if summary.is_mono_dependent():
                return QCoreApplication.translate(
                    "ClientListModel",
                    "Mono-dependence: this client brings {share} % of our sales (over {pct} %).",
                ).format(
                    share=QLocale().toString(float(summary.sales_share_pct), "f", 0),
                    pct=MONO_DEPENDENCE_SHARE_PCT,
                )
            if summary.id in self._matched:
                return QCoreApplication.translate(
                    "ClientListModel", "{client}: found {person}"
                ).format(client=summary.name, person=self._matched[summary.id])
            return summary.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, summary: ClientSummary, column: int):
        if column == self.NAME:
            return summary.name
        if column == self.STATUS:
            return status_label(summary.status)
        if column == self.INDUSTRY:
            return self._matched.get(summary.id, "") if self._query else summary.industry
        if column == self.REGION:
            return summary.region
        if column == self.MEMBERS:
            return summary.member_count
        if column == self.UPDATED and summary.updated_at is not None:
            local = summary.updated_at.astimezone()
            return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)
        return None

    def _mono_icon(self) -> QIcon:
        if self._warning_icon is None:
            from PySide6.QtWidgets import QApplication, QStyle

            self._warning_icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._warning_icon
