"""What export, import preview, vCard and calendar read: domain objects, rows and plain values.

The big tables (members with contacts and family, interactions with participants) are read
through Core queries: ORM objects cost 5× more, and ORM selectin loads of the link tables
made SQLite scan whole tables. The JSON form of the records is the exchange layer's business.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain.dossier import Interaction, Member
from kam_desktop.domain.enums import InteractionKind
from kam_desktop.storage import client_store
from kam_desktop.storage.models import (
    ClientRow,
    DmuRoleRow,
    InteractionRow,
    MemberRow,
    OurCompanyRow,
    TeamMemberRow,
    interaction_member,
    interaction_team,
)
from kam_desktop.storage.proposal_models import (
    ArgumentRow,
    CatalogueItemRow,
    ProposalRow,
    RefereeRow,
    SimilarProjectRow,
)

# Record kind of the file → the table of the proposal side it is stored in.
PROPOSAL_SIDE_MODELS: dict[str, type[Any]] = {
    "proposal": ProposalRow,
    "catalogue_item": CatalogueItemRow,
    "similar_project": SimilarProjectRow,
    "argument_block": ArgumentRow,
}


class Stamps(NamedTuple):
    """When a row was created and last changed, and its edit counter."""

    created_at: datetime
    updated_at: datetime
    version: int


def _load_interactions(
    s: Session, condition: ColumnElement[bool]
) -> dict[str, list[tuple[Interaction, Stamps]]]:
    """Interactions matching ``condition`` with their participants, by client id (Core)."""
    table = InteractionRow.__table__
    ids = select(table.c.id).where(condition)
    people: dict[str, list[str]] = {}
    team: dict[str, list[str]] = {}
    for link, column, target in (
        (interaction_member, "member_id", people),
        (interaction_team, "team_member_id", team),
    ):
        for interaction_id, person_id in s.execute(
            select(link.c.interaction_id, link.c[column]).where(link.c.interaction_id.in_(ids))
        ):
            target.setdefault(interaction_id, []).append(person_id)
    result: dict[str, list[tuple[Interaction, Stamps]]] = {}
    for row in s.execute(select(table).where(condition)).mappings():
        interaction = Interaction(
            client_id=row["client_id"],
            occurred_on=row["occurred_on"],
            kind=InteractionKind(row["kind"]),
            summary=row["summary"],
            member_ids=people.get(row["id"], []),
            team_member_ids=team.get(row["id"], []),
            next_step=row["next_step"],
            next_step_due=row["next_step_due"],
            next_step_done_on=row["next_step_done_on"],
            id=row["id"],
            version=row["version"],
        )
        stamps = Stamps(row["created_at"], row["updated_at"], row["version"])
        result.setdefault(row["client_id"], []).append((interaction, stamps))
    return result


def members_of_clients(s: Session, client_ids: Sequence[str]) -> dict[str, list[Member]]:
    """The clients' members with contacts and family, by client id (the one member reader)."""
    return client_store.load_members(s, client_ids)


def members_by_id(s: Session, member_ids: Sequence[str]) -> list[Member]:
    return list(client_store.members_by_id(s, member_ids).values())


def interactions_of_clients(
    s: Session, client_ids: Sequence[str]
) -> dict[str, list[tuple[Interaction, Stamps]]]:
    """The clients' interactions with participants and stamps, by client id."""
    return _load_interactions(s, InteractionRow.client_id.in_(client_ids))


def interactions_by_id(s: Session, ids: Sequence[str]) -> list[tuple[Interaction, Stamps]]:
    loaded = _load_interactions(s, InteractionRow.id.in_(ids))
    return [pair for group in loaded.values() for pair in group]


def existing_ids(s: Session) -> dict[str, set[str]]:
    """Ids of the big tables, so an import asks only about records I may have."""
    return {
        kind: set(s.scalars(select(model.id)))
        for kind, model in (
            ("client", ClientRow),
            ("member", MemberRow),
            ("interaction", InteractionRow),
            ("proposal", ProposalRow),
        )
    }


