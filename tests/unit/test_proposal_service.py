"""Proposal and library services on a real SQLite file: numbering, validation, revisions."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from kam_desktop.domain.dossier import Client, Member, TeamMember
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.domain.proposal import (
    ArgumentBlock,
    CatalogueItem,
    FinancialInputs,
    LineItem,
    ProposalStatus,
    Referee,
    SimilarProject,
)
from kam_desktop.services.library import LibraryService
from kam_desktop.services.proposals import ProposalService

ISSUE = date(2026, 11, 27)


@pytest.fixture
def setup(dossiers):
    client = dossiers.save_client(Client("УралТяжМаш"))
    other = dossiers.save_client(Client("СибАгро"))
    boss = dossiers.save_member(
        Member("Петров Иван Сергеевич", client.id, "CEO", role_code="executive")
    )
    hr = dossiers.save_member(
        Member("Смирнова Ольга Николаевна", client.id, "HR", role_code="hr_director")
    )
    stranger = dossiers.save_member(Member("Чужой Пётр", other.id, role_code="financier"))
    dossiers.save_team_member(TeamMember("Соколова Анна", "KAM", "+7 916 123-45-67", "a@x.ru"))
    return client, boss, hr, stranger


@pytest.fixture
def service(db):
    return ProposalService(db)


def draft(service, client, *people):
    p = service.new_proposal(client.id, issue_date=ISSUE)
    p.addressee_ids = [m.id for m in people]
    p.line_items = [LineItem("Внедрение", D("2"), "цех", D("1000.005"), D("10"))]
    return p


def test_new_proposal_defaults_and_numbering(service, setup):
    client, boss, _hr, _s = setup
    p = draft(service, client, boss)
    assert p.valid_until == ISSUE + timedelta(days=30)
    assert len(p.team_member_ids) == 1
    first = service.save(p)
    second = service.save(draft(service, client, boss))
    assert (first.number, second.number) == ("КП-2026-0001", "КП-2026-0002")
    assert first.status == ProposalStatus.DRAFT and first.revision == 1


def test_configurable_pattern_and_validity(service, setup):
    client, boss, _hr, _s = setup
    service.set_number_pattern("ПР/{year}/{seq:03d}")
    service.set_validity_days(14)
    p = draft(service, client, boss)
    assert p.valid_until == ISSUE + timedelta(days=14)
    assert service.save(p).number == "ПР/2026/001"
    with pytest.raises(ValidationError) as err:
        service.set_number_pattern("КП-{year}")
    assert "number_pattern" in err.value.errors
    with pytest.raises(ValidationError):
        service.set_number_pattern("КП-{seq}-{client}")


def test_service_validation_messages(service, setup):
    client, boss, _hr, stranger = setup
    p = draft(service, client, boss)
    p.valid_until = ISSUE - timedelta(days=1)
    p.line_items = [LineItem("x", D("-1"), "", D("-2"), D("150"))]
    p.addressee_ids = []
    with pytest.raises(ValidationError) as err:
        service.save(p)
    assert set(err.value.errors) >= {
        "valid_until",
        "addressee_ids",
        "line_items.0.quantity",
        "line_items.0.unit_price",
        "line_items.0.discount_pct",
    }
    p = draft(service, client, stranger)
    with pytest.raises(ValidationError) as err:
        service.save(p)
    assert "addressee_ids" in err.value.errors


def test_referee_without_consent_is_refused_when_chosen_and_never_printed(service, setup, db):
    client, boss, hr, _s = setup
    project = LibraryService(db).save_project(
        SimilarProject(
            "АО «СибМаш»",
            referees=[Referee("Согласен Да", consent_to_be_contacted=True), Referee("Против Нет")],
        )
    )
    yes, no = project.referees
    p = draft(service, client, boss, hr)
    p.referee_ids = [yes.id, no.id]
    with pytest.raises(ValidationError) as err:
        service.save(p)
    assert "Против Нет" in err.value.errors["referee_ids"]
    p.referee_ids = []
    saved = service.save(p)
    ctx = service.context(saved)
    assert [r.full_name for r in ctx.projects[0].referees] == ["Согласен Да"]


def test_draft_is_updated_in_place_and_stale_version_conflicts(service, setup):
    client, boss, _hr, _s = setup
    saved = service.save(draft(service, client, boss))
    saved.title = "Новое"
    updated = service.save(saved)
    assert updated.id == saved.id and updated.revision == 1 and updated.version == saved.version + 1
    saved.title = "Старое"
    with pytest.raises(ConflictError):
        service.save(saved)


def test_status_flow_and_revisions(service, setup):
    client, boss, _hr, _s = setup
    saved = service.save(draft(service, client, boss))
    with pytest.raises(ValidationError):
        service.set_status(saved.id, ProposalStatus.ACCEPTED)
    sent = service.set_status(saved.id, ProposalStatus.SENT, on=ISSUE)
    assert sent.is_frozen and sent.sent_on == ISSUE
    sent.line_items[0].quantity = D("3")
    rev2 = service.save(sent)
    assert (rev2.number, rev2.revision, rev2.status) == (saved.number, 2, ProposalStatus.DRAFT)
    assert rev2.previous_id == saved.id
    frozen = service.get(saved.id)
    assert frozen.line_items[0].quantity == D("2") and frozen.status == ProposalStatus.SENT
    assert service.get_by_number(saved.number).id == rev2.id
    assert service.get_by_number(saved.number, 1).id == saved.id
    assert [p.revision for p in service.revisions(saved.number)] == [1, 2]
    listed = service.list_proposals()
    assert [(s.number, s.revision) for s in listed] == [(saved.number, 2)]
    assert len(service.list_proposals(all_revisions=True)) == 2
    service.set_status(rev2.id, ProposalStatus.SENT)
    assert service.set_status(rev2.id, ProposalStatus.REJECTED).status == ProposalStatus.REJECTED
    with pytest.raises(ValidationError):
        service.set_status(rev2.id, ProposalStatus.SENT)


def test_duplicate_and_delete(service, setup):
    client, boss, _hr, _s = setup
    saved = service.save(draft(service, client, boss))
    service.set_status(saved.id, ProposalStatus.SENT)
    copy = service.duplicate(saved.id, issue_date=date(2027, 1, 10))
    assert copy.number == "КП-2027-0001" and copy.status == ProposalStatus.DRAFT
    assert copy.valid_until == date(2027, 2, 9)
    assert copy.line_items == service.get(saved.id).line_items
    with pytest.raises(ValidationError):
        service.delete(saved.id)
    service.delete(copy.id)
    with pytest.raises(NotFoundError):
        service.get(copy.id)


def test_list_shows_expiry_total_and_addressees(service, setup):
    client, boss, hr, _s = setup
    p = draft(service, client, boss, hr)
    p.valid_until = ISSUE + timedelta(days=5)
    saved = service.save(p)
    (summary,) = service.list_proposals(today=ISSUE + timedelta(days=6))
    assert summary.is_expired
    assert summary.total == D("2160.01")  # 2 × 1000.005 → 2000.01, −10 % → 1800.01, +20 % VAT
    assert [(a.name, a.role_code) for a in summary.addressees] == [
        ("Петров Иван Сергеевич", "executive"),
        ("Смирнова Ольга Николаевна", "hr_director"),
    ]
    assert not service.list_proposals(today=ISSUE)[0].is_expired
    assert service.total_in_words(saved) == "Две тысячи сто шестьдесят рублей 01 копейка"


def test_financial_inputs_survive_a_round_trip(service, setup):
    client, boss, _hr, _s = setup
    p = draft(service, client, boss)
    p.financials = FinancialInputs(D("5000000"), D("1200000"), D("900000.50"))
    saved = service.get(service.save(p).id)
    assert saved.financials == p.financials
    assert service.financial_result(saved).payback_months == D("9.0")


def test_catalogue_crud_and_line_from_catalogue(db):
    lib = LibraryService(db)
    item = lib.save_catalogue_item(CatalogueItem("Лицензия", "рабочее место", "шт.", D("85000")))
    assert lib.list_catalogue() == [item]
    line = LibraryService.line_from_catalogue(item, D("3"))
    assert (line.unit_price, line.quantity, line.catalogue_item_id) == (D("85000"), D("3"), item.id)
    with pytest.raises(ValidationError) as err:
        lib.save_catalogue_item(CatalogueItem("", price=D("-1"), vat_pct=D("101")))
    assert set(err.value.errors) == {"name", "price", "vat_pct"}
    snapshot = lib.delete_catalogue_item(item.id)
    assert lib.list_catalogue() == []
    lib.save_catalogue_item(snapshot)
    assert lib.get_catalogue_item(item.id).name == "Лицензия"


def test_default_arguments_load_once_and_are_editable(db):
    lib = LibraryService(db)
    ru = lib.list_arguments("ru")
    en = lib.list_arguments("en")
    assert len(ru) >= 12 and len(en) == len(ru)
    for role in ("executive", "hr_director", "financier", "technical"):
        assert lib.list_arguments("ru", role), role
        assert lib.list_arguments("en", role), role
    first = ru[0]
    first.body = "Свой текст"
    lib.save_argument(first)
    for block in lib.list_arguments():
        lib.delete_argument(block.id)
    assert lib.list_arguments() == []  # deleted stays deleted: the set is loaded only once
    assert lib.restore_default_arguments() == len(ru) + len(en)
    own = lib.save_argument(ArgumentBlock("Свой", "Текст", ["champion"], "ru"))
    assert own in lib.list_arguments("ru", "champion")
    with pytest.raises(ValidationError) as err:
        lib.save_argument(ArgumentBlock("", "", [], "de"))
    assert set(err.value.errors) == {"title", "body", "role_codes", "language"}
