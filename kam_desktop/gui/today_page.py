"""The Today page: the window's start page (the right pane while no client is open).

Layout only: the items in sections (``today_model``), the buttons that act on the selected
one, and the empty states that say what to do. What a click does is the controller's
(``today_controller``): the page only reports it through its signals.
"""

from __future__ import annotations

import html
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

from kam_desktop.domain.agenda import DEFAULT_HORIZON_DAYS, AgendaItem, AgendaKind, AgendaPage
from kam_desktop.gui.dossier_labels import ui_locale
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
    filter_changed = Signal()  # another kind chosen in «Show»: the controller reads it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._page = AgendaPage([], {})
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
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the items again (F5)"))
        self.refresh_button.clicked.connect(self.refresh_requested)

        self.view = self._build_view()
        self.more = plain(QLabel())  # the kinds the page shows only the first of
        self.more.setWordWrap(True)
        self.more.setStyleSheet(HINT_STYLE)
        self.more.setTextFormat(Qt.TextFormat.RichText)
        self.more.linkActivated.connect(self._show_kind)
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
        layout.addWidget(self.more)
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

    def wanted_kinds(self) -> set[AgendaKind] | None:
        """The kinds chosen in «Show» (None: everything)."""
        wanted = self.kind_filter.currentData()
        if wanted is None:
            return None
        return {kind for kind in AgendaKind if _kind_matches(kind, wanted)}

    def show_page(self, page: AgendaPage, today: date, has_clients: bool) -> None:
        """The items of ``today``; with none, the empty state for an empty or a quiet book."""
        self._page = page
        self._items = list(page.items)
        self._today = today
        self._set_title(today)
        if not self._items:
            self._show_empty(has_clients)
            return
        kept = self.current_item()
        self.model.set_items(self._items, today)
        self.pages.setCurrentIndex(0)
        self._update_summary()
        self._update_more()
        if kept is not None:
            self.select(lambda i: _same(i, kept))
        self._update_buttons()

    def _show_empty(self, has_clients: bool) -> None:
        self.model.set_items([], self._today)
        self.summary.setText("")
        self.more.setText("")
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
        locale = ui_locale()
        day = locale.toString(to_qdate(today), locale.FormatType.LongFormat)
        self.title.setText(self.tr("Today, {date}").format(date=day))

    def _update_summary(self) -> None:
        parts = [
            self.tr("overdue: {n}").format(n=self.model.count(Section.OVERDUE)),
            self.tr("today: {n}").format(n=self.model.count(Section.TODAY)),
            self.tr("this week: {n}").format(n=self.model.count(Section.WEEK)),
        ]
        if self._page.hidden():  # the sections hold the first items of each kind only
            shown = len(self._items)
            parts = [
                self.tr("shown: {shown} of {total}").format(
                    shown=_number(shown), total=_number(shown + sum(self._page.hidden().values()))
                )
            ] + [self.tr("among them {parts}").format(parts=", ".join(parts))]
        self.summary.setText(" · ".join(parts))

    def _update_more(self) -> None:
        """«Stay in touch: the first 100 of 12,565 — show all» for each kind cut short."""
        lines = []
        show_all = html.escape(self.tr("show all"))
        for kind, hidden in self._page.hidden().items():
            shown = self._page.shown(kind)
            link = f'<a href="{kind.value}">{show_all}</a>'
            lines.append(
                self.tr("{kind}: the first {shown} of {total} are shown — {link}").format(
                    kind=html.escape(kind_label(kind)),
                    shown=_number(shown),
                    total=_number(shown + hidden),
                    link=link,
                )
            )
        self.more.setText("<br>".join(lines))
        self.more.setVisible(bool(lines))

    def _show_kind(self, kind_value: str) -> None:
        """«show all» of one kind: choose it in «Show» (that reads all of it)."""
        wanted = (
            AgendaKind.PROPOSAL_EXPIRING.value if kind_value.startswith("proposal") else kind_value
        )
        index = self.kind_filter.findData(wanted)
        if index >= 0:
            self.kind_filter.setCurrentIndex(index)

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


def _number(n: int) -> str:
    return ui_locale().toString(n)  # 12 565 in Russian, 12,565 in English


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
