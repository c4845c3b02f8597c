"""Today's reads without a lookup per person or per step: each member's last contact and each
client's last interaction kept in derived tables, and indexes of the next steps not done yet

Revision ID: 0010_agenda_reads
Revises: 0009_cockpit
Create Date: 2026-12-01

``member_contact`` holds, per member, what the stay-in-touch rules look at — the client and its
status, influence, name — and the last contact: the later of the member's "last contact" field and the last
interaction they took part in. ``client_contact`` holds each client's last interaction date.
Both are derived: SQLite triggers keep them whichever code path writes (the dossier, an import,
undo, a cascade), and they never travel in an export. The upgrade fills them from the rows as
they are; nothing a user wrote changes.

PostgreSQL: the tables and indexes are created, the triggers are not (team mode adds its own
trigger functions before Today runs there).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_agenda_reads"
down_revision = "0009_cockpit"
branch_labels = None
depends_on = None

OPEN_STEP_WHERE = "next_step_done_on IS NULL AND next_step != ''"
# The same in other words, so a query can choose between the two partial indexes.
OPEN_STEP_ON_WHERE = "next_step_done_on IS NULL AND length(next_step) > 0"
# Open steps per client: due after the client's last interaction, and on that interaction.
# With the id, Today's first pass (which steps, in which order) reads the index alone.
OPEN_STEP_INDEXES = {
    "ix_interaction_open_step": (["client_id", "next_step_due", "id"], OPEN_STEP_WHERE),
    "ix_interaction_open_step_on": (
        ["client_id", "occurred_on", "next_step_due", "id"],
        OPEN_STEP_ON_WHERE,
    ),
}
# The birthday indexes of 0009, covering the same first pass now.
BIRTHDAY_INDEXES = {"ix_member_birthday": "member", "ix_family_member_birthday": "family_member"}
BIRTHDAY_COLUMNS = ["birthday_month", "birthday_day"]


def _last_contact(member: str) -> str:
    """SQL: the later of a member's "last contact" field and their last interaction."""
    return (
        "(SELECT CASE WHEN x IS NULL THEN f WHEN f IS NULL THEN x WHEN f > x THEN f ELSE x END "
        f"FROM (SELECT (SELECT last_contact_on FROM member WHERE id = {member}) AS f, "
        "(SELECT max(i.occurred_on) FROM interaction_member AS im "
        "JOIN interaction AS i ON i.id = im.interaction_id "
        f"WHERE im.member_id = {member}) AS x))"
    )


def _recompute_member(member: str) -> str:
    return f"UPDATE member_contact SET last_on = {_last_contact(member)} WHERE member_id = {member}"


def _recompute_client(client: str) -> str:
    return (
        f"DELETE FROM client_contact WHERE client_id = {client}; "
        "INSERT INTO client_contact (client_id, last_on) "
        f"SELECT {client}, max(occurred_on) FROM interaction WHERE client_id = {client} "
        "HAVING max(occurred_on) IS NOT NULL"
    )


