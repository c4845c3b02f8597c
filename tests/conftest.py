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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite files themselves; left out of the PostgreSQL pass"
    )


# A test that takes one of these runs in the PostgreSQL pass too.
DATABASE_FIXTURES = {"db", "database_arg", "module_database_arg"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL pass (tests/postgres.py) keeps the tests that take a database fixture."""
    from tests.postgres import PASS_DIRECTORIES, postgres_url

    if postgres_url() is None:
        return
    kept, left = [], []
    for item in items:
        parts = Path(str(item.path)).relative_to(ROOT / "tests").parts
        names = set(getattr(item, "fixturenames", ()))
        wanted = (
            (parts[0] in PASS_DIRECTORIES and bool(DATABASE_FIXTURES & names))
            or "postgres_server_url" in names
        ) and item.get_closest_marker("sqlite_only") is None
        (kept if wanted else left).append(item)
    config.hook.pytest_deselected(items=left)
    items[:] = kept


@pytest.fixture(scope="session")
def postgres_work():
    """The PostgreSQL pass: the session's work database (tests/postgres.py), else None."""
    from tests.postgres import WorkDatabase, postgres_url, template_url

    url = postgres_url()
    if url is None:
        yield None
        return
    template_url(url)
    work = WorkDatabase(url)
    yield work
    work.close()


@pytest.fixture
def database_arg(db_path: Path, empty_database_file: Path, postgres_work) -> str:
    """What ``--db`` gets in this pass: an SQLite file copied from the empty template, or the
    PostgreSQL work database emptied for this test."""
    import shutil

    if postgres_work is not None:
        return postgres_work.reset()
    shutil.copyfile(empty_database_file, db_path)
    return str(db_path)


@pytest.fixture(scope="module")
def module_database_arg(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    empty_database_file: Path,
    postgres_work,
):
    """A database for one module's tests to share (e.g. a demo portfolio they only read): an
    SQLite file, or a PostgreSQL database of its own in that pass."""
    import shutil

    from tests.postgres import copy_of_template, drop, postgres_url

    url = postgres_url()
    if url is not None and postgres_work is not None:
        name = request.module.__name__.rsplit(".", 1)[-1]
        shared = copy_of_template(url, name)
        yield shared
        drop(shared)
        return
    path = tmp_path_factory.mktemp("module-db") / "shared.sqlite3"
    shutil.copyfile(empty_database_file, path)
    yield str(path)


@pytest.fixture
def postgres_server_url(postgres_work):
    """An empty database of its own on the PostgreSQL pass's server, for tests of talking to a
    server (the connection check, moving a team database); skipped in the SQLite pass."""
    from tests.postgres import drop, empty_database, postgres_url

    url = postgres_url()
    if url is None or postgres_work is None:
        pytest.skip("runs in the PostgreSQL pass (KAM_TEST_POSTGRES_URL)")
    own = empty_database(url, "server")
    yield own
    drop(own)


@pytest.fixture
def db(database_arg: str):
    from kam_desktop.services.database import Database

    database = Database.open(database_arg)
    yield database
    database.close()


@pytest.fixture
def dossiers(db):
    from kam_desktop.services.dossiers import DossierService

    return DossierService(db)
