"""The demo portfolio: a realistic book of clients in Russian and English.

The records are data, in ``resources/demo/portfolio.json`` (our company, the team, and each
client with its people and interactions); this module turns them into domain objects and
saves them. Every record has a UUID derived from a fixed namespace and its key in the file, so
loading the demo again refreshes the same records instead of duplicating them. Everything goes
through ``DossierService``, so the demo is validated and indexed for search exactly like a
user's own data. A date in the file is a number of days from the day of loading (a tender
about nine months ahead, next steps due soon, one overdue); a birthday is ``[day, month]`` or
``[day, month, year]``; the company's pictures are file names beside the file.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from kam_desktop.domain.dossier import (
    Birthday,
    Client,
    ContactPoint,
    FamilyMember,
    Interaction,
    Member,
    OurCompany,
    TeamMember,
    Tender,
)
from kam_desktop.domain.enums import (
    RELIABILITY_CHECKLIST,
    Attitude,
    ClientStatus,
    ContactKind,
    InteractionKind,
    ReliabilityResult,
)
from kam_desktop.paths import resource_path
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService

DEMO_NAMESPACE = uuid.UUID("6f1d3c52-9a4e-5b7f-8c21-4d0e9b7a3f10")
# What a client or a person holds besides plain text, and is written in the file as JSON.
CLIENT_NESTED = ("key", "members", "interactions", "tenders")
DAY_FIELDS = ("reliability_checked_on", "last_contact_on", "consent_on")
DECIMAL_FIELDS = ("annual_revenue", "sales_share_pct")


def demo_id(kind: str, key: str) -> str:
    """A stable UUID for one demo record (the same on every machine and every load)."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}/{key}"))


@cache
def _portfolio() -> dict[str, Any]:
    return json.loads(resource_path("demo", "portfolio.json").read_text(encoding="utf-8"))


KEY_CLIENT_ID = demo_id("client", "uraltyazhmash")
CLIENT_KEYS = tuple(client["key"] for client in _portfolio()["clients"])
DEMO_CLIENT_IDS = frozenset(demo_id("client", key) for key in CLIENT_KEYS)
DEMO_COMPANY_ID = demo_id("company", _portfolio()["company"]["key"])


def _day(today: date, offset: int | None) -> date | None:
    return today + timedelta(days=offset) if offset is not None else None


def _birthday(parts: list[int] | None) -> Birthday | None:
    return Birthday(*parts) if parts else None


def _plain(record: dict[str, Any], today: date, leave_out: tuple[str, ...]) -> dict[str, Any]:
    """A record's own fields, with days from today as dates and amounts as ``Decimal``."""
    fields = {name: value for name, value in record.items() if name not in leave_out}
    for name in DAY_FIELDS:
        if name in fields:
            fields[name] = _day(today, fields[name])
    for name in DECIMAL_FIELDS:
        if name in fields:
            fields[name] = Decimal(fields[name])
    return fields


# ---- our side ------------------------------------------------------------------------------
def our_company() -> OurCompany:
    company = dict(_portfolio()["company"])
    key = company.pop("key")
    for picture in ("signature_png", "stamp_png"):  # made up, drawn for the demo
        company[picture] = resource_path("demo", company[picture]).read_bytes()
    return OurCompany(**company, id=demo_id("company", key))


def our_team() -> list[TeamMember]:
    return [
        TeamMember(
            **{name: value for name, value in person.items() if name != "key"},
            id=demo_id("team", person["key"]),
        )
        for person in _portfolio()["team"]
    ]


# ---- clients, their people and interactions ------------------------------------------------
def _client(record: dict[str, Any], today: date) -> Client:
    client = Client(**_plain(record, today, CLIENT_NESTED), id=demo_id("client", record["key"]))
    client.status = ClientStatus(client.status)
    client.reliability_result = ReliabilityResult(client.reliability_result)
    if record.get("reliability_checklist") == "all":
        client.reliability_checklist = {key: True for key, _ru, _en in RELIABILITY_CHECKLIST}
    client.tenders = [
        Tender(
            t["title"],
            today + timedelta(days=t["tender_date"]),
            t["notes"],
            demo_id("tender", t["key"]),
        )
        for t in record.get("tenders", [])
    ]
    return client


