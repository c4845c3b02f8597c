"""Reads and writes of our side and the shared lists: team, company profile, DMU roles.

Each function takes the caller's ``Session`` and takes or returns domain objects.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.dossier import TEAM_MEMBER_FIELDS, DmuRole, OurCompany, TeamMember
from kam_desktop.storage.mapping import (
    COMPANY_FIELDS,
    RowT,
    company_to_domain,
    copy_stripped,
    new_row,
    role_to_domain,
    team_member_to_domain,
)
from kam_desktop.storage.models import DmuRoleRow, OurCompanyRow, TeamMemberRow


# ---- DMU roles ----------------------------------------------------------------------------------
def load_roles(s: Session, ordered: bool = True) -> list[DmuRole]:
    stmt = select(DmuRoleRow)
    if ordered:
        stmt = stmt.order_by(DmuRoleRow.sort_order, DmuRoleRow.code)
    return [role_to_domain(r) for r in s.scalars(stmt)]


def role_exists(s: Session, code: str) -> bool:
    return s.get(DmuRoleRow, code) is not None


def add_role(s: Session, role: DmuRole, sort_order: int) -> DmuRole:
    row = DmuRoleRow(
        code=role.code,
        name_ru=role.name_ru,
        name_en=role.name_en,
        builtin=role.builtin,
        sort_order=sort_order,
    )
    s.add(row)
    return role_to_domain(row)


# ---- our team -----------------------------------------------------------------------------------
def load_team(s: Session, ids: Collection[str] | None = None) -> list[TeamMember]:
    """The team by name, or only the people with ``ids`` (in no particular order)."""
    stmt = select(TeamMemberRow)
    if ids is not None:
        stmt = stmt.where(TeamMemberRow.id.in_(ids))
    else:
        stmt = stmt.order_by(TeamMemberRow.full_name)
    return [team_member_to_domain(r) for r in s.scalars(stmt)]


def find_team_member(s: Session, person_id: str) -> TeamMember | None:
    row = s.get(TeamMemberRow, person_id)
    return team_member_to_domain(row) if row is not None else None


def _write_fields(s: Session, row: RowT, record: object, fields: Iterable[str]) -> RowT:
    """Copy the record's fields onto its row (a new row joins the session) and flush."""
    s.add(row)  # a no-op for a row the session already holds
    copy_stripped(row, record, fields)
    s.flush()
    return row


def write_team_member(s: Session, person: TeamMember) -> TeamMember:
    row = s.get(TeamMemberRow, person.id) if person.id else None
    if row is None:
        row = new_row(TeamMemberRow, person.id)
    return team_member_to_domain(_write_fields(s, row, person, TEAM_MEMBER_FIELDS))


def delete_team_member(s: Session, person_id: str) -> TeamMember | None:
    row = s.get(TeamMemberRow, person_id)
    if row is None:
        return None
    snapshot = team_member_to_domain(row)
    s.delete(row)
    return snapshot


# ---- our company --------------------------------------------------------------------------------
def _company_row(s: Session) -> OurCompanyRow | None:
    return s.scalars(select(OurCompanyRow).limit(1)).first()


def load_company(s: Session) -> OurCompany | None:
    """Our company profile (there is one at most), or None when never filled in."""
    row = _company_row(s)
    return company_to_domain(row) if row is not None else None


def write_company(s: Session, company: OurCompany) -> OurCompany:
    row = _company_row(s)
    if row is None:
        row = new_row(OurCompanyRow, company.id)
    return company_to_domain(_write_fields(s, row, company, COMPANY_FIELDS))
