"""The first screen read with sqlite3 equals what the dossier service lists and counts, and
every file that the usual opening must look at (new, older schema, not ours) gets None."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.services.dossiers import DossierService
from kam_desktop.storage.db import create_db_engine
from kam_desktop.storage.first_screen import read_first_screen
from kam_desktop.storage.migrate import upgrade_to_head

# The first screen is read straight from the SQLite file before the engine starts.
pytestmark = pytest.mark.sqlite_only


def test_the_first_page_and_count_equal_the_service(db, dossiers: DossierService) -> None:
    for name in ("Бета", "альфа", "Northwind", "Бета", "Ёлка"):
        dossiers.save_client(Client(name, status=ClientStatus.KEY, region="Урал"))
    share = dossiers.save_client(Client("Моно", sales_share_pct=Decimal("80.5")))
    dossiers.save_member(Member("Иван Петров", share.id))
    for page_size in (2, 4, 200):
        first = read_first_screen(db.path, page_size)
        assert first is not None
        assert first.clients == dossiers.list_clients(limit=page_size)
        assert first.total == dossiers.count_clients() == 6
        assert first.read_only is False


def test_an_empty_database_at_head_has_an_empty_first_screen(db) -> None:
    first = read_first_screen(db.path, 200)
    assert first is not None and first.clients == [] and first.total == 0


def test_new_older_and_foreign_files_take_the_usual_path(tmp_path: Path) -> None:
    assert read_first_screen(tmp_path / "missing.sqlite3", 200) is None
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert read_first_screen(empty, 200) is None
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 50, encoding="utf-8")
    assert read_first_screen(notes, 200) is None
    older = tmp_path / "older.sqlite3"
    engine = create_db_engine(f"sqlite:///{older}")
    try:
        upgrade_to_head(engine, target="0006_proposal_content")
    finally:
        engine.dispose()
    before = older.read_bytes()
    assert read_first_screen(older, 200) is None
    assert older.read_bytes() == before


def test_the_first_screen_and_the_window_modules_import_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import kam_desktop.storage.first_screen, kam_desktop.gui.app, kam_desktop.gui.main_window\n"
        "import kam_desktop.gui.deferred_open\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "assert not loaded, loaded[:5]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
