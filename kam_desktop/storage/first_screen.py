"""The first screen of the GUI read with the standard library: the first page of the client
list (no filter, by name) and the number of clients.

SQLAlchemy, the ORM classes and Alembic cost most of the start-up; reading these few rows with
sqlite3 lets the window show its filled list before they are imported. Only a file that is ours,
exists and is at the newest schema is read here (the same recognition as opening does, without
writing anything); any other file — new, to be migrated, not ours — gets None and takes the
usual path, so migrations still run before anything writes. The rows equal what
``DossierService.list_clients(limit=…)`` and ``count_clients()`` return (tested).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kam_desktop.domain.dossier import ClientSummary
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.domain.errors import DatabaseError
from kam_desktop.storage.proposal_reader import COLUMN_KINDS, TIMESTAMP, _value
from kam_desktop.storage.revisions import head_revision
from kam_desktop.storage.sqlite_files import inspect_sqlite_file, read_only_connection

# The page the client list shows first: every client, by name (then id, as the service sorts).
FIRST_PAGE_SQL = (
    "SELECT c.id, c.name, c.status, c.industry, c.region,"
    " (SELECT count(m.id) FROM member AS m WHERE m.client_id = c.id),"
    " c.updated_at, c.sales_share_pct"
    " FROM client AS c ORDER BY c.name, c.id LIMIT ?"
)
SHARE_SCALE = COLUMN_KINDS["client"]["sales_share_pct"]


@dataclass(frozen=True, slots=True)
class FirstScreen:
    path: Path | None  # None for a team database on a server
    read_only: bool
    clients: list[ClientSummary]  # the first page, by name
    total: int  # every client in the file
    target: str | None = None  # what ``--db`` names, when it is not a file (a server's URL)


def _summary(row: tuple) -> ClientSummary:
    id_, name, status, industry, region, members, updated_at, share = row
    return ClientSummary(
        id_,
        name,
        ClientStatus(status),
        industry,
        region,
        members,
        _value(TIMESTAMP, updated_at),
        _value(SHARE_SCALE, share),
    )


def read_first_screen(path: Path, page_size: int) -> FirstScreen | None:
    """The first page and the client count of ``path``, or None where the usual opening must
    decide (a new or empty file, an older or newer schema, a file that is not ours, any error)."""
    try:
        found = inspect_sqlite_file(path)
        if found.is_new or found.revision != head_revision():
            return None
        conn = read_only_connection(path)
        try:
            conn.execute("BEGIN")  # one read transaction: the page and the count agree
            rows = conn.execute(FIRST_PAGE_SQL, (page_size,)).fetchall()
            total = conn.execute("SELECT count(*) FROM client").fetchone()[0]
            conn.rollback()
        finally:
            conn.close()
    except (DatabaseError, sqlite3.Error, OSError, ValueError):
        return None  # opening the usual way says what is wrong, in the usual words
    return FirstScreen(path, found.read_only, [_summary(r) for r in rows], total)


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where a team database is, password included (kept out of any text)."""

    host: str | None
    port: int | None
    database: str | None
    user: str | None
    password: str | None


def read_server_first_screen(
    address: ServerAddress, target: str, page_size: int
) -> FirstScreen | None:
    """The same first screen from a PostgreSQL team database, read with psycopg alone (no
    SQLAlchemy engine, ORM or Alembic before the window shows): None where the usual opening
    must decide (unreachable, refused, an older or newer schema, not ours)."""
    try:
        import psycopg
    except ImportError:
        return None
    try:
        with psycopg.connect(
            host=address.host,
            port=address.port,
            dbname=address.database,
            user=address.user,
            password=address.password,
            connect_timeout=5,
        ) as conn:
            conn.read_only = True  # one read-only transaction: the page and the count agree
            found = conn.execute(
                "SELECT version_num FROM alembic_version WHERE to_regclass('client') IS NOT NULL"
            ).fetchone()
            if found is None or found[0] != head_revision():
                return None
            rows = conn.execute(FIRST_PAGE_SQL.replace("?", "%s"), (page_size,)).fetchall()
            count = conn.execute("SELECT count(*) FROM client").fetchone()
    except psycopg.Error:
        return None  # opening the usual way says what is wrong, in the usual words
    clients = [
        ClientSummary(r[0], r[1], ClientStatus(r[2]), r[3], r[4], r[5], r[6], r[7]) for r in rows
    ]
    return FirstScreen(None, False, clients, count[0] if count else 0, target)
