"""Where things live: user data dir, database URL, bundled resources.

Resources are found in three layouts: a source checkout (``<repo>/resources``), an installed
wheel (``kam_desktop/resources``, mapped by pyproject.toml) and a PyInstaller bundle
(``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from pathlib import Path

APP_NAME = "KAM Desktop"
APP_SLUG = "kam-desktop"
DATA_DIR_ENV = "KAM_DESKTOP_DATA_DIR"  # tests and portable installs redirect the data dir


def data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_SLUG, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "kam-desktop.sqlite3"


def log_path() -> Path:
    return data_dir() / "kam-desktop.log"


def database_file(db: str | None) -> Path | None:
    """The SQLite file ``--db`` names (a path, or a plain ``sqlite:///`` URL), else None."""
    if not db:
        return default_database_path()
    if db.startswith("sqlite:///") and "?" not in db:
        name = db[len("sqlite:///") :]
        return None if name in ("", ":memory:") else Path(name)
    if "://" in db:
        return None
    return Path(db).expanduser().resolve()


def database_url(db: str | None) -> str:
    """Turn ``--db`` (a file path or an SQLAlchemy URL) into an SQLAlchemy URL."""
    if not db:
        return f"sqlite:///{default_database_path()}"
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


_URL_PASSWORD = re.compile(r"(://[^/@:]*):[^/]*@")


def masked_url(db: str) -> str:
    """``db`` fit for a log line or a message: a password in a URL shows as ``***``."""
    return _URL_PASSWORD.sub(r"\1:***@", db)


@lru_cache(maxsize=1)
def resources_root() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # installed wheel
    candidates.append(here.parent / "resources")  # source checkout
    for candidate in candidates:
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError(f"KAM Desktop resources not found in {candidates}")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
