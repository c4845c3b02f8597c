"""proposals a KAM can send: client-facing texts, VAT mode, terms, signatory, tailoring,
argument tags and objections, members' concerns and gender, requisites on both sides

Revision ID: 0006_proposal_content
Revises: 0005_database_marker
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_proposal_content"
down_revision = "0005_database_marker"
branch_labels = None
depends_on = None


def _text(name: str, length: int | None = None, default: str = "") -> sa.Column:
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False, server_default=default)


PROPOSAL_COLUMNS = (
    lambda: _text("business_understanding"),
    lambda: _text("goals"),
    lambda: _text("vat_mode", 20, "on_top"),
    lambda: _text("vat_exempt_reason", 300),
    lambda: _text("payment_terms"),
    lambda: _text("delivery_terms"),
    lambda: _text("warranty"),
    lambda: sa.Column("signatory_id", sa.String(length=36), nullable=True),
    lambda: sa.Column("tailoring", sa.JSON(), nullable=False, server_default="{}"),
    lambda: sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
)
COMPANY_COLUMNS = (
    ("inn", 20),
    ("kpp", 20),
    ("ogrn", 20),
    ("bank_name", 300),
    ("settlement_account", 30),
    ("correspondent_account", 30),
    ("bik", 20),
)


def upgrade() -> None:
    op.create_table(
        "argument_tag",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_ru", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_argument_tag")),
    )
    with op.batch_alter_table("argument_block") as batch:
        batch.add_column(_text("kind", 20, "argument"))
        batch.add_column(sa.Column("tags", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("proposal") as batch:
        for column in PROPOSAL_COLUMNS:
            batch.add_column(column())
    with op.batch_alter_table("member") as batch:
        batch.add_column(_text("concerns"))
        batch.add_column(_text("gender", 10, "auto"))
    with op.batch_alter_table("client") as batch:
        batch.add_column(_text("kpp", 20))
    with op.batch_alter_table("team_member") as batch:
        batch.add_column(
            sa.Column("signs_proposals", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("our_company") as batch:
        for name, length in COMPANY_COLUMNS:
            batch.add_column(_text(name, length))
        batch.add_column(sa.Column("signature_png", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("stamp_png", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("our_company") as batch:
        for name in ("stamp_png", "signature_png", *reversed([c for c, _n in COMPANY_COLUMNS])):
            batch.drop_column(name)
    with op.batch_alter_table("team_member") as batch:
        batch.drop_column("signs_proposals")
    with op.batch_alter_table("client") as batch:
        batch.drop_column("kpp")
    with op.batch_alter_table("member") as batch:
        batch.drop_column("gender")
        batch.drop_column("concerns")
    with op.batch_alter_table("proposal") as batch:
        for column in reversed(PROPOSAL_COLUMNS):
            batch.drop_column(column().name)
    with op.batch_alter_table("argument_block") as batch:
        batch.drop_column("tags")
        batch.drop_column("kind")
    op.drop_table("argument_tag")
