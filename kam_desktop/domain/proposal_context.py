"""Everything the composer needs for one proposal, and its JSON snapshot.

A sent revision stores ``context_to_json(context)``; re-rendering it later uses
``context_from_json`` instead of the live dossier, so the PDF comes out byte-identical even
after the client, its people, our team or the libraries changed. Only the fields the composer
reads are kept (the snapshot is not a backup of the dossier).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, overload

from kam_desktop.domain.dossier import (
    COMPANY_PICTURES,
    COMPANY_REQUISITES,
    COMPANY_TEXT_FIELDS,
    TEAM_MEMBER_FIELDS,
    Client,
    DmuRole,
    Member,
    OurCompany,
    TeamMember,
)
from kam_desktop.domain.enums import Attitude, Gender
from kam_desktop.domain.proposal import (
    ArgumentBlock,
    ArgumentKind,
    ArgumentTag,
    FinancialInputs,
    LineItem,
    Proposal,
    ProposalStatus,
    Referee,
    SimilarProject,
    VatMode,
)

# 2: client-facing texts, VAT mode, terms, signatory, tailoring, tags and the members' values,
# decision style, concerns and attitude (what the tailoring reads). Format 1 still loads.
SNAPSHOT_FORMAT = 2


@dataclass(slots=True)
class ProposalContext:
    proposal: Proposal
    client: Client
    addressees: list[Member]  # in the proposal's order
    team: list[TeamMember]
    company: OurCompany
    projects: list[SimilarProject]  # those the proposal uses (already selected)
    arguments: list[ArgumentBlock]  # in the proposal's language (already selected)
    roles: list[DmuRole] = field(default_factory=list)
    tags: list[ArgumentTag] = field(default_factory=list)
    signatory: TeamMember | None = None

    def role_label(self, code: str, lang: str) -> str:
        for role in self.roles:
            if role.code == code:
                return role.label(lang)
        return code

    def tag_label(self, code: str, lang: str) -> str:
        for tag in self.tags:
            if tag.code == code:
                return tag.label(lang)
        return code


def chosen_projects(projects: list[SimilarProject], proposal: Proposal) -> list[SimilarProject]:
    """The similar projects a proposal prints: those it chose (in its order), else all of
    them, newest first; with only the referees who consented (and were chosen, if any were).
    """
    if proposal.project_ids:
        by_id = {p.id: p for p in projects}
        picked = [by_id[i] for i in proposal.project_ids if i in by_id]
    else:
        # newest year first, projects without a year last, then by company
        picked = sorted(projects, key=lambda p: (p.year is None, -(p.year or 0), p.client_company))
    chosen = set(proposal.referee_ids)
    return [
        replace(
            p,
            results=list(p.results),
            # Never carry a referee without consent into a document, chosen or not.
            referees=[
                r
                for r in p.referees
                if r.consent_to_be_contacted and (not chosen or r.id in chosen)
            ],
        )
        for p in picked
    ]


def chosen_arguments(blocks: list[ArgumentBlock], proposal: Proposal) -> list[ArgumentBlock]:
    """The library blocks a proposal draws on: those it chose (in its order), else every
    block of its language, in the library's order."""
    own = sorted(
        (b for b in blocks if b.language == proposal.language),
        key=lambda b: (b.sort_order, b.title),
    )
    if proposal.argument_ids:
        by_id = {b.id: b for b in own}
        return [by_id[i] for i in proposal.argument_ids if i in by_id]
    return own


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# Overloaded so a required field (written from a non-None value) reads back as non-None.
@overload
def _undec(value: str) -> Decimal: ...
@overload
def _undec(value: None) -> None: ...
def _undec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@overload
def _unday(value: str) -> date: ...
@overload
def _unday(value: None) -> None: ...
def _unday(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def proposal_to_dict(p: Proposal) -> dict[str, Any]:
    return {
        "id": p.id,
        "client_id": p.client_id,
        "number": p.number,
        "revision": p.revision,
        "title": p.title,
        "language": p.language,
        "currency": p.currency,
        "status": p.status.value,
        "issue_date": _day(p.issue_date),
        "valid_until": _day(p.valid_until),
        "sent_on": _day(p.sent_on),
        "issued_at": p.issued_at.isoformat() if p.issued_at else None,
        "addressee_ids": list(p.addressee_ids),
        "team_member_ids": list(p.team_member_ids),
        "project_ids": list(p.project_ids),
        "referee_ids": list(p.referee_ids),
        "argument_ids": list(p.argument_ids),
        "business_understanding": p.business_understanding,
        "goals": p.goals,
        "vat_mode": p.vat_mode.value,
        "vat_exempt_reason": p.vat_exempt_reason,
        "payment_terms": p.payment_terms,
        "delivery_terms": p.delivery_terms,
        "warranty": p.warranty,
        "signatory_id": p.signatory_id,
        "tailoring": {edition: dict(sw) for edition, sw in p.tailoring.items()},
        "line_items": [
            {
                "description": i.description,
                "quantity": _dec(i.quantity),
                "unit": i.unit,
                "unit_price": _dec(i.unit_price),
                "discount_pct": _dec(i.discount_pct),
                "vat_pct": _dec(i.vat_pct),
                "catalogue_item_id": i.catalogue_item_id,
            }
            for i in p.line_items
        ],
        "financials": {
            "current_annual_cost": _dec(p.financials.current_annual_cost),
            "annual_gain": _dec(p.financials.annual_gain),
            "investment": _dec(p.financials.investment),
        },
    }


def _proposal_from(d: dict[str, Any]) -> Proposal:
    fin = d["financials"]
    return Proposal(
        id=d["id"],
        client_id=d["client_id"],
        number=d["number"],
        revision=d["revision"],
        title=d["title"],
        language=d["language"],
        currency=d["currency"],
        status=ProposalStatus(d["status"]),
        issue_date=_unday(d["issue_date"]),
        valid_until=_unday(d["valid_until"]),
        sent_on=_unday(d["sent_on"]),
        issued_at=datetime.fromisoformat(d["issued_at"]) if d.get("issued_at") else None,
        addressee_ids=list(d["addressee_ids"]),
        team_member_ids=list(d["team_member_ids"]),
        project_ids=list(d["project_ids"]),
        referee_ids=list(d["referee_ids"]),
        argument_ids=list(d["argument_ids"]),
        business_understanding=d.get("business_understanding", ""),
        goals=d.get("goals", ""),
        vat_mode=VatMode(d.get("vat_mode", VatMode.ON_TOP.value)),
        vat_exempt_reason=d.get("vat_exempt_reason", ""),
        payment_terms=d.get("payment_terms", ""),
        delivery_terms=d.get("delivery_terms", ""),
        warranty=d.get("warranty", ""),
        signatory_id=d.get("signatory_id"),
        tailoring={e: dict(sw) for e, sw in d.get("tailoring", {}).items()},
        line_items=[
            LineItem(
                description=i["description"],
                quantity=_undec(i["quantity"]),
                unit=i["unit"],
                unit_price=_undec(i["unit_price"]),
                discount_pct=_undec(i["discount_pct"]),
                vat_pct=_undec(i["vat_pct"]),
                catalogue_item_id=i["catalogue_item_id"],
            )
            for i in d["line_items"]
        ],
        financials=FinancialInputs(
            current_annual_cost=_undec(fin["current_annual_cost"]),
            annual_gain=_undec(fin["annual_gain"]),
            investment=_undec(fin["investment"]),
        ),
    )


# Only what the composer reads; the client's internal notes are never part of a snapshot.
CLIENT_KEYS = ("id", "name", "legal_name", "tax_id", "kpp", "address")
# Values, decision style, concerns and attitude choose the arguments (never printed).
MEMBER_KEYS = (
    "id",
    "client_id",
    "full_name",
    "position",
    "department",
    "role_code",
    "values",
    "decision_style",
    "concerns",
)
TEAM_KEYS = ("id", *TEAM_MEMBER_FIELDS)
COMPANY_KEYS = ("id", *COMPANY_TEXT_FIELDS, *COMPANY_REQUISITES)  # pictures: base64, apart
REFEREE_KEYS = ("id", "full_name", "position", "company", "phone", "email")
PROJECT_KEYS = ("id", "client_company", "industry", "year", "summary")
ARGUMENT_KEYS = ("id", "key", "title", "body", "language", "sort_order")
TAG_KEYS = ("code", "name_ru", "name_en", "sort_order")


def _pick(obj: object, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in keys}


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data else None


def _unb64(text: str | None) -> bytes | None:
    return base64.b64decode(text) if text else None


def _member_dict(m: Member) -> dict[str, Any]:
    return {**_pick(m, MEMBER_KEYS), "attitude": m.attitude.value, "gender": m.gender.value}


def _member_from(d: dict[str, Any]) -> Member:
    values = {k: v for k, v in d.items() if k not in ("attitude", "gender")}
    return Member(
        **values,
        attitude=Attitude(d.get("attitude", Attitude.NEUTRAL.value)),
        gender=Gender(d.get("gender", Gender.AUTO.value)),
    )


def context_to_json(ctx: ProposalContext) -> str:
    company = _pick(ctx.company, COMPANY_KEYS)
    for image in COMPANY_PICTURES:
        company[image] = _b64(getattr(ctx.company, image))
    data = {
        "format": SNAPSHOT_FORMAT,
        "proposal": proposal_to_dict(ctx.proposal),
        "client": _pick(ctx.client, CLIENT_KEYS),
        "addressees": [_member_dict(m) for m in ctx.addressees],
        "team": [_pick(t, TEAM_KEYS) for t in ctx.team],
        "signatory": _pick(ctx.signatory, TEAM_KEYS) if ctx.signatory else None,
        "company": company,
        "projects": [
            {
                **_pick(p, PROJECT_KEYS),
                "results": list(p.results),
                "referees": [
                    {**_pick(r, REFEREE_KEYS), "consent": r.consent_to_be_contacted}
                    for r in p.referees
                ],
            }
            for p in ctx.projects
        ],
        "arguments": [
            {
                **_pick(a, ARGUMENT_KEYS),
                "role_codes": list(a.role_codes),
                "kind": a.kind.value,
                "tags": list(a.tags),
            }
            for a in ctx.arguments
        ],
        "roles": [[r.code, r.name_ru, r.name_en] for r in ctx.roles],
        "tags": [{**_pick(t, TAG_KEYS), "keywords": list(t.keywords)} for t in ctx.tags],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def same_content(a: Proposal, b: Proposal) -> bool:
    """Equal as a document (status and sending date aside): decides if a snapshot still applies."""
    ignore = ("status", "sent_on", "issued_at")
    da, db = proposal_to_dict(a), proposal_to_dict(b)
    return all(da[k] == db[k] for k in da if k not in ignore)


def context_from_json(text: str) -> ProposalContext:
    data = json.loads(text)
    company = dict(data["company"])
    company.update({image: _unb64(company.pop(image, None)) for image in COMPANY_PICTURES})
    signatory = data.get("signatory")
    return ProposalContext(
        proposal=_proposal_from(data["proposal"]),
        client=Client(**data["client"]),
        addressees=[_member_from(m) for m in data["addressees"]],
        team=[TeamMember(**t) for t in data["team"]],
        company=OurCompany(**company),
        projects=[
            SimilarProject(
                **{k: p[k] for k in PROJECT_KEYS},
                results=list(p["results"]),
                referees=[
                    Referee(**{k: r[k] for k in REFEREE_KEYS}, consent_to_be_contacted=r["consent"])
                    for r in p["referees"]
                ],
            )
            for p in data["projects"]
        ],
        arguments=[
            ArgumentBlock(
                **{k: a[k] for k in ARGUMENT_KEYS},
                role_codes=list(a["role_codes"]),
                kind=ArgumentKind(a.get("kind", ArgumentKind.ARGUMENT.value)),
                tags=list(a.get("tags", [])),
            )
            for a in data["arguments"]
        ],
        roles=[DmuRole(code, ru, en) for code, ru, en in data["roles"]],
        tags=[
            ArgumentTag(**{k: t[k] for k in TAG_KEYS}, keywords=list(t["keywords"]))
            for t in data.get("tags", [])
        ],
        signatory=TeamMember(**signatory) if signatory else None,
    )
