"""Which parts and arguments each edition of a proposal carries, and why (pure, no I/O).

DOMAIN.md types the decision group's members: executives buy exclusivity and status, the HR
director buys people and references, financiers and technical specialists buy figures. So the
role chooses the *parts* of a document; then the person's dossier chooses *within* the part:

- every argument tagged with the reader's role is in (role first);
- role-free "value" arguments whose tags match what the dossier records about the reader's
  values and decision style are added (at most ``MAX_VALUE_BLOCKS`` per part of a variant and
  ``MAX_JOINT_VALUE_BLOCKS`` per part of the joint edition, best match first);
- a sceptic or an opponent gets "answers to your concerns": objection blocks whose tags match
  the concerns recorded for that person.

An *edition* is the joint one (for the whole group, one part per role present) or one
addressee's variant (their own part first; parts argued for roles they do not hold are left
out). The KAM may switch any part or block on or off per edition (``Proposal.tailoring``);
every choice carries its reasons, so the editor can say why a block is there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from kam_desktop.domain.dossier import Member
from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.proposal import JOINT_EDITION, ArgumentBlock, ArgumentKind, ArgumentTag
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.i18n import N_, _

ROLE_PARTS = ("executive", "people", "finance", "technical", "general")
CONCERNS_PART = "concerns"
PART_FOR_ROLE = {
    "executive": "executive",
    "hr_director": "people",
    "financier": "finance",
    "procurement": "finance",  # procurement reads prices and terms: the figures serve it
    "technical": "technical",
}
GENERAL_PART = "general"
SCEPTICAL = frozenset({Attitude.SCEPTIC, Attitude.OPPONENT})
MAX_VALUE_BLOCKS = 3  # in one addressee's variant
MAX_JOINT_VALUE_BLOCKS = 1  # per part of the joint edition, read by the whole group
PART_SWITCH = "part:"


def part_for_role(role_code: str) -> str:
    return PART_FOR_ROLE.get(role_code, GENERAL_PART)


def fold(text: str) -> str:
    """Case- and ё-insensitive form used for matching keywords."""
    return text.casefold().replace("ё", "е")


# ---- recognising values and concerns in free text ------------------------------------------
@dataclass(frozen=True, slots=True)
class TagMatch:
    tag: str
    source: str  # "values" | "decision_style" | "concerns"
    words: tuple[str, ...]  # the words of the dossier that matched, as written


def recognise(text: str, tags: Iterable[ArgumentTag], source: str) -> dict[str, TagMatch]:
    """Tags whose keywords begin a word of ``text`` («надежн» ← «Надёжность»).

    A keyword of several words («первое лицо») matches where the phrase begins a word.
    """
    folded = fold(text)
    same_length = len(folded) == len(text)  # casefold can lengthen (ß → ss): then words as folded
    found: dict[str, TagMatch] = {}
    for tag in tags:
        pattern = _keyword_pattern(tuple(tag.keywords))
        if pattern is None:
            continue
        hits = [
            text[m.start() : m.end()] if same_length else m.group()
            for m in pattern.finditer(folded)
        ]
        if hits:
            found[tag.code] = TagMatch(tag.code, source, tuple(dict.fromkeys(hits)))
    return found


@lru_cache(maxsize=512)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regular expression per tag: any keyword at a word's start, up to the word's end."""
    stems = sorted(
        {" ".join(fold(k).split()) for k in keywords if k.strip()}, key=len, reverse=True
    )
    if not stems:
        return None
    alternatives = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in stems)
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*")


def value_profile(member: Member, tags: Iterable[ArgumentTag]) -> dict[str, TagMatch]:
    """What the person values, from the dossier's values and decision style."""
    tags = list(tags)
    profile = recognise(member.decision_style, tags, "decision_style")
    profile.update(recognise(member.values, tags, "values"))  # values speak louder
    return profile


def concern_profile(member: Member, tags: Iterable[ArgumentTag]) -> dict[str, TagMatch]:
    return recognise(member.concerns, tags, "concerns")


