"""GUI-level speed on the 5,000-client database: a search keystroke and opening a dossier.

A keystroke is timed from setting the search box's text to the client list model holding the
new rows (the window's zero-delay search timer fires inside the measured event processing).
Opening a dossier is timed from ``DossierView.open_client`` to the painted window.
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
    """Process events until the list model shows the result for ``text``."""
    for _ in range(1000):
        qapp.processEvents()
        if window.model.query == text.strip():
            return
    raise AssertionError(f"the list never showed the result for {text!r}")


@pytest.mark.parametrize("prefix", PREFIXES)
def test_gui_search_keystroke(benchmark, qapp, window, prefix) -> None:
    """The last keystroke of typing ``prefix``: the text before it is already applied."""

    def type_all_but_last() -> None:
        window.search.setText(prefix[:-1])
        _settle(qapp, window, prefix[:-1])

    def last_keystroke() -> None:
        window.search.setText(prefix)
        _settle(qapp, window, prefix)

    benchmark.pedantic(last_keystroke, setup=type_all_but_last, rounds=15, iterations=1)
    assert window.model.rowCount() > 0


def test_gui_open_dossier(benchmark, qapp, window) -> None:
    window.search.setText("")
    _settle(qapp, window, "")
    small_client = next(
        window.model.client_id(row)
        for row in range(window.model.rowCount())
        if window.model.client_id(row) != DOSSIER_CLIENT_ID
    )

    def open_small_dossier() -> None:  # shown before each round, so every round is a switch
        assert window.dossier.open_client(small_client)
        qapp.processEvents()

    def open_big_dossier() -> None:
        assert window.dossier.open_client(DOSSIER_CLIENT_ID)
        qapp.processEvents()  # layout and paint of the filled tabs

    benchmark.pedantic(open_big_dossier, setup=open_small_dossier, rounds=10, iterations=1)
    assert window.dossier.client_id == DOSSIER_CLIENT_ID
    assert window.dossier.interactions.model.rowCount() == DOSSIER_INTERACTIONS
