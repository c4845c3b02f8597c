"""Migration 0009 (cockpit tables, an interaction's next step done date) keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kam_desktop.storage.db import create_db_engine
from kam_desktop.storage.migrate import downgrade, upgrade_to_head
from tests.storage.test_migration_0007 import CLIENT, make_revision_0006_database

INTERACTION = "33333333-3333-4333-8333-333333333333"
STAMP = "2026-11-20 10:00:00.000000"


def make_revision_0008_database(path: Path) -> None:
    make_revision_0006_database(path)
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine, target="0008_search_client_keys")
        with engine.begin() as conn:
            conn.connection.driver_connection.execute(
                "INSERT INTO interaction (id, client_id, occurred_on, kind, summary, next_step,"
                " next_step_due, created_at, updated_at, version) VALUES (?, ?, '2026-11-20',"
                f" 'call', 'Звонок', 'Отправить смету', '2026-12-03', '{STAMP}', '{STAMP}', 3)",
                (INTERACTION, CLIENT),
            )
    finally:
        engine.dispose()


def interactions(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT id, client_id, occurred_on, kind, summary, next_step, next_step_due, version"
            " FROM interaction"
        ).fetchall()
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_upgrade_keeps_interactions_and_adds_the_cockpit_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_revision_0008_database(path)
    before = interactions(path)
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert interactions(path) == before
    assert {"next_step", "member_link", "map_position"} <= tables(path)
    conn = sqlite3.connect(path)
    try:
        (done,) = conn.execute("SELECT next_step_done_on FROM interaction").fetchone()
    finally:
        conn.close()
    assert done is None


def test_downgrade_to_0008_keeps_interactions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_revision_0008_database(path)
    before = interactions(path)
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine)
        downgrade(engine, "0008_search_client_keys")
    finally:
        engine.dispose()
    assert interactions(path) == before
    assert not {"next_step", "member_link", "map_position"} & tables(path)