# ---- reasons -------------------------------------------------------------------------------
class ReasonKind(StrEnum):
    ROLE = "role"
    VALUES = "values"
    DECISION_STYLE = "decision_style"
    CONCERNS = "concerns"
    ATTITUDE = "attitude"
    NO_MATCH = "no_match"
    NO_CONCERNS = "no_concerns"
    NOT_SCEPTICAL = "not_sceptical"
    OTHER_ROLE = "other_role"
    USED_ELSEWHERE = "used_elsewhere"
    LIMIT = "limit"
    SWITCHED_ON = "switched_on"
    SWITCHED_OFF = "switched_off"


REASON_TEXT = {
    ReasonKind.ROLE: N_("role: {detail}"),
    ReasonKind.VALUES: N_("values: {detail}"),
    ReasonKind.DECISION_STYLE: N_("decision style: {detail}"),
    ReasonKind.CONCERNS: N_("concerns: {detail}"),
    ReasonKind.ATTITUDE: N_("attitude: {detail}"),
    ReasonKind.NO_MATCH: N_("nothing in the dossier matches {detail}"),
    ReasonKind.NO_CONCERNS: N_("no concerns recorded that a block answers"),
    ReasonKind.NOT_SCEPTICAL: N_("attitude: {detail} — no answers to concerns needed"),
    ReasonKind.OTHER_ROLE: N_("argued for a role this reader does not hold: {detail}"),
    ReasonKind.USED_ELSEWHERE: N_("already in an earlier part"),
    ReasonKind.LIMIT: N_("closer matches already fill the part"),
    ReasonKind.SWITCHED_ON: N_("switched on by you"),
    ReasonKind.SWITCHED_OFF: N_("switched off by you"),
}


@dataclass(frozen=True, slots=True)
class Reason:
    kind: ReasonKind
    detail: str = ""

    def text(self, lang: str | None = None) -> str:
        return _(REASON_TEXT[self.kind], lang).format(detail=self.detail)


def _quoted(words: Iterable[str]) -> str:
    return ", ".join(f"«{w}»" for w in words)


def _match_reasons(matches: Iterable[TagMatch]) -> tuple[Reason, ...]:
    kinds = {
        "values": ReasonKind.VALUES,
        "decision_style": ReasonKind.DECISION_STYLE,
        "concerns": ReasonKind.CONCERNS,
    }
    by_source: dict[str, list[str]] = {}
    for m in matches:
        by_source.setdefault(m.source, []).extend(m.words)
    return tuple(
        Reason(kinds[source], _quoted(dict.fromkeys(words))) for source, words in by_source.items()
    )


# ---- the plan of one edition ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BlockChoice:
    key: str  # what ``Proposal.tailoring`` switches: the block's id (or shipped key)
    title: str
    kind: ArgumentKind
    included: bool
    automatic: bool  # what the rules chose, before the KAM's switch
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class PartChoice:
    kind: str  # executive | people | finance | technical | general | concerns
    included: bool
    automatic: bool
    reasons: tuple[Reason, ...]
    roles: tuple[str, ...]  # the DMU roles this part is argued for in this edition
    blocks: tuple[BlockChoice, ...]

    @property
    def switch_key(self) -> str:
        return PART_SWITCH + self.kind

    def included_blocks(self) -> tuple[BlockChoice, ...]:
        return tuple(b for b in self.blocks if b.included)


@dataclass(frozen=True, slots=True)
class EditionPlan:
    edition: str  # JOINT_EDITION or the addressee's id
    addressee: Member | None
    parts: tuple[PartChoice, ...]  # in document order; left-out parts follow, for the editor

    def part(self, kind: str) -> PartChoice | None:
        return next((p for p in self.parts if p.kind == kind), None)

    def included_parts(self) -> tuple[PartChoice, ...]:
        return tuple(p for p in self.parts if p.included)


def block_key(block: ArgumentBlock) -> str:
    return block.id or block.key


