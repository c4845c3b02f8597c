"""Today's wiring in the main window: the Go → Today action, reading the items off the GUI
thread, opening the place an item is acted on, mark done / move with undo, the daily tray
notification.

The window calls three things: ``TodayController(window)`` once its dossier view exists (the
page takes the place of the dossier's «select a client» placeholder), ``controller.action``
for the Go menu, and ``controller.start()`` once the database is open. The services are
imported on first use: the window is built before SQLAlchemy is imported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QTableWidget

from kam_desktop.domain.agenda import PAGE_LIMIT, AgendaItem, AgendaKind, AgendaPage
from kam_desktop.domain.errors import KamError
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.operations import Operation, Progress, ShouldCancel
from kam_desktop.gui.today_dialogs import MarkDoneDialog, MoveStepDialog
from kam_desktop.gui.today_page import TodayPage
from kam_desktop.gui.today_tray import DailyNotifier

if TYPE_CHECKING:
    from kam_desktop.gui.decision_group_tab import DecisionGroupTab
    from kam_desktop.gui.interactions_tab import InteractionsTab
    from kam_desktop.gui.main_window import MainWindow
    from kam_desktop.gui.proposals_tab import ProposalsTab
    from kam_desktop.services.agenda import AgendaService, StepDone

log = logging.getLogger(__name__)

DAY_CHECK_MS = 60_000  # how often the date is compared (a laptop may sleep over midnight)
TRAY_KINDS = frozenset(AgendaKind) - {AgendaKind.RENEW_CONSENT}


class _StepCommand(QUndoCommand):
    """A step marked done or moved: done before the push, so the first redo only refreshes."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], None],
        undo: Callable[[], None],
        after: Callable[[], None],
        on_error: Callable[[KamError], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._after, self._on_error = redo, undo, after, on_error
        self._first = True

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except KamError as exc:
            self._on_error(exc)
        self._after()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)


