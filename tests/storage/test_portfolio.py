"""The portfolio from a real database: shares and bands, reliability and its age, open value,
last contact, coverage score; sorted and filtered in SQL, a page at a time."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from kam_desktop.domain.account_health import ShareBand
from kam_desktop.domain.dossier import Client, Interaction, Member
from kam_desktop.domain.enums import Attitude, ClientStatus, ReliabilityResult
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.portfolio import PortfolioFilter, PortfolioSort
from kam_desktop.domain.proposal import LineItem, ProposalStatus
from kam_desktop.services.portfolio import PortfolioService
from kam_desktop.services.proposals import ProposalService

TODAY = date(2026, 12, 1)


@pytest.fixture
def book(dossiers, db):
    """Five clients: key (40 %), mono-dependent (80 %), small (10 %), no share, above key."""

    def client(name, share, status=ClientStatus.ACTIVE, checked_days=None, result=None):
        return dossiers.save_client(
            Client(
                name,
                status=status,
                sales_share_pct=None if share is None else D(share),
                reliability_result=result or ReliabilityResult.NOT_CHECKED,
                reliability_checked_on=None
                if checked_days is None
                else TODAY - timedelta(days=checked_days),
            )
        )

    key = client("Альфа", "40", ClientStatus.KEY, 45, ReliabilityResult.RELIABLE)
    mono = client("Бета", "80", ClientStatus.KEY, 400, ReliabilityResult.RISKY)
    small = client("Гамма", "10", ClientStatus.PROSPECT)
    unknown = client("Дельта", None)
    above = client("Эпсилон", "60", ClientStatus.ACTIVE, 10, ReliabilityResult.ACCEPTABLE)
    boss = dossiers.save_member(
        Member("Иванов", key.id, role_code="executive", influence=5, attitude=Attitude.SUPPORTER)
    )
    for role in ("financier", "technical", "procurement"):
        dossiers.save_member(Member(role, key.id, role_code=role, influence=2))
    dossiers.save_interaction(
        Interaction(key.id, TODAY - timedelta(days=3), summary="Встреча", member_ids=[boss.id])
    )
    dossiers.save_interaction(Interaction(mono.id, TODAY - timedelta(days=100), summary="Звонок"))
    dossiers.save_interaction(Interaction(above.id, TODAY - timedelta(days=20), summary="Письмо"))
    proposals = ProposalService(db)

    def offer(c, member, price):
        p = proposals.new_proposal(c.id, issue_date=TODAY)
        p.addressee_ids = [member.saved_id]
        p.line_items = [LineItem("Работа", D("1"), "шт", D(price), D("0"))]
        return proposals.save(p)

    first = offer(key, boss, "1000")
    offer(key, boss, "500")
    sent = proposals.set_status(first.saved_id, ProposalStatus.SENT, on=TODAY)
    sent.line_items[0].unit_price = D("2000")
    proposals.save(sent)  # revision 2 replaces revision 1: only the new one counts
    mono_boss = dossiers.save_member(Member("Петров", mono.id, influence=5))
    rejected = offer(mono, mono_boss, "9999")
    proposals.set_status(rejected.saved_id, ProposalStatus.SENT)
    proposals.set_status(rejected.saved_id, ProposalStatus.REJECTED)  # decided: not open
    return {"key": key, "mono": mono, "small": small, "unknown": unknown, "above": above}


def names(entries):
    return [e.name for e in entries]


def test_sorted_by_share_descending_unknown_last(db, book) -> None:
    entries = PortfolioService(db).page(today=TODAY)
    assert names(entries) == ["Бета", "Эпсилон", "Альфа", "Гамма", "Дельта"]
    bands = [e.band for e in entries]
    assert bands == [
        ShareBand.MONO_DEPENDENT,
        ShareBand.ABOVE_KEY,
        ShareBand.KEY,
        ShareBand.BELOW_KEY,
        ShareBand.UNKNOWN,
    ]
    ascending = PortfolioService(db).page(sort=PortfolioSort.SHARE, desc=False, today=TODAY)
    assert names(ascending) == ["Гамма", "Альфа", "Эпсилон", "Бета", "Дельта"]


def test_open_value_counts_open_latest_revisions_only(db, book) -> None:
    entries = {e.name: e for e in PortfolioService(db).page(today=TODAY)}
    # 500 + 2000 (revision 2), VAT on top at the default 20 %: 3000; revision 1 is replaced.
    assert entries["Альфа"].open_count == 2
    assert entries["Альфа"].open_value == D("3000.00")
    assert entries["Бета"].open_value == 0 and entries["Бета"].open_count == 0  # rejected
    by_value = PortfolioService(db).page(sort=PortfolioSort.OPEN_VALUE, today=TODAY)
    assert names(by_value)[0] == "Альфа"


def test_reliability_age_and_last_contact(db, book) -> None:
    entries = {e.name: e for e in PortfolioService(db).page(today=TODAY)}
    assert entries["Альфа"].reliability_age_days(TODAY) == 45
    assert entries["Бета"].reliability is ReliabilityResult.RISKY
    assert entries["Дельта"].reliability_age_days(TODAY) is None
    assert entries["Альфа"].days_since_contact(TODAY) == 3
    assert entries["Гамма"].last_contact_on is None
    by_contact = PortfolioService(db).page(sort=PortfolioSort.LAST_CONTACT, today=TODAY)
    assert names(by_contact)[:3] == ["Альфа", "Эпсилон", "Бета"]


def test_filters(db, book) -> None:
    service = PortfolioService(db)

    def filtered(**kwargs):
        return set(names(service.page(PortfolioFilter(**kwargs), today=TODAY)))

    assert filtered(status=ClientStatus.KEY) == {"Альфа", "Бета"}
    assert filtered(band=ShareBand.KEY) == {"Альфа"}
    assert filtered(band=ShareBand.MONO_DEPENDENT) == {"Бета"}
    assert filtered(band=ShareBand.UNKNOWN) == {"Дельта"}
    assert filtered(no_contact_days=30) == {"Бета", "Гамма", "Дельта"}
    assert filtered(reliability_stale=True) == {"Бета", "Гамма", "Дельта"}
    assert filtered(status=ClientStatus.KEY, reliability_stale=True) == {"Бета"}
    assert service.count(PortfolioFilter(no_contact_days=30), today=TODAY) == 3
    with pytest.raises(ValidationError):
        service.page(PortfolioFilter(no_contact_days=-1))


def test_pages_and_coverage_score(db, book) -> None:
    service = PortfolioService(db)
    first = service.page(sort=PortfolioSort.NAME, desc=False, limit=2, today=TODAY)
    second = service.page(sort=PortfolioSort.NAME, desc=False, offset=2, limit=2, today=TODAY)
    assert names(first) + names(second) == ["Альфа", "Бета", "Гамма", "Дельта"]
    scores = {e.name: e.coverage_score for e in service.page(today=TODAY)}
    # Альфа: every role, a supporting executive (sponsor and champion), contacted 3 days ago.
    assert scores["Альфа"] == 100
    assert scores["Дельта"] == 40  # no members: roles, champion and sponsor missing