# ---- clients and the proposal side --------------------------------------------------------
def all_client_ids(s: Session) -> list[str]:
    """Every client id, in name order (an export of everything)."""
    return list(s.scalars(select(ClientRow.id).order_by(ClientRow.name, ClientRow.id)))


def known_client_ids(s: Session, wanted: Sequence[str]) -> set[str]:
    return set(s.scalars(select(ClientRow.id).where(ClientRow.id.in_(wanted))))


def clients_with_tenders(s: Session, client_ids: Sequence[str]) -> list[ClientRow]:
    query = select(ClientRow).where(ClientRow.id.in_(client_ids))
    return list(s.scalars(query.options(selectinload(ClientRow.tenders))).all())


def client_with_tenders(s: Session, client_id: str) -> ClientRow | None:
    return s.get(ClientRow, client_id, options=(selectinload(ClientRow.tenders),))


def client_names(s: Session) -> dict[str, str]:
    return {client_id: name for client_id, name in s.execute(select(ClientRow.id, ClientRow.name))}


def proposals_of_clients(s: Session, client_ids: Sequence[str]) -> dict[str, list[ProposalRow]]:
    """The clients' proposals with their lines, by client id, in number/revision order."""
    proposals: dict[str, list[ProposalRow]] = {}
    for row in s.scalars(
        select(ProposalRow)
        .where(ProposalRow.client_id.in_(client_ids))
        .options(selectinload(ProposalRow.lines))
        .order_by(ProposalRow.number, ProposalRow.revision, ProposalRow.id)
    ):
        proposals.setdefault(row.client_id, []).append(row)
    return proposals


def proposal_side_row(s: Session, kind: str, record_id: str) -> Any | None:
    """My row of a proposal-side record kind (``PROPOSAL_SIDE_MODELS``), or None."""
    return s.get(PROPOSAL_SIDE_MODELS[kind], record_id)


def library_rows(s: Session, kind: str, ids: Iterable[str]) -> list[Any]:
    """Library rows of one kind (similar projects with their referees), in id order."""
    model = PROPOSAL_SIDE_MODELS[kind]
    query = select(model).where(model.id.in_(set(ids))).order_by(model.id)
    if kind == "similar_project":
        query = query.options(selectinload(SimilarProjectRow.referees))
    return list(s.scalars(query).all())


def every_shared_id(s: Session) -> dict[str, set[str]]:
    """The ids of every shared record (our team, custom roles, the whole proposal library):
    what a backup carries, whether the dossiers refer to it or not."""
    found = {
        kind: set(s.scalars(select(model.id)))
        for kind, model in PROPOSAL_SIDE_MODELS.items()
        if kind != "proposal"  # proposals travel in their dossiers
    }
    found["team_member"] = set(s.scalars(select(TeamMemberRow.id)))
    found["dmu_role"] = {role.code for role in custom_roles(s)}
    return found


def projects_of_referees(s: Session, referee_ids: Iterable[str]) -> set[str]:
    return set(s.scalars(select(RefereeRow.project_id).where(RefereeRow.id.in_(set(referee_ids)))))


def proposals_numbered(s: Session, numbers: Iterable[str]) -> list[tuple[str, str]]:
    """(number, id) of my proposals with one of these numbers."""
    query = select(ProposalRow.number, ProposalRow.id).where(ProposalRow.number.in_(list(numbers)))
    return [(number, pid) for number, pid in s.execute(query)]


def free_number(s: Session, number: str, allowed_ids: set[str], taken: set[str]) -> str | None:
    """``number-2``, ``number-3``… the first not used by any proposal outside allowed_ids."""
    for k in range(2, 10_000):
        candidate = f"{number}-{k}"
        used_by = set(s.scalars(select(ProposalRow.id).where(ProposalRow.number == candidate)))
        if candidate not in taken and used_by <= allowed_ids:
            return candidate
    return None


