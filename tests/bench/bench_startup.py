"""Start-up time and memory of the GUI, measured from outside like a user would feel it.

    python -m tests.bench.bench_startup [--runs 7] [--db PATH|URL] [--bundle dist/kam-desktop/kam-desktop]

Each run spawns a fresh Python process and takes the time from just before the spawn to the
first paint of the main window (the child prints a wall-clock timestamp and its CPU time in the
first event-loop turn after that paint, then exits). The same is measured for a bare PySide6
``QMainWindow`` as a baseline. The app child starts the real entry point
(``kam_desktop.__main__.main``) with ``--db`` on the 5,000-client benchmark database (a path,
or a database URL: ``bench_postgres`` starts it on the PostgreSQL copy); only
``QApplication.exec`` is wrapped, to install the first-paint probe. Qt runs offscreen
(``QT_QPA_PLATFORM=offscreen``). CPU time is reported beside wall time because other jobs on a
shared machine stretch the wall time but hardly the CPU time. One more start searches and opens
the big dossier before reading the resident memory (RSS) of a working session.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Installed before the measured code runs; reports at the first event-loop turn after the main
# window's first paint: timestamp, RSS, and the rows of the window's first table (to see that the
# client list was really filled, not just an empty frame painted).
PROBE = r"""
import json, os, sys, time
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QWidget

def _use(window):
    # Optional: search and open the big dossier first, to see the memory of a working session.
    client_id = os.environ.get("KAM_BENCH_OPEN_CLIENT")
    if client_id:
        window.search.setText("иван")
        window.apply_filter()
        window.dossier.open_client(client_id)  # read in the background: wait for it
        while window.dossier.is_loading():  # sleeps until the worker's answer is posted
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        QApplication.processEvents()

def _report(window):
    _use(window)
    views = window.findChildren(QAbstractItemView)
    rows = max((v.model().rowCount() for v in views if v.model() is not None), default=0)
    status = dict(l.split(":", 1) for l in open("/proc/self/status") if ":" in l)
    print(json.dumps({"painted": time.time(), "cpu_s": time.process_time(),
                      "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
                      "rows": rows, "title": window.windowTitle()}), flush=True)
    os._exit(0)  # teardown is not part of the start-up

class _FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            window = obj.window()
            if isinstance(window, QMainWindow) and window.isVisible():
                self.done = True
                QTimer.singleShot(0, lambda: _report(window))
        return False

_probe = _FirstPaint()
_exec = QApplication.exec
def _exec_with_probe(*_args):  # exec() is static: called as app.exec() or QApplication.exec()
    QApplication.instance().installEventFilter(_probe)
    return _exec()
QApplication.exec = _exec_with_probe
"""

APP_CHILD = (
    PROBE
    + r"""
sys.argv = ["kam-desktop", "--db", os.environ["KAM_BENCH_DB"]]
from kam_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""
)

