"""GUI-level speed on the 5,000-client database: a search keystroke and opening a dossier.

A keystroke is timed from setting the search box's text to the client list model's reset with
the new rows (the window's zero-delay search timer fires inside the measured event loop; the
status-bar counts, which the window computes on a later event-loop turn, are not included).
Opening a dossier is timed from ``DossierView.open_client`` to the painted window (the read
runs in the background; the timing includes it).
Start-up time and the GUI process's memory are measured in separate processes by
``python -m tests.bench.bench_startup``.
"""

from __future__ import annotations

import pytest

from tests.bench.generate import DOSSIER_CLIENT_ID, DOSSIER_INTERACTIONS
from tests.bench.test_dossier_bench import PREFIXES

pytest.importorskip("PySide6")


@pytest.fixture(scope="module")
def window(bench_db, qapp):
    from kam_desktop.gui.app import build_main_window

    main_window = build_main_window(bench_db)
    main_window.show()
    qapp.processEvents()
    yield main_window
    main_window.close()
    main_window.deleteLater()
    qapp.processEvents()  # delete it while Qt is alive, not during interpreter shutdown


def _settle(qapp, window, text: str) -> None:
    """Type ``text`` and let everything it triggers finish (list, deferred counts, repaint)."""
    from PySide6.QtTest import QTest

    window.search.setText(text)
    for _ in range(1000):
        qapp.processEvents()
        if window.model.query == text.strip():
            QTest.qWait(30)  # the status-bar counts follow on a later event-loop turn
            return
    raise AssertionError(f"the list never showed the result for {text!r}")


def _keystroke(window, text: str) -> None:
    """Set the search text and return when the list model has been reset with the result."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.model.modelReset.connect(loop.quit)
    QTimer.singleShot(5000, loop.quit)  # a safety net: the assertion below then fails
    try:
        window.search.setText(text)
        loop.exec()
    finally:
        window.model.modelReset.disconnect(loop.quit)
    assert window.model.query == text.strip()


@pytest.mark.parametrize("prefix", PREFIXES)
def test_gui_search_keystroke(benchmark, qapp, window, prefix) -> None:
    """The last keystroke of typing ``prefix``; the text before it is already applied."""
    benchmark.pedantic(
        _keystroke,
        args=(window, prefix),
        setup=lambda: _settle(qapp, window, prefix[:-1]),
        rounds=15,
        iterations=1,
    )
    assert window.model.rowCount() > 0


def _open(qapp, window, client_id: str) -> None:
    """Open a dossier (read in the background) and return once its tabs are filled and painted."""
    from PySide6.QtCore import QEventLoop

    window.dossier.open_client(client_id)
    while window.dossier.is_loading():  # sleeps until the worker's answer is posted
        qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    assert window.dossier.client_id == client_id
    qapp.processEvents()  # layout and paint of the filled tabs


def test_gui_open_dossier(benchmark, qapp, window) -> None:
    _settle(qapp, window, "")
    small_client = next(
        window.model.client_id(row)
        for row in range(window.model.rowCount())
        if window.model.client_id(row) != DOSSIER_CLIENT_ID
    )

    def open_small_dossier() -> None:  # shown before each round, so every round is a switch
        _open(qapp, window, small_client)

    def open_big_dossier() -> None:
        _open(qapp, window, DOSSIER_CLIENT_ID)

    benchmark.pedantic(open_big_dossier, setup=open_small_dossier, rounds=10, iterations=1)
    assert window.dossier.client_id == DOSSIER_CLIENT_ID
    assert window.dossier.interactions.model.rowCount() == DOSSIER_INTERACTIONS