def open_proposal_deadlines(
    s: Session, open_statuses: Iterable[str], today: date, client_id: str | None = None
) -> list[tuple[str, str, str, date]]:
    """(id, number, client id, valid until) of open proposals still valid on ``today``
    (of one client, or of all)."""
    query = (
        select(ProposalRow.id, ProposalRow.number, ProposalRow.client_id, ProposalRow.valid_until)
        .where(ProposalRow.status.in_(list(open_statuses)), ProposalRow.valid_until >= today)
        .order_by(ProposalRow.valid_until)
    )
    if client_id is not None:
        query = query.where(ProposalRow.client_id == client_id)
    rows = s.execute(query).all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


# ---- shared records -----------------------------------------------------------------------
def custom_roles(s: Session) -> list[DmuRoleRow]:
    """Roles added by users (the seeded ones are in every database), in code order."""
    query = select(DmuRoleRow).where(DmuRoleRow.builtin.is_(False)).order_by(DmuRoleRow.code)
    return list(s.scalars(query).all())


def role_codes(s: Session) -> set[str]:
    return set(s.scalars(select(DmuRoleRow.code)))


def role_labels(s: Session, language: str) -> dict[str, str]:
    """Role code → its name in ``language`` (ru, else English)."""
    return {
        r.code: (r.name_ru if language == "ru" else r.name_en)
        for r in s.scalars(select(DmuRoleRow))
    }


def team_rows(s: Session, ids: Iterable[str]) -> list[TeamMemberRow]:
    query = select(TeamMemberRow).where(TeamMemberRow.id.in_(set(ids))).order_by(TeamMemberRow.id)
    return list(s.scalars(query).all())


def company_row(s: Session) -> OurCompanyRow | None:
    """Our company profile (one per database), if any."""
    return s.scalars(select(OurCompanyRow).limit(1)).first()


# ---- people: vCard, calendar --------------------------------------------------------------
def _with_children() -> tuple[Any, Any]:
    return (selectinload(MemberRow.contacts), selectinload(MemberRow.family))


def member_rows_of_client(
    s: Session, client_id: str, by_influence: bool = False
) -> list[MemberRow]:
    """The client's member rows with contacts and family (``by_influence``: most first)."""
    query = select(MemberRow).where(MemberRow.client_id == client_id).options(*_with_children())
    if by_influence:
        query = query.order_by(MemberRow.influence.desc(), MemberRow.full_name)
    return list(s.scalars(query).all())


def member_row(s: Session, member_id: str) -> MemberRow:
    """One member row with contacts and family (it must exist)."""
    row = s.get(MemberRow, member_id, options=_with_children())
    assert row is not None, member_id
    return row


def member_rows_with_family(s: Session, client_id: str | None = None) -> list[MemberRow]:
    """Every member row (of one client, or of all) with its family, in id order (birthdays
    for the calendar)."""
    query = select(MemberRow).options(selectinload(MemberRow.family)).order_by(MemberRow.id)
    if client_id is not None:
        query = query.where(MemberRow.client_id == client_id)
    return list(s.scalars(query).all())


def interaction_rows_due_since(
    s: Session, since: date, client_id: str | None = None
) -> list[InteractionRow]:
    """Interactions (of one client, or of all) whose next step, not done yet, is due on or after
    ``since``, by due date."""
    query = (
        select(InteractionRow)
        .where(InteractionRow.next_step_due >= since, InteractionRow.next_step_done_on.is_(None))
        .options(
            selectinload(InteractionRow.members).load_only(MemberRow.id),
            selectinload(InteractionRow.team_members).load_only(TeamMemberRow.id),
        )
        .order_by(InteractionRow.next_step_due)
    )
    if client_id is not None:
        query = query.where(InteractionRow.client_id == client_id)
    return list(s.scalars(query).all())
