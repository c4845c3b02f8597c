"""``person-export`` in a subprocess on the demo: the JSON holds every field of the person's
record and only their interactions and proposals; the PDF is readable text in embedded fonts;
bad input is one line and exit 2, and nothing is written."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from kam_desktop.exchange import codec
from tests.cli.test_cli import assert_one_line_error, run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    path = tmp_path_factory.mktemp("person") / "demo.sqlite3"
    assert run_cli("--db", str(path), "demo").returncode == 0
    conn = sqlite3.connect(path)
    try:
        member_id, client_id = conn.execute(
            "SELECT id, client_id FROM member WHERE full_name LIKE 'Кузнецов%'"
        ).fetchone()
    finally:
        conn.close()
    return path, member_id, client_id


def participations(db: Path, member_id: str) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {
            row[0]
            for row in conn.execute(
                "SELECT interaction_id FROM interaction_member WHERE member_id = ?", (member_id,)
            )
        }
    finally:
        conn.close()


def test_the_json_holds_the_whole_record_and_only_their_interactions(demo, tmp_path) -> None:
    db, member_id, _client = demo
    out = tmp_path / "request.json"
    result = run_cli("--db", str(db), "person-export", member_id, "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "kam-desktop/person-export-1"
    person = data["person"]
    assert person["full_name"] == "Кузнецов Андрей Викторович"
    # every field the exchange format knows about a person (contacts, family, consent, …)
    from kam_desktop.domain.dossier import Member

    assert set(codec.member_to_json(Member("x")).keys()) - {"concerns", "gender"} <= set(person)
    assert person["contacts"] and person["family"]
    assert {i["id"] for i in data["interactions"]} == participations(db, member_id)
    assert "member_ids" not in json.dumps(data["interactions"])  # no one else's data
    assert [p["number"] for p in data["proposals_addressed"]]


def test_the_pdf_reads_as_text_in_embedded_fonts(demo, tmp_path) -> None:
    db, member_id, _client = demo
    out = tmp_path / "request.pdf"
    result = run_cli(
        "--db", str(db), "person-export", member_id, "--out", str(out), lang="ru_RU.UTF-8"
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Кузнецов Андрей Викторович" in text
    assert "Персональные данные" in text and "Согласие на обработку" in text
    assert "18.04" in text  # a relative's birthday, day and month
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts.stdout


@pytest.mark.parametrize(
    ("person", "name"),
    [("nobody", "request.json"), (None, "request.txt")],
    ids=["unknown person", "wrong extension"],
)
def test_bad_input_is_one_line_and_nothing_is_written(demo, tmp_path, person, name) -> None:
    db, member_id, _client = demo
    out = tmp_path / name
    line = assert_one_line_error(
        run_cli("--db", str(db), "person-export", person or member_id, "--out", str(out))
    )
    assert ("nobody" in line) if person else ("request.txt" in line)
    assert not out.exists()
