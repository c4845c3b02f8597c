"""The change log per record: written by every save and delete of a client, a member, an
interaction or a proposal, inside that save's unit of work; read as a dossier's history.

The author is this user's name in the team (``local_settings.user_name``), never the
operating-system account; "" when it was never set (the history says «name not set»). A save
that changes nothing the user can see writes no entry (storage writes no row either: the
version counter stays).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from kam_desktop.domain.change_log import (
    HISTORY_PAGE,
    IMPORT_SUFFIX,
    ChangeAction,
    ChangeEntry,
    EntityKind,
    HistoryPage,
)
from kam_desktop.domain.merge_fields import BOOKKEEPING, differing_fields
from kam_desktop.local_settings import user_name
from kam_desktop.services.database import Database
from kam_desktop.storage import change_log


def log_saved(
    s: Session,
    kind: EntityKind,
    entity_id: str,
    client_id: str | None,
    before: object | None,
    after: object,
    *,
    by_import: bool = False,
) -> None:
    """One entry for one save: created (``before`` None) or changed, with the changed fields."""
    if before is None:
        action, fields = ChangeAction.CREATED, []
    else:
        action, fields = ChangeAction.CHANGED, differing_fields(before, after)
        if not fields:
            return
    change_log.add_entry(s, kind, entity_id, client_id, action, fields, _author(by_import))


def log_created(
    s: Session, kind: EntityKind, entity_id: str, client_id: str | None, *, by_import: bool = False
) -> None:
    action = ChangeAction.CREATED
    change_log.add_entry(s, kind, entity_id, client_id, action, [], _author(by_import))


def log_fields(
    s: Session,
    kind: EntityKind,
    entity_id: str,
    client_id: str | None,
    fields: Sequence[str],
    *,
    by_import: bool = False,
) -> None:
    """A change whose fields the caller knows (a next step marked done, an imported record)."""
    action = ChangeAction.CHANGED
    change_log.add_entry(s, kind, entity_id, client_id, action, fields, _author(by_import))


def log_deleted(s: Session, kind: EntityKind, entity_id: str, client_id: str | None) -> None:
    change_log.add_entry(s, kind, entity_id, client_id, ChangeAction.DELETED, [], _author())


def imported_entry(
    kind: EntityKind, entity_id: str, client_id: str | None, fields: Sequence[str] | None = None
) -> dict[str, object]:
    """An import's entry as column values: created (``fields`` None) or changed, by «author
    (import)»."""
    action = ChangeAction.CREATED if fields is None else ChangeAction.CHANGED
    author = _author(by_import=True)
    return change_log.entry_values(kind, entity_id, client_id, action, fields or [], author)


# Exchange JSON keys that are not the records' field names (``exchange/codec.py``).
_JSON_FIELDS = {
    "role": "role_code",
    "reports_to": "reports_to_id",
    "participants": "member_ids",
    "consent": "consent_on",
    "reliability": "reliability_result",
}


def changed_keys(mine: Mapping[str, object] | None, theirs: Mapping[str, object]) -> list[str]:
    """The fields an import changed: the file's record against mine, both as exchange JSON."""
    if mine is None:
        return []
    changed = []
    for key in [*theirs, *(k for k in mine if k not in theirs)]:
        name = _JSON_FIELDS.get(key, key)
        if name not in BOOKKEEPING and mine.get(key) != theirs.get(key):
            changed.append(name)
    return changed


def _author(by_import: bool = False) -> str:
    name = user_name()
    return name + IMPORT_SUFFIX if by_import else name


class ChangeHistoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def page(self, client_id: str, limit: int = HISTORY_PAGE, offset: int = 0) -> HistoryPage:
        """The client's entries, newest first: its own, its people's, interactions', proposals'."""
        with self.db.session() as s:
            entries = change_log.client_entries(s, client_id, limit, offset)
            total = (
                len(entries) + offset
                if len(entries) < limit
                else change_log.count_entries(s, client_id)
            )
        return HistoryPage(entries, total)

    def last_change(self, entity_id: str) -> ChangeEntry | None:
        """Who saved this record last, and when (the conflict dialog names them)."""
        with self.db.session() as s:
            return change_log.last_entry(s, entity_id)
