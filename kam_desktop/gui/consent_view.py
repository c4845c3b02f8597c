"""Consent across the portfolio (Go → Consent to personal data…): every person whose consent
to keep their personal data is missing or outdated, with their client — the list a KAM works
through before an audit. Double-click opens the person's card in the decision group.

Rows come from ``ConsentService`` a page of clients at a time (``fetchMore``); which people is
a filter in SQL. The service is imported when the window opens (start-up speed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.consent import ConsentPerson, ConsentState
from kam_desktop.gui.dossier_labels import format_date
from kam_desktop.gui.forms import HINT_STYLE
from kam_desktop.gui.plain_text import as_text, plain

if TYPE_CHECKING:
    from kam_desktop.gui.main_window import MainWindow
    from kam_desktop.services.consent import ConsentService

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAGE_CLIENTS = 50  # the people of this many clients a page (~1,000 rows at 30 a client)
WARNING_BACKGROUND = QBrush(QColor("#fff4e0"))  # as the decision group's consent column
WARNING_FOREGROUND = QBrush(QColor("#8a4b00"))
BOTH = frozenset({ConsentState.MISSING, ConsentState.EXPIRED})


class ConsentModel(QAbstractTableModel):
    """People with missing or outdated consent, by client and name, a page at a time."""

    PERSON, POSITION, CLIENT, CONSENT, HOW = range(5)

    def __init__(self, service: ConsentService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._states: frozenset[ConsentState] = BOTH
        self._rows: list[ConsentPerson] = []
        self._clients_read = 0
        self._exhausted = True
        self.today = date.today()

    def set_states(self, states: frozenset[ConsentState]) -> None:
        self._states = states
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.today = date.today()
        self._rows, self._clients_read = [], 0
        self._rows = self._next_page()
        self.endResetModel()

    def total_count(self) -> int:
        if self._exhausted:
            return len(self._rows)
        return self._service.count(self._states, self.today)

    def _next_page(self) -> list[ConsentPerson]:
        page = self._service.people(
            self._states, self.today, clients=PAGE_CLIENTS, clients_offset=self._clients_read
        )
        clients = len({person.client_id for person in page})
        self._clients_read += clients
        self._exhausted = clients < PAGE_CLIENTS
        return page

    def person(self, row: int) -> ConsentPerson:
        return self._rows[row]

    # ---- the model -------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._next_page()
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.PERSON: self.tr("Person"),
            self.POSITION: self.tr("Position"),
            self.CLIENT: self.tr("Client"),
            self.CONSENT: self.tr("Consent"),
            self.HOW: self.tr("How obtained"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        person, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(self._display(person, column)) or None
        if column == self.CONSENT and role == Qt.ItemDataRole.BackgroundRole:
            return WARNING_BACKGROUND
        if column == self.CONSENT and role == Qt.ItemDataRole.ForegroundRole:
            return WARNING_FOREGROUND
        return None

    def _display(self, person: ConsentPerson, column: int) -> str:
        if column == self.PERSON:
            return person.name
        if column == self.POSITION:
            return person.position
        if column == self.CLIENT:
            return person.client
        if column == self.CONSENT:
            if person.state is ConsentState.MISSING:
                return self.tr("no")
            return self.tr("outdated · %1").replace("%1", format_date(person.consent_on))
        return person.consent_how


class ConsentView(QWidget):
    """The list and its filter; ``open_person(client_id, member_id)`` is called on
    double-click."""

    def __init__(
        self,
        service: ConsentService,
        open_person: Callable[[str, str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent to personal data — KAM Desktop"))
        self._service = service
        self._open_person = open_person
        self.model = ConsentModel(service, self)
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("Missing or outdated"), BOTH)
        self.show_combo.addItem(self.tr("No consent recorded"), frozenset({ConsentState.MISSING}))
        self.show_combo.addItem(self.tr("Outdated consent"), frozenset({ConsentState.EXPIRED}))
        self.period = plain(QLabel())
        self.period.setStyleSheet(HINT_STYLE)
        self.count_label = plain(QLabel())
        self.count_label.setStyleSheet(HINT_STYLE)

        filters = QHBoxLayout()
        filters.addWidget(plain(QLabel(self.tr("Show:"))))
        filters.addWidget(self.show_combo)
        filters.addSpacing(12)
        filters.addWidget(self.period, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (ConsentModel.PERSON, 230),
            (ConsentModel.POSITION, 190),
            (ConsentModel.CLIENT, 190),
            (ConsentModel.CONSENT, 150),
        ):
            header.resizeSection(column, width)
        self.table.activated.connect(self._open)  # double-click and Enter

        hint = plain(
            QLabel(
                self.tr(
                    "Double-click a person to open their card and record the consent. Consent "
                    "recorded without a date counts as recorded and is never outdated."
                )
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.apply_filter()

    def apply_filter(self) -> None:
        months = self._service.months()
        if months:
            text = self.tr("Outdated: older than %1 months (Settings → Today).")
            self.period.setText(text.replace("%1", str(months)))
        else:
            self.period.setText(self.tr("Consent is never outdated: the period is 0."))
        self.model.set_states(self.show_combo.currentData())
        self.count_label.setText(self.tr("People: %1").replace("%1", str(self.model.total_count())))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and self._open_person is not None:
            person = self.model.person(index.row())
            self._open_person(person.client_id, person.member_id)


# ---- the main window's hook -----------------------------------------------------------------
def open_person(window: MainWindow, client_id: str, member_id: str) -> None:
    """Show a person's card in the main window's decision group (asking first about unsaved
    edits); a dossier not shown yet is read first and the person chosen when it arrives."""
    dossier = window.dossier
    window.raise_()
    window.activateWindow()
    if dossier.client_id == client_id and dossier.is_showing_client():
        window.central.setCurrentWidget(window.splitter)
        dossier.show_member(member_id)
        return
    if not dossier.confirm_leave():
        return

    def arrived(opened_id: str) -> None:
        done(opened_id)
        if opened_id == client_id:
            dossier.show_member(member_id)

    def done(_client_id: str) -> None:
        dossier.opened.disconnect(arrived)
        dossier.open_failed.disconnect(done)

    dossier.opened.connect(arrived)
    dossier.open_failed.connect(done)
    window.open_client(client_id)


def show_consent(window: MainWindow) -> ConsentView:
    """The list in a window of its own (one per main window, read again when raised)."""
    from kam_desktop.gui.tool_window import show_tool_window
    from kam_desktop.services.consent import ConsentService

    def make() -> ConsentView:
        return ConsentView(
            ConsentService(window.db),
            lambda cid, mid: open_person(window, cid, mid),
            parent=window,
        )

    return show_tool_window(window, "consent_view", make, (1100, 600))


def consent_action(window: MainWindow) -> QAction:
    """The Go menu's "Consent to personal data…" action."""
    action = QAction(
        QCoreApplication.translate("ConsentView", "&Consent to personal data…"), window
    )
    action.setStatusTip(
        QCoreApplication.translate(
            "ConsentView", "People whose consent to keep personal data is missing or outdated"
        )
    )
    action.triggered.connect(lambda: show_consent(window))
    window.addAction(action)
    return action
