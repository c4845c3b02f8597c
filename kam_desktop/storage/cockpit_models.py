"""Tables of the KAM cockpit: planned next steps, informal links, the map layout.

``next_step`` holds steps planned ahead — the follow-up plan after a proposal is sent, a step
moved from Today — besides the one next step each interaction records. ``member_link`` holds the
informal influence between members ("influences", "friendly with"); ``map_position`` the place a
KAM dragged a member's node to on the relationship map. ``member_contact`` and
``client_contact`` are derived (each member's last contact, each client's last interaction),
for Today's reads.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.storage.models import Base, Entity


class NextStepRow(Entity):
    __tablename__ = "next_step"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    proposal_id: Mapped[str | None] = mapped_column(
        ForeignKey("proposal.id", ondelete="SET NULL"), nullable=True, index=True
    )
    member_id: Mapped[str | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(30), default="manual")
    title: Mapped[str] = mapped_column(String(500))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class MemberLinkRow(Entity):
    __tablename__ = "member_link"
    __table_args__ = (UniqueConstraint("from_member_id", "to_member_id", "kind"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    from_member_id: Mapped[str] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    to_member_id: Mapped[str] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="influences")


class MapPositionRow(Base):
    __tablename__ = "map_position"

    member_id: Mapped[str] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True
    )
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)


class MemberContactRow(Base):
    """Derived, per member: what the stay-in-touch rules look at (client and its status,
    influence, name) and
    the last contact — the later of the "last contact" field and the last interaction the
    member took part in. SQLite triggers keep it (migration 0010_agenda_reads), so every write
    path is covered; it is never exported."""

    __tablename__ = "member_contact"
    __table_args__ = (
        # A cadence's people by client status and influence, longest without contact first.
        Index("ix_member_contact_cadence", "client_status", "influence", "last_on"),
        {"sqlite_with_rowid": False},
    )

    member_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    client_status: Mapped[str] = mapped_column(String(20))
    influence: Mapped[int] = mapped_column(Integer)
    full_name: Mapped[str] = mapped_column(String(300))
    last_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class ClientContactRow(Base):
    """Derived: each client's last interaction date (kept by the same migration's triggers)."""

    __tablename__ = "client_contact"
    __table_args__ = {"sqlite_with_rowid": False}

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_on: Mapped[date] = mapped_column(Date)
