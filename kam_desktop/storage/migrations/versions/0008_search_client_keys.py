"""search entry rowids that name their client (SQLite), for a fast first keystroke

Revision ID: 0008_search_client_keys
Revises: 0007_search_prefixes
Create Date: 2026-12-01

SQLite: ``search_client`` gives every client with index entries an integer key (and keeps its
name beside it, for the list's order), and the FTS5 table is rebuilt with
``rowid = key << 20 | entry number`` (entries renumbered in their old order), so the client list
reads a matching entry's client from its rowid instead of the ``search_owner`` table, which
goes. Every entry's content is copied unchanged; the prefix indexes stay.
Downgrade: ``search_owner`` is filled from the rowids as they are (0007 takes any rowid).
PostgreSQL: nothing changes.
"""

from __future__ import annotations

from alembic import op

revision = "0008_search_client_keys"
down_revision = "0007_search_prefixes"
branch_labels = None
depends_on = None

COLUMNS = "kind, entity_id, client_id, name, client_name, body"
ENTRY_BITS = 20  # as kam_desktop.storage.search_index.ENTRY_BITS at this revision


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE search_client ("
        "key INTEGER PRIMARY KEY, client_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL)"
    )
    # Keys in the order the clients were first indexed; the name is the client's own (the
    # index's copy where the client row is gone: such entries are kept as they were).
    op.execute(
        "INSERT INTO search_client (client_id, name) "
        "SELECT s.client_id, coalesce(c.name, min(s.client_name)) FROM search_index AS s "
        "LEFT JOIN client AS c ON c.id = s.client_id "
        "GROUP BY s.client_id ORDER BY min(s.rowid)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index_rebuilt USING fts5("
        "kind UNINDEXED, entity_id UNINDEXED, client_id UNINDEXED, "
        "name, client_name UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    op.execute(
        f"INSERT INTO search_index_rebuilt (rowid, {COLUMNS}) "
        f"SELECT (k.key << {ENTRY_BITS}) "
        "+ row_number() OVER (PARTITION BY s.client_id ORDER BY s.rowid) - 1, "
        f"s.kind, s.entity_id, s.client_id, s.name, s.client_name, s.body "
        "FROM search_index AS s JOIN search_client AS k ON k.client_id = s.client_id"
    )
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_rebuilt RENAME TO search_index")
    op.execute("DROP TABLE search_owner")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE search_owner (entry INTEGER PRIMARY KEY, client_id TEXT NOT NULL)")
    op.execute(
        "INSERT INTO search_owner (entry, client_id) SELECT rowid, client_id FROM search_index"
    )
    op.execute("DROP TABLE search_client")
