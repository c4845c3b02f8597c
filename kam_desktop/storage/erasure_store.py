"""Erasing one person: what the database holds of them, and removing it in the caller's unit of
work; then making SQLite forget the deleted bytes.

Deleting the member row cascades (foreign keys) to their contacts, family, participations,
informal links and map position, sets ``next_step.member_id`` and their reports'
``reports_to_id`` to NULL, and the triggers of migration 0010 drop their ``member_contact`` row.
This module adds what no foreign key reaches: mentions in the client's free texts, the change
log (keyed by entity id, no foreign key), proposals (addressees are JSON lists), the sync
ledger's hashes, the search index, and the bytes SQLite keeps after a delete (free pages, FTS5
segments, the WAL).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, func, or_, select, text
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain.erasure import ErasurePlan, mentions, redact_snapshot, scrub
from kam_desktop.domain.proposal import ProposalStatus
from kam_desktop.storage import client_store
from kam_desktop.storage.cockpit_models import MemberLinkRow, NextStepRow
from kam_desktop.storage.models import (
    ClientRow,
    ContactRow,
    FamilyRow,
    InteractionRow,
    MemberRow,
    TenderRow,
    interaction_member,
)
from kam_desktop.storage.proposal_models import ProposalRow
from kam_desktop.storage.sync_ledger import SyncLedger
from kam_desktop.storage.team_models import ChangeLogRow, ErasureLogRow

log = logging.getLogger(__name__)

# Free-text columns where a KAM may have written about someone (by table).
INTERACTION_TEXTS = ("summary", "next_step")
MEMBER_TEXTS = (
    "notes", "decision_style", "concerns", "values", "likes", "dislikes", "topics_to_avoid",
    "hobbies", "preferred_channel",
)  # fmt: skip
CLIENT_TEXTS = (
    "strategy", "weak_points", "growth_areas", "buying_process", "competitors",
    "reliability_notes",
)  # fmt: skip
TENDER_TEXTS = ("title", "notes")
DRAFT_TEXTS = ("title", "business_understanding", "goals")  # a draft's own texts, not sent yet


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """Who is erased: what finds their rows and their mentions."""

    member_id: str
    client_id: str
    full_name: str
    family_names: tuple[str, ...]
    contact_values: tuple[str, ...]
    record_ids: tuple[str, ...]  # the member, their contacts and family (change-log keys)


def person_facts(s: Session, member_id: str) -> PersonFacts | None:
    row = s.get(
        MemberRow,
        member_id,
        options=(selectinload(MemberRow.contacts), selectinload(MemberRow.family)),
    )
    if row is None:
        return None
    return PersonFacts(
        member_id=row.id,
        client_id=row.client_id,
        full_name=row.full_name,
        family_names=tuple(f.name for f in row.family),
        contact_values=tuple(c.value for c in row.contacts),
        record_ids=(row.id, *[c.id for c in row.contacts], *[f.id for f in row.family]),
    )


def _texts(row: object, columns: Iterable[str]) -> list[str]:
    return [getattr(row, c) or "" for c in columns]


def _mentioned(row: object, columns: Iterable[str], pattern: re.Pattern[str] | None) -> bool:
    return any(mentions(t, pattern) for t in _texts(row, columns))


def _addressed(s: Session, facts: PersonFacts) -> list[ProposalRow]:
    rows = s.scalars(select(ProposalRow).where(ProposalRow.client_id == facts.client_id))
    return [r for r in rows if facts.member_id in (r.addressee_ids or [])]


def _others_with_texts(s: Session, facts: PersonFacts) -> list[tuple[object, tuple[str, ...]]]:
    """The client's other records with free text, each with its text columns."""
    found: list[tuple[object, tuple[str, ...]]] = []
    client = s.get(ClientRow, facts.client_id)
    if client is not None:
        found.append((client, CLIENT_TEXTS))
    for tender in s.scalars(select(TenderRow).where(TenderRow.client_id == facts.client_id)):
        found.append((tender, TENDER_TEXTS))
    others = s.scalars(
        select(MemberRow)
        .where(MemberRow.client_id == facts.client_id, MemberRow.id != facts.member_id)
        .options(selectinload(MemberRow.family))
    )
    for member in others:
        found.append((member, MEMBER_TEXTS))
        found += [(relative, ("notes",)) for relative in member.family]
    for step in s.scalars(select(NextStepRow).where(NextStepRow.client_id == facts.client_id)):
        found.append((step, ("title",)))
    for proposal in s.scalars(
        select(ProposalRow).where(
            ProposalRow.client_id == facts.client_id,
            ProposalRow.status == ProposalStatus.DRAFT.value,
        )
    ):
        found.append((proposal, DRAFT_TEXTS))
    return found


def _interactions(s: Session, client_id: str) -> list[InteractionRow]:
    return list(s.scalars(select(InteractionRow).where(InteractionRow.client_id == client_id)))


