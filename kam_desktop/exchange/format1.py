"""Format 1 of .kamdossier written out: which fields of which table travel, and as what.

The proposal side (proposals with lines, catalogue items, similar projects with referees,
argument blocks) is (de)serialised column by column from the specs below (``tables.py``); the
dossier side (clients, people, interactions, team, our company) by hand in ``codec.py``. Both
are listed here so that a change of the database cannot change the file format silently:
``tests/exchange/test_format1.py`` fails when a model column is neither exported here nor in
``NOT_EXPORTED``, or when its kind differs. Changing this module changes format 1: do it only
together with a ``schema_version`` decision (``archive.SCHEMA_VERSION``,
docs/dossier-format.md) and the schema file (resources/schema/kamdossier-1.schema.json, kept
equal by tests/exchange/test_proposals.py).

Every record also carries ``id``, ``created_at``, ``updated_at`` and ``version``
(``BOOKKEEPING``); a child row (line, referee) carries ``id`` only. Kinds: see ``tables.py``.
"""

from __future__ import annotations

from kam_desktop.exchange.tables import TableSpec

BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version"})
# A child row (tender, contact, family member, proposal line, referee) travels with its id only.
CHILD_ROW = {"created_at": "child row", "updated_at": "child row", "version": "child row"}

PROPOSAL_LINE = TableSpec(
    "proposal_line",
    {
        "position": ("int", False),
        "catalogue_item_id": ("text", True),
        "description": ("text", False),
        "quantity": ("decimal3", False),
        "unit": ("text", False),
        "unit_price": ("decimal2", False),
        "discount_pct": ("decimal2", False),
        "vat_pct": ("decimal2", False),
    },
)

PROPOSAL = TableSpec(
    "proposal",
    {
        "number": ("text", False),
        "number_year": ("int", False),
        "number_seq": ("int", False),
        "revision": ("int", False),
        "previous_id": ("text", True),
        "title": ("text", False),
        "language": ("text", False),
        "currency": ("text", False),
        "status": ("text", False),
        "issue_date": ("date", False),
        "valid_until": ("date", False),
        "sent_on": ("date", True),
        "addressee_ids": ("list", False),
        "team_member_ids": ("list", False),
        "project_ids": ("list", False),
        "referee_ids": ("list", False),
        "argument_ids": ("list", False),
        "current_annual_cost": ("decimal2", True),
        "annual_gain": ("decimal2", True),
        "investment": ("decimal2", True),
        "business_understanding": ("text", False),
        "goals": ("text", False),
        "vat_mode": ("text", False),
        "vat_exempt_reason": ("text", False),
        "payment_terms": ("text", False),
        "delivery_terms": ("text", False),
        "warranty": ("text", False),
        "signatory_id": ("text", True),
        "tailoring": ("switches", False),
        "issued_at": ("timestamp", True),
        "total": ("decimal2", False),
        "snapshot": ("text", True),
    },
    {"lines": PROPOSAL_LINE},
    # Added after format 1 was published: optional in a file, this value when missing.
    late={
        "business_understanding": "",
        "goals": "",
        "vat_mode": "on_top",
        "vat_exempt_reason": "",
        "payment_terms": "",
        "delivery_terms": "",
        "warranty": "",
        "tailoring": {},
    },
)

CATALOGUE_ITEM = TableSpec(
    "catalogue_item",
    {
        "name": ("text", False),
        "description": ("text", False),
        "unit": ("text", False),
        "price": ("decimal2", False),
        "currency": ("text", False),
        "vat_pct": ("decimal2", False),
    },
)

REFEREE = TableSpec(
    "referee",
    {
        "full_name": ("text", False),
        "job_title": ("text", False),
        "company": ("text", False),
        "phone": ("text", False),
        "email": ("text", False),
        "consent_to_be_contacted": ("bool", False),
        "position": ("int", False),
    },
)

