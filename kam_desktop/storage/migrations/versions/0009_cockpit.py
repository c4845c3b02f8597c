"""the KAM cockpit: planned next steps, a done date on an interaction's next step, informal
links between members, kept positions on the relationship map

Revision ID: 0009_cockpit
Revises: 0008_search_client_keys
Create Date: 2026-12-01

Only new tables and one new nullable column: every existing row stays as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_cockpit"
down_revision = "0008_search_client_keys"
branch_labels = None
depends_on = None


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


# Indexes for Today's reads: birthdays by month, contact after a due date.
INDEXES = (
    ("ix_member_birthday", "member", ["birthday_month", "birthday_day"]),
    ("ix_family_member_birthday", "family_member", ["birthday_month", "birthday_day"]),
    ("ix_interaction_client_occurred", "interaction", ["client_id", "occurred_on"]),
    # A person's last contact from the index alone: participations, then their dates.
    ("ix_interaction_member_covering", "interaction_member", ["member_id", "interaction_id"]),
    ("ix_interaction_id_occurred", "interaction", ["id", "occurred_on"]),
)


def upgrade() -> None:
    with op.batch_alter_table("interaction") as batch:
        batch.add_column(sa.Column("next_step_done_on", sa.Date(), nullable=True))
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.create_table(
        "next_step",
        *_entity_columns(),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=True),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_next_step_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            name=op.f("fk_next_step_proposal_id_proposal"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_next_step_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_next_step")),
    )
    op.create_index(op.f("ix_next_step_client_id"), "next_step", ["client_id"])
    op.create_index(op.f("ix_next_step_proposal_id"), "next_step", ["proposal_id"])
    op.create_index(op.f("ix_next_step_due_on"), "next_step", ["due_on"])
    op.create_table(
        "member_link",
        *_entity_columns(),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("from_member_id", sa.String(length=36), nullable=False),
        sa.Column("to_member_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_member_link_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_member_id"],
            ["member.id"],
            name=op.f("fk_member_link_from_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_member_id"],
            ["member.id"],
            name=op.f("fk_member_link_to_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_link")),
        sa.UniqueConstraint(
            "from_member_id", "to_member_id", "kind", name=op.f("uq_member_link_from_member_id")
        ),
    )
    op.create_index(op.f("ix_member_link_client_id"), "member_link", ["client_id"])
    op.create_table(
        "map_position",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_map_position_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_map_position")),
    )


def downgrade() -> None:
    op.drop_table("map_position")
    op.drop_index(op.f("ix_member_link_client_id"), table_name="member_link")
    op.drop_table("member_link")
    op.drop_index(op.f("ix_next_step_due_on"), table_name="next_step")
    op.drop_index(op.f("ix_next_step_proposal_id"), table_name="next_step")
    op.drop_index(op.f("ix_next_step_client_id"), table_name="next_step")
    op.drop_table("next_step")
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("interaction") as batch:
        batch.drop_column("next_step_done_on")
