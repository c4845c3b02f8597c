"""The composed proposal: an immutable tree of already-worded, already-formatted blocks.

The composer decides WHAT is said (and in which language); the renderer only decides how it
looks. All text here is final, plain text (never markup): the renderer escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    style: str = "body"  # body | lead | note | emphasis


@dataclass(frozen=True, slots=True)
class Subheading:
    text: str


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KeyFigures:
    """Large figures with a caption under each (payback, ROI …)."""

    items: tuple[tuple[str, str], ...]  # (value, caption)


@dataclass(frozen=True, slots=True)
class DataTable:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the text width, summing to 1
    numeric_columns: tuple[int, ...] = ()  # right-aligned
    footer: tuple[tuple[str, str], ...] = ()  # (label, value) rows under the table, e.g. totals
    strong_footer_rows: tuple[int, ...] = ()  # footer rows printed in bold (the grand total)


@dataclass(frozen=True, slots=True)
class ChartSeries:
    name: str
    values: tuple[Decimal, ...]


@dataclass(frozen=True, slots=True)
class BarChart:
    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    value_labels: tuple[tuple[str, ...], ...]  # formatted value per series and category
    axis_unit: str  # e.g. "млн ₽"
    axis_divisor: Decimal  # axis values are shown divided by this (1 000 000 for millions)


@dataclass(frozen=True, slots=True)
class FieldList:
    """Label → text rows without a header (terms of payment, delivery, warranty)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Party:
    """One side's requisites: «Исполнитель» / «Заказчик» with its legal name and details."""

    heading: str
    name: str
    rows: tuple[tuple[str, str], ...]  # (label, value), e.g. ("ИНН", "7701234567")


@dataclass(frozen=True, slots=True)
class Requisites:
    parties: tuple[Party, ...]  # printed side by side


Block = (
    Paragraph | Subheading | Bullets | KeyFigures | DataTable | BarChart | FieldList | Requisites
)


@dataclass(frozen=True, slots=True)
class Section:
    # understanding | executive | people | finance | technical | general | concerns | pricing
    # | terms | team | requisites
    kind: str
    heading: str
    blocks: tuple[Block, ...]
    roles: tuple[str, ...] = ()  # DMU role codes this part is argued for


@dataclass(frozen=True, slots=True)
class Signature:
    """The signatory's block after the validity statement: position, signature, name, stamp."""

    position: str
    name: str  # «Соколова А. С.»
    signature_png: bytes | None = None  # facsimile
    stamp_png: bytes | None = None
    stamp_label: str = ""  # «М. П.» where a stamp goes (printed when there is no stamp image)


@dataclass(frozen=True, slots=True)
class Letterhead:
    company_name: str
    details: tuple[str, ...]  # address, phone · e-mail · website
    logo_png: bytes | None


@dataclass(frozen=True, slots=True)
class DocumentMetadata:
    title: str
    author: str
    subject: str
    keywords: str
    language: str  # BCP 47, e.g. ru-RU
    created: datetime  # the revision's issue time (UTC): the same for every re-render


@dataclass(frozen=True, slots=True)
class ProposalDocument:
    language: str
    metadata: DocumentMetadata
    letterhead: Letterhead
    title: str  # «Коммерческое предложение»
    reference: str  # «№ КП-2026-0042 от 27 ноября 2026 г.»
    recipients: tuple[str, ...]  # "Position, Company — Full Name" lines
    greeting: str
    cover: tuple[Block, ...]
    sections: tuple[Section, ...]
    validity: str  # last sentence of the document
    footer: str  # left part of every page's footer
    page_label: str  # "Страница {page} из {pages}" / "Page {page} of {pages}"
    addressee_id: str | None = None  # set for a per-addressee variant
    signature: Signature | None = None  # after the validity statement
    recipients_label: str = "To:"  # «Кому:»

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def section_kinds(self) -> tuple[str, ...]:
        return tuple(s.kind for s in self.sections)