SIMILAR_PROJECT = TableSpec(
    "similar_project",
    {
        "client_company": ("text", False),
        "industry": ("text", False),
        "year": ("int", True),
        "summary": ("text", False),
        "results": ("list", False),
    },
    {"referees": REFEREE},
)

ARGUMENT_BLOCK = TableSpec(
    "argument_block",
    {
        "key": ("text", False),
        "title": ("text", False),
        "body": ("text", False),
        "role_codes": ("list", False),
        "language": ("text", False),
        "sort_order": ("int", False),
        "kind": ("text", False),
        "tags": ("list", False),
    },
    late={"kind": "argument", "tags": []},
)

# Record kind → spec of the proposal-side tables.
PROPOSAL_SPECS: dict[str, TableSpec] = {
    "proposal": PROPOSAL,
    "catalogue_item": CATALOGUE_ITEM,
    "similar_project": SIMILAR_PROJECT,
    "argument_block": ARGUMENT_BLOCK,
}

# Section of shared.json → record kind of the proposal library.
LIBRARY_SECTIONS = {
    "catalogue": "catalogue_item",
    "similar_projects": "similar_project",
    "arguments": "argument_block",
}

# The dossier side, written by codec.py: table → {column: (field of the file, kind)}. A column
# kept in parts (birthday_day/_month/_year) names the part of the one field it goes into; a
# link table names the list of its record. Kinds as in tables.py ("object": a JSON object).
DOSSIER_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "client": {
        "name": ("name", "text"),
        "legal_name": ("legal_name", "text"),
        "tax_id": ("tax_id", "text"),
        "kpp": ("kpp", "text"),
        "industry": ("industry", "text"),
        "region": ("region", "text"),
        "address": ("address", "text"),
        "website": ("website", "text"),
        "status": ("status", "text"),
        "tags": ("tags", "list"),
        "annual_revenue": ("annual_revenue", "decimal2"),
        "revenue_currency": ("revenue_currency", "text"),
        "sales_share_pct": ("sales_share_pct", "decimal2"),
        "strategy": ("strategy", "text"),
        "weak_points": ("weak_points", "text"),
        "growth_areas": ("growth_areas", "text"),
        "buying_process": ("buying_process", "text"),
        "competitors": ("competitors", "text"),
        "reliability_checklist": ("reliability.checklist", "object"),
        "reliability_result": ("reliability.result", "text"),
        "reliability_checked_on": ("reliability.checked_on", "date"),
        "reliability_notes": ("reliability.notes", "text"),
    },
    "tender": {
        "title": ("title", "text"),
        "tender_date": ("date", "date"),
        "notes": ("notes", "text"),
    },
    "member": {
        "full_name": ("full_name", "text"),
        "position": ("position", "text"),
        "department": ("department", "text"),
        "role_code": ("role", "text"),
        "influence": ("influence", "int"),
        "attitude": ("attitude", "text"),
        "decision_style": ("decision_style", "text"),
        "concerns": ("concerns", "text"),
        "gender": ("gender", "text"),
        "reports_to_id": ("reports_to", "text"),
        "preferred_channel": ("preferred_channel", "text"),
        "preferred_time": ("preferred_time", "text"),
        "birthday_day": ("birthday.day", "int"),
        "birthday_month": ("birthday.month", "int"),
        "birthday_year": ("birthday.year", "int"),
        "anniversary_day": ("anniversary.day", "int"),
        "anniversary_month": ("anniversary.month", "int"),
        "anniversary_year": ("anniversary.year", "int"),
        "hobbies": ("hobbies", "text"),
        "values": ("values", "text"),
        "likes": ("likes", "text"),
        "dislikes": ("dislikes", "text"),
        "topics_to_avoid": ("topics_to_avoid", "text"),
        "notes": ("notes", "text"),
        "last_contact_on": ("last_contact_on", "date"),
        "consent_on": ("consent.on", "date"),
        "consent_how": ("consent.how", "text"),
    },
    "contact_point": {
        "kind": ("kind", "text"),
        "label": ("label", "text"),
        "value": ("value", "text"),
    },
    "family_member": {
        "name": ("name", "text"),
        "relation": ("relation", "text"),
        "birthday_day": ("birthday.day", "int"),
        "birthday_month": ("birthday.month", "int"),
        "birthday_year": ("birthday.year", "int"),
        "notes": ("notes", "text"),
    },
    "interaction": {
        "occurred_on": ("occurred_on", "date"),
        "kind": ("kind", "text"),
        "summary": ("summary", "text"),
        "next_step": ("next_step", "text"),
        "next_step_due": ("next_step_due", "date"),
        "next_step_done_on": ("next_step_done_on", "date"),
    },
    "interaction_member": {
        "member_id": ("participants.members", "text"),
    },
    "interaction_team": {
        "team_member_id": ("participants.team", "text"),
    },
    "team_member": {
        "full_name": ("full_name", "text"),
        "position": ("position", "text"),
        "phone": ("phone", "text"),
        "email": ("email", "text"),
        "signs_proposals": ("signs_proposals", "bool"),
    },
    "our_company": {
        "name": ("name", "text"),
        "legal_name": ("legal_name", "text"),
        "address": ("address", "text"),
        "requisites": ("requisites", "text"),
        "phone": ("phone", "text"),
        "email": ("email", "text"),
        "website": ("website", "text"),
        "logo_png": ("logo", "text"),
        "inn": ("inn", "text"),
        "kpp": ("kpp", "text"),
        "ogrn": ("ogrn", "text"),
        "bank_name": ("bank_name", "text"),
        "settlement_account": ("settlement_account", "text"),
        "correspondent_account": ("correspondent_account", "text"),
        "bik": ("bik", "text"),
        "signature_png": ("signature", "text"),
        "stamp_png": ("stamp", "text"),
    },
    "dmu_role": {
        "code": ("code", "text"),
        "name_ru": ("name_ru", "text"),
        "name_en": ("name_en", "text"),
    },
}

