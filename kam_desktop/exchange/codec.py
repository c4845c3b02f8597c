"""Dossier records ↔ JSON objects of the .kamdossier format (schema version 1).

Every record object carries ``id``, ``created_at``, ``updated_at`` and ``version``; sub-rows
(tenders, contacts, family) travel inside their parent. ``*_to_json`` output is canonical
(lists of ids sorted, money with two decimals), so ``fingerprint`` of the same content is the
same on every machine — merge compares contents by fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import cast

from kam_desktop.domain.dossier import (
    COMPANY_REQUISITES,
    Birthday,
    Client,
    ContactPoint,
    DmuRole,
    FamilyMember,
    Interaction,
    Member,
    OurCompany,
    TeamMember,
    Tender,
)
from kam_desktop.domain.enums import (
    Attitude,
    ClientStatus,
    ContactKind,
    Gender,
    InteractionKind,
    ReliabilityResult,
)
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.i18n import _

META_KEYS = frozenset({"created_at", "updated_at", "version", "history"})
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Meta:
    """When a record was created and last changed, and its edit counter."""

    created_at: datetime | None  # None only for a domain record never stored
    updated_at: datetime | None
    version: int


# ---- scalar helpers ----------------------------------------------------------------------
def timestamp_json(value: datetime | None) -> str:
    value = value or datetime.now(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _utc(value: object) -> datetime | None:
    """The timestamp in UTC, or None when it is not one or falls outside years 1–9999 in UTC
    (``9999-12-31T23:59:59-01:00`` and ``0001-01-01T00:00:00+14:00`` do)."""
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return parsed.astimezone(UTC) if parsed.tzinfo is not None else None
    except (ValueError, OverflowError):
        return None


def parse_timestamp(value: str, where: str = "") -> datetime:
    """A schema-checked timestamp of the file, in UTC; ArchiveError when out of range."""
    parsed = _utc(value)
    if parsed is None:
        raise ArchiveError(
            _("{where}: the time {value!r} cannot be read or is out of range.").format(
                where=where or _("the file"), value=str(value)[:40]
            )
        )
    return parsed


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(Decimal(value).quantize(CENT))


def _meta_json(meta: Meta) -> dict[str, object]:
    return {
        "created_at": timestamp_json(meta.created_at),
        "updated_at": timestamp_json(meta.updated_at),
        "version": meta.version,
    }


def _required(value: date | None) -> date:
    """A date the schema requires (so it is there; ``None`` only for optional fields)."""
    return cast(date, value)


def _text(obj: dict, field: str) -> str:
    # Text the database strips on save is stripped on reading too, so that what was imported
    # compares equal to the file next time.
    return str(obj.get(field) or "").strip()


def _birthday_json(b: Birthday | None) -> dict | None:
    return None if b is None else {"day": b.day, "month": b.month, "year": b.year}


class _Reader:
    """Typed access to an already schema-checked object; bad values name their place."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, field: str, value: object) -> ArchiveError:
        return ArchiveError(
            _("{where}: field {field} has an invalid value {value!r}.").format(
                where=self.where, field=field, value=str(value)[:60]
            )
        )

    def date(self, obj: dict, field: str) -> date | None:
        value = obj.get(field)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise self.fail(field, value) from None

    def timestamp(self, obj: dict, field: str) -> datetime:
        value = obj.get(field)
        parsed = _utc(value)
        if parsed is None:
            raise self.fail(field, value)
        return parsed

    def decimal(self, obj: dict, field: str) -> Decimal | None:
        value = obj.get(field)
        if value is None:
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise self.fail(field, value) from None
        if not number.is_finite():
            raise self.fail(field, value)
        return number.quantize(CENT)

    def enum(self, enum_type, obj: dict, field: str, default):
        value = obj.get(field, default)
        try:
            return enum_type(value)
        except ValueError:
            raise self.fail(field, value) from None

    def birthday(self, obj: dict, field: str) -> Birthday | None:
        value = obj.get(field)
        if value is None:
            return None
        birthday = Birthday(value["day"], value["month"], value.get("year"))
        if not birthday.is_valid():
            raise self.fail(field, birthday.iso())
        return birthday

    def meta(self, obj: dict) -> Meta:
        return Meta(
            self.timestamp(obj, "created_at"),
            self.timestamp(obj, "updated_at"),
            int(obj["version"]),
        )


