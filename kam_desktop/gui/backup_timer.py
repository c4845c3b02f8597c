"""The automatic backups while the window runs: one soon after start, then whenever the last
one is a day old (checked every hour: a laptop may sleep through the day).

The copy runs off the GUI thread (SQLite's backup API, ``services/backups``); a failure is
logged and said in the status bar — it never interrupts the KAM's work.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kam_desktop.gui.operations import Operation, Progress, ShouldCancel

if TYPE_CHECKING:
    from pathlib import Path

    from kam_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 5_000  # after start-up has settled
CHECK_EVERY_MS = 3_600_000


class DailyBackup(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._running = False

    def start(self) -> None:
        QTimer.singleShot(FIRST_CHECK_MS, self.check)
        self._timer.start()

    def check(self) -> Operation | None:
        """Make the daily backup if it is due (in the background); None: nothing started."""
        if self._running or getattr(self.window.db, "path", None) is None:
            return None
        from kam_desktop.services.backups import BackupService

        service = BackupService(self.window.db)
        self._running = True

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> Path | None:
            return service.automatic_if_due()

        operation = Operation(self.window, work)
        operation.success(self._done)
        operation.failure(self._failed)
        return operation.run_in_background()

    def _done(self, written: Path | None) -> None:
        self._running = False
        if written is not None:
            log.info("automatic backup written: %s", written)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        log.warning("the automatic backup failed: %s", exc)
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "DailyBackup", "The automatic backup failed: {error}"
            ).format(error=exc),
            10_000,
        )
