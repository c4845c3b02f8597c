"""Nothing raw reaches a terminal: names holding terminal escapes are printed as ``\\uXXXX``.

The database here holds names written before the import and form rules existed (put in with
SQL): a command must still print them harmlessly — a name could otherwise clear the line and
fake "Imported OK" — and JSON output must still parse to the exact names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from kam_desktop.cli import run
from kam_desktop.services.database import Database
from kam_desktop.services.demo import load_demo
from kam_desktop.storage.search_index import rebuild_search_index

FAKE = "Иван\x1b[2K\r\x1b[32mImported OK\x1b[0m\x07\x9b\u202e"
UNSAFE = set(map(chr, [*range(0, 9), *range(11, 32), 127, *range(128, 160), 0x202E]))


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite3"
    db = Database.open(str(path))
    try:
        load_demo(db)
        with db.engine.begin() as conn:
            client = conn.execute(text("SELECT id FROM client WHERE name = 'ВолгаХим'")).scalar()
            conn.execute(
                text("UPDATE client SET name = :n WHERE id = :c"), {"n": FAKE, "c": client}
            )
            conn.execute(
                text("UPDATE member SET full_name = :n WHERE client_id = :c"),
                {"n": FAKE, "c": client},
            )
            conn.execute(text("UPDATE proposal SET number = :n"), {"n": "КП\x1b[8m"})
            rebuild_search_index(conn)
    finally:
        db.close()
    return path


def _clean(output: str) -> bool:
    return not UNSAFE & set(output)


def test_search_table_and_json(hostile_db, capsys):
    assert run(["--db", str(hostile_db), "search", "иван"]) == 0
    table = capsys.readouterr().out
    assert _clean(table) and "\\u001b[2K" in table
    assert run(["--db", str(hostile_db), "search", "иван", "--json"]) == 0
    output = capsys.readouterr().out
    assert _clean(output)
    assert FAKE in {hit["name"] for hit in json.loads(output)}  # same data, escaped


def test_proposal_list(hostile_db, capsys):
    assert run(["--db", str(hostile_db), "proposals"]) == 0
    assert _clean(capsys.readouterr().out)
    assert run(["--db", str(hostile_db), "proposals", "--json"]) == 0
    output = capsys.readouterr().out
    assert _clean(output) and json.loads(output)[0]["number"] == "КП\x1b[8m"


def test_an_error_naming_user_input_is_one_harmless_line(hostile_db, tmp_path, capsys):
    code = run(["--db", str(hostile_db), "render-proposal", FAKE, "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and _clean(err)
    assert "\\u001b[32mImported OK" in err
