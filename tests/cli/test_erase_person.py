"""``erase-person`` in a subprocess on the demo, with mentions, log entries and an older edit
seeded through our own storage: the dry run changes nothing, ``--yes`` erases the person
everywhere — rows, texts, search, change log — and their bytes are gone from the file, its WAL
and a backup made afterwards. The last tests force SQLite's ``secure_delete`` off (the default
of python.org's builds; Debian compiles it on) to show the check would catch leftovers."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, run_cli

NAME = "Кузнецов Андрей Викторович"
OLD_TOKEN = "керлингзанзибар"  # a hobby they had before the last edit: a leftover in free space
NEW_TOKEN = "квиддичмадагаскар"  # the hobby they have when erased
AUTHOR = "Анна Смирнова (КАМ)"
MENTION = "Обсудили с Кузнецовым А.В. график; Андрей Викторович просил звонить на +7 343 210-00-20"

# What must be nowhere in the file after the erasure (UTF-8 bytes).
SECRETS = (
    NAME,
    "Кузнецов",  # every form: his, his wife's and sons' names, colleagues' notes about him
    "Андрей Викторович",
    "+7 343 210-00-20",
    "210-00-20",
    "a.kuznetsov@uraltyazhmash.ru",
    "akuznetsov_fin",
    "шахматы, бег (Уральский марафон)",
    "Наталья Сергеевна",
    "пилот конкурента затянулся",  # from their concerns
    OLD_TOKEN,
    NEW_TOKEN,
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("erase") / "demo.sqlite3"
    assert run_cli("--db", str(path), "demo").returncode == 0
    return path


def _person_id(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id FROM member WHERE full_name = ?", (NAME,)).fetchone()[0]
    finally:
        conn.close()


def seed(path: Path, secure_delete: bool = True) -> dict[str, str]:
    """Mentions, an older edit, change-log rows, a planned step, a link and a map position.

    ``secure_delete=False``: written as python.org's SQLite writes (the old hobby stays in the
    file's free space)."""
    from kam_desktop.domain.dossier import Interaction
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService
    from kam_desktop.storage.cockpit_models import MapPositionRow, MemberLinkRow, NextStepRow
    from kam_desktop.storage.team_models import ChangeLogRow

    db = Database.open(str(path)) if secure_delete else _open_without_secure_delete(path)
    try:
        dossiers = DossierService(db)
        person_id = _person_id(path)
        person = dossiers.get_member(person_id)
        person = dossiers.save_member(replace(person, hobbies=f"{person.hobbies}, {OLD_TOKEN}"))
        person = dossiers.save_member(
            replace(person, hobbies=person.hobbies.replace(OLD_TOKEN, NEW_TOKEN))
        )
        colleague = next(
            m for m in dossiers.list_members(person.client_id or "") if m.id != person_id
        )
        mention = dossiers.save_interaction(
            Interaction(
                client_id=person.client_id or "",
                occurred_on=date.today() - timedelta(days=3),
                summary=MENTION,
                member_ids=[person_id, colleague.id or ""],
                next_step="Отправить расчёт Кузнецову",
                next_step_due=date.today() + timedelta(days=5),
            )
        )
        with db.session() as s:
            contact_id = person.contacts[0].id
            s.add_all(
                [
                    ChangeLogRow(
                        client_id=person.client_id,
                        entity_kind="member",
                        entity_id=person_id,
                        action="changed",
                        fields='["hobbies"]',
                        author=AUTHOR,
                    ),
                    ChangeLogRow(
                        client_id=person.client_id,
                        entity_kind="contact",
                        entity_id=contact_id or "",
                        action="created",
                        author=AUTHOR,
                    ),
                    ChangeLogRow(
                        client_id=person.client_id,
                        entity_kind="member",
                        entity_id=colleague.id or "",
                        action="changed",
                        fields='["notes"]',
                        author=AUTHOR,
                    ),
                    NextStepRow(
                        client_id=person.client_id,
                        member_id=person_id,
                        title="Позвонить Кузнецову А. В. по графику платежей",
                        due_on=date.today() + timedelta(days=2),
                    ),
                    MemberLinkRow(
                        client_id=person.client_id,
                        from_member_id=person_id,
                        to_member_id=colleague.id,
                        kind="influences",
                    ),
                    MapPositionRow(member_id=person_id, x=10.0, y=20.0),
                ]
            )
        from kam_desktop.services.exchange import ExchangeService

        # handed over to a colleague: the sync ledger keeps hashes of their record's states
        ExchangeService(db).export_to_file(path.with_suffix(".kamdossier"), [person.client_id])
        return {
            "person": person_id,
            "client": person.client_id or "",
            "colleague": colleague.id or "",
            "interaction": mention.id or "",
        }
    finally:
        db.close()


