"""Everything the composer needs for one proposal, and its JSON snapshot.

A sent revision stores ``context_to_json(context)``; re-rendering it later uses
``context_from_json`` instead of the live dossier, so the PDF comes out byte-identical even
after the client, its people, our team or the libraries changed. Only the fields the composer
reads are kept (the snapshot is not a backup of the dossier).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from kam_desktop.domain.dossier import Client, DmuRole, Member, OurCompany, TeamMember
from kam_desktop.domain.proposal import (
    ArgumentBlock,
    FinancialInputs,
    LineItem,
    Proposal,
    ProposalStatus,
    Referee,
    SimilarProject,
)

SNAPSHOT_FORMAT = 1


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

    def role_label(self, code: str, lang: str) -> str:
        for role in self.roles:
            if role.code == code:
                return role.label(lang)
        return code


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _undec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


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
        "addressee_ids": list(p.addressee_ids),
        "team_member_ids": list(p.team_member_ids),
        "project_ids": list(p.project_ids),
        "referee_ids": list(p.referee_ids),
        "argument_ids": list(p.argument_ids),
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
        addressee_ids=list(d["addressee_ids"]),
        team_member_ids=list(d["team_member_ids"]),
        project_ids=list(d["project_ids"]),
        referee_ids=list(d["referee_ids"]),
        argument_ids=list(d["argument_ids"]),
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


CLIENT_KEYS = (
    "id",
    "name",
    "legal_name",
    "industry",
    "region",
    "strategy",
    "weak_points",
    "growth_areas",
    "buying_process",
)
MEMBER_KEYS = ("id", "client_id", "full_name", "position", "department", "role_code")
TEAM_KEYS = ("id", "full_name", "position", "phone", "email")
COMPANY_KEYS = ("id", "name", "legal_name", "address", "requisites", "phone", "email", "website")
REFEREE_KEYS = ("id", "full_name", "position", "company", "phone", "email")
PROJECT_KEYS = ("id", "client_company", "industry", "year", "summary")
ARGUMENT_KEYS = ("id", "key", "title", "body", "language", "sort_order")


def _pick(obj: object, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in keys}


def context_to_json(ctx: ProposalContext) -> str:
    company = _pick(ctx.company, COMPANY_KEYS)
    logo = ctx.company.logo_png
    company["logo_png"] = base64.b64encode(logo).decode("ascii") if logo else None
    data = {
        "format": SNAPSHOT_FORMAT,
        "proposal": proposal_to_dict(ctx.proposal),
        "client": _pick(ctx.client, CLIENT_KEYS),
        "addressees": [_pick(m, MEMBER_KEYS) for m in ctx.addressees],
        "team": [_pick(t, TEAM_KEYS) for t in ctx.team],
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
            {**_pick(a, ARGUMENT_KEYS), "role_codes": list(a.role_codes)} for a in ctx.arguments
        ],
        "roles": [[r.code, r.name_ru, r.name_en] for r in ctx.roles],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def same_content(a: Proposal, b: Proposal) -> bool:
    """Equal as a document (status and sending date aside): decides if a snapshot still applies."""
    ignore = ("status", "sent_on")
    da, db = proposal_to_dict(a), proposal_to_dict(b)
    return all(da[k] == db[k] for k in da if k not in ignore)


def context_from_json(text: str) -> ProposalContext:
    data = json.loads(text)
    company = dict(data["company"])
    logo = company.pop("logo_png")
    return ProposalContext(
        proposal=_proposal_from(data["proposal"]),
        client=Client(**data["client"]),
        addressees=[Member(**m) for m in data["addressees"]],
        team=[TeamMember(**t) for t in data["team"]],
        company=OurCompany(**company, logo_png=base64.b64decode(logo) if logo else None),
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
            ArgumentBlock(**{k: a[k] for k in ARGUMENT_KEYS}, role_codes=list(a["role_codes"]))
            for a in data["arguments"]
        ],
        roles=[DmuRole(code, ru, en) for code, ru, en in data["roles"]],
    )
