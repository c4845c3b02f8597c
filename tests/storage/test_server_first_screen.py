"""A team database's first screen, read with psycopg before any engine exists, equals what the
service returns (the PostgreSQL pass; the SQLite file's own reader is test_first_screen.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.services.dossiers import DossierService
from kam_desktop.storage.first_screen import ServerAddress, read_server_first_screen


def address_of(db) -> ServerAddress:
    url = db.engine.url
    return ServerAddress(url.host, url.port, url.database, url.username, url.password)


@pytest.fixture
def server_db(db):
    if db.dialect != "postgresql":
        pytest.skip("the PostgreSQL pass (KAM_TEST_POSTGRES_URL)")
    return db


def test_the_first_page_and_count_equal_the_service(server_db, dossiers: DossierService) -> None:
    for name in ("Бета", "альфа", "Northwind", "Бета", "Ёлка"):
        dossiers.save_client(Client(name, status=ClientStatus.KEY, region="Урал"))
    share = dossiers.save_client(Client("Моно", sales_share_pct=Decimal("80.5")))
    dossiers.save_member(Member("Иван Петров", share.id))
    for page_size in (2, 4, 200):
        first = read_server_first_screen(address_of(server_db), "the --db text", page_size)
        assert first is not None
        assert first.clients == dossiers.list_clients(limit=page_size)
        assert first.total == dossiers.count_clients() == 6
        assert (first.path, first.target, first.read_only) == (None, "the --db text", False)


def test_an_older_schema_or_a_refusal_takes_the_usual_path(server_db) -> None:
    from sqlalchemy import text

    address = address_of(server_db)
    refused = ServerAddress(address.host, address.port, address.database, address.user, "wrong")
    if address.password:  # a server that checks passwords (the CI server does)
        assert read_server_first_screen(refused, "x", 200) is None
    with server_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0011_team_records'"))
    assert read_server_first_screen(address, "x", 200) is None  # migrations first
