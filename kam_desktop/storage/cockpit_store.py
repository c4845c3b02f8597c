"""Reads and writes of the cockpit: the facts Today is made of, planned steps, links, the map.

The agenda readers pick in SQL what the horizon holds (birthdays celebrated in it, steps due
and not followed up, people whose cadence runs out, open proposals not replaced by a newer
revision, tenders within nine months), soonest first, and on request only the first few with a
count of all (the Today page is a bounded page). Each member's last interaction comes from
``member_contact``, kept by triggers, so no read costs a lookup per person. The rules that make
the items stay in ``domain/agenda.py``. Like every store, functions take the caller's ``Session`` and return
domain objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    case,
    delete,
    func,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.selectable import Exists

from kam_desktop.domain.agenda import (
    TENDER_PREPARATION_MONTHS,
    BirthdayFact,
    CadenceRule,
    ClientRef,
    ContactFact,
    ProposalFact,
    StepFact,
    TenderFact,
    birthday_day_codes,
    cadence_table,
)
from kam_desktop.domain.dossier import Birthday
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.domain.follow_up import StepKind
from kam_desktop.domain.proposal import OPEN_STATUSES
from kam_desktop.domain.relationship_map import LinkKind, MemberLink
from kam_desktop.storage.cockpit_models import (
    ClientContactRow,
    MapPositionRow,
    MemberContactRow,
    MemberLinkRow,
    NextStepRow,
)
from kam_desktop.storage.models import (
    ClientRow,
    FamilyRow,
    InteractionRow,
    MemberRow,
    TenderRow,
    interaction_member,
)
from kam_desktop.storage.proposal_models import ProposalRow

F = TypeVar("F")


def _client(row: ClientRow | tuple[str, str, str]) -> ClientRef:
    client_id, name, status = row if isinstance(row, tuple) else (row.id, row.name, row.status)
    return ClientRef(client_id, name, ClientStatus(status))


# ---- agenda facts ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Facts(Generic[F]):
    """Facts of one kind — all of them, or the first ``limit`` by date — and how many there are
    in all."""

    facts: list[F]
    total: int


def _page(s: Session, query: Select, limit: int | None) -> tuple[Sequence[Sequence[Any]], int]:
    """The rows of an ordered query — all of them, or the first ``limit`` — and the count of
    all, from the same pass (``count(*) OVER ()`` is taken before the limit)."""
    if limit is None:  # everything: the caller sorts the items, SQL need not
        rows = list(s.execute(query.order_by(None)))
        return rows, len(rows)
    rows = list(s.execute(query.add_columns(func.count().over().label("total")).limit(limit)))
    total = rows[0][-1] if rows else 0
    return [row[:-1] for row in rows], int(total)


def _first_ids(
    s: Session, ids: Select, details: Callable[[list[str] | None], Select], limit: int | None
) -> tuple[Sequence[Sequence[Any]], int]:
    """Rows in two passes when a page is asked for: the ids in order and their count, from an
    index alone, then the rows of just those ids (joining clients, reading wide rows) — in
    one pass a sort would join and read every row first. No limit: one pass, all rows."""
    if limit is None:
        rows = list(s.execute(details(None)))
        return rows, len(rows)
    first, total = _page(s, ids, limit)
    wanted = [row[0] for row in first]
    if not wanted:
        return [], total
    place = {row_id: n for n, row_id in enumerate(wanted)}
    rows = sorted(s.execute(details(wanted)), key=lambda row: place[row[0]])
    return rows, total


def _valid_birthday(day: Any, month: Any, year: Any) -> ColumnElement[bool]:
    """What ``Birthday.is_valid`` keeps (the day codes only hold real days, 29 February aside):
    a year from 1900 to 2100, and 29 February only in a leap year when the year is known."""
    common_year = or_(year % 4 != 0, year.in_((1900, 2100)))
    return and_(
        day.is_not(None),
        or_(year.is_(None), and_(year >= 1900, year <= 2100)),
        ~and_(month == 2, day == 29, year.is_not(None), common_year),
    )


def _birthday_order(day: Any, month: Any, today: date) -> tuple[ColumnElement[Any], ...]:
    """By the next time it is celebrated: the rest of this year first, then next year's."""
    code = month * 100 + day
    return (case((code >= today.month * 100 + today.day, 0), else_=1), month, day)


