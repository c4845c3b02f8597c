"""Portable backups (``backup --out FILE.kamdossier``; the only kind a server database has) and
their restore, in a subprocess: clients, people and the settings table survive SQLite → file
→ SQLite, and — when ``KAM_TEST_POSTGRES_URL`` names a server — PostgreSQL → file → SQLite →
file → PostgreSQL. What cannot be done is refused with one line, exit 2, nothing changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kam_desktop.services.backups import BackupService
from kam_desktop.services.database import Database
from tests.cli.test_cli import assert_one_line_error, run_cli

# Settings a user changes: they must come back with the dossiers.
CHOSEN = {"proposal.validity_days": "45", "agenda.notify_daily": "0"}


def contents(db_arg: str) -> dict[str, object]:
    """What must survive a round trip, read through our own opening code."""
    db = Database.open(db_arg)
    try:
        with db.engine.connect() as conn:

            def rows(sql: str) -> list[tuple]:
                return sorted(tuple(row) for row in conn.execute(text(sql)))

            return {
                "clients": rows("SELECT id, name FROM client"),
                "people": rows("SELECT id, client_id, full_name, position FROM member"),
                "interactions": rows("SELECT id, client_id FROM interaction"),
                "proposals": rows("SELECT id, number FROM proposal"),
                "team": rows("SELECT id FROM team_member"),
                "settings": dict(rows("SELECT key, value FROM setting")),
            }
    finally:
        db.close()


def choose_settings(db_arg: str) -> None:
    db = Database.open(db_arg)
    try:
        BackupService(db).set_keep(5)
        with db.session() as s:
            from kam_desktop.storage.settings_store import write_settings

            write_settings(s, CHOSEN)
    finally:
        db.close()


def demo(db_arg: str) -> None:
    result = run_cli("--db", db_arg, "demo")
    assert result.returncode == 0, result.stderr
    choose_settings(db_arg)


def test_sqlite_to_a_portable_backup_and_into_a_new_file(tmp_path: Path) -> None:
    source = str(tmp_path / "office.sqlite3")
    demo(source)
    backup = tmp_path / "office.kamdossier"
    written = run_cli("--db", source, "backup", "--out", str(backup))
    assert written.returncode == 0, written.stderr
    assert "clients: 7" in written.stdout

    target = tmp_path / "laptop.sqlite3"
    restored = run_cli("--db", str(target), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    before, after = contents(source), contents(str(target))
    assert after == before
    assert after["settings"]["backup.keep"] == "5"
    assert CHOSEN.items() <= after["settings"].items()
    assert len(after["people"]) == 17


def test_restoring_over_a_file_keeps_the_one_it_replaces(tmp_path: Path) -> None:
    source = str(tmp_path / "office.sqlite3")
    demo(source)
    backup = tmp_path / "office.kamdossier"
    assert run_cli("--db", source, "backup", "--out", str(backup)).returncode == 0
    other = tmp_path / "other.sqlite3"
    run_cli("--db", str(other), "search", "x")  # creates an empty database
    db = Database.open(str(other))
    try:
        from kam_desktop.domain.dossier import Client
        from kam_desktop.services.dossiers import DossierService

        DossierService(db).save_client(Client("Клиент, которого нет в копии"))
    finally:
        db.close()

    restored = run_cli("--db", str(other), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    kept = Path(restored.stdout.splitlines()[-1].rsplit(" ", 1)[-1])
    assert "before-restore" in kept.name
    assert contents(str(other))["clients"] == contents(source)["clients"]
    names = [name for _id, name in contents(str(kept))["clients"]]
    assert names == ["Клиент, которого нет в копии"]


def test_a_plain_export_is_imported_not_restored(tmp_path: Path) -> None:
    source = str(tmp_path / "office.sqlite3")
    demo(source)
    export = tmp_path / "handover.kamdossier"
    assert run_cli("--db", source, "export", "--all", "--out", str(export)).returncode == 0
    target = tmp_path / "laptop.sqlite3"
    line = assert_one_line_error(run_cli("--db", str(target), "restore", str(export)))
    assert "use import" in line or "with import" in line
    assert not target.exists()


def test_an_encrypted_portable_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = str(tmp_path / "office.sqlite3")
    demo(source)
    monkeypatch.setenv("KAM_BACKUP_PASSWORD", "длинный пароль")
    backup = tmp_path / "office.kamdossier"
    written = run_cli(
        "--db", source, "backup", "--out", str(backup), "--password-env", "KAM_BACKUP_PASSWORD"
    )
    assert written.returncode == 0, written.stderr
    assert not backup.read_bytes().startswith(b"PK")
    target = tmp_path / "laptop.sqlite3"
    assert_one_line_error(run_cli("--db", str(target), "restore", str(backup)))
    restored = run_cli(
        "--db", str(target), "restore", str(backup), "--password-env", "KAM_BACKUP_PASSWORD"
    )
    assert restored.returncode == 0, restored.stderr
    assert contents(str(target))["clients"] == contents(source)["clients"]
    # A file copy cannot be encrypted: said, and nothing written.
    plain_copy = tmp_path / "office.kambackup"
    line = assert_one_line_error(
        run_cli(
            "--db",
            source,
            "backup",
            "--out",
            str(plain_copy),
            "--password-env",
            "KAM_BACKUP_PASSWORD",
        )
    )
    assert ".kamdossier" in line and not plain_copy.exists()


# ---- PostgreSQL ------------------------------------------------------------------------------
@pytest.fixture
def server(postgres_server_url: str) -> Iterator[str]:
    """An empty database on the PostgreSQL pass's server, its schema emptied after too."""
    yield postgres_server_url
    empty_schema(postgres_server_url)


def test_postgres_to_sqlite_and_back(server: str, tmp_path: Path) -> None:
    demo(server)
    original = contents(server)
    assert len(original["clients"]) == 7

    from_server = tmp_path / "team.kamdossier"
    written = run_cli("--db", server, "backup", "--out", str(from_server))
    assert written.returncode == 0, written.stderr
    laptop = tmp_path / "laptop.sqlite3"
    restored = run_cli("--db", str(laptop), "restore", str(from_server))
    assert restored.returncode == 0, restored.stderr
    assert contents(str(laptop)) == original

    from_laptop = tmp_path / "laptop.kamdossier"
    assert run_cli("--db", str(laptop), "backup", "--out", str(from_laptop)).returncode == 0
    # The server still holds its clients: a restore would mix two databases; refused.
    line = assert_one_line_error(run_cli("--db", server, "restore", str(from_laptop)))
    assert "import" in line
    assert contents(server) == original

    # A copy of the SQLite file is no backup for a server: said what to do instead.
    file_copy = tmp_path / "laptop.kambackup"
    assert run_cli("--db", str(laptop), "backup", "--out", str(file_copy)).returncode == 0
    line = assert_one_line_error(run_cli("--db", server, "restore", str(file_copy)))
    assert "FILE.kamdossier" in line

    empty_schema(server)
    back = run_cli("--db", server, "restore", str(from_laptop))
    assert back.returncode == 0, back.stderr
    assert contents(server) == original
    from sqlalchemy.engine import make_url

    password = make_url(server).password
    assert not password or f":{password}@" not in back.stdout + back.stderr


def empty_schema(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
