"""vCard: a decision group written as vCard 4.0 (RFC 6350 + RFC 6715), and read back from
vCard 2.1, 3.0 and 4.0 files made by Outlook, Apple Contacts, Android, Gmail and Thunderbird.

Writing is our own code (vobject writes only 3.0): escaping of text and components, parameter
quoting, folding at 75 octets without splitting a UTF-8 sequence, CRLF line ends.

Reading: vCard 2.1 is first rewritten as 3.0 text — quoted-printable values (with their soft
line breaks) decoded, ``CHARSET=windows-1251`` and friends decoded, bare parameters
(``TEL;WORK;VOICE``) turned into ``TYPE=``, literal commas escaped — and then every card is
parsed by vobject on its own. Photos and the properties the dossier does not use never reach
vobject; a property vobject cannot read is left out, not the card, and the dossier's limits
and control-character rule (``domain.validation``) decide what is kept. Everything skipped is
reported in ``ParsedCards.warnings``. Vendor extensions for relatives (Apple/Google
``X-ABRELATEDNAMES``, Android ``X-ANDROID-CUSTOM`` relations, Outlook ``X-MS-SPOUSE``) become
family members.

(≈790 lines on purpose: the writer and the reader of one format share its escaping, folding
and property tables; split apart, each half would import the other's internals.)
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import vobject

from kam_desktop.domain import limits
from kam_desktop.domain.dossier import Birthday, ContactPoint, FamilyMember, Member
from kam_desktop.domain.enums import ContactKind
from kam_desktop.domain.validation import (
    is_valid_email,
    is_valid_phone,
    member_text_errors,
    printable,
    without_controls,
)
from kam_desktop.exchange.errors import VCardError
from kam_desktop.i18n import _

CRLF = "\r\n"
FOLD_OCTETS = 75
PRODID = "-//KAM Desktop//Decision group//EN"
MAX_VCARD_BYTES = limits.MAX_VCARD_FILE_BYTES
MAX_CARDS = limits.MAX_VCARD_CARDS

# ---- writing -----------------------------------------------------------------------------

RELATION_TYPES = {  # words of our free-text relation → RFC 6350 RELATED;TYPE
    "spouse": ("жена", "муж", "супруг", "супруга", "wife", "husband", "spouse", "partner"),
    "child": ("сын", "дочь", "дочка", "ребёнок", "ребенок", "son", "daughter", "child"),
    "parent": ("мать", "отец", "мама", "папа", "mother", "father", "parent"),
    "sibling": ("брат", "сестра", "brother", "sister", "sibling"),
}
PATRONYMIC_RE = re.compile(r"(ович|евич|ич|овна|евна|ична|инична)$", re.IGNORECASE)
SURNAME_RE = re.compile(r"(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая)$", re.IGNORECASE)
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def escape_text(value: str) -> str:
    """RFC 6350 §3.4: backslash, comma, semicolon and newlines in a text value; other control
    characters are not allowed in a vCard at all (§3.3) and are left out."""
    value = without_controls(value).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _param(value: str) -> str:
    value = " ".join(without_controls(value).split()).replace('"', "'")
    return f'"{value}"' if any(c in value for c in ",;:") else value


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence (RFC 6350 §3.2)."""
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, FOLD_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, FOLD_OCTETS
        current.append(char)
        size += octets
    out.append("".join(current))
    return CRLF.join(out)


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, given, additional) from a full name in Russian or Western order."""
    words = full_name.split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    cyrillic = bool(CYRILLIC_RE.search(full_name))
    if cyrillic and len(words) >= 3 and PATRONYMIC_RE.search(words[-1]):
        return words[0], words[1], " ".join(words[2:])  # Иванов Иван Иванович
    if cyrillic and len(words) >= 3 and PATRONYMIC_RE.search(words[1]):
        return words[-1], words[0], " ".join(words[1:-1])  # Иван Иванович Иванов
    if cyrillic and len(words) == 2 and SURNAME_RE.search(words[0]):
        return words[0], words[1], ""  # Иванов Иван
    return words[-1], words[0], " ".join(words[1:-1])


def _items(text: str) -> list[str]:
    """Comma/semicolon/line separated items; separators inside brackets do not split."""
    items: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += char in "([«" and 1 or (char in ")]»" and -1 or 0)
        if char in ",;\n" and depth <= 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [i.strip() for i in items if i.strip()]


def _relation_type(relation: str) -> str:
    words = relation.casefold().split()
    for rfc_type, names in RELATION_TYPES.items():
        if any(w in names for w in words):
            return rfc_type
    return "kin"


def _label_type(label: str, kind: ContactKind) -> str:
    folded = label.casefold()
    if any(w in folded for w in ("моб", "сот", "cell", "mobile")):
        return "cell" if kind == ContactKind.PHONE else "work"
    if any(w in folded for w in ("дом", "личн", "home", "private", "personal")):
        return "home"
    return "work"


EXTENSION_RE = re.compile(r"\s*(?:доб\.?|ext\.?|x)\s*(\d+)\s*$", re.IGNORECASE)


def _tel_uri(phone: str) -> str:
    """RFC 3966 form: visual separators as dashes, an extension as ``;ext=``."""
    match = EXTENSION_RE.search(phone)
    main = phone[: match.start()] if match else phone
    number = re.sub(r"[^0-9+]+", "-", main.strip()).strip("-")
    return f"tel:{number}" + (f";ext={match.group(1)}" if match else "")


def _bday(b: Birthday) -> str:
    return f"{b.year:04d}{b.month:02d}{b.day:02d}" if b.year else f"--{b.month:02d}{b.day:02d}"


def member_vcard(
    member: Member, organisation: str, role_label: str, revised: datetime | None = None
) -> str:
    """One vCard 4.0 for a decision-group member (CRLF line ends, folded)."""
    family, given, additional = split_name(member.full_name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"PRODID:{PRODID}",
        f"UID:urn:uuid:{member.id}",
        "KIND:individual",
        f"FN:{escape_text(member.full_name)}",
        "N:" + ";".join(escape_text(p) for p in (family, given, additional, "", "")),
    ]
    org = [organisation] + ([member.department] if member.department else [])
    lines.append("ORG:" + ";".join(escape_text(p) for p in org))
    if member.position:
        lines.append(f"TITLE:{escape_text(member.position)}")
    if role_label:
        lines.append(f"ROLE:{escape_text(role_label)}")
    for contact in member.contacts:
        kind_type = _label_type(contact.label, contact.kind)
        if contact.kind == ContactKind.EMAIL:
            lines.append(f"EMAIL;TYPE={kind_type}:{escape_text(contact.value)}")
        elif contact.kind == ContactKind.PHONE:
            types = f"{kind_type},voice" if kind_type != "cell" else "cell"
            lines.append(f"TEL;VALUE=uri;TYPE={_param(types)}:{_tel_uri(contact.value)}")
        else:
            service = _param(contact.label or "messenger")
            lines.append(f"IMPP;X-SERVICE-TYPE={service}:{escape_text(contact.value)}")
    if member.birthday:
        lines.append(f"BDAY:{_bday(member.birthday)}")
    if member.anniversary:
        lines.append(f"ANNIVERSARY:{_bday(member.anniversary)}")
    for relative in member.family:
        rfc_type = _relation_type(relative.relation)
        lines.append(f"RELATED;TYPE={rfc_type};VALUE=text:{escape_text(relative.name)}")
    for hobby in _items(member.hobbies):
        lines.append(f"HOBBY:{escape_text(hobby)}")
    for interest in _items(member.likes):
        lines.append(f"INTEREST:{escape_text(interest)}")
    note = _note(member)
    if note:
        lines.append(f"NOTE:{escape_text(note)}")
    if revised is not None:
        lines.append(f"REV:{revised.strftime('%Y%m%dT%H%M%SZ')}")
    lines.append("END:VCARD")
    return "".join(fold(line) + CRLF for line in lines)


def _note(member: Member) -> str:
    """Free notes plus what an address book has no field for (values, dislikes, relatives)."""
    parts = [member.notes.strip()]
    for label, text in (
        (_("Values"), member.values),
        (_("Dislikes"), member.dislikes),
        (_("Topics to avoid"), member.topics_to_avoid),
    ):
        if text.strip():
            parts.append(f"{label}: {text.strip()}")
    for relative in member.family:
        if relative.birthday:
            parts.append(
                _("{name} ({relation}), birthday {date}").format(
                    name=relative.name, relation=relative.relation, date=relative.birthday.iso()
                )
            )
    return "\n".join(p for p in parts if p)


def write_vcards(members: Iterable[Member], organisation: str, role_labels: dict[str, str]) -> str:
    return "".join(
        member_vcard(m, organisation, role_labels.get(m.role_code, ""), m.updated_at)
        for m in members
    )


# ---- reading -----------------------------------------------------------------------------
LINE_SPLIT_RE = re.compile(rb"\r\n|\n|\r")
STRUCTURED = {"N", "ADR", "ORG"}
RAW_VALUES = {"TEL", "EMAIL", "BDAY", "URL", "UID", "REV", "VERSION", "PHOTO", "KEY", "LOGO"}
# Binary values (photos, logos, sounds, keys): a dossier keeps none, so they are dropped before
# any decoding — a broken or odd photo can never make a card fail.
BINARY_PROPERTIES = {"PHOTO", "LOGO", "SOUND", "KEY"}
# What card_to_member reads; every other property is left out before vobject sees the card.
USED_PROPERTIES = {
    "VERSION",
    "FN",
    "N",
    "ORG",
    "TITLE",
    "EMAIL",
    "TEL",
    "IMPP",
    "X-TELEGRAM",
    "BDAY",
    "ANNIVERSARY",
    "X-ANNIVERSARY",
    "HOBBY",
    "INTEREST",
    "NOTE",
    "RELATED",
    "X-ABRELATEDNAMES",
    "X-ABLABEL",
    "X-MS-SPOUSE",
    "X-EVOLUTION-SPOUSE",
    "X-SPOUSE",
    "X-ANDROID-CUSTOM",
}
# One property after unfolding: a 100,000-character note (the dossier's limit) in quoted-
# printable Cyrillic takes 0.6 MB; anything longer cannot fit a field and is skipped unread.
MAX_PROPERTY_BYTES = 1024 * 1024
MAX_PROPERTY_CHARS = 2 * limits.LONG_TEXT + 1000  # decoded, with escapes and parameters
# Codecs that turn bytes into escapes or code points no text holds (lone surrogates).
UNSAFE_CHARSETS = {"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna"}
APPLE_LABEL_RE = re.compile(r"^_\$!<(.+)>!\$_$")
PROPERTY_NAME_RE = re.compile(rb"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?$")
ANDROID_RELATIONS = {
    "2": "brother",
    "3": "child",
    "4": "partner",
    "5": "father",
    "8": "mother",
    "9": "parent",
    "10": "partner",
    "12": "relative",
    "13": "sister",
    "14": "spouse",
}
CONTACT_LABELS = {
    "work": "work",
    "home": "home",
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "fax": "fax",
    "internet": "",
    "voice": "",
    "pref": "",
    "x400": "",
    "other": "other",
    "main": "main",
}


@dataclass(slots=True)
class ParsedCards:
    members: list[Member]
    warnings: list[str] = field(default_factory=list)  # what was skipped, one line each


def _charset(name: str | None) -> str | None:
    """A known text encoding by its codec name, or None (then UTF-8, then windows-1251)."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    canonical = codec.name.replace("_", "-")
    text_encoding = getattr(codec, "_is_text_encoding", True)  # False for rot13, base64…
    return None if canonical in UNSAFE_CHARSETS or not text_encoding else codec.name


