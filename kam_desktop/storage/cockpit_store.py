"""Reads and writes of the cockpit: the facts Today is made of, planned steps, links, the map.

The agenda readers narrow in SQL what a horizon can reach (birthday months, due dates, open
proposals not replaced by a newer revision, tenders within nine months), so a portfolio of
thousands of clients yields a few hundred rows; the rules that pick the items are in
``domain/agenda.py``. Like every store, functions take the caller's ``Session`` and return
domain objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.selectable import Exists, ScalarSelect

from kam_desktop.domain.agenda import (
    TENDER_PREPARATION_MONTHS,
    BirthdayFact,
    CadenceRule,
    ClientRef,
    ContactFact,
    ProposalFact,
    StepFact,
    TenderFact,
)
from kam_desktop.domain.dossier import Birthday
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.domain.follow_up import StepKind
from kam_desktop.domain.proposal import OPEN_STATUSES
from kam_desktop.domain.relationship_map import LinkKind, MemberLink
from kam_desktop.storage.cockpit_models import MapPositionRow, MemberLinkRow, NextStepRow
from kam_desktop.storage.models import (
    ClientRow,
    FamilyRow,
    InteractionRow,
    MemberRow,
    TenderRow,
    interaction_member,
)
from kam_desktop.storage.proposal_models import ProposalRow


def _client(row: ClientRow | tuple[str, str, str]) -> ClientRef:
    client_id, name, status = row if isinstance(row, tuple) else (row.id, row.name, row.status)
    return ClientRef(client_id, name, ClientStatus(status))


def months_between(first: date, last: date) -> list[int]:
    """The calendar months a date range touches (a birthday query reads only these)."""
    months: list[int] = []
    day = first.replace(day=1)
    while day <= last and len(months) < 12:
        months.append(day.month)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


# ---- agenda facts ---------------------------------------------------------------------------
def birthday_facts(s: Session, today: date, horizon: int) -> list[BirthdayFact]:
    """Members and relatives whose birthday month falls within the horizon."""
    months = months_between(today, today + timedelta(days=horizon))
    facts: list[BirthdayFact] = []
    member_query = (
        select(
            ClientRow.id,
            ClientRow.name,
            ClientRow.status,
            MemberRow.id,
            MemberRow.full_name,
            MemberRow.birthday_day,
            MemberRow.birthday_month,
            MemberRow.birthday_year,
        )
        .join(MemberRow, MemberRow.client_id == ClientRow.id)
        .where(MemberRow.birthday_month.in_(months), MemberRow.birthday_day.is_not(None))
    )
    for cid, cname, status, mid, name, day, month, year in s.execute(member_query):
        client = ClientRef(cid, cname, ClientStatus(status))
        facts.append(BirthdayFact(client, mid, name, Birthday(day, month, year)))
    family_query = (
        select(
            ClientRow.id,
            ClientRow.name,
            ClientRow.status,
            MemberRow.id,
            MemberRow.full_name,
            FamilyRow.name,
            FamilyRow.relation,
            FamilyRow.birthday_day,
            FamilyRow.birthday_month,
            FamilyRow.birthday_year,
        )
        .join(MemberRow, MemberRow.client_id == ClientRow.id)
        .join(FamilyRow, FamilyRow.member_id == MemberRow.id)
        .where(FamilyRow.birthday_month.in_(months), FamilyRow.birthday_day.is_not(None))
    )
    for cid, cname, status, mid, name, rname, relation, day, month, year in s.execute(family_query):
        client = ClientRef(cid, cname, ClientStatus(status))
        birthday = Birthday(day, month, year)
        facts.append(BirthdayFact(client, mid, name, birthday, rname or "?", relation))
    return facts


def open_proposal_facts(s: Session, until: date) -> list[ProposalFact]:
    """Open proposals (draft, sent) valid until ``until`` at the latest, not yet replaced."""
    newer = aliased(ProposalRow)
    query = (
        select(ProposalRow, ClientRow.id, ClientRow.name, ClientRow.status)
        .join(ClientRow, ClientRow.id == ProposalRow.client_id)
        .where(
            ProposalRow.status.in_([status.value for status in OPEN_STATUSES]),
            ProposalRow.valid_until <= until,
            ~select(newer.id).where(newer.previous_id == ProposalRow.id).exists(),
        )
    )
    facts = []
    for row, cid, cname, status in s.execute(query):
        number = row.number if row.revision <= 1 else f"{row.number}/{row.revision}"
        client = ClientRef(cid, cname, ClientStatus(status))
        facts.append(ProposalFact(client, row.id, number, row.title, row.valid_until))
    return facts


def _followed_up(step: type[InteractionRow]) -> Exists:
    """A later interaction with the client on or after the step's due date: the KAM got back
    in touch, so the old step is history (interactions recorded before Today existed were
    never marked done)."""
    later = aliased(InteractionRow)
    return (
        select(later.id)
        .where(
            later.client_id == step.client_id,
            later.occurred_on >= step.next_step_due,
            later.occurred_on > step.occurred_on,
        )
        .exists()
    )


def _replaced(proposal_id: InstrumentedAttribute[str | None]) -> Exists:
    """The proposal has a newer revision (a re-quote or a revised offer)."""
    newer = aliased(ProposalRow)
    return select(newer.id).where(newer.previous_id == proposal_id).exists()


def step_facts(s: Session, until: date, client_id: str | None = None) -> list[StepFact]:
    """Steps not done and due by ``until``: interactions' next steps and planned steps."""
    facts: list[StepFact] = []
    interaction_query = (
        select(
            InteractionRow.id,
            InteractionRow.next_step,
            InteractionRow.next_step_due,
            ClientRow.id,
            ClientRow.name,
            ClientRow.status,
        )
        .join(ClientRow, ClientRow.id == InteractionRow.client_id)
        .where(
            InteractionRow.next_step_due <= until,
            InteractionRow.next_step_done_on.is_(None),
            InteractionRow.next_step != "",
            ~_followed_up(InteractionRow),
        )
    )
    if client_id is not None:
        interaction_query = interaction_query.where(InteractionRow.client_id == client_id)
    for iid, title, due, cid, cname, status in s.execute(interaction_query):
        client = ClientRef(cid, cname, ClientStatus(status))
        facts.append(StepFact(client, title, due, interaction_id=iid))
    planned_query = (
        select(NextStepRow, ClientRow.id, ClientRow.name, ClientRow.status)
        .join(ClientRow, ClientRow.id == NextStepRow.client_id)
        .where(
            NextStepRow.due_on <= until,
            NextStepRow.done_on.is_(None),
            ~_replaced(NextStepRow.proposal_id),  # a re-quote's own plan takes over
        )
    )
    if client_id is not None:
        planned_query = planned_query.where(NextStepRow.client_id == client_id)
    for row, cid, cname, status in s.execute(planned_query):
        client = ClientRef(cid, cname, ClientStatus(status))
        facts.append(
            StepFact(
                client,
                row.title,
                row.due_on,
                step_id=row.id,
                proposal_id=row.proposal_id,
                member_id=row.member_id,
            )
        )
    return facts


