"""The library content KAM Desktop ships (arguments per role and language, value/concern tags)
and what a database has been offered of it. Stdlib only, so a read-only command can check.
"""

from __future__ import annotations

import json

from kam_desktop.domain.proposal import PROPOSAL_LANGUAGES, ArgumentBlock, ArgumentKind, ArgumentTag
from kam_desktop.paths import resource_path

# The shipped blocks already offered once (a JSON list of keys), so a user who deletes them
# keeps it that way, while blocks new in a later release still arrive. Its first value, "1",
# meant the release-1 set (FIRST_RELEASE_KEYS).
ARGUMENTS_SEEDED_SETTING = "library.default_arguments_loaded"
TAGS_SEEDED_SETTING = "library.default_tags_loaded"
FIRST_RELEASE_KEYS = (
    "exec.exclusive_terms",
    "exec.status",
    "exec.business_fit",
    "hr.people_first",
    "hr.references",
    "hr.relationship",
    "fin.transparent_economics",
    "fin.payback",
    "fin.payment_terms",
    "tech.specifics",
    "tech.implementation",
    "tech.security",
    "proc.tender_ready",
    "legal.contract",
    "general.why_us",
)


def default_arguments(lang: str) -> list[ArgumentBlock]:
    """The shipped argument set of one language (``resources/content/arguments.<lang>.json``)."""
    path = resource_path("content", f"arguments.{lang}.json")
    blocks = json.loads(path.read_text(encoding="utf-8"))
    return [
        ArgumentBlock(
            title=b["title"],
            body=b["body"],
            role_codes=list(b["roles"]),
            language=lang,
            sort_order=i * 10,
            key=b["key"],
            kind=ArgumentKind(b.get("kind", ArgumentKind.ARGUMENT.value)),
            tags=list(b.get("tags", [])),
        )
        for i, b in enumerate(blocks)
    ]


def default_tags() -> list[ArgumentTag]:
    """The shipped value/concern tags (``resources/content/tags.json``)."""
    path = resource_path("content", "tags.json")
    return [
        ArgumentTag(
            code=t["code"],
            name_ru=t["name_ru"],
            name_en=t["name_en"],
            keywords=list(t["keywords"]),
            builtin=True,
            sort_order=t["sort_order"],
        )
        for t in json.loads(path.read_text(encoding="utf-8"))
    ]


def shipped_argument_keys() -> set[str]:
    return {b.key for lang in PROPOSAL_LANGUAGES for b in default_arguments(lang)}


def shipped_tag_codes() -> set[str]:
    return {t.code for t in default_tags()}


def offered_keys(value: str | None) -> set[str]:
    if not value:
        return set()
    if value == "1":
        return set(FIRST_RELEASE_KEYS)
    try:
        keys = json.loads(value)
    except ValueError:
        return set(FIRST_RELEASE_KEYS)
    return {k for k in keys if isinstance(k, str)} if isinstance(keys, list) else set()
