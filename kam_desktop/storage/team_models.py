"""Tables of working as a team and of personal-data rights: the change log and the erasure log.

``change_log`` records, per saved record, who changed which fields and when — field names only,
never values, so erasing a person leaves nothing of them in it once their own rows are gone.
``erasure_log`` records that an erasure happened, by whom and when, and nothing of what was
erased. Neither travels in an export.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.storage.models import Base, UTCDateTime, utcnow


class ChangeLogRow(Base):
    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity", "entity_id", "changed_at"),
        Index("ix_change_log_client", "client_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    entity_kind: Mapped[str] = mapped_column(String(20))  # client, member, interaction, proposal
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(10))  # created, changed, deleted
    fields: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of field names
    author: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ErasureLogRow(Base):
    __tablename__ = "erasure_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), default="person")
    erased_by: Mapped[str] = mapped_column(String(200), default="")
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
