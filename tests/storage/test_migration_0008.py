"""Migration 0008 (entry rowids that name their client) keeps every index entry, and the client
keys stay in step with the index through saves, deletes, undo, imports and rebuilds."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.storage.db import create_db_engine
from kam_desktop.storage.migrate import downgrade
from kam_desktop.storage.search_index import ENTRY_BITS, insert_entries, rebuild_search_index
from tests.storage.test_migration_0007 import (
    CLIENT,
    MEMBER,
    assert_owners_in_step,
    index_definition,
    make_revision_0006_database,
    upgrade_to,
)

# The SQLite search index's client keys (rowid ranges); PostgreSQL indexes words instead.
pytestmark = pytest.mark.sqlite_only


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def entries(path: Path) -> list[tuple]:
    """Every index entry's content, without its rowid, in a stable order."""
    return sorted(_rows(path, "SELECT * FROM search_index"))


def assert_keys_in_step(path: Path) -> None:
    """Every entry's rowid names its own client's key; every key has entries and the name the
    client has now; a client's entries are numbered 0, 1, 2, … within its range."""
    keys = {k: (c, n) for k, c, n in _rows(path, "SELECT key, client_id, name FROM search_client")}
    names = dict(_rows(path, "SELECT id, name FROM client"))
    numbers: dict[int, list[int]] = {}
    for rowid, client_id in _rows(path, "SELECT rowid, client_id FROM search_index"):
        key = rowid >> ENTRY_BITS
        assert keys[key][0] == client_id
        numbers.setdefault(key, []).append(rowid & ((1 << ENTRY_BITS) - 1))
    assert set(numbers) == set(keys)
    for key, (client_id, name) in keys.items():
        assert sorted(numbers[key]) == list(range(len(numbers[key])))
        assert names.get(client_id, name) == name


def test_upgrade_from_0007_keeps_every_entry_and_keys_every_client(db_path: Path) -> None:
    make_revision_0006_database(db_path)
    upgrade_to(db_path, "0007_search_prefixes")
    before = entries(db_path)
    assert len(before) == 2
    db = Database.open(str(db_path))
    try:
        assert entries(db_path) == before
        assert "prefix = '1 2 3'" in index_definition(db_path)
        assert_keys_in_step(db_path)
        tables = {r[0] for r in _rows(db_path, "SELECT name FROM sqlite_master")}
        assert "search_owner" not in tables
        service = DossierService(db)
        for typed in ("у", "УРАЛ", "ел", "ёлк", "рыб", "надеж"):
            assert [c.id for c in service.list_clients(typed)] == [CLIENT], typed
            assert service.count_clients(typed) == 1, typed
        assert service.list_clients("ж") == []
        assert {h.id for h in service.search("пёт")} == {MEMBER}
        assert service.matching_people("рыб", [CLIENT]) == {CLIENT: "Пётр Ёлкин"}
    finally:
        db.close()


def test_downgrade_gives_the_0007_owner_table_back(db_path: Path) -> None:
    make_revision_0006_database(db_path)
    upgrade_to(db_path, "0007_search_prefixes")
    before = entries(db_path)
    Database.open(str(db_path)).close()
    engine = create_db_engine(f"sqlite:///{db_path}")
    try:
        downgrade(engine, "0007_search_prefixes")
    finally:
        engine.dispose()
    assert entries(db_path) == before
    assert_owners_in_step(db_path)
    tables = {r[0] for r in _rows(db_path, "SELECT name FROM sqlite_master")}
    assert "search_client" not in tables


def test_saves_deletes_undo_and_rebuilds_keep_the_keys_in_step(db: Database) -> None:
    assert db.path is not None
    service = DossierService(db)
    kept = service.save_client(Client("Northwind Components GmbH"))
    gone = service.save_client(Client("Южный порт"))
    service.save_member(Member("Иван Петров", gone.id, hobbies="шахматы"))
    service.save_member(Member("John Smith", kept.id))
    assert_keys_in_step(db.path)
    snapshot = service.delete_client(gone.id)
    assert_keys_in_step(db.path)
    assert service.list_clients("шахм") == []
    service.restore_client(snapshot)
    assert_keys_in_step(db.path)
    assert [c.id for c in service.list_clients("шахм")] == [gone.id]
    with db.session() as s:
        rebuild_search_index(s.connection())
    assert_keys_in_step(db.path)
    assert [c.id for c in service.list_clients("john")] == [kept.id]


def test_a_renamed_client_moves_in_the_searched_list(db: Database) -> None:
    service = DossierService(db)
    first = service.save_client(Client("Альфа Трейд"))
    second = service.save_client(Client("Бета Трейд"))
    assert [c.id for c in service.list_clients("трейд")] == [first.id, second.id]
    service.save_client(replace(service.get_client(first.id), name="Яхонт Трейд"))
    assert db.path is not None
    assert_keys_in_step(db.path)
    assert [c.id for c in service.list_clients("трейд")] == [second.id, first.id]
    assert [c.id for c in service.list_clients("трейд", descending=True)] == [first.id, second.id]
    assert [c.id for c in service.list_clients("трейд", limit=1, offset=1)] == [first.id]
    assert [c.id for c in service.list_clients("трейд", status=ClientStatus.PROSPECT)] == [
        second.id,
        first.id,
    ]


def test_entries_added_to_an_indexed_client_continue_its_numbering(db: Database) -> None:
    service = DossierService(db)
    client = service.save_client(Client("Гамма"))
    assert client.id is not None
    extra = {
        "kind": "person",
        "entity_id": "x",
        "client_id": client.id,
        "name": "Икс",
        "client_name": "Гамма",
        "body": "",
    }
    with db.session() as s:
        insert_entries(s.connection(), [extra, {**extra, "entity_id": "y"}])
    assert db.path is not None
    assert_keys_in_step(db.path)
    assert [c.id for c in service.list_clients("икс")] == [client.id]
