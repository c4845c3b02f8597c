"""Shared fixtures. Qt is forced offscreen and user dirs go to a temp dir before anything runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KAM_DESKTOP_DATA_DIR"] = str(
    Path(os.environ.get("TMPDIR", "/tmp")) / f"kam-tests-{os.getpid()}"
)

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir (settings, logs, default database)."""
    data = tmp_path / "data"
    monkeypatch.setenv("KAM_DESKTOP_DATA_DIR", str(data))
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kam.sqlite3"


@pytest.fixture(scope="session")
def empty_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head for the whole run: creating one costs ~0.15 s, a copy
    ~5 ms, and most tests start from an empty database (migrations have their own tests)."""
    from kam_desktop.services.database import Database

    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    Database.open(str(path)).close()
    return path


@pytest.fixture
def db(db_path: Path, empty_database_file: Path):
    import shutil

    from kam_desktop.services.database import Database

    shutil.copyfile(empty_database_file, db_path)
    database = Database.open(str(db_path))
    yield database
    database.close()


@pytest.fixture
def dossiers(db):
    from kam_desktop.services.dossiers import DossierService

    return DossierService(db)
