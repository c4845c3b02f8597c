"""Reads and writes of proposals: revisions, numbers, statuses, snapshots and the list.

Each function takes the caller's ``Session`` and takes or returns domain objects. The rules
(which revision an edit goes to, what number a proposal gets, which status may follow which)
stay in ``services/proposals.py``; this module answers its questions and stores its decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain.proposal import (
    AddresseeRef,
    Proposal,
    ProposalStatus,
    ProposalSummary,
)
from kam_desktop.storage.locking import hold_for_saving
from kam_desktop.storage.models import ClientRow, MemberRow, new_id
from kam_desktop.storage.proposal_mapping import proposal_to_domain, proposal_to_row
from kam_desktop.storage.proposal_models import ProposalRow


@dataclass(frozen=True, slots=True)
class StoredProposal:
    """What a save needs to know about the stored revision it would change."""

    status: ProposalStatus
    version: int
    client_id: str


@dataclass(frozen=True, slots=True)
class ProposalNumber:
    """A proposal's number with the parts it was made from (kept for the next number)."""

    number: str
    year: int
    seq: int


def _row(s: Session, proposal_id: str) -> ProposalRow | None:
    return s.get(ProposalRow, proposal_id, options=(selectinload(ProposalRow.lines),))


# ---- reading ------------------------------------------------------------------------------------
def find_proposal(s: Session, proposal_id: str) -> Proposal | None:
    row = _row(s, proposal_id)
    return proposal_to_domain(row) if row is not None else None


def stored_state(s: Session, proposal_id: str) -> StoredProposal | None:
    """The stored status and version, read under the write lock (a save checks them)."""
    hold_for_saving(s, ProposalRow, proposal_id)
    row = _row(s, proposal_id)
    if row is None:
        return None
    return StoredProposal(ProposalStatus(row.status), row.version, row.client_id)


def snapshot_of(s: Session, proposal_id: str) -> str | None:
    """The frozen composition input (JSON text) of a sent revision; None for a draft."""
    row = s.get(ProposalRow, proposal_id)
    return row.snapshot if row is not None else None


def find_by_number(s: Session, number: str, revision: int | None = None) -> Proposal | None:
    """That revision of the number, or its latest one."""
    stmt = select(ProposalRow).where(ProposalRow.number == number)
    if revision is not None:
        stmt = stmt.where(ProposalRow.revision == revision)
    row = s.scalars(stmt.order_by(ProposalRow.revision.desc()).limit(1)).first()
    return proposal_to_domain(row) if row is not None else None


def load_revisions(s: Session, number: str) -> list[Proposal]:
    """Every revision of a number, oldest first."""
    rows = s.scalars(
        select(ProposalRow)
        .where(ProposalRow.number == number)
        .options(selectinload(ProposalRow.lines))
        .order_by(ProposalRow.revision)
    )
    return [proposal_to_domain(r) for r in rows]


def proposal_summaries(
    s: Session, client_id: str | None, all_revisions: bool, today: date
) -> list[ProposalSummary]:
    """The proposal list (one client's or all), latest revisions only unless asked, newest
    first; ``today`` decides which offers have expired."""
    stmt = select(ProposalRow, ClientRow.name).join(ClientRow)
    if client_id is not None:
        stmt = stmt.where(ProposalRow.client_id == client_id)
    if not all_revisions:
        latest = (
            select(ProposalRow.number, func.max(ProposalRow.revision).label("rev"))
            .group_by(ProposalRow.number)
            .subquery()
        )
        stmt = stmt.join(
            latest,
            (latest.c.number == ProposalRow.number) & (latest.c.rev == ProposalRow.revision),
        )
    stmt = stmt.order_by(
        ProposalRow.issue_date.desc(), ProposalRow.number.desc(), ProposalRow.revision
    )
    pairs = s.execute(stmt).tuples().all()
    ids = {m for row, _name in pairs for m in row.addressee_ids or []}
    people = {m.id: m for m in s.scalars(select(MemberRow).where(MemberRow.id.in_(ids)))}
    return [_summary(row, name, people, today) for row, name in pairs]


