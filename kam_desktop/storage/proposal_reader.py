"""A proposal's composition input read with the standard library's sqlite3 (no SQLAlchemy).

``render-proposal`` is a short command: importing SQLAlchemy, declaring the models and
compiling a dozen ORM queries cost it ~0.5 s before a single page was drawn — more than the
rendering. For an SQLite file already at the newest schema it reads the same
``ProposalContext`` here instead: plain SELECTs, the values converted as SQLAlchemy's column
types convert them, and the rows handed to the very mapping functions the ORM path uses
(``storage/mapping.py``, ``storage/proposal_mapping.py``). ``tests/storage/
test_proposal_reader.py`` keeps the two paths equal, column types included.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from kam_desktop.domain.dossier import OurCompany
from kam_desktop.domain.proposal import ArgumentTag, Proposal
from kam_desktop.domain.proposal_context import (
    ProposalContext,
    chosen_arguments,
    chosen_projects,
    context_from_json,
)
from kam_desktop.storage.mapping import (
    client_to_domain,
    company_to_domain,
    member_to_domain,
    role_to_domain,
    team_member_to_domain,
)
from kam_desktop.storage.proposal_mapping import (
    argument_to_domain,
    project_to_domain,
    proposal_to_domain,
    tag_to_domain,
)

# How SQLAlchemy's column types store values in SQLite, per table: what needs converting back.
# (A test compares these with the models, so a new non-text column cannot be missed.)
DATE, TIMESTAMP, JSON, BOOL = "date", "timestamp", "json", "bool"
BOOKKEEPING = {"created_at": TIMESTAMP, "updated_at": TIMESTAMP}
COLUMN_KINDS: dict[str, dict[str, str | int]] = {
    "proposal": {
        **BOOKKEEPING,
        "issue_date": DATE,
        "valid_until": DATE,
        "sent_on": DATE,
        "issued_at": TIMESTAMP,
        "addressee_ids": JSON,
        "team_member_ids": JSON,
        "project_ids": JSON,
        "referee_ids": JSON,
        "argument_ids": JSON,
        "tailoring": JSON,
        "current_annual_cost": 2,  # an int: a Numeric column and its scale
        "annual_gain": 2,
        "investment": 2,
        "total": 2,
    },
    "proposal_line": {
        **BOOKKEEPING,
        "quantity": 3,
        "unit_price": 2,
        "discount_pct": 2,
        "vat_pct": 2,
    },
    "client": {
        **BOOKKEEPING,
        "tags": JSON,
        "annual_revenue": 2,
        "sales_share_pct": 2,
        "reliability_checklist": JSON,
        "reliability_checked_on": DATE,
    },
    "tender": {**BOOKKEEPING, "tender_date": DATE},
    "member": {**BOOKKEEPING, "last_contact_on": DATE, "consent_on": DATE},
    "contact_point": {**BOOKKEEPING},
    "family_member": {**BOOKKEEPING},
    "team_member": {**BOOKKEEPING, "signs_proposals": BOOL},
    "our_company": {**BOOKKEEPING},
    "similar_project": {**BOOKKEEPING, "results": JSON},
    "referee": {**BOOKKEEPING, "consent_to_be_contacted": BOOL},
    "argument_block": {**BOOKKEEPING, "role_codes": JSON, "tags": JSON},
    "argument_tag": {"keywords": JSON, "builtin": BOOL},
    "dmu_role": {"builtin": BOOL},
}


class Record:
    """A row with attribute access, as the mapping functions read ORM rows."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


# The mapping functions are typed for ORM rows and read them by attribute only; a Record
# stands in for one (tests/storage/test_proposal_reader.py checks the result is equal), so the
# rows handed to them are typed as Any rather than cast at every call.
Row = Any


def _value(kind: str | int | None, value: Any) -> Any:
    if value is None or kind is None:
        return value
    if isinstance(kind, int):  # Numeric(…, scale): SQLite keeps a float, SQLAlchemy a Decimal
        return Decimal(f"{value:.{kind}f}")
    if kind == DATE:
        return date.fromisoformat(value)
    if kind == TIMESTAMP:
        stamp = datetime.fromisoformat(value)
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    if kind == JSON:
        return json.loads(value)
    return bool(value)


def _records(conn: sqlite3.Connection, table: str, sql: str, params: Iterable = ()) -> list[Row]:
    kinds = COLUMN_KINDS[table]
    cursor = conn.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    return [
        Record({n: _value(kinds.get(n), v) for n, v in zip(names, row, strict=True)})
        for row in cursor.fetchall()
    ]


