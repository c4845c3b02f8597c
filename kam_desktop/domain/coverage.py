"""Coverage check before a proposal is sent: what the dossier says is missing (never blocks).

Peers check decision-group coverage at account level; we check it at the moment it matters,
when the offer goes out. Each rule is a small function over domain objects so the cockpit's
account-level coverage can use the same definitions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kam_desktop.domain.dossier import Member
from kam_desktop.domain.proposal import Proposal
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.domain.tailoring import CONCERNS_PART, SCEPTICAL, plan_edition
from kam_desktop.i18n import _

INFLUENTIAL = 4  # influence 1–5: from 4 a member can swing the decision
FIGURE_READERS = frozenset({"financier", "technical"})


class CoverageCode(StrEnum):
    INFLUENTIAL_NOT_ADDRESSED = "influential_not_addressed"
    SCEPTIC_WITHOUT_ANSWERS = "sceptic_without_answers"
    FIGURES_WITHOUT_READER = "figures_without_reader"
    SHORT_VALIDITY = "short_validity"
    NO_SIGNATORY = "no_signatory"
    NO_REQUISITES = "no_requisites"


@dataclass(frozen=True, slots=True)
class CoverageWarning:
    code: CoverageCode
    message: str
    member_id: str | None = None


def is_influential(member: Member) -> bool:
    return member.influence >= INFLUENTIAL


def influential_left_out(group: Iterable[Member], addressee_ids: Iterable[str]) -> list[Member]:
    chosen = set(addressee_ids)
    return [m for m in group if is_influential(m) and m.id not in chosen]


def sceptics_without_answers(ctx: ProposalContext) -> list[Member]:
    """Sceptics and opponents whose own variant carries no answers to their concerns."""
    left: list[Member] = []
    for member in ctx.addressees:
        if member.attitude not in SCEPTICAL or not member.id:
            continue
        part = plan_edition(ctx, member.id).part(CONCERNS_PART)
        if part is None or not part.included or not part.included_blocks():
            left.append(member)
    return left


def figures_without_reader(proposal: Proposal, addressees: Iterable[Member]) -> bool:
    has_figures = not proposal.financials.is_empty()
    return has_figures and not any(m.role_code in FIGURE_READERS for m in addressees)


def validity_days(proposal: Proposal) -> int:
    return (proposal.valid_until - proposal.issue_date).days


def proposal_warnings(
    ctx: ProposalContext, group: Iterable[Member], min_validity_days: int, lang: str | None = None
) -> list[CoverageWarning]:
    """Everything worth a second look before sending, in the UI language ``lang``."""
    p = ctx.proposal

    def t(message: str) -> str:
        return _(message, lang)

    def role(m: Member) -> str:
        return ctx.role_label(m.role_code, lang or p.language)

    warnings: list[CoverageWarning] = []
    for m in influential_left_out(group, p.addressee_ids):
        warnings.append(
            CoverageWarning(
                CoverageCode.INFLUENTIAL_NOT_ADDRESSED,
                t("{name} ({role}, influence {influence}) is not among the addressees.").format(
                    name=m.full_name, role=role(m), influence=m.influence
                ),
                m.id,
            )
        )
    for m in sceptics_without_answers(ctx):
        warnings.append(
            CoverageWarning(
                CoverageCode.SCEPTIC_WITHOUT_ANSWERS,
                t(
                    "{name} is a {attitude}, but their variant answers no concerns: record "
                    "the concerns in the dossier or add objection blocks to the library."
                ).format(name=m.full_name, attitude=_(m.attitude.value, lang)),
                m.id,
            )
        )
    if figures_without_reader(p, ctx.addressees):
        warnings.append(
            CoverageWarning(
                CoverageCode.FIGURES_WITHOUT_READER,
                t(
                    "The proposal has a financial result, but no financier or technical "
                    "specialist among the addressees."
                ),
            )
        )
    days = validity_days(p)
    if days < min_validity_days:
        warnings.append(
            CoverageWarning(
                CoverageCode.SHORT_VALIDITY,
                t("The offer is valid for {days} days, less than the minimum of {minimum}.").format(
                    days=days, minimum=min_validity_days
                ),
            )
        )
    if ctx.signatory is None:
        warnings.append(
            CoverageWarning(
                CoverageCode.NO_SIGNATORY,
                t("No signatory is chosen: the document has no signature block."),
            )
        )
    if not (ctx.company.inn and ctx.company.settlement_account and ctx.company.bik):
        warnings.append(
            CoverageWarning(
                CoverageCode.NO_REQUISITES,
                t("Our requisites (INN, settlement account, BIK) are not filled in."),
            )
        )
    return warnings
