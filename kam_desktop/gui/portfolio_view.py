"""The portfolio («Портфель»): every client's account health in one table, in its own window.

Share of our sales with its band, reliability check and its age, value of open proposals, last
contact and coverage score. A click on a header sorts in SQL, the filters are SQL WHERE
clauses, rows come a page at a time (``fetchMore``); the coverage score is computed by the
service for each page as it arrives, so it is shown but not a sort key. Double-click opens the
client in the main window. The services are imported when the window opens (start-up speed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.account_health import ShareBand
from kam_desktop.domain.enums import ClientStatus, ReliabilityResult
from kam_desktop.domain.portfolio import PAGE_SIZE, PortfolioEntry, PortfolioFilter, PortfolioSort
from kam_desktop.gui.client_list_model import status_label
from kam_desktop.gui.forms import HINT_STYLE

if TYPE_CHECKING:
    from kam_desktop.gui.main_window import MainWindow
    from kam_desktop.services.database import Database
    from kam_desktop.services.portfolio import PortfolioService

ClientIdRole = Qt.ItemDataRole.UserRole + 1
DEFAULT_NO_CONTACT_DAYS = 60
NAME_WIDTH = 165  # long names elide; the user can widen the column

BAND_COLOURS = {
    ShareBand.KEY: "#DCEFE0",
    ShareBand.ABOVE_KEY: "#FFF1CC",
    ShareBand.MONO_DEPENDENT: "#F8D7D3",
}


def band_label(band: ShareBand) -> str:
    """The band as the filter lists it (with its range)."""
    return {
        ShareBand.UNKNOWN: QCoreApplication.translate("PortfolioView", "no share"),
        ShareBand.BELOW_KEY: QCoreApplication.translate("PortfolioView", "below key"),
        ShareBand.KEY: QCoreApplication.translate("PortfolioView", "key 30–55 %"),
        ShareBand.ABOVE_KEY: QCoreApplication.translate("PortfolioView", "above key"),
        ShareBand.MONO_DEPENDENT: QCoreApplication.translate(
            "PortfolioView", "mono-dependence > 75 %"
        ),
    }[band]


def band_chip(band: ShareBand) -> str:
    """The band beside a share in the table (short: the colour says the rest)."""
    return {
        ShareBand.UNKNOWN: QCoreApplication.translate("PortfolioView", "no share"),
        ShareBand.BELOW_KEY: QCoreApplication.translate("PortfolioView", "below key"),
        ShareBand.KEY: QCoreApplication.translate("PortfolioView", "key"),
        ShareBand.ABOVE_KEY: QCoreApplication.translate("PortfolioView", "above key"),
        ShareBand.MONO_DEPENDENT: QCoreApplication.translate("PortfolioView", "mono-dependence"),
    }[band]


def reliability_label(result: ReliabilityResult) -> str:
    return {
        ReliabilityResult.NOT_CHECKED: QCoreApplication.translate("PortfolioView", "not checked"),
        ReliabilityResult.RELIABLE: QCoreApplication.translate("PortfolioView", "reliable"),
        ReliabilityResult.ACCEPTABLE: QCoreApplication.translate("PortfolioView", "acceptable"),
        ReliabilityResult.RISKY: QCoreApplication.translate("PortfolioView", "risky"),
    }[result]


def _days(n: int) -> str:
    return QCoreApplication.translate("PortfolioView", "%1 d").replace("%1", str(n))


def _amount(entry: PortfolioEntry) -> str:
    if not entry.open_count:
        return "—"
    whole = f"{entry.open_value:,.0f}".replace(",", "\u00a0")
    currency = (
        QCoreApplication.translate("PortfolioView", "mixed")
        if entry.open_currency == "*"
        else entry.open_currency
    )
    return f"{whole} {currency} ({entry.open_count})"


class PortfolioModel(QAbstractTableModel):
    """The portfolio's rows a page at a time; ``sort`` and ``set_filter`` reload from SQL."""

    # The sort key of each column (headers: ``header_label``); None: SQL cannot sort it.
    COLUMNS: tuple[PortfolioSort | None, ...] = (
        PortfolioSort.NAME,
        PortfolioSort.STATUS,
        PortfolioSort.SHARE,
        PortfolioSort.RELIABILITY,
        PortfolioSort.OPEN_VALUE,
        PortfolioSort.LAST_CONTACT,
        None,
    )
    NAME, STATUS, SHARE, RELIABILITY, OPEN_VALUE, LAST_CONTACT, COVERAGE = range(7)

    def __init__(self, service: PortfolioService, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today or date.today()
        self._rows: list[PortfolioEntry] = []
        self._where = PortfolioFilter()
        self._sort = PortfolioSort.SHARE
        self._desc = True
        self._exhausted = True

    def set_filter(self, where: PortfolioFilter) -> None:
        self._where = where
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else None
        if key is None:
            return  # the coverage score is not in SQL (see the module doc)
        self._sort, self._desc = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._page(0)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def total_count(self) -> int:
        if self._exhausted:
            return len(self._rows)
        return self._service.count(self._where, today=self._today)

    def _page(self, offset: int) -> list[PortfolioEntry]:
        return self._service.page(
            self._where, self._sort, self._desc, offset, PAGE_SIZE, today=self._today
        )

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self._rows))
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def entry(self, row: int) -> PortfolioEntry:
        return self._rows[row]

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
            return header_label(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(section)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == ClientIdRole:
            return entry.client_id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return entry.name  # an elided long name in full
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.OPEN_VALUE, self.COVERAGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: PortfolioEntry, column: int) -> str:
        today = self._today
        if column == self.NAME:
            return entry.name
        if column == self.STATUS:
            return status_label(entry.status)
        if column == self.SHARE:
            if entry.share_pct is None:
                return band_chip(entry.band)
            share = (
                f"{entry.share_pct:.0f}"
                if entry.share_pct == int(entry.share_pct)
                else (f"{entry.share_pct:.1f}")
            )
            return f"{share} % · {band_chip(entry.band)}"
        if column == self.RELIABILITY:
            age = entry.reliability_age_days(today)
            text = reliability_label(entry.reliability)
            return text if age is None else f"{text} · {_days(age)}"
        if column == self.OPEN_VALUE:
            return _amount(entry)
        if column == self.LAST_CONTACT:
            days = entry.days_since_contact(today)
            if days is None or entry.last_contact_on is None:
                return QCoreApplication.translate("PortfolioView", "never")
            return f"{entry.last_contact_on.strftime('%d.%m.%Y')} · {_days(days)}"
        score = entry.coverage_score
        return "—" if score is None else f"{score} %"

    def _background(self, entry: PortfolioEntry, column: int) -> QBrush | None:
        colour: str | None = None
        if column == self.SHARE:
            colour = BAND_COLOURS.get(entry.band)
        elif column == self.RELIABILITY:
            age = entry.reliability_age_days(self._today)
            stale = age is None or age > 365
            colour = "#F8D7D3" if entry.reliability is ReliabilityResult.RISKY else None
            colour = colour or ("#FFF1CC" if stale else None)
        elif column == self.COVERAGE and entry.coverage_score is not None:
            colour = "#DCEFE0" if entry.coverage_score >= 80 else None
            colour = colour or ("#F8D7D3" if entry.coverage_score < 50 else None)
        return QBrush(QColor(colour)) if colour else None


