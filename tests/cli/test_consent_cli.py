"""``consent`` and ``agenda --kind renew-consent`` in a subprocess on the demo: the people
listed are the ones the database holds without consent or with consent older than the period;
bad arguments are one line on stderr and exit 2, and nothing is changed."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, fingerprint, run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("consent") / "demo.sqlite3"
    assert run_cli("--db", str(path), "demo").returncode == 0
    conn = sqlite3.connect(path)
    try:  # one person recorded without a date: neither missing nor expired
        conn.execute(
            "UPDATE member SET consent_on = NULL, consent_how = 'бумажная форма' "
            "WHERE full_name LIKE 'Кузнецов%'"
        )
        conn.commit()
    finally:
        conn.close()
    return path


def people(db: Path) -> dict[str, tuple[str | None, str]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT id, consent_on, consent_how FROM member").fetchall()
    finally:
        conn.close()
    return {mid: (on, how) for mid, on, how in rows}


def consent_json(db: Path, *args: str) -> list[dict]:
    result = run_cli("--db", str(db), "consent", "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_both_lists_by_default_and_each_with_its_flag(demo: Path) -> None:
    held = people(demo)
    missing = {mid for mid, (on, how) in held.items() if on is None and not how.strip()}
    # The demo's dates are days before the load: 12 months back from today.
    year_ago = date.today() - timedelta(days=365)
    old = {mid for mid, (on, _how) in held.items() if on and date.fromisoformat(on) < year_ago}
    assert missing and old
    everything = consent_json(demo)
    assert {p["person_id"] for p in everything} == missing | old
    only_missing = consent_json(demo, "--missing")
    assert {p["person_id"] for p in only_missing} == missing
    assert {p["state"] for p in only_missing} == {"missing"}
    assert all(p["consent_on"] is None for p in only_missing)
    only_expired = consent_json(demo, "--expired")
    assert {p["person_id"] for p in only_expired} == old
    assert all(p["valid_until"] < date.today().isoformat() for p in only_expired)
    undated = next(mid for mid, (on, how) in held.items() if on is None and how)
    assert undated not in {p["person_id"] for p in everything}
    first = everything[0]
    assert first.keys() >= {"person", "client", "client_id", "consent_on", "consent_how"}


def test_a_shorter_period_lists_more_and_zero_lists_none_expired(demo: Path) -> None:
    month = consent_json(demo, "--expired", "--months", "1")
    year = consent_json(demo, "--expired")
    assert len(month) > len(year)
    assert {p["state"] for p in consent_json(demo, "--months", "0")} == {"missing"}


def test_the_table_names_person_client_and_date(demo: Path) -> None:
    result = run_cli("--db", str(demo), "consent", "--expired", lang="ru_RU.UTF-8")
    assert result.returncode == 0, result.stderr
    line = result.stdout.splitlines()[0]
    assert line.startswith("устарело") and " — " in line
    assert date.fromisoformat(line.split()[1])


@pytest.mark.parametrize(
    "args",
    [
        ("--months", "-1"),
        ("--months", "121"),
        ("--months", "год"),
        ("--date", "2026-02-30"),
        ("--expired", "--months", "0"),
        ("--missing", "--bogus"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(demo: Path, args: tuple[str, ...]) -> None:
    before = fingerprint(demo)
    assert_one_line_error(run_cli("--db", str(demo), "consent", *args))
    assert fingerprint(demo) == before


def test_agenda_lists_renewals_as_their_own_kind(demo: Path) -> None:
    result = run_cli("--db", str(demo), "agenda", "--json", "--kind", "renew-consent")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    expired = consent_json(demo, "--expired")
    assert {i["member_id"] for i in items} == {p["person_id"] for p in expired}
    assert {i["kind"] for i in items} == {"renew-consent"}
    assert all(i["overdue"] and i["consent_on"] for i in items)
    assert items, "the demo has consents older than the period"
    # Without --kind the list is today's calls: renewals (paperwork) only when asked for.
    default = run_cli("--db", str(demo), "agenda", "--json", "--days", "60")
    assert default.returncode == 0 and json.loads(default.stdout)
    assert "renew-consent" not in {i["kind"] for i in json.loads(default.stdout)}
    tenders = run_cli("--db", str(demo), "agenda", "--json", "--kind", "tender", "--days", "60")
    assert {i["kind"] for i in json.loads(tenders.stdout)} == {"tender"}
    assert_one_line_error(run_cli("--db", str(demo), "agenda", "--kind", "consent"))
