"""The exchange verbs through ``python -m kam_desktop`` in a subprocess, as a user runs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from tests.exchange.conftest import FIXTURES, dump_all, fill_rich

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        timeout=120,
    )


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    return lines[0]


def refused(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = Database.open(str(path))
    fill_rich(db)
    db.close()
    return path


def _snapshot(path: Path) -> dict:
    db = Database.open(str(path))
    try:
        return dump_all(db)
    finally:
        db.close()


def test_export_and_import_all(source, tmp_path):
    out = tmp_path / "all.kamdossier"
    line = ok(run("--db", str(source), "export", "--all", "--out", str(out)))
    assert "clients 7" in line and out.exists()

    target = tmp_path / "laptop.sqlite3"
    assert "added" in ok(run("--db", str(target), "import", str(out)))
    again = ok(run("--db", str(target), "import", str(out)))
    assert "0 added, 0 updated" in again


def test_export_chosen_clients_with_password_env(source, tmp_path):
    db = Database.open(str(source))
    ids = [c.id for c in DossierService(db).list_clients()[:2]]
    db.close()
    out = tmp_path / "two.kamdossier"
    secret = {"KAM_EXPORT_PASSWORD": "пароль-из-окружения"}
    line = ok(
        run(
            "--db",
            str(source),
            "export",
            *ids,
            "--out",
            str(out),
            "--password-env",
            "KAM_EXPORT_PASSWORD",
            env=secret,
        )
    )
    assert "clients 2" in line
    assert "пароль" not in " ".join(ids)

    target = tmp_path / "laptop.sqlite3"
    message = refused(run("--db", str(target), "import", str(out)))
    assert "password" in message
    wrong = {"KAM_EXPORT_PASSWORD": "другой"}
    assert "Wrong password" in refused(
        run(
            "--db",
            str(target),
            "import",
            str(out),
            "--password-env",
            "KAM_EXPORT_PASSWORD",
            env=wrong,
        )
    )
    ok(
        run(
            "--db",
            str(target),
            "import",
            str(out),
            "--password-env",
            "KAM_EXPORT_PASSWORD",
            env=secret,
        )
    )


def test_bad_inputs_change_nothing_and_leave_no_file(source, tmp_path):
    before = _snapshot(source)
    out = tmp_path / "never.kamdossier"
    assert "No client" in refused(
        run("--db", str(source), "export", "no-such-id", "--out", str(out))
    )
    assert "is not set" in refused(
        run(
            "--db",
            str(source),
            "export",
            "--all",
            "--out",
            str(out),
            "--password-env",
            "NO_SUCH_VAR",
        )
    )
    refused(
        run(
            "--db",
            str(source),
            "export",
            "--all",
            "--out",
            str(tmp_path / "missing" / "x.kamdossier"),
        )
    )
    assert not out.exists()
    assert list(tmp_path.glob(".never*")) == []

    junk = tmp_path / "junk.kamdossier"
    junk.write_text("not a dossier at all")
    assert "not a dossier file" in refused(run("--db", str(source), "import", str(junk)))
    assert "Cannot read" in refused(run("--db", str(source), "import", str(tmp_path / "nope")))
    refused(run("--db", str(source), "export", "x", "--all", "--out", str(out)))
    refused(run("--db", str(source), "import", str(junk), "--on-conflict", "merge-somehow"))
    assert _snapshot(source) == before


def test_on_conflict_take_theirs(source, tmp_path):
    laptop = tmp_path / "laptop.sqlite3"
    first = tmp_path / "first.kamdossier"
    ok(run("--db", str(source), "export", "--all", "--out", str(first)))
    ok(run("--db", str(laptop), "import", str(first)))
    for path, notes in ((source, "офис"), (laptop, "ноутбук")):
        db = Database.open(str(path))
        service = DossierService(db)
        client = next(c for c in service.list_clients() if c.name == "УралТяжМаш")
        member = service.list_members(client.id)[0]
        member.notes = notes
        service.save_member(member)
        db.close()
    back = tmp_path / "back.kamdossier"
    ok(run("--db", str(laptop), "export", "--all", "--out", str(back)))
    copy = tmp_path / "office-copy.sqlite3"
    shutil.copy(source, copy)

    assert "1 kept mine" in ok(run("--db", str(source), "import", str(back)))
    assert _notes(source) == "офис"
    line = ok(run("--db", str(copy), "import", str(back), "--on-conflict", "take-theirs"))
    assert "1 updated" in line
    assert _notes(copy) == "ноутбук"


def _notes(path: Path) -> str:
    db = Database.open(str(path))
    try:
        service = DossierService(db)
        client = next(c for c in service.list_clients() if c.name == "УралТяжМаш")
        return service.list_members(client.id)[0].notes
    finally:
        db.close()


def test_vcard_and_calendar_verbs(source, tmp_path):
    db = Database.open(str(source))
    client_id = next(c.id for c in DossierService(db).list_clients() if c.name == "УралТяжМаш")
    db.close()
    vcf = tmp_path / "group.vcf"
    assert "vCards" in ok(run("--db", str(source), "export-vcard", client_id, "--out", str(vcf)))
    assert vcf.read_bytes().startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n")
    line = ok(
        run(
            "--db",
            str(source),
            "import-vcard",
            str(FIXTURES / "outlook_ru_2.1_windows-1251.vcf"),
            "--client",
            client_id,
        )
    )
    assert "Added 1" in line and "1 duplicates skipped" in line
    ics = tmp_path / "kam.ics"
    assert "events" in ok(run("--db", str(source), "export-calendar", "--out", str(ics)))
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    one = tmp_path / "one.ics"
    line = ok(run("--db", str(source), "export-calendar", "--client", client_id, "--out", str(one)))
    assert "events" in line and 0 < len(one.read_bytes()) < len(ics.read_bytes())
    assert "No client" in refused(
        run("--db", str(source), "export-calendar", "--client", "nobody", "--out", str(one))
    )
    assert "No client" in refused(
        run("--db", str(source), "import-vcard", str(vcf), "--client", "no-such-client")
    )
    assert "not a vCard" in refused(
        run("--db", str(source), "import-vcard", str(ics), "--client", client_id)
    )
