"""Automatic backups on a real SQLite file: one at start, one a day after, the newest ``keep``
kept; a copy made while another connection writes holds only committed data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kam_desktop.domain.dossier import Client
from kam_desktop.domain.errors import ValidationError
from kam_desktop.services.backups import DEFAULT_KEEP, BackupService, backup_folder
from kam_desktop.storage.backups import list_backups, read_info

# Copies of an SQLite file (a team database on PostgreSQL is backed up as an archive instead).
pytestmark = pytest.mark.sqlite_only

MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_the_daily_backup_is_made_once_a_day(db, dossiers) -> None:
    dossiers.save_client(Client("УралТяжМаш"))
    service = BackupService(db)
    first = service.automatic_if_due(MONDAY)
    assert first is not None and first.parent == backup_folder()
    assert read_info(first).clients == 1
    assert service.automatic_if_due(MONDAY + timedelta(hours=23)) is None  # not yet a day
    second = service.automatic_if_due(MONDAY + timedelta(hours=25))
    assert second is not None and second != first
    assert [b.path for b in service.backups()] == [second, first]  # newest first


def test_only_the_newest_are_kept(db, dossiers) -> None:
    service = BackupService(db)
    assert service.keep() == DEFAULT_KEEP
    service.set_keep(3)
    made = [service.automatic(MONDAY + timedelta(days=n)) for n in range(5)]
    kept = sorted(p.name for p in backup_folder().glob("*.auto.kambackup"))
    assert kept == sorted(p.name for p in made[-3:])
    with pytest.raises(ValidationError):
        service.set_keep(0)
    assert service.keep() == 3


def test_a_copy_holds_committed_data_only(db, dossiers, tmp_path: Path) -> None:
    dossiers.save_client(Client("Сохранённый"))
    writer = sqlite3.connect(db.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE client SET name = 'Не сохранённый'")  # not committed
    try:
        info = BackupService(db).backup_to(tmp_path / "copy.kambackup")
    finally:
        writer.rollback()
        writer.close()
    assert info.clients == 1
    conn = sqlite3.connect(info.path)
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM client")] == ["Сохранённый"]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_a_damaged_file_in_the_folder_is_left_out_of_the_list(db) -> None:
    made = BackupService(db).automatic(MONDAY)
    junk = backup_folder() / "kam.20261201T000000Z.auto.kambackup"
    junk.write_bytes(b"not sqlite")
    assert [b.path for b in list_backups(backup_folder())] == [made]
