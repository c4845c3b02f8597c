"""The demo portfolio: complete enough to show every feature, and safe to load twice."""

from __future__ import annotations

from collections import Counter
from datetime import date

from kam_desktop.domain.dossier import Client
from kam_desktop.domain.enums import ClientStatus, ContactKind
from kam_desktop.services.database import Database
from kam_desktop.services.demo import (
    DEMO_CLIENT_IDS,
    KEY_CLIENT_ID,
    load_demo,
    non_demo_client_count,
)
from kam_desktop.services.dossiers import DossierService

CORE_ROLES = {"executive", "hr_director", "financier", "technical"}


def test_demo_portfolio_has_clients_of_every_kind(db: Database, dossiers: DossierService) -> None:
    load_demo(db)
    clients = dossiers.list_clients()
    assert 6 <= len(clients) <= 8
    assert {c.id for c in clients} == DEMO_CLIENT_IDS
    assert {c.status for c in clients} == set(ClientStatus)
    assert any(not any("а" <= ch <= "я" for ch in c.name.lower()) for c in clients)  # English ones
    assert len({c.industry for c in clients}) == len(clients)
    assert sum(dossiers.get_client(c.id).sales_share_pct or 0 for c in clients) <= 100
    assert not any(dossiers.get_client(c.id).is_mono_dependent() for c in clients)


def test_key_client_dossier_is_complete(db: Database, dossiers: DossierService) -> None:
    load_demo(db)
    today = date.today()
    dossier = dossiers.get_dossier(KEY_CLIENT_ID)
    client = dossier.client
    assert client.status == ClientStatus.KEY
    assert 30 <= client.sales_share_pct <= 55
    for field in ("strategy", "weak_points", "growth_areas", "buying_process", "competitors"):
        assert getattr(client, field), field
    assert client.reliability_checklist and all(client.reliability_checklist.values())
    assert client.reliability_checked_on <= today
    assert any(250 <= (t.tender_date - today).days <= 300 for t in client.tenders)  # ~9 months

    members = dossier.members
    roles = Counter(m.role_code for m in members)
    assert set(roles) >= CORE_ROLES and len(members) >= 6
    by_role = {m.role_code: m for m in members}
    executive = by_role["executive"]
    for role in CORE_ROLES:
        person = by_role[role]
        assert person.position and person.department and person.hobbies and person.values
        assert person.likes and person.dislikes and person.notes and person.consent_how
        assert person.preferred_channel and person.preferred_time
        assert person.consent_on and person.consent_on <= today
        assert person.birthday and person.birthday.is_valid()
        assert person.family and all(f.relation and f.birthday for f in person.family)
        kinds = Counter(c.kind for c in person.contacts)
        assert kinds[ContactKind.PHONE] >= 1 and kinds[ContactKind.EMAIL] >= 1
        assert len(person.contacts) >= 3 and all(c.label for c in person.contacts)
        if role != "executive":
            assert person.reports_to_id == executive.id
    birthdays = [m.birthday for m in members if m.birthday]
    assert any(b.day == 29 and b.month == 2 for b in birthdays)
    assert any(b.year is None for b in birthdays)


def test_key_client_interactions_have_participants_and_next_steps(
    db: Database, dossiers: DossierService
) -> None:
    load_demo(db)
    today = date.today()
    interactions = dossiers.list_interactions(KEY_CLIENT_ID)
    assert 8 <= len(interactions) <= 15
    assert all(i.member_ids and i.team_member_ids and i.summary for i in interactions)
    due = [i.next_step_due for i in interactions if i.next_step_due]
    assert any(d > today for d in due)
    # exactly one overdue next step in the whole portfolio, and it is the key client's
    overdue = [
        i
        for c in DEMO_CLIENT_IDS
        for i in dossiers.list_interactions(c)
        if i.next_step_due and i.next_step_due < today
    ]
    assert len(overdue) == 1 and overdue[0].client_id == KEY_CLIENT_ID
    assert all(i.occurred_on <= today for i in interactions)


def test_our_company_and_team_of_three(db: Database, dossiers: DossierService) -> None:
    load_demo(db)
    company = dossiers.our_company()
    assert company.name and company.address
    assert company.inn and company.kpp and company.ogrn and company.bik
    assert company.settlement_account and company.correspondent_account and company.bank_name
    team = dossiers.team()
    assert len(team) == 3
    assert all(p.full_name and p.position and p.phone and p.email for p in team)
    assert [p.full_name for p in team if p.signs_proposals] == ["Соколова Анна Сергеевна"]


def test_loading_twice_does_not_duplicate(db: Database, dossiers: DossierService) -> None:
    load_demo(db)
    first = _counts(db)
    load_demo(db)
    assert _counts(db) == first
    assert len(dossiers.team()) == 3


def test_demo_leaves_the_users_own_records_alone(db: Database, dossiers: DossierService) -> None:
    mine = dossiers.save_client(Client("Мой клиент"))
    company = dossiers.our_company()
    company.name = "Моя компания"
    dossiers.save_our_company(company)
    assert non_demo_client_count(db) == 1
    load_demo(db)
    assert dossiers.get_client(mine.id).name == "Мой клиент"
    assert dossiers.our_company().name == "Моя компания"
    assert non_demo_client_count(db) == 1


def test_demo_is_searchable(db: Database, dossiers: DossierService) -> None:
    load_demo(db)
    assert {h.name for h in dossiers.search("ива петр")} >= {"Петров Иван Сергеевич"}
    assert {h.name for h in dossiers.search("o'connor")} == {"Sarah O'Connor"}
    assert dossiers.search("орхидеи")[0].name == "Смирнова Ольга Николаевна"


def _counts(db: Database) -> dict[str, int]:
    tables = (
        "client",
        "member",
        "contact_point",
        "family_member",
        "tender",
        "interaction",
        "interaction_member",
        "team_member",
        "our_company",
        "search_index",
    )
    with db.engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar_one() for t in tables}


def test_demo_proposal_goes_to_the_demo_key_client_not_the_users(
    db: Database, dossiers: DossierService
) -> None:
    from kam_desktop.services.proposals import ProposalService

    mine = dossiers.save_client(Client("Аааа Первый", status=ClientStatus.KEY))
    load_demo(db)
    proposals = ProposalService(db).list_proposals()
    assert proposals, "the demo has its proposal"
    assert {p.client_id for p in proposals} == {KEY_CLIENT_ID}
    assert mine.saved_id != KEY_CLIENT_ID
