"""Whole-process proposal rendering, cold, against LibreOffice converting our own DOCX.

    python -m tests.bench.bench_cold_render [--runs 7] [--db PATH] [--number КП-2026-0001]

Target (issue 7): ``kam-desktop render-proposal NUMBER --out x.pdf`` in a fresh process takes at
most half the wall time of ``soffice --headless --convert-to pdf`` on the DOCX that
``render-proposal NUMBER --out x.docx`` wrote for the same proposal. Both are measured
alternately in one run (so both see the same machine load), each as a fresh process after one
warm-up of each (compiled .pyc files, LibreOffice's profile created — what a user has after the
first use). LibreOffice is also timed with a new, empty profile every run, as a script or CI job
with a throwaway ``-env:UserInstallation`` runs it (that costs it ~2 s more). CPU time (user + system of the child) is reported beside wall time: other jobs on a
shared machine stretch the wall time much more than the CPU time. Without ``soffice`` on PATH
the script says so and exits 0. With no ``--db``, the demo portfolio is loaded into a temporary
database first.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall s, CPU s) of one child process; a failure stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed ({result.returncode}): {result.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def kam_command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kam_desktop", "--db", str(db), *args]


def prepare(work: Path, db: Path | None, env: dict[str, str]) -> Path:
    if db is None:
        db = work / "demo.sqlite3"
        timed(kam_command(db, "demo"), env)
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="a database with the proposal (default: demo)")
    parser.add_argument("--number", default="КП-2026-0001")
    args = parser.parse_args(argv)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("skipped: LibreOffice (soffice) is not installed")
        return 0
    with tempfile.TemporaryDirectory(prefix="kam-cold-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "KAM_DESKTOP_DATA_DIR": str(work / "data"), "HOME": str(work)}
        env["PYTHONPATH"] = str(ROOT)
        db = prepare(work, args.db, env)
        docx, pdf = work / "proposal.docx", work / "ours.pdf"
        render_docx = kam_command(db, "render-proposal", args.number, "--out", str(docx))
        render_pdf = kam_command(db, "render-proposal", args.number, "--out", str(pdf))
        timed(render_docx, env)
        profile = (work / "lo-profile").as_uri()
        convert = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "lo"),
            str(docx),
        ]
        timed(render_pdf, env), timed(convert, env)  # warm-up: .pyc files, LibreOffice profile
        ours, theirs, fresh = [], [], []
        for run in range(args.runs):
            ours.append(timed(render_pdf, env))
            theirs.append(timed(convert, env))
            new_profile = (work / f"lo-profile-{run}").as_uri()
            fresh.append(
                timed([convert[0], f"-env:UserInstallation={new_profile}", *convert[2:]], env)
            )
    print(f"runs: {len(ours)} of each, alternating (medians)")
    our_wall = report("kam-desktop render-proposal → PDF", ours)
    for label, times in (
        ("soffice, its profile in place", theirs),
        ("soffice, a new profile", fresh),
    ):
        lo_wall = report(label, times)
        print(f"  ratio (target ≤ 0.50): {our_wall / lo_wall:.2f}")
    return 0


def report(label: str, times: list[tuple[float, float]]) -> float:
    wall = statistics.median(t[0] for t in times)
    cpu = statistics.median(t[1] for t in times)
    print(f"{label:36s}: wall {wall:.2f} s, CPU {cpu:.2f} s")
    return wall


if __name__ == "__main__":
    sys.exit(main())
