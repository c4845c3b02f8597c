"""``send-drafts NUMBER --out-dir DIR`` through the real entry point, on the demo database."""

from __future__ import annotations

import json
import shutil
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from tests.cli.test_render_proposal_formats import kam


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("send")
    db = folder / "demo.sqlite3"
    assert kam("--db", str(db), "demo", data_dir=folder / "data").returncode == 0
    listing = kam("--db", str(db), "proposals", "--json", data_dir=folder / "data")
    return db, json.loads(listing.stdout)[0]


@pytest.fixture
def demo(demo_file, tmp_path) -> tuple[Path, dict]:
    """A copy per test: some tests change the dossier."""
    db, proposal = demo_file
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(db, copy)
    return copy, proposal


def send(db: Path, number: str, *args: str, tmp: Path, **kwargs):
    return kam("--db", str(db), "send-drafts", number, *args, data_dir=tmp / "data", **kwargs)


def one_line_error(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kam-desktop: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_writes_one_draft_per_addressee_and_prints_the_paths(demo, tmp_path):
    db, proposal = demo
    out = tmp_path / "out"
    out.mkdir()
    result = send(db, proposal["number"], "--out-dir", str(out), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    paths = [Path(line) for line in result.stdout.splitlines()]
    assert sorted(paths) == sorted(out.iterdir())
    assert len(paths) == len(proposal["addressees"])
    for path, person in zip(paths, proposal["addressees"], strict=True):
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        assert message["X-Unsent"] == "1"
        assert message["To"].addresses[0].display_name == person["name"]
        assert proposal["number"] in message["Subject"]
        (attachment,) = message.iter_attachments()
        assert attachment.get_content().startswith(b"%PDF")


def test_a_revision_can_be_named(demo, tmp_path):
    db, proposal = demo
    result = send(db, proposal["number"] + "/1", "--out-dir", str(tmp_path), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(proposal["addressees"])


def test_an_addressee_without_e_mail_is_warned_about_on_stderr(demo, tmp_path):
    from kam_desktop.domain.enums import ContactKind
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService

    db, proposal = demo
    database = Database.open(str(db))
    try:
        dossiers = DossierService(database)
        person = dossiers.get_member(proposal["addressees"][0]["id"])
        person.contacts = [c for c in person.contacts if c.kind != ContactKind.EMAIL]
        dossiers.save_member(person)
    finally:
        database.close()
    result = send(db, proposal["number"], "--out-dir", str(tmp_path), tmp=tmp_path)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == len(proposal["addressees"])
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("kam-desktop: ") and person.full_name in warning


@pytest.mark.parametrize(
    "number, args",
    [
        ("КП-2099-9999", ["--out-dir", "{out}"]),  # unknown number
        ("{number}/7", ["--out-dir", "{out}"]),  # unknown revision
        ("{number}", ["--out-dir", "{out}/missing"]),  # no such folder
        ("{number}", []),  # no --out-dir
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(demo, tmp_path, number, args):
    db, proposal = demo
    out = tmp_path / "out"
    out.mkdir()
    number = number.format(number=proposal["number"])
    result = send(db, number, *[a.format(out=out) for a in args], tmp=tmp_path)
    one_line_error(result)
    assert list(out.iterdir()) == []


def test_a_proposal_without_addressees_is_refused(demo, tmp_path):
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService

    db, proposal = demo
    database = Database.open(str(db))
    try:
        dossiers = DossierService(database)
        for person in proposal["addressees"]:
            dossiers.delete_member(person["id"])
    finally:
        database.close()
    result = send(db, proposal["number"], "--out-dir", str(tmp_path), tmp=tmp_path)
    assert "no addressees" in one_line_error(result)


def test_errors_are_in_russian_on_a_russian_system(demo, tmp_path):
    db, _proposal = demo
    result = send(db, "КП-2099-9999", "--out-dir", str(tmp_path), tmp=tmp_path, lang="ru_RU.UTF-8")
    assert "не найдено" in one_line_error(result)
    help_text = kam("send-drafts", "--help", data_dir=tmp_path / "data", lang="ru_RU.UTF-8")
    assert "черновик" in help_text.stdout
