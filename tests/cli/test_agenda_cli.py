"""``agenda --json`` in a subprocess: the documented fields, the date and horizon, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, run_cli

REQUIRED = {"kind", "date", "title", "client", "client_id"}
KINDS = {
    "birthday",
    "proposal-expiring",
    "proposal-expired",
    "next-step",
    "tender",
    "stale-contact",
    "renew-consent",
}


@pytest.fixture(scope="module")
def demo_db(module_database_arg: str) -> str:
    """The demo portfolio: an SQLite file, or a PostgreSQL database in that pass."""
    path = module_database_arg
    result = run_cli("--db", path, "demo")
    assert result.returncode == 0, result.stderr
    return path


def agenda_json(db: Path, *args: str) -> list[dict]:
    result = run_cli("--db", str(db), "agenda", "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_agenda_json_items_have_the_documented_fields(demo_db: Path) -> None:
    items = agenda_json(demo_db, "--date", "2026-12-01", "--days", "60")
    assert items, "the demo portfolio has something to do"
    for item in items:
        assert item.keys() >= REQUIRED
        assert item["kind"] in KINDS
    dates = [item["date"] for item in items if not item["overdue"]]
    assert dates == sorted(dates)
    assert {"next-step", "tender"} <= {item["kind"] for item in items}


def test_a_shorter_horizon_lists_a_subset(demo_db: Path) -> None:
    wide = agenda_json(demo_db, "--date", "2026-12-01", "--days", "60")
    narrow = agenda_json(demo_db, "--date", "2026-12-01", "--days", "0")
    assert len(narrow) < len(wide)
    key = lambda i: (i["kind"], i["title"], i["client_id"])  # noqa: E731
    assert {key(i) for i in narrow} <= {key(i) for i in wide}


@pytest.mark.parametrize(
    "args",
    [
        ("--date", "2026-02-30"),
        ("--date", "tomorrow"),
        ("--days", "-1"),
        ("--days", "1000"),
        ("--days", "x"),
    ],
)
def test_bad_date_or_days_is_one_line_and_exit_2(demo_db: Path, args: tuple[str, ...]) -> None:
    assert_one_line_error(run_cli("--db", str(demo_db), "agenda", "--json", *args))


def test_a_database_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    assert_one_line_error(run_cli("--db", str(missing), "agenda", "--json"))
    assert not missing.exists()
