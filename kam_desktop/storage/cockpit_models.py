"""Tables of the KAM cockpit: planned next steps, informal links, the map layout.

``next_step`` holds steps planned ahead — the follow-up plan after a proposal is sent, a step
moved from Today — besides the one next step each interaction records. ``member_link`` holds the
informal influence between members ("influences", "friendly with"); ``map_position`` the place a
KAM dragged a member's node to on the relationship map.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, UniqueConstraint
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
