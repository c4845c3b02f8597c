"""The main window: searchable client list on the left, the selected client's dossier on the
right, menus with shortcuts, one undo stack, and a layout that is remembered between runs.

Just over 700 lines: it is where every room is wired to the others (list, dossier, Today,
exchange, brief, daily-use hooks); each room's own logic lives in its module (see the table in
docs/ARCHITECTURE.md), and what is left here is the wiring and the list/selection logic."""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import __version__
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.domain.errors import KamError
from kam_desktop.gui import daily_use
from kam_desktop.gui.app import app_icon
from kam_desktop.gui.change_watch import ChangeWatch
from kam_desktop.gui.client_list_model import (
    ClientIdRole,
    ClientListModel,
    status_label,
)
from kam_desktop.gui.dossier_view import DossierView
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.exchange_controller import ExchangeController
from kam_desktop.gui.forms import HINT_STYLE
from kam_desktop.gui.i18n_qt import app_settings
from kam_desktop.gui.main_menus import LIST_WHILE_EDITING_KEY, build_menus
from kam_desktop.gui.meeting_brief_dialog import add_meeting_brief_button
from kam_desktop.gui.operations import Operation, Progress, ShouldCancel
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.prompts import Prompts, UserPrompts
from kam_desktop.gui.status_messages import saved_message, show_status
from kam_desktop.gui.today_controller import TodayController
from kam_desktop.gui.undo import DeletionCommand
from kam_desktop.paths import data_dir

if TYPE_CHECKING:  # imported when the window is built with a real database (start-up speed)
    from kam_desktop.exchange.merge import ImportResult
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService

log = logging.getLogger(__name__)

# QSettings keys of the window layout
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
HEADER_KEY = "client_list/header"
LAST_CLIENT_KEY = "client_list/last_client"
DEMO_OFFERED_KEY = "first_start/demo_offered"
DEFAULT_SIZE = QSize(1280, 800)


def _dossier_service(db: Database) -> DossierService:
    from kam_desktop.services.dossiers import DossierService

    return DossierService(db)


