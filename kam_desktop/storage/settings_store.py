"""The settings table (key → text): the one reader and writer every service uses."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.storage.models import SettingRow


def read_setting(s: Session, key: str) -> str | None:
    """The stored text, or None when the key was never set."""
    row = s.get(SettingRow, key)
    return row.value if row is not None else None


def every_setting(s: Session) -> dict[str, str]:
    """The whole settings table (a backup carries it)."""
    return {row.key: row.value for row in s.scalars(select(SettingRow))}


def write_setting(s: Session, key: str, value: str) -> None:
    """Insert or replace one key (in the caller's unit of work)."""
    row = s.get(SettingRow, key)
    if row is None:
        s.add(SettingRow(key=key, value=value))
    elif row.value != value:
        row.value = value


def replace_settings(s: Session, values: Mapping[str, str]) -> None:
    """Make the table hold exactly ``values`` (a restore: the backup's settings, no others)."""
    for row in s.scalars(select(SettingRow)):
        if row.key not in values:
            s.delete(row)
    write_settings(s, values)


def write_settings(s: Session, values: Mapping[str, str]) -> None:
    for key, value in values.items():
        write_setting(s, key, value)
