"""Noticing what other users (or other windows and commands) saved, by polling.

Every ``POLL_MS`` the window reads ``DossierService.stamps`` off the GUI thread: the client
list's stamp (count, version sum, newest update) and the version counters of the open
dossier's client, members and interactions — one small indexed read (~5–10 ms for a dossier of
300 members and 300 interactions on a busy laptop). A moved list stamp reloads the client list;
versions that differ from the shown ones go to ``DossierView.check_versions``. Plain SQL, so the
same works against a team database on PostgreSQL (where ``LISTEN/NOTIFY`` could later replace
the timer).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kam_desktop.gui.operations import Operation, Progress, ShouldCancel

if TYPE_CHECKING:
    from kam_desktop.domain.change_log import PollStamps
    from kam_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

POLL_MS = 5000


class ChangeWatch(QObject):
    def __init__(self, window: MainWindow, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self._list_stamp: tuple[object, ...] | None = None
        self._polling: Operation | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def poll(self) -> Operation | None:
        """One read of the stamps in the background; None while the previous one runs."""
        if self._polling is not None:
            return None
        dossier = self.window.dossier
        client_id = dossier.client_id if dossier.is_showing_client() else None
        if dossier.is_loading():
            client_id = None  # the read under way brings the newest anyway
        read = self.window.service.stamps  # resolved on the GUI thread (deferred start)

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> PollStamps:
            return read(client_id)

        operation = Operation(self.window, work)
        operation.success(lambda stamps: self._arrived(client_id, stamps))
        operation.failure(self._failed)
        self._polling = operation
        return operation.run_in_background()

    def _arrived(self, client_id: str | None, stamps: PollStamps) -> None:
        self._polling = None
        if self._list_stamp is not None and stamps.clients != self._list_stamp:
            self.window.refresh_list()
        self._list_stamp = stamps.clients
        dossier = self.window.dossier
        if stamps.records is not None and client_id == dossier.client_id:
            dossier.check_versions(stamps.records)

    def _failed(self, exc: BaseException) -> None:
        self._polling = None
        log.info("polling for others' changes failed: %s", exc)  # the next tick tries again