def tender_facts(s: Session, today: date, horizon: int) -> list[TenderFact]:
    """Tenders not yet held whose preparation window opens within the horizon."""
    # A window opens 9 months before the tender: within the horizon means a tender at most
    # 9 months (and a few days for long months) after the horizon's last day.
    latest = today + timedelta(days=horizon + 31 * TENDER_PREPARATION_MONTHS)
    query = (
        select(TenderRow, ClientRow.id, ClientRow.name, ClientRow.status)
        .join(ClientRow, ClientRow.id == TenderRow.client_id)
        .where(TenderRow.tender_date >= today, TenderRow.tender_date <= latest)
    )
    return [
        TenderFact(ClientRef(cid, cname, ClientStatus(status)), row.id, row.title, row.tender_date)
        for row, cid, cname, status in s.execute(query)
    ]


def last_interaction_on(member: type[MemberRow]) -> ScalarSelect[date]:
    """The date of the last interaction a member took part in (a correlated subquery: one
    index lookup per person instead of grouping every participation)."""
    return (
        select(func.max(InteractionRow.occurred_on))
        .join(interaction_member, interaction_member.c.interaction_id == InteractionRow.id)
        .where(interaction_member.c.member_id == member.id)
        .scalar_subquery()
    )


def contact_facts(s: Session, rules: Iterable[CadenceRule]) -> list[ContactFact]:
    """People any cadence rule applies to, with their last contact (field or interaction)."""
    conditions = [
        and_(
            MemberRow.influence >= rule.min_influence,
            ClientRow.status.in_([status.value for status in rule.statuses]),
        )
        for rule in rules
    ]
    if not conditions:
        return []
    query = (
        select(
            ClientRow.id,
            ClientRow.name,
            ClientRow.status,
            MemberRow.id,
            MemberRow.full_name,
            MemberRow.influence,
            MemberRow.last_contact_on,
            last_interaction_on(MemberRow),
        )
        .join(MemberRow, MemberRow.client_id == ClientRow.id)
        .where(or_(*conditions))
    )
    facts = []
    for cid, cname, status, mid, name, influence, field_on, interaction_on in s.execute(query):
        known = [d for d in (field_on, interaction_on) if d is not None]
        client = ClientRef(cid, cname, ClientStatus(status))
        facts.append(ContactFact(client, mid, name, influence, max(known) if known else None))
    return facts


def last_contacts(s: Session, client_id: str) -> dict[str, date | None]:
    """member id → last contact (the later of the field and the last interaction), one client."""
    query = select(MemberRow.id, MemberRow.last_contact_on, last_interaction_on(MemberRow)).where(
        MemberRow.client_id == client_id
    )
    result: dict[str, date | None] = {}
    for mid, field_on, interaction_on in s.execute(query):
        known = [d for d in (field_on, interaction_on) if d is not None]
        result[mid] = max(known) if known else None
    return result