def _decode(raw: bytes, charset: str | None) -> str:
    charset = _charset(charset)
    if charset:
        try:
            return raw.decode(charset)
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("windows-1251", errors="replace")


def _split_params(head: bytes) -> tuple[str, list[str]]:
    parts = re.findall(rb'(?:[^;"]|"[^"]*")+', head)
    name = parts[0].decode("ascii", errors="replace") if parts else ""
    return name, [p.decode("ascii", errors="replace") for p in parts[1:]]


def _split_line(line: bytes) -> tuple[bytes, bytes]:
    in_quotes = False
    for i, byte in enumerate(line):
        if byte == 0x22:
            in_quotes = not in_quotes
        elif byte == 0x3A and not in_quotes:
            return line[:i], line[i + 1 :]
    return line, b""


def _escape_21(prop: str, value: str) -> str:
    """vCard 2.1 text has literal commas; vCard 3.0 needs them escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if prop in RAW_VALUES:
        return value.replace("\n", " ")
    if prop in STRUCTURED:
        parts = re.split(r"(?<!\\);", value)
        return ";".join(p.replace(",", "\\,").replace("\n", "\\n") for p in parts)
    return value.replace(",", "\\,").replace("\n", "\\n")


def _head(line: bytes) -> bytes:
    return line.split(b":", 1)[0].upper()


def _is_base64(head: bytes) -> bool:
    params = head.split(b";")[1:]
    return any(p in (b"BASE64", b"ENCODING=BASE64", b"ENCODING=B") for p in params)


def _logical_lines(data: bytes) -> list[bytes]:
    """Unfold lines: folding whitespace (all versions), quoted-printable soft breaks, and
    vCard 2.1 base64 values, whose continuation lines may start without whitespace and which
    end with a blank line (the 2.1 specification's layout, written by phones).

    Parts are joined once at the end: adding to a growing bytes object per physical line took
    quadratic time on a 5 MB value folded into 70,000 lines."""
    lines: list[list[bytes]] = []
    in_base64 = False
    for physical in LINE_SPLIT_RE.split(data):
        last = lines[-1] if lines else None
        # A soft break first: the next QP line may itself start with an (encoded) space.
        if last and last[-1].endswith(b"=") and b"QUOTED-PRINTABLE" in _head(last[0]):
            last[-1] = last[-1][:-1]
            last.append(physical)
        elif last and physical[:1] in (b" ", b"\t"):
            last.append(physical[1:])
        elif last and in_base64 and physical.strip() and b":" not in physical:
            last.append(physical.strip())  # a base64 line: its alphabet has no colon
        elif physical.strip():
            lines.append([physical])
            in_base64 = _is_base64(_head(physical))
        else:
            in_base64 = False  # the blank line that ends a 2.1 base64 value
    return [b"".join(parts) for parts in lines]


def _cards(lines: list[bytes]) -> list[list[bytes]]:
    """The content lines of each top-level card; embedded cards (2.1 AGENT) are left out."""
    cards: list[list[bytes]] = []
    depth = 0
    for line in lines:
        upper = line.strip().upper()
        if upper == b"BEGIN:VCARD":
            depth += 1
            if depth == 1:
                cards.append([])
            continue
        if upper == b"END:VCARD":
            depth = max(depth - 1, 0)
            continue
        if depth == 1:
            cards[-1].append(line)
    return cards


@dataclass(slots=True)
class _Skipped:
    """What one card lost on the way in (reported once its name is known)."""

    photo: bool = False
    unreadable: list[str] = field(default_factory=list)  # property names
    too_long: list[str] = field(default_factory=list)
    not_properties: int = 0


def _card_text(lines: list[bytes], skipped: _Skipped) -> list[str]:
    """The card's used properties as vCard 3.0 lines (2.1 rewritten, QP and charsets decoded)."""
    out: list[str] = []
    version = "3.0"
    for line in lines:
        head, raw_value = _split_line(line)
        name, params = _split_params(head)
        if not raw_value and b":" not in line or not PROPERTY_NAME_RE.match(name.encode()):
            skipped.not_properties += 1
            continue
        prop = name.split(".")[-1].upper()
        if prop in BINARY_PROPERTIES:
            skipped.photo = skipped.photo or prop == "PHOTO"
            continue
        if prop not in USED_PROPERTIES:
            continue
        if len(line) > MAX_PROPERTY_BYTES:
            skipped.too_long.append(prop)
            continue
        if prop == "VERSION":
            version = raw_value.decode("ascii", errors="replace").strip()
            out.append("VERSION:3.0" if version == "2.1" else f"VERSION:{version}")
            continue
        rewritten = _rewrite(name, prop, params, raw_value, version)
        if len(rewritten) > MAX_PROPERTY_CHARS:
            skipped.too_long.append(prop)
            continue
        out.append(rewritten)
    return out


def _rewrite(name: str, prop: str, params: list[str], raw_value: bytes, version: str) -> str:
    qp, charset, types, others = False, None, [], []
    for param in params:
        key, eq, val = param.partition("=")
        key_up = key.strip().upper()
        if not eq:
            if key_up == "QUOTED-PRINTABLE":
                qp = True
            elif key_up not in ("BASE64", "8BIT", "7BIT"):
                types.append(key.strip())
        elif key_up == "ENCODING":
            # QUOTED-PRINTABLE is decoded here; 8BIT/7BIT mean plain text. vobject would take
            # any other ENCODING for base64 and garble a text value with it.
            qp = qp or val.strip().upper() == "QUOTED-PRINTABLE"
        elif key_up == "CHARSET":
            charset = val.strip().strip('"')
        elif key_up == "TYPE" and version == "2.1":
            types.extend(v for v in val.split(",") if v)
        else:
            others.append(param)
    value_bytes = quopri.decodestring(raw_value) if qp else raw_value
    value = _decode(value_bytes, charset)
    if version == "2.1" or qp:
        value = _escape_21(prop, value)
    rebuilt = [name] + ([f"TYPE={','.join(types)}"] if types else []) + others
    return ";".join(rebuilt) + ":" + value


def _parse_card(lines: list[str], skipped: _Skipped):
    """vobject's reading of one card; a property it cannot read is left out, not the card."""
    try:
        return vobject.readOne(_wrap(lines))
    except Exception:  # noqa: BLE001 - vobject raises many unrelated types on broken input
        pass
    readable = []
    for line in lines:
        try:
            vobject.readOne(_wrap([line]))
        except Exception:  # noqa: BLE001
            skipped.unreadable.append(line.split(":", 1)[0].split(";")[0].split(".")[-1])
            continue
        readable.append(line)
    try:
        return vobject.readOne(_wrap(readable))
    except Exception:  # noqa: BLE001 - e.g. two VERSION lines
        return None


def _wrap(lines: list[str]) -> str:
    return "\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD"]) + "\r\n"


