"""Validation rules for dossier records. Each returns {field: message}; empty means valid."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kam_desktop.domain import limits
from kam_desktop.domain.dossier import (
    Client,
    DmuRole,
    FamilyMember,
    Interaction,
    Member,
    OurCompany,
    TeamMember,
)
from kam_desktop.domain.enums import ContactKind
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.limits import TextLimit
from kam_desktop.i18n import _

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

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
    for key, message in company_text_errors(company).items():
        errors.setdefault(key, message)
    return errors


def raise_if_errors(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


# ---- text: length, control characters, broken Unicode -------------------------------------
# C0 controls, DEL and C1 controls, and the Unicode line/paragraph separators; in free text
# (multi-line fields) tab, line feed and carriage return are allowed.
LINE_FORBIDDEN_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
TEXT_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SURROGATE_RE = re.compile("[\ud800-\udfff]")  # only a broken (JSON-escaped) text holds one


# What a terminal could take for an instruction: C0 and C1 controls, DEL, the Unicode line
# separators and the bidirectional overrides/isolates (they reorder what is shown).
TERMINAL_UNSAFE_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
WRITER_UNSAFE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _escape_char(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def printable(text: str, keep_newlines: bool = True) -> str:
    """Text safe to print on a terminal: every control character shown as ``\\uXXXX``.

    The escapes are also valid inside JSON strings, so JSON output keeps its meaning."""
    text = TERMINAL_UNSAFE_RE.sub(_escape_char, text)
    if not keep_newlines:
        text = text.replace("\n", "\\u000a").replace("\t", "\\u0009")
    return text


def without_controls(text: str) -> str:
    """Text for formats that forbid control characters (vCard, iCalendar): tab, line feed and
    carriage return stay (the writers escape line breaks), everything else is dropped."""
    return WRITER_UNSAFE_RE.sub("", text)


def text_error(value: str, limit: TextLimit) -> str | None:
    """Why ``value`` cannot be stored in a field with ``limit``; None when it can."""
    if len(value) > limit.max_length:
        return _("At most {limit} characters (now {count}).").format(
            limit=limit.max_length, count=len(value)
        )
    broken = SURROGATE_RE.search(value)
    if broken:
        return _("The text holds a broken character (position {position}).").format(
            position=broken.start() + 1
        )
    forbidden = (TEXT_FORBIDDEN_RE if limit.multiline else LINE_FORBIDDEN_RE).search(value)
    if forbidden:
        code = f"U+{ord(forbidden.group()):04X}"
        if limit.multiline:
            message = _(
                "Remove the control character {code} (position {position}); only tabs and "
                "line breaks are allowed here."
            )
        else:
            message = _(
                "This field is one line: remove the control character {code} (position {position})."
            )
        return message.format(code=code, position=forbidden.start() + 1)
    return None


def text_errors(record: object, rules: Mapping[str, TextLimit], prefix: str = "") -> dict[str, str]:
    """Errors of the record's text attributes named in ``rules`` (keys ``prefix + name``)."""
    errors: dict[str, str] = {}
    for name, limit in rules.items():
        value = getattr(record, name)
        message = text_error(value, limit) if isinstance(value, str) else None
        if message:
            errors[prefix + name] = message
    return errors


def _count_error(count: int, limit: int) -> str | None:
    if count > limit:
        return _("At most {limit} entries (now {count}).").format(limit=limit, count=count)
    return None


def _money_error(value: Decimal | None) -> str | None:
    if value is not None and abs(value) >= Decimal(10) ** limits.MAX_MONEY_DIGITS:
        return _("The amount is too large (at most {digits} digits before the point).").format(
            digits=limits.MAX_MONEY_DIGITS
        )
    return None


def client_text_errors(client: Client) -> dict[str, str]:
    """What any client must satisfy to be stored and exported, from a form or a file."""
    errors = text_errors(client, limits.CLIENT)
    tag_errors = [text_error(tag, limits.TAG) for tag in client.tags]
    tag_error = next((e for e in tag_errors if e), None) or _count_error(
        len(client.tags), limits.MAX_TAGS
    )
    if tag_error:
        errors["tags"] = tag_error
    keys = list(client.reliability_checklist)
    key_error = next(
        (e for e in (text_error(k, limits.CHECKLIST_KEY) for k in keys) if e), None
    ) or _count_error(len(keys), limits.MAX_CHECKLIST_ITEMS)
    if key_error:
        errors["reliability_checklist"] = key_error
    if count_error := _count_error(len(client.tenders), limits.MAX_TENDERS):
        errors["tenders"] = count_error
    for i, tender in enumerate(client.tenders):
        errors.update(text_errors(tender, limits.TENDER, f"tenders.{i}."))
    for name in ("annual_revenue", "sales_share_pct"):
        if money := _money_error(getattr(client, name)):
            errors[name] = money
    return errors


