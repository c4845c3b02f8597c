"""This user's own settings on this computer, kept beside the data dir's other files.

They are not in the database because in team mode the database is shared: the name a user
goes by in the team (what change logs, erasure logs and exports show, never the operating-system
account) and the team database they connect to are each user's own. Passwords are never here;
they live in the system keyring (``services/team.py``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from kam_desktop.files import write_atomically
from kam_desktop.paths import data_dir

FILE_NAME = "user.json"
USER_NAME_ENV = "KAM_DESKTOP_USER"  # scripts and tests name the user without a settings file
MAX_NAME = 200  # the width of the logs' author columns
TEAM_DATABASE_KEY = "team_database"  # the team database's URL, never with its password


def settings_path() -> Path:
    return data_dir() / FILE_NAME


def read_all() -> dict[str, Any]:
    """The stored settings; a missing or damaged file reads as none (they are re-entered)."""
    try:
        loaded = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def write_value(key: str, value: object) -> None:
    values = read_all()
    values[key] = value
    text = json.dumps(values, ensure_ascii=False, indent=2)
    write_atomically(settings_path(), text.encode("utf-8"))


def remove_value(key: str) -> None:
    values = read_all()
    if values.pop(key, None) is not None:
        text = json.dumps(values, ensure_ascii=False, indent=2)
        write_atomically(settings_path(), text.encode("utf-8"))


def team_database_url() -> str | None:
    """The team database this user chose (``services/team.py`` owns it), or None. Read here
    without SQLAlchemy: the window's start decides with it before importing the storage."""
    value = read_all().get(TEAM_DATABASE_KEY)
    return value if isinstance(value, str) and value.startswith("postgresql") else None


def user_name() -> str:
    """The name this user goes by in the team, or "" when it was never set."""
    override = os.environ.get(USER_NAME_ENV)
    if override is not None:
        return override.strip()[:MAX_NAME]
    value = read_all().get("user_name", "")
    return value.strip()[:MAX_NAME] if isinstance(value, str) else ""


def set_user_name(name: str) -> None:
    write_value("user_name", name.strip()[:MAX_NAME])