# Columns that do not travel, with the reason; a new column must be added here or above.
NOT_EXPORTED: dict[str, dict[str, str]] = {
    "client": {},
    "tender": {
        "client_id": "nested in its client",
        **CHILD_ROW,
    },
    "member": {
        "client_id": "nested in its client's dossier",
    },
    "contact_point": {
        "member_id": "nested in its person",
        "position": "the order of the list",
        **CHILD_ROW,
    },
    "family_member": {
        "member_id": "nested in its person",
        "position": "the order of the list",
        **CHILD_ROW,
    },
    "interaction": {
        "client_id": "nested in its client's dossier",
    },
    "interaction_member": {
        "interaction_id": "nested in its interaction",
    },
    "interaction_team": {
        "interaction_id": "nested in its interaction",
    },
    "dmu_role": {
        "builtin": "only custom roles travel",
        "sort_order": "an imported role sorts last (1000)",
    },
    "proposal": {"client_id": "nested in its client's dossier"},
    "proposal_line": {"proposal_id": "nested in its proposal", **CHILD_ROW},
    "referee": {"project_id": "nested in its project", **CHILD_ROW},
}

# Tables that never travel.
NOT_EXPORTED_TABLES = {
    "setting": "this database's own settings (and the sync ledger); only a backup carries "
    "them, in settings.json, and only restore puts them back",
    "next_step": "planned follow-up steps stay in this database for now (format 1 has no place "
    "for them; a handover carries each interaction's own next step)",
    "member_link": "informal links stay in this database for now (format 1 has no place for them)",
    "map_position": "the map layout is this KAM's own arrangement",
    "member_contact": "derived from the members and interactions; kept by triggers on import",
    "client_contact": "derived from the interactions; kept by triggers on import",
    "change_log": "who changed what in this database; a colleague's copy starts its own",
    "erasure_log": "that erasures happened in this database (never what was erased)",
    "argument_tag": "the tag list is seeded from resources/content/tags.json in every database",
}