def _text(value: object) -> str:
    if isinstance(value, list):
        return " ".join(_text(v) for v in value if _text(v))
    if isinstance(value, bytes):
        return ""
    return str(value or "").strip()


def _one_line(value: object) -> str:
    """A one-line field's value: line breaks and tabs of the card become spaces."""
    return " ".join(_text(value).split())


def _types(prop) -> list[str]:
    return [t.strip().casefold() for v in prop.params.get("TYPE", []) for t in v.split(",")]


def _label(prop, group_labels: dict[str, str]) -> str:
    if prop.group and prop.group in group_labels:
        return group_labels[prop.group]
    for t in _types(prop):
        label = CONTACT_LABELS.get(t)
        if label:
            return _(label)
    return ""


def parse_bday(value: str, params: dict) -> Birthday | None:
    text = value.strip().split("T")[0]
    match = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", text) or re.fullmatch(
        r"--(\d{2})-?(\d{2})", text
    )
    if match is None:
        return None
    groups = match.groups()
    year = int(groups[0]) if len(groups) == 3 else None
    month, day = (int(groups[1]), int(groups[2])) if len(groups) == 3 else map(int, groups)
    if year is not None and ("X-APPLE-OMIT-YEAR" in params or year < 1900):
        year = None  # Apple writes 1604 for "year not known"
    birthday = Birthday(day, month, year)
    return birthday if birthday.is_valid() else None