def birthday_facts(
    s: Session, today: date, horizon: int, limit: int | None = None
) -> Facts[BirthdayFact]:
    """Members and relatives whose birthday is celebrated within the horizon, soonest first."""
    codes = birthday_day_codes(today, horizon)
    months = sorted({code // 100 for code in codes})

    def celebrated(row: type[MemberRow] | type[FamilyRow]) -> ColumnElement[bool]:
        return and_(
            row.birthday_month.in_(months),  # the index's first column
            (row.birthday_month * 100 + row.birthday_day).in_(codes),
            _valid_birthday(row.birthday_day, row.birthday_month, row.birthday_year),
        )

    def in_order(row: type[MemberRow] | type[FamilyRow]) -> Select:
        return (
            select(row.id)
            .where(celebrated(row))
            .order_by(*_birthday_order(row.birthday_day, row.birthday_month, today), row.id)
        )

    def members(ids: list[str] | None) -> Select:
        query = (
            select(
                MemberRow.id,
                ClientRow.id,
                ClientRow.name,
                ClientRow.status,
                MemberRow.full_name,
                MemberRow.birthday_day,
                MemberRow.birthday_month,
                MemberRow.birthday_year,
            )
            .join(ClientRow, ClientRow.id == MemberRow.client_id)
            .where(celebrated(MemberRow))
        )
        return query if ids is None else query.where(MemberRow.id.in_(ids))

    def relatives(ids: list[str] | None) -> Select:
        query = (
            select(
                FamilyRow.id,
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
            .join(MemberRow, MemberRow.id == FamilyRow.member_id)
            .join(ClientRow, ClientRow.id == MemberRow.client_id)
            .where(celebrated(FamilyRow))
        )
        return query if ids is None else query.where(FamilyRow.id.in_(ids))

    member_rows, member_total = _first_ids(s, in_order(MemberRow), members, limit)
    facts: list[BirthdayFact] = []
    for mid, cid, cname, status, name, day, month, year in member_rows:
        client = ClientRef(cid, cname, ClientStatus(status))
        facts.append(BirthdayFact(client, mid, name, Birthday(day, month, year)))
    family_rows, family_total = _first_ids(s, in_order(FamilyRow), relatives, limit)
    for _fid, cid, cname, status, mid, name, rname, relation, day, month, year in family_rows:
        client = ClientRef(cid, cname, ClientStatus(status))
        birthday = Birthday(day, month, year)
        facts.append(BirthdayFact(client, mid, name, birthday, rname or "?", relation))
    return Facts(facts, member_total + family_total)


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


def _replaced(proposal_id: InstrumentedAttribute[str | None]) -> Exists:
    """The proposal has a newer revision (a re-quote or a revised offer)."""
    newer = aliased(ProposalRow)
    return select(newer.id).where(newer.previous_id == proposal_id).exists()


def _open_interaction_steps(until: date, client_id: str | None) -> list[Select]:
    """Interactions' next steps not done, due by ``until``, and not followed up, soonest first.

    A step is followed up when a later interaction with the client happened on or after its
    due date (the KAM got back in touch; steps recorded before Today existed were never marked
    done). With L the client's last interaction date, that is L ≥ due and L > the step's own
    date; so a step is open when its due date is after L, or it is on the client's last
    interaction itself. Two queries, each read per client (``client_contact``) through a
    partial index: one lookup per client, never one per step."""
    # Each client's last interaction date (kept by triggers), materialized so that SQLite goes
    # client by client instead of through every step due before ``until``.
    clients = select(ClientContactRow.client_id, ClientContactRow.last_on)
    if client_id is not None:
        clients = clients.where(ClientContactRow.client_id == client_id)
    last = clients.cte("client_last").prefix_with("MATERIALIZED")
    step = InteractionRow
    due_after_last = and_(
        step.client_id == last.c.client_id,
        step.next_step_done_on.is_(None),
        step.next_step != literal_column("''"),  # as written in ix_interaction_open_step
        step.next_step_due > last.c.last_on,
        step.next_step_due <= until,
    )
    # The same test in other words (the terms of ix_interaction_open_step_on): otherwise SQLite
    # takes the other index and reads every open step due before the client's last date.
    on_the_last = and_(
        step.client_id == last.c.client_id,
        step.occurred_on == last.c.last_on,
        step.next_step_done_on.is_(None),
        func.length(step.next_step) > literal_column("0"),
        step.next_step_due <= last.c.last_on,
        step.next_step_due <= until,
    )
    return [
        select(step.id).select_from(last).join(step, on) for on in (due_after_last, on_the_last)
    ]


def step_facts(
    s: Session,
    until: date,
    client_id: str | None = None,
    limit: int | None = None,
) -> Facts[StepFact]:
    """Steps not done and due by ``until``, soonest first: interactions' next steps and
    planned steps (at most ``limit`` of each source)."""
    facts: list[StepFact] = []
    totals: list[int] = []
    clients: dict[str, ClientRef] = {}
    for found in _open_interaction_steps(until, client_id):

        def steps(ids: list[str] | None, found: Select = found) -> Select:
            chosen = found.correlate(None).scalar_subquery() if ids is None else ids
            return (
                select(
                    InteractionRow.id,
                    InteractionRow.next_step,
                    InteractionRow.next_step_due,
                    ClientRow.id,
                    ClientRow.name,
                    ClientRow.status,
                )
                .join(ClientRow, ClientRow.id == InteractionRow.client_id)
                .where(InteractionRow.id.in_(chosen))
            )

        in_order = found.order_by(InteractionRow.next_step_due, InteractionRow.id)
        rows, count = _first_ids(s, in_order, steps, limit)
        totals.append(count)
        for iid, title, due, cid, cname, status in rows:
            client = clients.get(cid)
            if client is None:
                client = clients[cid] = ClientRef(cid, cname, ClientStatus(status))
            facts.append(StepFact(client, title, due, interaction_id=iid))
    planned = planned_step_facts(s, until, client_id, limit)
    return Facts(facts + planned.facts, sum(totals) + planned.total)


def planned_step_facts(
    s: Session,
    until: date,
    client_id: str | None = None,
    limit: int | None = None,
    since: date | None = None,
) -> Facts[StepFact]:
    """Planned steps (the follow-up plan) not done, due from ``since`` to ``until``, soonest
    first; a proposal's plan ends when it gets a newer revision (whose own plan takes over)."""
    query = (
        select(NextStepRow, ClientRow.id, ClientRow.name, ClientRow.status)
        .join(ClientRow, ClientRow.id == NextStepRow.client_id)
        .where(
            NextStepRow.due_on <= until,
            NextStepRow.done_on.is_(None),
            ~_replaced(NextStepRow.proposal_id),
        )
        .order_by(NextStepRow.due_on, NextStepRow.title)
    )
    if client_id is not None:
        query = query.where(NextStepRow.client_id == client_id)
    if since is not None:
        query = query.where(NextStepRow.due_on >= since)
    rows, total = _page(s, query, limit)
    facts = [
        StepFact(
            ClientRef(cid, cname, ClientStatus(status)),
            row.title,
            row.due_on,
            step_id=row.id,
            proposal_id=row.proposal_id,
            member_id=row.member_id,
        )
        for row, cid, cname, status in rows
    ]
    return Facts(facts, total)


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


def contact_facts(
    s: Session,
    rules: Iterable[CadenceRule],
    today: date,
    horizon: int,
    limit: int | None = None,
) -> Facts[ContactFact]:
    """People whose cadence runs out by the horizon's last day (never contacted: due today),
    with their last contact; with a ``limit``, the first of them by due date.

    Read from ``member_contact`` by (client status, influence) — one range of its index per
    row of the cadence table — so with a limit only the people who come first are read: those
    never contacted, and those whose last contact is oldest."""
    last_day = today + timedelta(days=horizon)
    person = MemberContactRow
    details = select(
        ClientRow.id,
        ClientRow.name,
        ClientRow.status,
        person.member_id,
        person.full_name,
        person.influence,
        person.last_on,
    ).join(ClientRow, ClientRow.id == person.client_id)
    parts: list[Select] = []
    counts: list[Select] = []
    for cadence in cadence_table(rules):
        of_group = and_(
            person.client_status == cadence.status.value, person.influence == cadence.influence
        )
        due_by = last_day - timedelta(days=cadence.days)
        if limit is None:
            parts.append(
                details.where(of_group, or_(person.last_on.is_(None), person.last_on <= due_by))
            )
            continue
        # Never contacted (due today), and the others oldest contact first: each walks the
        # index and stops at the limit; the merge keeps the first by due date. The counts read
        # the index too, in two ranges (with an OR, SQLite collects both before counting).
        due_on = _days_after(s, person.last_on, cadence.days)
        for part, order in (
            (person.last_on.is_(None), (person.full_name,)),
            (person.last_on <= due_by, (person.last_on, person.full_name)),
        ):
            first = select(
                person.member_id, person.full_name, func.coalesce(due_on, today).label("due_on")
            )
            parts.append(
                select(first.where(of_group, part).order_by(*order).limit(limit).subquery())
            )
            counts.append(select(func.count()).select_from(person).where(of_group, part))
    if not parts:
        return Facts([], 0)
    if limit is None:  # every group's people, one range each
        queries = parts
    else:
        merged = union_all(*parts).subquery()
        first_due = select(merged.c.member_id).order_by(merged.c.due_on, merged.c.full_name)
        queries = [details.where(person.member_id.in_(list(s.scalars(first_due.limit(limit)))))]
    facts: list[ContactFact] = []
    clients: dict[str, ClientRef] = {}  # thousands of people, fewer clients
    for query in queries:
        for cid, cname, status, mid, name, influence, contacted_on in s.execute(query):
            client = clients.get(cid)
            if client is None:
                client = clients[cid] = ClientRef(cid, cname, ClientStatus(status))
            facts.append(ContactFact(client, mid, name, influence, contacted_on))
    if limit is None:
        return Facts(facts, len(facts))
    total = s.scalar(
        select(sum((c.scalar_subquery() for c in counts[1:]), counts[0].scalar_subquery()))
    )
    return Facts(facts, int(total or 0))


def _days_after(
    s: Session, day: InstrumentedAttribute[date | None], days: int
) -> ColumnElement[Any]:
    """``day`` + ``days``, comparable with a date parameter (NULL stays NULL)."""
    if s.get_bind().dialect.name == "sqlite":  # dates are ISO text there
        return func.date(day, f"+{days} days", type_=Date)
    return day + days


def last_contacts(s: Session, client_id: str) -> dict[str, date | None]:
    """member id → last contact (the later of the field and the last interaction), one client."""
    query = select(MemberContactRow.member_id, MemberContactRow.last_on).where(
        MemberContactRow.client_id == client_id
    )
    return {mid: last_on for mid, last_on in s.execute(query)}


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
    return sorted(step_facts(s, date.max, client_id).facts, key=lambda f: f.due_on)


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
