"""wedding anniversary of a decision-group member (vCard ANNIVERSARY)

Revision ID: 0004_member_anniversary
Revises: 0003_proposals
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_member_anniversary"
down_revision = "0003_proposals"
branch_labels = None
depends_on = None

COLUMNS = ("anniversary_day", "anniversary_month", "anniversary_year")


def upgrade() -> None:
    with op.batch_alter_table("member") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