TRIGGERS = {
    # ---- member_contact: the member's own columns ----
    "member_contact_member_added": (
        "AFTER INSERT ON member BEGIN "
        "INSERT OR REPLACE INTO member_contact "
        "(member_id, client_id, client_status, influence, full_name, last_on) "
        "VALUES (NEW.id, NEW.client_id, "
        "coalesce((SELECT status FROM client WHERE id = NEW.client_id), ''), "
        f"NEW.influence, NEW.full_name, {_last_contact('NEW.id')}); END"
    ),
    "member_contact_member_changed": (
        "AFTER UPDATE OF client_id, influence, full_name, last_contact_on ON member BEGIN "
        "UPDATE member_contact SET client_id = NEW.client_id, "
        "client_status = coalesce((SELECT status FROM client WHERE id = NEW.client_id), ''), "
        "influence = NEW.influence, "
        f"full_name = NEW.full_name, last_on = {_last_contact('NEW.id')} "
        "WHERE member_id = NEW.id; END"
    ),
    "member_contact_client_status": (
        "AFTER UPDATE OF status ON client BEGIN "
        "UPDATE member_contact SET client_status = NEW.status WHERE client_id = NEW.id; END"
    ),
    "member_contact_member_gone": (
        "AFTER DELETE ON member BEGIN DELETE FROM member_contact WHERE member_id = OLD.id; END"
    ),
    # ---- member_contact: participations and their dates ----
    # Added: only later can it get (an import adds thousands; no recount per participation).
    "member_contact_took_part": (
        "AFTER INSERT ON interaction_member BEGIN "
        "UPDATE member_contact SET last_on = "
        "(SELECT occurred_on FROM interaction WHERE id = NEW.interaction_id) "
        "WHERE member_id = NEW.member_id AND coalesce(last_on, '') < "
        "coalesce((SELECT occurred_on FROM interaction WHERE id = NEW.interaction_id), ''); END"
    ),
    "member_contact_part_gone": (
        "AFTER DELETE ON interaction_member BEGIN " + _recompute_member("OLD.member_id") + "; END"
    ),
    "member_contact_part_moved": (
        "AFTER UPDATE ON interaction_member BEGIN "
        + _recompute_member("OLD.member_id")
        + "; "
        + _recompute_member("NEW.member_id")
        + "; END"
    ),
    "member_contact_date_moved": (
        "AFTER UPDATE OF occurred_on ON interaction BEGIN "
        f"UPDATE member_contact SET last_on = {_last_contact('member_contact.member_id')} "
        "WHERE member_id IN "
        "(SELECT member_id FROM interaction_member WHERE interaction_id = NEW.id); END"
    ),
    # ---- client_contact ----
    "client_contact_added": (
        "AFTER INSERT ON interaction WHEN NEW.occurred_on IS NOT NULL BEGIN "
        "INSERT INTO client_contact (client_id, last_on) VALUES (NEW.client_id, NEW.occurred_on) "
        "ON CONFLICT (client_id) DO UPDATE SET last_on = excluded.last_on "
        "WHERE excluded.last_on > client_contact.last_on; END"
    ),
    "client_contact_gone": (
        "AFTER DELETE ON interaction BEGIN " + _recompute_client("OLD.client_id") + "; END"
    ),
    "client_contact_moved": (
        "AFTER UPDATE OF occurred_on, client_id ON interaction BEGIN "
        + _recompute_client("OLD.client_id")
        + "; "
        + _recompute_client("NEW.client_id")
        + "; END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "member_contact",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("client_status", sa.String(length=20), nullable=False),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("last_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_member_contact")),
        sqlite_with_rowid=False,  # read by key and by its index only
    )
    # A cadence rule's people by client status and influence, longest without contact first.
    op.create_index(
        "ix_member_contact_cadence", "member_contact", ["client_status", "influence", "last_on"]
    )
    op.create_index("ix_member_contact_client_id", "member_contact", ["client_id"])
    op.create_table(
        "client_contact",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("last_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_contact")),
        sqlite_with_rowid=False,
    )
    for name, table in BIRTHDAY_INDEXES.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [*BIRTHDAY_COLUMNS, "birthday_year", "id"])
    # Replaced by the partial indexes: with it, SQLite read every step due before a date.
    op.drop_index("ix_interaction_next_step_due", table_name="interaction")
    for name, (columns, where) in OPEN_STEP_INDEXES.items():
        op.create_index(
            name,
            "interaction",
            columns,
            sqlite_where=sa.text(where),
            postgresql_where=sa.text(where),
        )
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "INSERT INTO member_contact "
        "(member_id, client_id, client_status, influence, full_name, last_on) "
        "SELECT m.id, m.client_id, c.status, m.influence, m.full_name, CASE "
        "WHEN x.on_ IS NULL THEN m.last_contact_on WHEN m.last_contact_on IS NULL THEN x.on_ "
        "WHEN m.last_contact_on > x.on_ THEN m.last_contact_on ELSE x.on_ END "
        "FROM member AS m JOIN client AS c ON c.id = m.client_id "
        "LEFT JOIN (SELECT im.member_id AS member_id, "
        "max(i.occurred_on) AS on_ FROM interaction_member AS im "
        "JOIN interaction AS i ON i.id = im.interaction_id GROUP BY im.member_id) AS x "
        "ON x.member_id = m.id"
    )
    op.execute(
        "INSERT INTO client_contact (client_id, last_on) "
        "SELECT client_id, max(occurred_on) FROM interaction "
        "WHERE occurred_on IS NOT NULL GROUP BY client_id"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    # A file with planner statistics gets them for the new tables and indexes too: partial
    # statistics mislead the planner (it read every open step to build a Bloom filter). A file
    # without statistics keeps none; the plans were measured both ways.
    has_statistics = op.get_bind().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    )
    if has_statistics.first() is not None:
        for table in ("interaction", "member", "family_member", "member_contact", "client_contact"):
            op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in OPEN_STEP_INDEXES:
        op.drop_index(name, table_name="interaction")
    op.create_index("ix_interaction_next_step_due", "interaction", ["next_step_due"])
    for name, table in BIRTHDAY_INDEXES.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, BIRTHDAY_COLUMNS)
    op.drop_table("client_contact")
    op.drop_index("ix_member_contact_client_id", table_name="member_contact")
    op.drop_index("ix_member_contact_cadence", table_name="member_contact")
    op.drop_table("member_contact")
