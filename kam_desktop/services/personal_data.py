"""Personal-data rights: everything the database holds about one person, for a subject-access
request (152-ФЗ art. 14 / GDPR art. 15), as JSON or a readable PDF.

What is "about the person": their own record as the exchange format writes it (every field,
contacts, family), the interactions they took part in (without the other participants: that
is other people's data), the proposals addressed to them, and the informal links they are in
(with the other person's name, since the link is about both). Nothing is changed.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kam_desktop.domain.errors import ValidationError
from kam_desktop.exchange import codec
from kam_desktop.files import write_atomically
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService
from kam_desktop.services.relationship import RelationshipService

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