def _full_name(card) -> str:
    fn = _one_line(card.fn.value) if hasattr(card, "fn") else ""
    if fn:
        return fn
    if hasattr(card, "n"):
        n = card.n.value
        family, given, additional = _text(n.family), _text(n.given), _text(n.additional)
        if CYRILLIC_RE.search(family + given):
            return _one_line(" ".join(p for p in (family, given, additional) if p))
        return _one_line(" ".join(p for p in (given, additional, family) if p))
    return ""


def _relative_from_android(value: str) -> FamilyMember | None:
    parts = value.split(";")
    if len(parts) >= 3 and parts[0] == "vnd.android.cursor.item/relation" and parts[1].strip():
        relation = ANDROID_RELATIONS.get(parts[2].strip(), "relative")
        return FamilyMember(_one_line(parts[1]), _(relation))
    return None


def _shown(value: str) -> str:
    """A value from the card, fit for a warning line (control characters made visible)."""
    text = printable(value, keep_newlines=False)
    return text if len(text) <= 60 else text[:59] + "…"


def _date(card, names: tuple[str, ...], who: str, warnings: list[str]) -> Birthday | None:
    for name in names:
        for prop in card.contents.get(name, [])[:1]:
            text = _text(prop.value)
            parsed = parse_bday(text, prop.params)
            if parsed is None and text:
                warnings.append(
                    _("{name}: the date {value} was skipped (not a valid date).").format(
                        name=who, value=_shown(text)
                    )
                )
            return parsed
    return None


