"""How long opening a dossier blocks the GUI thread: before (read + fill on the GUI thread, the
old ``open_client``) and now (the read in the background, only the fill on the GUI thread).

A 2 ms heartbeat timer runs while a client is opened; the largest gap between two beats is the
longest the window could not repaint or take a key. Measured on the bench database's dossier
client (``DOSSIER_MEMBERS`` members, ``DOSSIER_INTERACTIONS`` interactions, among 5,000 clients)
and on a generated dossier of 300 members and 2,000 interactions (a separate, smaller file).

    KAM_BENCH_CACHE=/tmp/kam-bench-perf python -m tests.bench.bench_open_blocking
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BIG_MEMBERS = 300
BIG_INTERACTIONS = 2000
HEARTBEAT_MS = 2
ROUNDS = 7


def big_dossier_db() -> Path:
    """A 100-client file whose dossier client has 300 members and 2,000 interactions."""
    from tests.bench import generate

    generate.DOSSIER_MEMBERS, generate.DOSSIER_INTERACTIONS = BIG_MEMBERS, BIG_INTERACTIONS
    root = Path(os.environ.get("KAM_BENCH_CACHE", "/tmp/kam-bench"))
    path = root / f"open-{BIG_MEMBERS}m-{BIG_INTERACTIONS}i.sqlite3"
    return generate.build_bench_db(path, 100, BIG_MEMBERS + 99 * 5, BIG_INTERACTIONS + 99 * 10)


class Heartbeat:
    """The largest gap between beats of a fast timer: how long the GUI thread was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.largest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.largest = max(self.largest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.largest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._beat()
        return self.largest


def measure(app, window, client_id: str, other_id: str, old_way: bool) -> tuple[float, float]:
    """(largest GUI-thread gap, time until the dossier is shown), seconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    view = window.dossier
    _open_now(app, view, other_id)  # every round is a switch from another client
    beat = Heartbeat()
    done: list[float] = []

    def old_open() -> None:  # what open_client did before: read and fill on the GUI thread
        view.show_dossier(window.service.get_dossier(client_id))
        done.append(time.perf_counter())

    beat.start()
    for _ in range(20):  # the heartbeat is steady before the click
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    started = time.perf_counter()
    if old_way:
        QTimer.singleShot(0, old_open)
    else:
        view.opened.connect(lambda _id: done.append(time.perf_counter()))
        QTimer.singleShot(0, lambda: view.open_client(client_id))
    while not done:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    for _ in range(20):  # and the paint after it
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    gap = beat.stop()
    if not old_way:
        view.opened.disconnect()
    assert view.client_id == client_id
    return gap, done[0] - started


def _open_now(app, view, client_id: str) -> None:
    from PySide6.QtCore import QEventLoop

    view.open_client(client_id)
    while view.is_loading():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()


def run(db_path: Path, client_id: str, label: str, say: Callable[[str], None]) -> None:
    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.app import build_main_window
    from kam_desktop.services.database import Database

    app = QApplication.instance() or QApplication(sys.argv)
    db = Database.open(str(db_path))
    window = build_main_window(db)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    other = next(
        window.model.client_id(r)
        for r in range(window.model.rowCount())
        if window.model.client_id(r) != client_id
    )
    dossier = window.service.get_dossier(client_id)
    say(f"{label}: {len(dossier.members)} members, {len(dossier.interactions)} interactions")
    for old_way in (True, False, True, False):  # interleaved: load on the machine hits both
        gaps, shown = zip(
            *(measure(app, window, client_id, other, old_way) for _ in range(ROUNDS)), strict=True
        )
        name = "before (read + fill on the GUI thread)" if old_way else "now (read in background)"
        say(
            f"  {name}: largest GUI-thread gap median {statistics.median(gaps) * 1000:.0f} ms "
            f"(min {min(gaps) * 1000:.0f}), shown after {statistics.median(shown) * 1000:.0f} ms"
        )
    window.close()
    window.deleteLater()
    app.processEvents()
    db.close()


def main() -> int:
    from tests.bench.generate import DOSSIER_CLIENT_ID, cached_bench_db

    bench = cached_bench_db()
    run(bench, DOSSIER_CLIENT_ID, "bench database (5,000 clients), its dossier client", print)
    run(big_dossier_db(), DOSSIER_CLIENT_ID, "generated big dossier", print)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide's teardown at interpreter exit is not what is measured
