"""A search keystroke in the window against the bare FTS5 match for the same prefix, in one run.

    python -m tests.bench.bench_keystroke [--runs 15] [--prefix и]

The keystroke is timed as in ``test_gui_bench.py``: from setting the search box's text to the
client list model's reset with the first page (the text before it already applied). The bare
match is what any search for the prefix has to ask SQLite at least, the rowids of every matching
index entry (``SELECT rowid FROM search_index WHERE search_index MATCH '"и"*'``, no content row
read); the issue's target is keystroke ≤ 2× it. The raw query that also reads each entry's
``client_id`` from its content row (``SELECT client_id …``) is timed too, as before. Both run
with the standard library's sqlite3 on their own read-only connection to the same file. The
three alternate round by round, so a busy moment of the machine hits all; the figures are
medians. Qt runs offscreen. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

RAW_SQL = "SELECT client_id FROM search_index WHERE search_index MATCH ?"
ROWID_SQL = "SELECT rowid FROM search_index WHERE search_index MATCH ?"


def raw_query_seconds(
    conn: sqlite3.Connection, match: str, sql: str = RAW_SQL
) -> tuple[float, int]:
    started = time.perf_counter()
    rows = conn.execute(sql, (match,)).fetchall()
    return time.perf_counter() - started, len(rows)


def keystroke_seconds(qapp: Any, window: Any, prefix: str) -> float:
    from tests.bench.test_gui_bench import _keystroke, _settle

    _settle(qapp, window, prefix[:-1])
    started = time.perf_counter()
    _keystroke(window, prefix)
    return time.perf_counter() - started


def measure(db_path: Path, prefix: str, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.app import build_main_window
    from kam_desktop.services.database import Database
    from kam_desktop.storage.search_index import fts_match_expression, query_tokens

    qapp = QApplication.instance() or QApplication(sys.argv)
    db = Database.open(str(db_path))  # brings a cached file to the newest schema first
    window = build_main_window(db)
    window.show()
    qapp.processEvents()
    raw = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    match = fts_match_expression(query_tokens(prefix))
    keystrokes, queries, matches, hits = [], [], [], 0
    try:
        keystroke_seconds(qapp, window, prefix)  # warm-up: caches, compiled statements
        raw_query_seconds(raw, match)
        for _ in range(runs):
            keystrokes.append(keystroke_seconds(qapp, window, prefix))
            seconds, hits = raw_query_seconds(raw, match)
            queries.append(seconds)
            matches.append(raw_query_seconds(raw, match, ROWID_SQL)[0])
        rows = window.model.rowCount()
    finally:
        raw.close()
        window.close()
        db.close()
    return {
        "keystroke_ms": statistics.median(keystrokes) * 1000,
        "keystroke_min_ms": min(keystrokes) * 1000,
        "raw_ms": statistics.median(queries) * 1000,
        "raw_min_ms": min(queries) * 1000,
        "raw_hits": hits,
        "rowid_ms": statistics.median(matches) * 1000,
        "rowid_min_ms": min(matches) * 1000,
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    from tests.bench.generate import cached_bench_db

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--prefix", default="и")
    parser.add_argument("--db", type=Path, help="database to open (default: the bench database)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db_path = args.db or cached_bench_db()
    fig = measure(db_path, args.prefix, args.runs)
    load = os.getloadavg()[0]
    print(f"runs: {args.runs} alternating (after one warm-up); database: {db_path}; load {load:.2f}")
    print(
        f"keystroke «{args.prefix}» in the window  median {fig['keystroke_ms']:.1f} ms "
        f"(min {fig['keystroke_min_ms']:.1f}); first page {fig['rows']} rows"
    )
    print(
        f"raw FTS5 query «{args.prefix}»          median {fig['raw_ms']:.1f} ms "
        f"(min {fig['raw_min_ms']:.1f}); {fig['raw_hits']} entries"
    )
    print(f"bare FTS5 match «{args.prefix}» (rowids)   median {fig['rowid_ms']:.1f} ms (min {fig['rowid_min_ms']:.1f})")
    print(
        f"ratio keystroke / bare FTS5 match: {fig['keystroke_ms'] / fig['rowid_ms']:.2f} "
        "(target ≤ 2)"
    )
    print(f"ratio keystroke / raw FTS5 query (client_id): {fig['keystroke_ms'] / fig['raw_ms']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
