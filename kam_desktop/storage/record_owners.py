"""Which record an id names here, and under which parent: the lookups behind the import's
ownership check (``services/exchange_ownership.py`` keeps the rule and the messages).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import literal, select, text, union_all
from sqlalchemy.orm import Session

from kam_desktop.storage.models import (
    ClientRow,
    ContactRow,
    Entity,
    FamilyRow,
    InteractionRow,
    MemberRow,
    OurCompanyRow,
    TeamMemberRow,
    TenderRow,
)
from kam_desktop.storage.proposal_models import (
    ArgumentRow,
    CatalogueItemRow,
    ProposalLineRow,
    ProposalRow,
    RefereeRow,
    SimilarProjectRow,
)

LOOKUP_CHUNK = 400  # ids per query: each id is bound once per table (SQLite's variable cap)

# kind → (model, column naming the parent or None, column that names the record, parent kind)
KINDS: dict[str, tuple[type[Entity], str | None, str, str | None]] = {
    "client": (ClientRow, None, "name", None),
    "tender": (TenderRow, "client_id", "title", "client"),
    "member": (MemberRow, "client_id", "full_name", "client"),
    "contact": (ContactRow, "member_id", "value", "member"),
    "family": (FamilyRow, "member_id", "name", "member"),
    "interaction": (InteractionRow, "client_id", "summary", "client"),
    "proposal": (ProposalRow, "client_id", "number", "client"),
    "line": (ProposalLineRow, "proposal_id", "description", "proposal"),
    "team_member": (TeamMemberRow, None, "full_name", None),
    "company": (OurCompanyRow, None, "name", None),
    "catalogue_item": (CatalogueItemRow, None, "name", None),
    "similar_project": (SimilarProjectRow, None, "client_company", None),
    "referee": (RefereeRow, "project_id", "full_name", "similar_project"),
    "argument_block": (ArgumentRow, None, "title", None),
}

Found = dict[str, list[tuple[str, str, str | None]]]


def kinds_with_rows(s: Session) -> list[str]:
    """The kinds whose table holds any row: an empty table cannot own anything."""
    # One plain statement (fixed table names, portable SQL): 14 ORM queries cost 30 ms to
    # compile.
    probes = ", ".join(
        f"EXISTS (SELECT 1 FROM {model.__tablename__})" for model, *_rest in KINDS.values()
    )
    filled = s.execute(text(f"SELECT {probes}")).one()
    return [kind for kind, has_rows in zip(KINDS, filled, strict=True) if has_rows]


def lookup(s: Session, kinds: Sequence[str], ids: Sequence[str]) -> Found:
    """Lower-case id → [(kind, id as stored, parent id)] of my records of those kinds."""
    found: Found = {}
    for start in range(0, len(ids), LOOKUP_CHUNK):
        chunk = list(ids[start : start + LOOKUP_CHUNK])
        parts = []
        for kind in kinds:
            model, parent, *_rest = KINDS[kind]
            table = model.__table__
            owner = table.c[parent] if parent else literal(None)
            parts.append(select(literal(kind), table.c.id, owner).where(table.c.id.in_(chunk)))
        for kind, record_id, owner in s.execute(union_all(*parts)):
            found.setdefault(record_id.lower(), []).append((kind, record_id, owner))
    return found


def label_and_parent(s: Session, kind: str, record_id: str) -> tuple[object, str | None] | None:
    """(the value that names the record, its parent's id) — None when there is no record."""
    model, parent, label_column, _parent_kind = KINDS[kind]
    row = s.get(model, record_id)
    if row is None:
        return None
    return getattr(row, label_column), getattr(row, parent) if parent else None
