"""ORM tables of proposals and their libraries (catalogue, similar projects, arguments).

Registered on ``Base`` by an import at the end of ``storage/models.py``. Lists of ids that a
proposal refers to (addressees, team, chosen projects/referees/arguments) are ordered JSON
arrays: their order is the order in the document, and a person deleted later simply drops out
of live proposals (sent ones keep everything in their frozen snapshot).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy import UniqueConstraint as Unique
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.storage.models import Base, ClientRow, Entity, UTCDateTime, owned_rows


class CatalogueItemRow(Entity):
    __tablename__ = "catalogue_item"

    name: Mapped[str] = mapped_column(String(300), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(50), default="")
    price: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    vat_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(20))


class SimilarProjectRow(Entity):
    __tablename__ = "similar_project"

    client_company: Mapped[str] = mapped_column(String(300))
    industry: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[list[str]] = mapped_column(JSON, default=list)

    referees: Mapped[list[RefereeRow]] = owned_rows("project", order_by="RefereeRow.position")


class RefereeRow(Entity):
    __tablename__ = "referee"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("similar_project.id", ondelete="CASCADE"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(300))
    job_title: Mapped[str] = mapped_column(String(300), default="")
    company: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    consent_to_be_contacted: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order within the project

    project: Mapped[SimilarProjectRow] = relationship(back_populates="referees")


class ArgumentTagRow(Base):
    """A value or concern arguments are tagged with (seeded from resources/content/tags.json)."""

    __tablename__ = "argument_tag"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_ru: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class ArgumentRow(Entity):
    __tablename__ = "argument_block"

    key: Mapped[str] = mapped_column(String(100), default="", index=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    role_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(2), default="ru", index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)
    kind: Mapped[str] = mapped_column(String(20), default="argument", server_default="argument")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")


class ProposalRow(Entity):
    __tablename__ = "proposal"
    __table_args__ = (Unique("number", "revision", name="uq_proposal_number_revision"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(80), index=True)
    number_year: Mapped[int] = mapped_column(Integer)
    number_seq: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(2), default="ru")
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    issue_date: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date, index=True)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    addressee_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    team_member_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    project_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    referee_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    argument_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    current_annual_cost: Mapped[Decimal | None] = mapped_column(Numeric(18, 2), nullable=True)
    annual_gain: Mapped[Decimal | None] = mapped_column(Numeric(18, 2), nullable=True)
    investment: Mapped[Decimal | None] = mapped_column(Numeric(18, 2), nullable=True)
    business_understanding: Mapped[str] = mapped_column(Text, default="", server_default="")
    goals: Mapped[str] = mapped_column(Text, default="", server_default="")
    vat_mode: Mapped[str] = mapped_column(String(20), default="on_top", server_default="on_top")
    vat_exempt_reason: Mapped[str] = mapped_column(String(300), default="", server_default="")
    payment_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    delivery_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    warranty: Mapped[str] = mapped_column(Text, default="", server_default="")
    signatory_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # edition ("joint" or addressee id) → block key → on/off: the KAM's switches
    tailoring: Mapped[dict[str, dict[str, bool]]] = mapped_column(
        JSON, default=dict, server_default="{}", info={"exchange": "switches"}
    )
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    total: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal(0))  # for lists
    # Complete composition input of a frozen (sent) revision; see domain/proposal_context.py.
    snapshot: Mapped[str | None] = mapped_column(Text, nullable=True)

    client: Mapped[ClientRow] = relationship()
    lines: Mapped[list[ProposalLineRow]] = owned_rows(
        "proposal", order_by="ProposalLineRow.position"
    )


class ProposalLineRow(Entity):
    __tablename__ = "proposal_line"

    proposal_id: Mapped[str] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    catalogue_item_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 3), default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(50), default="")
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal(0))
    discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    vat_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(20))

    proposal: Mapped[ProposalRow] = relationship(back_populates="lines")
