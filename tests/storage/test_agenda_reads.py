"""Migration 0010: ``member_contact`` and ``client_contact`` are derived data kept by triggers.

After every kind of write a user can make — through the dossier service, undo, an import, the
demo, the upgrade of an older file — they must hold exactly what the base tables say: each
member's later of "last contact" and last interaction, and each client's last interaction.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kam_desktop.domain.dossier import Client, Interaction, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.services.database import Database
from kam_desktop.services.demo import load_demo
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService
from kam_desktop.storage.db import create_db_engine
from kam_desktop.storage.migrate import upgrade_to_head
from tests.storage.test_migration_0009 import make_revision_0008_database

EXPECTED_MEMBERS = """
SELECT m.id, m.client_id, c.status, m.influence, m.full_name,
       CASE WHEN x.on_ IS NULL THEN m.last_contact_on
            WHEN m.last_contact_on IS NULL THEN x.on_
            WHEN m.last_contact_on > x.on_ THEN m.last_contact_on ELSE x.on_ END
FROM member AS m JOIN client AS c ON c.id = m.client_id
LEFT JOIN (SELECT im.member_id AS member_id, max(i.occurred_on) AS on_
           FROM interaction_member AS im JOIN interaction AS i ON i.id = im.interaction_id
           GROUP BY im.member_id) AS x ON x.member_id = m.id
ORDER BY m.id
"""
KEPT_MEMBERS = """
SELECT member_id, client_id, client_status, influence, full_name, last_on
FROM member_contact ORDER BY member_id
"""
EXPECTED_CLIENTS = (
    "SELECT client_id, max(occurred_on) FROM interaction GROUP BY client_id ORDER BY client_id"
)
KEPT_CLIENTS = "SELECT client_id, last_on FROM client_contact ORDER BY client_id"


def _rows(target: Path | Database, sql: str, params: dict[str, str] | None = None) -> list:
    """Rows as tuples of text, from an SQLite file or any open database (the PostgreSQL pass)."""
    if isinstance(target, Database):
        with target.engine.connect() as conn:
            rows = conn.execute(text(sql), params or {}).all()
    else:
        conn = sqlite3.connect(target)
        try:
            rows = conn.execute(sql.replace(":member", "?"), tuple((params or {}).values()))
            rows = rows.fetchall()
        finally:
            conn.close()
    return [tuple(str(v) if isinstance(v, date) else v for v in row) for row in rows]


def assert_kept(target: Path | Database) -> None:
    assert _rows(target, KEPT_MEMBERS) == _rows(target, EXPECTED_MEMBERS)
    assert _rows(target, KEPT_CLIENTS) == _rows(target, EXPECTED_CLIENTS)


def last_on(target: Path | Database, member_id: str) -> str | None:
    found = _rows(
        target,
        "SELECT last_on FROM member_contact WHERE member_id = :member",
        {"member": member_id},
    )
    return found[0][0] if found else None


@pytest.fixture
def people(dossiers: DossierService):
    client = dossiers.save_client(Client("УралТяжМаш", status=ClientStatus.KEY))
    boss = dossiers.save_member(Member("Петров Иван", client.id, influence=5))
    cfo = dossiers.save_member(
        Member("Смирнова Анна", client.id, influence=4, last_contact_on=date(2026, 10, 1))
    )
    return client, boss, cfo


def meeting(client: Client, on: date, *people: Member) -> Interaction:
    return Interaction(client.id, on, summary="Встреча", member_ids=[p.id for p in people])


def test_every_edit_of_the_dossier_keeps_them(db, dossiers, people) -> None:
    client, boss, cfo = people
    assert_kept(db)
    assert last_on(db, boss.id) is None
    assert last_on(db, cfo.id) == "2026-10-01"  # the field alone

    first = dossiers.save_interaction(meeting(client, date(2026, 11, 3), boss, cfo))
    second = dossiers.save_interaction(meeting(client, date(2026, 9, 1), boss))
    assert_kept(db)
    assert last_on(db, boss.id) == "2026-11-03"

    first.occurred_on = date(2026, 8, 20)  # moved back: the older meeting is now the last
    first.member_ids = [boss.id]  # and the CFO no longer took part
    first = dossiers.save_interaction(first)
    assert_kept(db)
    assert last_on(db, boss.id) == "2026-09-01"
    assert last_on(db, cfo.id) == "2026-10-01"

    dossiers.delete_interaction(second.saved_id)
    assert_kept(db)
    assert last_on(db, boss.id) == "2026-08-20"

    cfo.influence, cfo.full_name, cfo.last_contact_on = 2, "Смирнова-Котова Анна", None
    dossiers.save_member(cfo)
    client.status = ClientStatus.ACTIVE
    dossiers.save_client(client)
    assert_kept(db)

    snapshot = dossiers.delete_member(boss.id)
    assert_kept(db)
    dossiers.restore_member(snapshot)  # undo
    assert_kept(db)
    assert last_on(db, boss.id) == "2026-08-20"


def test_deleting_a_client_and_its_undo_keep_them(db, dossiers, people) -> None:
    client, boss, cfo = people
    dossiers.save_interaction(meeting(client, date(2026, 11, 3), boss, cfo))
    other = dossiers.save_client(Client("Вектор"))
    dossiers.save_member(Member("Орлов Пётр", other.id))
    snapshot = dossiers.delete_client(client.id)
    assert_kept(db)
    dossiers.restore_client(snapshot)
    assert_kept(db)
    assert last_on(db, boss.id) == "2026-11-03"


def test_an_import_and_the_demo_keep_them(db, dossiers, people, tmp_path) -> None:
    client, boss, cfo = people
    dossiers.save_interaction(meeting(client, date(2026, 11, 3), boss, cfo))
    archive = tmp_path / "handover.kamdossier"
    ExchangeService(dossiers.db).export_to_file(archive)
    target_path = tmp_path / "colleague.sqlite3"
    target = Database.open(str(target_path))
    try:
        ExchangeService(target).import_file(archive)  # new dossiers: the bulk path
        assert_kept(target_path)
        # The import took the triggers away for its inserts: they are back and keep working.
        DossierService(target).save_interaction(meeting(client, date(2026, 11, 20), boss))
        assert last_on(target_path, boss.id) == "2026-11-20"
        load_demo(target)
    finally:
        target.close()
    assert_kept(target_path)


def test_the_upgrade_fills_them_from_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_revision_0008_database(path)  # a client, a member, an interaction
    conn = sqlite3.connect(path)
    try:
        (member_id,) = conn.execute("SELECT id FROM member").fetchone()
        (interaction_id,) = conn.execute("SELECT id FROM interaction").fetchone()
        conn.execute(
            "INSERT INTO interaction_member (interaction_id, member_id) VALUES (?, ?)",
            (interaction_id, member_id),
        )
        conn.commit()
    finally:
        conn.close()
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert_kept(path)
    assert last_on(path, member_id) == "2026-11-20"
