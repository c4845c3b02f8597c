"""The sync ledger: per record, the fingerprints of the states last exchanged (sent or received).

Kept in the settings table, one JSON object per client (``exchange.synced.<client id>``) plus
one for the shared records (team, company, proposal library). The merge rule that reads it is
in ``exchange/merge.py``; why it works without a shared base: docs/dossier-format.md.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.storage.models import SettingRow

LEDGER_PREFIX = "exchange.synced."  # + client id, or "shared"; value: {record id: [fp, …]}
SHARED_LEDGER = "shared"
HISTORY_LENGTH = 4
# An entry for another form of a record is named ``<record id>#<form>`` (exchange/personal.py:
# ``#business``, the record without the personal layer); forgetting a record forgets them all.
FORM_SEPARATOR = "#"
PRELOAD_CHUNK = 500  # keys per IN (…) query


def push_history(history: list[str], fp: str) -> list[str]:
    """``fp`` first, then the older states, at most ``HISTORY_LENGTH``."""
    return [fp, *[h for h in history if h != fp]][:HISTORY_LENGTH]


def _group_of(value: str | None) -> dict[str, list[str]]:
    try:
        group = json.loads(value) if value else {}
    except ValueError:
        group = {}
    return group if isinstance(group, dict) else {}


class SyncLedger:
    """Per-record fingerprints of the states last exchanged, kept in the settings table."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._groups: dict[str, dict[str, list[str]]] = {}
        self._dirty: set[str] = set()

    def group(self, key: str) -> dict[str, list[str]]:
        if key not in self._groups:
            row = self._s.get(SettingRow, LEDGER_PREFIX + key)
            self._groups[key] = _group_of(row.value if row else None)
        return self._groups[key]

    def preload(self, keys: list[str]) -> None:
        """Read many groups in one query (export reads one group per client)."""
        wanted = {LEDGER_PREFIX + k: k for k in keys if k not in self._groups}
        found = dict.fromkeys(wanted.values(), "{}")
        for start in range(0, len(wanted), PRELOAD_CHUNK):
            chunk = list(wanted)[start : start + PRELOAD_CHUNK]
            for key, value in self._s.execute(
                select(SettingRow.key, SettingRow.value).where(SettingRow.key.in_(chunk))
            ):
                found[wanted[key]] = value
        for key, value in found.items():
            self._groups[key] = _group_of(value)

    def history(self, key: str, record_id: str) -> list[str]:
        return list(self.group(key).get(record_id, []))

    def record(self, key: str, record_id: str, fp: str) -> None:
        group = self.group(key)
        new = push_history(group.get(record_id, []), fp)
        if group.get(record_id) != new:
            group[record_id] = new
            self._dirty.add(key)

    def forget(self, key: str, record_ids: list[str]) -> None:
        """Drop the records' histories (an erased person: even their hashes go), those of
        their other forms too (``<id>#business``: exchanged without the personal layer)."""
        group = self.group(key)
        wanted = set(record_ids)
        for entry in [e for e in group if e.split(FORM_SEPARATOR, 1)[0] in wanted]:
            del group[entry]
            self._dirty.add(key)

    def save(self, release: bool = False) -> None:
        """Write changed groups; ``release`` forgets the saved client groups (memory)."""
        for key in self._dirty:
            value = json.dumps(self._groups[key], separators=(",", ":"))
            row = self._s.get(SettingRow, LEDGER_PREFIX + key)
            if row is None:
                self._s.add(SettingRow(key=LEDGER_PREFIX + key, value=value))
            else:
                row.value = value
        if release:
            for key in self._dirty - {SHARED_LEDGER}:
                del self._groups[key]
        self._dirty.clear()
