"""Conversion between ORM rows and domain dataclasses (the only place that knows both)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kam_desktop.domain.dossier import (
    COMPANY_REQUISITES,
    Birthday,
    Client,
    ContactPoint,
    DmuRole,
    FamilyMember,
    Interaction,
    Member,
    OurCompany,
    TeamMember,
    Tender,
)
from kam_desktop.domain.enums import (
    Attitude,
    ClientStatus,
    ContactKind,
    Gender,
    InteractionKind,
    ReliabilityResult,
)

if TYPE_CHECKING:
    from kam_desktop.storage.models import (
        ClientRow,
        DmuRoleRow,
        InteractionRow,
        MemberRow,
        OurCompanyRow,
        TeamMemberRow,
    )

CLIENT_FIELDS = (
    "name",
    "legal_name",
    "tax_id",
    "kpp",
    "industry",
    "region",
    "address",
    "website",
    "annual_revenue",
    "revenue_currency",
    "sales_share_pct",
    "strategy",
    "weak_points",
    "growth_areas",
    "buying_process",
    "competitors",
    "reliability_checked_on",
    "reliability_notes",
)
MEMBER_FIELDS = (
    "full_name",
    "position",
    "department",
    "role_code",
    "influence",
    "decision_style",
    "concerns",
    "reports_to_id",
    "preferred_channel",
    "preferred_time",
    "hobbies",
    "values",
    "likes",
    "dislikes",
    "topics_to_avoid",
    "notes",
    "last_contact_on",
    "consent_on",
    "consent_how",
)
TEAM_FIELDS = ("full_name", "position", "phone", "email", "signs_proposals")
COMPANY_FIELDS = (
    "name",
    "legal_name",
    "address",
    "requisites",
    "phone",
    "email",
    "website",
    "logo_png",
    *COMPANY_REQUISITES,
    "signature_png",
    "stamp_png",
)


def _birthday(day: int | None, month: int | None, year: int | None) -> Birthday | None:
    return Birthday(day, month, year) if day and month else None


def _birthday_columns(birthday: Birthday | None) -> tuple[int | None, int | None, int | None]:
    return (birthday.day, birthday.month, birthday.year) if birthday else (None, None, None)


def role_to_domain(row: DmuRoleRow) -> DmuRole:
    return DmuRole(row.code, row.name_ru, row.name_en, row.builtin)


def client_to_domain(row: ClientRow) -> Client:
    client = Client(**{f: getattr(row, f) for f in CLIENT_FIELDS})
    client.status = ClientStatus(row.status)
    client.tags = list(row.tags or [])
    client.reliability_checklist = dict(row.reliability_checklist or {})
    client.reliability_result = ReliabilityResult(row.reliability_result)
    client.tenders = [Tender(t.title, t.tender_date, t.notes, t.id) for t in row.tenders]
    client.id, client.version = row.id, row.version
    client.created_at, client.updated_at = row.created_at, row.updated_at
    return client


def copy_stripped(target: object, source: object, fields: Iterable[str]) -> None:
    """Copy ``fields`` from a domain object to a row (or back), text without outer spaces."""
    for f in fields:
        value = getattr(source, f)
        setattr(target, f, value.strip() if isinstance(value, str) else value)


def client_to_row(client: Client, row: ClientRow) -> None:
    from kam_desktop.storage.models import TenderRow  # the models load SQLAlchemy: writes only

    copy_stripped(row, client, CLIENT_FIELDS)
    row.status = client.status.value
    row.tags = [t.strip() for t in client.tags if t.strip()]
    row.reliability_checklist = dict(client.reliability_checklist)
    row.reliability_result = client.reliability_result.value
    existing = {t.id: t for t in row.tenders}
    tenders = []
    for t in client.tenders:
        tr = existing.get(t.id) if t.id else None
        if tr is None:
            tr = TenderRow(id=t.id) if t.id else TenderRow()
        tr.title, tr.tender_date, tr.notes = t.title.strip(), t.tender_date, t.notes
        tenders.append(tr)
    row.tenders = tenders


def member_to_domain(row: MemberRow) -> Member:
    member = Member(**{f: getattr(row, f) for f in MEMBER_FIELDS})
    member.client_id = row.client_id
    member.attitude = Attitude(row.attitude)
    member.gender = Gender(row.gender or Gender.AUTO.value)
    member.birthday = _birthday(row.birthday_day, row.birthday_month, row.birthday_year)
    member.anniversary = _birthday(row.anniversary_day, row.anniversary_month, row.anniversary_year)
    member.contacts = [
        ContactPoint(ContactKind(c.kind), c.value, c.label, c.id) for c in row.contacts
    ]
    member.family = [
        FamilyMember(
            f.name,
            f.relation,
            _birthday(f.birthday_day, f.birthday_month, f.birthday_year),
            f.notes,
            f.id,
        )
        for f in row.family
    ]
    member.id, member.version = row.id, row.version
    member.created_at, member.updated_at = row.created_at, row.updated_at
    return member


def member_to_row(member: Member, row: MemberRow) -> None:
    from kam_desktop.storage.models import ContactRow, FamilyRow

    copy_stripped(row, member, MEMBER_FIELDS)
    row.attitude = member.attitude.value
    row.gender = member.gender.value
    row.birthday_day, row.birthday_month, row.birthday_year = _birthday_columns(member.birthday)
    row.anniversary_day, row.anniversary_month, row.anniversary_year = _birthday_columns(
        member.anniversary
    )
    old_contacts = {c.id: c for c in row.contacts}
    contacts = []
    for i, c in enumerate(member.contacts):
        cr = old_contacts.get(c.id) if c.id else None
        if cr is None:
            cr = ContactRow(id=c.id) if c.id else ContactRow()
        cr.kind, cr.value, cr.label, cr.position = c.kind.value, c.value.strip(), c.label, i
        contacts.append(cr)
    row.contacts = contacts
    old_family = {f.id: f for f in row.family}
    family = []
    for i, relative in enumerate(member.family):
        fr = old_family.get(relative.id) if relative.id else None
        if fr is None:
            fr = FamilyRow(id=relative.id) if relative.id else FamilyRow()
        fr.name, fr.relation = relative.name.strip(), relative.relation
        fr.notes, fr.position = relative.notes, i
        fr.birthday_day, fr.birthday_month, fr.birthday_year = _birthday_columns(
            relative.birthday
        )
        family.append(fr)
    row.family = family


def interaction_to_domain(row: InteractionRow) -> Interaction:
    return Interaction(
        client_id=row.client_id,
        occurred_on=row.occurred_on,
        kind=InteractionKind(row.kind),
        summary=row.summary,
        member_ids=[m.id for m in row.members],
        team_member_ids=[t.id for t in row.team_members],
        next_step=row.next_step,
        next_step_due=row.next_step_due,
        next_step_done_on=row.next_step_done_on,
        id=row.id,
        version=row.version,
    )


def team_member_to_domain(row: TeamMemberRow) -> TeamMember:
    return TeamMember(**{f: getattr(row, f) for f in TEAM_FIELDS}, id=row.id)


def company_to_domain(row: OurCompanyRow) -> OurCompany:
    return OurCompany(**{f: getattr(row, f) for f in COMPANY_FIELDS}, id=row.id)
