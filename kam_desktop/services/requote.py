"""Re-quote an expired offer: a new revision with today's catalogue prices and new dates.

Markets move; that is why an offer has a validity date (DOMAIN.md). When it passed while the
offer was still open, the KAM makes a new revision rather than sending old prices again. The
draft is prepared here without saving, with the list of what changed per line, so the dialog
can show old → new before the KAM decides. Saving uses the existing revision mechanism:
``ProposalService.save`` stores a sent proposal's edit as revision N+1 and updates a draft in
place. Lines typed by hand, lines whose catalogue item is gone and lines whose catalogue item
is priced in another currency keep their price, and the change list says why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.proposal import (
    OPEN_STATUSES,
    CatalogueItem,
    LineItem,
    Proposal,
    ProposalStatus,
)
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.services.proposals import ProposalService
from kam_desktop.storage import library_store


class PriceSource(StrEnum):
    CATALOGUE = "catalogue"  # the catalogue's current price and VAT were taken
    FREE_TEXT = "free_text"  # a line typed by hand: kept
    GONE = "gone"  # its catalogue item was deleted: kept
    OTHER_CURRENCY = "other_currency"  # the catalogue prices it in another currency: kept


@dataclass(frozen=True, slots=True)
class LineChange:
    """One line of the re-quote: the price and VAT before and after, and where they came from."""

    index: int
    description: str
    old_price: Decimal
    new_price: Decimal
    old_vat_pct: Decimal
    new_vat_pct: Decimal
    source: PriceSource

    @property
    def changed(self) -> bool:
        return self.old_price != self.new_price or self.old_vat_pct != self.new_vat_pct


def requoted_line(
    line: LineItem, item: CatalogueItem | None, currency: str
) -> tuple[LineItem, PriceSource]:
    """The line with the catalogue's current price and VAT, when the catalogue still has it."""
    if line.catalogue_item_id is None:
        return replace(line), PriceSource.FREE_TEXT
    if item is None:
        return replace(line), PriceSource.GONE
    if item.currency != currency:
        return replace(line), PriceSource.OTHER_CURRENCY
    return replace(line, unit_price=item.price, vat_pct=item.vat_pct), PriceSource.CATALOGUE


def requoted_lines(
    lines: list[LineItem], catalogue: dict[str, CatalogueItem], currency: str
) -> tuple[list[LineItem], list[LineChange]]:
    new_lines: list[LineItem] = []
    changes: list[LineChange] = []
    for index, line in enumerate(lines):
        item = catalogue.get(line.catalogue_item_id) if line.catalogue_item_id else None
        new, source = requoted_line(line, item, currency)
        new_lines.append(new)
        changes.append(
            LineChange(
                index,
                line.description,
                line.unit_price,
                new.unit_price,
                line.vat_pct,
                new.vat_pct,
                source,
            )
        )
    return new_lines, changes


class RequoteService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.proposals = ProposalService(db)

    def requote(
        self, proposal_id: str, today: date | None = None
    ) -> tuple[Proposal, list[LineChange]]:
        """The unsaved re-quote of an open proposal and the change of each line.

        Issue date today, validity the default number of days; save the draft with
        ``ProposalService.save`` (a sent proposal then gets revision N+1).
        """
        original = self.proposals.get(proposal_id)
        self._check_can_requote(original)
        issue = today or date.today()
        with self.db.session() as s:
            catalogue = {c.saved_id: c for c in library_store.load_catalogue(s)}
        lines, changes = requoted_lines(original.line_items, catalogue, original.currency)
        draft = replace(
            original,
            status=ProposalStatus.DRAFT,
            sent_on=None,
            issued_at=None,
            issue_date=issue,
            valid_until=issue + timedelta(days=self.proposals.validity_days()),
            line_items=lines,
            addressee_ids=list(original.addressee_ids),
            tailoring={e: dict(sw) for e, sw in original.tailoring.items()},
            financials=replace(original.financials),
        )
        return draft, changes

    def save(self, draft: Proposal) -> Proposal:
        """Store the re-quote: revision N+1 of a sent proposal, or the draft updated."""
        return self.proposals.save(draft)

    def _check_can_requote(self, proposal: Proposal) -> None:
        if proposal.status not in OPEN_STATUSES:
            raise ValidationError(
                {
                    "status": _(
                        "Proposal {number} is decided; duplicate it to make a new offer."
                    ).format(number=proposal.display_number)
                }
            )
        latest = max((p.revision for p in self.proposals.revisions(proposal.number)), default=1)
        if proposal.revision < latest:
            raise ValidationError(
                {
                    "revision": _(
                        "Proposal {number} has a newer revision; re-quote the latest one."
                    ).format(number=proposal.display_number)
                }
            )


def total_change(old: Proposal, new: Proposal) -> tuple[Decimal, Decimal]:
    """The total (with VAT as the proposal states it) before and after the re-quote."""
    return ProposalService.totals(old).total, ProposalService.totals(new).total
