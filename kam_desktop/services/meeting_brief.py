"""The meeting brief use case: read one client's dossier, open proposals, next steps and
coverage, choose the attendees, and render the PDF in the UI language (GUI and CLI share it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kam_desktop.documents.meeting_brief import (
    LAST_INTERACTIONS,
    BriefAttendee,
    MeetingBrief,
    render_meeting_brief,
)
from kam_desktop.domain.coverage import account_warnings, coverage_score, is_influential
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.files import write_atomically
from kam_desktop.i18n import _, current_language
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.database import Database
from kam_desktop.storage import client_store, cockpit_store, our_side_store, portfolio_store


def influential_ids(group: Sequence[Member]) -> list[str]:
    """The members the dialog pre-checks (influence 4–5; everyone when nobody is)."""
    chosen = [m.saved_id for m in group if is_influential(m)]
    return chosen or [m.saved_id for m in group]


class MeetingBriefService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def group(self, client_id: str) -> list[Member]:
        """The client's decision group (the dialog's list of possible attendees)."""
        with self.db.session() as s:
            if not client_store.client_exists(s, client_id):
                raise NotFoundError(_("No client with id {id}.").format(id=client_id))
            return client_store.load_members(s, [client_id]).get(client_id, [])

    def role_labels(self, lang: str | None = None) -> dict[str, str]:
        """Role code → its name in ``lang`` (default: the UI language)."""
        lang = lang or current_language()
        with self.db.session() as s:
            return {r.code: r.label(lang) for r in our_side_store.load_roles(s)}

    def brief(
        self,
        client_id: str,
        attendee_ids: Sequence[str] | None = None,
        on: date | None = None,
        lang: str | None = None,
    ) -> MeetingBrief:
        on = on or date.today()
        lang = lang or current_language()
        with self.db.session() as s:
            dossier = client_store.load_dossier(s, client_id)
            if dossier is None:
                raise NotFoundError(_("No client with id {id}.").format(id=client_id))
            roles = {r.code: r.label(lang) for r in our_side_store.load_roles(s)}
            contacts = cockpit_store.last_contacts(s, client_id)
            proposals = portfolio_store.open_proposals(s, client_id)
            steps = cockpit_store.open_steps_of_client(s, client_id)
        client, group = dossier.client, dossier.members
        attendees = choose_attendees(group, attendee_ids)
        warnings = account_warnings(
            group,
            client.status,
            on,
            contacts,
            role_label=lambda code: roles.get(code, code),
            rules=AgendaService(self.db).cadences(),
            lang=lang,
        )
        latest = sorted(dossier.interactions, key=lambda i: i.occurred_on, reverse=True)
        return MeetingBrief(
            client_name=client.name,
            client_status=client.status,
            meeting_on=on,
            language=lang,
            attendees=[BriefAttendee(m, roles.get(m.role_code, m.role_code)) for m in attendees],
            interactions=latest[:LAST_INTERACTIONS],
            member_names={m.saved_id: m.full_name for m in group},
            proposals=proposals,
            steps=steps,
            warnings=[w.message for w in warnings],
            coverage_score=coverage_score(warnings),
            share_pct=client.sales_share_pct,
            reliability=client.reliability_result,
            reliability_checked_on=client.reliability_checked_on,
            group_size=len(group),
        )

    def render(
        self,
        client_id: str,
        attendee_ids: Sequence[str] | None = None,
        on: date | None = None,
        lang: str | None = None,
    ) -> bytes:
        """The brief as PDF bytes (attendees: the whole group when ``attendee_ids`` is None)."""
        return render_meeting_brief(self.brief(client_id, attendee_ids, on, lang))

    def write(
        self,
        path: str | Path,
        client_id: str,
        attendee_ids: Sequence[str] | None = None,
        on: date | None = None,
        lang: str | None = None,
    ) -> Path:
        if Path(path).suffix.lower() != ".pdf":
            raise ValidationError(
                {"out": _("The brief is a PDF: give a file name ending in .pdf.")}
            )
        pdf = self.render(client_id, attendee_ids, on, lang)
        write_atomically(path, pdf)
        return Path(path)


def choose_attendees(group: Sequence[Member], attendee_ids: Sequence[str] | None) -> list[Member]:
    """The chosen members in the group's order; an id outside the group is refused."""
    if attendee_ids is None:
        return list(group)
    known = {m.saved_id for m in group}
    strangers = [i for i in attendee_ids if i not in known]
    if strangers:
        raise ValidationError(
            {
                "attendee": _("{id} is not a member of this client's decision group.").format(
                    id=strangers[0]
                )
            }
        )
    chosen = set(attendee_ids)
    return [m for m in group if m.saved_id in chosen]
