"""Fixtures for exchange tests: a rich dossier database and a second, empty one."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService

FIXTURES = Path(__file__).parent / "fixtures"

# Tables an export carries; compared row by row (every column) after a round trip.
EXCHANGED_TABLES = (
    "client",
    "tender",
    "member",
    "contact_point",
    "family_member",
    "interaction",
    "interaction_member",
    "interaction_team",
    "team_member",
    "our_company",
    "dmu_role",
    "proposal",
    "proposal_line",
    "catalogue_item",
    "similar_project",
    "referee",
    "argument_block",
)


def tiny_png() -> bytes:
    """A valid 1×1 PNG (our company's logo)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def fill_rich(db: Database) -> None:
    """The demo portfolio plus what the demo lacks: a custom role, a logo, 29 February."""
    from kam_desktop.services.demo import load_demo

    load_demo(db)
    service = DossierService(db)
    company = service.our_company()
    company.logo_png = tiny_png()
    service.save_our_company(company)
    role = service.add_role("куратор проекта", "project sponsor")
    client = service.list_clients()[0]
    member = service.list_members(client.id)[0]
    member.role_code = role.code
    service.save_member(member)
    _proposal_uses_library(db)


def _proposal_uses_library(db: Database) -> None:
    """Let the demo proposal cite a similar project, a referee and two argument blocks."""
    from sqlalchemy import select

    from kam_desktop.storage.proposal_models import ArgumentRow, ProposalRow, RefereeRow

    with db.session() as s:
        proposal = s.scalars(select(ProposalRow)).first()
        referee = s.scalars(select(RefereeRow).order_by(RefereeRow.id)).first()
        arguments = s.scalars(select(ArgumentRow.id).order_by(ArgumentRow.id).limit(2)).all()
        proposal.project_ids = [referee.project_id]
        proposal.referee_ids = [referee.id]
        proposal.argument_ids = list(arguments)


def dump(db: Database, tables: tuple[str, ...] = EXCHANGED_TABLES) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: equal dumps mean equal databases. Values are as SQLite
    stores them whichever the backend, so a PostgreSQL database compares with an SQLite one."""
    out = {}
    as_stored = (lambda v: v) if db.dialect == "sqlite" else _as_sqlite_stores
    with db.engine.connect() as conn:
        for table in tables:
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            out[table] = sorted(tuple(as_stored(v) for v in r) for r in rows)
    return out


def _as_sqlite_stores(value: object) -> object:
    """A PostgreSQL value in SQLAlchemy's SQLite text form (dates, UTC times, JSON)."""
    import datetime as dt
    import json

    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return value


def dump_all(db: Database) -> dict[str, list[tuple]]:
    # Every table on either backend; SQLite's own and the FTS5 index's shadow tables left out.
    names = [n for n in inspect(db.engine).get_table_names() if not n.startswith("search_index_")]
    return dump(db, tuple(sorted(names)))


@pytest.fixture
def rich_db(db: Database) -> Database:
    fill_rich(db)
    return db


@pytest.fixture
def other_db(tmp_path: Path):
    database = Database.open(str(tmp_path / "other.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def exchange(rich_db: Database) -> ExchangeService:
    return ExchangeService(rich_db)