# ---- records -----------------------------------------------------------------------------
def client_to_json(client: Client) -> dict:
    meta = Meta(client.created_at, client.updated_at, client.version)
    return {
        "id": client.id,
        **_meta_json(meta),
        "name": client.name,
        "legal_name": client.legal_name,
        "tax_id": client.tax_id,
        **_if_set(kpp=client.kpp),
        "industry": client.industry,
        "region": client.region,
        "address": client.address,
        "website": client.website,
        "status": client.status.value,
        "tags": list(client.tags),
        "annual_revenue": _money(client.annual_revenue),
        "revenue_currency": client.revenue_currency,
        "sales_share_pct": _money(client.sales_share_pct),
        "strategy": client.strategy,
        "weak_points": client.weak_points,
        "growth_areas": client.growth_areas,
        "buying_process": client.buying_process,
        "competitors": client.competitors,
        "reliability": {
            "checklist": dict(client.reliability_checklist),
            "result": client.reliability_result.value,
            "checked_on": _day(client.reliability_checked_on),
            "notes": client.reliability_notes,
        },
        "tenders": [
            {"id": t.id, "title": t.title, "date": t.tender_date.isoformat(), "notes": t.notes}
            for t in sorted(client.tenders, key=lambda t: (t.tender_date, t.id or ""))
        ],
    }


def client_from_json(obj: dict, where: str) -> Client:
    r = _Reader(where)
    meta = r.meta(obj)
    rel = obj["reliability"]
    return Client(
        name=obj["name"].strip(),
        legal_name=_text(obj, "legal_name"),
        tax_id=_text(obj, "tax_id"),
        kpp=_text(obj, "kpp"),
        industry=_text(obj, "industry"),
        region=_text(obj, "region"),
        address=_text(obj, "address"),
        website=_text(obj, "website"),
        status=r.enum(ClientStatus, obj, "status", "prospect"),
        tags=[t.strip() for t in obj.get("tags", []) if t.strip()],
        annual_revenue=r.decimal(obj, "annual_revenue"),
        revenue_currency=obj.get("revenue_currency", "RUB").strip(),
        sales_share_pct=r.decimal(obj, "sales_share_pct"),
        strategy=_text(obj, "strategy"),
        weak_points=_text(obj, "weak_points"),
        growth_areas=_text(obj, "growth_areas"),
        buying_process=_text(obj, "buying_process"),
        competitors=_text(obj, "competitors"),
        reliability_checklist=dict(rel.get("checklist", {})),
        reliability_result=r.enum(ReliabilityResult, rel, "result", "not_checked"),
        reliability_checked_on=r.date(rel, "checked_on"),
        reliability_notes=_text(rel, "notes"),
        tenders=[
            Tender(t["title"].strip(), _required(r.date(t, "date")), t.get("notes", ""), t["id"])
            for t in obj.get("tenders", [])
        ],
        id=obj["id"],
        version=meta.version,
        created_at=meta.created_at,
        updated_at=meta.updated_at,
    )


