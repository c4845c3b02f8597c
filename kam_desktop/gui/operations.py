"""The one way the GUI runs slow work: a service call off the GUI thread, answers on it.

Modelled on Anki's ``QueryOp`` (``aqt/operations``)::

    Operation(parent, lambda progress, should_cancel: service.export_to_file(...))
        .success(on_written)
        .failure(on_failed)
        .with_progress(title, label)
        .run_in_background()

``work(progress, should_cancel)`` runs in a worker thread; it may report
``progress(done, total)`` and should stop (raising ``Cancelled``) when ``should_cancel()`` turns
true, as the exchange services do. ``success(result)`` and ``failure(exc)`` are called on the GUI
thread, then ``finished`` is emitted; without a failure callback an error goes to the one error
dialog (``show_error``: a ``KamError`` as a plain message, anything else with its details).

``with_progress`` adds what long work shows: a window-modal progress dialog that appears only
after ``SHOW_AFTER_MS`` (with "n of total" and a Cancel button that asks the work to stop), a busy
cursor, and user input outside that dialog swallowed until the work ends — a click cannot start
a second export or edit the data being imported. No nested event loop: the caller returns at
once and continues in its callbacks.

Tests wait for ``finished`` (or ``is_finished()``); every operation is announced on
``operations_hub().started`` before its worker starts, so a test can cancel it.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from kam_desktop.gui.error_dialog import show_error

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
Work = Callable[[Progress, ShouldCancel], Any]
OnSuccess = Callable[[Any], None]
OnFailure = Callable[[BaseException], None]

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
    """Swallows user input outside the progress dialog while an operation runs.

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


def _no_work(_progress: Progress, _should_cancel: ShouldCancel) -> None:
    return None


class OperationsHub(QObject):
    """Announces every operation before it starts (tests and diagnostics listen here)."""

    started = Signal(object)  # the Operation


_hub: OperationsHub | None = None
_running: set[Operation] = set()  # keeps Python wrappers alive until their callbacks ran


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None, "operations run inside the Qt application"
    return app


def operations_hub() -> OperationsHub:
    global _hub
    if _hub is None:
        _hub = OperationsHub()
    return _hub


def running_operations() -> list[Operation]:
    return list(_running)


class _CollectorOnGuiThread:
    """Python's cycle collector runs in whichever thread happens to allocate. In a worker it
    may free a Qt object that belongs to the GUI thread (a closed dialog in a reference cycle),
    and Qt crashes — seen as a segfault "Garbage-collecting" inside SQLAlchemy in a worker.
    While any operation runs, automatic collection is off and the GUI thread collects the
    young generations on a timer; when the last one ends, automatic collection resumes there.
    """

    INTERVAL_MS = 500

    def __init__(self) -> None:
        self._timer: QTimer | None = None
        self._paused = False

    def operation_started(self) -> None:
        if self._paused or not gc.isenabled():
            return
        gc.disable()
        self._paused = True
        if self._timer is None:
            self._timer = QTimer(operations_hub())
            self._timer.setInterval(self.INTERVAL_MS)
            self._timer.timeout.connect(lambda: gc.collect(1))
        self._timer.start()

    def last_operation_ended(self) -> None:
        if not self._paused:
            return
        if self._timer is not None:
            self._timer.stop()
        self._paused = False
        gc.enable()


_collector = _CollectorOnGuiThread()


