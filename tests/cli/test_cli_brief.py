"""``kam-desktop --db PATH brief CLIENT_ID --out FILE.pdf [--attendee PERSON_ID ...]``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kam_desktop.services.demo import KEY_CLIENT_ID, demo_id
from tests.cli.test_cli import assert_one_line_error, run_cli

PETROV = demo_id("member", "petrov")
KUZNETSOV = demo_id("member", "kuznetsov")
STRANGER = demo_id("member", "grigoriev")  # СибАгроХолдинг's, not УралТяжМаш's


@pytest.fixture(scope="module")
def demo_db(module_database_arg: str) -> str:
    """The demo portfolio: an SQLite file, or a PostgreSQL database in that pass."""
    path = module_database_arg
    result = run_cli("--db", path, "demo")
    assert result.returncode == 0, result.stderr
    return path


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_brief_of_chosen_attendees_in_russian(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = run_cli(
        "--db", str(demo_db), "brief", KEY_CLIENT_ID, "--out", str(out),
        "--attendee", PETROV, "--attendee", KUZNETSOV, "--date", "2026-12-01",
        lang="ru_RU.UTF-8",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = pdf_text(out)
    assert "Справка к встрече: УралТяжМаш" in text and "Встреча 1 декабря 2026" in text
    assert "Петров Иван Сергеевич" in text and "Кузнецов Андрей Викторович" in text
    assert "Волков Сергей Александрович" not in text.split("Последние контакты")[0]
    assert "Конфиденциально" in text


def test_brief_of_the_whole_group_in_english(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.PDF"
    result = run_cli("--db", str(demo_db), "brief", KEY_CLIENT_ID, "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Meeting brief: УралТяжМаш" in text and "Attendees (7 of 7)" in text


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("no-such-client", "--out", "x.pdf"), "no-such-client"),
        ((KEY_CLIENT_ID, "--out", "x.txt"), ".pdf"),
        ((KEY_CLIENT_ID, "--out", "x.pdf", "--attendee", STRANGER), STRANGER),
        ((KEY_CLIENT_ID, "--out", "x.pdf", "--date", "01.12.2026"), "YYYY-MM-DD"),
        ((KEY_CLIENT_ID,), "--out"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(demo_db: Path, tmp_path: Path, args, says) -> None:
    result = run_cli(
        "--db",
        str(demo_db),
        "brief",
        *(str(tmp_path / a) if a.startswith("x.") else a for a in args),
    )
    line = assert_one_line_error(result)
    assert says in line
    assert list(tmp_path.glob("x.*")) == []  # nothing written