def member_to_json(member: Member) -> dict:
    meta = Meta(member.created_at, member.updated_at, member.version)
    return {
        "id": member.id,
        **_meta_json(meta),
        "full_name": member.full_name,
        "position": member.position,
        "department": member.department,
        "role": member.role_code,
        "influence": member.influence,
        "attitude": member.attitude.value,
        "decision_style": member.decision_style,
        **_if_set(concerns=member.concerns),
        **({"gender": member.gender.value} if member.gender != Gender.AUTO else {}),
        "reports_to": member.reports_to_id,
        "contacts": [
            {"id": c.id, "kind": c.kind.value, "value": c.value, "label": c.label}
            for c in member.contacts
        ],
        "preferred_channel": member.preferred_channel,
        "preferred_time": member.preferred_time,
        "birthday": _birthday_json(member.birthday),
        "anniversary": _birthday_json(member.anniversary),
        "family": [
            {
                "id": f.id,
                "name": f.name,
                "relation": f.relation,
                "birthday": _birthday_json(f.birthday),
                "notes": f.notes,
            }
            for f in member.family
        ],
        "hobbies": member.hobbies,
        "values": member.values,
        "likes": member.likes,
        "dislikes": member.dislikes,
        "topics_to_avoid": member.topics_to_avoid,
        "notes": member.notes,
        "last_contact_on": _day(member.last_contact_on),
        "consent": {"on": _day(member.consent_on), "how": member.consent_how},
    }


def member_from_json(obj: dict, client_id: str, where: str) -> Member:
    r = _Reader(where)
    meta = r.meta(obj)
    consent = obj.get("consent") or {}
    return Member(
        full_name=obj["full_name"].strip(),
        client_id=client_id,
        position=_text(obj, "position"),
        department=_text(obj, "department"),
        role_code=obj.get("role", "other"),
        influence=obj.get("influence", 3),
        attitude=r.enum(Attitude, obj, "attitude", "neutral"),
        decision_style=_text(obj, "decision_style"),
        concerns=_text(obj, "concerns"),
        gender=r.enum(Gender, obj, "gender", "auto"),
        reports_to_id=obj.get("reports_to"),
        contacts=[
            ContactPoint(
                r.enum(ContactKind, c, "kind", None),
                c["value"].strip(),
                c.get("label", ""),
                c["id"],
            )
            for c in obj.get("contacts", [])
        ],
        preferred_channel=_text(obj, "preferred_channel"),
        preferred_time=_text(obj, "preferred_time"),
        birthday=r.birthday(obj, "birthday"),
        anniversary=r.birthday(obj, "anniversary"),
        family=[
            FamilyMember(
                f["name"].strip(),
                f.get("relation", ""),
                r.birthday(f, "birthday"),
                f.get("notes", ""),
                f["id"],
            )
            for f in obj.get("family", [])
        ],
        hobbies=_text(obj, "hobbies"),
        values=_text(obj, "values"),
        likes=_text(obj, "likes"),
        dislikes=_text(obj, "dislikes"),
        topics_to_avoid=_text(obj, "topics_to_avoid"),
        notes=_text(obj, "notes"),
        last_contact_on=r.date(obj, "last_contact_on"),
        consent_on=r.date(consent, "on"),
        consent_how=_text(consent, "how"),
        id=obj["id"],
        version=meta.version,
        created_at=meta.created_at,
        updated_at=meta.updated_at,
    )


def interaction_to_json(interaction: Interaction, meta: Meta) -> dict:
    return {
        "id": interaction.id,
        **_meta_json(meta),
        "occurred_on": interaction.occurred_on.isoformat(),
        "kind": interaction.kind.value,
        "summary": interaction.summary,
        "participants": {
            "members": sorted(interaction.member_ids),
            "team": sorted(interaction.team_member_ids),
        },
        "next_step": interaction.next_step,
        "next_step_due": _day(interaction.next_step_due),
        **(
            {"next_step_done_on": _day(interaction.next_step_done_on)}
            if interaction.next_step_done_on
            else {}
        ),
    }


def interaction_from_json(obj: dict, client_id: str, where: str) -> tuple[Interaction, Meta]:
    r = _Reader(where)
    participants = obj.get("participants") or {}
    interaction = Interaction(
        client_id=client_id,
        occurred_on=_required(r.date(obj, "occurred_on")),
        kind=r.enum(InteractionKind, obj, "kind", "meeting"),
        summary=_text(obj, "summary"),
        member_ids=list(participants.get("members", [])),
        team_member_ids=list(participants.get("team", [])),
        next_step=_text(obj, "next_step"),
        next_step_due=r.date(obj, "next_step_due"),
        next_step_done_on=r.date(obj, "next_step_done_on"),
        id=obj["id"],
        version=int(obj["version"]),
    )
    return interaction, r.meta(obj)