def member_text_errors(member: Member) -> dict[str, str]:
    """What any decision-group member must satisfy, from a form, a vCard or a file."""
    errors = text_errors(member, limits.MEMBER)
    for key, rows, limit in (
        ("contacts", member.contacts, limits.MAX_CONTACTS),
        ("family", member.family, limits.MAX_FAMILY),
    ):
        if count_error := _count_error(len(rows), limit):
            errors[key] = count_error
    for i, contact in enumerate(member.contacts):
        errors.update(text_errors(contact, limits.CONTACT, f"contacts.{i}."))
    for i, relative in enumerate(member.family):
        errors.update(text_errors(relative, limits.FAMILY, f"family.{i}."))
    return errors


def interaction_text_errors(interaction: Interaction) -> dict[str, str]:
    return text_errors(interaction, limits.INTERACTION)


def team_member_text_errors(person: TeamMember) -> dict[str, str]:
    return text_errors(person, limits.TEAM_MEMBER)


def company_text_errors(company: OurCompany) -> dict[str, str]:
    return text_errors(company, limits.COMPANY)


def role_text_errors(role: DmuRole) -> dict[str, str]:
    return text_errors(role, limits.ROLE)


def free_text_errors(
    record: DataclassInstance | type[DataclassInstance], prefix: str = ""
) -> dict[str, str]:
    """The proposal side's rule (exchange/tables.py reads the same): every text attribute of
    a dataclass at most ``LIBRARY_TEXT`` long without control characters, list items one line
    each; nested dataclasses and lists of them are checked with ``name.index.`` keys."""
    errors: dict[str, str] = {}
    for item in dataclasses.fields(record):
        value = getattr(record, item.name)
        key = prefix + item.name
        if isinstance(value, str):
            message = text_error(value, limits.LIBRARY)
        elif dataclasses.is_dataclass(value):
            errors.update(free_text_errors(value, key + "."))
            continue
        elif isinstance(value, list):
            for i, element in enumerate(value):
                if dataclasses.is_dataclass(element):
                    errors.update(free_text_errors(element, f"{key}.{i}."))
            texts = (text_error(v, limits.LIBRARY_LIST_ITEM) for v in value if isinstance(v, str))
            message = next((e for e in texts if e), None)
        else:
            continue
        if message:
            errors[key] = message
    return errors


def reporting_loop(member_id: str | None, boss_id: str | None, boss_of: Callable) -> bool:
    """True when ``member_id`` reporting to ``boss_id`` closes a loop (A → B → … → A).

    ``boss_of(id)`` gives whom a person reports to (None at the top): the member editor asks
    the database, an import asks the file — the rule is the same.
    """
    seen = {member_id}
    current = boss_id
    while current is not None:
        if current in seen:
            return True
        seen.add(current)
        current = boss_of(current)
    return False


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
    errors.update(client_text_errors(client))
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
    errors.update(member_text_errors(member))
    return errors


def interaction_errors(interaction: Interaction) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not interaction.summary.strip():
        errors["summary"] = _("Describe what happened.")
    if interaction.next_step_due and interaction.next_step_due < interaction.occurred_on:
        errors["next_step_due"] = _("The next step cannot be due before the interaction.")
    if interaction.next_step_due and not interaction.next_step.strip():
        errors["next_step"] = _("Describe the agreed next step.")
    errors.update(interaction_text_errors(interaction))
    return errors


def team_member_errors(person: TeamMember) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not person.full_name.strip():
        errors["full_name"] = _("Enter the person's full name.")
    if person.email and not is_valid_email(person.email):
        errors["email"] = _("Enter an e-mail such as name@company.ru.")
    if person.phone and not is_valid_phone(person.phone):
        errors["phone"] = _("Enter a phone number such as +7 495 123-45-67.")
    errors.update(team_member_text_errors(person))
    return errors