def header_label(section: int) -> str:
    return (
        QCoreApplication.translate("PortfolioView", "Client"),
        QCoreApplication.translate("PortfolioView", "Status"),
        QCoreApplication.translate("PortfolioView", "Share"),
        QCoreApplication.translate("PortfolioView", "Reliability"),
        QCoreApplication.translate("PortfolioView", "Open proposals"),
        QCoreApplication.translate("PortfolioView", "Last contact"),
        QCoreApplication.translate("PortfolioView", "Coverage"),
    )[section]


def header_tip(section: int) -> str | None:
    if section == PortfolioModel.SHARE:
        return QCoreApplication.translate("PortfolioView", "Share of our sales")
    if section == PortfolioModel.RELIABILITY:
        return QCoreApplication.translate(
            "PortfolioView", "Reliability check: the result and how many days ago it was done"
        )
    if section == PortfolioModel.COVERAGE:
        return QCoreApplication.translate(
            "PortfolioView",
            "Share of the account checks the decision group passes: roles covered, "
            "a champion, an executive sponsor, no influential opponent, key people in touch",
        )
    return None


class PortfolioView(QWidget):
    """The table and its filters; ``open_client(client_id)`` is called on double-click."""

    def __init__(
        self,
        service: PortfolioService,
        open_client: Callable[[str], object] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfolio — KAM Desktop"))
        self._open_client = open_client
        self.model = PortfolioModel(service, today, self)

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in ClientStatus:
            self.status_combo.addItem(status_label(status), status)
        self.band_combo = QComboBox()
        self.band_combo.addItem(self.tr("Any share"), None)
        for band in ShareBand:
            self.band_combo.addItem(band_label(band), band)
        self.no_contact_check = QCheckBox(self.tr("No contact for more than"))
        self.no_contact_days = QSpinBox()
        self.no_contact_days.setRange(1, 3650)
        self.no_contact_days.setValue(DEFAULT_NO_CONTACT_DAYS)
        self.no_contact_days.setSuffix(self.tr(" days"))
        self.stale_check = QCheckBox(self.tr("Reliability check older than a year"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet(HINT_STYLE)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_combo)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Share:")))
        filters.addWidget(self.band_combo)
        filters.addSpacing(8)
        filters.addWidget(self.no_contact_check)
        filters.addWidget(self.no_contact_days)
        filters.addSpacing(8)
        filters.addWidget(self.stale_check)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The name takes the room left; the figures are as wide as they need (200 rows a page).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PortfolioModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PortfolioModel.NAME, NAME_WIDTH)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(PortfolioModel.SHARE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.doubleClicked.connect(self._open)

        hint = QLabel(
            self.tr(
                "Click a column header to sort; double-click a client to open the dossier. "
                "Key clients usually bring 30–55 % of sales; above 75 % is mono-dependence."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.count_label)
        layout.addLayout(bottom)

        for combo in (self.status_combo, self.band_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.no_contact_check.toggled.connect(self.apply_filter)
        self.no_contact_days.valueChanged.connect(self._days_changed)
        self.stale_check.toggled.connect(self.apply_filter)
        self.apply_filter()

    def current_filter(self) -> PortfolioFilter:
        return PortfolioFilter(
            status=self.status_combo.currentData(),
            band=self.band_combo.currentData(),
            no_contact_days=(
                self.no_contact_days.value() if self.no_contact_check.isChecked() else None
            ),
            reliability_stale=self.stale_check.isChecked(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(
            self.tr("Clients: %1").replace("%1", str(self.model.total_count()))
        )

    def _days_changed(self) -> None:
        if self.no_contact_check.isChecked():
            self.apply_filter()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if PortfolioModel.COLUMNS[column] is None:
            return
        self.model.sort(column, order)

    def _open(self, index: QModelIndex) -> None:
        client_id = index.data(ClientIdRole)
        if client_id and self._open_client is not None:
            self._open_client(client_id)


# ---- the main window's hook -----------------------------------------------------------------
def portfolio_service(db: Database) -> PortfolioService:
    from kam_desktop.services.portfolio import PortfolioService

    return PortfolioService(db)


def open_in_window(window: MainWindow, client_id: str) -> None:
    """Show a client of the portfolio in the main window (asking first about unsaved edits)."""
    if window.dossier.client_id != client_id:
        if not window.dossier.confirm_leave():
            return
        window.dossier.open_client(client_id)
        window._select_row_of(client_id)
    window.central.setCurrentWidget(window.splitter)
    window.raise_()
    window.activateWindow()


def show_portfolio(window: MainWindow) -> PortfolioView:
    """The portfolio in a window of its own (one per main window, raised when open)."""
    from kam_desktop.gui.tool_window import show_tool_window

    def make() -> PortfolioView:
        return PortfolioView(
            portfolio_service(window.db), lambda cid: open_in_window(window, cid), parent=window
        )

    return show_tool_window(window, "portfolio_view", make, (1200, 640))


def portfolio_action(window: MainWindow) -> QAction:
    """The Go menu's "Portfolio" action (Ctrl+Shift+P)."""
    action = QAction(QCoreApplication.translate("PortfolioView", "&Portfolio"), window)
    action.setShortcut("Ctrl+Shift+P")
    action.setStatusTip(
        QCoreApplication.translate(
            "PortfolioView", "Every client's account health: share, reliability, proposals, contact"
        )
    )
    action.triggered.connect(lambda: show_portfolio(window))
    window.addAction(action)
    return action
