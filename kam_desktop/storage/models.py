"""SQLAlchemy 2 typed models. Generic column types only, so PostgreSQL runs the same schema.

Every exported entity has a UUID primary key (merge across databases needs stable ids), UTC
timestamps and a version counter that turns lost updates into a detectable conflict.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    TypeDecorator,
    false,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Relationship,
    declared_attr,
    mapped_column,
    relationship,
)

# An interaction whose next step is still to do (the partial index Today reads).
OPEN_STEP_WHERE = "next_step_done_on IS NULL AND next_step != ''"
# The same in other words, so a query can choose between the two partial indexes.
OPEN_STEP_ON_WHERE = "next_step_done_on IS NULL AND length(next_step) > 0"

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def owned_rows(parent: str, order_by: str | None = None) -> Relationship[Any]:
    """A parent's own child rows: saved and removed with it; a deleted parent's children go by
    the foreign key's ON DELETE CASCADE, without loading them first (``passive_deletes``)."""
    ordering: dict[str, Any] = {"order_by": order_by} if order_by else {}
    return relationship(
        back_populates=parent, cascade="all, delete-orphan", passive_deletes=True, **ordering
    )


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps always come back timezone-aware in UTC (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Entity(Base):
    """Common columns: UUID id, UTC timestamps, optimistic-lock version."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}


class DmuRoleRow(Base):
    __tablename__ = "dmu_role"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_ru: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class ClientRow(Entity):
    __tablename__ = "client"

    name: Mapped[str] = mapped_column(String(300), index=True)
    legal_name: Mapped[str] = mapped_column(String(500), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    kpp: Mapped[str] = mapped_column(String(20), default="", server_default="")
    industry: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="prospect", index=True)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    annual_revenue: Mapped[Decimal | None] = mapped_column(Numeric(18, 2), nullable=True)
    revenue_currency: Mapped[str] = mapped_column(String(3), default="RUB")
    sales_share_pct: Mapped[Decimal | None] = mapped_column(Numeric(5, 2), nullable=True)
    strategy: Mapped[str] = mapped_column(Text, default="")
    weak_points: Mapped[str] = mapped_column(Text, default="")
    growth_areas: Mapped[str] = mapped_column(Text, default="")
    buying_process: Mapped[str] = mapped_column(Text, default="")
    competitors: Mapped[str] = mapped_column(Text, default="")
    reliability_checklist: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    reliability_result: Mapped[str] = mapped_column(String(20), default="not_checked")
    reliability_checked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reliability_notes: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[MemberRow]] = owned_rows("client")
    tenders: Mapped[list[TenderRow]] = owned_rows("client", order_by="TenderRow.tender_date")
    interactions: Mapped[list[InteractionRow]] = owned_rows("client")


class TenderRow(Entity):
    __tablename__ = "tender"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    tender_date: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[ClientRow] = relationship(back_populates="tenders")


class MemberRow(Entity):
    __tablename__ = "member"
    # Today reads the birthdays of the months its horizon touches.
    # Covering Today's first pass (the ids of the birthdays in a window, in order).
    __table_args__ = (
        Index("ix_member_birthday", "birthday_month", "birthday_day", "birthday_year", "id"),
        # The consent renewal reminder reads the oldest consents first (migration 0012).
        Index("ix_member_consent_on", "consent_on"),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(300), index=True)
    position: Mapped[str] = mapped_column(String(300), default="")
    department: Mapped[str] = mapped_column(String(300), default="")
    role_code: Mapped[str] = mapped_column(ForeignKey("dmu_role.code"), default="other")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    attitude: Mapped[str] = mapped_column(String(20), default="neutral")
    decision_style: Mapped[str] = mapped_column(String(300), default="")
    concerns: Mapped[str] = mapped_column(Text, default="", server_default="")
    gender: Mapped[str] = mapped_column(String(10), default="auto", server_default="auto")
    reports_to_id: Mapped[str | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), nullable=True
    )
    preferred_channel: Mapped[str] = mapped_column(String(100), default="")
    preferred_time: Mapped[str] = mapped_column(String(100), default="")
    birthday_day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    birthday_month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    birthday_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    anniversary_day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    anniversary_month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    anniversary_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hobbies: Mapped[str] = mapped_column(Text, default="")
    values: Mapped[str] = mapped_column(Text, default="")
    likes: Mapped[str] = mapped_column(Text, default="")
    dislikes: Mapped[str] = mapped_column(Text, default="")
    topics_to_avoid: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    last_contact_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent_how: Mapped[str] = mapped_column(String(300), default="")

    client: Mapped[ClientRow] = relationship(back_populates="members")
    contacts: Mapped[list[ContactRow]] = owned_rows("member", order_by="ContactRow.position")
    family: Mapped[list[FamilyRow]] = owned_rows("member", order_by="FamilyRow.position")


class ContactRow(Entity):
    __tablename__ = "contact_point"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(100), default="")
    value: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)

    member: Mapped[MemberRow] = relationship(back_populates="contacts")


class FamilyRow(Entity):
    __tablename__ = "family_member"
    __table_args__ = (
        Index("ix_family_member_birthday", "birthday_month", "birthday_day", "birthday_year", "id"),
    )

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    relation: Mapped[str] = mapped_column(String(100), default="")
    birthday_day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    birthday_month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    birthday_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    member: Mapped[MemberRow] = relationship(back_populates="family")


interaction_member = Table(
    "interaction_member",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True, index=True),
    Index("ix_interaction_member_covering", "member_id", "interaction_id"),
)

interaction_team = Table(
    "interaction_team",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("team_member_id", ForeignKey("team_member.id", ondelete="CASCADE"), primary_key=True),
)


class InteractionRow(Entity):
    __tablename__ = "interaction"
    # Today asks whether a client was contacted after a step's due date.
    __table_args__ = (
        Index("ix_interaction_client_occurred", "client_id", "occurred_on"),
        Index("ix_interaction_id_occurred", "id", "occurred_on"),  # last contact, index only
        # The next steps not done yet, client by client (Today reads them per client).
        Index(
            "ix_interaction_open_step",
            "client_id",
            "next_step_due",
            "id",
            sqlite_where=text(OPEN_STEP_WHERE),
            postgresql_where=text(OPEN_STEP_WHERE),
        ),
        Index(
            "ix_interaction_open_step_on",
            "client_id",
            "occurred_on",
            "next_step_due",
            "id",
            sqlite_where=text(OPEN_STEP_ON_WHERE),
            postgresql_where=text(OPEN_STEP_ON_WHERE),
        ),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="meeting")
    summary: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    # Not indexed alone: Today reads due steps client by client (ix_interaction_open_step), and
    # an index on the date leads SQLite to read every open step instead.
    next_step_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_step_done_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    client: Mapped[ClientRow] = relationship(back_populates="interactions")
    members: Mapped[list[MemberRow]] = relationship(secondary=interaction_member)
    team_members: Mapped[list[TeamMemberRow]] = relationship(secondary=interaction_team)


class TeamMemberRow(Entity):
    __tablename__ = "team_member"

    full_name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    signs_proposals: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class OurCompanyRow(Entity):
    __tablename__ = "our_company"

    name: Mapped[str] = mapped_column(String(300), default="")
    legal_name: Mapped[str] = mapped_column(String(500), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    requisites: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    inn: Mapped[str] = mapped_column(String(20), default="", server_default="")
    kpp: Mapped[str] = mapped_column(String(20), default="", server_default="")
    ogrn: Mapped[str] = mapped_column(String(20), default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    settlement_account: Mapped[str] = mapped_column(String(30), default="", server_default="")
    correspondent_account: Mapped[str] = mapped_column(String(30), default="", server_default="")
    bik: Mapped[str] = mapped_column(String(20), default="", server_default="")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    stamp_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# Register the proposal and cockpit tables on Base (they import Base from here).
from kam_desktop.storage import cockpit_models, proposal_models, team_models  # noqa: E402,F401
