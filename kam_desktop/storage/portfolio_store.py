"""Reads of account health: the portfolio page (sorted and filtered in SQL) and the open
proposals and last contacts the meeting brief and the coverage score need.

An open proposal is a draft or sent revision that no newer revision replaces (``previous_id``
points at the one it replaces). Ages are compared as dates, so the SQL stays generic.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from kam_desktop.domain.account_health import (
    KEY_CLIENT_SHARE_MAX_PCT,
    KEY_CLIENT_SHARE_MIN_PCT,
    MONO_DEPENDENCE_SHARE_PCT,
    ShareBand,
)
from kam_desktop.domain.enums import ClientStatus, ReliabilityResult
from kam_desktop.domain.portfolio import (
    RELIABILITY_STALE_DAYS,
    OpenProposal,
    PortfolioEntry,
    PortfolioFilter,
    PortfolioSort,
)
from kam_desktop.domain.proposal import OPEN_STATUSES
from kam_desktop.storage.cockpit_store import last_contacts_query
from kam_desktop.storage.models import ClientRow, InteractionRow, MemberRow
from kam_desktop.storage.proposal_models import ProposalRow

ID_CHUNK = 500


def _not_replaced() -> ColumnElement[bool]:
    newer = aliased(ProposalRow)
    return ~select(newer.id).where(newer.previous_id == ProposalRow.id).exists()


def _is_open() -> ColumnElement[bool]:
    return and_(ProposalRow.status.in_([s.value for s in OPEN_STATUSES]), _not_replaced())


def _open_values() -> Any:
    """client id → value, count and currencies of its open proposals (a subquery)."""
    return (
        select(
            ProposalRow.client_id.label("client_id"),
            func.sum(ProposalRow.total).label("value"),
            func.count(ProposalRow.id).label("n"),
            func.min(ProposalRow.currency).label("currency"),
            func.count(func.distinct(ProposalRow.currency)).label("currencies"),
        )
        .where(_is_open())
        .group_by(ProposalRow.client_id)
        .subquery()
    )


def _last_interactions() -> Any:
    return (
        select(
            InteractionRow.client_id.label("client_id"),
            func.max(InteractionRow.occurred_on).label("last_on"),
        )
        .group_by(InteractionRow.client_id)
        .subquery()
    )


def band_condition(band: ShareBand) -> ColumnElement[bool]:
    """The share range of a band, as ``domain.account_health.share_band`` draws it."""
    share = ClientRow.sales_share_pct
    if band is ShareBand.UNKNOWN:
        return share.is_(None)
    if band is ShareBand.MONO_DEPENDENT:
        return share > MONO_DEPENDENCE_SHARE_PCT
    if band is ShareBand.BELOW_KEY:
        return share < KEY_CLIENT_SHARE_MIN_PCT
    if band is ShareBand.KEY:
        return and_(share >= KEY_CLIENT_SHARE_MIN_PCT, share <= KEY_CLIENT_SHARE_MAX_PCT)
    return and_(share > KEY_CLIENT_SHARE_MAX_PCT, share <= MONO_DEPENDENCE_SHARE_PCT)


def _portfolio_select(today: date, where: PortfolioFilter) -> tuple[Select[Any], Any, Any]:
    values, last = _open_values(), _last_interactions()
    query = (
        select(
            ClientRow.id,
            ClientRow.name,
            ClientRow.status,
            ClientRow.sales_share_pct,
            ClientRow.reliability_result,
            ClientRow.reliability_checked_on,
            func.coalesce(values.c.value, 0),
            func.coalesce(values.c.n, 0),
            values.c.currency,
            values.c.currencies,
            last.c.last_on,
        )
        .outerjoin(values, values.c.client_id == ClientRow.id)
        .outerjoin(last, last.c.client_id == ClientRow.id)
    )
    if where.status is not None:
        query = query.where(ClientRow.status == where.status.value)
    if where.band is not None:
        query = query.where(band_condition(where.band))
    if where.no_contact_days is not None:
        since = today - timedelta(days=where.no_contact_days)
        query = query.where(or_(last.c.last_on.is_(None), last.c.last_on < since))
    if where.reliability_stale:
        since = today - timedelta(days=RELIABILITY_STALE_DAYS)
        checked = ClientRow.reliability_checked_on
        query = query.where(or_(checked.is_(None), checked < since))
    return query, values, last


def _order(query: Select[Any], values: Any, last: Any, sort: PortfolioSort, desc: bool) -> Any:
    column: Any = {
        PortfolioSort.NAME: ClientRow.name,
        PortfolioSort.STATUS: ClientRow.status,
        PortfolioSort.SHARE: ClientRow.sales_share_pct,
        PortfolioSort.RELIABILITY: ClientRow.reliability_checked_on,
        PortfolioSort.OPEN_VALUE: func.coalesce(values.c.value, 0),
        PortfolioSort.LAST_CONTACT: last.c.last_on,
    }[sort]
    ordered = column.desc() if desc else column.asc()
    # Unknown values last whatever the direction; then by name and id, so pages are stable.
    return query.order_by(ordered.nulls_last(), ClientRow.name, ClientRow.id)


def portfolio_page(
    s: Session,
    today: date,
    where: PortfolioFilter,
    sort: PortfolioSort = PortfolioSort.SHARE,
    desc: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[PortfolioEntry]:
    query, values, last = _portfolio_select(today, where)
    query = _order(query, values, last, sort, desc).offset(offset).limit(limit)
    entries = []
    for row in s.execute(query):
        cid, name, status, share, result, checked, value, n, currency, currencies, last_on = row
        entries.append(
            PortfolioEntry(
                client_id=cid,
                name=name,
                status=ClientStatus(status),
                share_pct=share,
                reliability=ReliabilityResult(result),
                reliability_checked_on=checked,
                open_value=Decimal(value or 0),
                open_count=int(n or 0),
                open_currency="*" if (currencies or 0) > 1 else (currency or ""),
                last_contact_on=last_on,
            )
        )
    return entries


def portfolio_count(s: Session, today: date, where: PortfolioFilter) -> int:
    query, _values, _last = _portfolio_select(today, where)
    return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def open_proposals(s: Session, client_id: str) -> list[OpenProposal]:
    """One client's open proposals, the soonest validity first."""
    query = (
        select(
            ProposalRow.id,
            ProposalRow.number,
            ProposalRow.revision,
            ProposalRow.title,
            ProposalRow.status,
            ProposalRow.total,
            ProposalRow.currency,
            ProposalRow.valid_until,
        )
        .where(ProposalRow.client_id == client_id, _is_open())
        .order_by(ProposalRow.valid_until, ProposalRow.number)
    )
    return [
        OpenProposal(pid, number if rev <= 1 else f"{number}/{rev}", title, status, total, cur, v)
        for pid, number, rev, title, status, total, cur, v in s.execute(query)
    ]


def last_contacts_of_clients(
    s: Session, client_ids: Collection[str]
) -> dict[str, dict[str, date | None]]:
    """client id → member id → last contact (the later of the field and the last interaction)."""
    result: dict[str, dict[str, date | None]] = {cid: {} for cid in client_ids}
    ids = list(client_ids)
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start : start + ID_CHUNK]
        members = select(MemberRow.id).where(MemberRow.client_id.in_(chunk))
        last = last_contacts_query(members)
        query = (
            select(MemberRow.client_id, MemberRow.id, MemberRow.last_contact_on, last.c.last_on)
            .outerjoin(last, last.c.member_id == MemberRow.id)
            .where(MemberRow.client_id.in_(chunk))
        )
        for cid, mid, field_on, interaction_on in s.execute(query):
            known = [d for d in (field_on, interaction_on) if d is not None]
            result[cid][mid] = max(known) if known else None
    return result
