"""The change log of a dossier as the services hand it out: who changed which fields of which
record, and when. Field names only, never values (an erased person leaves nothing in it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

HISTORY_PAGE = 200  # entries the dossier's history shows at first (newest first)
IMPORT_SUFFIX = " (import)"  # appended to the author of rows an import wrote


class EntityKind(StrEnum):
    CLIENT = "client"
    MEMBER = "member"
    INTERACTION = "interaction"
    PROPOSAL = "proposal"


class ChangeAction(StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class RecordName:
    """What a logged record is called now, in parts the GUI words and formats; all empty
    when the record is gone (deleted or erased)."""

    text: str = ""  # a client's or person's name, an interaction's summary, a proposal's number
    on: date | None = None  # an interaction's date
    kind: str = ""  # an interaction's kind (``InteractionKind`` value)


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    changed_at: datetime  # UTC
    author: str  # "" when the user had not set a name in the team
    kind: EntityKind
    entity_id: str
    action: ChangeAction
    fields: list[str] = field(default_factory=list)
    record: RecordName = field(default_factory=RecordName)
    by_import: bool = False


@dataclass(frozen=True, slots=True)
class HistoryPage:
    entries: list[ChangeEntry]
    total: int  # entries of the client in all


# (kind, id) → version counter of the records an open dossier shows: what the window polls.
RecordVersions = dict[tuple[EntityKind, str], int]


@dataclass(frozen=True, slots=True)
class PollStamps:
    """One cheap read of what others may have changed: the client list as a whole (count,
    version sum, last update) and, with a dossier open, its records' version counters."""

    clients: tuple[object, ...]
    records: RecordVersions | None = None
