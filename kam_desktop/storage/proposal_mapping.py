"""ORM rows ↔ proposal and library dataclasses (the only place that knows both)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, overload

from kam_desktop.domain.proposal import (
    ArgumentBlock,
    ArgumentKind,
    ArgumentTag,
    CatalogueItem,
    FinancialInputs,
    LineItem,
    Proposal,
    ProposalStatus,
    Referee,
    SimilarProject,
    VatMode,
)
from kam_desktop.storage.mapping import child_rows

if TYPE_CHECKING:
    from kam_desktop.storage.proposal_models import (
        ArgumentRow,
        ArgumentTagRow,
        CatalogueItemRow,
        ProposalRow,
        RefereeRow,
        SimilarProjectRow,
    )

CATALOGUE_FIELDS = ("name", "description", "unit", "price", "currency", "vat_pct")
ARGUMENT_FIELDS = ("key", "title", "body", "language", "sort_order")
PROPOSAL_FIELDS = (
    "title",
    "language",
    "currency",
    "issue_date",
    "valid_until",
    "sent_on",
    "business_understanding",
    "goals",
    "vat_exempt_reason",
    "payment_terms",
    "delivery_terms",
    "warranty",
    "signatory_id",
)
ID_LIST_FIELDS = ("addressee_ids", "team_member_ids", "project_ids", "referee_ids", "argument_ids")
LINE_FIELDS = (
    "description",
    "quantity",
    "unit",
    "unit_price",
    "discount_pct",
    "vat_pct",
    "catalogue_item_id",
)
FINANCIAL_FIELDS = ("current_annual_cost", "annual_gain", "investment")


def _clean(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


@overload
def _normal(value: Decimal) -> Decimal: ...
@overload
def _normal(value: Decimal | None) -> Decimal | None: ...
def _normal(value: Decimal | None) -> Decimal | None:
    """SQLite hands back Numeric columns at full scale (``1.000``); show them as entered."""
    if value is None:
        return None
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral() else normal


def catalogue_to_domain(row: CatalogueItemRow) -> CatalogueItem:
    item = CatalogueItem(**{f: getattr(row, f) for f in CATALOGUE_FIELDS})
    item.id, item.version = row.id, row.version
    return item


def catalogue_to_row(item: CatalogueItem, row: CatalogueItemRow) -> None:
    for f in CATALOGUE_FIELDS:
        setattr(row, f, _clean(getattr(item, f)))


def referee_to_domain(row: RefereeRow) -> Referee:
    return Referee(
        full_name=row.full_name,
        position=row.job_title,
        company=row.company,
        phone=row.phone,
        email=row.email,
        consent_to_be_contacted=row.consent_to_be_contacted,
        id=row.id,
    )


def project_to_domain(row: SimilarProjectRow) -> SimilarProject:
    return SimilarProject(
        client_company=row.client_company,
        industry=row.industry,
        year=row.year,
        summary=row.summary,
        results=list(row.results or []),
        referees=[referee_to_domain(r) for r in row.referees],
        id=row.id,
        version=row.version,
    )


def project_to_row(project: SimilarProject, row: SimilarProjectRow) -> None:
    from kam_desktop.storage.proposal_models import RefereeRow  # SQLAlchemy: writes only

    row.client_company = project.client_company.strip()
    row.industry, row.year = project.industry.strip(), project.year
    row.summary = project.summary.strip()
    row.results = [r.strip() for r in project.results if r.strip()]
    row.referees = child_rows(row.referees, project.referees, RefereeRow, _fill_referee)


def _fill_referee(rr: RefereeRow, ref: Referee, position: int) -> None:
    rr.full_name, rr.job_title = ref.full_name.strip(), ref.position.strip()
    rr.company, rr.phone, rr.email = ref.company.strip(), ref.phone.strip(), ref.email.strip()
    rr.consent_to_be_contacted, rr.position = ref.consent_to_be_contacted, position


def argument_to_domain(row: ArgumentRow) -> ArgumentBlock:
    block = ArgumentBlock(**{f: getattr(row, f) for f in ARGUMENT_FIELDS})
    block.role_codes = list(row.role_codes or [])
    block.kind = ArgumentKind(row.kind or ArgumentKind.ARGUMENT.value)
    block.tags = list(row.tags or [])
    block.id, block.version = row.id, row.version
    return block


def argument_to_row(block: ArgumentBlock, row: ArgumentRow) -> None:
    for f in ARGUMENT_FIELDS:
        setattr(row, f, _clean(getattr(block, f)))
    row.role_codes = list(dict.fromkeys(block.role_codes))
    row.kind = block.kind.value
    row.tags = list(dict.fromkeys(block.tags))


def tag_to_domain(row: ArgumentTagRow) -> ArgumentTag:
    return ArgumentTag(
        code=row.code,
        name_ru=row.name_ru,
        name_en=row.name_en,
        keywords=list(row.keywords or []),
        builtin=row.builtin,
        sort_order=row.sort_order,
    )


def tag_to_row(tag: ArgumentTag, row: ArgumentTagRow) -> None:
    row.name_ru, row.name_en = tag.name_ru.strip(), tag.name_en.strip()
    row.keywords = list(dict.fromkeys(k.strip() for k in tag.keywords if k.strip()))
    row.builtin, row.sort_order = tag.builtin, tag.sort_order


def proposal_to_domain(row: ProposalRow) -> Proposal:
    proposal = Proposal(
        client_id=row.client_id,
        issue_date=row.issue_date,
        valid_until=row.valid_until,
        number=row.number,
        revision=row.revision,
        status=ProposalStatus(row.status),
        previous_id=row.previous_id,
        vat_mode=VatMode(row.vat_mode or VatMode.ON_TOP.value),
        tailoring={e: dict(sw) for e, sw in (row.tailoring or {}).items()},
        issued_at=row.issued_at,
        id=row.id,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
    for f in PROPOSAL_FIELDS:
        setattr(proposal, f, getattr(row, f))
    for f in ID_LIST_FIELDS:
        setattr(proposal, f, list(getattr(row, f) or []))
    proposal.financials = FinancialInputs(**{f: _normal(getattr(row, f)) for f in FINANCIAL_FIELDS})
    proposal.line_items = [
        LineItem(
            description=line.description,
            quantity=_normal(line.quantity),
            unit=line.unit,
            unit_price=line.unit_price,
            discount_pct=_normal(line.discount_pct),
            vat_pct=_normal(line.vat_pct),
            catalogue_item_id=line.catalogue_item_id,
        )
        for line in row.lines
    ]
    return proposal


def proposal_to_row(proposal: Proposal, row: ProposalRow) -> None:
    """Copy editable fields; number, revision, status and snapshot are the service's business."""
    from kam_desktop.storage.proposal_models import ProposalLineRow

    for f in PROPOSAL_FIELDS:
        setattr(row, f, _clean(getattr(proposal, f)))
    for f in ID_LIST_FIELDS:
        setattr(row, f, list(dict.fromkeys(getattr(proposal, f))))
    for f in FINANCIAL_FIELDS:
        setattr(row, f, getattr(proposal.financials, f))
    row.vat_mode = proposal.vat_mode.value
    row.tailoring = {e: dict(sw) for e, sw in proposal.tailoring.items() if sw}
    lines = []
    for i, item in enumerate(proposal.line_items):
        line = ProposalLineRow(position=i)
        for f in LINE_FIELDS:
            setattr(line, f, _clean(getattr(item, f)))
        lines.append(line)
    row.lines = lines