def _count(s: Session, stmt) -> int:
    return int(s.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def erasure_plan(s: Session, facts: PersonFacts, pattern: re.Pattern[str] | None) -> ErasurePlan:
    """What ``erase_person`` would remove or change, counted; nothing is written."""
    took_part = {
        r[0]
        for r in s.execute(
            select(interaction_member.c.interaction_id).where(
                interaction_member.c.member_id == facts.member_id
            )
        )
    }
    mentioning = [
        i.id for i in _interactions(s, facts.client_id) if _mentioned(i, INTERACTION_TEXTS, pattern)
    ]
    addressed = _addressed(s, facts)
    return ErasurePlan(
        name=facts.full_name,
        contacts=_count(s, select(ContactRow.id).where(ContactRow.member_id == facts.member_id)),
        family=_count(s, select(FamilyRow.id).where(FamilyRow.member_id == facts.member_id)),
        interactions_taken_part=len(took_part),
        interactions_mentioning=len(mentioning),
        other_texts_mentioning=sum(
            1 for row, cols in _others_with_texts(s, facts) if _mentioned(row, cols, pattern)
        ),
        change_log_entries=_count(
            s, select(ChangeLogRow.id).where(ChangeLogRow.entity_id.in_(facts.record_ids))
        ),
        planned_steps=_count(
            s, select(NextStepRow.id).where(NextStepRow.member_id == facts.member_id)
        ),
        links=_count(
            s,
            select(MemberLinkRow.id).where(
                or_(
                    MemberLinkRow.from_member_id == facts.member_id,
                    MemberLinkRow.to_member_id == facts.member_id,
                )
            ),
        ),
        reports=_count(s, select(MemberRow.id).where(MemberRow.reports_to_id == facts.member_id)),
        draft_proposals=sum(1 for p in addressed if p.status == ProposalStatus.DRAFT.value),
        sent_proposals=sum(1 for p in addressed if p.status != ProposalStatus.DRAFT.value),
    )


def _scrub_row(row: object, columns: Iterable[str], clean: Callable[[str], str]) -> None:
    for column in columns:
        old = getattr(row, column) or ""
        new = clean(old)
        if new != old:  # only a changed record gets a new version
            setattr(row, column, new)


def erase_person(
    s: Session,
    facts: PersonFacts,
    pattern: re.Pattern[str] | None,
    marker: str,
    erased_by: str,
) -> None:
    """Remove the person everywhere, in the caller's unit of work (one transaction)."""
    secure_delete(s, True)

    def clean(value: str) -> str:
        return scrub(value, pattern, marker)

    for proposal in _addressed(s, facts):
        if proposal.status == ProposalStatus.DRAFT.value:
            # Not sent: the person is simply no longer an addressee, nor their own edition.
            proposal.addressee_ids = [i for i in proposal.addressee_ids if i != facts.member_id]
            proposal.tailoring = {
                k: v for k, v in (proposal.tailoring or {}).items() if k != facts.member_id
            }
        elif proposal.snapshot:
            proposal.snapshot = redact_snapshot(proposal.snapshot, facts.member_id)
    for interaction in _interactions(s, facts.client_id):
        _scrub_row(interaction, INTERACTION_TEXTS, clean)
    for row, columns in _others_with_texts(s, facts):
        _scrub_row(row, columns, clean)
    for step in s.scalars(select(NextStepRow).where(NextStepRow.member_id == facts.member_id)):
        step.member_id = None
    s.execute(delete(ChangeLogRow).where(ChangeLogRow.entity_id.in_(facts.record_ids)))
    ledger = SyncLedger(s)  # the hashes of their states last exchanged with a colleague
    ledger.forget(facts.client_id, list(facts.record_ids))
    ledger.save()
    s.flush()
    client_store.delete_member(s, facts.member_id, facts.client_id)  # cascades; reindexes
    s.add(ErasureLogRow(kind="person", erased_by=erased_by))
    s.flush()
    optimize_search_index(s)
    secure_delete(s, False)


def erasure_log(s: Session) -> list[tuple[datetime, str]]:
    """(when, by whom) of every erasure, newest first."""
    rows = s.execute(
        select(ErasureLogRow.erased_at, ErasureLogRow.erased_by).order_by(
            ErasureLogRow.erased_at.desc(), ErasureLogRow.id.desc()
        )
    )
    return [(when, who) for when, who in rows]


# ---- making SQLite forget ------------------------------------------------------------------
def secure_delete(s: Session, on: bool) -> None:
    """SQLite overwrites what it deletes with zeros while this is on (this connection only)."""
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql(f"PRAGMA secure_delete={'ON' if on else 'OFF'}")


def optimize_search_index(s: Session) -> None:
    """FTS5 keeps a deleted entry's tokens in old segments until they merge: merge them all."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))


def forget_free_space(engine: Engine) -> bool:
    """After the commit: rebuild the file without free pages (older edits' leftovers too) and
    empty the WAL. False when another connection kept the file busy (the erasure itself is
    committed; the leftovers go at the next try or the next erasure)."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        try:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            conn.exec_driver_sql("VACUUM")
            busy, _log_frames, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        except Exception:  # noqa: BLE001 - a reader holding the file: reported, not fatal
            log.warning("the database file could not be compacted after an erasure", exc_info=True)
            return False
        finally:
            conn.exec_driver_sql("PRAGMA secure_delete=OFF")
    return not busy
