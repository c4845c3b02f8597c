"""How long each text field may be, and whether it may hold several lines.

One definition for every door data comes in by: the forms (``domain.validation``), the vCard
reader and the ``.kamdossier`` reader. The exchange schema
(``resources/schema/kamdossier-1.schema.json``) states the same lengths for other programs;
``tests/unit/test_limits.py`` keeps the two equal, so an export of anything the app accepted
is always a file the app reads back.

Keys are the attribute names of the domain dataclasses (the keys of form errors too).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextLimit:
    max_length: int
    multiline: bool = False  # tab and line breaks allowed (free text), else one line


LONG_TEXT = 100_000  # free text: notes, strategy, summaries
LIBRARY_TEXT = 1_000_000  # proposal-side text columns (exchange/tables.py)


def line(max_length: int) -> TextLimit:
    return TextLimit(max_length)


TEXT = TextLimit(LONG_TEXT, multiline=True)
LIBRARY = TextLimit(LIBRARY_TEXT, multiline=True)
LIBRARY_LIST_ITEM = line(300)  # items of a proposal-side id or text list

CLIENT: dict[str, TextLimit] = {
    "name": line(300),
    "legal_name": line(500),
    "tax_id": line(40),
    "kpp": line(20),
    "industry": line(200),
    "region": line(200),
    "address": TEXT,
    "website": line(300),
    "strategy": TEXT,
    "weak_points": TEXT,
    "growth_areas": TEXT,
    "buying_process": TEXT,
    "competitors": TEXT,
    "reliability_notes": TEXT,
}
TAG = line(100)
MAX_TAGS = 200
CHECKLIST_KEY = line(100)
MAX_CHECKLIST_ITEMS = 100
TENDER: dict[str, TextLimit] = {"title": line(300), "notes": TEXT}
MAX_TENDERS = 1000

MEMBER: dict[str, TextLimit] = {
    "full_name": line(300),
    "position": line(300),
    "department": line(300),
    "decision_style": line(300),
    "concerns": TEXT,
    "preferred_channel": line(100),
    "preferred_time": line(100),
    "hobbies": TEXT,
    "values": TEXT,
    "likes": TEXT,
    "dislikes": TEXT,
    "topics_to_avoid": TEXT,
    "notes": TEXT,
    "consent_how": line(300),
}
CONTACT: dict[str, TextLimit] = {"value": line(300), "label": line(100)}
FAMILY: dict[str, TextLimit] = {"name": line(300), "relation": line(100), "notes": TEXT}
MAX_CONTACTS = 100
MAX_FAMILY = 100
MAX_MEMBERS_PER_CLIENT = 10_000
MAX_INTERACTIONS_PER_CLIENT = 100_000

INTERACTION: dict[str, TextLimit] = {"summary": TEXT, "next_step": TEXT}
TEAM_MEMBER: dict[str, TextLimit] = {
    "full_name": line(300),
    "position": line(300),
    "phone": line(100),
    "email": line(300),
}
COMPANY: dict[str, TextLimit] = {
    "name": line(300),
    "legal_name": line(500),
    "address": TEXT,
    "requisites": TEXT,
    "phone": line(100),
    "email": line(300),
    "website": line(300),
    "inn": line(20),
    "kpp": line(20),
    "ogrn": line(20),
    "bank_name": line(300),
    "settlement_account": line(30),
    "correspondent_account": line(30),
    "bik": line(20),
}
ROLE: dict[str, TextLimit] = {"name_ru": line(120), "name_en": line(120)}
EXPORTED_BY = line(300)

# A vCard file from another program (photos included; they are skipped unread) and its cards.
MAX_VCARD_FILE_BYTES = 32 * 1024 * 1024
MAX_VCARD_CARDS = 5000

# A client's money (revenue): SQLite keeps Numeric columns as binary floats, whose 15
# significant digits hold 13 before the point and the cents; more would come back changed
# (9 999 999 999 999 999.00 is read as 10 000 000 000 000 000.00). The schema's "money".
MAX_MONEY_DIGITS = 13
