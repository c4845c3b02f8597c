"""File → Backups… on a real SQLite file: the copies with what they hold, «Back up now», and a
restore that puts the copy's data back, keeps the replaced database and starts the app again;
the daily backup while the window runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QDialog

from kam_desktop.domain.dossier import Client
from kam_desktop.gui.backup_dialog import BackupDialog, show_backups
from kam_desktop.gui.backup_timer import DailyBackup
from kam_desktop.gui.main_window import MainWindow
from kam_desktop.services.backups import BackupService, backup_folder
from tests.gui.shell_helpers import ScriptedPrompter, wait_for_operations


class BackupPrompter(ScriptedPrompter):
    """Chooses the oldest copy in the dialog and says yes to the restore."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[list[str]] = []

    def run_dialog(self, dialog: QDialog) -> bool:
        if isinstance(dialog, BackupDialog):
            table = dialog.table
            self.seen.append([table.item(r, 1).text() for r in range(table.rowCount())])
            table.selectRow(table.rowCount() - 1)
            dialog._restore_chosen()
            return True
        return super().run_dialog(dialog)

    def confirm(self, parent, title, text, default_yes=False) -> bool:
        self.asked.append((title, text))
        return True


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM client"))
    finally:
        conn.close()


def test_a_copy_is_listed_and_restored_and_the_app_starts_again(qtbot, db, dossiers) -> None:
    dossiers.save_client(Client("Первый"))
    service = BackupService(db)
    first = service.automatic()
    dossiers.save_client(Client("Второй"))
    prompter = BackupPrompter()
    window = MainWindow(db, prompter=prompter)
    qtbot.addWidget(window)
    dialog = BackupDialog(service, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "1"
    dialog.backup_now()  # in the background
    wait_for_operations(qtbot)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "2"

    restarted: list[Path] = []
    assert show_backups(window, restart=restarted.append)
    assert restarted == [db.path]
    assert prompter.seen == [["2", "1"]] and "1" in prompter.asked[-1][1]
    assert names(db.path) == ["Первый"]  # the oldest copy's data
    kept = [p for p in backup_folder().iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and names(kept[0]) == ["Второй", "Первый"]
    assert first.exists()


def test_the_daily_backup_runs_in_the_background(qtbot, db, dossiers) -> None:
    dossiers.save_client(Client("Первый"))
    window = MainWindow(db, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    daily = DailyBackup(window)
    assert daily.check() is not None
    wait_for_operations(qtbot)
    assert len(BackupService(db).backups()) == 1
    daily.check()
    wait_for_operations(qtbot)
    assert len(BackupService(db).backups()) == 1  # not a day later yet
