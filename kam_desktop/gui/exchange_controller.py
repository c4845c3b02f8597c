"""The sharing commands the main window and the dossier view call: export (dialog → file), the
import flow (file → password → preview with per-record conflict choices → one-transaction
apply), drag and drop, and the vCard and iCalendar commands (dialogs in their own modules).

Every question to the user goes through the one prompts protocol (``gui.prompts``); the slow steps run as
``operations.Operation`` (off the GUI thread, answers in callbacks), so every command returns an
``Outcome`` that settles when the flow ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QMimeData,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QMenu,
    QToolButton,
    QWidget,
)

from kam_desktop.gui.exchange_export_dialog import DOSSIER_SUFFIX, ExportDialog
from kam_desktop.gui.exchange_import_preview import ImportPreviewDialog
from kam_desktop.gui.i18n_qt import app_settings
from kam_desktop.gui.operations import Operation, Outcome, Work
from kam_desktop.gui.prompts import Prompts, UserPrompts

if TYPE_CHECKING:  # the window is built before SQLAlchemy is imported
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "exchange/last_folder"


def dossier_paths(mime: QMimeData) -> list[Path]:
    """Local ``.kamdossier`` files in dragged data (what the main window accepts as a drop)."""
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(DOSSIER_SUFFIX)
    ]


@dataclass(frozen=True, slots=True)
class _ImportFlow:
    """One run of the import flow: the file and the answer it settles."""

    path: Path
    outcome: Outcome


# ---- the controller ----------------------------------------------------------------------
class ExchangeController(QObject):
    """The sharing commands of the main window and the dossier view.

    ``confirm_leave`` settles unsaved edits before an import changes data underneath them.
    """

    imported = Signal(object)  # an ImportResult: the window refreshes what it says changed
    members_imported = Signal(str)  # client id whose decision group grew by a vCard import
    status = Signal(str)  # one line for the status bar
    person_erased = Signal(str)  # client id whose person was erased: refresh, forget the undo
    task_created = Signal(object)  # an Operation about to start (tests cancel through it)

    def __init__(
        self,
        db: Database,
        parent: QWidget,
        prompts: UserPrompts | None = None,
        confirm_leave: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.window = parent
        self.prompts: UserPrompts = prompts or Prompts()
        self._dossiers: DossierService | None = None
        self.confirm_leave = confirm_leave or (lambda: True)
        self.settings = app_settings()
        self._service = None

    @property
    def dossiers(self) -> DossierService:
        """The dossier service, built on first use (the window is shown before SQLAlchemy is
        imported)."""
        if self._dossiers is None:
            from kam_desktop.services.dossiers import DossierService

            self._dossiers = DossierService(self.db)
        return self._dossiers

    @property
    def service(self):
        """The exchange service, imported on first use (jsonschema and cryptography load
        slowly, and the window is built at start-up)."""
        if self._service is None:
            from kam_desktop.services.exchange import ExchangeService

            self._service = ExchangeService(self.db)
        return self._service

    # -- what the shell puts in its menus and the dossier header
    def build_actions(self, window: QWidget, current_client_id: Callable[[], str | None]) -> list:
        """File-menu actions: Export dossier… (Ctrl+E), Import dossier… (Ctrl+I), Export calendar…"""
        self.export_action = QAction(self.tr("&Export dossier…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            self.tr("Save clients' dossiers to a .kamdossier file, optionally with a password.")
        )
        self.export_action.triggered.connect(lambda: self.export_dossiers(current_client_id()))
        self.import_action = QAction(self.tr("&Import dossier…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr(
                "Open a .kamdossier file: see what it adds or changes before anything is saved."
            )
        )
        self.import_action.triggered.connect(lambda: self.import_dossier())
        self.calendar_action = QAction(self.tr("Export &calendar…"), window)
        self.calendar_action.setStatusTip(
            self.tr("Birthdays, proposal validity dates and next steps as an .ics file.")
        )
        self.calendar_action.triggered.connect(lambda: self.export_calendar())
        actions = [self.export_action, self.import_action, self.calendar_action]
        window.addActions(actions)
        return actions

    def share_button(
        self,
        current_client_id: Callable[[], str | None],
        current_member: Callable[[], tuple[str, str] | None] = lambda: None,
    ) -> QToolButton:
        """The dossier header's «Share» menu: this dossier, its decision group as vCard, and
        everything about the person selected in the decision group (``current_member``: id
        and name)."""
        button = QToolButton()
        button.setText(self.tr("Share"))
        button.setToolTip(self.tr("Export this dossier, or exchange its contacts as vCard"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        export = menu.addAction(self.tr("Export this dossier…"))
        menu.addSeparator()
        export_vcard = menu.addAction(self.tr("Export vCard…"))
        import_vcard = menu.addAction(self.tr("Import vCard…"))
        menu.addSeparator()
        calendar = menu.addAction(self.tr("Export calendar…"))
        calendar.setToolTip(
            self.tr("This dossier's birthdays, proposal validity dates and next steps as .ics")
        )
        menu.addSeparator()
        person = menu.addAction(self.tr("Export the selected person's data…"))
        person.setToolTip(
            self.tr("Everything held about them, as PDF or JSON (a subject-access request)")
        )
        person.triggered.connect(lambda: self._with_member(current_member))
        erase = menu.addAction(self.tr("Erase this person's data…"))
        erase.setToolTip(
            self.tr("Remove everything held about them, everywhere (the right to erasure)")
        )
        erase.triggered.connect(lambda: self._erase_member(current_member))
        export.triggered.connect(lambda: self.export_dossiers(current_client_id()))
        export_vcard.triggered.connect(
            lambda: self._with_client(current_client_id, self.export_vcard)
        )
        import_vcard.triggered.connect(
            lambda: self._with_client(current_client_id, self.import_vcard)
        )
        calendar.triggered.connect(
            lambda: self._with_client(current_client_id, self.export_calendar)
        )

        def enable() -> None:  # a new, unsaved client has nothing to share yet
            for action in (export, export_vcard, import_vcard, calendar):
                action.setEnabled(current_client_id() is not None)
            person.setEnabled(current_member() is not None)
            erase.setEnabled(current_member() is not None and not self.db.read_only)

        menu.aboutToShow.connect(enable)
        button.setMenu(menu)
        self.share_menu = menu
        return button

    def _with_member(self, current_member: Callable[[], tuple[str, str] | None]) -> None:
        from kam_desktop.gui.person_export import export_person_data

        chosen = current_member()
        if chosen is not None:
            export_person_data(self, *chosen)

    def _erase_member(self, current_member: Callable[[], tuple[str, str] | None]) -> None:
        from kam_desktop.gui.person_erase import erase_person_data

        chosen = current_member()
        if chosen is not None:
            erase_person_data(self, *chosen)

    @staticmethod
    def _with_client(current_client_id: Callable[[], str | None], command) -> None:
        client_id = current_client_id()
        if client_id is not None:
            command(client_id)

    # -- shared helpers
    def last_folder(self) -> Path:
        folder = Path(str(self.settings.value(LAST_FOLDER_KEY, "") or Path.home()))
        return folder if folder.is_dir() else Path.home()

    def remember_folder(self, path: Path) -> None:
        self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))

    def save_file(
        self, title: str, suggested: Path, file_filter: str, suffixes: tuple[str, ...], data: bytes
    ) -> Path | None:
        """Ask where to save ``data`` and write it atomically; the first of ``suffixes`` is added
        when the name has none of them. None when the user cancels or the write fails (the
        error is shown); else the path, whose folder is remembered for the next time."""
        from kam_desktop.services.exchange import write_atomically

        path = self.prompts.save_file(self.window, title, suggested, file_filter)
        if path is None:
            return None
        if path.suffix.lower() not in suffixes:
            path = path.with_name(path.name + suffixes[0])
        try:
            write_atomically(path, data)
        except Exception as exc:  # noqa: BLE001 - a full disk or a locked file, told to the user
            self.report(exc)
            return None
        self.remember_folder(path)
        return path

    def run(
        self,
        title: str,
        label: str,
        work: Work,
        done: Callable[[Any], None],
        cancellable: bool = True,
    ) -> Operation:
        """``work`` behind the delayed progress dialog; ``done(result)`` after success."""
        operation = Operation(self.window, work).with_progress(title, label, cancellable)
        operation.success(done)
        self.task_created.emit(operation)
        return operation

    def report(self, exc: BaseException) -> None:
        from kam_desktop.exchange.errors import Cancelled

        if isinstance(exc, Cancelled):
            self.status.emit(str(exc))
            return
        self.prompts.report_error(self.window, exc)

    def _fail_into(self, outcome: Outcome, value: object) -> Callable[[BaseException], None]:
        """A failure callback: the error is reported and the flow ends with ``value``."""

        def fail(exc: BaseException) -> None:
            self.report(exc)
            outcome.settle(value)

        return fail

    # -- export
    def export_dossiers(self, current_client_id: str | None = None) -> Outcome:
        """Dialog → file; settles with the written path, or None (cancelled or failed)."""
        outcome = Outcome()
        if not self.confirm_leave():  # unsaved edits are saved (or dropped) before export
            return outcome.settle(None)
        clients = self.dossiers.list_clients()
        if not clients:
            self.prompts.info(
                self.window,
                self.tr("Export dossier"),
                self.tr("There are no clients to export yet."),
            )
            return outcome.settle(None)
        dialog = ExportDialog(
            clients, current_client_id, self.last_folder(), self.prompts, self.window
        )
        accepted = self.prompts.run_dialog(dialog)
        request = dialog.request()
        dialog.deleteLater()
        if not accepted or request is None:
            return outcome.settle(None)
        self.remember_folder(request.path)

        def written(result) -> None:
            self.status.emit(
                self.tr("{summary} Saved to {path}.").format(
                    summary=result.summary(), path=request.path
                )
            )
            outcome.settle(request.path)

        self.run(
            self.tr("Export dossier"),
            self.tr("Writing {file}…").format(file=request.path.name),
            lambda progress, cancel: self.service.export_to_file(
                request.path,
                request.client_ids,
                request.password,
                progress,
                cancel,
                without_personal=request.without_personal,
            ),
            written,
        ).failure(self._fail_into(outcome, None)).run_in_background()  # nothing is written
        return outcome

    # -- import
    def import_dossier(self, path: Path | None = None) -> Outcome:
        """File → password → preview → apply; settles True when something was imported."""
        outcome = Outcome()
        if not self.confirm_leave():
            return outcome.settle(False)
        if path is None:
            path = self.prompts.open_file(
                self.window,
                self.tr("Import dossier"),
                self.last_folder(),
                self.tr("KAM dossier (*.kamdossier);;All files (*)"),
            )
            if path is None:
                return outcome.settle(False)
        self.remember_folder(path)
        self._check(_ImportFlow(path, outcome), None, None)
        return outcome

    def _check(self, flow: _ImportFlow, data: bytes | None, password: str | None) -> None:
        """Read (first time) and check the file off the GUI thread; a password when needed."""
        from kam_desktop.exchange.crypto import is_encrypted
        from kam_desktop.exchange.errors import PasswordRequiredError, WrongPasswordError
        from kam_desktop.services.exchange import read_file

        def work(progress, cancel):
            content = read_file(flow.path) if data is None else data
            if password is None and is_encrypted(content):
                return content, None  # the password is asked on the GUI thread
            return content, self.service.preview_import(content, password, progress, cancel)

        def checked(result) -> None:
            content, preview = result
            if preview is None:
                self._ask_password(flow, content, None)
            else:
                self._show_preview(flow, preview)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, (WrongPasswordError, PasswordRequiredError)) and data is not None:
                self._ask_password(flow, data, str(exc))
                return
            self.report(exc)  # unreadable, damaged, hostile, tampered: shown
            flow.outcome.settle(False)

        label = self.tr("Checking {file}…").format(file=flow.path.name)
        self.run(self.tr("Import dossier"), label, work, checked).failure(
            failed
        ).run_in_background()

    def _ask_password(self, flow: _ImportFlow, data: bytes, error: str | None) -> None:
        password = self.prompts.password(self.window, flow.path.name, error)
        if password is None:
            flow.outcome.settle(False)
            return
        self._check(flow, data, password)

    def _show_preview(self, flow: _ImportFlow, preview) -> None:
        path = flow.path
        if not preview.has_changes and not preview.refused:
            self.prompts.info(
                self.window,
                self.tr("Import dossier"),
                self.tr(
                    "Nothing to import: your database already has everything in «{file}»."
                ).format(file=path.name)
                + "\n\n"
                + preview.summary(),
            )
            flow.outcome.settle(False)
            return
        dialog = ImportPreviewDialog(preview, path.name, self.window)
        accepted = self.prompts.run_dialog(dialog)
        dialog.deleteLater()  # it holds the whole file in memory
        if not accepted:
            self.status.emit(self.tr("Import cancelled; nothing was changed."))
            flow.outcome.settle(False)
            return

        def applied(result) -> None:
            self.imported.emit(result)
            self.prompts.info(self.window, self.tr("Import dossier"), result.summary())
            self.status.emit(result.summary())
            flow.outcome.settle(True)

        self.run(
            self.tr("Import dossier"),
            self.tr("Importing {file}…").format(file=path.name),
            lambda progress, cancel: self.service.apply_import(preview, progress, cancel),
            applied,
        ).failure(self._fail_into(flow.outcome, False)).run_in_background()  # rolled back

    # -- drag and drop (the main window forwards its drag events here)
    def accept_drag(self, event: QDragEnterEvent) -> bool:
        """Accept a drag that carries a .kamdossier file; False leaves the event alone."""
        if not dossier_paths(event.mimeData()):
            return False
        event.acceptProposedAction()
        return True

    def accept_drop(self, event: QDropEvent) -> bool:
        """Start the import flow of a dropped .kamdossier file (the first, if several)."""
        paths = dossier_paths(event.mimeData())
        if not paths:
            return False
        event.acceptProposedAction()
        # After the drop returns: the drag source waits for it, and the flow opens dialogs.
        QTimer.singleShot(0, self, lambda: self.import_dossier(paths[0]))
        return True

    # -- vCard and calendar (their dialogs live in their own modules)
    def export_vcard(self, client_id: str) -> Path | None:
        from kam_desktop.gui.vcard_dialogs import export_vcard

        return export_vcard(self, client_id)

    def import_vcard(self, client_id: str) -> Outcome:
        from kam_desktop.gui.vcard_dialogs import import_vcard

        return import_vcard(self, client_id)

    def export_calendar(self, client_id: str | None = None) -> Outcome:
        """Every client's dates, or those of ``client_id``'s dossier only."""
        from kam_desktop.gui.calendar_export import export_calendar

        return export_calendar(self, client_id)
