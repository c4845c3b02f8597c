"""Migration 0007 (search prefix indexes and the owner table) keeps every index entry and fills
the owner table in step with the index. (From 0008 on the entries' rowids name their clients
instead: tests/storage/test_migration_0008.py keeps that in step through saves and deletes.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.storage.db import create_db_engine
from kam_desktop.storage.migrate import downgrade, upgrade_to_head
from kam_desktop.storage.search_index import rebuild_search_index

CLIENT = "11111111-1111-4111-8111-111111111111"
MEMBER = "22222222-2222-4222-8222-222222222222"
STAMP = "2026-11-20 10:00:00.000000"


def make_revision_0006_database(path: Path) -> None:
    """Schema 0006 with one client and one member, indexed the way release 0006 indexed them."""
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine, target="0006_proposal_content")
        meta = f"'{STAMP}', '{STAMP}', 1"
        with engine.begin() as conn:
            raw = conn.connection.driver_connection
            raw.execute(
                "INSERT INTO client (id, name, legal_name, tax_id, industry, region, address,"
                " website, status, tags, revenue_currency, strategy, weak_points, growth_areas,"
                " buying_process, competitors, reliability_checklist, reliability_result,"
                " reliability_notes, kpp, created_at, updated_at, version) VALUES (?,"
                " 'УралТяжМаш', '', '6673012345', 'Машиностроение', '', '', '', 'key', '[]',"
                f" 'RUB', 'Модернизация', '', 'MES', '', '', '{{}}', 'not_checked', '', '', {meta})",
                (CLIENT,),
            )
            raw.execute(
                "INSERT INTO member (id, client_id, full_name, position, department, role_code,"
                " influence, attitude, decision_style, preferred_channel, preferred_time,"
                ' hobbies, "values", likes, dislikes, topics_to_avoid, notes, consent_how,'
                " concerns, gender, created_at, updated_at, version) VALUES (?, ?,"
                " 'Пётр Ёлкин', 'Генеральный директор', '', 'executive', 5, 'neutral', '', '',"
                f" '', 'рыбалка', 'надёжность', '', '', '', '', '', '', 'auto', {meta})",
                (MEMBER, CLIENT),
            )
            rebuild_search_index(conn)
    finally:
        engine.dispose()


def index_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall()
    finally:
        conn.close()


def owner_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT entry, client_id FROM search_owner ORDER BY entry").fetchall()
    finally:
        conn.close()


def index_definition(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()
        return row[0]
    finally:
        conn.close()


def assert_owners_in_step(path: Path) -> None:
    assert owner_rows(path) == [(row[0], row[3]) for row in index_rows(path)]


def upgrade_to(path: Path, revision: str) -> None:
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine, target=revision)
    finally:
        engine.dispose()


def test_upgrade_keeps_every_entry_and_fills_the_owner_table(db_path: Path) -> None:
    make_revision_0006_database(db_path)
    before = index_rows(db_path)
    assert len(before) == 2
    upgrade_to(db_path, "0007_search_prefixes")
    assert index_rows(db_path) == before
    assert "prefix = '1 2 3'" in index_definition(db_path)
    assert_owners_in_step(db_path)
    db = Database.open(str(db_path))  # on to the newest revision: search still finds it all
    try:
        service = DossierService(db)
        for typed in ("у", "УРАЛ", "ел", "ёлк", "рыб", "надеж"):
            assert [c.id for c in service.list_clients(typed)] == [CLIENT], typed
            assert service.count_clients(typed) == 1, typed
        assert service.list_clients("ж") == []
        assert {h.id for h in service.search("пёт")} == {MEMBER}
        assert service.matching_people("рыб", [CLIENT]) == {CLIENT: "Пётр Ёлкин"}
    finally:
        db.close()


def test_downgrade_gives_the_0006_index_back_with_every_entry(db_path: Path) -> None:
    make_revision_0006_database(db_path)
    before = index_rows(db_path)
    upgrade_to(db_path, "0007_search_prefixes")
    engine = create_db_engine(f"sqlite:///{db_path}")
    try:
        downgrade(engine, "0006_proposal_content")
    finally:
        engine.dispose()
    assert index_rows(db_path) == before
    assert "prefix" not in index_definition(db_path)
    conn = sqlite3.connect(db_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "search_owner" not in tables
