"""Validation rules for dossier records. Each returns {field: message}; empty means valid."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from kam_desktop.domain.dossier import (
    Client,
    FamilyMember,
    Interaction,
    Member,
    OurCompany,
    TeamMember,
)
from kam_desktop.domain.enums import ContactKind
from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import _

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
PHONE_ALLOWED_RE = re.compile(
    r"^\+?[0-9 ()\-.]+(?:\s*(?:доб\.|ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE
)
WEBSITE_RE = re.compile(r"^(https?://)?[^\s/$.?#].[^\s]*\.[^\s]{2,}$", re.IGNORECASE)

# Russian requisites: only digits and lengths are checked (no check digits), which catches the
# usual slips — a digit missing or doubled, the ИНН pasted into the КПП field, a stray letter.
INN_LENGTHS = (10, 12)  # a company / an individual entrepreneur
KPP_LENGTH = 9
OGRN_LENGTHS = (13, 15)  # ОГРН of a company / ОГРНИП of an entrepreneur
ACCOUNT_LENGTH = 20  # р/с and к/с
BIK_LENGTH = 9
# OurCompany fields holding such codes: stored without the spaces people type for readability.
REQUISITE_CODES = ("inn", "kpp", "ogrn", "settlement_account", "correspondent_account", "bik")


def is_valid_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value.strip()))


def is_valid_phone(value: str) -> bool:
    digits = re.sub(r"\D", "", value.split("доб")[0].split("ext")[0])
    return bool(PHONE_ALLOWED_RE.match(value.strip())) and 5 <= len(digits) <= 15


def compact_code(value: str) -> str:
    """«4070 2810 …» → «40702810…»: the spaces are for reading, not part of the code."""
    return "".join(value.split())


def _digits_error(value: str, lengths: tuple[int, ...], message: str) -> str | None:
    code = compact_code(value)
    if not code:
        return None  # every requisite is optional; the coverage check reports missing ones
    if not code.isdigit():
        return _("Use digits only.")
    if len(code) not in lengths:
        return message.format(count=len(code))
    return None


def inn_error(value: str) -> str | None:
    return _digits_error(
        value,
        INN_LENGTHS,
        _("The INN has 10 digits (12 for an entrepreneur); this one has {count}."),
    )


def kpp_error(value: str) -> str | None:
    return _digits_error(value, (KPP_LENGTH,), _("The KPP has 9 digits; this one has {count}."))


def ogrn_error(value: str) -> str | None:
    return _digits_error(
        value,
        OGRN_LENGTHS,
        _("The OGRN has 13 digits (15 for an entrepreneur); this one has {count}."),
    )


def account_error(value: str) -> str | None:
    return _digits_error(
        value, (ACCOUNT_LENGTH,), _("An account number has 20 digits; this one has {count}.")
    )


def bik_error(value: str) -> str | None:
    return _digits_error(value, (BIK_LENGTH,), _("The BIK has 9 digits; this one has {count}."))


REQUISITE_RULES = {
    "inn": inn_error,
    "kpp": kpp_error,
    "ogrn": ogrn_error,
    "settlement_account": account_error,
    "correspondent_account": account_error,
    "bik": bik_error,
}


def company_errors(company: OurCompany) -> dict[str, str]:
    """Our company profile: a name, and requisites that are digits of the right length."""
    errors: dict[str, str] = {}
    if not company.name.strip():
        errors["name"] = _("Enter your company's name.")
    for key, rule in REQUISITE_RULES.items():
        message = rule(getattr(company, key))
        if message:
            errors[key] = message
    return errors


def raise_if_errors(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


def client_errors(client: Client) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not client.name.strip():
        errors["name"] = _("Enter the client's name.")
    if client.website and not WEBSITE_RE.match(client.website.strip()):
        errors["website"] = _("Enter a web address such as example.com.")
    kpp = kpp_error(client.kpp)
    if kpp:
        errors["kpp"] = kpp
    if client.annual_revenue is not None and client.annual_revenue < 0:
        errors["annual_revenue"] = _("Revenue cannot be negative.")
    if client.sales_share_pct is not None and not (
        Decimal(0) <= client.sales_share_pct <= Decimal(100)
    ):
        errors["sales_share_pct"] = _("The share of sales must be between 0 and 100 %.")
    if client.reliability_checked_on and client.reliability_checked_on > date.today():
        errors["reliability_checked_on"] = _("The check date cannot be in the future.")
    for i, tender in enumerate(client.tenders):
        if not tender.title.strip():
            errors[f"tenders.{i}.title"] = _("Enter the tender's title.")
    return errors


def _family_errors(index: int, relative: FamilyMember) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not relative.name.strip():
        errors[f"family.{index}.name"] = _("Enter the family member's name.")
    if relative.birthday and not relative.birthday.is_valid():
        errors[f"family.{index}.birthday"] = _("This date does not exist.")
    return errors


def member_errors(member: Member) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not member.full_name.strip():
        errors["full_name"] = _("Enter the person's full name.")
    if not 1 <= member.influence <= 5:
        errors["influence"] = _("Influence is rated from 1 to 5.")
    if member.id is not None and member.reports_to_id == member.id:
        errors["reports_to_id"] = _("A person cannot report to themselves.")
    if member.birthday and not member.birthday.is_valid():
        errors["birthday"] = _("This date does not exist.")
    if member.anniversary and not member.anniversary.is_valid():
        errors["anniversary"] = _("This date does not exist.")
    for i, contact in enumerate(member.contacts):
        value = contact.value.strip()
        if not value:
            errors[f"contacts.{i}.value"] = _("Enter a value or remove the row.")
        elif contact.kind == ContactKind.EMAIL and not is_valid_email(value):
            errors[f"contacts.{i}.value"] = _("Enter an e-mail such as name@company.ru.")
        elif contact.kind == ContactKind.PHONE and not is_valid_phone(value):
            errors[f"contacts.{i}.value"] = _("Enter a phone number such as +7 495 123-45-67.")
    for i, relative in enumerate(member.family):
        errors.update(_family_errors(i, relative))
    today = date.today()
    if member.consent_on and member.consent_on > today:
        errors["consent_on"] = _("The consent date cannot be in the future.")
    if member.last_contact_on and member.last_contact_on > today:
        errors["last_contact_on"] = _("The last contact date cannot be in the future.")
    return errors


def interaction_errors(interaction: Interaction) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not interaction.summary.strip():
        errors["summary"] = _("Describe what happened.")
    if interaction.next_step_due and interaction.next_step_due < interaction.occurred_on:
        errors["next_step_due"] = _("The next step cannot be due before the interaction.")
    if interaction.next_step_due and not interaction.next_step.strip():
        errors["next_step"] = _("Describe the agreed next step.")
    return errors


def team_member_errors(person: TeamMember) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not person.full_name.strip():
        errors["full_name"] = _("Enter the person's full name.")
    if person.email and not is_valid_email(person.email):
        errors["email"] = _("Enter an e-mail such as name@company.ru.")
    if person.phone and not is_valid_phone(person.phone):
        errors["phone"] = _("Enter a phone number such as +7 495 123-45-67.")
    return errors
