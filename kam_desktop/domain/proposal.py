"""Commercial proposals (КП) and the libraries they draw on: plain dataclasses, no ORM, no Qt.

A proposal is identified for people by ``number`` (from a configurable pattern) and
``revision``: changing a proposal that was already sent creates revision N+1, and the sent one
is *frozen* — its complete composition input is stored as a snapshot so it re-renders to the
same bytes later, whatever happens to the dossier meanwhile.

Money is ``Decimal`` everywhere; see ``kam_desktop.domain.pricing`` for the rounding rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from kam_desktop.domain.dossier import Record

PROPOSAL_LANGUAGES = ("ru", "en")
DEFAULT_NUMBER_PATTERN = "КП-{year}-{seq:04d}"
DEFAULT_VALIDITY_DAYS = 30
DEFAULT_VAT_PCT = Decimal("20")
DEFAULT_MIN_VALIDITY_DAYS = 14
SETTING_NUMBER_PATTERN = "proposal.number_pattern"
SETTING_VALIDITY_DAYS = "proposal.validity_days"
# The coverage check warns when an offer is valid for fewer days than this.
SETTING_MIN_VALIDITY_DAYS = "proposal.min_validity_days"
# Defaults for a new proposal's terms (editable per proposal).
SETTING_PAYMENT_TERMS = "proposal.default_payment_terms"
SETTING_DELIVERY_TERMS = "proposal.default_delivery_terms"
SETTING_WARRANTY = "proposal.default_warranty"
JOINT_EDITION = "joint"  # key of the joint edition in ``Proposal.tailoring``


class VatMode(StrEnum):
    """How prices relate to VAT (НДС сверху / в т. ч. НДС / без НДС)."""

    ON_TOP = "on_top"  # prices net of VAT, VAT added at each line's rate
    INCLUDED = "included"  # prices include VAT; the VAT inside is stated
    WITHOUT = "without"  # no VAT is charged; the reason is printed (e.g. УСН)


class ArgumentKind(StrEnum):
    ARGUMENT = "argument"  # a reason to choose us
    OBJECTION = "objection"  # an answer to a concern (for sceptics and opponents)


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


# Open offers can still expire; a decided one cannot.
OPEN_STATUSES = frozenset({ProposalStatus.DRAFT, ProposalStatus.SENT})
STATUS_TRANSITIONS: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    ProposalStatus.DRAFT: frozenset({ProposalStatus.SENT}),
    ProposalStatus.SENT: frozenset({ProposalStatus.ACCEPTED, ProposalStatus.REJECTED}),
    ProposalStatus.ACCEPTED: frozenset(),
    ProposalStatus.REJECTED: frozenset(),
}


@dataclass(slots=True)
class CatalogueItem(Record):
    """A product or service we sell; prices are net of VAT."""

    name: str
    description: str = ""
    unit: str = ""
    price: Decimal = Decimal("0")
    currency: str = "RUB"
    vat_pct: Decimal = DEFAULT_VAT_PCT
    id: str | None = None
    version: int = 0


@dataclass(slots=True)
class Referee(Record):
    """A person at a past client ready to recommend us (рекомендатель)."""

    full_name: str
    position: str = ""
    company: str = ""
    phone: str = ""
    email: str = ""
    consent_to_be_contacted: bool = False
    id: str | None = None


@dataclass(slots=True)
class SimilarProject(Record):
    """A case study (аналогичный проект); ``results`` are quantified outcomes, one per line."""

    client_company: str
    industry: str = ""
    year: int | None = None
    summary: str = ""
    results: list[str] = field(default_factory=list)
    referees: list[Referee] = field(default_factory=list)
    id: str | None = None
    version: int = 0

    def consenting_referees(self) -> list[Referee]:
        return [r for r in self.referees if r.consent_to_be_contacted]


@dataclass(slots=True)
class ArgumentTag:
    """A value or concern an argument speaks to (надёжность, цена, сроки …).

    ``keywords`` are word beginnings (casefolded, ё written as е) looked for in a member's
    values, decision style and concerns: «надежн» finds «надёжность» and «надёжный».
    """

    code: str
    name_ru: str
    name_en: str
    keywords: list[str] = field(default_factory=list)
    builtin: bool = False
    sort_order: int = 100

    def label(self, lang: str) -> str:
        return self.name_ru if lang == "ru" else self.name_en


@dataclass(slots=True)
class ArgumentBlock(Record):
    """A reusable argument for the DMU roles in ``role_codes``, written in ``language``.

    ``key`` identifies blocks of the shipped default set (empty for the user's own blocks).
    ``tags`` name the values (or, for an objection, the concerns) the block speaks to; a
    block with tags but no roles is offered to anyone whose dossier matches a tag.
    """

    title: str
    body: str
    role_codes: list[str] = field(default_factory=list)
    language: str = "ru"
    sort_order: int = 100
    key: str = ""
    kind: ArgumentKind = ArgumentKind.ARGUMENT
    tags: list[str] = field(default_factory=list)
    id: str | None = None
    version: int = 0


@dataclass(slots=True)
class LineItem:
    """One priced line: from the catalogue (``catalogue_item_id``) or free text."""

    description: str
    quantity: Decimal = Decimal("1")
    unit: str = ""
    unit_price: Decimal = Decimal("0")
    discount_pct: Decimal = Decimal("0")
    vat_pct: Decimal = DEFAULT_VAT_PCT
    catalogue_item_id: str | None = None


@dataclass(slots=True)
class FinancialInputs:
    """Inputs of the quantified financial result shown to financiers and technical specialists.

    ``investment`` left empty means "the proposal's total excluding VAT" (VAT is usually
    recovered by a business client, so it is not part of the economic investment).
    """

    current_annual_cost: Decimal | None = None
    annual_gain: Decimal | None = None
    investment: Decimal | None = None

    def is_empty(self) -> bool:
        return self.annual_gain is None


@dataclass(slots=True)
class Proposal(Record):
    client_id: str
    issue_date: date
    valid_until: date
    number: str = ""
    revision: int = 1
    title: str = ""
    language: str = "ru"
    currency: str = "RUB"
    status: ProposalStatus = ProposalStatus.DRAFT
    addressee_ids: list[str] = field(default_factory=list)
    line_items: list[LineItem] = field(default_factory=list)
    financials: FinancialInputs = field(default_factory=FinancialInputs)
    team_member_ids: list[str] = field(default_factory=list)
    project_ids: list[str] = field(default_factory=list)  # empty: all similar projects
    referee_ids: list[str] = field(default_factory=list)  # empty: all consenting referees
    argument_ids: list[str] = field(default_factory=list)  # empty: every matching argument
    # Client-facing texts: the only words about the client's business that a document prints.
    business_understanding: str = ""
    goals: str = ""
    vat_mode: VatMode = VatMode.ON_TOP
    vat_exempt_reason: str = ""  # printed when vat_mode is WITHOUT (e.g. УСН, ст. 346.11 НК РФ)
    payment_terms: str = ""
    delivery_terms: str = ""
    warranty: str = ""
    signatory_id: str | None = None  # a team member who signs (подписант)
    # The KAM's switches over the automatic choice: edition ("joint" or an addressee id) →
    # block key (argument id, or "part:<kind>") → on/off.
    tailoring: dict[str, dict[str, bool]] = field(default_factory=dict)
    sent_on: date | None = None
    issued_at: datetime | None = None  # when this revision was sent (frozen), UTC
    previous_id: str | None = None  # the revision this one replaces
    id: str | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_frozen(self) -> bool:
        """Once sent, a revision never changes; edits go to a new revision."""
        return self.status != ProposalStatus.DRAFT

    def is_expired(self, today: date | None = None) -> bool:
        return self.status in OPEN_STATUSES and self.valid_until < (today or date.today())

    @property
    def display_number(self) -> str:
        return self.number if self.revision <= 1 else f"{self.number}/{self.revision}"


@dataclass(frozen=True, slots=True)
class AddresseeRef:
    id: str
    name: str
    role_code: str
    position: str = ""


@dataclass(frozen=True, slots=True)
class ProposalSummary:
    """One row of a proposal list (GUI table, ``proposals --json``)."""

    id: str
    number: str
    revision: int
    client_id: str
    client_name: str
    title: str
    status: ProposalStatus
    issue_date: date
    valid_until: date
    language: str
    total: Decimal
    currency: str
    addressees: tuple[AddresseeRef, ...]
    is_expired: bool
