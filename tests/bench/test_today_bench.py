"""Today on the 5,000-client database (issue 10, «Speed»: the page ≤ 150 ms from click to
painted): ``AgendaService.items`` (everything) and ``page`` (the first 100 of each kind) alone,
and Go → Today in the window until the page's model is filled and painted.

Two databases: the benchmark database as generated, where 40 % of three years of interactions
carry a next step that nothing ever marked done (about 79,000 overdue steps), and a copy "in
use" where the steps due more than 30 days ago are done — what a KAM who marks steps done in
Today has. Nothing here asserts a time.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

DONE_AFTER_DAYS = 30


@pytest.fixture(scope="module")
def in_use_db(bench_db_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """A copy of the benchmark database whose old next steps are done (the cache is not
    touched: benchmarks only read it)."""
    from kam_desktop.services.database import Database

    path = tmp_path_factory.mktemp("today") / "in-use.sqlite3"
    source = sqlite3.connect(f"file:{bench_db_path}?mode=ro", uri=True)
    target = sqlite3.connect(path)
    source.backup(target)
    source.close()
    cutoff = (date.today() - timedelta(days=DONE_AFTER_DAYS)).isoformat()
    target.execute(
        "UPDATE interaction SET next_step_done_on = next_step_due "
        "WHERE next_step_due IS NOT NULL AND next_step_due < ?",
        (cutoff,),
    )
    target.commit()
    target.close()
    database = Database.open(str(path))
    yield database
    database.close()


@pytest.fixture(params=["generated", "in-use"], scope="module")
def today_db(request, bench_db, in_use_db):
    return {"generated": bench_db, "in-use": in_use_db}[request.param]


def test_agenda_items(benchmark, today_db) -> None:
    """Every item (what ``agenda --json`` prints)."""
    from kam_desktop.services.agenda import AgendaService

    service = AgendaService(today_db)
    items = benchmark.pedantic(service.items, rounds=5, iterations=1, warmup_rounds=1)
    print(f"\n{len(items)} items")
    assert items


def test_agenda_page(benchmark, today_db) -> None:
    """What the Today page reads: the first 100 of each kind and the count of each."""
    from kam_desktop.services.agenda import AgendaService

    service = AgendaService(today_db)
    page = benchmark.pedantic(service.page, rounds=9, iterations=1, warmup_rounds=1)
    print(f"\n{len(page.items)} of {page.total()} items")
    assert page.items and page.total() > len(page.items)


@pytest.fixture(scope="module")
def window(today_db, qapp):
    from kam_desktop.gui.app import build_main_window

    main_window = build_main_window(today_db)
    main_window.resize(1366, 768)
    main_window.show()
    main_window.today.start()
    _wait_for_operations(qapp)
    yield main_window
    main_window.close()
    main_window.deleteLater()
    qapp.processEvents()


def _wait_for_operations(qapp) -> None:
    from PySide6.QtTest import QTest

    from kam_desktop.gui.operations import running_operations

    for _ in range(60_000):
        if not running_operations():
            return
        QTest.qWait(5)
    raise AssertionError("Today never finished reading")


def _show_today(qapp, window) -> None:
    """Go → Today, until the model is reset with the items and the page painted."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    model = window.today.page.model
    model.modelReset.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    try:
        window.today.action.trigger()
        loop.exec()
    finally:
        model.modelReset.disconnect(loop.quit)
    window.today.page.repaint()
    qapp.processEvents()


def test_gui_go_today(benchmark, qapp, window) -> None:
    benchmark.pedantic(_show_today, args=(qapp, window), rounds=9, iterations=1)
    _wait_for_operations(qapp)
    assert window.today.page.model.item_count() > 0
