"""Conversion between ORM rows and domain dataclasses (the only place that knows both)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from kam_desktop.domain.dossier import (
    COMPANY_PICTURES,
    COMPANY_REQUISITES,
    COMPANY_TEXT_FIELDS,
    TEAM_MEMBER_FIELDS,
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
        ContactRow,
        DmuRoleRow,
        FamilyRow,
        InteractionRow,
        MemberRow,
        OurCompanyRow,
        TeamMemberRow,
        TenderRow,
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
COMPANY_FIELDS = (*COMPANY_TEXT_FIELDS, *COMPANY_REQUISITES, *COMPANY_PICTURES)


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


class _Keyed(Protocol):
    """A domain record or a row: both carry the record's id (None on a record not saved yet)."""

    @property
    def id(self) -> Any: ...


RowT = TypeVar("RowT", bound=_Keyed)
RecordT = TypeVar("RecordT", bound=_Keyed)


def new_row(row_class: Callable[..., RowT], record_id: str | None) -> RowT:
    """A new row under the record's own id (restores, imports, the demo), else a fresh UUID."""
    return row_class(id=record_id) if record_id else row_class()


def child_rows(
    stored: Iterable[RowT],
    records: Sequence[RecordT],
    row_class: Callable[..., RowT],
    fill: Callable[[RowT, RecordT, int], None],
) -> list[RowT]:
    """A parent's child rows for ``records``, in their order: each filled by ``fill(row,
    record, position)`` into the stored row with the same id, or into a new one.

    Keeping the stored row object makes an edit an UPDATE, not a delete and an insert.
    """
    by_id = {row.id: row for row in stored}
    rows = []
    for position, record in enumerate(records):
        row = by_id.get(record.id) if record.id else None
        if row is None:
            row = new_row(row_class, record.id)
        fill(row, record, position)
        rows.append(row)
    return rows


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
    row.tenders = child_rows(row.tenders, client.tenders, TenderRow, _fill_tender)


def _fill_tender(tr: TenderRow, t: Tender, _position: int) -> None:
    tr.title, tr.tender_date, tr.notes = t.title.strip(), t.tender_date, t.notes  # date order


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
    row.contacts = child_rows(row.contacts, member.contacts, ContactRow, _fill_contact)
    row.family = child_rows(row.family, member.family, FamilyRow, _fill_relative)


def _fill_contact(cr: ContactRow, c: ContactPoint, position: int) -> None:
    cr.kind, cr.value, cr.label, cr.position = c.kind.value, c.value.strip(), c.label, position


def _fill_relative(fr: FamilyRow, relative: FamilyMember, position: int) -> None:
    fr.name, fr.relation = relative.name.strip(), relative.relation
    fr.notes, fr.position = relative.notes, position
    fr.birthday_day, fr.birthday_month, fr.birthday_year = _birthday_columns(relative.birthday)


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
    return TeamMember(**{f: getattr(row, f) for f in TEAM_MEMBER_FIELDS}, id=row.id)


def company_to_domain(row: OurCompanyRow) -> OurCompany:
    return OurCompany(**{f: getattr(row, f) for f in COMPANY_FIELDS}, id=row.id)
