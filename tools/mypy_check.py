"""Type check for CI: mypy on kam_desktop (config in pyproject.toml, [tool.mypy]).

- Outside kam_desktop/gui/ every error fails.
- In kam_desktop/gui/ the errors are compared with the checked-in baseline
  (mypy-gui-baseline.txt: one error a line, line numbers removed, so that moving code does not
  count as a change). A gui error that is not in the baseline fails; when the baseline holds
  errors that are gone, the check passes and says to shrink it (--write-baseline).

Usage, from the repository root:
    python tools/mypy_check.py                    # the CI check (exit 1 on failure)
    python tools/mypy_check.py --report           # only print the counts, always exit 0
    python tools/mypy_check.py --write-baseline   # rewrite the baseline from today's gui errors
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "mypy-gui-baseline.txt"
GUI_PREFIX = "kam_desktop/gui/"
# "path:line: error: message  [code]" (mypy may add ":column" when configured so)
ERROR_LINE = re.compile(r"^(?P<path>[^:]+):\d+(?::\d+)?: error: (?P<message>.*)$")


def run_mypy() -> list[str]:
    """mypy's error lines for the whole package, as it prints them."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--no-pretty", "kam_desktop"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"mypy did not run (exit {result.returncode})")
    return [line for line in result.stdout.splitlines() if ERROR_LINE.match(line)]


def normalized(line: str) -> str:
    """The error without its line number: 'path: message  [code]'."""
    match = ERROR_LINE.match(line)
    assert match is not None
    return f"{match['path'].replace(chr(92), '/')}: {match['message']}"


def read_baseline() -> Counter[str]:
    if not BASELINE.exists():
        return Counter()
    lines = BASELINE.read_text(encoding="utf-8").splitlines()
    return Counter(line for line in lines if line.strip() and not line.startswith("#"))


def write_baseline(gui_errors: Counter[str]) -> None:
    header = (
        "# mypy errors in kam_desktop/gui/ accepted for now (tools/mypy_check.py).\n"
        "# This list only shrinks: fix an error, then run\n"
        "#     python tools/mypy_check.py --write-baseline\n"
    )
    body = "".join(f"{line}\n" for line in sorted(gui_errors.elements()))
    BASELINE.write_text(header + body, encoding="utf-8")


def per_file(errors: Counter[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line, n in errors.items():
        counts[line.split(": ", 1)[0]] += n
    return counts


def print_counts(title: str, errors: Counter[str]) -> None:
    print(f"{title}: {sum(errors.values())} errors")
    for path, n in sorted(per_file(errors).items()):
        print(f"    {n:4d}  {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--report", action="store_true", help="print the counts, exit 0")
    mode.add_argument("--write-baseline", action="store_true", help="rewrite the gui baseline")
    args = parser.parse_args(argv)

    lines = run_mypy()
    errors = Counter(normalized(line) for line in lines)
    gui = Counter({k: n for k, n in errors.items() if k.startswith(GUI_PREFIX)})
    other = [line for line in lines if not normalized(line).startswith(GUI_PREFIX)]

    if args.write_baseline:
        write_baseline(gui)
        print(f"wrote {BASELINE.name}: {sum(gui.values())} gui errors")
        return 0

    baseline = read_baseline()
    new_gui = gui - baseline
    fixed_gui = baseline - gui
    if args.report:
        print_counts("outside gui/ (must be 0)", Counter(normalized(line) for line in other))
        print_counts(f"gui/ (baseline {sum(baseline.values())})", gui)
        print(f"gui errors not in the baseline: {sum(new_gui.values())}")
        return 0

    failed = False
    if other:
        failed = True
        print(f"mypy: {len(other)} errors outside kam_desktop/gui/ (none are allowed):")
        print("\n".join(other))
    if new_gui:
        failed = True
        count = sum(new_gui.values())
        print(f"mypy: {count} new errors in kam_desktop/gui/ (not in {BASELINE.name}):")
        print("\n".join(line for line in lines if normalized(line) in new_gui))
    if fixed_gui:
        print(
            f"mypy: {sum(fixed_gui.values())} baseline errors are fixed; shrink the baseline: "
            "python tools/mypy_check.py --write-baseline"
        )
    if not failed:
        print(f"mypy: ok ({sum(gui.values())} gui errors in the baseline, 0 elsewhere)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