def _phone_value(raw: object) -> str:
    value = re.sub(r"^tel:", "", _one_line(raw), flags=re.IGNORECASE)
    return re.sub(r";ext=(\d+)", r" доб. \1", value)


def _checked_contacts(
    card: Any, who: str, group_labels: dict[str, str], warnings: list[str]
) -> list[ContactPoint]:
    """The card's e-mails, then its phones; an invalid one is skipped with a warning."""
    checked: tuple[tuple[str, ContactKind, Callable[[Any], str], Callable[[str], bool], str], ...]
    email_skipped = _("{name}: e-mail {value} skipped (not valid).")
    phone_skipped = _("{name}: phone {value} skipped (not valid).")
    checked = (
        ("email", ContactKind.EMAIL, _one_line, is_valid_email, email_skipped),
        ("tel", ContactKind.PHONE, _phone_value, is_valid_phone, phone_skipped),
    )
    contacts = []
    for prop_name, kind, read, valid, skipped in checked:
        for prop in card.contents.get(prop_name, []):
            value = read(prop.value)
            if valid(value):
                contacts.append(ContactPoint(kind, value, _label(prop, group_labels)))
            elif value:
                warnings.append(skipped.format(name=who, value=_shown(value)))
    return contacts


def card_to_member(card, warnings: list[str]) -> Member | None:
    full_name = _full_name(card)
    if not full_name:
        return None
    member = Member(full_name=full_name)
    who = _shown(full_name)
    group_labels = {}
    for prop in card.contents.get("x-ablabel", []):
        label = _one_line(prop.value)
        match = APPLE_LABEL_RE.match(label)
        group_labels[prop.group] = _((match.group(1) if match else label).casefold())
    if hasattr(card, "org"):
        org = card.org.value if isinstance(card.org.value, list) else [card.org.value]
        if len(org) > 1:
            member.department = _one_line(org[1:])
    if hasattr(card, "title"):
        member.position = _one_line(card.title.value)
    member.contacts.extend(_checked_contacts(card, who, group_labels, warnings))
    for prop in card.contents.get("impp", []) + card.contents.get("x-telegram", []):
        value = _one_line(prop.value)
        if value:
            service = prop.params.get("X-SERVICE-TYPE", [""])[0]
            member.contacts.append(ContactPoint(ContactKind.MESSENGER, value, _one_line(service)))
    member.birthday = _date(card, ("bday",), who, warnings)
    member.anniversary = _date(card, ("anniversary", "x-anniversary"), who, warnings)
    hobbies = [_one_line(p.value) for p in card.contents.get("hobby", [])]
    hobbies += [_one_line(p.value) for p in card.contents.get("interest", [])]
    member.hobbies = ", ".join(h for h in hobbies if h)
    member.notes = "\n".join(_text(p.value) for p in card.contents.get("note", []))
    member.family = _relatives(card, group_labels)
    return member


