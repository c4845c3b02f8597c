"""Schema migrations and opening files safely: data survives, foreign files stay untouched."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.domain.errors import DatabaseError
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.storage.backups import backup_folder
from kam_desktop.storage.db import create_db_engine
from kam_desktop.storage.migrate import current_revision, head_revision, upgrade_to_head
from tests.filesystems import rerun_as_nobody

CLIENT_ID = "11111111-1111-4111-8111-111111111111"
MEMBER_ID = "22222222-2222-4222-8222-222222222222"
CONTACT_ID = "33333333-3333-4333-8333-333333333333"
STAMP = "2025-01-15 10:00:00.000000"


def fingerprint(path: Path) -> tuple[str, int, int, list[str]]:
    """Content hash, size, mtime and the folder listing: anything a write would change."""
    stat = path.stat()
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        stat.st_size,
        stat.st_mtime_ns,
        sorted(p.name for p in path.parent.iterdir()),
    )


def revision_of(path: Path) -> str | None:
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def make_revision_0001_database(path: Path) -> None:
    """A database as the first release left it, filled through raw SQL (no current code)."""
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine, target="0001_dossier_core")
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO client (id, name, legal_name, tax_id, industry, region, address, website,"
            " status, tags, annual_revenue, revenue_currency, sales_share_pct, strategy,"
            " weak_points, growth_areas, buying_process, competitors, reliability_checklist,"
            " reliability_result, reliability_checked_on, reliability_notes, created_at,"
            " updated_at, version) VALUES (?, 'УралТяжМаш', 'АО «УЗТМ»', '6673012345',"
            " 'Машиностроение', 'Свердловская область', '', '', 'key', '[\"ключевой\"]', 184500000,"
            " 'RUB', 40, 'Модернизация цехов', '', '', '', '', '{\"registry\": true}', 'reliable',"
            " '2025-01-10', '', ?, ?, 1)",
            (CLIENT_ID, STAMP, STAMP),
        )
        conn.execute(
            "INSERT INTO member (id, client_id, full_name, position, department, role_code,"
            " influence, attitude, decision_style, reports_to_id, preferred_channel,"
            ' preferred_time, birthday_day, birthday_month, birthday_year, hobbies, "values",'
            " likes, dislikes, topics_to_avoid, notes, last_contact_on, consent_on, consent_how,"
            " created_at, updated_at, version) VALUES (?, ?, 'Иван Петров',"
            " 'Генеральный директор', '', 'executive', 5, 'neutral', '', NULL, '', '', 29, 2, NULL,"
            " 'горные лыжи', '', '', '', '', '', NULL, NULL, '', ?, ?, 1)",
            (MEMBER_ID, CLIENT_ID, STAMP, STAMP),
        )
        conn.execute(
            "INSERT INTO contact_point (id, member_id, kind, label, value, position, created_at,"
            " updated_at, version) VALUES (?, ?, 'email', 'рабочий',"
            " 'ivan.petrov@uraltyazhmash.ru', 0, ?, ?, 1)",
            (CONTACT_ID, MEMBER_ID, STAMP, STAMP),
        )
    conn.close()


# ---- migrations ----------------------------------------------------------------------------
def test_an_empty_file_is_migrated_to_head(db_path: Path) -> None:
    db = Database.open(str(db_path))
    try:
        assert db.is_empty()
        assert db.backup_path is None  # nothing to back up in a new file
        assert len(DossierService(db).roles()) >= 10
    finally:
        db.close()
    assert revision_of(db_path) == head_revision()


def test_an_up_to_date_database_is_not_migrated_again(db_path: Path) -> None:
    Database.open(str(db_path)).close()
    db = Database.open(str(db_path))
    db.close()
    assert db.backup_path is None
    assert not list(db_path.parent.glob("*.bak"))


def test_revision_0001_with_data_is_upgraded_and_keeps_it(db_path: Path) -> None:
    make_revision_0001_database(db_path)
    assert revision_of(db_path) == "0001_dossier_core"
    db = Database.open(str(db_path))
    try:
        service = DossierService(db)
        client = service.get_client(CLIENT_ID)
        assert (client.name, client.legal_name, str(client.sales_share_pct)) == (
            "УралТяжМаш",
            "АО «УЗТМ»",
            "40.00",
        )
        assert client.tags == ["ключевой"] and client.reliability_checklist == {"registry": True}
        member = service.get_member(MEMBER_ID)
        assert member.full_name == "Иван Петров" and member.birthday.day == 29
        assert member.emails() == ["ivan.petrov@uraltyazhmash.ru"]
        # the search index was built from the data that was already there
        assert [h.id for h in service.search("ИВА")] == [MEMBER_ID]
        assert [h.id for h in service.search("uraltyazhmash")] == [MEMBER_ID]
        assert [c.id for c in service.list_clients("иван")] == [CLIENT_ID]
        backup = Path(db.backup_path)
    finally:
        db.close()
    assert revision_of(db_path) == head_revision()
    # the copy made before migrating is in the backup folder and still holds the old state
    assert backup.parent == backup_folder() and backup.name.startswith(db_path.stem)
    assert "before-0001_dossier_core" in backup.name
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_dossier_core",
        )
        assert copy.execute("SELECT name FROM client").fetchall() == [("УралТяжМаш",)]
    finally:
        copy.close()


def test_a_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    Database.open(str(db_path)).close()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(DatabaseError, match="newer KAM Desktop"):
        Database.open(str(db_path))
    assert fingerprint(db_path) == before


def test_our_tables_without_a_schema_version_are_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE client (id TEXT PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO client VALUES ('x', 'Клиент')")
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(DatabaseError, match="no schema version"):
        Database.open(str(db_path))
    assert fingerprint(db_path) == before


# ---- files that are not ours ---------------------------------------------------------------
def write_text_file(path: Path) -> None:
    path.write_text("Список клиентов\nУралТяжМаш\n", encoding="utf-8")


def write_binary_file(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def write_json_file(path: Path) -> None:
    path.write_text(json.dumps({"clients": [{"name": "УралТяжМаш"}]}, ensure_ascii=False))


def write_foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('чужие данные')")
    conn.close()


def write_damaged_sqlite(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (write_text_file, "not a KAM Desktop database"),
        (write_binary_file, "not a KAM Desktop database"),
        (write_json_file, "not a KAM Desktop database"),
        (write_foreign_sqlite, "another application"),
        (write_damaged_sqlite, "not a KAM Desktop database"),
    ],
)
def test_a_file_that_is_not_ours_is_refused_untouched(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "user-file.db"
    make(path)
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match=message):
        Database.open(str(path))
    assert fingerprint(path) == before


def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        Database.open(str(tmp_path))
    with pytest.raises(DatabaseError, match="does not exist"):
        Database.open(str(tmp_path / "missing" / "kam.sqlite3"))
    assert not (tmp_path / "missing").exists()


def test_a_bad_url_or_missing_driver_is_a_database_error() -> None:
    with pytest.raises(DatabaseError):
        Database.open("nosuchdialect://host/db")
    with pytest.raises(DatabaseError):
        Database.open("postgresql+nosuchdriver://host/db")


def test_an_unreadable_file_is_refused(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if rerun_as_nobody(request):  # as root the file would be readable
        return
    path = tmp_path / "locked.db"
    write_foreign_sqlite(path)
    path.chmod(0)
    try:
        with pytest.raises(DatabaseError, match="Cannot read"):
            Database.open(str(path))
    finally:
        path.chmod(0o600)


def test_sqlalchemy_url_and_default_file_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url_db = Database.open(f"sqlite:///{tmp_path / 'by-url.sqlite3'}")
    url_db.close()
    assert (tmp_path / "by-url.sqlite3").exists()
    monkeypatch.setenv("KAM_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    default = Database.open(None)
    default.close()
    assert (tmp_path / "data" / "kam-desktop.sqlite3").exists()
