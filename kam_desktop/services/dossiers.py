"""Dossier use cases: clients, decision-group members, interactions, our side, search.

Deletes return a snapshot that ``restore_*`` puts back with the same UUIDs, which is what the
GUI's undo uses.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from kam_desktop.domain import limits
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
from kam_desktop.services.database import Database
from kam_desktop.storage import attached_rows, search_index
from kam_desktop.storage.mapping import (
    COMPANY_FIELDS,
    TEAM_FIELDS,
    client_to_domain,
    client_to_row,
    company_to_domain,
    interaction_to_domain,
    member_to_domain,
    member_to_row,
    role_to_domain,
    team_member_to_domain,
)
from kam_desktop.storage.models import (
    ClientRow,
    DmuRoleRow,
    InteractionRow,
    MemberRow,
    OurCompanyRow,
    SettingRow,
    TeamMemberRow,
)

SORTABLE_CLIENT_COLUMNS = {
    "name": ClientRow.name,
    "status": ClientRow.status,
    "industry": ClientRow.industry,
    "region": ClientRow.region,
    "updated_at": ClientRow.updated_at,
}


def _member_options():
    return (selectinload(MemberRow.contacts), selectinload(MemberRow.family))


class DossierService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- clients -------------------------------------------------------------------------
    def _client_filters(self, query: str, status: ClientStatus | None) -> list:
        """WHERE clauses of the client list: status, and the full-text match as a subquery."""
        filters = []
        if status is not None:
            filters.append(ClientRow.status == status.value)
        matching = search_index.matching_client_ids_query(self.db.dialect, query)
        if matching is not None:
            filters.append(ClientRow.id.in_(matching))
        return filters

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
        member_count = (
            select(func.count(MemberRow.id))
            .where(MemberRow.client_id == ClientRow.id)
            .correlate(ClientRow)
            .scalar_subquery()
        )
        order_col = SORTABLE_CLIENT_COLUMNS.get(order_by, ClientRow.name)
        if order_by == "member_count":
            order_col = member_count
        ordering = (order_col.desc() if descending else order_col, ClientRow.id)
        page = select(ClientRow.id).where(*self._client_filters(query, status)).order_by(*ordering)
        page = page.offset(offset).limit(limit).subquery()
        # Members are counted for the page only: counting before the sort cost ~20 ms a
        # keystroke for a one-letter search over 5,000 clients.
        stmt = (
            select(
                ClientRow.id,
                ClientRow.name,
                ClientRow.status,
                ClientRow.industry,
                ClientRow.region,
                member_count,
                ClientRow.updated_at,
                ClientRow.sales_share_pct,
            )
            .join(page, page.c.id == ClientRow.id)
            .order_by(*ordering)
        )
        with self.db.session() as s:
            return [
                ClientSummary(r[0], r[1], ClientStatus(r[2]), r[3], r[4], r[5], r[6], r[7])
                for r in s.execute(stmt)
            ]

    def count_clients(self, query: str = "", status: ClientStatus | None = None) -> int:
        stmt = select(func.count(ClientRow.id)).where(*self._client_filters(query, status))
        with self.db.session() as s:
            return s.execute(stmt).scalar_one()

    def _client_row(self, s: Session, client_id: str) -> ClientRow:
        row = s.get(ClientRow, client_id, options=(selectinload(ClientRow.tenders),))
        if row is None:
            raise NotFoundError(_("No client with id {id}.").format(id=client_id))
        return row

    def get_client(self, client_id: str) -> Client:
        with self.db.session() as s:
            return client_to_domain(self._client_row(s, client_id))

    def get_dossier(self, client_id: str) -> Dossier:
        with self.db.session() as s:
            client = client_to_domain(self._client_row(s, client_id))
            members = s.scalars(
                select(MemberRow)
                .where(MemberRow.client_id == client_id)
                .options(*_member_options())
                .order_by(MemberRow.influence.desc(), MemberRow.full_name)
            ).all()
            interactions = s.scalars(
                select(InteractionRow)
                .where(InteractionRow.client_id == client_id)
                .options(
                    selectinload(InteractionRow.members).load_only(MemberRow.id),
                    selectinload(InteractionRow.team_members).load_only(TeamMemberRow.id),
                )
                .order_by(InteractionRow.occurred_on.desc())
            ).all()
            return Dossier(
                client,
                [member_to_domain(m) for m in members],
                [interaction_to_domain(i) for i in interactions],
            )

    def _reindex(self, s: Session, client_id: str) -> None:
        s.flush()
        client = s.get(ClientRow, client_id)
        members = s.scalars(
            select(MemberRow).where(MemberRow.client_id == client_id).options(*_member_options())
        ).all()
        search_index.reindex_client(s.connection(), client, members)

    def save_client(self, client: Client) -> Client:
        """Create or update; raises ValidationError, or ConflictError if changed meanwhile."""
        raise_if_errors(client_errors(client))
        try:
            with self.db.session() as s:
                if client.id is None:
                    row = ClientRow()
                    s.add(row)
                else:
                    row = s.get(ClientRow, client.id, options=(selectinload(ClientRow.tenders),))
                    if row is None:
                        row = ClientRow(id=client.id)
                        s.add(row)
                    elif client.version and row.version != client.version:
                        raise ConflictError(_("This client was changed elsewhere; reload it."))
                client_to_row(client, row)
                s.flush()
                self._reindex(s, row.id)
                return client_to_domain(row)
        except StaleDataError:
            raise ConflictError(_("This client was changed elsewhere; reload it.")) from None

    def delete_client(self, client_id: str) -> Dossier:
        """Delete a client with its whole dossier; returns what ``restore_client`` needs."""
        snapshot = self.get_dossier(client_id)
        with self.db.session() as s:
            snapshot.attached_rows = attached_rows.capture(s.connection(), client_id)
            s.delete(self._client_row(s, client_id))
            search_index.delete_client_entries(s.connection(), client_id)
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
                    attached_rows.restore(s.connection(), snapshot.attached_rows)

    # ---- members -------------------------------------------------------------------------
    def list_members(self, client_id: str) -> list[Member]:
        with self.db.session() as s:
            rows = s.scalars(
                select(MemberRow)
                .where(MemberRow.client_id == client_id)
                .options(*_member_options())
                .order_by(MemberRow.influence.desc(), MemberRow.full_name)
            ).all()
            return [member_to_domain(r) for r in rows]

    def get_member(self, member_id: str) -> Member:
        with self.db.session() as s:
            row = s.get(MemberRow, member_id, options=_member_options())
            if row is None:
                raise NotFoundError(_("No person with id {id}.").format(id=member_id))
            return member_to_domain(row)

    def _check_reports_to(self, s: Session, member: Member) -> None:
        if member.reports_to_id is None:
            return
        boss = s.get(MemberRow, member.reports_to_id)
        if boss is None or boss.client_id != member.client_id:
            raise ValidationError(
                {"reports_to_id": _("Choose a member of the same client's decision group.")}
            )
        # Walk up the chain: a cycle (A → B → A) is as wrong as reporting to oneself.
        if reporting_loop(member.id, boss.id, lambda i: s.get(MemberRow, i).reports_to_id):
            raise ValidationError({"reports_to_id": _("This would make a reporting loop.")})

    @staticmethod
    def _check_room(s: Session, model, client_id: str, limit: int, field: str) -> None:
        """A dossier holds at most what the exchange format carries (domain/limits.py)."""
        count = s.scalar(select(func.count(model.id)).where(model.client_id == client_id))
        if count >= limit:
            raise ValidationError(
                {field: _("This dossier is full: at most {limit} records.").format(limit=limit)}
            )

    def save_member(self, member: Member) -> Member:
        raise_if_errors(member_errors(member))
        if not member.client_id:
            raise ValidationError({"client_id": _("Choose the client.")})
        try:
            with self.db.session() as s:
                self._client_row(s, member.client_id)
                self._check_reports_to(s, member)
                if s.get(DmuRoleRow, member.role_code) is None:
                    raise ValidationError({"role_code": _("Choose a role from the list.")})
                row = None
                if member.id is not None:
                    row = s.get(MemberRow, member.id, options=_member_options())
                if row is None:
                    self._check_room(
                        s, MemberRow, member.client_id, limits.MAX_MEMBERS_PER_CLIENT, "full_name"
                    )
                    row = MemberRow(id=member.id) if member.id else MemberRow()
                    row.client_id = member.client_id
                    s.add(row)
                elif member.version and row.version != member.version:
                    raise ConflictError(_("This person was changed elsewhere; reload them."))
                member_to_row(member, row)
                s.flush()
                self._reindex(s, row.client_id)
                return member_to_domain(row)
        except StaleDataError:
            raise ConflictError(_("This person was changed elsewhere; reload them.")) from None

    def delete_member(
        self, member_id: str
    ) -> tuple[Member, list[str], list[tuple[str, list[str]]]]:
        """Delete one member; the snapshot keeps who reported to them and their meetings."""
        member = self.get_member(member_id)
        with self.db.session() as s:
            row = s.get(MemberRow, member_id)
            subordinates = list(
                s.scalars(select(MemberRow.id).where(MemberRow.reports_to_id == member_id))
            )
            meetings = [
                (i.id, [m.id for m in i.members])
                for i in s.scalars(
                    select(InteractionRow).where(
                        InteractionRow.members.any(MemberRow.id == member_id)
                    )
                )
            ]
            s.delete(row)
            s.flush()
            self._reindex(s, member.client_id)
        return member, subordinates, meetings

    def restore_member(
        self, snapshot: tuple[Member, list[str], list[tuple[str, list[str]]]]
    ) -> None:
        member, subordinates, meetings = snapshot
        with self.db.transaction() as s:
            self.save_member(replace(member, version=0))
            for sub_id in subordinates:
                sub = s.get(MemberRow, sub_id)
                if sub is not None:
                    sub.reports_to_id = member.id
            row = s.get(MemberRow, member.id)
            for interaction_id, _ids in meetings:
                interaction = s.get(InteractionRow, interaction_id)
                if interaction is not None and row not in interaction.members:
                    interaction.members.append(row)

    # ---- roles ---------------------------------------------------------------------------
    def roles(self) -> list[DmuRole]:
        with self.db.session() as s:
            rows = s.scalars(select(DmuRoleRow).order_by(DmuRoleRow.sort_order, DmuRoleRow.code))
            return [role_to_domain(r) for r in rows]

    def add_role(self, name_ru: str, name_en: str) -> DmuRole:
        """Extend the seeded role list with a user's own role."""
        name_ru, name_en = name_ru.strip(), name_en.strip()
        if not (name_ru or name_en):
            raise ValidationError({"name": _("Enter the role's name.")})
        errors = role_text_errors(DmuRole("", name_ru or name_en, name_en or name_ru))
        if errors:  # the dialog has one field for both names
            raise ValidationError({"name": next(iter(errors.values()))})
        import uuid

        code = "custom_" + uuid.uuid4().hex[:8]
        with self.db.session() as s:
            row = DmuRoleRow(
                code=code,
                name_ru=name_ru or name_en,
                name_en=name_en or name_ru,
                builtin=False,
                sort_order=1000,
            )
            s.add(row)
            return role_to_domain(row)

    # ---- interactions ----------------------------------------------------------------------
    def list_interactions(self, client_id: str) -> list[Interaction]:
        return self.get_dossier(client_id).interactions

    def save_interaction(self, interaction: Interaction) -> Interaction:
        raise_if_errors(interaction_errors(interaction))
        with self.db.session() as s:
            self._client_row(s, interaction.client_id)
            row = s.get(InteractionRow, interaction.id) if interaction.id else None
            if row is None:
                self._check_room(
                    s,
                    InteractionRow,
                    interaction.client_id,
                    limits.MAX_INTERACTIONS_PER_CLIENT,
                    "summary",
                )
                row = InteractionRow(id=interaction.id) if interaction.id else InteractionRow()
                row.client_id = interaction.client_id
                s.add(row)
            elif interaction.version and row.version != interaction.version:
                raise ConflictError(_("This interaction was changed elsewhere; reload it."))
            row.occurred_on, row.kind = interaction.occurred_on, interaction.kind.value
            row.summary, row.next_step = interaction.summary.strip(), interaction.next_step.strip()
            row.next_step_due = interaction.next_step_due
            members = list(
                s.scalars(select(MemberRow).where(MemberRow.id.in_(interaction.member_ids)))
            )
            if any(m.client_id != interaction.client_id for m in members):
                raise ValidationError({"member_ids": _("Participants must belong to this client.")})
            row.members = members
            row.team_members = list(
                s.scalars(
                    select(TeamMemberRow).where(TeamMemberRow.id.in_(interaction.team_member_ids))
                )
            )
            s.flush()
            return interaction_to_domain(row)

    def delete_interaction(self, interaction_id: str) -> Interaction:
        with self.db.session() as s:
            row = s.get(InteractionRow, interaction_id)
            if row is None:
                raise NotFoundError(_("No interaction with id {id}.").format(id=interaction_id))
            snapshot = interaction_to_domain(row)
            s.delete(row)
            return snapshot

    def restore_interaction(self, snapshot: Interaction) -> None:
        self.save_interaction(replace(snapshot, version=0))

    # ---- our side ------------------------------------------------------------------------
    def team(self) -> list[TeamMember]:
        with self.db.session() as s:
            rows = s.scalars(select(TeamMemberRow).order_by(TeamMemberRow.full_name))
            return [team_member_to_domain(r) for r in rows]

    def save_team_member(self, person: TeamMember) -> TeamMember:
        raise_if_errors(team_member_errors(person))
        with self.db.session() as s:
            row = s.get(TeamMemberRow, person.id) if person.id else None
            if row is None:
                row = TeamMemberRow(id=person.id) if person.id else TeamMemberRow()
                s.add(row)
            for f in TEAM_FIELDS:
                value = getattr(person, f)
                setattr(row, f, value.strip() if isinstance(value, str) else value)
            s.flush()
            return team_member_to_domain(row)

    def delete_team_member(self, person_id: str) -> TeamMember:
        with self.db.session() as s:
            row = s.get(TeamMemberRow, person_id)
            if row is None:
                raise NotFoundError(_("No team member with id {id}.").format(id=person_id))
            snapshot = team_member_to_domain(row)
            s.delete(row)
            return snapshot

    def our_company(self) -> OurCompany:
        with self.db.session() as s:
            row = s.scalars(select(OurCompanyRow).limit(1)).first()
            return company_to_domain(row) if row else OurCompany()

    def save_our_company(self, company: OurCompany) -> OurCompany:
        """Raises ValidationError({field: message}): name, inn, kpp, ogrn, bik, accounts."""
        raise_if_errors(company_errors(company))
        codes = {f: compact_code(getattr(company, f)) for f in REQUISITE_CODES}
        company = replace(company, **codes)
        with self.db.session() as s:
            row = s.scalars(select(OurCompanyRow).limit(1)).first()
            if row is None:
                row = OurCompanyRow(id=company.id) if company.id else OurCompanyRow()
                s.add(row)
            for f in COMPANY_FIELDS:
                value = getattr(company, f)
                setattr(row, f, value.strip() if isinstance(value, str) else value)
            s.flush()
            return company_to_domain(row)

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

    def setting(self, key: str, default: str = "") -> str:
        with self.db.session() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.session() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value
