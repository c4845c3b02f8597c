"""One definition of the text limits: the domain's (forms, vCard, import) = the schema's."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from kam_desktop.domain import limits
from kam_desktop.domain.dossier import Client, ContactPoint, FamilyMember, Member, Tender
from kam_desktop.domain.enums import ContactKind
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.validation import (
    client_errors,
    member_errors,
    printable,
    reporting_loop,
    text_error,
    without_controls,
)
from kam_desktop.paths import resource_path

# Domain attribute → its place in the schema, where the two differ.
SCHEMA_PATHS = {
    ("client", "reliability_notes"): ("client", "reliability", "notes"),
    ("member", "consent_how"): ("member", "consent", "how"),
}
DEFINITIONS = {
    "client": limits.CLIENT,
    "tender": limits.TENDER,
    "member": limits.MEMBER,
    "contact": limits.CONTACT,
    "family_member": limits.FAMILY,
    "interaction": limits.INTERACTION,
    "team_member": limits.TEAM_MEMBER,
    "company": limits.COMPANY,
    "role": limits.ROLE,
}


def _schema() -> dict:
    return json.loads(resource_path("schema", "kamdossier-1.schema.json").read_text("utf-8"))


def _max_lengths(node: dict, path: tuple[str, ...]) -> dict[tuple[str, ...], int]:
    """Every string maxLength under a definition (not through $ref), by property path."""
    found = {}
    for name, prop in node.get("properties", {}).items():
        if prop.get("type") == "string" and "maxLength" in prop:
            found[(*path, name)] = prop["maxLength"]
        if prop.get("type") == "object":
            found.update(_max_lengths(prop, (*path, name)))
    return found


def test_text_limits_equal_the_exchange_schema():
    defs = _schema()["$defs"]
    expected = {}
    for definition, rules in DEFINITIONS.items():
        for name, limit in rules.items():
            path = SCHEMA_PATHS.get((definition, name), (definition, name))
            expected[path] = limit.max_length
    expected[("manifest", "exported_by")] = limits.EXPORTED_BY.max_length
    expected[("manifest", "app_version")] = 40
    actual = {}
    for definition in [*DEFINITIONS, "manifest"]:
        actual.update(_max_lengths(defs[definition], (definition,)))
    assert actual == expected


def test_count_limits_equal_the_exchange_schema():
    defs = _schema()["$defs"]
    client = defs["client"]["properties"]
    assert client["tags"]["maxItems"] == limits.MAX_TAGS
    assert client["tags"]["items"]["maxLength"] == limits.TAG.max_length
    checklist = client["reliability"]["properties"]["checklist"]
    assert checklist["maxProperties"] == limits.MAX_CHECKLIST_ITEMS
    assert checklist["propertyNames"]["maxLength"] == limits.CHECKLIST_KEY.max_length
    assert client["tenders"]["maxItems"] == limits.MAX_TENDERS
    member = defs["member"]["properties"]
    assert member["contacts"]["maxItems"] == limits.MAX_CONTACTS
    assert member["family"]["maxItems"] == limits.MAX_FAMILY
    dossier = defs["dossier"]["properties"]
    assert dossier["members"]["maxItems"] == limits.MAX_MEMBERS_PER_CLIENT
    assert dossier["interactions"]["maxItems"] == limits.MAX_INTERACTIONS_PER_CLIENT
    assert defs["catalogue_item"]["properties"]["name"]["maxLength"] == limits.LIBRARY_TEXT
    money = defs["money"]["oneOf"][1]["pattern"]
    assert money == rf"^-?[0-9]{{1,{limits.MAX_MONEY_DIGITS}}}(\.[0-9]{{1,2}})?$"


def test_money_that_the_database_keeps_exactly():
    """SQLite stores Numeric as a float: 13 digits and the cents come back as they went in."""
    largest = Decimal(10) ** limits.MAX_MONEY_DIGITS - Decimal("0.01")
    assert client_errors(Client("x", annual_revenue=largest)) == {}
    assert "annual_revenue" in client_errors(Client("x", annual_revenue=largest + 1))


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\n", "\t"])
def test_a_one_line_field_refuses_control_characters(char):
    problem = text_error(f"Иван{char}Петров", limits.line(300))
    assert problem is not None and f"U+{ord(char):04X}" in problem


def test_free_text_keeps_tabs_and_line_breaks_but_not_other_controls():
    assert text_error("строка 1\r\nстрока 2\tи ещё", limits.TEXT) is None
    assert "U+001B" in text_error("красный \x1b[31m", limits.TEXT)
    assert text_error("broken \ud800", limits.TEXT) is not None


def test_limits_count_characters_not_bytes():
    assert text_error("Ж" * 300, limits.line(300)) is None  # 600 bytes of UTF-8
    assert text_error("🙂" * 300, limits.line(300)) is None
    assert text_error("Ж" * 301, limits.line(300)) == "At most 300 characters (now 301)."


def test_forms_show_the_problem_next_to_the_field():
    member = Member(
        "Иван\x1b[2K Петров",
        notes="x" * (limits.LONG_TEXT + 1),
        contacts=[ContactPoint(ContactKind.MESSENGER, "@ivan\x07", "Telegram")],
        family=[FamilyMember("Мария\x00")],
    )
    errors = member_errors(member)
    assert set(errors) >= {"full_name", "notes", "contacts.0.value", "family.0.name"}
    client = Client(
        "ООО «Ромашка»",
        tags=["ok", "bad\x1b"],
        tenders=[Tender("Тендер\x07", date(2026, 1, 1))],
        annual_revenue=Decimal(10) ** 17,
    )
    assert set(client_errors(client)) >= {"tags", "tenders.0.title", "annual_revenue"}


def test_the_services_refuse_what_the_forms_refuse(dossiers):
    client = dossiers.save_client(Client("ООО «Ромашка»"))
    with pytest.raises(ValidationError) as refused:
        dossiers.save_member(Member("Иван\x1bПетров", client_id=client.id))
    assert "full_name" in refused.value.errors
    with pytest.raises(ValidationError):
        dossiers.add_role("куратор\x07", "sponsor")


def test_one_reporting_loop_rule_for_the_editor_and_imports():
    boss_of = {"a": "b", "b": "c", "c": None}.get
    assert not reporting_loop("a", "b", boss_of)
    assert reporting_loop("c", "a", boss_of)  # c → a → b → c
    assert reporting_loop("a", "a", boss_of)


def test_printable_shows_every_control_character():
    fake = "Иван\x1b[2K\rImported: 5 added\x07\u202e"
    shown = printable(fake)
    assert "\x1b" not in shown and "\r" not in shown and "\x07" not in shown
    assert "\\u001b[2K\\u000dImported" in shown and "\\u202e" in shown
    assert json.loads(f'"{printable(chr(0x9B))}"') == chr(0x9B)  # still valid inside JSON


def test_writers_drop_control_characters():
    assert without_controls("a\x1bb\x00c\td\ne\x9b") == "abc\td\ne"
