"""Coverage check before a proposal is sent: what the dossier says is missing (never blocks).

Peers check decision-group coverage at account level; we check it at the moment it matters,
when the offer goes out. Each rule is a small function over domain objects so the cockpit's
account-level coverage can use the same definitions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kam_desktop.domain.agenda import DEFAULT_CADENCES, CadenceRule, cadence_days
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.enums import Attitude, ClientStatus
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


# ---- account level: the decision group as a whole (relationship map, brief, portfolio) -----

# The buying roles a complete group has someone in (economic buyer, technical evaluator, …).
EXPECTED_ROLES: tuple[str, ...] = ("executive", "financier", "technical", "procurement")
CHAMPION_ROLE = "champion"
SPONSOR_ROLE = "executive"


class AccountCoverageCode(StrEnum):
    ROLE_UNCOVERED = "role_uncovered"
    NO_CHAMPION = "no_champion"
    NO_SPONSOR = "no_sponsor"
    INFLUENTIAL_OPPONENT = "influential_opponent"
    STALE_KEY_PERSON = "stale_key_person"


# Every check counts once in the score, whatever the number of people it names.
ACCOUNT_CHECKS = len(AccountCoverageCode)


@dataclass(frozen=True, slots=True)
class AccountWarning:
    code: AccountCoverageCode
    message: str
    member_id: str | None = None
    role_code: str | None = None


def is_champion(member: Member) -> bool:
    """An ally inside: the champion role, or an influential supporter."""
    supporter = member.attitude == Attitude.SUPPORTER
    return member.role_code == CHAMPION_ROLE or (supporter and is_influential(member))


def is_sponsor(member: Member) -> bool:
    """An executive sponsor: an executive who supports us."""
    return member.role_code == SPONSOR_ROLE and member.attitude == Attitude.SUPPORTER


def influential_opponents(group: Iterable[Member]) -> list[Member]:
    return [m for m in group if m.attitude == Attitude.OPPONENT and is_influential(m)]


def uncovered_roles(group: Iterable[Member]) -> list[str]:
    present = {m.role_code for m in group}
    return [code for code in EXPECTED_ROLES if code not in present]


def stale_people(
    group: Iterable[Member],
    status: ClientStatus,
    today: date,
    last_contacts: Mapping[str, date | None],
    rules: Iterable[CadenceRule] = DEFAULT_CADENCES,
) -> list[Member]:
    """Members whose stay-in-touch cadence has run out (``last_contacts``: member id → date)."""
    rules = tuple(rules)
    stale = []
    for m in group:
        days = cadence_days(m.influence, status, rules)
        if days is None or m.id is None:
            continue
        last = last_contacts.get(m.id, m.last_contact_on)
        if last is None or (today - last).days > days:
            stale.append(m)
    return stale


def account_warnings(
    group: Sequence[Member],
    status: ClientStatus,
    today: date,
    last_contacts: Mapping[str, date | None],
    role_label: Callable[[str], str] = str,
    rules: Iterable[CadenceRule] = DEFAULT_CADENCES,
    lang: str | None = None,
) -> list[AccountWarning]:
    """What the decision group lacks, in the UI language ``lang`` (empty: nothing missing)."""

    def t(message: str) -> str:
        return _(message, lang)

    warnings = [
        AccountWarning(
            AccountCoverageCode.ROLE_UNCOVERED,
            t("Nobody in the group covers the role «{role}».").format(role=role_label(code)),
            role_code=code,
        )
        for code in uncovered_roles(group)
    ]
    if not any(is_champion(m) for m in group):
        warnings.append(
            AccountWarning(
                AccountCoverageCode.NO_CHAMPION,
                t("No champion: nobody influential inside the client supports us."),
            )
        )
    if not any(is_sponsor(m) for m in group):
        warnings.append(
            AccountWarning(
                AccountCoverageCode.NO_SPONSOR,
                t("No executive sponsor: no executive in the group supports us."),
            )
        )
    for m in influential_opponents(group):
        warnings.append(
            AccountWarning(
                AccountCoverageCode.INFLUENTIAL_OPPONENT,
                t("{name} is an opponent with influence {influence}.").format(
                    name=m.full_name, influence=m.influence
                ),
                member_id=m.id,
            )
        )
    for m in stale_people(group, status, today, last_contacts, rules):
        last = last_contacts.get(m.id or "", m.last_contact_on)
        when = last.isoformat() if last else t("never")
        warnings.append(
            AccountWarning(
                AccountCoverageCode.STALE_KEY_PERSON,
                t("{name} has not been contacted within their cadence (last: {when}).").format(
                    name=m.full_name, when=when
                ),
                member_id=m.id,
            )
        )
    return warnings


def coverage_score(warnings: Iterable[AccountWarning]) -> int:
    """0–100: the share of account checks the group passes (each failed check counts once)."""
    failed = {w.code for w in warnings}
    return round(100 * (ACCOUNT_CHECKS - len(failed)) / ACCOUNT_CHECKS)