def team_member_to_json(person: TeamMember, meta: Meta) -> dict:
    return {
        "id": person.id,
        **_meta_json(meta),
        "full_name": person.full_name,
        "position": person.position,
        "phone": person.phone,
        "email": person.email,
        **({"signs_proposals": True} if person.signs_proposals else {}),
    }


def team_member_from_json(obj: dict, where: str) -> tuple[TeamMember, Meta]:
    person = TeamMember(
        obj["full_name"].strip(),
        _text(obj, "position"),
        _text(obj, "phone"),
        _text(obj, "email"),
        obj["id"],
        signs_proposals=bool(obj.get("signs_proposals", False)),
    )
    return person, _Reader(where).meta(obj)


def logo_member_name(logo: bytes | None, kind: str = "logo") -> str | None:
    """Attachment name of an image; named by content so a new image changes the fingerprint."""
    if not logo:
        return None
    return f"attachments/{kind}-{hashlib.sha256(logo).hexdigest()[:16]}.png"


# Requisites (COMPANY_REQUISITES) came with release 2: written only when filled in, so a profile
# without them keeps the fingerprint (and the JSON) an older KAM Desktop wrote.
COMPANY_IMAGES = {"signature": "signature_png", "stamp": "stamp_png"}  # key → OurCompany field


def _if_set(**fields: str) -> dict[str, str]:
    return {k: v for k, v in fields.items() if v}


def company_images(company: OurCompany) -> dict[str, bytes]:
    """Attachment name → PNG bytes of the profile's signature and stamp images."""
    images = {}
    for kind, attribute in COMPANY_IMAGES.items():
        data = getattr(company, attribute)
        name = logo_member_name(data, kind)
        if name and data:
            images[name] = data
    return images


def company_to_json(company: OurCompany, meta: Meta) -> dict:
    return {
        "id": company.id,
        **_meta_json(meta),
        "name": company.name,
        "legal_name": company.legal_name,
        "address": company.address,
        "requisites": company.requisites,
        "phone": company.phone,
        "email": company.email,
        "website": company.website,
        "logo": logo_member_name(company.logo_png),
        **_if_set(**{f: getattr(company, f) for f in COMPANY_REQUISITES}),
        **{
            kind: name
            for kind, attribute in COMPANY_IMAGES.items()
            if (name := logo_member_name(getattr(company, attribute), kind))
        },
    }


def company_from_json(
    obj: dict, logo: bytes | None, where: str, images: dict[str, bytes] | None = None
) -> tuple[OurCompany, Meta]:
    """``images`` holds the signature and stamp attachments by key (``signature``, ``stamp``)."""
    images = images or {}
    company = OurCompany(
        name=obj["name"].strip(),
        legal_name=_text(obj, "legal_name"),
        address=_text(obj, "address"),
        requisites=_text(obj, "requisites"),
        phone=_text(obj, "phone"),
        email=_text(obj, "email"),
        website=_text(obj, "website"),
        logo_png=logo,
        **{f: _text(obj, f) for f in COMPANY_REQUISITES},
        signature_png=images.get("signature"),
        stamp_png=images.get("stamp"),
        id=obj["id"],
    )
    return company, _Reader(where).meta(obj)


def role_from_json(obj: dict) -> DmuRole:
    return DmuRole(obj["code"], obj["name_ru"], obj["name_en"], builtin=False)


# ---- content comparison ------------------------------------------------------------------
def content(record: dict) -> dict:
    """The record without its bookkeeping (timestamps, version)."""
    return {k: v for k, v in record.items() if k not in META_KEYS}


def fingerprint(record: dict) -> str:
    """A short hash of the record's content: equal content ⇔ equal fingerprint."""
    canonical = json.dumps(
        content(record), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def changed_fields(mine: dict, theirs: dict) -> list[str]:
    """Top-level fields whose content differs (shown in the conflict dialog)."""
    a, b = content(mine), content(theirs)
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
