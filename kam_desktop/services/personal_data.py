"""Personal-data rights: everything the database holds about one person, for a subject-access
request (152-ФЗ art. 14 / GDPR art. 15), as JSON or a readable PDF.

What is "about the person": their own record as the exchange format writes it (every field,
contacts, family), the interactions they took part in (without the other participants: that
is other people's data), the proposals addressed to them, and the informal links they are in
(with the other person's name, since the link is about both). Nothing is changed.

Erasure (152-ФЗ art. 21 / GDPR art. 17): ``erasure_plan`` says what would go, ``erase`` removes
the person everywhere in one transaction — their record, contacts, family, participations,
links, mentions in the client's texts, change-log entries, search entries — keeps of sent
proposals only what the document printed (``domain/erasure.py``), records *that* an erasure
happened (by whom, when; never who was erased), then rewrites the SQLite file so the deleted
bytes are gone from it, from its WAL and from every backup made afterwards.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from kam_desktop.domain.erasure import ErasurePlan, mention_pattern
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.exchange import codec
from kam_desktop.files import write_atomically
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService
from kam_desktop.services.relationship import RelationshipService
from kam_desktop.storage import erasure_store

FORMAT = "kam-desktop/person-export-1"
FILE_FORMATS = ("json", "pdf")


def file_format(path: str | Path) -> str:
    """``json`` or ``pdf`` from the file name; raises ValidationError for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FILE_FORMATS:
        raise ValidationError(
            {
                "out": _("Choose a file ending in .json or .pdf, not {name}.").format(
                    name=Path(path).name
                )
            }
        )
    return suffix


@dataclass(frozen=True, slots=True)
class ErasureResult:
    plan: ErasurePlan  # what was erased
    client_id: str  # the dossier to refresh
    file_rewritten: bool  # False: another window kept the file busy (see forget_free_space)


class PersonalDataService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.dossiers = DossierService(db)

    def export(self, member_id: str, today: date | None = None) -> dict:
        """Everything about one person, as plain JSON data (raises NotFoundError)."""
        member = self.dossiers.get_member(member_id)
        client = self.dossiers.get_client(member.client_id or "")
        interactions = [
            i for i in self.dossiers.list_interactions(client.saved_id) if member_id in i.member_ids
        ]
        proposals = [
            p
            for p in ProposalService(self.db).list_proposals(client.saved_id, all_revisions=True)
            if any(a.id == member_id for a in p.addressees)
        ]
        names = {m.saved_id: m.full_name for m in self.dossiers.list_members(client.saved_id)}
        links = [
            link
            for link in RelationshipService(self.db).links(client.saved_id)
            if member_id in (link.from_member_id, link.to_member_id)
        ]
        role = next((r for r in self.dossiers.roles() if r.code == member.role_code), None)
        return {
            "format": FORMAT,
            "exported_on": (today or date.today()).isoformat(),
            "client": {"id": client.saved_id, "name": client.name},
            "person": codec.member_to_json(member),
            "role_names": {"ru": role.name_ru, "en": role.name_en} if role else {},
            "interactions": [
                {
                    "id": i.saved_id,
                    "occurred_on": i.occurred_on.isoformat(),
                    "kind": i.kind.value,
                    "summary": i.summary,
                    "next_step": i.next_step,
                    "next_step_due": i.next_step_due.isoformat() if i.next_step_due else None,
                }
                for i in sorted(interactions, key=lambda i: i.occurred_on)
            ],
            "proposals_addressed": [
                {
                    "number": p.number if p.revision <= 1 else f"{p.number}/{p.revision}",
                    "title": p.title,
                    "status": p.status.value,
                    "issue_date": p.issue_date.isoformat(),
                    "valid_until": p.valid_until.isoformat(),
                }
                for p in proposals
            ],
            "informal_links": [
                {
                    "kind": link.kind.value,
                    "direction": "from" if link.from_member_id == member_id else "to",
                    "other_person": names.get(
                        link.to_member_id
                        if link.from_member_id == member_id
                        else link.from_member_id,
                        "",
                    ),
                }
                for link in links
            ],
        }

    def write(self, member_id: str, path: str | Path) -> Path:
        """The export written to ``path``: JSON or PDF by the extension (atomically)."""
        kind = file_format(path)
        data = self.export(member_id)
        if kind == "json":
            payload = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        else:
            from kam_desktop.documents.person_export import render_person_export

            payload = render_person_export(data)
        target = Path(path)
        write_atomically(target, payload)
        return target

    # ---- erasure (152-ФЗ art. 21 / GDPR art. 17) ----------------------------------------------
    def _facts(self, s: Session, member_id: str) -> erasure_store.PersonFacts:
        facts = erasure_store.person_facts(s, member_id.strip())
        if facts is None:
            raise NotFoundError(_("No person with id {id}.").format(id=member_id.strip()))
        return facts

    @staticmethod
    def _pattern(facts: erasure_store.PersonFacts) -> re.Pattern[str] | None:
        return mention_pattern((facts.full_name, *facts.family_names), facts.contact_values)

    def erasure_plan(self, member_id: str) -> ErasurePlan:
        """What ``erase`` would remove or change; nothing is written (raises NotFoundError)."""
        with self.db.session() as s:
            facts = self._facts(s, member_id)
            return erasure_store.erasure_plan(s, facts, self._pattern(facts))

    def erase(self, member_id: str, erased_by: str | None = None) -> ErasureResult:
        """Erase the person in one transaction, then make the file forget the deleted bytes.

        ``erased_by`` defaults to the user's name in the team (local settings)."""
        if erased_by is None:
            from kam_desktop.local_settings import user_name

            erased_by = user_name()
        self.db.require_writable()
        with self.db.session() as s:
            facts = self._facts(s, member_id)
            pattern = self._pattern(facts)
            plan = erasure_store.erasure_plan(s, facts, pattern)
            marker = _("[erased]")  # what replaces a mention, in the UI's language
            erasure_store.erase_person(s, facts, pattern, marker, erased_by)
        rewritten = erasure_store.forget_free_space(self.db.engine)
        return ErasureResult(plan, facts.client_id, rewritten)

    def erasures(self) -> list[tuple[datetime, str]]:
        """(when, by whom) of every erasure in this database, newest first."""
        with self.db.session() as s:
            return erasure_store.erasure_log(s)


