"""mark the database as KAM Desktop's own (SQLite ``PRAGMA application_id``)

A non-empty SQLite file is recognised as ours positively: by this marker together with our
revision chain, never by the mere presence of an ``alembic_version`` table (another program
may use Alembic too). Databases made before this revision are upgraded and get the marker.

Revision ID: 0005_database_marker
Revises: 0004_member_anniversary
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0005_database_marker"
down_revision = "0004_member_anniversary"
branch_labels = None
depends_on = None

# "KAMD" as a big-endian 32-bit integer; kept in sync with storage/db.py (APPLICATION_ID).
APPLICATION_ID = 0x4B414D44


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")
