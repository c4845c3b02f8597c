"""Preview refresh after an edit: from changing a line-item cell to the new PDF on screen.

Target (issue 3): at most 300 ms, with the window responsive meanwhile. Alongside the time, the
longest gap between ticks of a 5 ms QTimer is recorded: how long the event loop was ever blocked.

    python -m pytest tests/bench/test_proposal_preview_bench.py --benchmark-only -m bench
"""

from __future__ import annotations

import time

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402

from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo  # noqa: E402

pytestmark = pytest.mark.bench


@pytest.fixture
def editor(qtbot, db, dossiers):
    from kam_desktop.gui.proposal_editor import LINE_KEYS
    from kam_desktop.gui.proposals_tab import ProposalsTab

    load_demo(db)
    tab = ProposalsTab(dossiers, QUndoStack())
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.load(dossiers.get_dossier(KEY_CLIENT_ID))
    tab.show()
    tab.open_proposal(tab.model.summary_at(0).id)
    qtbot.waitUntil(tab.editor.preview.is_up_to_date, timeout=20_000)
    tab.editor.quantity_column = LINE_KEYS.index("quantity")
    return tab.editor


def test_preview_refresh_after_edit(benchmark, qapp, editor):
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    quantity = iter(range(41, 10_000))
    refresh_ms: list[float] = []

    def edit_and_wait() -> None:
        last[0] = time.perf_counter()  # count only gaps while an edit is being rendered
        editor.lines.item(0, editor.quantity_column).setText(str(next(quantity)))
        qapp.processEvents()
        deadline = time.perf_counter() + 10
        while not editor.preview.is_up_to_date():
            qapp.processEvents()
            time.sleep(0.001)
            assert time.perf_counter() < deadline, "the preview never refreshed"
        refresh_ms.append(editor.preview.last_refresh_ms)

    benchmark.pedantic(edit_and_wait, rounds=15, iterations=1, warmup_rounds=2)
    ticker.stop()
    refresh_ms.sort()
    gaps.sort()
    median = refresh_ms[len(refresh_ms) // 2]
    p95_gap, max_gap = gaps[int(len(gaps) * 0.95)] * 1000, gaps[-1] * 1000
    benchmark.extra_info.update(
        median_refresh_ms=round(median, 1),
        p95_event_loop_gap_ms=round(p95_gap, 1),
        max_event_loop_gap_ms=round(max_gap, 1),
    )
    print(
        f"\npreview refresh: median {median:.0f} ms, max {refresh_ms[-1]:.0f} ms; "
        f"event-loop gaps while rendering: p95 {p95_gap:.0f} ms, max {max_gap:.0f} ms"
    )
