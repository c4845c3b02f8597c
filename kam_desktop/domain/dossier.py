"""Dossier value objects passed between services, GUI, CLI, documents and exchange.

They are plain dataclasses: storage maps them to ORM rows, so no layer above storage ever
holds a database session.

New and saved records: every editable record (client, member, contact, family member, tender,
interaction, team member, company, and the proposal-side records in ``domain/proposal.py``)
derives from ``Record`` and has ``id: str | None``:

- ``id is None`` — a NEW record, built by a form or a factory and never stored. Saving it lets
  storage assign a fresh UUID. (``record.is_new`` says so; the GUI uses it to title a dialog
  "New …" and to enable Save.)
- ``id`` set — a SAVED record (everything storage returns has one), or a record that brings
  its own UUID from outside (an imported file, demo data, an undo snapshot being restored):
  storage inserts it under that id when it is not stored yet, otherwise updates it.

Code that needs the id of a record it knows is saved (it came from storage or from a parsed
file) reads ``record.saved_id``: typed ``str``, it raises ``UnsavedRecordError`` for a new
record instead of letting ``None`` travel on into a query, a link or a file. So the types tell
the two apart where it matters without a parallel set of ``New*`` classes.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from kam_desktop.domain import account_health
from kam_desktop.domain.enums import (
    Attitude,
    ClientStatus,
    ContactKind,
    Gender,
    InteractionKind,
    ReliabilityResult,
)


class UnsavedRecordError(ValueError):
    """A record without an id was used where only a saved one makes sense (a bug, not input)."""


class Record:
    """Base of the editable records: ``id`` None = new, set = saved (see the module doc)."""

    __slots__ = ()
    id: str | None

    @property
    def is_new(self) -> bool:
        return self.id is None

    @property
    def saved_id(self) -> str:
        """The id of a saved record; raises ``UnsavedRecordError`` for a new one."""
        if self.id is None:
            raise UnsavedRecordError(f"this {type(self).__name__} is not saved yet")
        return self.id


@dataclass(frozen=True, slots=True)
class Birthday:
    """Day and month are required; the year is often unknown (people keep it private)."""

    day: int
    month: int
    year: int | None = None

    def is_valid(self) -> bool:
        if not 1 <= self.month <= 12:
            return False
        if self.year is not None and not 1900 <= self.year <= 2100:
            return False
        # 29 February is valid without a year; with a year only in a leap year.
        max_day = calendar.monthrange(self.year if self.year else 2000, self.month)[1]
        return 1 <= self.day <= max_day

    def next_occurrence(self, today: date) -> date:
        """The next date (today included) the birthday is celebrated; 29 Feb → 28 Feb otherwise."""
        for year in (today.year, today.year + 1):
            day = self.day
            if self.month == 2 and day == 29 and not calendar.isleap(year):
                day = 28
            candidate = date(year, self.month, day)
            if candidate >= today:
                return candidate
        raise AssertionError("unreachable")

    def iso(self) -> str:
        """ISO 8601 / vCard form: ``1975-03-14`` or ``--03-14`` when the year is unknown."""
        if self.year:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"--{self.month:02d}-{self.day:02d}"


@dataclass(slots=True)
class DmuRole:
    code: str
    name_ru: str
    name_en: str
    builtin: bool = True

    def label(self, lang: str) -> str:
        return self.name_ru if lang == "ru" else self.name_en


@dataclass(slots=True)
class ContactPoint(Record):
    kind: ContactKind
    value: str
    label: str = ""
    id: str | None = None


@dataclass(slots=True)
class FamilyMember(Record):
    name: str
    relation: str = ""
    birthday: Birthday | None = None
    notes: str = ""
    id: str | None = None


@dataclass(slots=True)
class Member(Record):
    """A member of the client's decision-making group (участник ГПР)."""

    full_name: str
    client_id: str | None = None
    position: str = ""
    department: str = ""
    role_code: str = "other"
    influence: int = 3
    attitude: Attitude = Attitude.NEUTRAL
    decision_style: str = ""
    concerns: str = ""  # опасения / возражения: answered in their variant of a proposal
    gender: Gender = Gender.AUTO  # for «Уважаемый/Уважаемая»; auto = from the patronymic
    reports_to_id: str | None = None
    contacts: list[ContactPoint] = field(default_factory=list)
    preferred_channel: str = ""
    preferred_time: str = ""
    birthday: Birthday | None = None
    anniversary: Birthday | None = None  # wedding anniversary: day and month, year optional
    family: list[FamilyMember] = field(default_factory=list)
    hobbies: str = ""
    values: str = ""
    likes: str = ""
    dislikes: str = ""
    topics_to_avoid: str = ""
    notes: str = ""
    last_contact_on: date | None = None
    consent_on: date | None = None
    consent_how: str = ""
    id: str | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def emails(self) -> list[str]:
        return [c.value for c in self.contacts if c.kind == ContactKind.EMAIL]

    def phones(self) -> list[str]:
        return [c.value for c in self.contacts if c.kind == ContactKind.PHONE]


