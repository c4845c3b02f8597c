"""Reads and writes of the client dossier: clients, the client list, members, interactions.

Every function takes the caller's ``Session`` (the service owns the unit of work) and takes or
returns domain objects; ORM rows never leave this module. Rules (validation, conflicts, limits)
stay in the services: the store answers the questions they ask (``client_version``,
``count_members``…) and writes what they decided.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain.change_log import EntityKind, RecordVersions
from kam_desktop.domain.client_list import ClientListQuery
from kam_desktop.domain.dossier import Client, ClientSummary, Dossier, Interaction, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.storage import attached_rows, search_index
from kam_desktop.storage.locking import hold_for_saving
from kam_desktop.storage.mapping import (
    client_to_domain,
    client_to_row,
    interaction_to_domain,
    member_to_domain,
    member_to_row,
)
from kam_desktop.storage.models import (
    ClientRow,
    ContactRow,
    FamilyRow,
    InteractionRow,
    MemberRow,
    TeamMemberRow,
)

SORTABLE_CLIENT_COLUMNS = {
    "name": ClientRow.name,
    "status": ClientRow.status,
    "industry": ClientRow.industry,
    "region": ClientRow.region,
    "updated_at": ClientRow.updated_at,
}
_STATUSES = {status.value: status for status in ClientStatus}  # a dict is quicker than Enum()
ID_CHUNK = 500  # ids bound per IN (…): well under every driver's parameter limit


# ---- the client list --------------------------------------------------------------------------
def client_filters(dialect: str, query: str, status: ClientStatus | None) -> list[Any]:
    """WHERE clauses of the client list: status, and the full-text match as a subquery."""
    filters: list[Any] = []
    if status is not None:
        filters.append(ClientRow.status == status.value)
    matching = search_index.matching_client_ids_query(dialect, query)
    if matching is not None:
        filters.append(ClientRow.id.in_(matching))
    return filters


def list_page(s: Session, dialect: str, request: ClientListQuery) -> list[ClientSummary]:
    """One page of the client list: filtered by text and status, sorted and paged in SQL.

    A text search in name order takes its page from the search index (``name_ordered_ids_query``,
    the same order); every other list sorts the client table.
    """
    r = request
    page_ids: Any = None
    if r.status is None and r.order_by == "name":
        page_ids = search_index.name_ordered_ids_query(
            dialect, r.query, r.descending, r.limit, r.offset
        )
    if page_ids is None:
        filters = client_filters(dialect, r.query, r.status)
        return client_summaries(s, filters, r.order_by, r.descending, r.limit, r.offset)
    return _summaries(s, page_ids.subquery(), _ordering(ClientRow.name, r.descending))


def _member_count() -> Any:
    return (
        select(func.count(MemberRow.id))
        .where(MemberRow.client_id == ClientRow.id)
        .correlate(ClientRow)
        .scalar_subquery()
    )


def _ordering(order_col: Any, descending: bool) -> tuple[Any, Any]:
    return (order_col.desc() if descending else order_col, ClientRow.id)


def client_summaries(
    s: Session,
    filters: Sequence[Any],
    order_by: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[ClientSummary]:
    """One page of the client list, filtered, sorted and paged in SQL."""
    order_col: Any = SORTABLE_CLIENT_COLUMNS.get(order_by, ClientRow.name)
    if order_by == "member_count":
        order_col = _member_count()
    ordering = _ordering(order_col, descending)
    if s.get_bind().dialect.name == "postgresql":
        # One query: PostgreSQL itself counts members only for the rows past the LIMIT (a
        # subquery in the select list is evaluated after the sort); the page of ids joined
        # back cost it a second pass over the client table.
        stmt = _summary_select().where(*filters).order_by(*ordering)
        return _summary_rows(s, stmt.offset(offset).limit(limit))
    page_ids = select(ClientRow.id).where(*filters).order_by(*ordering)
    return _summaries(s, page_ids.offset(offset).limit(limit).subquery(), ordering)


def _summary_select() -> Select[Any]:
    return select(
        ClientRow.id,
        ClientRow.name,
        ClientRow.status,
        ClientRow.industry,
        ClientRow.region,
        _member_count(),
        ClientRow.updated_at,
        ClientRow.sales_share_pct,
    )


def _summaries(s: Session, page: Any, ordering: tuple[Any, Any]) -> list[ClientSummary]:
    """The summaries of the clients whose ids ``page`` (a subquery, column ``client_id`` or
    ``id``) holds, in ``ordering``.

    Members are counted for the page only: counting before the sort cost ~20 ms a keystroke
    for a one-letter search over 5,000 clients.
    """
    stmt = _summary_select().join(page, page.c[0] == ClientRow.id).order_by(*ordering)
    return _summary_rows(s, stmt)


def _summary_rows(s: Session, stmt: Select[Any]) -> list[ClientSummary]:
    rows = s.connection().execute(stmt)  # Core rows: the ORM's result layer is not needed
    return [ClientSummary(r[0], r[1], _STATUSES[r[2]], r[3], r[4], r[5], r[6], r[7]) for r in rows]


def count_clients(s: Session, filters: Sequence[Any] = ()) -> int:
    return s.execute(select(func.count(ClientRow.id)).where(*filters)).scalar_one()


def has_clients(s: Session) -> bool:
    return s.execute(select(ClientRow.id).limit(1)).first() is not None


# ---- one client ---------------------------------------------------------------------------------
def _client_row(s: Session, client_id: str) -> ClientRow | None:
    return s.get(ClientRow, client_id, options=(selectinload(ClientRow.tenders),))


def find_client(s: Session, client_id: str) -> Client | None:
    row = _client_row(s, client_id)
    return client_to_domain(row) if row is not None else None


def client_exists(s: Session, client_id: str) -> bool:
    return s.get(ClientRow, client_id) is not None


def client_version(s: Session, client_id: str) -> int | None:
    """The stored version counter, read under the write lock; None: no such client."""
    hold_for_saving(s, ClientRow, client_id)
    row = _client_row(s, client_id)
    return row.version if row is not None else None


def write_client(s: Session, client: Client) -> Client:
    """Insert (a new client, or a given id not stored: restore and demo data) or update."""
    row = _client_row(s, client.id) if client.id is not None else None
    if row is None:
        row = ClientRow(id=client.id) if client.id is not None else ClientRow()
        s.add(row)
    client_to_row(client, row)
    s.flush()
    reindex_client(s, row.id)
    return client_to_domain(row)


def delete_client(s: Session, client_id: str) -> list[tuple[str, list[dict]]]:
    """Delete the client with its dossier; returns the other features' rows it took along."""
    captured = attached_rows.capture(s.connection(), client_id)
    row = _client_row(s, client_id)
    if row is not None:
        s.delete(row)
    search_index.delete_client_entries(s.connection(), client_id)
    return captured


