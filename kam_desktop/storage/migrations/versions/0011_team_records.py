"""The change log (who changed which fields of a record, and when) and the erasure log (that
a person's data was erased, by whom and when — never what)

Revision ID: 0011_team_records
Revises: 0010_agenda_reads
Create Date: 2026-12-01

Both tables start empty; nothing a user wrote changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_team_records"
down_revision = "0010_agenda_reads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("entity_kind", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_entity", "change_log", ["entity_id", "changed_at"])
    op.create_index("ix_change_log_client", "change_log", ["client_id", "changed_at"])
    op.create_table(
        "erasure_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("erased_by", sa.String(length=200), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_log")),
    )


def downgrade() -> None:
    op.drop_table("erasure_log")
    op.drop_index("ix_change_log_client", table_name="change_log")
    op.drop_index("ix_change_log_entity", table_name="change_log")
    op.drop_table("change_log")
