"""Dossier use cases: clients, decision-group members, interactions, our side, search.

Deletes return a snapshot that ``restore_*`` puts back with the same UUIDs, which is what the
GUI's undo uses. The queries live in ``storage/client_store.py`` and ``storage/our_side_store.py``;
this module keeps the units of work and the rules.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kam_desktop.domain import limits
from kam_desktop.domain.change_log import EntityKind, PollStamps
from kam_desktop.domain.client_list import ClientListQuery
from kam_desktop.domain.dossier import (
    Client,
    ClientSummary,
    DmuRole,
    Dossier,
    Interaction,
    Member,
    OurCompany,
    SearchHit,
    TeamMember,
    managers_first,
)
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.domain.validation import (
    REQUISITE_CODES,
    client_errors,
    compact_code,
    company_errors,
    interaction_errors,
    member_errors,
    raise_if_errors,
    reporting_loop,
    role_text_errors,
    team_member_errors,
)
from kam_desktop.i18n import _
from kam_desktop.services.change_history import log_deleted, log_fields, log_saved
from kam_desktop.services.database import Database
from kam_desktop.storage import client_store, our_side_store, search_index
from kam_desktop.storage.settings_store import read_setting, write_setting

MemberSnapshot = tuple[Member, list[str], list[tuple[str, list[str]]]]


def _no_client(client_id: str) -> NotFoundError:
    return NotFoundError(_("No client with id {id}.").format(id=client_id))


class DossierService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- clients -------------------------------------------------------------------------
    def list_clients(
        self,
        query: str = "",
        status: ClientStatus | None = None,
        order_by: str = "name",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ClientSummary]:
        """Clients for the list view: filtered by text and status, sorted and paged in SQL."""
        request = ClientListQuery(query, status, order_by, descending, limit, offset)
        with self.db.session() as s:
            return client_store.list_page(s, self.db.dialect, request)

    def count_clients(self, query: str = "", status: ClientStatus | None = None) -> int:
        filters = client_store.client_filters(self.db.dialect, query, status)
        with self.db.session() as s:
            return client_store.count_clients(s, filters)

    @staticmethod
    def _require_client(s: Session, client_id: str) -> None:
        if not client_store.client_exists(s, client_id):
            raise _no_client(client_id)

    def get_client(self, client_id: str) -> Client:
        with self.db.session() as s:
            client = client_store.find_client(s, client_id)
        if client is None:
            raise _no_client(client_id)
        return client

    def get_dossier(self, client_id: str) -> Dossier:
        with self.db.session() as s:
            dossier = client_store.load_dossier(s, client_id)
        if dossier is None:
            raise _no_client(client_id)
        return dossier

    def save_client(self, client: Client) -> Client:
        """Create or update; raises ValidationError, or ConflictError if changed meanwhile."""
        raise_if_errors(client_errors(client))
        try:
            with self.db.session() as s:
                before = None
                if client.id is not None:
                    stored = client_store.client_version(s, client.id)
                    if stored is not None and client.version and stored != client.version:
                        raise ConflictError(_("This client was changed elsewhere; reload it."))
                    before = client_store.find_client(s, client.id) if stored else None
                saved = client_store.write_client(s, client)
                log_saved(s, EntityKind.CLIENT, saved.saved_id, saved.id, before, saved)
                return saved
        except StaleDataError:
            raise ConflictError(_("This client was changed elsewhere; reload it.")) from None

    def delete_client(self, client_id: str) -> Dossier:
        """Delete a client with its whole dossier; returns what ``restore_client`` needs."""
        snapshot = self.get_dossier(client_id)
        with self.db.session() as s:
            self._require_client(s, client_id)
            snapshot.attached_rows = client_store.delete_client(s, client_id)
            log_deleted(s, EntityKind.CLIENT, client_id, client_id)
        return snapshot

    def restore_client(self, snapshot: Dossier) -> None:
        """Put a deleted dossier back, with the same ids (undo); all of it or nothing."""
        with self.db.transaction():
            self.save_client(replace(snapshot.client, version=0))
            for member in managers_first(snapshot.members):
                self.save_member(replace(member, version=0))
            for interaction in snapshot.interactions:
                self.save_interaction(replace(interaction, version=0))
            if snapshot.attached_rows:
                with self.db.session() as s:
                    client_store.restore_attached_rows(s, snapshot.attached_rows)

    def stamps(self, client_id: str | None) -> PollStamps:
        """What the window polls to notice others' saves: the client list's stamp and, with
        ``client_id``, the versions of that dossier's records (one small read)."""
        with self.db.session() as s:
            clients = client_store.clients_stamp(s)
            records = client_store.record_versions(s, client_id) if client_id else None
        return PollStamps(clients, records)

    # ---- members -------------------------------------------------------------------------
    def list_members(self, client_id: str) -> list[Member]:
        with self.db.session() as s:
            return client_store.load_members(s, [client_id]).get(client_id, [])

    def get_member(self, member_id: str) -> Member:
        with self.db.session() as s:
            member = client_store.find_member(s, member_id)
        if member is None:
            raise NotFoundError(_("No person with id {id}.").format(id=member_id))
        return member

    @staticmethod
    def _check_reports_to(s: Session, member: Member) -> None:
        boss_id = member.reports_to_id
        if boss_id is None:
            return
        if client_store.member_clients(s, [boss_id]).get(boss_id) != member.client_id:
            raise ValidationError(
                {"reports_to_id": _("Choose a member of the same client's decision group.")}
            )
        # Walk up the chain: a cycle (A → B → A) is as wrong as reporting to oneself.
        if reporting_loop(member.id, boss_id, lambda i: client_store.reports_to_of(s, i)):
            raise ValidationError({"reports_to_id": _("This would make a reporting loop.")})

    @staticmethod
    def _check_room(count: int, limit: int, field: str) -> None:
        """A dossier holds at most what the exchange format carries (domain/limits.py)."""
        if count >= limit:
            raise ValidationError(
                {field: _("This dossier is full: at most {limit} records.").format(limit=limit)}
            )

    def save_member(self, member: Member) -> Member:
        raise_if_errors(member_errors(member))
        client_id = member.client_id
        if not client_id:
            raise ValidationError({"client_id": _("Choose the client.")})
        try:
            with self.db.session() as s:
                self._require_client(s, client_id)
                self._check_reports_to(s, member)
                if not our_side_store.role_exists(s, member.role_code):
                    raise ValidationError({"role_code": _("Choose a role from the list.")})
                stored = None
                if member.id is not None:
                    stored = client_store.member_version(s, member.id)
                before = None
                if stored is None:
                    count = client_store.count_members(s, client_id)
                    self._check_room(count, limits.MAX_MEMBERS_PER_CLIENT, "full_name")
                elif member.version and stored != member.version:
                    raise ConflictError(_("This person was changed elsewhere; reload them."))
                else:
                    before = client_store.find_member(s, member.saved_id)
                saved = client_store.write_member(s, member, client_id)
                log_saved(s, EntityKind.MEMBER, saved.saved_id, client_id, before, saved)
                return saved
        except StaleDataError:
            raise ConflictError(_("This person was changed elsewhere; reload them.")) from None

    def delete_member(self, member_id: str) -> MemberSnapshot:
        """Delete one member; the snapshot keeps who reported to them and their meetings."""
        member = self.get_member(member_id)
        with self.db.session() as s:
            subordinates, meetings = client_store.delete_member(
                s, member_id, member.client_id or ""
            )
            log_deleted(s, EntityKind.MEMBER, member_id, member.client_id)
            for sub_id in subordinates:  # the foreign key cleared whom they report to
                log_fields(s, EntityKind.MEMBER, sub_id, member.client_id, ["reports_to_id"])
        return member, subordinates, meetings

    def restore_member(self, snapshot: MemberSnapshot) -> None:
        member, subordinates, meetings = snapshot
        with self.db.transaction() as s:
            saved = self.save_member(replace(member, version=0))
            client_store.restore_member_links(s, saved.saved_id, (subordinates, meetings))
            for sub_id in subordinates:
                log_fields(s, EntityKind.MEMBER, sub_id, member.client_id, ["reports_to_id"])

    # ---- roles ---------------------------------------------------------------------------
    def roles(self) -> list[DmuRole]:
        with self.db.session() as s:
            return our_side_store.load_roles(s)

    def add_role(self, name_ru: str, name_en: str) -> DmuRole:
        """Extend the seeded role list with a user's own role."""
        name_ru, name_en = name_ru.strip(), name_en.strip()
        if not (name_ru or name_en):
            raise ValidationError({"name": _("Enter the role's name.")})
        errors = role_text_errors(DmuRole("", name_ru or name_en, name_en or name_ru))
        if errors:  # the dialog has one field for both names
            raise ValidationError({"name": next(iter(errors.values()))})
        code = "custom_" + uuid.uuid4().hex[:8]
        role = DmuRole(code, name_ru or name_en, name_en or name_ru, builtin=False)
        with self.db.session() as s:
            return our_side_store.add_role(s, role, sort_order=1000)

    # ---- interactions ----------------------------------------------------------------------
    def list_interactions(self, client_id: str) -> list[Interaction]:
        return self.get_dossier(client_id).interactions

    def get_interaction(self, interaction_id: str) -> Interaction:
        with self.db.session() as s:
            found = client_store.find_interaction(s, interaction_id)
        if found is None:
            raise NotFoundError(_("No interaction with id {id}.").format(id=interaction_id))
        return found

    def save_interaction(self, interaction: Interaction) -> Interaction:
        raise_if_errors(interaction_errors(interaction))
        with self.db.session() as s:
            self._require_client(s, interaction.client_id)
            stored = None
            if interaction.id:
                stored = client_store.interaction_version(s, interaction.id)
            before = None
            if stored is None:
                count = client_store.count_interactions(s, interaction.client_id)
                self._check_room(count, limits.MAX_INTERACTIONS_PER_CLIENT, "summary")
            elif interaction.version and stored != interaction.version:
                raise ConflictError(_("This interaction was changed elsewhere; reload it."))
            else:
                before = client_store.find_interaction(s, interaction.saved_id)
            owners = client_store.member_clients(s, interaction.member_ids)
            if any(owner != interaction.client_id for owner in owners.values()):
                raise ValidationError({"member_ids": _("Participants must belong to this client.")})
            saved = client_store.write_interaction(s, interaction)
            kind = EntityKind.INTERACTION
            log_saved(s, kind, saved.saved_id, saved.client_id, before, saved)
            return saved

    def delete_interaction(self, interaction_id: str) -> Interaction:
        with self.db.session() as s:
            snapshot = client_store.delete_interaction(s, interaction_id)
            if snapshot is not None:
                kind = EntityKind.INTERACTION
                log_deleted(s, kind, interaction_id, snapshot.client_id)
        if snapshot is None:
            raise NotFoundError(_("No interaction with id {id}.").format(id=interaction_id))
        return snapshot

    def restore_interaction(self, snapshot: Interaction) -> None:
        self.save_interaction(replace(snapshot, version=0))

    # ---- our side ------------------------------------------------------------------------
    def team(self) -> list[TeamMember]:
        with self.db.session() as s:
            return our_side_store.load_team(s)

    def save_team_member(self, person: TeamMember) -> TeamMember:
        raise_if_errors(team_member_errors(person))
        with self.db.session() as s:
            return our_side_store.write_team_member(s, person)

    def delete_team_member(self, person_id: str) -> TeamMember:
        with self.db.session() as s:
            snapshot = our_side_store.delete_team_member(s, person_id)
        if snapshot is None:
            raise NotFoundError(_("No team member with id {id}.").format(id=person_id))
        return snapshot

    def our_company(self) -> OurCompany:
        with self.db.session() as s:
            return our_side_store.load_company(s) or OurCompany()

    def save_our_company(self, company: OurCompany) -> OurCompany:
        """Raises ValidationError({field: message}): name, inn, kpp, ogrn, bik, accounts."""
        raise_if_errors(company_errors(company))
        company = replace(company)  # the caller's object stays as typed
        for f in REQUISITE_CODES:
            setattr(company, f, compact_code(getattr(company, f)))
        with self.db.session() as s:
            return our_side_store.write_company(s, company)

    # ---- search & settings ---------------------------------------------------------------
    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        with self.db.session() as s:
            hits = search_index.search(s.connection(), text, limit)
        return [
            SearchHit(
                h["kind"],
                h["entity_id"],
                h["name"],
                h["client_name"],
                h["client_id"],
                h["body"][:120],
            )
            for h in hits
        ]

    def matching_people(self, query: str, client_ids: list[str]) -> dict[str, str]:
        """Client id → name of the person in its decision group that the search matched."""
        with self.db.session() as s:
            return search_index.matching_people(s.connection(), query, client_ids)

    def matching_members(self, query: str, client_ids: list[str]) -> dict[str, tuple[str, str]]:
        """Client id → (member id, name) of the person the search matched in its group."""
        with self.db.session() as s:
            return search_index.matching_members(s.connection(), query, client_ids)

    def setting(self, key: str, default: str = "") -> str:
        with self.db.session() as s:
            value = read_setting(s, key)
        return value if value is not None else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.session() as s:
            write_setting(s, key, value)
