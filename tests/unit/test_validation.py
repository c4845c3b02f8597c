"""Dossier validation rules as a user meets them: which field is wrong and why."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kam_desktop.domain.dossier import (
    Birthday,
    Client,
    ContactPoint,
    FamilyMember,
    Interaction,
    Member,
    TeamMember,
    Tender,
)
from kam_desktop.domain.enums import ContactKind
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.validation import (
    client_errors,
    interaction_errors,
    is_valid_email,
    is_valid_phone,
    member_errors,
    raise_if_errors,
    team_member_errors,
)
from kam_desktop.i18n import _, set_language

TODAY = date.today()


@pytest.mark.parametrize(
    "email",
    ["ivan.petrov@uraltyazhmash.ru", "o.smirnova+hr@mail.ru", "x@y.co", "  a@b.org  "],
)
def test_good_emails_pass(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email",
    ["", "ivan", "ivan@", "@mail.ru", "ivan@mail", "ivan petrov@mail.ru", "a@b.c", "a@@b.ru"],
)
def test_bad_emails_fail(email: str) -> None:
    assert not is_valid_email(email)


@pytest.mark.parametrize(
    "phone",
    [
        "+7 495 123-45-67",
        "8 (343) 210-00-01",
        "+7 343 210-00-60 доб. 214",
        "+49 711 555 0120",
        "+1 (212) 555-0100 ext. 12",
        "12345",
    ],
)
def test_good_phones_pass(phone: str) -> None:
    assert is_valid_phone(phone)


@pytest.mark.parametrize(
    "phone", ["", "abc", "1234", "+7 495 12a-45-67", "+7 (495) 123-45-67-89-01-23-45", "call me"]
)
def test_bad_phones_fail(phone: str) -> None:
    assert not is_valid_phone(phone)


@pytest.mark.parametrize(
    ("birthday", "valid"),
    [
        (Birthday(29, 2), True),  # no year: 29 February is a real birthday
        (Birthday(29, 2, 1976), True),  # leap year
        (Birthday(29, 2, 1977), False),  # not a leap year
        (Birthday(29, 2, 1900), False),  # century rule: 1900 was not leap
        (Birthday(29, 2, 2000), True),
        (Birthday(31, 4), False),
        (Birthday(0, 1), False),
        (Birthday(1, 13), False),
        (Birthday(31, 12, 1850), False),
        (Birthday(14, 3, 1968), True),
    ],
)
def test_birthday_validity(birthday: Birthday, valid: bool) -> None:
    assert birthday.is_valid() is valid


def test_29_february_is_celebrated_on_28_february_in_common_years() -> None:
    birthday = Birthday(29, 2, 1976)
    assert birthday.next_occurrence(date(2027, 1, 10)) == date(2027, 2, 28)
    assert birthday.next_occurrence(date(2028, 1, 10)) == date(2028, 2, 29)
    assert birthday.next_occurrence(date(2027, 3, 1)) == date(2028, 2, 29)


def test_birthday_iso_without_year_uses_the_vcard_form() -> None:
    assert Birthday(7, 11).iso() == "--11-07"
    assert Birthday(7, 11, 1970).iso() == "1970-11-07"


def test_a_valid_member_has_no_errors() -> None:
    member = Member(
        "Петров Иван Сергеевич",
        client_id="c",
        influence=5,
        birthday=Birthday(29, 2),
        contacts=[
            ContactPoint(ContactKind.PHONE, "+7 912 600-11-22", "мобильный"),
            ContactPoint(ContactKind.EMAIL, "i.petrov@uraltyazhmash.ru", "рабочий"),
            ContactPoint(ContactKind.MESSENGER, "Telegram: @ivan", "Telegram"),
        ],
        family=[FamilyMember("Петрова Елена", "жена", Birthday(2, 9))],
        consent_on=TODAY,
        last_contact_on=TODAY,
    )
    assert member_errors(member) == {}


def test_member_errors_name_the_field() -> None:
    member = Member(
        "  ",
        id="m1",
        reports_to_id="m1",
        influence=6,
        birthday=Birthday(31, 2),
        contacts=[
            ContactPoint(ContactKind.EMAIL, "ivan@"),
            ContactPoint(ContactKind.PHONE, "позвонить"),
            ContactPoint(ContactKind.MESSENGER, "  "),
        ],
        family=[FamilyMember(""), FamilyMember("Мария", "дочь", Birthday(29, 2, 2011))],
        consent_on=TODAY + timedelta(days=1),
        last_contact_on=TODAY + timedelta(days=1),
    )
    errors = member_errors(member)
    assert set(errors) == {
        "full_name",
        "influence",
        "reports_to_id",
        "birthday",
        "contacts.0.value",
        "contacts.1.value",
        "contacts.2.value",
        "family.0.name",
        "family.1.birthday",
        "consent_on",
        "last_contact_on",
    }
    assert errors["reports_to_id"] == "A person cannot report to themselves."


@pytest.mark.parametrize("influence", [0, 6, -1])
def test_influence_outside_1_to_5_is_refused(influence: int) -> None:
    assert "influence" in member_errors(Member("Иван", influence=influence))


@pytest.mark.parametrize("influence", [1, 3, 5])
def test_influence_inside_1_to_5_is_accepted(influence: int) -> None:
    assert member_errors(Member("Иван", influence=influence)) == {}


def test_client_errors() -> None:
    client = Client(
        " ",
        website="not a site",
        annual_revenue=Decimal("-1"),
        sales_share_pct=Decimal("100.01"),
        reliability_checked_on=TODAY + timedelta(days=1),
        tenders=[Tender("", TODAY)],
    )
    assert set(client_errors(client)) == {
        "name",
        "website",
        "annual_revenue",
        "sales_share_pct",
        "reliability_checked_on",
        "tenders.0.title",
    }


@pytest.mark.parametrize("share", ["0", "40", "75.5", "100"])
def test_sales_share_bounds_are_inclusive(share: str) -> None:
    assert client_errors(Client("УралТяжМаш", sales_share_pct=Decimal(share))) == {}


def test_mono_dependence_is_above_75_percent() -> None:
    assert not Client("A", sales_share_pct=Decimal("75")).is_mono_dependent()
    assert Client("A", sales_share_pct=Decimal("75.01")).is_mono_dependent()
    assert not Client("A").is_mono_dependent()


def test_websites() -> None:
    for site in ("uraltyazhmash.ru", "https://northwind-components.de/en", "http://a.example.com"):
        assert client_errors(Client("A", website=site)) == {}


def test_interaction_rules() -> None:
    day = date(2026, 5, 10)
    assert interaction_errors(Interaction("c", day, summary="Встреча")) == {}
    errors = interaction_errors(
        Interaction("c", day, summary=" ", next_step="", next_step_due=day - timedelta(days=1))
    )
    assert set(errors) == {"summary", "next_step_due", "next_step"}
    same_day = Interaction("c", day, summary="Звонок", next_step="Письмо", next_step_due=day)
    assert interaction_errors(same_day) == {}


def test_team_member_rules() -> None:
    assert (
        team_member_errors(TeamMember("Соколова Анна", "КАМ", "+7 916 123-45-67", "a@b.ru")) == {}
    )
    assert set(team_member_errors(TeamMember("", phone="x", email="y"))) == {
        "full_name",
        "phone",
        "email",
    }


def test_validation_error_carries_every_field() -> None:
    with pytest.raises(ValidationError) as caught:
        raise_if_errors({"name": "Enter the client's name.", "website": "bad"})
    assert caught.value.errors == {"name": "Enter the client's name.", "website": "bad"}
    raise_if_errors({})  # nothing to raise


def test_messages_are_translated_to_russian() -> None:
    try:
        set_language("ru")
        errors = member_errors(Member("Иван", id="x", reports_to_id="x"))
        assert errors["reports_to_id"] == "Человек не может подчиняться сам себе."
        assert _("Enter the client's name.", "ru") == "Введите название клиента."
    finally:
        set_language("en")