def _relatives(card, group_labels: dict[str, str]) -> list[FamilyMember]:
    family: list[FamilyMember] = []
    for prop in card.contents.get("related", []):
        value = _one_line(prop.value)
        if value and not re.match(r"^(urn|https?|mailto|tel):", value, re.IGNORECASE):
            types = _types(prop)
            family.append(FamilyMember(value, _(types[0]) if types else ""))
    for prop in card.contents.get("x-abrelatednames", []):
        value = _one_line(prop.value)
        if value:
            family.append(FamilyMember(value, group_labels.get(prop.group, "")))
    for key in ("x-ms-spouse", "x-evolution-spouse", "x-spouse"):
        for prop in card.contents.get(key, []):
            if _one_line(prop.value):
                family.append(FamilyMember(_one_line(prop.value), _("spouse")))
    for prop in card.contents.get("x-android-custom", []):
        relative = _relative_from_android(_text(prop.value))
        if relative is not None:
            family.append(relative)
    return family


def _field_name(key: str) -> str:
    names = {
        "position": _("position"),
        "department": _("department"),
        "hobbies": _("hobbies"),
        "notes": _("notes"),
        "contacts": _("contacts"),
        "family": _("family"),
    }
    return names.get(key, key)


def _within_limits(member: Member, warnings: list[str]) -> Member | None:
    """The dossier's own rules (domain/limits.py): a card whose name breaks them is skipped,
    any other field, contact or relative that breaks them is left out — each said once."""
    errors = member_text_errors(member)
    who = _shown(member.full_name)
    if "full_name" in errors:
        warnings.append(
            _("A contact «{name}» was skipped: {problem}").format(
                name=who, problem=errors["full_name"]
            )
        )
        return None
    dropped_contacts: set[int] = set()
    dropped_family: set[int] = set()
    for key, problem in errors.items():
        section, _dot, rest = key.partition(".")
        if section in ("contacts", "family") and rest:
            (dropped_contacts if section == "contacts" else dropped_family).add(
                int(rest.split(".")[0])
            )
        elif section in ("contacts", "family"):
            rows = getattr(member, section)
            limit = limits.MAX_CONTACTS if section == "contacts" else limits.MAX_FAMILY
            setattr(member, section, rows[:limit])
        else:
            setattr(member, section, "")
        label = _field_name(section)
        warnings.append(
            _("{name}: {field} skipped: {problem}").format(name=who, field=label, problem=problem)
        )
    member.contacts = [c for i, c in enumerate(member.contacts) if i not in dropped_contacts]
    member.family = [f for i, f in enumerate(member.family) if i not in dropped_family]
    return member


