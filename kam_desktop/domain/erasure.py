"""Erasing a person (152-ФЗ / GDPR right to erasure): the pure rules, no I/O.

- *Mentions*: the forms a KAM writes a person's name in free text — the full name in either
  order, the surname alone or with initials («Петров И. С.», «И.С. Петров»), first name and
  patronymic («Иван Сергеевич»), first name and surname — each word also in its Russian case
  forms («Петрову», «Ивана Сергеевича»), plus the person's phone numbers (whatever the
  separators) and e-mail addresses. Free text that matches is replaced by a neutral marker.
  The first name alone is not a mention: it would hit every other Иван.
- *Sent proposals* keep only what the document showed (``redact_snapshot``): the addressee's
  name, position, department, role and form of address are printed; their values, decision
  style, concerns and attitude were never printed but chose the arguments. Those become the
  argument library's own keywords for the tags that matched (no word of the dossier) and
  "sceptical or not", so the sent document still re-renders byte for byte.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kam_desktop.domain.dossier import Member
from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.names import parse_russian_name
from kam_desktop.domain.proposal import ArgumentTag
from kam_desktop.domain.proposal_context import context_from_json
from kam_desktop.domain.tailoring import SCEPTICAL, concern_profile, recognise, value_profile

# Russian case endings a name word may take (longest first, so the whole ending is taken).
_ENDINGS = (
    "ыми", "ими", "ого", "его", "ому", "ему", "ой", "ою", "ей", "ею", "ую", "юю", "ым", "им",
    "ом", "ем", "ых", "их", "ий", "ый", "ая", "яя", "а", "я", "у", "ю", "е", "ы", "и", "ь", "й",
)  # fmt: skip
_STRIP = "аяйьыиеуюо"  # a nominative ending that the case forms replace
_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое")  # «Достоевский» → Достоевского
_ENDING_RE = "(?:" + "|".join(_ENDINGS) + ")?"
MIN_PHONE_DIGITS = 7  # shorter digit runs (a year, a room number) are not matched as phones


def _word_forms(word: str) -> str:
    """A regular expression for ``word`` and its case forms («Петров» → Петрова, Петровым…)."""
    if not re.fullmatch(r"[А-Яа-яЁё-]+", word):
        return re.escape(word)  # a foreign name does not decline
    stem = word
    if len(word) > 4 and word[-2:].lower() in _ADJECTIVE_ENDINGS:
        stem = word[:-2]
    elif len(word) > 3 and word[-1].lower() in _STRIP:
        stem = word[:-1]
    return re.escape(stem).replace("ё", "[её]").replace("Ё", "[ЕЁ]") + _ENDING_RE


def _initial(word: str) -> str:
    return re.escape(word[0]) + r"\."


def name_forms(full_name: str) -> list[str]:
    """Regular expressions of the ways ``full_name`` is written, the longest forms first."""
    words = full_name.split()
    if not words:
        return []
    forms = [r"\s+".join(re.escape(w) for w in words)]
    parsed = parse_russian_name(full_name)
    if parsed is not None:
        surname, first = parsed.surname, parsed.first
        patronymic = parsed.patronymic.split()[0]
    elif len(words) >= 2:
        surname, first, patronymic = words[-1], words[0], ""
    else:
        return forms
    s, f = _word_forms(surname), _word_forms(first)
    initials = _initial(first) + (r"\s*" + _initial(patronymic) if patronymic else "")
    if patronymic:
        p = _word_forms(patronymic)
        forms += [rf"{s}\s+{f}\s+{p}", rf"{f}\s+{p}\s+{s}", rf"{f}\s+{p}"]
    forms += [rf"{f}\s+{s}", rf"{s}\s+{f}"]
    forms += [rf"{s}\s+{initials}", rf"{initials}\s*{s}", rf"{s}\s+{_initial(first)}", s]
    return forms


def _phone_form(value: str) -> str | None:
    digits = re.sub(r"\D", "", value)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    # «+7 343 210-00-20», «+73432100020», «8 (343) 210 00 20»: the digits after the first one
    tail = digits[1:] if len(digits) > 10 else digits
    return r"(?:\+?\d[\s\-().]*)?" + r"[\s\-().]*".join(tail)


def mention_pattern(
    names: Iterable[str], contact_values: Iterable[str] = ()
) -> re.Pattern[str] | None:
    """One expression for every mention of the given people (the person and their family) and
    of the person's contact values; None when there is nothing to look for."""
    alternatives: list[str] = []
    for name in names:
        alternatives += name_forms(name)
    for value in contact_values:
        value = value.strip()
        if not value:
            continue
        phone = _phone_form(value) if "@" not in value else None
        alternatives.append(phone or f"(?i:{re.escape(value)})")  # e-mail: any case
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)  # the longest form wins where several start
    # Names keep their capital letter: «Мороз» is a mention, «мороз» is the weather.
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def scrub(text: str, pattern: re.Pattern[str] | None, marker: str) -> str:
    """``text`` with every mention replaced by ``marker`` (unchanged when none)."""
    if pattern is None or not text:
        return text
    return pattern.sub(marker, text)