def restore_attached_rows(s: Session, captured: list[tuple[str, list[dict]]]) -> None:
    """Put back what ``delete_client`` captured (after the dossier itself is back)."""
    if captured:
        attached_rows.restore(s.connection(), captured)


def reindex_client(s: Session, client_id: str) -> None:
    """Refresh the client's search entries from what this unit of work holds."""
    s.flush()
    client = s.get(ClientRow, client_id)
    members = s.scalars(
        select(MemberRow)
        .where(MemberRow.client_id == client_id)
        .options(selectinload(MemberRow.contacts), selectinload(MemberRow.family))
    ).all()
    search_index.reindex_client(s.connection(), client, members)


def client_texts(s: Session, client_id: str) -> tuple[str, str, str] | None:
    """(revenue currency, strategy, growth areas): what a new proposal takes from a dossier."""
    row = s.get(ClientRow, client_id)
    if row is None:
        return None
    return row.revenue_currency, row.strategy, row.growth_areas


def load_dossier(s: Session, client_id: str) -> Dossier | None:
    client = find_client(s, client_id)
    if client is None:
        return None
    members = load_members(s, [client_id]).get(client_id, [])
    return Dossier(client, members, load_interactions(s, client_id))


# ---- members ------------------------------------------------------------------------------------
class _RowView:
    """A Core row read like an ORM row (attribute access), with its children attached."""

    def __init__(
        self, values: Any, contacts: list[Any] | None = None, family: list[Any] | None = None
    ) -> None:
        self.__dict__.update(values)
        self.contacts = contacts or []
        self.family = family or []


def _chunks(ids: Collection[str]) -> Iterable[list[str]]:
    ordered = list(ids)
    for start in range(0, len(ordered), ID_CHUNK):
        yield ordered[start : start + ID_CHUNK]


def _member_conditions(
    client_ids: Collection[str] | None, member_ids: Collection[str] | None
) -> Iterable[ColumnElement[bool] | None]:
    """One WHERE clause per chunk of ids; ``None`` alone means every member."""
    if client_ids is None and member_ids is None:
        yield None
        return
    if client_ids is not None:
        for chunk in _chunks(client_ids):
            yield MemberRow.__table__.c.client_id.in_(chunk)
    if member_ids is not None:
        for chunk in _chunks(member_ids):
            yield MemberRow.__table__.c.id.in_(chunk)