def _report(skipped: _Skipped, who: str, warnings: list[str]) -> None:
    for prop in dict.fromkeys(skipped.unreadable):
        warnings.append(
            _("{name}: {property} could not be read and was skipped.").format(
                name=who, property=_shown(prop)
            )
        )
    for prop in dict.fromkeys(skipped.too_long):
        warnings.append(
            _("{name}: {property} is longer than a dossier field and was skipped.").format(
                name=who, property=prop
            )
        )
    if skipped.not_properties:
        warnings.append(
            _("{name}: lines that are not vCard properties were skipped ({count}).").format(
                name=who, count=skipped.not_properties
            )
        )


def read_vcards(data: bytes) -> ParsedCards:
    """Members (without ids) from a .vcf file of any common version and charset.

    Nothing in a card can make the file fail: what cannot be read is skipped and said in
    ``warnings``; only a file with no readable contact at all is refused."""
    if len(data) > MAX_VCARD_BYTES:
        raise VCardError(
            _("The vCard file is too large ({size} MB; at most {limit} MB).").format(
                size=len(data) // (1024 * 1024), limit=MAX_VCARD_BYTES // (1024 * 1024)
            )
        )
    if b"BEGIN:VCARD" not in data.upper():
        raise VCardError(_("This is not a vCard file (no BEGIN:VCARD)."))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    cards = _cards(_logical_lines(data))
    if len(cards) > MAX_CARDS:
        raise VCardError(
            _("The vCard file holds too many contacts ({count}; at most {limit}).").format(
                count=len(cards), limit=MAX_CARDS
            )
        )
    warnings: list[str] = []
    members: list[Member] = []
    photos = 0
    for lines in cards:
        skipped = _Skipped()
        card = _parse_card(_card_text(lines, skipped), skipped)
        photos += skipped.photo
        member = card_to_member(card, warnings) if card is not None else None
        if card is None:
            warnings.append(_("A contact that could not be read was skipped."))
        if member is None:
            _report(skipped, _("a contact without a name"), warnings)
            if card is not None:
                warnings.append(_("A contact without a name was skipped."))
            continue
        who = _shown(member.full_name)
        member = _within_limits(member, warnings)
        _report(skipped, who, warnings)
        if member is not None:
            members.append(member)
    if photos:
        warnings.append(
            _("Photos are not imported (a dossier keeps none): {count} skipped.").format(
                count=photos
            )
        )
    if not members and warnings:
        raise VCardError(
            _("No contact of the vCard file can be imported: {reason}").format(reason=warnings[0])
        )
    if not members:
        raise VCardError(_("The vCard file holds no contacts with a name."))
    return ParsedCards(members, warnings)