def plan_lines(plan: ErasurePlan) -> list[str]:
    """What an erasure removes or changes, one line each (the CLI's dry run, the GUI's dialog)."""
    return [
        _("Person: {name}").format(name=plan.name),
        _("Contacts (phones, e-mails, messengers): {n}").format(n=plan.contacts),
        _("Family members: {n}").format(n=plan.family),
        _("Interactions they took part in (they leave the participants): {n}").format(
            n=plan.interactions_taken_part
        ),
        _("Interactions whose texts mention them (replaced by «{marker}»): {n}").format(
            n=plan.interactions_mentioning, marker=_("[erased]")
        ),
        _(
            "Other texts mentioning them (the client's, colleagues' notes, steps, drafts): {n}"
        ).format(n=plan.other_texts_mentioning),
        _("Change-log entries about them: {n}").format(n=plan.change_log_entries),
        _("Planned steps with them (kept, without the person): {n}").format(n=plan.planned_steps),
        _("Informal links to and from them: {n}").format(n=plan.links),
        _("People who reported to them (kept, without a manager): {n}").format(n=plan.reports),
        _("Draft proposals addressed to them (they are no longer an addressee): {n}").format(
            n=plan.draft_proposals
        ),
        _(
            "Sent proposals addressed to them (keep only what the document printed: name, "
            "position, form of address): {n}"
        ).format(n=plan.sent_proposals),
    ]


def erased_summary(plan: ErasurePlan) -> str:
    """One line after an erasure (without the name: it is gone)."""
    return _(
        "Erased one person: {contacts} contacts, {family} family members, {took_part} "
        "participations, {mentions} texts with mentions, {log} change-log entries; {drafts} "
        "draft and {sent} sent proposals updated."
    ).format(
        contacts=plan.contacts,
        family=plan.family,
        took_part=plan.interactions_taken_part,
        mentions=plan.interactions_mentioning + plan.other_texts_mentioning,
        log=plan.change_log_entries,
        drafts=plan.draft_proposals,
        sent=plan.sent_proposals,
    )
