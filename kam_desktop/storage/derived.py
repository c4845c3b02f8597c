"""The derived tables of Today (``member_contact``, ``client_contact``; migration 0010) around
bulk inserts.

Their triggers keep them on every ordinary write. A bulk import of new dossiers takes the
triggers away for its inserts instead and fills the rows of the clients it added in one
statement each, then puts the triggers back — all in the import's own transaction (SQLite's DDL
is transactional): a failed or killed import rolls the triggers back with everything else, and
no other writer can write meanwhile, since the transaction holds the write lock. Even a trigger
whose WHEN is false costs per row: with them, a whole-database import took a third longer.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, bindparam, text

CHUNK = 500  # client ids bound per statement

_MEMBERS = text(
    "INSERT OR REPLACE INTO member_contact "
    "(member_id, client_id, client_status, influence, full_name, last_on) "
    "SELECT m.id, m.client_id, c.status, m.influence, m.full_name, CASE "
    "WHEN x.on_ IS NULL THEN m.last_contact_on WHEN m.last_contact_on IS NULL THEN x.on_ "
    "WHEN m.last_contact_on > x.on_ THEN m.last_contact_on ELSE x.on_ END "
    "FROM member AS m JOIN client AS c ON c.id = m.client_id "
    "LEFT JOIN (SELECT im.member_id AS member_id, max(i.occurred_on) AS on_ "
    "FROM interaction_member AS im JOIN interaction AS i ON i.id = im.interaction_id "
    "WHERE i.client_id IN :clients GROUP BY im.member_id) AS x ON x.member_id = m.id "
    "WHERE m.client_id IN :clients"
).bindparams(bindparam("clients", expanding=True))
_CLIENTS = text(
    "INSERT OR REPLACE INTO client_contact (client_id, last_on) "
    "SELECT client_id, max(occurred_on) FROM interaction "
    "WHERE client_id IN :clients AND occurred_on IS NOT NULL GROUP BY client_id"
).bindparams(bindparam("clients", expanding=True))


@contextmanager
def paused(conn: Connection, client_ids: Collection[str]) -> Iterator[None]:
    """Insert new dossiers of ``client_ids`` inside: without the derived tables' triggers, and
    these clients' rows filled at the end. SQLite only (elsewhere nothing changes)."""
    if conn.dialect.name != "sqlite" or not client_ids:
        yield
        return
    driver = conn.connection.driver_connection
    if driver is not None and not driver.in_transaction:
        conn.exec_driver_sql("BEGIN")  # the DDL below must be part of the import's transaction
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND (name LIKE 'member_contact_%' OR name LIKE 'client_contact_%')"
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield  # an error propagates: the caller rolls back, the triggers come back with it
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
    ids = list(client_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        conn.execute(_MEMBERS, {"clients": chunk})
        conn.execute(_CLIENTS, {"clients": chunk})
