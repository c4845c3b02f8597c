"""The one background-operation runner: work off the GUI thread, answers on it, errors to the
one error dialog, cancellation through ``should_cancel()``, and a hook tests wait on."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from kam_desktop.domain.errors import KamError
from kam_desktop.exchange.errors import Cancelled
from kam_desktop.gui import operations
from kam_desktop.gui.operations import Operation, Outcome, operations_hub, running_operations
from tests.gui.shell_helpers import finish


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_work_runs_in_a_worker_and_success_on_the_gui_thread(parent, qtbot):
    threads: dict[str, object] = {}

    def work(progress, should_cancel) -> int:
        threads["work"] = threading.current_thread()
        return 42

    results: list[int] = []

    def success(value: int) -> None:
        threads["success"] = threading.current_thread()
        results.append(value)

    operation = Operation(parent, work).success(success)
    with qtbot.waitSignal(operation.finished, timeout=10000):
        operation.run_in_background()
    assert results == [42]
    assert threads["work"] is not threading.main_thread()
    assert threads["success"] is threading.main_thread()
    assert operation.is_finished() and running_operations() == []


def test_a_failure_goes_to_its_callback_or_to_the_one_error_dialog(parent, qtbot, monkeypatch):
    def work(progress, should_cancel):
        raise KamError("The file is gone.")

    errors: list[BaseException] = []
    operation = Operation(parent, work).failure(errors.append)
    with qtbot.waitSignal(operation.finished, timeout=10000):
        operation.run_in_background()
    assert [str(e) for e in errors] == ["The file is gone."]

    shown: list[BaseException] = []
    monkeypatch.setattr(operations, "show_error", lambda _parent, exc: shown.append(exc))
    operation = Operation(parent, work)
    with qtbot.waitSignal(operation.finished, timeout=10000):
        operation.run_in_background()
    assert [str(e) for e in shown] == ["The file is gone."]


def test_every_operation_is_announced_and_can_be_cancelled(parent, qtbot):
    started: list[Operation] = []
    operations_hub().started.connect(started.append)
    gate = threading.Event()

    def work(progress, should_cancel):
        gate.wait(10)
        if should_cancel():
            raise Cancelled("stopped")
        return "finished"

    errors: list[BaseException] = []
    operation = Operation(parent, work).with_progress("Test", "Working…").failure(errors.append)
    try:
        operation.run_in_background()
        assert started == [operation]
        started[0].cancel()
        gate.set()
        qtbot.waitUntil(operation.is_finished, timeout=10000)
    finally:
        operations_hub().started.disconnect(started.append)
    assert operation.is_cancelled()
    assert [type(e) for e in errors] == [Cancelled]
    assert operation.dialog is None  # closed with the work


def test_callbacks_are_skipped_once_the_window_is_gone(qtbot):
    widget = QWidget()
    gate = threading.Event()
    calls: list[object] = []
    operation = Operation(widget, lambda p, c: gate.wait(10)).success(calls.append)
    operation.run_in_background()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget), timeout=10000)
    gate.set()
    qtbot.waitUntil(operation.is_finished, timeout=10000)
    assert calls == []


def test_an_outcome_settles_once(qtbot):
    outcome = Outcome()
    values: list[object] = []
    outcome.on_settled(values.append)
    assert outcome.settle(True) is outcome
    outcome.settle(False)
    assert finish(outcome) is True and values == [True]


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_the_cycle_collector_never_runs_in_a_worker(parent, qtbot):
    """A collection in a worker could free a GUI-thread Qt object there (a segfault seen under
    load); while work runs, only the GUI thread collects."""
    import gc

    seen: dict[str, bool] = {}
    release = threading.Event()

    def work(progress, should_cancel) -> None:
        seen["automatic during work"] = gc.isenabled()
        release.wait(5)

    assert gc.isenabled()
    operation = Operation(parent, work)
    with qtbot.waitSignal(operation.finished, timeout=10000):
        operation.run_in_background()
        qtbot.waitUntil(lambda: "automatic during work" in seen)
        release.set()
    assert seen == {"automatic during work": False}
    assert gc.isenabled()  # back on once nothing runs
