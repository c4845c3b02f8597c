"""search index over clients and decision-group members

Revision ID: 0002_search_index
Revises: 0001_dossier_core
Create Date: 2026-11-27

SQLite: an FTS5 table with the unicode61 tokenizer, because SQLite's LIKE/lower() fold only
ASCII and would not find «Иван» from «иван». PostgreSQL: a plain table searched with ILIKE,
which folds Unicode. The index is filled from the data already stored (upgrade keeps data).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_search_index"
down_revision = "0001_dossier_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "kind UNINDEXED, entity_id UNINDEXED, client_id UNINDEXED, "
            "name, client_name UNINDEXED, body, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
    else:
        op.create_table(
            "search_index",
            sa.Column("kind", sa.String(10), nullable=False),
            sa.Column("entity_id", sa.String(36), primary_key=True),
            sa.Column("client_id", sa.String(36), nullable=False, index=True),
            sa.Column("name", sa.Text, nullable=False),
            sa.Column("client_name", sa.Text, nullable=False),
            sa.Column("body", sa.Text, nullable=False),
        )
    # Backfill from existing rows; the service keeps it current afterwards.
    from kam_desktop.storage.search_index import rebuild_search_index

    rebuild_search_index(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE search_index")
    else:
        op.drop_table("search_index")