# ---- planned next steps ---------------------------------------------------------------------
def add_next_step(
    s: Session,
    client_id: str,
    title: str,
    due_on: date,
    kind: StepKind = StepKind.MANUAL,
    proposal_id: str | None = None,
    member_id: str | None = None,
) -> str:
    row = NextStepRow(
        client_id=client_id,
        title=title,
        due_on=due_on,
        kind=kind.value,
        proposal_id=proposal_id,
        member_id=member_id,
    )
    s.add(row)
    s.flush()
    return row.id


def set_next_step(
    s: Session, step_id: str, *, due_on: date | None = None, done_on: date | None = None
) -> str | None:
    """Move a planned step or mark it done; returns its client id (None: no such step)."""
    row = s.get(NextStepRow, step_id)
    if row is None:
        return None
    if due_on is not None:
        row.due_on = due_on
    if done_on is not None:
        row.done_on = done_on
    return row.client_id


def set_interaction_step(
    s: Session, interaction_id: str, *, due_on: date | None = None, done_on: date | None = None
) -> str | None:
    """Move an interaction's next step or mark it done; returns its client id (None: no such)."""
    row = s.get(InteractionRow, interaction_id)
    if row is None:
        return None
    if due_on is not None:
        row.next_step_due = due_on
    if done_on is not None:
        row.next_step_done_on = done_on
    return row.client_id


def interaction_people(s: Session, interaction_id: str) -> list[str]:
    """The members who took part in an interaction (its outcome concerns them too)."""
    query = select(interaction_member.c.member_id).where(
        interaction_member.c.interaction_id == interaction_id
    )
    return list(s.scalars(query))


def reopen_step(s: Session, *, step_id: str | None, interaction_id: str | None) -> bool:
    """A step marked done is open again (the undo of marking it done); False: no such step."""
    if step_id is not None:
        row = s.get(NextStepRow, step_id)
        if row is None:
            return False
        row.done_on = None
        return True
    if interaction_id is not None:
        interaction = s.get(InteractionRow, interaction_id)
        if interaction is None:
            return False
        interaction.next_step_done_on = None
        return True
    return False


def steps_of_proposal(
    s: Session, proposal_id: str
) -> list[tuple[str, StepKind, date, date | None]]:
    """(id, kind, due, done) of the steps planned for a proposal, by due date."""
    query = (
        select(NextStepRow.id, NextStepRow.kind, NextStepRow.due_on, NextStepRow.done_on)
        .where(NextStepRow.proposal_id == proposal_id)
        .order_by(NextStepRow.due_on)
    )
    return [(sid, StepKind(kind), due, done) for sid, kind, due, done in s.execute(query)]


def open_steps_of_client(s: Session, client_id: str) -> list[StepFact]:
    """Steps of one client not done yet (both kinds), by due date (the meeting brief)."""
    return sorted(step_facts(s, date.max, client_id), key=lambda f: f.due_on)


# ---- informal links and the map layout ------------------------------------------------------
def links_of_client(s: Session, client_id: str) -> list[MemberLink]:
    query = select(MemberLinkRow).where(MemberLinkRow.client_id == client_id)
    return [
        MemberLink(row.client_id, row.from_member_id, row.to_member_id, LinkKind(row.kind), row.id)
        for row in s.scalars(query)
    ]


def add_link(s: Session, link: MemberLink) -> str:
    row = MemberLinkRow(
        client_id=link.client_id,
        from_member_id=link.from_member_id,
        to_member_id=link.to_member_id,
        kind=link.kind.value,
    )
    s.add(row)
    s.flush()
    return row.id


def delete_link(s: Session, link_id: str) -> MemberLink | None:
    row = s.get(MemberLinkRow, link_id)
    if row is None:
        return None
    link = MemberLink(
        row.client_id, row.from_member_id, row.to_member_id, LinkKind(row.kind), row.id
    )
    s.delete(row)
    return link


def map_positions(s: Session, client_id: str) -> dict[str, tuple[float, float]]:
    query = (
        select(MapPositionRow.member_id, MapPositionRow.x, MapPositionRow.y)
        .join(MemberRow, MemberRow.id == MapPositionRow.member_id)
        .where(MemberRow.client_id == client_id)
    )
    return {mid: (x, y) for mid, x, y in s.execute(query)}


def keep_positions(s: Session, positions: dict[str, tuple[float, float]]) -> None:
    """Store where the KAM put these nodes (insert or replace)."""
    for member_id, (x, y) in positions.items():
        row = s.get(MapPositionRow, member_id)
        if row is None:
            s.add(MapPositionRow(member_id=member_id, x=x, y=y))
        else:
            row.x, row.y = x, y


def forget_positions(s: Session, client_id: str) -> None:
    """Back to the automatic layout for one client's map."""
    members = select(MemberRow.id).where(MemberRow.client_id == client_id)
    s.execute(delete(MapPositionRow).where(MapPositionRow.member_id.in_(members)))
