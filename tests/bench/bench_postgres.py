"""PostgreSQL against SQLite on the same bench database: a search keystroke at 50,000 people and
the start to an interactive window, the two backends measured alternately in one run.

    python -m tests.bench.bench_postgres --url postgresql+psycopg://kam:kam@localhost/kam_bench_pg
        [--runs 15] [--starts 7] [--prefix и --prefix ива] [--skip-keystroke] [--skip-startup]

The SQLite side is the cached 5,000-client bench file (``tests/bench/generate.py``) at head
(``pg_copy.head_copy``); the PostgreSQL side is its copy made by ``pg_copy.copy_to_postgres``
(made once, reused). Issue 11's targets: keystroke on PostgreSQL ≤ 2× SQLite, start ≤ 1.5×.

- **Keystroke**: as ``bench_keystroke.py`` times it (``keystroke_seconds``: from setting the
  search box's text to the list model's reset with the first page, the text before it already
  applied), in two windows of one process, one on each database. Each round types every prefix
  in both windows, the backend that goes first alternating from round to round. The bare index
  match of each backend (the matching entries' client ids, nothing else) is timed afterwards,
  alternating too (not between keystrokes: a window's deferred counts would run beside it).
- **Start**: ``bench_startup.start_once`` (a fresh process from spawn to the main window's first
  paint, the client list filled), SQLite and PostgreSQL in turn, after one warm-up start each.
  The child's CPU time leaves out the PostgreSQL server's work, so the wall time is the figure.
  The children may write their bytecode (to a cache of their own, ``PYTHONPYCACHEPREFIX``), as
  an installed app has it: with ``PYTHONDONTWRITEBYTECODE`` set, every start compiled the
  worktree's modules again, and the PostgreSQL start, which imports more of them, paid more.

The machine may be shared: every figure is a median, and the load is printed. Nothing here
asserts a time. Without ``--url`` or ``KAM_TEST_POSTGRES_URL`` it says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_PREFIXES = ("и", "ива")  # one letter (~70 % of the clients), and three
BACKENDS = ("sqlite", "postgresql")


def _bare_match_seconds(conn: Any, backend: str, prefix: str) -> float:
    """What any search for ``prefix`` has to ask the index at least: the matching entries'
    client ids (SQLite: their rowids' keys, as the list uses them)."""
    from sqlalchemy import text

    from kam_desktop.storage import search_index as si

    tokens = si.query_tokens(prefix)
    if backend == "sqlite":
        stmt, q = si.MATCHING_KEYS_SQL, si.fts_match_expression(tokens)
    else:
        stmt = "SELECT client_id FROM search_index WHERE words @@ CAST(:search_q AS tsquery)"
        q = si.pg_query(tokens)
    started = time.perf_counter()
    conn.execute(text(stmt), {"search_q": q}).fetchall()
    return time.perf_counter() - started


def measure_keystrokes(
    sqlite_path: Path, url: str, prefixes: list[str], runs: int
) -> dict[tuple[str, str], dict[str, float]]:
    """(backend, prefix) → median keystroke and bare match (ms), and the first page's rows."""
    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.app import build_main_window
    from kam_desktop.services.database import Database
    from tests.bench.bench_keystroke import keystroke_seconds

    qapp = QApplication.instance() or QApplication(sys.argv)
    targets = {"sqlite": str(sqlite_path), "postgresql": url}
    dbs = {b: Database.open(targets[b]) for b in BACKENDS}
    windows = {b: build_main_window(dbs[b]) for b in BACKENDS}
    raws = {b: dbs[b].engine.connect() for b in BACKENDS}  # the bare match: a connection aside
    times: dict[tuple[str, str], list[float]] = {(b, p): [] for b in BACKENDS for p in prefixes}
    bare: dict[tuple[str, str], list[float]] = {(b, p): [] for b in BACKENDS for p in prefixes}
    rows: dict[tuple[str, str], int] = {}
    try:
        for window in windows.values():
            window.show()
        qapp.processEvents()
        for b in BACKENDS:  # warm-up: caches, compiled statements, the server's buffers
            for p in prefixes:
                keystroke_seconds(qapp, windows[b], p)
                _bare_match_seconds(raws[b], b, p)
        for run in range(runs):
            order = BACKENDS if run % 2 == 0 else BACKENDS[::-1]
            for p in prefixes:
                for b in order:
                    times[(b, p)].append(keystroke_seconds(qapp, windows[b], p))
                    rows[(b, p)] = windows[b].model.rowCount()
        qapp.processEvents()
        time.sleep(0.2)  # the last deferred counts
        qapp.processEvents()
        for run in range(runs):
            for p in prefixes:
                for b in BACKENDS if run % 2 == 0 else BACKENDS[::-1]:
                    bare[(b, p)].append(_bare_match_seconds(raws[b], b, p))
    finally:
        for b in BACKENDS:
            raws[b].close()
            windows[b].close()
            dbs[b].close()
    return {
        key: {
            "median_ms": statistics.median(times[key]) * 1000,
            "min_ms": min(times[key]) * 1000,
            "bare_ms": statistics.median(bare[key]) * 1000,
            "rows": rows[key],
        }
        for key in times
    }


def measure_starts(sqlite_path: Path, url: str, runs: int) -> dict[str, dict[str, float]]:
    """backend → median wall and CPU seconds from spawn to the filled window's first paint."""
    from tests.bench.bench_startup import APP_CHILD, start_once

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault(
        "PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "kam-bench-pycache")
    )
    targets: dict[str, Path | str] = {"sqlite": sqlite_path, "postgresql": url}
    for b in BACKENDS:
        start_once(APP_CHILD, targets[b])  # warm the OS file cache and the server's buffers
    reports: dict[str, list[dict[str, float]]] = {b: [] for b in BACKENDS}
    for run in range(runs):
        for b in BACKENDS if run % 2 == 0 else BACKENDS[::-1]:
            reports[b].append(start_once(APP_CHILD, targets[b]))
    return {
        b: {
            "median_s": statistics.median(r["seconds"] for r in reports[b]),
            "min_s": min(r["seconds"] for r in reports[b]),
            "cpu_s": statistics.median(r["cpu_s"] for r in reports[b]),
            "rows": reports[b][-1]["rows"],
        }
        for b in BACKENDS
    }


def _loads() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    from tests.bench.generate import cached_bench_db
    from tests.bench.pg_copy import _scratch_data_dir, copy_to_postgres, head_copy

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get("KAM_TEST_POSTGRES_URL"))
    parser.add_argument("--db", type=Path, help="SQLite bench file (default: the cached one)")
    parser.add_argument("--runs", type=int, default=15, help="keystroke rounds")
    parser.add_argument("--starts", type=int, default=7, help="starts per backend")
    parser.add_argument("--prefix", action="append", help="search prefix (repeatable)")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-keystroke", action="store_true")
    args = parser.parse_args(argv)
    if not args.url:
        print("no PostgreSQL URL (--url or KAM_TEST_POSTGRES_URL): skipped")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prefixes = args.prefix or list(DEFAULT_PREFIXES)
    sqlite_path = head_copy(args.db or cached_bench_db())
    url = copy_to_postgres(sqlite_path, args.url)
    print(f"SQLite {sqlite_path}\nPostgreSQL {url.split('@')[-1]}; load before {_loads()}")
    with _scratch_data_dir():  # the windows' settings and layout: not the user's
        if not args.skip_keystroke:
            figs = measure_keystrokes(sqlite_path, url, prefixes, args.runs)
            print(f"\nkeystroke, {args.runs} rounds alternating (load after {_loads()}):")
            for p in prefixes:
                lite, pg = figs[("sqlite", p)], figs[("postgresql", p)]
                for b, fig in (("SQLite", lite), ("PostgreSQL", pg)):
                    print(
                        f"  «{p}» {b:10s} median {fig['median_ms']:6.1f} ms "
                        f"(min {fig['min_ms']:6.1f}); bare index match {fig['bare_ms']:6.1f} ms; "
                        f"first page {fig['rows']} rows"
                    )
                ratio = pg["median_ms"] / lite["median_ms"]
                print(f"  «{p}» ratio PostgreSQL / SQLite {ratio:.2f} (target ≤ 2)")
    if not args.skip_startup:
        starts = measure_starts(sqlite_path, url, args.starts)
        print(
            f"\nstart to the filled main window, {args.starts} starts each alternating "
            f"(load after {_loads()}):"
        )
        for b, name in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL")):
            fig = starts[b]
            print(
                f"  {name:10s} median {fig['median_s']:.3f} s (min {fig['min_s']:.3f}); "
                f"child CPU {fig['cpu_s']:.3f} s; rows in first list {fig['rows']}"
            )
        ratio = starts["postgresql"]["median_s"] / starts["sqlite"]["median_s"]
        print(f"  ratio PostgreSQL / SQLite {ratio:.2f} (target ≤ 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
