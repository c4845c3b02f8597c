"""File → Backups…: the copies of the database (automatic, and those kept before a restore),
what each holds, a copy made now, and putting one back.

A restore replaces the database file whole, so the window cannot go on with what it has read:
after the confirmation (which says what the copy holds and that the current database is kept
first) the database is replaced and KAM Desktop starts again on it. Nothing changes when the
restore is refused (a file that is not ours) or fails.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QProcess, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError
from kam_desktop.gui.dossier_labels import ui_locale
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import HINT_STYLE, dialog_buttons
from kam_desktop.gui.operations import Operation, Progress, ShouldCancel
from kam_desktop.gui.plain_text import plain

if TYPE_CHECKING:
    from kam_desktop.gui.main_window import MainWindow
    from kam_desktop.services.backups import BackupService
    from kam_desktop.storage.backups import BackupInfo

COLUMNS = 5  # date, clients, people, proposals, file


def _local(info: BackupInfo) -> QDateTime:
    """When the copy was made, in the computer's time zone."""
    return QDateTime.fromSecsSinceEpoch(int(info.taken_at.timestamp()))


def restart_on(database: Path) -> None:
    """Start KAM Desktop again on ``database`` and leave this one."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle is its own executable
        program, arguments = sys.executable, ["--db", str(database)]
    else:
        program, arguments = sys.executable, ["-m", "kam_desktop", "--db", str(database)]
    QProcess.startDetached(program, arguments)
    QApplication.quit()


class BackupDialog(QDialog):
    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(QCoreApplication.translate("BackupDialog", "Backups"))
        self.resize(760, 420)
        self._backups: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None  # the copy to restore, when accepted

        from kam_desktop.services.backups import backup_folder

        intro = plain(
            QLabel(
                QCoreApplication.translate(
                    "BackupDialog",
                    "A copy of the database is made soon after start and then daily, in {folder}; "
                    "restoring one keeps a copy of the current database first.",
                ).format(folder=backup_folder())
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("BackupDialog", "Made"),
                QCoreApplication.translate("BackupDialog", "Clients"),
                QCoreApplication.translate("BackupDialog", "People"),
                QCoreApplication.translate("BackupDialog", "Proposals"),
                QCoreApplication.translate("BackupDialog", "File"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore_chosen())
        self.empty = plain(
            QLabel(
                QCoreApplication.translate(
                    "BackupDialog", "No copies yet: «Back up now» makes the first."
                )
            )
        )
        self.empty.setStyleSheet(HINT_STYLE)

        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(service.keep())
        self.keep.setToolTip(
            QCoreApplication.translate(
                "BackupDialog", "How many automatic copies are kept (the oldest go)"
            )
        )
        self.keep.valueChanged.connect(self._keep_changed)
        self.backup_button = QPushButton(QCoreApplication.translate("BackupDialog", "Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(QCoreApplication.translate("BackupDialog", "Restore…"))
        self.restore_button.clicked.connect(self._restore_chosen)

        keep_row = QHBoxLayout()
        keep_row.addWidget(
            plain(QLabel(QCoreApplication.translate("BackupDialog", "Keep the newest")))
        )
        keep_row.addWidget(self.keep)
        keep_row.addWidget(
            plain(QLabel(QCoreApplication.translate("BackupDialog", "automatic copies")))
        )
        keep_row.addStretch(1)
        keep_row.addWidget(self.backup_button)
        keep_row.addWidget(self.restore_button)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.refresh()

    # ---- the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self._backups = self.service.backups()
        except KamError as exc:
            show_error(self, exc)
            self._backups = []
        self.table.setRowCount(len(self._backups))
        locale = ui_locale()
        for row, info in enumerate(self._backups):
            made = locale.toString(_local(info), QLocale.FormatType.ShortFormat)
            cells = [made, str(info.clients), str(info.people), str(info.proposals)]
            for column, text in enumerate([*cells, info.path.name]):
                cell = QTableWidgetItem(text)
                if 0 < column < COLUMNS - 1:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                cell.setToolTip(str(info.path))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self._backups)
        self.table.setVisible(bool(self._backups))
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    # ---- acting ----------------------------------------------------------------------------------
    def backup_now(self) -> Operation:
        """Copy the database now, off the GUI thread (a big file takes seconds)."""
        service = self.service
        self.backup_button.setEnabled(False)

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> Path:
            return service.automatic()

        def done(_written: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            show_error(self, exc)

        operation = Operation(self, work)
        operation.success(done)
        operation.failure(failed)
        return operation.run_in_background()

    def _keep_changed(self, count: int) -> None:
        try:
            self.service.set_keep(count)
        except KamError as exc:
            show_error(self, exc)

    def _restore_chosen(self) -> None:
        info = self._selected()
        if info is None:
            return
        self.chosen = info
        self.accept()


def confirm_text(info: BackupInfo) -> str:
    made = ui_locale().toString(_local(info), QLocale.FormatType.LongFormat)
    return QCoreApplication.translate(
        "BackupDialog",
        "Replace the current database with the copy made {made}? It holds {clients} clients, "
        "{people} people and {proposals} proposals. The current database is kept as a copy "
        "first, and KAM Desktop starts again on the restored one.",
    ).format(made=made, clients=info.clients, people=info.people, proposals=info.proposals)


def show_backups(window: MainWindow, restart: Callable[[Path], None] = restart_on) -> bool:
    """The dialog; a copy chosen and confirmed is restored and the app starts again on it.
    True when a restore was made."""
    from kam_desktop.services.backups import BackupService, restore_database

    database = getattr(window.db, "path", None)
    if database is None:
        show_error(
            window,
            KamError(
                QCoreApplication.translate(
                    "BackupDialog",
                    "A team database on a server is not copied here. Back it up with "
                    "«kam-desktop --db URL backup --out FILE.kamdossier»: every client, the "
                    "team, the library and the settings in one file, which «restore» brings "
                    "into an SQLite file or an empty server database.",
                )
            ),
        )
        return False
    dialog = BackupDialog(BackupService(window.db), window)
    accepted = window.prompter.run_dialog(dialog)
    info = dialog.chosen if accepted else None
    dialog.deleteLater()
    if info is None:
        return False
    if window.dossier.is_showing_client() and not window.dossier.confirm_leave():
        return False
    if not window.prompter.confirm(
        window, QCoreApplication.translate("BackupDialog", "Restore a backup"), confirm_text(info)
    ):
        return False
    try:
        restore_database(Path(database), info.path)
    except KamError as exc:
        show_error(window, exc)
        return False
    restart(Path(database))
    return True
