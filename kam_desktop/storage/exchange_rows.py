"""Rows an import writes: new dossiers for executemany, proposal-side rows from plain values,
"keep both" copies with fresh ids, and the few statements an import needs besides the ORM.

Values come in as domain objects or plain dicts (the exchange layer's ``from_json`` output);
nothing here knows the file format. A row shape (``RowShape``) is anything with the column
names and child shapes of a table, e.g. ``exchange.tables.TableSpec``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.orm import Session

from kam_desktop.domain.dossier import (
    TEAM_MEMBER_FIELDS,
    Client,
    ContactPoint,
    DmuRole,
    FamilyMember,
    Interaction,
    Member,
    OurCompany,
    TeamMember,
    managers_first,
)
from kam_desktop.i18n import _
from kam_desktop.storage import bulk, derived, search_index
from kam_desktop.storage.exchange_reads import member_rows_of_client
from kam_desktop.storage.mapping import (
    CLIENT_FIELDS,
    COMPANY_FIELDS,
    MEMBER_FIELDS,
    client_to_row,
    copy_stripped,
    member_to_row,
)
from kam_desktop.storage.models import (
    ClientRow,
    ContactRow,
    DmuRoleRow,
    FamilyRow,
    InteractionRow,
    MemberRow,
    OurCompanyRow,
    TeamMemberRow,
    TenderRow,
    interaction_member,
    interaction_team,
)

IMPORT_PAGE_CACHE_KIB = 64 * 1024
IMPORTED_ROLE_SORT_ORDER = 1000  # an imported role sorts after the seeded ones


class RowShape(Protocol):
    """Column names and child shapes of a table (``exchange.tables.TableSpec`` is one)."""

    @property
    def columns(self) -> Mapping[str, object]: ...

    @property
    def children(self) -> Mapping[str, RowShape]: ...


def new_uuid() -> str:
    return str(uuid.uuid4())


def widen_page_cache(s: Session) -> None:
    """Large imports update big indexes (and the FTS table); SQLite's default 2 MB page cache
    makes that I/O-bound and superlinear. The setting lasts for this pooled connection only."""
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_PAGE_CACHE_KIB}")


def restore_versions(s: Session, versions: Mapping[Table, list[dict]]) -> None:
    """The ORM writes version 1 on insert; carry the file's versions over afterwards
    (``{"rid": id, "v": version, "at": updated_at}`` per row)."""
    s.flush()
    for table, pairs in versions.items():
        # updated_at is set too, or its onupdate default would stamp "now".
        s.execute(
            update(table)
            .where(table.c.id == bindparam("rid"))
            .values(version=bindparam("v"), updated_at=bindparam("at")),
            pairs,
        )


def add_missing_roles(s: Session, roles: Iterable[DmuRole]) -> None:
    """Roles of the file this database does not have, as custom roles sorted last."""
    local = set(s.scalars(select(DmuRoleRow.code)))
    for role in roles:
        if role.code not in local:
            s.add(
                DmuRoleRow(
                    code=role.code,
                    name_ru=role.name_ru,
                    name_en=role.name_en,
                    builtin=False,
                    sort_order=IMPORTED_ROLE_SORT_ORDER,
                )
            )
    s.flush()


def reporting_lines(s: Session, client_id: str) -> dict[str, str | None]:
    """Member id → the id of the person they report to, for one client."""
    query = select(MemberRow.id, MemberRow.reports_to_id).where(MemberRow.client_id == client_id)
    return {member_id: boss for member_id, boss in s.execute(query)}


def reindex_client(s: Session, client_id: str) -> None:
    """Rewrite the search entries of one client and its people."""
    client_row = s.get(ClientRow, client_id)
    if client_row is not None:
        members = member_rows_of_client(s, client_id)
        search_index.reindex_client(s.connection(), client_row, members)


def add_members(s: Session, client_row: ClientRow, members: Iterable[Member]) -> list[str]:
    """New people for a client (vCard import, no reporting lines), then its search entries;
    returns their ids."""
    added = []
    for member in members:
        row = MemberRow(id=new_uuid(), client_id=client_row.id)
        member_to_row(replace(member, reports_to_id=None), row)
        s.add(row)
        added.append(row.id)
    s.flush()
    members_rows = member_rows_of_client(s, client_row.id)
    search_index.reindex_client(s.connection(), client_row, members_rows)
    return added


def insert_new_rows(conn: Connection, pending: Mapping[Table, list[dict]]) -> None:
    """Bulk-insert batched rows (tables in parent-to-child order), Today's derived rows of the
    new clients filled once at the end instead of by a trigger per row."""
    clients = [
        row["id"] for table, rows in pending.items() if table.name == "client" for row in rows
    ]
    with derived.paused(conn, clients):
        for table, rows in pending.items():
            if rows:
                bulk.insert_rows(conn, table, rows)


# ---- rows from domain objects -------------------------------------------------------------
def fill_team_row(row: TeamMemberRow, person: TeamMember) -> TeamMemberRow:
    copy_stripped(row, person, TEAM_MEMBER_FIELDS)
    return row


def fill_company_row(row: OurCompanyRow, company: OurCompany) -> OurCompanyRow:
    copy_stripped(row, company, COMPANY_FIELDS)
    return row


def team_row(person: TeamMember) -> TeamMemberRow:
    return fill_team_row(TeamMemberRow(id=person.id), person)


def client_copy(client: Client) -> ClientRow:
    """A copy of their client for "keep both": new ids, the name marks it as a copy."""
    copy = replace(
        client,
        id=new_uuid(),
        name=_("{name} (imported copy)").format(name=client.name),
        tenders=[replace(t, id=new_uuid()) for t in client.tenders],
    )
    row = ClientRow(id=copy.id)
    client_to_row(copy, row)
    return row


def fresh_member_ids(member: Member) -> Member:
    """A copy of theirs for "keep both": new ids for the person, contacts and family."""
    return replace(
        member,
        id=None,
        contacts=[ContactPoint(c.kind, c.value, c.label, new_uuid()) for c in member.contacts],
        family=[
            FamilyMember(f.name, f.relation, f.birthday, f.notes, new_uuid()) for f in member.family
        ],
    )


def fill(row: Any, shape: RowShape, values: Mapping[str, Any]) -> Any:
    """Write plain values into a row and its child rows (reusing children by id)."""
    for name in shape.columns:
        setattr(row, name, values[name])
    for attribute, child_shape in shape.children.items():
        child_model = getattr(type(row), attribute).property.mapper.class_
        existing = {child.id: child for child in getattr(row, attribute)}
        children = []
        for child_values in values[attribute]:
            child = existing.get(child_values["id"]) or child_model(id=child_values["id"])
            children.append(fill(child, child_shape, child_values))
        setattr(row, attribute, children)
    return row


def fresh_ids(values: Mapping[str, Any], shape: RowShape) -> dict[str, Any]:
    """A copy of a record tree with new ids everywhere ("keep both")."""
    copy = {**values, "id": new_uuid()}
    for attribute, child_shape in shape.children.items():
        copy[attribute] = [fresh_ids(child, child_shape) for child in values[attribute]]
    return copy


class Stamped(Protocol):
    """Created/updated stamps and version (a domain record, ``Stamps``, the file's meta)."""

    @property
    def created_at(self) -> datetime | None: ...

    @property
    def updated_at(self) -> datetime | None: ...

    @property
    def version(self) -> int: ...


def _table_of(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _meta_columns(record: Stamped) -> dict[str, Any]:
    return {
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "version": record.version,
    }


def new_dossier_rows(
    client: Client, members: list[Member], interactions: Sequence[tuple[Interaction, Stamped]]
) -> list[tuple[Table, list[dict]]]:
    """Column values of a new dossier for executemany, parents before children."""
    client_row = {f: getattr(client, f) for f in CLIENT_FIELDS}
    client_row.update(
        id=client.id,
        status=client.status.value,
        tags=list(client.tags),
        reliability_checklist=dict(client.reliability_checklist),
        reliability_result=client.reliability_result.value,
        **_meta_columns(client),
    )
    tenders = [
        {
            "id": t.id,
            "client_id": client.id,
            "title": t.title,
            "tender_date": t.tender_date,
            "notes": t.notes,
        }
        for t in client.tenders
    ]
    member_rows: list[dict] = []
    contacts: list[dict] = []
    family: list[dict] = []
    for m in managers_first(members):
        row = {f: getattr(m, f) for f in MEMBER_FIELDS}
        b = m.birthday
        row.update(
            id=m.id,
            client_id=client.id,
            attitude=m.attitude.value,
            gender=m.gender.value,
            birthday_day=b.day if b else None,
            birthday_month=b.month if b else None,
            birthday_year=b.year if b else None,
            anniversary_day=m.anniversary.day if m.anniversary else None,
            anniversary_month=m.anniversary.month if m.anniversary else None,
            anniversary_year=m.anniversary.year if m.anniversary else None,
            **_meta_columns(m),
        )
        member_rows.append(row)
        contacts += [
            {
                "id": c.id,
                "member_id": m.id,
                "kind": c.kind.value,
                "label": c.label,
                "value": c.value,
                "position": i,
            }
            for i, c in enumerate(m.contacts)
        ]
        for i, f in enumerate(m.family):
            fb = f.birthday
            family.append(
                {
                    "id": f.id,
                    "member_id": m.id,
                    "name": f.name,
                    "relation": f.relation,
                    "notes": f.notes,
                    "position": i,
                    "birthday_day": fb.day if fb else None,
                    "birthday_month": fb.month if fb else None,
                    "birthday_year": fb.year if fb else None,
                }
            )
    interaction_rows: list[dict] = []
    people: list[dict] = []
    team: list[dict] = []
    for act, meta in interactions:
        interaction_rows.append(
            {
                "id": act.id,
                "client_id": client.id,
                "occurred_on": act.occurred_on,
                "kind": act.kind.value,
                "summary": act.summary,
                "next_step": act.next_step,
                "next_step_due": act.next_step_due,
                "next_step_done_on": act.next_step_done_on,
                "created_at": meta.created_at,
                "updated_at": meta.updated_at,
                "version": meta.version,
            }
        )
        people += [{"interaction_id": act.id, "member_id": m} for m in act.member_ids]
        team += [{"interaction_id": act.id, "team_member_id": t} for t in act.team_member_ids]
    return [
        (_table_of(ClientRow), [client_row]),
        (_table_of(TenderRow), tenders),
        (_table_of(MemberRow), member_rows),
        (_table_of(ContactRow), contacts),
        (_table_of(FamilyRow), family),
        (_table_of(InteractionRow), interaction_rows),
        (interaction_member, people),
        (interaction_team, team),
    ]