def _where(stmt: Select[Any], condition: ColumnElement[bool] | None) -> Select[Any]:
    return stmt if condition is None else stmt.where(condition)


def load_members(
    s: Session,
    client_ids: Collection[str] | None = None,
    member_ids: Collection[str] | None = None,
) -> dict[str, list[Member]]:
    """Members with their contacts and family, by client id: the one reader of members.

    ``client_ids`` (or ``member_ids``) restricts the read; both None reads every member. Each
    client's list is ordered by influence (highest first), then name, the dossier's order.
    Three Core queries per chunk of 500 ids, whatever the number of members: ORM objects cost
    about 5× more, and ORM selectin loads made SQLite scan whole tables.
    """
    members: dict[str, list[Member]] = {}
    if (client_ids is not None and not client_ids) or (member_ids is not None and not member_ids):
        return members
    table = MemberRow.__table__
    for condition in _member_conditions(client_ids, member_ids):
        ids = _where(select(table.c.id), condition)
        children: dict[str, dict[str, list[_RowView]]] = {"contacts": {}, "family": {}}
        for attribute, model in (("contacts", ContactRow), ("family", FamilyRow)):
            child = model.__table__
            query = select(child).where(child.c.member_id.in_(ids))
            for row in s.execute(query.order_by(child.c.member_id, child.c.position)).mappings():
                children[attribute].setdefault(row["member_id"], []).append(_RowView(row))
        query = _where(select(table), condition).order_by(
            table.c.influence.desc(), table.c.full_name
        )
        for row in s.execute(query).mappings():
            view = _RowView(
                row, children["contacts"].get(row["id"]), children["family"].get(row["id"])
            )
            # The mapping reads attributes only: a view of the row is as good as the row.
            member = member_to_domain(cast(MemberRow, view))
            members.setdefault(row["client_id"], []).append(member)
    return members


def members_by_id(s: Session, member_ids: Collection[str]) -> dict[str, Member]:
    """Members (with contacts and family) by id; unknown ids are left out."""
    found = load_members(s, member_ids=member_ids)
    return {m.id: m for group in found.values() for m in group if m.id is not None}


def find_member(s: Session, member_id: str) -> Member | None:
    return members_by_id(s, [member_id]).get(member_id)


def member_ids_of(s: Session, client_id: str) -> set[str]:
    return set(s.scalars(select(MemberRow.id).where(MemberRow.client_id == client_id)))


def member_clients(s: Session, member_ids: Collection[str]) -> dict[str, str]:
    """Member id → client id, for the ids that exist."""
    found: dict[str, str] = {}
    for chunk in _chunks(member_ids):
        stmt = select(MemberRow.id, MemberRow.client_id).where(MemberRow.id.in_(chunk))
        found.update({member_id: client_id for member_id, client_id in s.execute(stmt)})
    return found


def reports_to_of(s: Session, member_id: str) -> str | None:
    """Whom the member reports to (None: nobody, or no such member)."""
    row = s.get(MemberRow, member_id)
    return row.reports_to_id if row is not None else None


def member_version(s: Session, member_id: str) -> int | None:
    """The stored version counter, read under the write lock; None: no such member."""
    hold_for_saving(s, MemberRow, member_id)
    row = s.get(
        MemberRow,
        member_id,
        options=(selectinload(MemberRow.contacts), selectinload(MemberRow.family)),
    )
    return row.version if row is not None else None


def count_members(s: Session, client_id: str) -> int:
    stmt = select(func.count(MemberRow.id)).where(MemberRow.client_id == client_id)
    return s.execute(stmt).scalar_one()


def write_member(s: Session, member: Member, client_id: str) -> Member:
    """Insert (under ``client_id``) or update; reindexes the client's search entries."""
    row = None
    if member.id is not None:
        row = s.get(
            MemberRow,
            member.id,
            options=(selectinload(MemberRow.contacts), selectinload(MemberRow.family)),
        )
    if row is None:
        row = MemberRow(id=member.id) if member.id else MemberRow()
        row.client_id = client_id
        s.add(row)
    member_to_row(member, row)
    s.flush()
    reindex_client(s, row.client_id)
    return member_to_domain(row)


MemberLinks = tuple[list[str], list[tuple[str, list[str]]]]


def delete_member(s: Session, member_id: str, client_id: str) -> MemberLinks:
    """Delete one member; returns who reported to them and the meetings they were in."""
    row = s.get(MemberRow, member_id)
    subordinates = list(s.scalars(select(MemberRow.id).where(MemberRow.reports_to_id == member_id)))
    meetings = [
        (i.id, [m.id for m in i.members])
        for i in s.scalars(
            select(InteractionRow).where(InteractionRow.members.any(MemberRow.id == member_id))
        )
    ]
    if row is not None:
        s.delete(row)
    s.flush()
    reindex_client(s, client_id)
    return subordinates, meetings


