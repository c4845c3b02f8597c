"""Helpers for the shell's GUI tests: a prompter with scripted answers, a window factory."""

from __future__ import annotations

from kam_desktop.gui.prompts import Prompts, UnsavedChoice


class ScriptedPrompter(Prompts):
    """Answers the shell's questions without modal boxes and records what was asked."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.unsaved_answer = UnsavedChoice.CANCEL
        self.demo_answer = True
        self.asked: list[tuple[str, str]] = []

    def confirm(self, parent, title: str, text: str, default_yes: bool = False) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answer

    def unsaved_changes(self, parent, what: str) -> UnsavedChoice:
        self.asked.append(("unsaved", what))
        return self.unsaved_answer

    def offer_demo(self, parent) -> bool:
        self.asked.append(("demo", ""))
        return self.demo_answer

    def kinds(self) -> list[str]:
        return [kind for kind, _text in self.asked]


def finish(outcome, timeout_ms: int = 30000) -> object:
    """Wait (the event loop runs) until a command's flow ended (an ``Outcome``); its answer."""
    import time

    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout_ms / 1000
    while not outcome.done:
        assert time.monotonic() < deadline, "the flow did not end"
        QTest.qWait(5)
    return outcome.value


def wait_for_dossier(window_or_view, timeout_ms: int = 30000) -> None:
    """Wait until the dossier view has no read pending: its tabs show the last request.

    Opening a client reads its dossier off the GUI thread; a test that selects a client (or
    triggers anything that opens one) waits here before it looks at the tabs.
    """
    import time

    from PySide6.QtTest import QTest

    view = getattr(window_or_view, "dossier", window_or_view)
    deadline = time.monotonic() + timeout_ms / 1000
    while view.is_loading():
        assert time.monotonic() < deadline, "the dossier read did not end"
        QTest.qWait(5)


def open_dossier(qtbot, window_or_view, client_id: str, timeout: int = 30000) -> None:
    """Open ``client_id`` and wait until its dossier fills the tabs (fails if it never does)."""
    view = getattr(window_or_view, "dossier", window_or_view)
    with qtbot.waitSignal(view.opened, timeout=timeout, check_params_cb=lambda i: i == client_id):
        view.open_client(client_id)


def wait_for_operations(qtbot, timeout: int = 30000) -> None:
    """Wait until every background operation (demo load, import, rendering…) has ended."""
    from kam_desktop.gui.operations import running_operations

    qtbot.waitUntil(lambda: not running_operations(), timeout=timeout)


def type_text(widget, text: str) -> None:
    """Type any text, Cyrillic included, as key events (QTest.keyClicks accepts ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
