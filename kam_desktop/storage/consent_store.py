"""Reads of consent across the portfolio: the people whose consent is missing or expired.

Expired consent is one range of ``member.consent_on`` (``consent_on < cutoff``, the cutoff from
``domain/consent.consent_cutoff``), so Today's first page walks the index ``ix_member_consent_on``
(migration 0012) in date order and stops at the limit, and its count reads the same range of
that index alone. Missing consent (no date, no "how") is read for the audit list and the
command line, never for Today.

The audit list pages by client, in name order: the clients with someone listed come from the
client name index with a per-client check (``EXISTS`` through ``ix_member_client_id``), then
their people. One query joining and sorting every listed person took 1.5 s at 150,000 people
(SQLite read the consent index's two ranges, then sorted); by client, a page takes ~5 ms.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from kam_desktop.domain.agenda import ClientRef, ConsentFact
from kam_desktop.domain.consent import ConsentPerson, ConsentState
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.storage.cockpit_store import Facts
from kam_desktop.storage.models import ClientRow, MemberRow


def _missing() -> ColumnElement[bool]:
    return and_(MemberRow.consent_on.is_(None), func.trim(MemberRow.consent_how) == "")


def _expired(cutoff: date) -> ColumnElement[bool]:
    return MemberRow.consent_on < cutoff  # NULL is never less: undated consent never expires


def consent_facts(s: Session, cutoff: date, limit: int | None = None) -> Facts[ConsentFact]:
    """People whose consent was given before ``cutoff``, oldest first (at most ``limit``), and
    how many there are in all."""
    query = (
        select(
            MemberRow.id,
            MemberRow.full_name,
            MemberRow.consent_on,
            MemberRow.consent_how,
            ClientRow.id,
            ClientRow.name,
            ClientRow.status,
        )
        .join(ClientRow, ClientRow.id == MemberRow.client_id)
        .where(_expired(cutoff))
    )
    if limit is not None:  # the index's order; the id only breaks ties
        query = query.order_by(MemberRow.consent_on, MemberRow.id).limit(limit)
    clients: dict[str, ClientRef] = {}
    facts = []
    # Core rows: the ORM's result layer is not needed (tens of thousands with no limit).
    for mid, name, consent_on, how, cid, cname, status in s.connection().execute(query):
        client = clients.get(cid)
        if client is None:
            client = clients[cid] = ClientRef(cid, cname, ClientStatus(status))
        facts.append(ConsentFact(client, mid, name, consent_on, how))
    if limit is None or len(facts) < limit:
        return Facts(facts, len(facts))
    count = select(func.count()).select_from(MemberRow).where(_expired(cutoff))
    return Facts(facts, int(s.scalar(count) or 0))


def _wanted(states: Collection[ConsentState], cutoff: date | None) -> ColumnElement[bool]:
    parts = []
    if ConsentState.MISSING in states:
        parts.append(_missing())
    if ConsentState.EXPIRED in states and cutoff is not None:
        parts.append(_expired(cutoff))
    return or_(*parts) if parts else false()


def _people_query(states: Collection[ConsentState], cutoff: date | None) -> Select:
    return (
        select(
            MemberRow.id,
            MemberRow.full_name,
            MemberRow.position,
            ClientRow.id,
            ClientRow.name,
            MemberRow.consent_on,
            MemberRow.consent_how,
        )
        .join(ClientRow, ClientRow.id == MemberRow.client_id)
        .where(_wanted(states, cutoff))
    )


def people(
    s: Session,
    states: Collection[ConsentState],
    cutoff: date | None,
    clients: int | None = None,
    clients_offset: int = 0,
) -> list[ConsentPerson]:
    """People whose consent is in ``states`` (missing, expired before ``cutoff``), by client
    and name: everyone, or those of a page of ``clients`` clients (each with someone listed)."""
    query = _people_query(states, cutoff).order_by(
        ClientRow.name, ClientRow.id, MemberRow.full_name, MemberRow.id
    )
    if clients is not None:
        listed = select(MemberRow.id).where(
            MemberRow.client_id == ClientRow.id, _wanted(states, cutoff)
        )
        page = (
            select(ClientRow.id)
            .where(listed.exists())
            .order_by(ClientRow.name, ClientRow.id)
            .offset(clients_offset)
            .limit(clients)
        )
        ids = list(s.scalars(page))
        if not ids:
            return []
        query = query.where(MemberRow.client_id.in_(ids))
    found = []
    for mid, name, position, cid, cname, consent_on, how in s.execute(query):
        # Only missing and expired consent is read: a date here means expired.
        state = ConsentState.MISSING if consent_on is None else ConsentState.EXPIRED
        found.append(ConsentPerson(mid, name, position, cid, cname, consent_on, how, state))
    return found


def count_people(s: Session, states: Collection[ConsentState], cutoff: date | None) -> int:
    """How many people are listed: each state counted on its own (the sets are disjoint, and
    one range of the consent index each is quicker than both through an OR)."""
    total = 0
    for state in states:
        wanted = _wanted({state}, cutoff)
        total += int(s.scalar(select(func.count()).select_from(MemberRow).where(wanted)) or 0)
    return total