# The personal layer of a decision-group member (152-ФЗ / GDPR): what a dossier knows of the
# person's private life, as opposed to their part in the decision. A dossier shared "without
# personal details" (export --without-personal, the export dialog's switch) leaves exactly
# these fields out, and an import of such a file keeps the receiver's own values of them.
# Names of ``Member`` attributes (equal to the member fields of the .kamdossier format).
# Business facts travel: name, position, department, role, influence, attitude, decision
# style and concerns (the team's assessments a new KAM needs), gender (for the greeting),
# reporting line, work contacts and preferred channel/time, last contact and the consent record.
PERSONAL_LAYER: tuple[str, ...] = (
    "birthday",
    "anniversary",
    "family",  # relatives with their birthdays and notes
    "hobbies",
    "values",
    "likes",
    "dislikes",
    "topics_to_avoid",
    "notes",
)


@dataclass(slots=True)
class Tender(Record):
    title: str
    tender_date: date
    notes: str = ""
    id: str | None = None


@dataclass(slots=True)
class Client(Record):
    name: str
    legal_name: str = ""
    tax_id: str = ""  # ИНН
    kpp: str = ""  # КПП (Russian companies), printed on proposals beside the ИНН
    industry: str = ""
    region: str = ""
    address: str = ""
    website: str = ""
    status: ClientStatus = ClientStatus.PROSPECT
    tags: list[str] = field(default_factory=list)
    annual_revenue: Decimal | None = None
    revenue_currency: str = "RUB"
    sales_share_pct: Decimal | None = None
    strategy: str = ""
    weak_points: str = ""
    growth_areas: str = ""
    buying_process: str = ""
    competitors: str = ""
    reliability_checklist: dict[str, bool] = field(default_factory=dict)
    reliability_result: ReliabilityResult = ReliabilityResult.NOT_CHECKED
    reliability_checked_on: date | None = None
    reliability_notes: str = ""
    tenders: list[Tender] = field(default_factory=list)
    id: str | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def is_mono_dependent(self) -> bool:
        return account_health.is_mono_dependent(self.sales_share_pct)


@dataclass(slots=True)
class Interaction(Record):
    client_id: str
    occurred_on: date
    kind: InteractionKind = InteractionKind.MEETING
    summary: str = ""
    member_ids: list[str] = field(default_factory=list)
    team_member_ids: list[str] = field(default_factory=list)
    next_step: str = ""
    next_step_due: date | None = None
    next_step_done_on: date | None = None  # set: the next step was done (Today, "Done")
    id: str | None = None
    version: int = 0


@dataclass(slots=True)
class TeamMember(Record):
    """A person on our side (рабочая группа): signs proposals with position and contacts."""

    full_name: str
    position: str = ""
    phone: str = ""
    email: str = ""
    id: str | None = None
    signs_proposals: bool = False  # the default signatory (подписант) of new proposals


# The fields of a team member and of our company besides the id, for every copy of them
# (storage rows, a proposal's snapshot); the pictures are bytes, apart from the text.
TEAM_MEMBER_FIELDS = ("full_name", "position", "phone", "email", "signs_proposals")
COMPANY_TEXT_FIELDS = ("name", "legal_name", "address", "requisites", "phone", "email", "website")
COMPANY_PICTURES = ("logo_png", "signature_png", "stamp_png")

# Our requisites as separate fields of ``OurCompany`` (printed on every proposal).
COMPANY_REQUISITES = (
    "inn",
    "kpp",
    "ogrn",
    "bank_name",
    "settlement_account",
    "correspondent_account",
    "bik",
)


@dataclass(slots=True)
class OurCompany(Record):
    """Our side of every proposal: letterhead, requisites (реквизиты), signature and stamp."""

    name: str = ""
    legal_name: str = ""
    address: str = ""
    requisites: str = ""  # anything else to print under the requisites (free text)
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes | None = None
    inn: str = ""  # ИНН
    kpp: str = ""  # КПП
    ogrn: str = ""  # ОГРН
    bank_name: str = ""  # bank and its city, e.g. «ПАО Сбербанк, г. Москва»
    settlement_account: str = ""  # р/с
    correspondent_account: str = ""  # к/с
    bik: str = ""  # БИК
    signature_png: bytes | None = None  # facsimile signature of the signatory (optional)
    stamp_png: bytes | None = None  # company stamp, printed at «М. П.» (optional)
    id: str | None = None


@dataclass(slots=True)
class ClientSummary:
    """One row of the client list: cheap to load for thousands of clients."""

    id: str
    name: str
    status: ClientStatus
    industry: str
    region: str
    member_count: int
    updated_at: datetime | None
    sales_share_pct: Decimal | None = None  # for the mono-dependence flag in the list

    def is_mono_dependent(self) -> bool:
        return account_health.is_mono_dependent(self.sales_share_pct)


@dataclass(slots=True)
class Dossier:
    """Everything recorded about one client: what the dossier view and the exports need."""

    client: Client
    members: list[Member]
    interactions: list[Interaction]
    # Rows of other features (proposals…) captured on delete so that undo restores them;
    # opaque here: (table name, column dicts) pairs filled and read by storage only.
    attached_rows: list[tuple[str, list[dict]]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchHit:
    type: str  # "client" or "person"
    id: str
    name: str
    client: str
    client_id: str
    detail: str = ""


def managers_first(members: list[Member]) -> list[Member]:
    """Members ordered so that each one's manager comes before them (the reports-to FK)."""
    by_id = {m.id: m for m in members}
    ordered: list[Member] = []
    placed: set[str | None] = set()

    def place(m: Member) -> None:
        if m.id in placed:
            return
        placed.add(m.id)
        if m.reports_to_id in by_id:
            place(by_id[m.reports_to_id])
        ordered.append(m)

    for m in members:
        place(m)
    return ordered