class TodayController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page = TodayPage()
        self._install_page()
        self._service: AgendaService | None = None
        self._started = False
        self._stale = True
        self._tray_pending = False  # the next read also feeds the morning message
        self._generation = 0
        self._day = date.today()
        self.action = QAction(QCoreApplication.translate("TodayController", "&Today"), window)
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.setStatusTip(
            QCoreApplication.translate(
                "TodayController", "What to act on today: birthdays, proposals, next steps"
            )
        )
        self.action.triggered.connect(self.show)
        window.addAction(self.action)
        self.notifier = DailyNotifier(window, window.settings)
        self.notifier.open_requested.connect(self._show_from_tray)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        page = self.page
        page.open_requested.connect(self._open_item)
        page.mark_done_requested.connect(self.mark_done)
        page.move_requested.connect(self.move)
        page.refresh_requested.connect(self.refresh)
        page.filter_changed.connect(self.refresh)
        page.shown.connect(self._refresh_if_stale)
        page.new_client_requested.connect(window.new_client)
        page.import_requested.connect(lambda: window.exchange.import_dossier())
        page.demo_requested.connect(window.load_demo)
        self._opening: AgendaItem | None = None  # the item whose dossier is being read
        window.dossier.opened.connect(self._on_opened)
        window.dossier.open_failed.connect(self._on_open_failed)
        window.dossier.dossier_changed.connect(self.mark_stale)
        window.dossier.client_saved.connect(lambda _id: self.mark_stale())
        window.undo_stack.indexChanged.connect(lambda _i: self.mark_stale())

    def _install_page(self) -> None:
        """The page takes the placeholder's place (index 0: what shows while no client is)."""
        pages = self.window.dossier.pages
        placeholder = pages.widget(0)
        pages.insertWidget(0, self.page)
        if placeholder is not None:
            pages.removeWidget(placeholder)
            placeholder.deleteLater()
        pages.setCurrentIndex(0)

    def service(self) -> AgendaService:
        if self._service is None:
            from kam_desktop.services.agenda import AgendaService

            self._service = AgendaService(self.window.db)
        return self._service

    # ---- start, refresh --------------------------------------------------------------------
    def start(self) -> None:
        """The database is open: read the items now and then whenever the page shows."""
        self._started = True
        self._day_timer.start()
        self._tray_pending = self._tray_due(date.today())
        self.refresh()  # one read serves the page and the morning message

    def mark_stale(self) -> None:
        self._stale = True
        if self.page.isVisible():
            self.refresh()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> Operation | None:
        """Read the page off the GUI thread — the first items of each kind, or all of the kind
        chosen in «Show» — then the morning message's list when it is due; the latest wins."""
        if not self._started:
            return None
        self._stale = False
        self._generation += 1
        generation = self._generation
        today = date.today()
        service = self.service()  # resolved here: the database is opened on this thread
        kinds = self.page.wanted_kinds()
        limit = PAGE_LIMIT if kinds is None else None
        self.page.show_loading()

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> AgendaPage:
            return service.page(today, limit=limit, kinds=kinds)

        operation = Operation(self.page, work)
        operation.success(lambda found: self._show(generation, found, today))
        operation.failure(lambda exc: self._failed(generation, exc))
        return operation.run_in_background()

    def _read_for_tray(self, service: AgendaService, today: date) -> None:
        """Everything due by today, for the morning message (once a day, in the background:
        the page itself holds only the first items of each kind). Consent renewals are left
        out: paperwork for the week, not the morning's calls, and they can run to thousands."""

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> list[AgendaItem]:
            return service.items(today, 0, TRAY_KINDS)

        operation = Operation(self.page, work)
        operation.success(lambda due: self._notify(due, today))
        operation.failure(lambda exc: log.warning("the morning message was not read: %s", exc))
        operation.run_in_background()

    def _notify(self, due: list[AgendaItem], today: date) -> None:
        self.notifier.notify(due, today)

    def _show(self, generation: int, page: AgendaPage, today: date) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        has_clients = bool(page.items) or self.window.service.count_clients() > 0
        self.page.show_page(page, today, has_clients)
        if self._tray_pending:  # after the page, so start-up paints Today first
            self._tray_pending = False
            self._read_for_tray(self.service(), today)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            show_error(self.window, exc)

    def _check_day(self) -> None:
        """Past midnight: new items for the new day, and the tray's morning list."""
        if date.today() != self._day:
            self._day = date.today()
            if self.check_tray() is None:  # the tray's read refreshes the page too
                self.mark_stale()

    # ---- showing the page ------------------------------------------------------------------
    def show(self) -> None:
        """Go → Today: leave the open client (asking about unsaved edits) for the start page."""
        window = self.window
        if window.dossier.is_showing_client():
            if not window.dossier.confirm_leave():
                return
            window.close_client()
        self.refresh()
        self.page.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_from_tray(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.show()

    # ---- opening the place an item is acted on ---------------------------------------------
    def _open_item(self, item: AgendaItem) -> None:
        """The one way Today opens a client: the dossier is read in the background, and the
        tab and row are chosen when it arrives (``_on_opened``)."""
        self._opening = item
        self.window.open_client(item.client_id)

    def _on_opened(self, client_id: str) -> None:
        item, self._opening = self._opening, None
        if item is not None and item.client_id == client_id:
            self._show_place(item)

    def _on_open_failed(self, client_id: str) -> None:
        if self._opening is not None and self._opening.client_id == client_id:
            self._opening = None
            self.mark_stale()  # the client is gone: so are its items

    def _show_place(self, item: AgendaItem) -> None:
        dossier = self.window.dossier
        tabs = dossier.tabs
        if tabs is None:
            return
        proposal = item.proposal_id
        if item.kind in (AgendaKind.PROPOSAL_EXPIRING, AgendaKind.PROPOSAL_EXPIRED) or (
            item.kind is AgendaKind.NEXT_STEP and proposal and item.step_id
        ):
            if dossier.proposals is not None and proposal:
                tabs.setCurrentWidget(dossier.proposals)
                cast("ProposalsTab", dossier.proposals).open_proposal(proposal)
            return
        if item.kind is AgendaKind.TENDER and dossier.overview is not None:
            tabs.setCurrentWidget(dossier.overview)
            _select_tender(dossier.overview.tenders, item.tender_id)
            return
        if item.kind is AgendaKind.NEXT_STEP and item.interaction_id:
            if dossier.interactions is not None:
                log_tab = cast("InteractionsTab", dossier.interactions)
                tabs.setCurrentWidget(log_tab)
                row = log_tab.model.row_of(item.interaction_id)
                if row >= 0:
                    log_tab.table.selectRow(row)
            return
        if item.member_id and dossier.decision_group is not None:
            tab = cast("DecisionGroupTab", dossier.decision_group)
            tabs.setCurrentWidget(tab)
            row = tab.reveal_member(item.member_id)
            if row >= 0:  # as a click on the row: the member's card opens beside the list
                tab.table.setCurrentIndex(tab.model.index(row, 0))
            return
        fallback = dossier.interactions or dossier.overview
        if fallback is not None:
            tabs.setCurrentWidget(fallback)

    # ---- acting on a next step -------------------------------------------------------------
    def mark_done(self, item: AgendaItem) -> None:
        if item.kind is not AgendaKind.NEXT_STEP:
            return
        dialog = MarkDoneDialog(item, self.window)
        if not self.window.prompter.run_dialog(dialog):
            dialog.deleteLater()
            return
        outcome, kind, on = dialog.outcome_text(), dialog.interaction_kind(), dialog.day()
        dialog.deleteLater()
        service = self.service()
        try:
            done: list[StepDone] = [service.mark_done(item, outcome, on, kind)]
        except KamError as exc:
            show_error(self.window, exc)
            self.refresh()
            return

        def redo() -> None:
            done[0] = service.mark_done(item, outcome, on, kind)

        text = QCoreApplication.translate("TodayController", "Mark done «{step}»").format(
            step=item.title[:60]
        )
        self._push(text, redo, lambda: service.reopen(item, done[0]), item.client_id)
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "TodayController",
                "Done: recorded in the interactions of «{client}». Ctrl+Z takes it back.",
            ).format(client=item.client),
            8000,
        )

    def move(self, item: AgendaItem) -> None:
        if item.kind is not AgendaKind.NEXT_STEP:
            return
        dialog = MoveStepDialog(item, self.window)
        if not self.window.prompter.run_dialog(dialog):
            dialog.deleteLater()
            return
        new_date = dialog.day()
        dialog.deleteLater()
        service = self.service()
        try:
            service.move(item, new_date)
        except KamError as exc:
            show_error(self.window, exc)
            self.refresh()
            return

        def move_to(day: date) -> Callable[[], None]:
            return lambda: None if service.move(item, day) is None else None

        text = QCoreApplication.translate("TodayController", "Move «{step}»").format(
            step=item.title[:60]
        )
        self._push(text, move_to(new_date), move_to(item.date), item.client_id)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("TodayController", "Moved. Ctrl+Z takes it back."), 6000
        )

    def _push(
        self, text: str, redo: Callable[[], None], undo: Callable[[], None], client_id: str
    ) -> None:
        command = _StepCommand(
            text,
            redo,
            undo,
            lambda: self._after_change(client_id),
            lambda exc: show_error(self.window, exc),
        )
        self.window.undo_stack.push(command)
        self._after_change(client_id)

    def _after_change(self, client_id: str) -> None:
        """The page and, when it shows this client without unsaved edits, the dossier."""
        self.refresh()
        dossier = self.window.dossier
        if dossier.client_id == client_id and not dossier.has_unsaved_changes():
            dossier.reload()

    # ---- the tray --------------------------------------------------------------------------
    def _tray_due(self, today: date) -> bool:
        return self.notifier.is_due(today) and self.service().notify_daily()

    def check_tray(self) -> Operation | None:
        """The morning message, if a tray exists, it is on, and it was not shown today: it
        comes with the page's next read (None: no message is due, nothing is read)."""
        if not self._started or not self._tray_due(date.today()):
            return None
        self._tray_pending = True
        return self.refresh()


def _select_tender(table: QTableWidget, tender_id: str | None) -> None:
    for row in range(table.rowCount()):
        cell = table.item(row, 0)
        if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == tender_id:
            table.setCurrentCell(row, 0)
            table.scrollToItem(cell)
            return