def _member(client_key: str, record: dict[str, Any], today: date) -> Member:
    key = record["key"]
    leave_out = ("key", "reports_to", "contacts", "family", "birthday", "anniversary")
    member = Member(**_plain(record, today, leave_out), id=demo_id("member", key))
    member.client_id = demo_id("client", client_key)
    member.attitude = Attitude(member.attitude)
    if "reports_to" in record:
        member.reports_to_id = demo_id("member", record["reports_to"])
    member.birthday = _birthday(record.get("birthday"))
    member.anniversary = _birthday(record.get("anniversary"))
    member.contacts = [
        ContactPoint(ContactKind(kind), value, label, demo_id("contact", f"{key}/{i}"))
        for i, (kind, value, label) in enumerate(record.get("contacts", []))
    ]
    member.family = [
        FamilyMember(name, relation, _birthday(born), notes, demo_id("family", f"{key}/{i}"))
        for i, (name, relation, born, notes) in enumerate(record.get("family", []))
    ]
    return member


def _interaction(client_key: str, record: dict[str, Any], today: date) -> Interaction:
    return Interaction(
        client_id=demo_id("client", client_key),
        occurred_on=today + timedelta(days=record["occurred_on"]),
        kind=InteractionKind(record["kind"]),
        summary=record["summary"],
        member_ids=[demo_id("member", key) for key in record["members"]],
        team_member_ids=[demo_id("team", key) for key in record["team"]],
        next_step=record["next_step"],
        next_step_due=_day(today, record["next_step_due"]),
        id=demo_id("interaction", record["key"]),
    )


def demo_clients(today: date) -> list[Client]:
    return [_client(record, today) for record in _portfolio()["clients"]]


def demo_members(today: date) -> list[Member]:
    """Client by client, each list with its parents first: a manager is saved before them."""
    return [
        _member(client["key"], record, today)
        for client in _portfolio()["clients"]
        for record in client["members"]
    ]


def demo_interactions(today: date) -> list[Interaction]:
    # Steps already done keep their text but no due date (nothing marks a step done), so
    # the key client's dossier shows exactly one overdue step: the accreditation documents.
    return [
        _interaction(client["key"], record, today)
        for client in _portfolio()["clients"]
        for record in client["interactions"]
    ]


# ---- loading -------------------------------------------------------------------------------
def non_demo_client_count(db: Database) -> int:
    """How many clients the user has besides the demo ones (the CLI asks before mixing)."""
    ids = {c.id for c in DossierService(db).list_clients()}
    return len(ids - DEMO_CLIENT_IDS)


def load_demo(db: Database) -> list[str]:
    """Create or refresh the demo portfolio; the user's own records are left alone.

    One transaction: a demo interrupted at any moment (even killed) leaves the database as
    it was, never a portfolio with half its people. Returns the ids of the clients it created
    or refreshed (the window re-reads an open dossier only when it is one of them).
    """
    service = DossierService(db)
    today = date.today()
    with db.transaction():
        current = service.our_company()
        if current.id in (None, DEMO_COMPANY_ID):  # never overwrite the user's own profile
            service.save_our_company(our_company())
        for person in our_team():
            service.save_team_member(person)
        client_ids = [client.saved_id for client in map(service.save_client, demo_clients(today))]
        for member in demo_members(today):
            service.save_member(member)
        for interaction in demo_interactions(today):
            service.save_interaction(interaction)
        _load_demo_proposals(db)
    return client_ids


def _load_demo_proposals(db: Database) -> None:
    # The proposals work adds its own demo; until that module exists there is nothing to add.
    try:
        from kam_desktop.services.demo_proposals import load_demo_proposals
    except ModuleNotFoundError as exc:
        if exc.name != "kam_desktop.services.demo_proposals":
            raise
        return
    load_demo_proposals(db)
