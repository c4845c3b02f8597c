"""Long exchange operations (export, import preview, import) off the GUI thread.

The service calls are synchronous and take ``progress(done, total)`` and ``should_cancel()``
callbacks (see ``kam_desktop.services.exchange``). ``BackgroundTask`` runs one such call in a
worker thread behind a window-modal ``QProgressDialog``; Cancel only asks the service to stop at
its next check, and the service guarantees that a cancelled export leaves no file and a
cancelled import leaves the database unchanged (one transaction, rolled back). ``run()`` waits
in a local event loop, so the window keeps painting and the caller reads like plain code (the
pattern of Anki's ``CollectionOp``, but returning the result).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
Work = Callable[[Progress, ShouldCancel], T]

SHOW_AFTER_MS = 400  # quick operations finish without a flashing dialog
_USER_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.Shortcut,
    QEvent.Type.Drop,
}


class _InputBlocker(QObject):
    """Swallows user input outside the progress dialog while a task runs.

    The dialog appears only after ``SHOW_AFTER_MS``; until then nothing else is modal, and a
    click or shortcut could start a second export or edit the data being imported.
    """

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _USER_INPUT:
            return False
        return not self._inside_dialog(watched)

    def _inside_dialog(self, watched: QObject) -> bool:
        dialog = self._dialog
        if isinstance(watched, QWidget):
            return watched is dialog or dialog.isAncestorOf(watched)
        # Input reaches the dialog's native window before its widgets.
        return isinstance(watched, QWindow) and watched is dialog.windowHandle()


class BackgroundTask(QObject):
    """One service call in a worker thread, with a cancellable progress dialog.

    ``progressed`` is emitted from the worker thread (Qt queues it to the GUI thread for the
    dialog); ``cancel()`` is thread-safe, so anything may request the stop.
    """

    progressed = Signal(int, int)
    _finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, label: str, work: Work) -> None:
        super().__init__(parent)
        self._work = work
        self._label = label
        self._cancel = threading.Event()
        self._result: object = None
        self._error: BaseException | None = None
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show_progress)

    def cancel(self) -> None:
        if not self._cancel.is_set():
            log.info("background task cancelled by the user")
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _show_progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))
        self.dialog.setLabelText(
            self.tr("{label}\n{done} of {total}").format(label=self._label, done=done, total=total)
        )

    def _on_cancel_requested(self) -> None:
        self.dialog.setLabelText(self.tr("Stopping… nothing will be left half-done."))
        self.dialog.setCancelButtonText(self.tr("Stopping…"))

    def _run_worker(self) -> None:
        try:
            self._result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread and re-raised
            self._error = exc
        finally:
            self._finished.emit()

    def run(self):
        """Start, wait (the event loop keeps running) and return the result or raise."""
        loop = QEventLoop()
        self._finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        self.dialog.canceled.connect(self._on_cancel_requested)
        blocker = _InputBlocker(self.dialog)
        app = QCoreApplication.instance()
        app.installEventFilter(blocker)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        worker = threading.Thread(target=self._run_worker, name="kam-exchange", daemon=True)
        worker.start()
        try:
            loop.exec()
        finally:
            worker.join()
            QApplication.restoreOverrideCursor()
            app.removeEventFilter(blocker)
        self.dialog.close()
        self.dialog.deleteLater()
        if self._error is not None:
            raise self._error
        return self._result


def run_in_background(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Work,
    on_created: Callable[[BackgroundTask], None] | None = None,
) -> T:
    """Run ``work(progress, should_cancel)`` behind a progress dialog; return or raise its result.

    ``on_created`` sees the task before it starts (the shell shows it; tests cancel through it).
    """
    task: BackgroundTask = BackgroundTask(parent, title, label, work)
    if on_created is not None:
        on_created(task)
    return task.run()
