"""search index with prefix indexes and an owner table (SQLite), for a fast first keystroke

Revision ID: 0007_search_prefixes
Revises: 0006_proposal_content
Create Date: 2026-12-01

SQLite: the FTS5 table is rebuilt with ``prefix = '1 2 3'`` (a one-, two- or three-letter
search reads one index term instead of merging every word it begins), and ``search_owner`` maps
each entry's rowid to its client, so the client list never reads the FTS content rows to learn
whose entry matched. The entries are copied with their rowids, so nothing is lost or recomputed.
PostgreSQL: nothing changes (its index is a plain table with an indexed ``client_id``).
"""

from __future__ import annotations

from alembic import op

revision = "0007_search_prefixes"
down_revision = "0006_proposal_content"
branch_labels = None
depends_on = None

COLUMNS = "kind, entity_id, client_id, name, client_name, body"


def _create_fts(name: str, prefixes: bool) -> None:
    prefix = ", prefix = '1 2 3'" if prefixes else ""
    op.execute(
        f"CREATE VIRTUAL TABLE {name} USING fts5("
        "kind UNINDEXED, entity_id UNINDEXED, client_id UNINDEXED, "
        "name, client_name UNINDEXED, body, "
        f"tokenize = 'unicode61 remove_diacritics 2'{prefix})"
    )


def _rebuild_fts(prefixes: bool) -> None:
    """Replace search_index by a copy made with (or without) the prefix indexes."""
    _create_fts("search_index_rebuilt", prefixes)
    op.execute(
        f"INSERT INTO search_index_rebuilt (rowid, {COLUMNS}) "
        f"SELECT rowid, {COLUMNS} FROM search_index"
    )
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_rebuilt RENAME TO search_index")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild_fts(prefixes=True)
    op.execute("CREATE TABLE search_owner (entry INTEGER PRIMARY KEY, client_id TEXT NOT NULL)")
    op.execute("INSERT INTO search_owner (entry, client_id) SELECT rowid, client_id FROM search_index")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_owner")
    _rebuild_fts(prefixes=False)