class Operation(QObject):
    """One service call in a worker thread; callbacks and ``finished`` on the GUI thread.

    ``progressed`` is emitted from the worker (Qt queues it to the GUI thread for the dialog);
    ``cancel()`` is thread-safe, so anything may request the stop.
    """

    progressed = Signal(int, int)
    finished = Signal()
    _worker_done = Signal()

    def __init__(self, parent: QWidget | None, work: Work) -> None:
        # Owned by the hub, not by ``parent``: the worker may outlive a closed window (see
        # ``_deliver``), and a QObject owned by Python could be freed by the garbage collector
        # in a worker thread, which crashes. ``_release`` frees it on the GUI thread.
        super().__init__(operations_hub())
        self._parent = parent
        self._work = work
        self._on_success: OnSuccess | None = None
        self._on_failure: OnFailure | None = None
        self._cancel = threading.Event()
        self._finished = False
        self._thread: threading.Thread | None = None
        self._blocker: _InputBlocker | None = None
        self._label = ""
        self._updating = False  # inside QProgressDialog.setValue, which processes events
        self.result: object = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        self._worker_done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # ---- building ---------------------------------------------------------------------------
    def success(self, callback: OnSuccess) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: OnFailure) -> Operation:
        self._on_failure = callback
        return self

    def with_progress(self, title: str, label: str, cancellable: bool = True) -> Operation:
        """A delayed progress dialog; input elsewhere waits until the end.

        ``cancellable`` adds Cancel: only for work that checks ``should_cancel()``.
        """
        self._label = label
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        if not cancellable:
            dialog.setCancelButton(None)  # Qt: None removes the button
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if cancellable:  # Esc on a dialog without Cancel must not promise a stop either
            dialog.canceled.connect(self.cancel)
            dialog.canceled.connect(self._on_cancel_requested)
        self.progressed.connect(self._show_progress)
        self.dialog = dialog
        return self

    # ---- running ----------------------------------------------------------------------------
    def run_in_background(self) -> Operation:
        """Start the worker and return at once; the callbacks follow on the GUI thread."""
        _running.add(self)
        _collector.operation_started()
        operations_hub().started.emit(self)
        if self.dialog is not None:
            self._blocker = _InputBlocker(self.dialog)
            _application().installEventFilter(self._blocker)
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._thread = threading.Thread(target=self._run_worker, name="kam-operation", daemon=True)
        self._thread.start()
        return self

    def cancel(self) -> None:
        if not self._cancel.is_set():
            log.info("background operation cancelled")
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_finished(self) -> bool:
        return self._finished

    def _run_worker(self) -> None:
        try:
            self.result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.error = exc
        finally:
            self._worker_done.emit()

    def _deliver(self) -> None:
        if self._updating:  # re-entered from setValue: the dialog cannot go away under it
            QTimer.singleShot(0, self, self._deliver)
            return
        if self._thread is not None:
            self._thread.join()  # it has only to return from the emit
        self._end_progress()
        try:
            if self._parent is not None and not shiboken6.isValid(self._parent):
                log.info("background operation ended after its window was closed")
            elif self.error is None:
                if self._on_success is not None:
                    self._on_success(self.result)
            elif self._on_failure is not None:
                self._on_failure(self.error)
            else:
                show_error(self._parent, self.error)
        finally:
            self._finished = True
            _running.discard(self)
            if not _running:
                _collector.last_operation_ended()
            self.finished.emit()
            self._release()

    def _release(self) -> None:
        """Drop the closures (they hold windows and data) and free the QObject here, on the
        GUI thread: left to the garbage collector it could be freed in a worker thread."""
        self._work = _no_work
        self._on_success = self._on_failure = None
        self._thread = None
        self.deleteLater()

    # ---- the progress dialog ----------------------------------------------------------------
    def _show_progress(self, done: int, total: int) -> None:
        dialog = self.dialog
        if self._cancel.is_set() or dialog is None:
            return
        self._updating = True
        try:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))
            dialog.setLabelText(
                self.tr("{label}\n{done} of {total}").format(
                    label=self._label, done=done, total=total
                )
            )
        finally:
            self._updating = False

    def _on_cancel_requested(self) -> None:
        if self.dialog is None:
            return
        self.dialog.setLabelText(self.tr("Stopping… nothing will be left half-done."))
        self.dialog.setCancelButtonText(self.tr("Stopping…"))

    def _end_progress(self) -> None:
        """Close the dialog; progress still queued from the worker then finds no dialog."""
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        QApplication.restoreOverrideCursor()
        if self._blocker is not None:
            _application().removeEventFilter(self._blocker)
            self._blocker = None
        dialog.blockSignals(True)  # closing it is not a request to cancel
        dialog.close()
        dialog.deleteLater()


class Outcome:
    """The answer of a multi-step user flow (dialogs and operations), known when it ends.

    Commands such as "Import dossier…" return one at once; ``value`` is set (e.g. True when
    something was imported) once the last callback ran, and ``on_settled`` callbacks get it.
    Plain Python, not a QObject: the garbage collector may free it in a worker thread, where
    freeing a Qt object would crash. Tests wait for ``done``.
    """

    def __init__(self) -> None:
        self.done = False
        self.value: object = None
        self._listeners: list[Callable[[object], None]] = []

    def on_settled(self, callback: Callable[[object], None]) -> Outcome:
        if self.done:
            callback(self.value)
        else:
            self._listeners.append(callback)
        return self

    def settle(self, value: object) -> Outcome:
        if not self.done:
            self.done, self.value = True, value
            listeners, self._listeners = self._listeners, []
            for callback in listeners:
                callback(value)
        return self