def _summary(
    row: ProposalRow, client_name: str, people: dict[str, MemberRow], today: date
) -> ProposalSummary:
    status = ProposalStatus(row.status)
    addressees = tuple(
        AddresseeRef(m.id, m.full_name, m.role_code, m.position)
        for m in (people.get(i) for i in row.addressee_ids or [])
        if m is not None
    )
    probe = Proposal(row.client_id, row.issue_date, row.valid_until, status=status)
    return ProposalSummary(
        id=row.id,
        number=row.number,
        revision=row.revision,
        client_id=row.client_id,
        client_name=client_name,
        title=row.title,
        status=status,
        issue_date=row.issue_date,
        valid_until=row.valid_until,
        language=row.language,
        total=row.total,
        currency=row.currency,
        addressees=addressees,
        is_expired=probe.is_expired(today),
    )


# ---- numbers ------------------------------------------------------------------------------------
def highest_seq(s: Session, year: int | None = None) -> int:
    """The highest sequence number used (in ``year``, or ever); 0 when none."""
    stmt = select(func.max(ProposalRow.number_seq))
    if year is not None:
        stmt = stmt.where(ProposalRow.number_year == year)
    return s.execute(stmt).scalar() or 0


def number_taken(s: Session, number: str, revision: int | None = None) -> bool:
    """Whether a proposal (that revision of it, if given) has this number."""
    stmt = select(func.count()).where(ProposalRow.number == number)
    if revision is not None:
        stmt = stmt.where(ProposalRow.revision == revision)
    return bool(s.scalar(stmt))


def number_parts(s: Session, number: str) -> tuple[int, int] | None:
    """(year, sequence) stored with a number, from any of its revisions."""
    stmt = select(ProposalRow.number_year, ProposalRow.number_seq).where(
        ProposalRow.number == number
    )
    found = s.execute(stmt.limit(1)).first()
    return (found[0], found[1]) if found is not None else None


# ---- writing ------------------------------------------------------------------------------------
def _write(s: Session, row: ProposalRow, proposal: Proposal, total: Decimal) -> Proposal:
    proposal_to_row(proposal, row)
    row.total = total
    s.flush()
    return proposal_to_domain(row)


def insert_proposal(
    s: Session,
    proposal: Proposal,
    number: ProposalNumber,
    total: Decimal,
    revision: int = 1,
    previous_id: str | None = None,
) -> Proposal:
    """A new draft under ``number`` (a given id is kept: demo data, restore after delete)."""
    row = ProposalRow(
        id=proposal.id or new_id(),
        client_id=proposal.client_id,
        number=number.number,
        number_year=number.year,
        number_seq=number.seq,
        revision=revision,
        previous_id=previous_id,
        status=ProposalStatus.DRAFT.value,
    )
    s.add(row)
    return _write(s, row, proposal, total)


def insert_revision(s: Session, frozen_id: str, proposal: Proposal, total: Decimal) -> Proposal:
    """The next revision of a frozen proposal: a new draft with its number, holding the edit."""
    frozen = _row(s, frozen_id)
    if frozen is None:
        raise LookupError(frozen_id)
    last = s.scalar(
        select(func.max(ProposalRow.revision)).where(ProposalRow.number == frozen.number)
    )
    row = ProposalRow(
        client_id=frozen.client_id,
        number=frozen.number,
        number_year=frozen.number_year,
        number_seq=frozen.number_seq,
        revision=(last or frozen.revision) + 1,
        previous_id=frozen.id,
        status=ProposalStatus.DRAFT.value,
    )
    s.add(row)
    return _write(s, row, proposal, total)


def update_proposal(s: Session, proposal: Proposal, total: Decimal) -> Proposal:
    """Overwrite a stored draft with the edit."""
    row = _row(s, proposal.saved_id)
    if row is None:
        raise LookupError(proposal.id)
    return _write(s, row, proposal, total)


def set_status(
    s: Session,
    proposal_id: str,
    status: ProposalStatus,
    frozen: tuple[str, date, datetime] | None = None,
) -> Proposal | None:
    """Change the status; ``frozen`` (snapshot JSON, sent on, issued at) freezes a sending."""
    row = _row(s, proposal_id)
    if row is None:
        return None
    row.status = status.value
    if frozen is not None:
        row.snapshot, row.sent_on, row.issued_at = frozen
    s.flush()
    return proposal_to_domain(row)


def delete_proposal(s: Session, proposal_id: str) -> Proposal | None:
    row = _row(s, proposal_id)
    if row is None:
        return None
    snapshot = proposal_to_domain(row)
    s.delete(row)
    return snapshot
