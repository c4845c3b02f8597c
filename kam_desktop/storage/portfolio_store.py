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
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.enums import Attitude, ClientStatus, ReliabilityResult
from kam_desktop.domain.portfolio import (
    RELIABILITY_STALE_DAYS,
    OpenProposal,
    PortfolioEntry,
    PortfolioFilter,
    PortfolioSort,
)
from kam_desktop.domain.proposal import OPEN_STATUSES
from kam_desktop.storage.models import ClientRow, InteractionRow, MemberRow, interaction_member
from kam_desktop.storage.proposal_models import ProposalRow

ID_CHUNK = 500


def _not_replaced() -> ColumnElement[bool]:
    newer = aliased(ProposalRow)
    return ~select(newer.id).where(newer.previous_id == ProposalRow.id).exists()


def _is_open() -> ColumnElement[bool]:
    return and_(ProposalRow.status.in_([s.value for s in OPEN_STATUSES]), _not_replaced())


def _open_values(client_ids: Collection[str] | None = None) -> Any:
    """client id → value, count and currencies of its open proposals (a subquery)."""
    query = (
        select(
            ProposalRow.client_id.label("client_id"),
            func.sum(ProposalRow.total).label("value"),
            func.count(ProposalRow.id).label("n"),
            func.min(ProposalRow.currency).label("currency"),
            func.count(func.distinct(ProposalRow.currency)).label("currencies"),
        )
        .where(_is_open())
        .group_by(ProposalRow.client_id)
    )
    if client_ids is not None:
        query = query.where(ProposalRow.client_id.in_(client_ids))
    return query.subquery()


def _last_interactions(client_ids: Collection[str] | None = None) -> Any:
    query = select(
        InteractionRow.client_id.label("client_id"),
        func.max(InteractionRow.occurred_on).label("last_on"),
    ).group_by(InteractionRow.client_id)
    if client_ids is not None:
        query = query.where(InteractionRow.client_id.in_(client_ids))
    return query.subquery()


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


# A page is read in two steps. The aggregates (open value, last interaction) group whole
# tables, so they are joined for every client only when the sort or a filter needs them;
# otherwise SQL picks the page from the client table alone and they are read for its ids.
def _needs_values(sort: PortfolioSort) -> bool:
    return sort is PortfolioSort.OPEN_VALUE


def _needs_last(where: PortfolioFilter, sort: PortfolioSort) -> bool:
    return sort is PortfolioSort.LAST_CONTACT or where.no_contact_days is not None


def _portfolio_select(
    today: date, where: PortfolioFilter, sort: PortfolioSort = PortfolioSort.NAME
) -> tuple[Select[Any], Any, Any]:
    values = _open_values() if _needs_values(sort) else None
    last = _last_interactions() if _needs_last(where, sort) else None
    query = select(
        ClientRow.id,
        ClientRow.name,
        ClientRow.status,
        ClientRow.sales_share_pct,
        ClientRow.reliability_result,
        ClientRow.reliability_checked_on,
    )
    if values is not None:
        query = query.outerjoin(values, values.c.client_id == ClientRow.id)
    if last is not None:
        query = query.outerjoin(last, last.c.client_id == ClientRow.id)
    if where.status is not None:
        query = query.where(ClientRow.status == where.status.value)
    if where.band is not None:
        query = query.where(band_condition(where.band))
    if last is not None and where.no_contact_days is not None:
        since = today - timedelta(days=where.no_contact_days)
        query = query.where(or_(last.c.last_on.is_(None), last.c.last_on < since))
    if where.reliability_stale:
        since = today - timedelta(days=RELIABILITY_STALE_DAYS)
        checked = ClientRow.reliability_checked_on
        query = query.where(or_(checked.is_(None), checked < since))
    return query, values, last