def mentions(text: str, pattern: re.Pattern[str] | None) -> bool:
    return pattern is not None and bool(text) and pattern.search(text) is not None


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What erasing one person removes or changes, counted (shown before anything happens)."""

    name: str
    contacts: int
    family: int
    interactions_taken_part: int  # they leave the participant lists
    interactions_mentioning: int  # texts naming them get the marker
    other_texts_mentioning: int  # the client's, colleagues' notes, next steps, draft texts
    change_log_entries: int
    planned_steps: int  # planned with them: kept, without the person
    links: int  # informal links to and from them
    reports: int  # people who reported to them: kept, without a manager
    draft_proposals: int  # they are no longer an addressee
    sent_proposals: int  # keep what the document printed


# ---- sent proposals ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RedactedAddressee:
    """What a sent proposal's snapshot keeps of an erased addressee, besides what it printed."""

    values: str  # the library keywords of the value tags that matched
    concerns: str  # the library keywords of the concern tags that matched
    attitude: Attitude  # sceptic (a concerns part was argued) or neutral


def _keywords_for(codes: set[str], tags: list[ArgumentTag], source: str) -> str:
    """Library keywords that recognise exactly ``codes`` again (no word of the dossier)."""
    chosen: list[str] = []
    for tag in tags:
        if tag.code not in codes:
            continue
        for keyword in tag.keywords:
            hits = set(recognise(keyword, tags, source))
            if tag.code in hits and hits <= codes:
                chosen.append(keyword)
                break
    return "; ".join(chosen)


def redacted_addressee(member: Member, tags: list[ArgumentTag]) -> RedactedAddressee:
    values = set(value_profile(member, tags))
    concerns = set(concern_profile(member, tags))
    sceptical = member.attitude in SCEPTICAL
    return RedactedAddressee(
        _keywords_for(values, tags, "values"),
        _keywords_for(concerns, tags, "concerns"),
        Attitude.SCEPTIC if sceptical else Attitude.NEUTRAL,
    )


def redact_snapshot(snapshot: str, person_id: str) -> str:
    """A sent revision's snapshot without the erased addressee's dossier details."""
    data = json.loads(snapshot)
    addressees = data.get("addressees", [])
    if not any(a.get("id") == person_id for a in addressees):
        return snapshot
    ctx = context_from_json(snapshot)
    member = next(m for m in ctx.addressees if m.id == person_id)
    kept = redacted_addressee(member, ctx.tags)
    for entry in addressees:
        if entry.get("id") == person_id:
            entry["values"] = kept.values
            entry["decision_style"] = ""
            entry["concerns"] = kept.concerns
            entry["attitude"] = kept.attitude.value
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
