"""Validation of proposals and library records. Each returns {field: message}; empty = valid.

Field keys match the editor's widgets; nested rows look like ``line_items.2.discount_pct`` and
``referees.0.email``. Rules that need the database (addressees belong to the client, a chosen
referee consented) live in the proposal service and use the same keys.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kam_desktop.domain.proposal import (
    PROPOSAL_LANGUAGES,
    ArgumentBlock,
    ArgumentKind,
    ArgumentTag,
    CatalogueItem,
    LineItem,
    Proposal,
    SimilarProject,
    VatMode,
)
from kam_desktop.domain.validation import free_text_errors, is_valid_email, is_valid_phone
from kam_desktop.i18n import _

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
HUNDRED = Decimal(100)


def number_pattern_error(pattern: str) -> str | None:
    """What is wrong with a proposal number pattern such as «КП-{year}-{seq:04d}», or None."""
    pattern = pattern.strip()
    if "{seq" not in pattern:
        return _("The pattern must contain {seq}.")
    try:
        pattern.format(year=2026, seq=1)
    except (KeyError, ValueError, IndexError, AttributeError):
        return _("Use only {year} and {seq} (e.g. {seq:04d}) in the pattern.")
    return None


def _pct_ok(value: Decimal) -> bool:
    return Decimal(0) <= value <= HUNDRED


def line_item_errors(item: LineItem, prefix: str = "") -> dict[str, str]:
    errors: dict[str, str] = {}
    if not item.description.strip():
        errors[prefix + "description"] = _("Describe the product or service.")
    if item.quantity < 0:
        errors[prefix + "quantity"] = _("The quantity cannot be negative.")
    if item.unit_price < 0:
        errors[prefix + "unit_price"] = _("The price cannot be negative.")
    if not _pct_ok(item.discount_pct):
        errors[prefix + "discount_pct"] = _("The discount must be between 0 and 100 %.")
    if not _pct_ok(item.vat_pct):
        errors[prefix + "vat_pct"] = _("VAT must be between 0 and 100 %.")
    return errors


def proposal_errors(proposal: Proposal) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not proposal.client_id:
        errors["client_id"] = _("Choose the client.")
    if proposal.valid_until < proposal.issue_date:
        errors["valid_until"] = _("The offer cannot expire before its issue date.")
    if not proposal.addressee_ids:
        errors["addressee_ids"] = _("Choose at least one addressee from the decision group.")
    if proposal.language not in PROPOSAL_LANGUAGES:
        errors["language"] = _("Choose Russian or English.")
    if not CURRENCY_RE.match(proposal.currency):
        errors["currency"] = _("Enter a three-letter currency code such as RUB.")
    if proposal.vat_mode == VatMode.WITHOUT and not proposal.vat_exempt_reason.strip():
        errors["vat_exempt_reason"] = _(
            "State why no VAT is charged, e.g. «УСН, ст. 346.11 НК РФ»."
        )
    for i, item in enumerate(proposal.line_items):
        errors.update(line_item_errors(item, f"line_items.{i}."))
    fin = proposal.financials
    for name in ("current_annual_cost", "annual_gain", "investment"):
        value = getattr(fin, name)
        if value is not None and value < 0:
            errors[f"financials.{name}"] = _("This amount cannot be negative.")
    errors.update(free_text_errors(proposal))  # lengths and control characters
    return errors


def catalogue_item_errors(item: CatalogueItem) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not item.name.strip():
        errors["name"] = _("Enter the name of the product or service.")
    if item.price < 0:
        errors["price"] = _("The price cannot be negative.")
    if not _pct_ok(item.vat_pct):
        errors["vat_pct"] = _("VAT must be between 0 and 100 %.")
    if not CURRENCY_RE.match(item.currency):
        errors["currency"] = _("Enter a three-letter currency code such as RUB.")
    errors.update(free_text_errors(item))  # lengths and control characters
    return errors


def project_errors(project: SimilarProject) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not project.client_company.strip():
        errors["client_company"] = _("Enter the client company of the project.")
    if project.year is not None and not 1950 <= project.year <= 2100:
        errors["year"] = _("Enter a year such as 2024.")
    for i, ref in enumerate(project.referees):
        key = f"referees.{i}."
        if not ref.full_name.strip():
            errors[key + "full_name"] = _("Enter the referee's name.")
        if ref.email and not is_valid_email(ref.email):
            errors[key + "email"] = _("Enter an e-mail address such as name@example.com.")
        if ref.phone and not is_valid_phone(ref.phone):
            errors[key + "phone"] = _("Enter a phone number such as +7 495 123-45-67.")
    errors.update(free_text_errors(project))  # lengths and control characters
    return errors


def argument_errors(block: ArgumentBlock) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not block.title.strip():
        errors["title"] = _("Enter a title.")
    if not block.body.strip():
        errors["body"] = _("Write the argument.")
    if block.kind == ArgumentKind.OBJECTION and not block.tags:
        errors["tags"] = _("Choose the concerns this answer addresses.")
    elif not block.role_codes and not block.tags:
        errors["role_codes"] = _("Choose at least one role or value this argument serves.")
    if block.language not in PROPOSAL_LANGUAGES:
        errors["language"] = _("Choose Russian or English.")
    errors.update(free_text_errors(block))  # lengths and control characters
    return errors


def tag_errors(tag: ArgumentTag) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not tag.name_ru.strip() and not tag.name_en.strip():
        errors["name_ru"] = _("Name the value or concern.")
    if not any(k.strip() for k in tag.keywords):
        errors["keywords"] = _(
            "Enter at least one keyword: the beginning of a word the dossier may contain."
        )
    return errors
