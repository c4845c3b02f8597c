"""A database on a read-only disk, or in a file we may not write, is opened for reading.

Reading verbs work as usual; verbs that change the database are refused with one line that
says the file is read-only; a file whose schema is out of date must be upgraded elsewhere.
Two real variants: a read-only tmpfs mount (as root) and a file and folder without write
permission (run as nobody when we are root).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, fingerprint
from tests.filesystems import as_unprivileged, read_only_mount, unwritable_folder, writable_folder

ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "portfolio.sqlite3"


class Place:
    """Where the read-only copy lives and how commands are run against it."""

    def __init__(self, folder: Path, unprivileged: bool, out: Path) -> None:
        self.folder, self.unprivileged, self.out = folder, unprivileged, out
        self.db = folder / DB_NAME

    def run(self, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
        env = dict(os.environ)
        env.update(
            LANG=lang,
            LC_ALL=lang,
            LANGUAGE="",
            PYTHONPATH=str(ROOT),
            KAM_DESKTOP_DATA_DIR=str(self.out / "data"),  # the log goes here
        )
        argv = [sys.executable, "-m", "kam_desktop", "--db", str(self.db), *args]
        if self.unprivileged:
            argv = as_unprivileged(argv)
        return subprocess.run(
            argv, capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=60
        )


def run_here(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """A demo database, an export of it and a vCard, readable by anybody."""
    folder = writable_folder()
    db = folder / DB_NAME
    run_here("--db", str(db), "demo")
    archive, vcard = folder / "all.kamdossier", folder / "people.vcf"
    run_here("--db", str(db), "export", "--all", "--out", str(archive))
    proposals = json.loads(run_here("--db", str(db), "proposals", "--json").stdout)
    hits = json.loads(run_here("--db", str(db), "search", "уралтяжмаш", "--json").stdout)
    client_id = next(h["client_id"] for h in hits if h["type"] == "client")
    run_here("--db", str(db), "export-vcard", client_id, "--out", str(vcard))
    for path in folder.iterdir():
        path.chmod(0o644)
    yield {
        "db": db,
        "archive": archive,
        "vcard": vcard,
        "number": proposals[0]["number"],
        "client_id": client_id,
    }
    shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def place_of(kind: str, db: Path) -> Iterator[Place]:
    out = writable_folder()
    (out / "data").mkdir(mode=0o777)
    (out / "data").chmod(0o777)
    try:
        if kind == "read-only mount":
            with read_only_mount(db) as folder:
                yield Place(folder, unprivileged=False, out=out)
        else:
            with unwritable_folder(db) as folder:
                yield Place(folder, unprivileged=True, out=out)
    finally:
        shutil.rmtree(out, ignore_errors=True)


KINDS = ["read-only mount", "no write permission"]


@pytest.fixture(params=KINDS)
def place(request, sources) -> Iterator[Place]:
    with place_of(request.param, sources["db"]) as where:
        yield where


def test_reading_verbs_work(place: Place, sources) -> None:
    before = fingerprint(place.db)
    hits = json.loads(ok(place.run("search", "иван", "--json")))
    assert any(h["name"] == "Петров Иван Сергеевич" for h in hits)
    listed = json.loads(ok(place.run("proposals", "--json")))
    assert [p["number"] for p in listed] == [sources["number"]]
    out = place.out
    ok(place.run("render-proposal", sources["number"], "--out", str(out / "kp.pdf")))
    assert (out / "kp.pdf").read_bytes().startswith(b"%PDF")
    ok(place.run("export", "--all", "--out", str(out / "copy.kamdossier")))
    assert (out / "copy.kamdossier").stat().st_size > 1000
    ok(place.run("export-vcard", sources["client_id"], "--out", str(out / "g.vcf")))
    assert "BEGIN:VCARD" in (out / "g.vcf").read_text(encoding="utf-8")
    ok(place.run("export-calendar", "--out", str(out / "c.ics")))
    assert "BEGIN:VCALENDAR" in (out / "c.ics").read_text(encoding="utf-8")
    assert fingerprint(place.db) == before
    assert sorted(p.name for p in place.folder.iterdir()) == [DB_NAME]  # no -wal, no -shm


@pytest.mark.parametrize(
    "verb",
    [
        ["demo"],
        ["demo", "--force"],
        ["import", "{archive}"],
        ["import", "{archive}", "--on-conflict", "take-theirs"],
        ["import-vcard", "{vcard}", "--client", "{client_id}"],
    ],
)
def test_changing_verbs_are_refused_as_read_only(place: Place, sources, verb) -> None:
    before = fingerprint(place.db)
    args = [part.format(**{k: str(v) for k, v in sources.items()}) for part in verb]
    line = assert_one_line_error(place.run(*args))
    assert "read-only" in line and str(place.db) in line
    assert "not a KAM Desktop database" not in line
    assert fingerprint(place.db) == before


def test_the_refusal_is_in_russian_too(place: Place) -> None:
    line = assert_one_line_error(place.run("demo", lang="ru_RU.UTF-8"))
    assert "только для чтения" in line


@pytest.mark.parametrize("kind", KINDS)
def test_an_out_of_date_read_only_file_must_be_upgraded_elsewhere(
    kind: str, tmp_path: Path
) -> None:
    from kam_desktop.services.database import Database
    from kam_desktop.storage.db import create_db_engine
    from kam_desktop.storage.migrate import downgrade

    old = tmp_path / DB_NAME
    Database.open(str(old)).close()
    engine = create_db_engine(f"sqlite:///{old}")
    downgrade(engine, "0004_member_anniversary")
    engine.dispose()
    with place_of(kind, old) as where:
        before = fingerprint(where.db)
        line = assert_one_line_error(where.run("search", "x"))
        assert "read-only" in line and "upgrade" in line
        assert fingerprint(where.db) == before


def test_a_new_database_cannot_be_made_on_a_read_only_disk(sources) -> None:
    with place_of("read-only mount", sources["db"]) as where:
        where.db = where.folder / "new.sqlite3"
        line = assert_one_line_error(where.run("demo"))
        assert "read-only" in line
        assert not where.db.exists()


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout
