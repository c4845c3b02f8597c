"""The Today page: the window's start page (the right pane while no client is open).

Layout only: the items in sections (``today_model``), the buttons that act on the selected
one, and the empty states that say what to do. What a click does is the controller's
(``today_controller``): the page only reports it through its signals.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.agenda import DEFAULT_HORIZON_DAYS, AgendaItem, AgendaKind
from kam_desktop.gui.forms import HINT_STYLE, to_qdate
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.today_model import Column, Section, TodayModel, kind_label
from kam_desktop.gui.today_model import describe as describe_item

ACTIONABLE = (AgendaKind.NEXT_STEP,)  # the kinds that can be marked done or moved


def _title_font(label: QLabel, scale: float) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class TodayPage(QWidget):
    open_requested = Signal(object)  # AgendaItem
    mark_done_requested = Signal(object)
    move_requested = Signal(object)
    refresh_requested = Signal()
    new_client_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    shown = Signal()  # the page became visible (the controller refreshes what is stale)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._today = date.today()
        self.model = TodayModel(self)

        self.title = _title_font(plain(QLabel()), 1.45)
        self.summary = plain(QLabel())
        self.summary.setStyleSheet(HINT_STYLE)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Everything"), None)
        for kind in AgendaKind:
            if kind is not AgendaKind.PROPOSAL_EXPIRED:  # one entry for both proposal kinds
                self.kind_filter.addItem(kind_label(kind), kind.value)
        self.kind_filter.setItemText(
            self.kind_filter.findData(AgendaKind.PROPOSAL_EXPIRING.value), self.tr("Proposals")
        )
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._show_filtered())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the items again (F5)"))
        self.refresh_button.clicked.connect(self.refresh_requested)

        self.view = self._build_view()
        self.details = plain(QLabel())  # the selected item in full (the columns elide)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the client where this is acted on (Enter)"))
        self.done_button = QPushButton(self.tr("Mark done…"))
        self.move_button = QPushButton(self.tr("Move…"))
        self.open_button.clicked.connect(lambda: self._emit_current(self.open_requested))
        self.done_button.clicked.connect(lambda: self._emit_current(self.mark_done_requested))
        self.move_button.clicked.connect(lambda: self._emit_current(self.move_requested))

        self.empty_title = _title_font(plain(QLabel()), 1.2)
        self.empty_text = plain(QLabel())
        self.empty_new = QPushButton(self.tr("New client"))
        self.empty_import = QPushButton(self.tr("Import dossier…"))
        self.empty_demo = QPushButton(self.tr("Load demo dossier"))
        self.empty_new.clicked.connect(self.new_client_requested)
        self.empty_import.clicked.connect(self.import_requested)
        self.empty_demo.clicked.connect(self.demo_requested)
        self.loading = plain(QLabel(self.tr("Reading what is due…")))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setStyleSheet(HINT_STYLE)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self.loading)
        self.pages.setCurrentWidget(self.loading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self._header())
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh_requested)
        self._set_title(self._today)
        self._update_buttons()

    # ---- building --------------------------------------------------------------------------
    def _build_view(self) -> QTreeView:
        view = QTreeView()
        view.setModel(self.model)
        view.setRootIsDecorated(False)  # sections are always expanded: no arrows
        view.setItemsExpandable(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAllColumnsShowFocus(True)
        view.setIndentation(6)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        date_width = max(metrics.horizontalAdvance(f"{d} 00.00.0000") for d in ("ср", "Wed"))
        header.resizeSection(Column.DATE, date_width + 22)
        widest = max(metrics.horizontalAdvance(kind_label(k)) for k in AgendaKind)
        header.resizeSection(Column.KIND, widest + 16)
        header.resizeSection(Column.CLIENT, 150)
        view.activated.connect(self._on_activated)  # double-click and Enter
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._after_reset)
        return view

    def _after_reset(self) -> None:
        root = QModelIndex()
        # Sections only: expandAll() would visit every item row (0.5 s for 18,000 items).
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, root, True)  # a title spans the whole row
            self.view.expand(self.model.index(row, 0))

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(plain(QLabel(self.tr("Show:"))))
        row.addWidget(self.kind_filter)
        row.addWidget(self.refresh_button)
        return row

    def _list_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = plain(QLabel(self.tr("Double-click an item to open it where it is acted on.")))
        hint.setStyleSheet(HINT_STYLE)
        buttons.addWidget(hint)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        return page

    def _empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setStyleSheet(HINT_STYLE)
        self.empty_text.setMaximumWidth(520)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.empty_new, self.empty_import, self.empty_demo):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(self.empty_title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)
        return page

    # ---- what is shown ---------------------------------------------------------------------
    def show_loading(self) -> None:
        if not self._items:
            self.pages.setCurrentWidget(self.loading)

    def show_items(self, items: Iterable[AgendaItem], today: date, has_clients: bool) -> None:
        """The items of ``today``; with none, the empty state for an empty or a quiet book."""
        self._items = list(items)
        self._today = today
        self._set_title(today)
        if not self._items:
            self._show_empty(has_clients)
            return
        self._show_filtered()

    def _show_filtered(self) -> None:
        if not self._items:
            return
        kept = self.current_item()
        wanted = self.kind_filter.currentData()
        items = [i for i in self._items if wanted is None or _kind_matches(i.kind, wanted)]
        self.model.set_items(items, self._today)
        self.pages.setCurrentIndex(0)
        self._update_summary()
        if kept is not None:
            self.select(lambda i: _same(i, kept))
        self._update_buttons()

    def _show_empty(self, has_clients: bool) -> None:
        self.model.set_items([], self._today)
        self.summary.setText("")
        if has_clients:
            self.empty_title.setText(self.tr("Nothing due"))
            self.empty_text.setText(
                self.tr(
                    "No birthdays, expiring proposals, next steps, tenders or people to call "
                    "in the next {days} days. Open a client on the left to plan the next step, "
                    "or add a client."
                ).format(days=DEFAULT_HORIZON_DAYS)
            )
        else:
            self.empty_title.setText(self.tr("No clients yet"))
            self.empty_text.setText(
                self.tr(
                    "Today lists what to act on: birthdays, expiring proposals, next steps, "
                    "tenders and people not contacted for a while. Create your first client, "
                    "import a colleague's dossier, or load the demo to see how it works."
                )
            )
        self.empty_demo.setVisible(not has_clients)
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    def _set_title(self, today: date) -> None:
        from kam_desktop.gui.dossier_labels import ui_locale

        locale = ui_locale()
        day = locale.toString(to_qdate(today), locale.FormatType.LongFormat)
        self.title.setText(self.tr("Today, {date}").format(date=day))

    def _update_summary(self) -> None:
        counts = {s: self.model.count(s) for s in Section}
        parts = [
            self.tr("overdue: {n}").format(n=counts[Section.OVERDUE]),
            self.tr("today: {n}").format(n=counts[Section.TODAY]),
            self.tr("this week: {n}").format(n=counts[Section.WEEK]),
        ]
        self.summary.setText(" · ".join(parts))

    def is_empty_state(self) -> bool:
        return self.pages.currentIndex() == 1

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    # ---- selection -------------------------------------------------------------------------
    def current_item(self) -> AgendaItem | None:
        return self.model.item_at(self.view.currentIndex())

    def select(self, predicate) -> bool:
        index = self.model.index_of(predicate)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.open_button.setEnabled(item is not None)
        actionable = item is not None and item.kind in ACTIONABLE
        self.done_button.setEnabled(actionable)
        self.move_button.setEnabled(actionable)
        if item is None:
            self.details.setText("")
        else:
            self.details.setText(f"{kind_label(item.kind)}: {describe_item(item)} — {item.client}")

    def _emit_current(self, signal) -> None:
        item = self.current_item()
        if item is not None:
            signal.emit(item)

    def _on_activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.open_requested.emit(item)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()


def _kind_matches(kind: AgendaKind, wanted: str) -> bool:
    if wanted == AgendaKind.PROPOSAL_EXPIRING.value:
        return kind in (AgendaKind.PROPOSAL_EXPIRING, AgendaKind.PROPOSAL_EXPIRED)
    return kind.value == wanted


def _same(a: AgendaItem, b: AgendaItem) -> bool:
    """The same thing to do after a refresh (dates may have moved)."""
    return (a.kind, a.client_id, a.member_id, a.proposal_id, a.interaction_id, a.step_id) == (
        b.kind,
        b.client_id,
        b.member_id,
        b.proposal_id,
        b.interaction_id,
        b.step_id,
    ) and a.title == b.title