def _order(query: Select[Any], values: Any, last: Any, sort: PortfolioSort, desc: bool) -> Any:
    if sort is PortfolioSort.OPEN_VALUE:
        column: Any = func.coalesce(values.c.value, 0)
    elif sort is PortfolioSort.LAST_CONTACT:
        column = last.c.last_on
    else:
        column = {
            PortfolioSort.NAME: ClientRow.name,
            PortfolioSort.STATUS: ClientRow.status,
            PortfolioSort.SHARE: ClientRow.sales_share_pct,
            PortfolioSort.RELIABILITY: ClientRow.reliability_checked_on,
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
    query, values, last = _portfolio_select(today, where, sort)
    query = _order(query, values, last, sort, desc).offset(offset).limit(limit)
    clients = s.execute(query).all()
    ids = [row[0] for row in clients]
    open_values = _values_of(s, ids)
    last_on = _last_of(s, ids)
    entries = []
    for cid, name, status, share, result, checked in clients:
        value, n, currency = open_values.get(cid, (Decimal(0), 0, ""))
        entries.append(
            PortfolioEntry(
                client_id=cid,
                name=name,
                status=ClientStatus(status),
                share_pct=share,
                reliability=ReliabilityResult(result),
                reliability_checked_on=checked,
                open_value=value,
                open_count=n,
                open_currency=currency,
                last_contact_on=last_on.get(cid),
            )
        )
    return entries


def _values_of(s: Session, client_ids: list[str]) -> dict[str, tuple[Decimal, int, str]]:
    """client id → (value, count, currency or "*" when mixed) of its open proposals."""
    if not client_ids:
        return {}
    values = _open_values(client_ids)
    rows = s.execute(select(values))
    return {
        cid: (Decimal(value or 0), int(n or 0), "*" if (mixed or 0) > 1 else (currency or ""))
        for cid, value, n, currency, mixed in rows
    }


def _last_of(s: Session, client_ids: list[str]) -> dict[str, date]:
    if not client_ids:
        return {}
    last = _last_interactions(client_ids)
    return {cid: on for cid, on in s.execute(select(last)) if on is not None}


def portfolio_count(s: Session, today: date, where: PortfolioFilter) -> int:
    query, _values, _last = _portfolio_select(today, where)  # joins only what filters need
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


def coverage_members(s: Session, client_ids: Collection[str]) -> dict[str, list[Member]]:
    """The fields the coverage rules read (no contacts, family or notes), by client id."""
    result: dict[str, list[Member]] = {cid: [] for cid in client_ids}
    ids = list(client_ids)
    for start in range(0, len(ids), ID_CHUNK):
        query = select(
            MemberRow.id,
            MemberRow.client_id,
            MemberRow.full_name,
            MemberRow.role_code,
            MemberRow.influence,
            MemberRow.attitude,
            MemberRow.last_contact_on,
        ).where(MemberRow.client_id.in_(ids[start : start + ID_CHUNK]))
        for mid, cid, name, role, influence, attitude, last_on in s.execute(query):
            result[cid].append(
                Member(
                    name,
                    cid,
                    role_code=role,
                    influence=influence,
                    attitude=Attitude(attitude),
                    last_contact_on=last_on,
                    id=mid,
                )
            )
    return result


def last_contacts_of_clients(
    s: Session, client_ids: Collection[str]
) -> dict[str, dict[str, date | None]]:
    """client id → member id → last contact (the later of the field and the last interaction).

    The interactions are found from the clients (their ``client_id`` index) and grouped by the
    people in them: walking from each member through the links to interactions by their UUID
    read about twice the pages on the bench database.
    """
    result: dict[str, dict[str, date | None]] = {cid: {} for cid in client_ids}
    ids = list(client_ids)
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start : start + ID_CHUNK]
        fields = select(MemberRow.client_id, MemberRow.id, MemberRow.last_contact_on).where(
            MemberRow.client_id.in_(chunk)
        )
        met = (
            select(interaction_member.c.member_id, func.max(InteractionRow.occurred_on))
            .join(interaction_member, interaction_member.c.interaction_id == InteractionRow.id)
            .where(InteractionRow.client_id.in_(chunk))
            .group_by(interaction_member.c.member_id)
        )
        last_met: dict[str, date] = dict(s.execute(met).tuples().all())
        for cid, mid, field_on in s.execute(fields):
            known = [d for d in (field_on, last_met.get(mid)) if d is not None]
            result[cid][mid] = max(known) if known else None
    return result