class MainWindow(QMainWindow):
    # Built by main_menus.build_menus.
    about_action: QAction
    client_list_action: QAction
    company_action: QAction
    delete_action: QAction
    demo_action: QAction
    find_action: QAction
    new_action: QAction
    next_action: QAction
    previous_action: QAction
    quit_action: QAction
    redo_action: QAction
    settings_action: QAction
    undo_action: QAction
    library_menu: QMenu

    def __init__(
        self,
        db: Database,
        settings: QSettings | None = None,
        prompter: UserPrompts | None = None,
        service: DossierService | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.service = service if service is not None else _dossier_service(db)
        self.settings = settings or app_settings()
        self.prompter: UserPrompts = prompter or Prompts()
        self.undo_stack = QUndoStack(self)
        self._syncing_selection = False
        self._total_clients = 0

        self.model = ClientListModel(self.service, self)
        self._build_left()
        self.dossier = DossierView(
            self.service, self.undo_stack, self.prompter, settings=self.settings
        )
        self.dossier.client_saved.connect(self._on_client_saved)
        self.dossier.opened.connect(self._on_dossier_opened)
        self.dossier.open_failed.connect(lambda _id: self._update_actions())
        self.dossier.open_abandoned.connect(lambda _id: self._select_row_of(self.dossier.client_id))
        self.dossier.dossier_changed.connect(self.refresh_list)
        self.dossier.proposal_editing.connect(self._on_proposal_editing)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.dossier)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.welcome = self._build_welcome()
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.welcome)
        self.setCentralWidget(self.central)
        self.exchange = self._build_exchange()
        add_meeting_brief_button(self)
        self.today = TodayController(self)  # the start page, Go → Today, the tray message
        build_menus(self)
        self._build_status_bar()
        daily_use.install_window_title(self)
        daily_use.install_undo_messages(self)
        self.landing = daily_use.MemberLanding(self)
        self._restore_layout()
        self.change_watch = ChangeWatch(self)  # others' saves: the list and the open dossier
        self.change_watch.start()

    # ---- construction --------------------------------------------------------------------
    def _build_left(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search clients and people (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Any part of a name, position, hobby or note; any case, Russian or English.")
        )
        self.search.textChanged.connect(self._search_timer_start)
        self.search.installEventFilter(self)
        # A zero-length timer only merges bursts (paste, auto-repeat) into one query.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.apply_filter)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count_label)
        # Who matched in each group is looked up once typing pauses: for a one-letter search it
        # costs ~40 ms on 5,000 clients, which must not delay the next keystroke.
        self._match_timer = QTimer(self)
        self._match_timer.setSingleShot(True)
        self._match_timer.setInterval(150)
        self._match_timer.timeout.connect(self.model.load_matched_people)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ClientStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name takes whatever width is left, so the list never needs a horizontal scroll.
        header.setSectionResizeMode(ClientListModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ClientListModel.NAME, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((170, 115, 110, 110, 42, 85)):
            header.resizeSection(column, width)
        # Region and date are hidden at first so the list fits; the header menu shows them.
        header.hideSection(ClientListModel.REGION)
        header.hideSection(ClientListModel.UPDATED)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        self.nothing_found = plain(QLabel())  # quotes the search text
        self.nothing_found.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_found.setWordWrap(True)
        self.nothing_found.setStyleSheet(HINT_STYLE + " padding: 16px;")
        self.list_pages = QStackedWidget()
        self.list_pages.addWidget(self.view)
        self.list_pages.addWidget(self.nothing_found)

        self.left = QWidget()
        layout = QVBoxLayout(self.left)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.list_pages, 1)

    def _header_menu(self, pos) -> None:
        """Choose the visible columns (the choice is saved with the header state)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != ClientListModel.NAME)
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(pos))

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("No clients yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Create your first client's dossier, or load the demo dossier to see a key "
                "client with its decision group, interactions and our team."
            )
        )
        text.setWordWrap(True)
        text.setFixedWidth(520)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A wrapped label under an alignment flag gets only its one-line height otherwise.
        text.setMinimumHeight(text.heightForWidth(520))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        self.welcome_new = QPushButton(self.tr("New client"))
        self.welcome_demo = QPushButton(self.tr("Load demo dossier"))
        self.welcome_import = QPushButton(self.tr("Import dossier…"))
        self.welcome_new.clicked.connect(self.new_client)
        self.welcome_demo.clicked.connect(self.load_demo)
        self.welcome_import.clicked.connect(lambda: self.exchange.import_dossier())
        self.welcome_new.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.welcome_new)
        buttons.addWidget(self.welcome_import)
        buttons.addWidget(self.welcome_demo)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        for widget in (icon, title, text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)
        return page

    def _build_exchange(self) -> ExchangeController:
        """Sharing: .kamdossier files (menu, Ctrl+E / Ctrl+I, drop on the window), vCard from
        the dossier header's Share button, the calendar export."""
        exchange = ExchangeController(self.db, self, confirm_leave=self.dossier.confirm_leave)
        exchange.imported.connect(self._after_import)
        exchange.members_imported.connect(self._after_vcard_import)
        exchange.person_erased.connect(self._after_erasure)
        exchange.status.connect(lambda text: show_status(self, text, 6000))
        selected = self.dossier.selected_member  # the person in the decision group tab
        self.dossier.header_layout.addWidget(
            exchange.share_button(lambda: self.dossier.client_id, selected)
        )
        self.setAcceptDrops(True)
        return exchange

    def _after_import(self, result: ImportResult) -> None:
        # Imported records may be the ones the undo history would restore: it no longer applies.
        self.undo_stack.clear()
        self.refresh_list()
        # The open dossier is read again only when the import wrote it or what it shows of
        # ours (team, company, libraries): a big dossier takes a while to fill.
        if result.shared_changed or self.dossier.requested_client_id in result.client_ids:
            self.dossier.reload()
        if self.dossier.client_id is None and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _after_erasure(self, client_id: str) -> None:
        # The undo history may hold the erased person (a deletion, an edit): it must not
        # bring them back.
        self.undo_stack.clear()
        self.refresh_list()
        if self.dossier.requested_client_id == client_id:
            self.dossier.reload()

    def _after_vcard_import(self, client_id: str) -> None:
        self.refresh_list()
        if self.dossier.requested_client_id == client_id:
            self.dossier.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.exchange.accept_drag(event):
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.exchange.accept_drop(event):
            super().dropEvent(event)

    # ---- room for the proposal editor ----------------------------------------------------
    def _on_proposal_editing(self, editing: bool) -> None:
        """A proposal needs the width: the client list steps aside unless the user wants it."""
        keep = self.client_list_action.isChecked()
        self.left.setVisible(not editing or keep)
        if editing and not keep:
            self.statusBar().showMessage(
                self.tr("The client list is hidden while a proposal is open; F9 shows it."), 8000
            )

    def _on_client_list_toggled(self, shown: bool) -> None:
        self.settings.setValue(LIST_WHILE_EDITING_KEY, shown)
        if self.dossier.is_editing_proposal():
            self.left.setVisible(shown)

    def _build_status_bar(self) -> None:
        self.count_label = plain(QLabel())
        self.statusBar().addWidget(self.count_label)
        self.statusBar().setSizeGripEnabled(True)
        if self.db.read_only:  # every save would be refused: say so before the user types
            self.read_only_label = QLabel(
                self.tr("Read-only: this database file cannot be written; changes cannot be saved.")
            )
            self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addPermanentWidget(self.read_only_label)

    # ---- layout memory -------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._place_on_screen()
        state = self.settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value(SPLITTER_KEY)
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            # 440 px at 1280; on a small screen a little less, but the names stay readable.
            left = max(380, min(440, self.width() * 11 // 32))
            self.splitter.setSizes([left, self.width() - left])
        header = self.view.horizontalHeader()
        header_state = self.settings.value(HEADER_KEY)
        if isinstance(header_state, QByteArray):
            header.restoreState(header_state)
        # Enabling sorting sorts by the restored indicator: that is the one initial load.
        self.view.setSortingEnabled(True)
        self._refresh_counts()
        self._pending_client = str(self.settings.value(LAST_CLIENT_KEY, "") or "") or None
        if self._pending_client:
            self._select_row_of(self._pending_client)

    def _place_on_screen(self) -> None:
        """First start: 1280×800, or less on a small screen, so the title bar and the
        status bar stay on screen (a 1366×768 laptop has less than 800 px of height)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        # Leave room for the window manager's frame and title bar.
        size = QSize(
            min(DEFAULT_SIZE.width(), area.width() - 16),
            min(DEFAULT_SIZE.height(), area.height() - 48),
        )
        self.resize(size)
        self.move(area.center() - QPoint(size.width() // 2, size.height() // 2 + 16))

    def open_pending_client(self) -> None:
        """Open the client selected when the app was last closed (after the window shows)."""
        self.today.start()
        client_id, self._pending_client = self._pending_client, None
        if client_id and self.dossier.requested_client_id is None:
            self.dossier.open_client(client_id)  # _on_dossier_opened selects its row

    def save_layout(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self.settings.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())
        self.settings.setValue(LAST_CLIENT_KEY, self.dossier.client_id or "")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.dossier.confirm_leave():
            event.ignore()
            return
        self.save_layout()
        event.accept()

    # ---- the list ------------------------------------------------------------------------
    def _search_timer_start(self) -> None:
        self._search_timer.start()

    def apply_filter(self) -> None:
        """One search keystroke: the list first; the counts follow on the next event-loop turn."""
        self._search_timer.stop()
        value = self.status_filter.currentData()
        status = ClientStatus(value) if value else None
        with self._selection_sync():
            self.model.set_filter(self.search.text(), status)
            self._select_row_of(self.dossier.requested_client_id)
        daily_use.settle_unlisted_client(self)
        self._update_pages()
        self._count_timer.start()
        self._match_timer.start()

    def refresh_list(self) -> None:
        """Reload the current page (after a save, delete, undo or demo load)."""
        with self._selection_sync():
            self.model.reload()
            self._select_row_of(self.dossier.requested_client_id)
        self._refresh_counts()
        self._match_timer.start()

    def _refresh_counts(self) -> None:
        self._total_clients = self.service.count_clients()
        self._update_pages()
        self._update_count_label()

    def _selection_sync(self):
        window = self

        class _Sync:
            def __enter__(self) -> None:
                window._syncing_selection = True

            def __exit__(self, *exc) -> None:
                window._syncing_selection = False

        return _Sync()

    def _select_row_of(self, client_id: str | None) -> None:
        row = self.model.row_of(client_id) if client_id else None
        selection = self.view.selectionModel()
        with self._selection_sync():
            if row is None:
                selection.clearCurrentIndex()
                selection.clearSelection()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)

    def _is_filtered(self) -> bool:
        return bool(self.model.query or self.model.status_filter)

    def _update_pages(self) -> None:
        """First-start page, the list, or «nothing found» — without counting in SQL."""
        filtered = self._is_filtered()
        if self._total_clients == 0 and not filtered and not self.dossier.is_showing_client():
            self.central.setCurrentWidget(self.welcome)
        else:
            self.central.setCurrentWidget(self.splitter)
        if self.model.rowCount() == 0 and filtered:
            if self.model.query:
                message = self.tr("No client or person matches «{text}».").format(
                    text=self.model.query
                )
            else:
                message = self.tr("No clients with this status.")
            self.nothing_found.setText(
                message + "\n\n" + self.tr("Check the spelling or clear the search.")
            )
            self.list_pages.setCurrentWidget(self.nothing_found)
        else:
            self.list_pages.setCurrentWidget(self.view)
        self._update_actions()

    def _update_count_label(self) -> None:
        if self._is_filtered():
            text = self.tr("Clients found: {shown} of {total}").format(
                shown=self.model.total_count(), total=self._total_clients
            )
        else:
            text = self.tr("Clients: {total}").format(total=self._total_clients)
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        has_client = self.dossier.client_id is not None
        self.delete_action.setEnabled(has_client)

    def _on_current_row_changed(self, current, _previous) -> None:
        if self._syncing_selection or not current.isValid():
            return
        self.landing.client_activated(current)
        client_id = current.data(ClientIdRole)
        if client_id == self.dossier.requested_client_id and self.dossier.is_showing_client():
            return
        if not self.dossier.confirm_leave():
            self.dossier.cancel_open()  # "stay here" also drops a read still on its way
            QTimer.singleShot(0, lambda: self._select_row_of(self.dossier.client_id))
            return
        self.dossier.open_client(client_id)  # read off the GUI thread; see _on_dossier_opened

    def _on_dossier_opened(self, client_id: str) -> None:
        # Saving in confirm_leave reloads the list, and a reopened client (start, undo) was not
        # clicked: make the selection match the dossier again.
        if self.view.currentIndex().data(ClientIdRole) != client_id:
            self._select_row_of(client_id)
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down/Enter in the search box moves into the list, as in a launcher.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._search_timer.stop()
            if self.model.query != self.search.text().strip():
                self.apply_filter()
            self.view.setFocus()
            if not self.view.currentIndex().isValid() and self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    # ---- commands ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.left.show()  # also beside an open proposal: the user asked for the list
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.view.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
        if 0 <= row < rows:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def open_client(self, client_id: str) -> None:
        """Open a client's dossier as a click in the list would (from Today): read in the
        background; ``dossier.opened`` follows and ``_on_dossier_opened`` selects its row."""
        self.central.setCurrentWidget(self.splitter)
        self.dossier.open_client(client_id)

    def close_client(self) -> None:
        """Back to the start page (Today); the caller has settled unsaved edits."""
        self.dossier.clear()
        self._select_row_of(None)
        self._update_actions()

    def new_client(self) -> None:
        if not self.dossier.confirm_leave():
            return
        self.central.setCurrentWidget(self.splitter)
        self._select_row_of(None)
        self.dossier.new_client()
        self._update_actions()

    def _on_client_saved(self, client_id: str) -> None:
        self.refresh_list()
        self._select_row_of(client_id)
        if self.dossier.overview is not None:
            show_status(self, saved_message(self.dossier.overview.client.name))

    def delete_current_client(self) -> None:
        client_id = self.dossier.client_id
        if client_id is None:
            return
        # Pending edits of a client about to be deleted are settled first (saved or dropped).
        if self.dossier.has_unsaved_changes() and not self.dossier.confirm_leave():
            return
        name = self.dossier.overview.client.name
        if not self.prompter.confirm(
            self,
            self.tr("Delete client"),
            self.tr(
                "Delete «{name}» with its whole dossier: decision group, interactions and "
                "tenders?\n\nYou can undo this with Ctrl+Z."
            ).format(name=name),
        ):
            return
        row = self.view.currentIndex().row()
        try:
            snapshot = self.service.delete_client(client_id)
        except KamError as exc:
            show_error(self, exc)
            return
        # The service's snapshot puts the whole dossier back with the same ids.
        text = QCoreApplication.translate("MainWindow", "Delete client «{name}»")
        command = DeletionCommand(
            text.format(name=snapshot.client.name),
            snapshot,
            lambda s: self.service.delete_client(s.client.id),
            self.service.restore_client,
            lambda s: self.after_client_deleted(s.client.id),
            lambda s: self.after_client_restored(s.client.id),
            lambda error: show_error(self, error),
            refresh_on_push=False,  # after_client_deleted below also keeps the list position
        )
        self.undo_stack.push(command)
        self.after_client_deleted(client_id, row)
        self.statusBar().showMessage(
            self.tr("Deleted «{name}». Ctrl+Z brings it back.").format(name=name), 6000
        )

    def after_client_deleted(self, client_id: str, row: int = -1) -> None:
        if self.dossier.client_id == client_id:
            self.dossier.clear()
        self.refresh_list()
        rows = self.model.rowCount()
        if rows and row >= 0:
            next_row = min(row, rows - 1)
            self.view.setCurrentIndex(self.model.index(next_row, 0))

    def after_client_restored(self, client_id: str) -> None:
        # Show the restored client, but never over unsaved edits the user chose to keep.
        if self.dossier.confirm_leave():
            self.dossier.open_client(client_id)
        self.refresh_list()

    def load_demo(self) -> Operation | None:
        """Create or refresh the demo portfolio off the GUI thread (one transaction)."""
        if not self.dossier.confirm_leave():
            return None

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> list[str]:
            from kam_desktop.services.demo import load_demo

            return load_demo(self.db)

        label = self.tr("Loading the demo dossier…")
        title = self.tr("KAM Desktop")
        operation = Operation(self, work).with_progress(title, label, cancellable=False)
        return operation.success(self._after_demo).run_in_background()

    def _after_demo(self, client_ids: list[str]) -> None:
        """The list shows the demo clients; the open dossier is read again only if it is one."""
        self.central.setCurrentWidget(self.splitter)
        self.refresh_list()
        shown = self.dossier.requested_client_id
        if shown in client_ids:
            self.dossier.reload()
        elif shown is not None:
            self.dossier.people_changed()  # the demo team may take part in its interactions
        if shown is None and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(self._first_key_client_row(), 0))
        self.statusBar().showMessage(self.tr("The demo dossier is loaded."), 6000)

    def _first_key_client_row(self) -> int:
        for row in range(self.model.rowCount()):
            if self.model.summary(row).status == ClientStatus.KEY:
                return row
        return 0

    def offer_demo_if_empty(self) -> None:
        """First start with an empty database: offer the demo once."""
        if self.db.read_only:
            return
        if self.settings.value(DEMO_OFFERED_KEY, False, type=bool) or not self.db.is_empty():
            return
        self.settings.setValue(DEMO_OFFERED_KEY, True)
        if self.prompter.offer_demo(self):
            self.load_demo()

    def edit_company(self) -> None:
        from kam_desktop.gui.company_dialog import CompanyDialog

        if CompanyDialog(self.service, self).exec():
            self.dossier.people_changed()  # our team appears among interaction participants

    def edit_settings(self) -> None:
        from kam_desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.service, self.settings, self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        # Today's cadences and the consent period may have changed: Today and the decision
        # group's Consent column read them again.
        self.today.mark_stale()
        if self.dossier.is_showing_client() and not self.dossier.has_unsaved_changes():
            self.dossier.reload()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About KAM Desktop"),
            self.tr(
                "<h3>KAM Desktop {version}</h3>"
                "<p>Dossiers of key clients and their decision-making groups, "
                "commercial proposals tailored to each participant. Works fully offline.</p>"
                "<p>Data folder: {data}</p>"
            ).format(version=__version__, data=html.escape(str(data_dir()))),
        )