def restore_member_links(s: Session, member_id: str, links: MemberLinks) -> None:
    """After a deleted member is saved back: their reports and meetings again."""
    subordinates, meetings = links
    for sub_id in subordinates:
        sub = s.get(MemberRow, sub_id)
        if sub is not None:
            sub.reports_to_id = member_id
    row = s.get(MemberRow, member_id)
    for interaction_id, _ids in meetings:
        interaction = s.get(InteractionRow, interaction_id)
        if interaction is not None and row not in interaction.members:
            interaction.members.append(cast(MemberRow, row))


# ---- interactions -------------------------------------------------------------------------------
def load_interactions(s: Session, client_id: str) -> list[Interaction]:
    """The client's interactions, newest first."""
    rows = s.scalars(
        select(InteractionRow)
        .where(InteractionRow.client_id == client_id)
        .options(
            selectinload(InteractionRow.members).load_only(MemberRow.id),
            selectinload(InteractionRow.team_members).load_only(TeamMemberRow.id),
        )
        .order_by(InteractionRow.occurred_on.desc())
    ).all()
    return [interaction_to_domain(i) for i in rows]


def interaction_version(s: Session, interaction_id: str) -> int | None:
    """The stored version counter, read under the write lock; None: no such interaction."""
    hold_for_saving(s, InteractionRow, interaction_id)
    row = s.get(InteractionRow, interaction_id)
    return row.version if row is not None else None


def find_interaction(s: Session, interaction_id: str) -> Interaction | None:
    row = s.get(InteractionRow, interaction_id)
    return interaction_to_domain(row) if row is not None else None


def count_interactions(s: Session, client_id: str) -> int:
    stmt = select(func.count(InteractionRow.id)).where(InteractionRow.client_id == client_id)
    return s.execute(stmt).scalar_one()


def write_interaction(s: Session, interaction: Interaction) -> Interaction:
    """Insert or update, with its participants (ids that do not exist are left out)."""
    row = s.get(InteractionRow, interaction.id) if interaction.id else None
    if row is None:
        row = InteractionRow(id=interaction.id) if interaction.id else InteractionRow()
        row.client_id = interaction.client_id
        s.add(row)
    fill_interaction(s, row, interaction)
    s.flush()
    return interaction_to_domain(row)


def fill_interaction(s: Session, row: InteractionRow, interaction: Interaction) -> None:
    """The row takes the interaction's fields and participants (the editor and imports)."""
    row.occurred_on, row.kind = interaction.occurred_on, interaction.kind.value
    row.summary, row.next_step = interaction.summary.strip(), interaction.next_step.strip()
    row.next_step_due = interaction.next_step_due
    row.next_step_done_on = interaction.next_step_done_on
    row.members = list(s.scalars(select(MemberRow).where(MemberRow.id.in_(interaction.member_ids))))
    row.team_members = list(
        s.scalars(select(TeamMemberRow).where(TeamMemberRow.id.in_(interaction.team_member_ids)))
    )


def delete_interaction(s: Session, interaction_id: str) -> Interaction | None:
    """Delete one interaction; returns it as it was (None: there was none)."""
    row = s.get(InteractionRow, interaction_id)
    if row is None:
        return None
    snapshot = interaction_to_domain(row)
    s.delete(row)
    return snapshot


# ---- what others changed (the window polls this) ------------------------------------------------
def clients_stamp(s: Session) -> tuple[object, ...]:
    """Count, version sum and newest update of all clients: any save, add or delete moves it."""
    stmt = select(
        func.count(ClientRow.id),
        func.coalesce(func.sum(ClientRow.version), 0),
        func.max(ClientRow.updated_at),
    )
    return tuple(s.connection().execute(stmt).one())


def record_versions(s: Session, client_id: str) -> RecordVersions:
    """The version counters of a client and of its members and interactions: three indexed
    Core selects (plain SQL, any backend; ORM rows cost twice as much for 600 records)."""
    conn = s.connection()
    found: RecordVersions = {}
    for kind, table, column in (
        (EntityKind.CLIENT, ClientRow.__table__, "id"),
        (EntityKind.MEMBER, MemberRow.__table__, "client_id"),
        (EntityKind.INTERACTION, InteractionRow.__table__, "client_id"),
    ):
        stmt = select(table.c.id, table.c.version).where(table.c[column] == client_id)
        found.update({(kind, record_id): version for record_id, version in conn.execute(stmt)})
    return found
