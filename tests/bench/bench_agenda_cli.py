"""``agenda --json`` against ``search --json`` as whole processes, in one run.

    python -m tests.bench.bench_agenda_cli [--runs 7] [--date 2026-12-01]

Issue 10's target: the agenda at most 2× a search, start to exit, on the 5,000-client
benchmark database (``tests/bench/generate.py``; ``KAM_BENCH_CACHE`` picks the cache folder).
The two commands alternate round by round so a busy moment hits both; the figures are medians.
In-process, the agenda service alone is timed too. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def process_seconds(*args: str) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    return time.perf_counter() - started, len(done.stdout)


def in_process_ms(db_path: Path, day: date, runs: int) -> tuple[float, int]:
    from kam_desktop.services.agenda import AgendaService
    from kam_desktop.services.database import Database

    db = Database.open(str(db_path))
    try:
        service = AgendaService(db)
        service.items(day)  # warm-up: compiled statements, page cache
        times, count = [], 0
        for _ in range(runs):
            started = time.perf_counter()
            count = len(service.items(day))
            times.append(time.perf_counter() - started)
    finally:
        db.close()
    return statistics.median(times) * 1000, count


def main(argv: list[str] | None = None) -> int:
    from tests.bench.generate import cached_bench_db

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--date", default="2026-12-01")
    parser.add_argument("--db", type=Path, help="database (default: the bench database)")
    args = parser.parse_args(argv)
    db_path = args.db or cached_bench_db()
    db = str(db_path)
    agenda = ("--db", db, "agenda", "--json", "--date", args.date)
    search = ("--db", db, "search", "--json", "и")
    process_seconds(*agenda)  # warm-up (and the migration to the newest schema, once)
    process_seconds(*search)
    agendas, searches, size = [], [], 0
    for _ in range(args.runs):
        seconds, size = process_seconds(*agenda)
        agendas.append(seconds)
        searches.append(process_seconds(*search)[0])
    items_ms, items = in_process_ms(db_path, date.fromisoformat(args.date), args.runs)
    load = os.getloadavg()[0]
    a, s = statistics.median(agendas) * 1000, statistics.median(searches) * 1000
    print(f"runs: {args.runs} alternating; database: {db_path}; load {load:.2f}")
    print(f"agenda --json   median {a:.0f} ms ({size / 1e6:.1f} MB of JSON)")
    print(f"search --json и median {s:.0f} ms")
    print(f"ratio agenda / search: {a / s:.2f} (target ≤ 2)")
    print(f"AgendaService.items in-process: median {items_ms:.0f} ms, {items} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