BARE_CHILD = (
    PROBE
    + r"""
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""
)


def _child_env(db_path: Path | str | None, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["KAM_DESKTOP_DATA_DIR"] = str(data_dir)  # no layout/settings from earlier runs
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if db_path is not None:
        env["KAM_BENCH_DB"] = str(db_path)
    return env


def start_once(
    code: str, db_path: Path | str | None = None, open_client: str = ""
) -> dict[str, float]:
    """One start: seconds from spawn to first paint, plus what the child reported."""
    with tempfile.TemporaryDirectory(prefix="kam-start-") as data_dir:
        env = _child_env(db_path, Path(data_dir))
        if open_client:
            env["KAM_BENCH_OPEN_CLIENT"] = open_client
        started = time.time()
        result = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=data_dir,
        )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"child did not report a painted window:\n{result.stderr[-2000:]}")
    report = json.loads(lines[-1])
    report["seconds"] = report["painted"] - started
    return report


def measure(code: str, runs: int, db_path: Path | str | None = None) -> dict[str, float]:
    start_once(code, db_path)  # warm the OS file cache, as on a machine that ran the app before
    reports = [start_once(code, db_path) for _ in range(runs)]
    times = [r["seconds"] for r in reports]
    return {
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "cpu_s": statistics.median(r["cpu_s"] for r in reports),
        "rss_mb": statistics.median(r["rss_mb"] for r in reports),
        "rows": reports[-1]["rows"],
        "title": reports[-1]["title"],
    }


BUNDLE_PAINT_MARK = "of MainWindow("  # Qt's "Drawing QRegion(...) of MainWindow(0x...)" line


def _log_time(line: str) -> float:
    """Wall-clock time of a log line (``logsetup`` writes local time with milliseconds)."""
    stamp = line[:23]
    return time.mktime(time.strptime(stamp[:19], "%Y-%m-%d %H:%M:%S")) + int(stamp[20:23]) / 1000


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def bundle_start_once(executable: Path, db_path: Path | str) -> tuple[float, float]:
    """Seconds from spawning a built executable to its main window's first paint, and the CPU
    seconds it had used by then (the window idles after painting, so reading CPU a moment later
    adds next to nothing).

    A frozen app cannot be given the probe, so Qt's own painting log (routed by the app into
    its log file, with millisecond timestamps) marks the first paint; the time is when drawing
    of the main window begins, so it is ~20 ms kinder than the probe's figure.
    """
    with tempfile.TemporaryDirectory(prefix="kam-bundle-") as data_dir:
        env = _child_env(db_path, Path(data_dir))
        env["QT_LOGGING_RULES"] = "qt.widgets.painting=true"
        log_file = Path(data_dir) / "kam-desktop.log"
        started = time.time()
        process = subprocess.Popen(
            [str(executable), "--db", str(db_path)],
            env=env,
            cwd=data_dir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = started + 30
            while time.time() < deadline:
                lines = (
                    log_file.read_text(encoding="utf-8").splitlines() if log_file.exists() else []
                )
                painted = [
                    line for line in lines if "Drawing" in line and BUNDLE_PAINT_MARK in line
                ]
                if painted:
                    return _log_time(painted[0]) - started, _cpu_seconds(process.pid)
                time.sleep(0.02)
            raise RuntimeError("the built app did not paint its main window within 30 s")
        finally:
            process.kill()
            process.wait()


def main(argv: list[str] | None = None) -> int:
    from tests.bench.generate import DOSSIER_CLIENT_ID, cached_bench_db

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    # A string, not a Path: a URL's "//" would be folded into one slash.
    parser.add_argument("--db", help="database path or URL (default: the bench database)")
    parser.add_argument(
        "--bundle",
        type=Path,
        help="also time this PyInstaller-built executable (dist/kam-desktop/kam-desktop)",
    )
    args = parser.parse_args(argv)
    db_path: Path | str = cached_bench_db() if not args.db else args.db
    if "://" not in str(db_path):
        db_path = Path(db_path).resolve()  # the child runs in its own temporary directory
    if args.bundle:
        bundle_start_once(args.bundle, db_path)  # warm-up
        runs = [bundle_start_once(args.bundle, db_path) for _ in range(args.runs)]
        times = [wall for wall, _cpu in runs]
        print(
            f"{'built bundle (PyInstaller)':26s} start median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f}, max {max(times):.3f}); CPU "
            f"{statistics.median(cpu for _wall, cpu in runs):.3f} s"
        )
    bare = measure(BARE_CHILD, args.runs)
    app = measure(APP_CHILD, args.runs, db_path)
    worked = start_once(APP_CHILD, db_path, open_client=DOSSIER_CLIENT_ID)
    print(f"runs per figure: {args.runs} (after one warm-up run); database: {db_path}")
    for name, fig in (("bare PySide6 QMainWindow", bare), ("KAM Desktop main window", app)):
        print(
            f"{name:26s} start median {fig['median_s']:.3f} s (min {fig['min_s']:.3f}, "
            f"max {fig['max_s']:.3f}); CPU {fig['cpu_s']:.3f} s; "
            f"RSS at first paint {fig['rss_mb']:.0f} MB; "
            f"rows in first list {fig['rows']}"
        )
    print(
        f"ratio KAM Desktop / bare QMainWindow: wall {app['median_s'] / bare['median_s']:.2f}, "
        f"CPU {app['cpu_s'] / bare['cpu_s']:.2f} (load {os.getloadavg()[0]:.2f})"
    )
    print(
        f"KAM Desktop after searching «иван» and opening the 30-member / 500-interaction "
        f"dossier: RSS {worked['rss_mb']:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
