"""Rows of other features that hang off a client (proposals and their lines, …).

Deleting a client cascades to them; undo must bring them back exactly. They are captured as
plain column dicts by walking the foreign keys in the metadata, so a feature that adds a table
pointing at a client (or at such a table) is covered without touching the dossier service.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, select

from kam_desktop.storage.models import Base

# Tables the dossier snapshot already restores through the domain objects.
DOSSIER_TABLES = frozenset(
    {
        "client",
        "member",
        "tender",
        "interaction",
        "contact_point",
        "family_member",
        "interaction_member",
        "interaction_team",
        "search_index",
    }
)


def _child_tables(parent: str) -> list[tuple[Table, str, str]]:
    """(table, fk column, referenced column) for tables with a foreign key to ``parent``."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in DOSSIER_TABLES:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == parent:
                found.append((table, fk.parent.name, fk.column.name))
    return found


def capture(conn: Connection, client_id: str) -> list[tuple[str, list[dict]]]:
    """All non-dossier rows that depend on the client, parents before children."""
    captured: list[tuple[str, list[dict]]] = []
    frontier: list[tuple[str, dict[str, list[object]]]] = [("client", {"id": [client_id]})]
    while frontier:
        parent, keys = frontier.pop(0)
        for table, fk_column, ref_column in _child_tables(parent):
            values = keys.get(ref_column, [])
            if not values:
                continue
            rows = [
                dict(r._mapping)
                for r in conn.execute(select(table).where(table.c[fk_column].in_(values)))
            ]
            if rows:
                captured.append((table.name, rows))
                columns = {c.name: [r[c.name] for r in rows] for c in table.columns}
                frontier.append((table.name, columns))
    return captured


def restore(conn: Connection, captured: list[tuple[str, list[dict]]]) -> None:
    for table_name, rows in captured:
        conn.execute(Base.metadata.tables[table_name].insert(), rows)