def _marks(ids: list[str]) -> str:
    return ",".join("?" * len(ids)) or "NULL"


def _children(
    conn: sqlite3.Connection, table: str, key: str, ids: list[str]
) -> dict[str, list[Row]]:
    """Child rows by parent id, in their stored order (``position``)."""
    rows = _records(
        conn,
        table,
        f"SELECT * FROM {table} WHERE {key} IN ({_marks(ids)}) ORDER BY position",
        ids,
    )
    grouped: dict[str, list[Row]] = {i: [] for i in ids}
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def find_proposal_id(conn: sqlite3.Connection, number: str) -> str | None:
    """``КП-2026-0042`` → its latest revision; ``КП-2026-0042/2`` → revision 2 (as the CLI)."""
    row = conn.execute(
        "SELECT id FROM proposal WHERE number = ? ORDER BY revision DESC LIMIT 1",
        (number.strip(),),
    ).fetchone()
    if row is None:
        base, sep, revision = number.strip().rpartition("/")
        if sep and revision.isdigit():
            row = conn.execute(
                "SELECT id FROM proposal WHERE number = ? AND revision = ?", (base, int(revision))
            ).fetchone()
    return row[0] if row else None


def read_proposal(conn: sqlite3.Connection, proposal_id: str) -> tuple[Proposal, str | None]:
    """The proposal with its lines, and its frozen snapshot (None for a draft)."""
    (row,) = _records(conn, "proposal", "SELECT * FROM proposal WHERE id = ?", (proposal_id,))
    row.lines = _children(conn, "proposal_line", "proposal_id", [proposal_id])[proposal_id]
    return proposal_to_domain(row), row.snapshot


def read_context(
    conn: sqlite3.Connection, proposal_id: str, fallback_tags: list[ArgumentTag]
) -> ProposalContext:
    """What ``ProposalService.context(proposal_id)`` returns, read with sqlite3."""
    p, snapshot = read_proposal(conn, proposal_id)
    if snapshot:
        return context_from_json(snapshot)
    (client,) = _records(conn, "client", "SELECT * FROM client WHERE id = ?", (p.client_id,))
    client.tenders = _records(
        conn,
        "tender",
        "SELECT * FROM tender WHERE client_id = ? ORDER BY tender_date",
        (p.client_id,),
    )
    people = {
        m.id: m
        for m in _records(
            conn,
            "member",
            f"SELECT * FROM member WHERE id IN ({_marks(p.addressee_ids)})",
            p.addressee_ids,
        )
    }
    ids = list(people)
    contacts = _children(conn, "contact_point", "member_id", ids)
    family = _children(conn, "family_member", "member_id", ids)
    for member_id, member in people.items():
        member.contacts, member.family = contacts[member_id], family[member_id]
    team = {
        t.id: t
        for t in _records(
            conn,
            "team_member",
            f"SELECT * FROM team_member WHERE id IN ({_marks(p.team_member_ids)})",
            p.team_member_ids,
        )
    }
    companies = _records(conn, "our_company", "SELECT * FROM our_company LIMIT 1")
    signatory = None
    if p.signatory_id:
        found = _records(
            conn, "team_member", "SELECT * FROM team_member WHERE id = ?", (p.signatory_id,)
        )
        signatory = team_member_to_domain(found[0]) if found else None
    tags = _records(conn, "argument_tag", "SELECT * FROM argument_tag ORDER BY sort_order")
    return ProposalContext(
        proposal=p,
        client=client_to_domain(client),
        addressees=[member_to_domain(people[i]) for i in p.addressee_ids if i in people],
        team=[team_member_to_domain(team[i]) for i in p.team_member_ids if i in team],
        company=company_to_domain(companies[0]) if companies else OurCompany(),
        projects=chosen_projects(_projects(conn), p),
        arguments=chosen_arguments(
            [
                argument_to_domain(r)
                for r in _records(
                    conn,
                    "argument_block",
                    "SELECT * FROM argument_block WHERE language = ?",
                    (p.language,),
                )
            ],
            p,
        ),
        roles=[role_to_domain(r) for r in _records(conn, "dmu_role", "SELECT * FROM dmu_role")],
        tags=[tag_to_domain(t) for t in tags] or fallback_tags,
        signatory=signatory,
    )


def _projects(conn: sqlite3.Connection):
    rows = _records(conn, "similar_project", "SELECT * FROM similar_project")
    referees = _children(conn, "referee", "project_id", [r.id for r in rows])
    for row in rows:
        row.referees = referees[row.id]
    return [project_to_domain(r) for r in rows]


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None
