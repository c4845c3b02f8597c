"""The settings table (key → text): the one reader and writer every service uses."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from kam_desktop.storage.models import SettingRow


def read_setting(s: Session, key: str) -> str | None:
    """The stored text, or None when the key was never set."""
    row = s.get(SettingRow, key)
    return row.value if row is not None else None


def write_setting(s: Session, key: str, value: str) -> None:
    """Insert or replace one key (in the caller's unit of work)."""
    row = s.get(SettingRow, key)
    if row is None:
        s.add(SettingRow(key=key, value=value))
    elif row.value != value:
        row.value = value


def write_settings(s: Session, values: Mapping[str, str]) -> None:
    for key, value in values.items():
        write_setting(s, key, value)
