"""Who owns each record of an imported file here: a file never moves a record between clients.

Records are matched by id, so a file that lists, under client A, a person (contact, family
member, interaction, proposal, line, tender…) whose id belongs here to client B would, by the
merge rule alone, re-parent and rewrite B's record — and the merge rule can be steered by
anyone holding an old export of B (its fingerprints are the history the rule trusts). So,
before any merge decision, every id of the file is looked up in every table: an id that
exists here under another parent, or as another kind of record, is refused with a message
naming both sides, whatever the resolution chosen and whatever the ledger says. The import is
then refused as a whole (docs/dossier-format.md, "Ownership").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kam_desktop.exchange.archive import ParsedDossier, ParsedShared
from kam_desktop.i18n import _
from kam_desktop.storage import record_owners
from kam_desktop.storage.record_owners import KINDS

MAX_LABEL = 60


def kind_name(kind: str) -> str:
    names = {
        "client": _("client"),
        "tender": _("tender"),
        "member": _("person"),
        "contact": _("contact"),
        "family": _("family member"),
        "interaction": _("interaction"),
        "proposal": _("proposal"),
        "line": _("proposal line"),
        "team_member": _("team member"),
        "company": _("company profile"),
        "catalogue_item": _("catalogue item"),
        "similar_project": _("similar project"),
        "referee": _("referee"),
        "argument_block": _("argument"),
    }
    return names.get(kind, kind)


@dataclass(frozen=True, slots=True)
class Claim:
    """What the file says one id is: its kind, the parent it sits under, a readable name."""

    kind: str
    id: str
    parent: str | None
    label: str
    client: str  # the file's client the record comes with ("" for shared records)


def _short(text: object) -> str:
    value = " ".join(str(text or "").split())
    return value if len(value) <= MAX_LABEL else value[: MAX_LABEL - 1] + "…"


def dossier_claims(dossier: ParsedDossier) -> Iterator[Claim]:
    client = dossier.client
    name = client.name
    yield Claim("client", client.id or "", None, client.name, name)
    for tender in client.tenders:
        yield Claim("tender", tender.id or "", client.id, tender.title, name)
    for member in dossier.members:
        yield Claim("member", member.id or "", client.id, member.full_name, name)
        for contact in member.contacts:
            yield Claim("contact", contact.id or "", member.id, contact.value, name)
        for relative in member.family:
            yield Claim("family", relative.id or "", member.id, relative.name, name)
    for interaction, _meta in dossier.interactions:
        label = f"{interaction.occurred_on.isoformat()} {interaction.summary}"
        yield Claim("interaction", interaction.id or "", client.id, label, name)
    for proposal in dossier.proposals:
        yield Claim("proposal", proposal["id"], client.id, proposal["number"], name)
        for line in proposal["lines"]:
            yield Claim("line", line["id"], proposal["id"], line["description"], name)


def shared_claims(shared: ParsedShared) -> Iterator[Claim]:
    for person, _meta in shared.team:
        yield Claim("team_member", person.id or "", None, person.full_name, "")
    if shared.company is not None:
        company = shared.company[0]
        yield Claim("company", company.id or "", None, company.name, "")
    sections = {"catalogue": "catalogue_item", "arguments": "argument_block"}
    for section, kind in sections.items():
        label_column = KINDS[kind][2]
        for obj in shared.library.get(section, []):
            yield Claim(kind, obj["id"], None, obj[label_column], "")
    for project in shared.library.get("similar_projects", []):
        yield Claim("similar_project", project["id"], None, project["client_company"], "")
        for referee in project["referees"]:
            yield Claim("referee", referee["id"], project["id"], referee["full_name"], "")


class Owners:
    """Looks the file's ids up in every table of my database (one query per chunk)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        # Tables with no rows cannot own anything: an import into an empty database asks none.
        self.kinds = record_owners.filled_kinds(s)

    def _lookup(self, ids: list[str]) -> dict[str, list[tuple[str, str, str | None]]]:
        """Lower-case id → [(kind, id as stored, parent id)] of my records."""
        return record_owners.lookup(self.s, self.kinds, ids)

    def refusals(self, claims: Iterable[Claim]) -> list[tuple[str, str]]:
        """(id, message) for every id of the file that is something else here."""
        if not self.kinds:
            return []
        claims = list(claims)
        ids = sorted({i for c in claims for i in (c.id, c.id.lower())})
        found = self._lookup(ids)
        messages = []
        for claim in claims:
            for kind, record_id, owner in found.get(claim.id.lower(), []):
                same_place = claim.parent is None or (owner or "").lower() == claim.parent.lower()
                if kind != claim.kind or not same_place:
                    messages.append((claim.id, self._message(claim, kind, record_id)))
                    break
        return messages

    # -- words
    def _describe(self, kind: str, record_id: str) -> tuple[str, str]:
        """(name of my record, with its parent's for sub-rows; name of my client)."""
        return record_owners.describe(self.s, kind, record_id, _short)

    def _message(self, claim: Claim, kind: str, record_id: str) -> str:
        mine_label, mine_client = self._describe(kind, record_id)
        theirs = _phrase(claim.kind, _short(claim.label), claim.client)
        mine = _phrase(kind, mine_label, mine_client)
        return _(
            "{theirs} in the file is {mine} here: a file cannot move or rewrite the records "
            "of another client."
        ).format(theirs=theirs, mine=mine)


def _phrase(kind: str, name: str, client: str) -> str:
    if client:
        return _("{kind} «{name}» of «{client}»").format(
            kind=kind_name(kind), name=name, client=client
        )
    return _("{kind} «{name}»").format(kind=kind_name(kind), name=name)


def refusal_summary(refused: list[str]) -> str:
    """One line for the command line and the error dialog."""
    message = _("Nothing was imported. {problem}").format(problem=refused[0])
    if len(refused) > 1:
        message += " " + _("(and {count} more such records)").format(count=len(refused) - 1)
    return message
