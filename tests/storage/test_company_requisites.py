"""Our requisites and the client's КПП: digits and lengths, checked where they are saved."""

from __future__ import annotations

from datetime import date

import pytest

from kam_desktop.domain.dossier import Client, Member, OurCompany
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.validation import company_errors
from kam_desktop.i18n import _
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService

GOOD = OurCompany(
    name="ПромТех",
    inn="7714123456",
    kpp="771401001",
    ogrn="1187746123456",
    bank_name="ПАО Сбербанк, г. Москва",
    settlement_account="40702810938000123456",
    correspondent_account="30101810400000000225",
    bik="044525225",
)


def test_complete_requisites_are_valid_and_empty_ones_too() -> None:
    assert company_errors(GOOD) == {}
    assert company_errors(OurCompany(name="ПромТех")) == {}  # every requisite is optional


@pytest.mark.parametrize(
    ("field", "value", "count"),
    [
        ("inn", "77141234", 8),
        ("inn", "77141234567", 11),
        ("kpp", "7714123456", 10),  # the ИНН pasted into the КПП
        ("ogrn", "11877461234567", 14),
        ("settlement_account", "4070281093800012345", 19),
        ("correspondent_account", "301018104000000002251", 21),
        ("bik", "04452522", 8),
    ],
)
def test_wrong_length_names_the_count(field: str, value: str, count: int) -> None:
    company = OurCompany(name="ПромТех", **{field: value})
    errors = company_errors(company)
    assert list(errors) == [field]
    assert str(count) in errors[field]


def test_entrepreneurs_have_longer_codes_and_spaces_are_for_reading() -> None:
    entrepreneur = OurCompany(name="ИП Соколова", inn="771412345678", ogrn="318774600123456")
    assert company_errors(entrepreneur) == {}
    spaced = OurCompany(name="ПромТех", settlement_account="4070 2810 9380 0012 3456")
    assert company_errors(spaced) == {}


def test_letters_are_refused_in_russian(monkeypatch: pytest.MonkeyPatch) -> None:
    errors = company_errors(OurCompany(name="", inn="77I4123456", bik="О44525225"))
    assert set(errors) == {"name", "inn", "bik"}
    assert errors["inn"] == "Use digits only."
    from kam_desktop import i18n

    monkeypatch.setattr(i18n, "_language", "ru")
    russian = company_errors(OurCompany(name="ПромТех", kpp="77140100"))
    assert russian == {"kpp": "В КПП 9 цифр, здесь 8."}
    assert _("Use digits only.", "ru") == "Допустимы только цифры."


def test_service_refuses_bad_requisites_and_stores_codes_without_spaces(
    dossiers: DossierService,
) -> None:
    with pytest.raises(ValidationError) as err:
        dossiers.save_our_company(OurCompany(name="ПромТех", inn="123", bik="12345678901"))
    assert set(err.value.errors) == {"inn", "bik"}
    assert dossiers.our_company() == OurCompany()  # nothing stored

    saved = dossiers.save_our_company(
        OurCompany(
            name="ПромТех", inn=" 7714 123456 ", settlement_account="4070 2810 9380 0012 3456"
        )
    )
    assert (saved.inn, saved.settlement_account) == ("7714123456", "40702810938000123456")
    assert dossiers.our_company().inn == "7714123456"


def test_client_kpp_follows_the_same_rule(dossiers: DossierService) -> None:
    with pytest.raises(ValidationError) as err:
        dossiers.save_client(Client("УралТяжМаш", tax_id="6673012345", kpp="66730100"))
    assert list(err.value.errors) == ["kpp"]
    saved = dossiers.save_client(Client("УралТяжМаш", tax_id="6673012345", kpp="667301001"))
    assert dossiers.get_client(saved.id).kpp == "667301001"
    # a foreign client's tax id is not a Russian ИНН: it is left alone
    assert dossiers.save_client(Client("Müller GmbH", tax_id="DE812345678")).id


def test_next_number_previews_a_typed_pattern_without_storing_it(db) -> None:
    dossiers = DossierService(db)
    client = dossiers.save_client(Client("УралТяжМаш"))
    boss = dossiers.save_member(Member("Петров Иван Сергеевич", client.id, role_code="executive"))
    proposals = ProposalService(db)
    issue = date(2026, 3, 1)
    first = proposals.new_proposal(client.id, issue_date=issue)
    first.addressee_ids = [boss.id]
    proposals.save(first)
    assert proposals.next_number(issue) == "КП-2026-0002"
    assert proposals.next_number(issue, pattern="ПР/{year}/{seq:03d}") == "ПР/2026/002"
    assert proposals.number_pattern() == "КП-{year}-{seq:04d}"  # the preview stored nothing
    with pytest.raises(ValidationError) as err:
        proposals.next_number(issue, pattern="ПР/{year}")
    assert list(err.value.errors) == ["number_pattern"]
