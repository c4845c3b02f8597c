"""One client's dossier: header (name, status, risk flag) and the Overview / Decision group /
Interactions tabs. Guards against losing unsaved edits when the user leaves the client.

Opening a client reads its dossier off the GUI thread (``operations.Operation``) and fills the
tabs when the read arrives; ``opened`` then tells the window. The latest request wins: a read
that arrives after a newer request was made is dropped, so arrowing through the list shows only
the client the user stopped on. Until the read arrives the tabs keep the previous dossier (after
``BUSY_AFTER_MS`` with a busy cursor), never a half-filled one.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.account_health import MONO_DEPENDENCE_SHARE_PCT
from kam_desktop.domain.dossier import Client, Dossier
from kam_desktop.gui.client_list_model import status_label
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import HINT_STYLE
from kam_desktop.gui.operations import Operation, Progress, ShouldCancel
from kam_desktop.gui.overview_tab import WARNING_STYLE, OverviewTab
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.prompts import UnsavedChoice, UserPrompts

if TYPE_CHECKING:  # the window is built before SQLAlchemy is imported
    from kam_desktop.domain.change_log import RecordVersions
    from kam_desktop.gui.change_history_view import ChangeHistoryTab
    from kam_desktop.gui.decision_group_tab import DecisionGroupTab
    from kam_desktop.gui.relationship_map_view import RelationshipMapTab
    from kam_desktop.services.dossiers import DossierService

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 150  # a small dossier arrives sooner: no cursor flicker for it

STATUS_CHIP_STYLE = (
    "border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; "
    "background: palette(alternate-base);"
)


def _decision_group_tab(service: DossierService, undo_stack: QUndoStack) -> QWidget | None:
    try:
        from kam_desktop.gui.decision_group_tab import DecisionGroupTab
    except ImportError:
        log.warning("decision group tab is not available", exc_info=True)
        return None
    return DecisionGroupTab(service, undo_stack)


def _interactions_tab(service: DossierService, undo_stack: QUndoStack) -> QWidget | None:
    try:
        from kam_desktop.gui.interactions_tab import InteractionsTab
    except ImportError:
        log.warning("interactions tab is not available", exc_info=True)
        return None
    return InteractionsTab(service, undo_stack)


def _relationship_tab(service: DossierService) -> RelationshipMapTab | None:
    try:
        from kam_desktop.gui.relationship_map_view import RelationshipMapTab
    except ImportError:
        log.warning("relationship map tab is not available", exc_info=True)
        return None
    return RelationshipMapTab(service)


def _proposals_tab(
    service: DossierService, undo_stack: QUndoStack, settings: QSettings | None
) -> QWidget | None:
    try:
        from kam_desktop.gui.proposals_tab import ProposalsTab
    except ImportError:
        log.warning("proposals tab is not available", exc_info=True)
        return None
    return ProposalsTab(service, undo_stack, settings=settings)


def _history_tab(service: DossierService) -> ChangeHistoryTab | None:
    try:
        from kam_desktop.gui.change_history_view import ChangeHistoryTab
    except ImportError:
        log.warning("change history tab is not available", exc_info=True)
        return None
    return ChangeHistoryTab(service.db)


class DossierView(QWidget):
    """Shows the dossier of the client chosen in the list (or a new, unsaved client)."""

    client_saved = Signal(str)  # id of the client just saved from the Overview tab
    dossier_changed = Signal()  # members or interactions were saved or deleted
    # A proposal is open in the Proposals tab and shown: the window gives it the room.
    proposal_editing = Signal(bool)
    opened = Signal(str)  # the dossier of this client id now fills the tabs
    open_failed = Signal(str)  # its read failed: the error was shown, the view cleared
    # The read arrived but the user kept edits made meanwhile to the shown client (Cancel).
    open_abandoned = Signal(str)
    unsaved_changed = Signal(bool)  # some tab gained or lost unsaved edits (window title «*»)
    refreshed = Signal(str)  # another user's changes were read into the shown dossier in place

    def __init__(
        self,
        service: DossierService,
        undo_stack: QUndoStack,
        prompter: UserPrompts,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._settings = settings
        self._client_id: str | None = None
        self._editing_proposal = False
        # Latest wins: each request bumps the generation; a read of an older one is dropped.
        self._generation = 0
        self._pending_id: str | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

        self.title = plain(QLabel())  # the client's name
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel()
        self.status_chip.setStyleSheet(STATUS_CHIP_STYLE)
        self.mono_flag = QLabel(self.tr("Mono-dependence risk"))
        self.mono_flag.setStyleSheet(WARNING_STYLE.replace("padding: 6px", "padding: 1px 8px"))
        self.mono_flag.hide()
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 2)
        header.addWidget(self.title)
        header.addSpacing(8)
        header.addWidget(self.status_chip)
        header.addWidget(self.mono_flag)
        header.addStretch(1)
        self.header_layout = header  # the main window adds the Share button at its end
        self.stale_bar = self._build_stale_bar()

        self._undo_stack = undo_stack
        # The tabs are built on first use: start-up paints the window without them.
        self.overview: OverviewTab | None = None
        self.decision_group: QWidget | None = None
        self.interactions: QWidget | None = None
        self.proposals: QWidget | None = None
        self.relationship: RelationshipMapTab | None = None
        self.history: ChangeHistoryTab | None = None
        self.tabs: QTabWidget | None = None

        dossier_page = QWidget()
        self._page_layout = QVBoxLayout(dossier_page)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._page_layout.setSpacing(2)
        self._page_layout.addLayout(header)
        self._page_layout.addWidget(self.stale_bar)

        self.placeholder = QLabel(
            self.tr("Select a client on the left, or create a new one with Ctrl+N.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(HINT_STYLE + " font-size: 14px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(dossier_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _build_stale_bar(self) -> QFrame:
        """Shown when another user changed the open dossier while this one has unsaved edits."""
        bar = QFrame()
        bar.setStyleSheet(WARNING_STYLE)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 2, 8, 2)
        self.stale_label = plain(
            QLabel(
                self.tr(
                    "Another user changed this dossier. Saving your edits shows what differs; "
                    "Refresh reads their version."
                )
            )
        )
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("border: none; background: transparent;")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self._refresh_clicked)
        row.addWidget(self.stale_label, 1)
        row.addWidget(self.refresh_button)
        bar.hide()
        return bar

    def _build_tabs(self) -> None:
        if self.tabs is not None:
            return
        service, undo_stack = self._service, self._undo_stack
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._tab_titles: dict[QWidget, str] = {}
        self.overview = OverviewTab(service)
        self.overview.saved.connect(self._on_overview_saved)
        self._add_tab(self.overview, self.tr("Overview"))
        self.decision_group = _decision_group_tab(service, undo_stack)
        self._add_tab(
            self.decision_group
            or self._missing(self.tr("The decision group editor is not installed.")),
            self.tr("Decision group"),
        )
        self.relationship = _relationship_tab(service)
        if self.relationship is not None:
            self._add_tab(self.relationship, self.relationship.title())
            self.relationship.member_activated.connect(self.show_member)
            self.relationship.add_members_requested.connect(lambda: self.show_member(None))
        self.interactions = _interactions_tab(service, undo_stack)
        self._add_tab(
            self.interactions or self._missing(self.tr("The interactions log is not installed.")),
            self.tr("Interactions"),
        )
        self.proposals = _proposals_tab(service, undo_stack, self._settings)
        if self.proposals is not None:
            self._add_tab(self.proposals, self.proposals.title())
            self.proposals.editing_changed.connect(lambda _e: self._update_proposal_editing())
        self.history = _history_tab(service)
        if self.history is not None:
            self._add_tab(self.history, self.history.title())
            self.dossier_changed.connect(self.history.refresh)
        self.tabs.currentChanged.connect(lambda _i: self._update_proposal_editing())
        # New tabs go here: build the widget, _add_tab() it and list it in _extra_tabs().
        for tab in self._extra_tabs():
            tab.changed.connect(self._on_tab_changed)
        if self.decision_group is not None and self.interactions is not None:
            # Participants' names come from the decision group: re-read them on next show.
            self.decision_group.changed.connect(self.interactions.people_changed)
        if self.relationship is not None:  # people or interactions saved: coverage changes too
            self.dossier_changed.connect(self.relationship.people_changed)
        self._page_layout.addWidget(self.tabs, 1)

    def _add_tab(self, widget: QWidget, title: str) -> None:
        """Add a tab; a tab with a ``dirty_changed(bool)`` signal gets a «•» while unsaved."""
        self._tab_titles[widget] = title
        self.tabs.addTab(widget, title)
        dirty_changed = getattr(widget, "dirty_changed", None)
        if dirty_changed is not None:
            dirty_changed.connect(lambda dirty, w=widget: self._mark_tab(w, dirty))

    def _missing(self, text: str) -> QLabel:
        label = plain(QLabel(text))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _extra_tabs(self) -> list:
        tabs = (self.decision_group, self.relationship, self.interactions, self.proposals)
        return [t for t in tabs if t is not None]

    # ---- what is shown -------------------------------------------------------------------
    @property
    def client_id(self) -> str | None:
        return self._client_id

    def show_member(self, member_id: str | None) -> None:
        """The Decision group tab, with ``member_id`` selected (None: as it is)."""
        if self.tabs is not None and self.decision_group is not None:
            self.tabs.setCurrentWidget(self.decision_group)
            if member_id is not None:
                cast("DecisionGroupTab", self.decision_group).select_member(member_id)

    def selected_member(self) -> tuple[str, str] | None:
        """(id, name) of the person selected in the decision group tab, if any."""
        if not self.is_showing_client() or self.decision_group is None:
            return None
        return cast("DecisionGroupTab", self.decision_group).current_member()

    def is_showing_client(self) -> bool:
        return self.pages.currentIndex() == 1

    @property
    def requested_client_id(self) -> str | None:
        """The client being read (the one the user asked for last), else the shown one."""
        return self._pending_id if self.is_loading() else self._client_id

    def is_loading(self) -> bool:
        return self._pending_id is not None

    def open_client(self, client_id: str) -> Operation:
        """Read the dossier of ``client_id`` in the background and show it when it arrives.

        Returns at once; ``opened`` follows on the GUI thread unless a newer request came
        first. A client that no longer exists shows the error and clears the view.
        The caller settles unsaved edits first (``confirm_leave``).
        """
        self._generation += 1
        generation = self._generation
        self._pending_id = client_id
        # Resolved here, on the GUI thread: the deferred start's service opens the database
        # on first use, which must not happen in a worker.
        read = self._service.get_dossier

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> Dossier:
            return read(client_id)

        operation = Operation(self, work)
        operation.success(lambda dossier: self._on_read(generation, dossier))
        operation.failure(lambda exc: self._on_read_failed(generation, client_id, exc))
        self._busy_timer.start()
        return operation.run_in_background()

    def _is_latest(self, generation: int) -> bool:
        if generation == self._generation:
            return True
        log.debug("a dossier read was overtaken by a newer request: dropped")
        return False

    def _end_loading(self) -> None:
        self._pending_id = None
        self._busy_timer.stop()
        self.unsetCursor()

    def cancel_open(self) -> None:
        """A pending read is no longer wanted (new client, cleared view): its answer is dropped."""
        self._generation += 1
        self._end_loading()

    def _show_busy(self) -> None:
        if self.is_loading():
            self.setCursor(Qt.CursorShape.BusyCursor)

    def _on_read(self, generation: int, dossier: Dossier) -> None:
        if not self._is_latest(generation):
            return
        self._end_loading()
        client_id = dossier.client.id
        assert client_id is not None  # read from the database
        if client_id != self._client_id and not self._leave_after_read():
            self.open_abandoned.emit(client_id)
            return
        self.show_dossier(dossier)
        self.opened.emit(client_id)

    def _leave_after_read(self) -> bool:
        """Edits typed into the shown client while the read ran are not lost without asking."""
        return not self.has_unsaved_changes() or self.confirm_leave()

    def _on_read_failed(self, generation: int, client_id: str, exc: BaseException) -> None:
        if not self._is_latest(generation):
            log.info("an overtaken dossier read failed: %s", exc)
            return
        self._end_loading()
        show_error(self, exc)
        self.clear()
        self.open_failed.emit(client_id)

    def show_dossier(self, dossier: Dossier) -> None:
        self._build_tabs()
        if dossier.client.id != self._client_id:
            self.stale_bar.hide()
        self._client_id = dossier.client.id
        self.overview.load(dossier.client)
        for tab in self._extra_tabs():
            tab.load(dossier)
            tab.setEnabled(True)
        if self.history is not None:
            self.history.load(dossier)
            self.history.setEnabled(True)
        self._update_header(dossier.client)
        self.pages.setCurrentIndex(1)
        self._update_proposal_editing()

    def new_client(self) -> None:
        """An empty Overview for a new client; the other tabs wait until it is saved."""
        self.cancel_open()
        self._build_tabs()
        self._client_id = None
        self.overview.load(Client(name=""))
        for tab in self._extra_tabs():
            tab.setEnabled(False)
        if self.history is not None:
            self.history.setEnabled(False)
        self._update_header(None)
        self.pages.setCurrentIndex(1)
        self.tabs.setCurrentWidget(self.overview)
        self.overview.focus_name()

    def clear(self) -> None:
        self.cancel_open()
        self.stale_bar.hide()
        self._client_id = None
        if self.overview is not None:
            self.overview.load(Client(name=""))
        self.pages.setCurrentIndex(0)
        self._update_proposal_editing()

    # ---- others' changes (the window polls ``DossierService.stamps``) ----------------------
    def shown_versions(self) -> RecordVersions:
        """(kind, id) → the version of each record the tabs show now."""
        from kam_desktop.domain.change_log import EntityKind

        shown: RecordVersions = {}
        if self._client_id is None or self.overview is None:
            return shown
        shown[(EntityKind.CLIENT, self._client_id)] = self.overview.client.version
        for kind, tab in (
            (EntityKind.MEMBER, self.decision_group),
            (EntityKind.INTERACTION, self.interactions),
        ):
            versions = getattr(tab, "shown_versions", None)
            if versions is not None:
                shown.update({(kind, i): v for i, v in versions().items()})
        return shown

    def check_versions(self, stored: RecordVersions) -> None:
        """Compare what is stored with what is shown: unchanged, or another user (or another
        window) saved. Without unsaved edits the dossier is read again in place; with them the
        bar says so and the next save goes through the conflict dialog."""
        if not self.is_showing_client() or self.is_loading() or self._client_id is None:
            return
        if stored == self.shown_versions():
            self.stale_bar.hide()
        elif self.has_unsaved_changes():
            self.stale_bar.show()
        else:
            self.refresh_in_place()

    def refresh_in_place(self) -> Operation | None:
        """Read the shown client again and show it keeping the tab, selection and scrolling."""
        client_id = self._client_id
        if client_id is None or self.is_loading():
            return None
        generation = self._generation
        read = self._service.get_dossier

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> Dossier:
            return read(client_id)

        operation = Operation(self, work)
        operation.success(lambda dossier: self._on_refreshed(generation, dossier))
        operation.failure(lambda exc: self._on_read_failed(generation, client_id, exc))
        return operation.run_in_background()

    def _on_refreshed(self, generation: int, dossier: Dossier) -> None:
        if generation != self._generation or dossier.client.id != self._client_id:
            return  # the user went to another client meanwhile
        if self.has_unsaved_changes():  # typing began while the read ran
            self.stale_bar.show()
            return
        scrolled = [
            (area, area.verticalScrollBar().value(), area.horizontalScrollBar().value())
            for area in self.findChildren(QAbstractScrollArea)
        ]
        self.show_dossier(dossier)

        def scroll_back() -> None:
            for area, vertical, horizontal in scrolled:
                try:
                    area.verticalScrollBar().setValue(vertical)
                    area.horizontalScrollBar().setValue(horizontal)
                except RuntimeError:  # a widget the new dossier no longer has
                    continue

        scroll_back()
        QTimer.singleShot(0, scroll_back)  # tables take their new range on the next layout
        self.stale_bar.hide()
        self.refreshed.emit(dossier.client.id)

    def _refresh_clicked(self) -> None:
        if self.confirm_leave():  # unsaved edits: save (the conflict dialog), discard or stay
            self.refresh_in_place()

    def reload(self) -> Operation | None:
        """Re-read the shown (or requested) client after something changed it underneath."""
        client_id = self.requested_client_id
        return self.open_client(client_id) if client_id is not None else None

    def _update_header(self, client: Client | None) -> None:
        if client is None:
            self.title.setText(self.tr("New client"))
            self.status_chip.hide()
            self.mono_flag.hide()
            return
        self.title.setText(client.name)
        self.status_chip.setText(status_label(client.status))
        self.status_chip.show()
        self.mono_flag.setVisible(client.is_mono_dependent())
        self.mono_flag.setToolTip(
            self.tr(
                "This client brings over {pct} % of our sales: the business depends on it."
            ).format(pct=MONO_DEPENDENCE_SHARE_PCT)
        )

    def is_editing_proposal(self) -> bool:
        """The proposal editor is what the user sees (not the list, not another tab)."""
        return (
            self.is_showing_client()
            and self.tabs is not None
            and self.proposals is not None
            and self.tabs.currentWidget() is self.proposals
            and self.proposals.is_editing()
        )

    def _update_proposal_editing(self) -> None:
        editing = self.is_editing_proposal()
        if editing != self._editing_proposal:
            self._editing_proposal = editing
            self.proposal_editing.emit(editing)

    def _mark_tab(self, widget: QWidget, dirty: bool) -> None:
        title = self._tab_titles[widget]
        self.tabs.setTabText(self.tabs.indexOf(widget), f"{title} •" if dirty else title)
        self.unsaved_changed.emit(self.has_unsaved_changes())

    # ---- saving and leaving --------------------------------------------------------------
    def _on_overview_saved(self, client: Client) -> None:
        first_save = self._client_id is None
        self._client_id = client.id
        self._update_header(client)
        if first_save:
            for tab in self._extra_tabs():
                tab.load(Dossier(client, [], []))
                tab.setEnabled(True)
        if self.history is not None:
            if first_save:
                self.history.setEnabled(True)
            self.history.load(Dossier(client, [], []))
        self.client_saved.emit(client.id)

    def people_changed(self) -> None:
        """Names of members or of our team changed elsewhere (e.g. the company dialog)."""
        if self.interactions is not None:
            self.interactions.people_changed()

    def _on_tab_changed(self) -> None:
        self.dossier_changed.emit()

    def has_unsaved_changes(self) -> bool:
        if self.overview is None:
            return False
        return self.overview.has_unsaved_changes() or any(
            t.has_unsaved_changes() for t in self._extra_tabs()
        )

    def confirm_leave(self) -> bool:
        """Before switching client or closing: Save / Discard / Cancel. False = stay here."""
        if self.overview is None:
            return True
        if self.overview.has_unsaved_changes():
            self.tabs.setCurrentWidget(self.overview)
            what = self.overview.client.name or self.tr("the new client")
            choice = self._prompter.unsaved_changes(self, what)
            if choice == UnsavedChoice.CANCEL:
                return False
            if choice == UnsavedChoice.SAVE and not self.overview.save():
                return False  # validation failed: the messages are next to the fields
            if choice == UnsavedChoice.DISCARD:
                self.overview.revert()
        for tab in self._extra_tabs():
            if tab.has_unsaved_changes():
                self.tabs.setCurrentWidget(tab)
                if not tab.discard_or_save():
                    return False
        return True
