"""The change log's rows: one per saved or deleted record, written in the save's own unit of
work (so a rolled-back save leaves no entry), read newest first for a dossier's history.

Only field names are stored. What a record is called (a person's name, an interaction's date
and subject) is read from the record itself when the history is shown, so a deleted or erased
record leaves its entries nameless.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.change_log import (
    IMPORT_SUFFIX,
    ChangeAction,
    ChangeEntry,
    EntityKind,
    RecordName,
)
from kam_desktop.storage.models import ClientRow, InteractionRow, MemberRow, utcnow
from kam_desktop.storage.proposal_models import ProposalRow
from kam_desktop.storage.team_models import ChangeLogRow

AUTHOR_WIDTH = 200  # the author column's width


CHANGE_LOG = cast(Table, ChangeLogRow.__table__)  # an import batches its entries


def entry_values(
    kind: EntityKind,
    entity_id: str,
    client_id: str | None,
    action: ChangeAction,
    fields: Sequence[str],
    author: str,
) -> dict[str, object]:
    """One entry as column values (an import batches them with its new dossiers' rows)."""
    return {
        "client_id": client_id,
        "entity_kind": kind.value,
        "entity_id": entity_id,
        "action": action.value,
        "fields": json.dumps(list(fields)),
        "author": author[:AUTHOR_WIDTH],
        "changed_at": utcnow(),
    }


def add_entry(
    s: Session,
    kind: EntityKind,
    entity_id: str,
    client_id: str | None,
    action: ChangeAction,
    fields: Sequence[str],
    author: str,
) -> None:
    s.add(ChangeLogRow(**entry_values(kind, entity_id, client_id, action, fields, author)))


def count_entries(s: Session, client_id: str) -> int:
    stmt = select(func.count(ChangeLogRow.id)).where(ChangeLogRow.client_id == client_id)
    return s.execute(stmt).scalar_one()


def client_entries(s: Session, client_id: str, limit: int, offset: int = 0) -> list[ChangeEntry]:
    """One page of the client's entries, newest first, each with its record's current name."""
    rows = s.execute(
        select(ChangeLogRow)
        .where(ChangeLogRow.client_id == client_id)
        .order_by(ChangeLogRow.changed_at.desc(), ChangeLogRow.id.desc())
        .limit(limit)
        .offset(offset)
    ).scalars()
    entries = [_entry(row) for row in rows]
    names = _names(s, entries)
    return [replace(e, record=names.get((e.kind, e.entity_id), RecordName())) for e in entries]


def last_entry(s: Session, entity_id: str) -> ChangeEntry | None:
    """The newest entry of one record (who changed it last, and when)."""
    row = s.execute(
        select(ChangeLogRow)
        .where(ChangeLogRow.entity_id == entity_id)
        .order_by(ChangeLogRow.changed_at.desc(), ChangeLogRow.id.desc())
        .limit(1)
    ).scalar()
    return _entry(row) if row is not None else None


def _entry(row: ChangeLogRow) -> ChangeEntry:
    author, by_import = row.author, row.author.endswith(IMPORT_SUFFIX)
    if by_import:
        author = author[: -len(IMPORT_SUFFIX)]
    try:
        fields = [str(f) for f in json.loads(row.fields or "[]")]
    except (ValueError, TypeError):
        fields = []
    return ChangeEntry(
        row.changed_at,
        author,
        EntityKind(row.entity_kind),
        row.entity_id,
        ChangeAction(row.action),
        fields,
        by_import=by_import,
    )


def _names(s: Session, entries: list[ChangeEntry]) -> dict[tuple[EntityKind, str], RecordName]:
    """The current names of the records a page mentions: one query per kind of record."""
    wanted: dict[EntityKind, set[str]] = {}
    for e in entries:
        wanted.setdefault(e.kind, set()).add(e.entity_id)
    found: dict[tuple[EntityKind, str], RecordName] = {}
    kinds = EntityKind
    if ids := wanted.get(kinds.CLIENT):
        for i, name in s.execute(select(ClientRow.id, ClientRow.name).where(ClientRow.id.in_(ids))):
            found[(kinds.CLIENT, i)] = RecordName(name)
    if ids := wanted.get(kinds.MEMBER):
        stmt = select(MemberRow.id, MemberRow.full_name).where(MemberRow.id.in_(ids))
        for i, name in s.execute(stmt):
            found[(kinds.MEMBER, i)] = RecordName(name)
    if ids := wanted.get(kinds.INTERACTION):
        met = select(
            InteractionRow.id,
            InteractionRow.summary,
            InteractionRow.occurred_on,
            InteractionRow.kind,
        ).where(InteractionRow.id.in_(ids))
        for i, summary, on, kind in s.execute(met):
            found[(kinds.INTERACTION, i)] = RecordName(summary, on, kind)
    if ids := wanted.get(kinds.PROPOSAL):
        numbers = select(ProposalRow.id, ProposalRow.number, ProposalRow.revision).where(
            ProposalRow.id.in_(ids)
        )
        for i, number, revision in s.execute(numbers):
            found[(kinds.PROPOSAL, i)] = RecordName(
                number if revision <= 1 else f"{number}/{revision}"
            )
    return found