@pytest.fixture
def seeded(demo_file: Path, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "kam.sqlite3"
    shutil.copyfile(demo_file, path)
    return path, seed(path)


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def ledger(path: Path, client_id: str) -> dict[str, list[str]]:
    found = rows(path, "SELECT value FROM setting WHERE key = ?", f"exchange.synced.{client_id}")
    return json.loads(found[0][0]) if found else {}


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def leftovers(data: bytes) -> list[str]:
    return [s for s in SECRETS if s.encode("utf-8") in data]


def test_without_yes_it_says_what_would_go_and_changes_nothing(seeded) -> None:
    path, ids = seeded
    assert ids["person"] in ledger(path, ids["client"])  # their contacts, family: inside it
    before = dump(path)
    result = run_cli("--db", str(path), "erase-person", ids["person"])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert NAME in out
    assert "Contacts (phones, e-mails, messengers): 4" in out
    assert "Family members: 3" in out
    assert "Interactions they took part in (they leave the participants): 5" in out
    assert "Interactions whose texts mention them (replaced by «[erased]»): 1" in out
    # the seeded two (their hobby edit, their contact) and what saving them logged
    (logged,) = rows(path, "SELECT count(*) FROM change_log WHERE entity_id = ?", ids["person"])[0]
    assert logged >= 2 and f"Change-log entries about them: {logged + 1}" in out
    assert "Planned steps with them (kept, without the person): 1" in out
    assert "Informal links to and from them: 1" in out
    assert "Draft proposals addressed to them (they are no longer an addressee): 1" in out
    assert "Add --yes" in out
    assert dump(path) == before


def test_an_unknown_or_empty_id_is_one_line_and_exit_2(seeded) -> None:
    path, _ids = seeded
    before = dump(path)
    for bad in ("no-such-person", " "):
        line = assert_one_line_error(run_cli("--db", str(path), "erase-person", bad, "--yes"))
        assert "No person with id" in line
    assert dump(path) == before


def test_yes_erases_them_everywhere(seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    path, ids = seeded
    person, client = ids["person"], ids["client"]
    monkeypatch.setenv("KAM_DESKTOP_USER", AUTHOR)
    before_other_members = rows(path, "SELECT count(*) FROM member WHERE id != ?", person)
    result = run_cli("--db", str(path), "erase-person", person, "--yes")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and result.stdout.startswith("Erased one person")
    assert NAME not in result.stdout and result.stderr == ""

    assert rows(path, "SELECT * FROM member WHERE id = ?", person) == []
    assert rows(path, "SELECT count(*) FROM member WHERE id != ?", person) == before_other_members
    assert rows(path, "SELECT * FROM contact_point WHERE member_id = ?", person) == []
    assert rows(path, "SELECT * FROM family_member WHERE member_id = ?", person) == []
    assert rows(path, "SELECT * FROM interaction_member WHERE member_id = ?", person) == []
    assert (
        rows(path, "SELECT * FROM member_link WHERE ? IN (from_member_id, to_member_id)", person)
        == []
    )
    assert rows(path, "SELECT * FROM map_position WHERE member_id = ?", person) == []
    assert rows(path, "SELECT * FROM member_contact WHERE member_id = ?", person) == []
    assert rows(path, "SELECT count(*) FROM member_contact") == rows(
        path, "SELECT count(*) FROM member"
    )  # the derived table still matches
    assert rows(path, "SELECT count(*) FROM member WHERE reports_to_id = ?", person) == [(0,)]
    # the interaction that named them stays, with the colleague, its texts neutral
    summary, step = rows(
        path, "SELECT summary, next_step FROM interaction WHERE id = ?", ids["interaction"]
    )[0]
    assert summary == ("Обсудили с [erased] график; [erased] просил звонить на [erased]")
    assert step == "Отправить расчёт [erased]"
    assert rows(
        path,
        "SELECT member_id FROM interaction_member WHERE interaction_id = ?",
        ids["interaction"],
    ) == [(ids["colleague"],)]
    ((title, member),) = rows(
        path, "SELECT title, member_id FROM next_step WHERE title LIKE 'Позвонить%'"
    )
    assert (title, member) == ("Позвонить [erased] по графику платежей", None)
    # the colleague's note «по деньгам — Кузнецова» is neutral too
    notes = rows(path, "SELECT notes FROM member WHERE client_id = ?", client)
    assert all("Кузнецов" not in n for (n,) in notes)
    assert any("[erased]" in n for (n,) in notes)
    # the draft proposal no longer addresses them, nor keeps their edition's switches
    for addressees, tailoring in rows(path, "SELECT addressee_ids, tailoring FROM proposal"):
        assert person not in json.loads(addressees) and person not in json.loads(tailoring)
    # the sync ledger forgot their record; the colleague's stays
    hashes = ledger(path, client)
    assert person not in hashes and ids["colleague"] in hashes
    # the change log keeps nothing of theirs (their record, their contact); others' entries stay
    kept = {entity for (entity,) in rows(path, "SELECT entity_id FROM change_log")}
    assert person not in kept and ids["colleague"] in kept
    assert rows(path, "SELECT count(*) FROM change_log WHERE entity_kind = 'contact'") == [(0,)]
    # the erasure log: one row, by whom and when, nothing about whom
    (log_row,) = rows(path, "SELECT * FROM erasure_log")
    assert log_row[1:3] == ("person", AUTHOR)
    assert not any(str(v) in (person, NAME) for v in log_row)
    # search finds nothing of theirs
    for query in ("Кузнецов", "Андрей Викторович", NEW_TOKEN, "akuznetsov", "Наталья"):
        found = run_cli("--db", str(path), "search", query, "--json")
        assert found.returncode == 0, found.stderr
        hits = json.loads(found.stdout)
        assert [h for h in hits if h["type"] == "person" and "Кузнецов" in h["name"]] == []
        if query != "Наталья":  # another Наталья may work at another client
            assert hits == [], (query, hits)
    listing = run_cli("--db", str(path), "erasures")
    assert listing.returncode == 0 and AUTHOR in listing.stdout
    assert NAME not in listing.stdout


def test_their_bytes_are_gone_from_the_file_the_wal_and_a_later_backup(seeded, tmp_path) -> None:
    path, ids = seeded
    # the check sees them before (the older hobby only where SQLite keeps deleted bytes)
    assert set(leftovers(file_bytes(path))) >= set(SECRETS) - {OLD_TOKEN}
    result = run_cli("--db", str(path), "erase-person", ids["person"], "--yes")
    assert result.returncode == 0, result.stderr
    assert leftovers(file_bytes(path)) == []
    backup = tmp_path / "after.kambackup"
    made = run_cli("--db", str(path), "backup", "--out", str(backup))
    assert made.returncode == 0, made.stderr
    assert leftovers(backup.read_bytes()) == []
    # still one of ours, whole, and opens
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert run_cli("--db", str(path), "search", "Петров", "--json").returncode == 0


# ---- the same with secure_delete off by default (python.org's SQLite) ----------------------
def _open_without_secure_delete(path: Path):
    from sqlalchemy import event

    from kam_desktop.services.database import Database

    db = Database.open(str(path))
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA secure_delete=OFF"))
    db.engine.dispose()  # every connection from now on starts with it off
    return db


@pytest.fixture
def seeded_insecurely(demo_file: Path, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "plain.sqlite3"
    shutil.copyfile(demo_file, path)
    return path, seed(path, secure_delete=False)


def test_an_ordinary_delete_leaves_their_bytes_so_the_check_can_fail(seeded_insecurely) -> None:
    from kam_desktop.services.dossiers import DossierService

    path, ids = seeded_insecurely
    db = _open_without_secure_delete(path)
    try:
        DossierService(db).delete_member(ids["person"])
    finally:
        db.close()
    # the deleted rows and FTS5 segments are still in the file
    left = set(leftovers(file_bytes(path)))
    assert {NAME, NEW_TOKEN, "+7 343 210-00-20", "a.kuznetsov@uraltyazhmash.ru"} <= left


def test_erase_leaves_no_bytes_even_where_secure_delete_is_off(seeded_insecurely) -> None:
    from kam_desktop.services.personal_data import PersonalDataService

    path, ids = seeded_insecurely
    db = _open_without_secure_delete(path)
    try:
        result = PersonalDataService(db).erase(ids["person"], erased_by=AUTHOR)
        assert result.file_rewritten
        assert leftovers(file_bytes(path)) == []
    finally:
        db.close()
    assert leftovers(file_bytes(path)) == []