class _Planner:
    def __init__(self, ctx: ProposalContext, addressee: Member | None, lang: str) -> None:
        self.ctx = ctx
        self.addressee = addressee
        self.lang = lang
        self.edition = addressee.id or "" if addressee is not None else JOINT_EDITION
        self.switches = ctx.proposal.tailoring.get(self.edition, {})
        self.readers = [addressee] if addressee is not None else list(ctx.addressees)
        self.profiles = {id(m): value_profile(m, ctx.tags) for m in ctx.addressees}
        self.concerns = {id(m): concern_profile(m, ctx.tags) for m in ctx.addressees}
        self.used: set[str] = set()
        self.max_value_blocks = MAX_VALUE_BLOCKS if addressee else MAX_JOINT_VALUE_BLOCKS

    def role_label(self, code: str) -> str:
        return self.ctx.role_label(code, self.lang)

    def attitude_label(self, attitude: Attitude) -> str:
        return _(attitude.value, self.lang)

    def switched(self, key: str, automatic: bool) -> tuple[bool, tuple[Reason, ...]]:
        wanted = self.switches.get(key)
        if wanted is None or wanted == automatic:
            return automatic, ()
        return wanted, (Reason(ReasonKind.SWITCHED_ON if wanted else ReasonKind.SWITCHED_OFF),)

    # ---- parts ---------------------------------------------------------------------------
    def plan(self) -> EditionPlan:
        everyone = [part_for_role(m.role_code) for m in self.ctx.addressees]
        mine = [part_for_role(m.role_code) for m in self.readers]
        kinds = [k for k in ROLE_PARTS if k in everyone]
        if self.addressee is not None:
            lead = part_for_role(self.addressee.role_code)
            kinds = [lead, *[k for k in kinds if k != lead]]
        parts = [self.role_part(kind, kind in mine) for kind in kinds]
        parts.append(self.concerns_part())
        ordered = [p for p in parts if p.included] + [p for p in parts if not p.included]
        return EditionPlan(self.edition, self.addressee, tuple(ordered))

    def role_part(self, kind: str, automatic: bool) -> PartChoice:
        holders = [m for m in self.readers if part_for_role(m.role_code) == kind]
        if automatic:
            roles = tuple(dict.fromkeys(m.role_code for m in holders))
            reasons: tuple[Reason, ...] = tuple(
                Reason(ReasonKind.ROLE, self.role_label(r)) for r in roles
            )
        else:
            others = [m for m in self.ctx.addressees if part_for_role(m.role_code) == kind]
            roles = tuple(dict.fromkeys(m.role_code for m in others))
            reasons = (Reason(ReasonKind.OTHER_ROLE, ", ".join(self.role_label(r) for r in roles)),)
        included, switch = self.switched(PART_SWITCH + kind, automatic)
        readers = holders or self.readers  # a part switched on is read by this edition's readers
        blocks = self.argument_choices(roles, readers) if included else ()
        return PartChoice(kind, included, automatic, reasons + switch, roles, blocks)

    def argument_choices(
        self, roles: tuple[str, ...], readers: list[Member]
    ) -> tuple[BlockChoice, ...]:
        profile: dict[str, TagMatch] = {}
        for reader in readers:
            for code, match in self.profiles[id(reader)].items():
                profile.setdefault(code, match)
        wanted = set(roles)
        # (kind rank: 0 role block / 1 value block, match score, library order, choice)
        scored: list[tuple[int, int, int, BlockChoice]] = []
        value_blocks: list[tuple[int, ArgumentBlock, tuple[Reason, ...]]] = []
        reasons: tuple[Reason, ...]
        for order, block in enumerate(self.ctx.arguments):
            if block.kind != ArgumentKind.ARGUMENT:
                continue
            matches = [profile[t] for t in block.tags if t in profile]
            own_roles = [r for r in block.role_codes if r in wanted]
            if own_roles:
                if block_key(block) in self.used:  # one block serves two parts' roles
                    reasons, ok = (Reason(ReasonKind.USED_ELSEWHERE),), False
                else:
                    role = Reason(ReasonKind.ROLE, self.role_label(own_roles[0]))
                    reasons, ok = (role, *_match_reasons(matches)), True
                scored.append((0, len(matches), order, self.choice(block, ok, reasons)))
            elif not block.role_codes and block.tags:
                if matches:
                    value_blocks.append((len(matches), block, _match_reasons(matches)))
                else:
                    tags = ", ".join(self.ctx.tag_label(t, self.lang) for t in block.tags)
                    reason = Reason(ReasonKind.NO_MATCH, tags)
                    scored.append((1, -1, order, self.choice(block, False, (reason,))))
        value_blocks.sort(key=lambda item: -item[0])
        taken = 0
        for score, block, reasons in value_blocks:
            order = self.ctx.arguments.index(block)
            if block_key(block) in self.used:
                reasons, ok = (Reason(ReasonKind.USED_ELSEWHERE),), False
            elif taken >= self.max_value_blocks:
                reasons, ok = (*reasons, Reason(ReasonKind.LIMIT)), False
            else:
                ok = True
                taken += 1
            scored.append((1, score if ok else -1, order, self.choice(block, ok, reasons)))
        # Role first (DOMAIN.md), then what the person values; best matches first within each.
        scored.sort(key=lambda item: (not item[3].included, item[0], -item[1], item[2]))
        return tuple(choice for _rank, _score, _order, choice in scored)

    def choice(
        self, block: ArgumentBlock, automatic: bool, reasons: tuple[Reason, ...]
    ) -> BlockChoice:
        key = block_key(block)
        included, switch = self.switched(key, automatic)
        if included:
            self.used.add(key)
        return BlockChoice(key, block.title, block.kind, included, automatic, reasons + switch)

    # ---- answers to concerns -------------------------------------------------------------
    def concerns_part(self) -> PartChoice:
        sceptics = [m for m in self.readers if m.attitude in SCEPTICAL]
        readers = sceptics or self.readers
        blocks: list[BlockChoice] = []
        for block in self.ctx.arguments:
            if block.kind != ArgumentKind.OBJECTION:
                continue
            matches: list[TagMatch] = []
            attitude: list[Reason] = []
            for reader in readers:
                if block.role_codes and reader.role_code not in block.role_codes:
                    continue
                concerns = self.concerns[id(reader)]
                hits = [concerns[t] for t in block.tags if t in concerns]
                if hits:
                    matches += hits
                    if reader.attitude in SCEPTICAL:
                        detail = self.attitude_label(reader.attitude)
                        if self.addressee is None:
                            detail = f"{reader.full_name} — {detail}"
                        attitude.append(Reason(ReasonKind.ATTITUDE, detail))
            if matches:
                reasons = (*dict.fromkeys(attitude), *_match_reasons(matches))
                blocks.append(self.choice(block, bool(sceptics), reasons))
        automatic = bool(sceptics) and any(b.automatic for b in blocks)
        if automatic:
            reasons = tuple(
                Reason(ReasonKind.ATTITUDE, self.attitude_label(m.attitude)) for m in sceptics[:1]
            )
        elif sceptics:
            reasons = (Reason(ReasonKind.NO_CONCERNS),)
        else:
            labels = {self.attitude_label(m.attitude) for m in self.readers}
            reasons = (Reason(ReasonKind.NOT_SCEPTICAL, ", ".join(sorted(labels))),)
        included, switch = self.switched(PART_SWITCH + CONCERNS_PART, automatic)
        if not included:
            blocks = [
                BlockChoice(b.key, b.title, b.kind, False, b.automatic, b.reasons) for b in blocks
            ]
        roles = tuple(dict.fromkeys(m.role_code for m in readers))
        return PartChoice(
            CONCERNS_PART, included, automatic, reasons + switch, roles, tuple(blocks)
        )


def plan_edition(
    ctx: ProposalContext, addressee_id: str | None = None, lang: str | None = None
) -> EditionPlan:
    """The plan of the joint edition (None) or of one addressee's variant.

    ``lang`` is the language of the reasons (the UI's); the document's own language is the
    proposal's and does not depend on it.
    """
    addressee = None
    if addressee_id is not None:
        addressee = next(m for m in ctx.addressees if m.id == addressee_id)
    return _Planner(ctx, addressee, lang or ctx.proposal.language).plan()


def plan_all(ctx: ProposalContext, lang: str | None = None) -> list[EditionPlan]:
    """The joint edition, then each addressee's variant, in the proposal's order."""
    return [plan_edition(ctx, None, lang)] + [
        plan_edition(ctx, m.id, lang) for m in ctx.addressees if m.id
    ]
