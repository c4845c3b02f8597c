"""The apply step of an import: writes the decided records inside the caller's transaction.

``services/exchange.py`` opens the transaction and drives this record by record (shared
records, the proposal library, then dossier by dossier); the statements are in
``storage/exchange_rows.py``, the merge decisions in ``exchange/merge.py``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from kam_desktop.domain.change_log import EntityKind
from kam_desktop.domain.dossier import PERSONAL_LAYER, Interaction, Member, managers_first
from kam_desktop.domain.errors import ConflictError
from kam_desktop.domain.validation import reporting_loop
from kam_desktop.exchange import codec, personal, tables
from kam_desktop.exchange.archive import ParsedDossier, ParsedShared
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.exchange.format1 import LIBRARY_SECTIONS
from kam_desktop.exchange.merge import (
    Change,
    ImportResult,
    RecordChange,
    Resolution,
    canonical,
    fingerprint,
    proposal_specs,
    table_record,
)
from kam_desktop.i18n import _
from kam_desktop.services.change_history import changed_keys, imported_entry
from kam_desktop.storage import change_log, client_store, search_index
from kam_desktop.storage import exchange_reads as reads
from kam_desktop.storage import exchange_rows as rows
from kam_desktop.storage.mapping import (
    client_to_domain,
    client_to_row,
    company_to_domain,
    member_to_row,
    team_member_to_domain,
)
from kam_desktop.storage.models import (
    ClientRow,
    InteractionRow,
    MemberRow,
    OurCompanyRow,
    TeamMemberRow,
)
from kam_desktop.storage.sync_ledger import SHARED_LEDGER, SyncLedger
from kam_desktop.storage.team_models import ChangeLogRow

INSERT_BATCH_DOSSIERS = 100  # new dossiers written per executemany round


def meta_of(row: Any) -> codec.Meta:
    """The file's record metadata of a row (or anything with the stamps)."""
    return codec.Meta(row.created_at, row.updated_at, row.version)


def refuse_move(mine: str, theirs: str, record_id: str) -> None:
    """The last guard of the ownership rule (the preview refuses such files first)."""
    if mine != theirs:
        raise ArchiveError(
            _("The record {id} belongs to another client here; nothing was imported.").format(
                id=record_id
            )
        )


def free_number(s: Session, number: str, allowed_ids: set[str], taken: set[str]) -> str:
    """``number-2``, ``number-3``… the first not used by any proposal outside allowed_ids."""
    found = reads.free_number(s, number, allowed_ids, taken)
    if found is None:
        raise ArchiveError(_("No free number for proposal {number}.").format(number=number))
    return found


def mine_records(
    s: Session, dossier: ParsedDossier, existing: dict[str, set[str]] | None
) -> tuple[dict[str, dict], dict[str, dict]]:
    """My members and interactions with the file's ids, as JSON records; ids that
    ``existing`` says I do not have are not queried."""
    member_ids = [m.id or "" for m in dossier.members]
    interaction_ids = [i.id or "" for i, _meta in dossier.interactions]
    if existing is not None:
        member_ids = [i for i in member_ids if i in existing["member"]]
        interaction_ids = [i for i in interaction_ids if i in existing["interaction"]]
    members: dict[str, dict] = {}
    if member_ids:
        members.update(
            (m.id or "", codec.member_to_json(m)) for m in reads.members_by_id(s, member_ids)
        )
    interactions: dict[str, dict] = {}
    if interaction_ids:
        interactions.update(
            (i.id or "", codec.interaction_to_json(i, meta_of(stamps)))
            for i, stamps in reads.interactions_by_id(s, interaction_ids)
        )
    return members, interactions


def with_personal_of(member: Member, mine: dict) -> Member:
    """Theirs from a file without the personal layer, with my personal values kept: an absent
    layer means "not shared", never "empty"."""
    kept = codec.member_from_json(mine, member.client_id or "", member.full_name)
    return replace(member, **{name: getattr(kept, name) for name in PERSONAL_LAYER})


def kept_snapshot(mine: str | None, theirs: str | None) -> str | None:
    """My full frozen copy of a sent revision when theirs is its reduced form (the same
    document), else theirs."""
    if mine and theirs and personal.reduce_snapshot(mine) == theirs:
        return mine
    return theirs


class Applier:
    """Writes one import inside the caller's transaction, record by record as decided."""

    def __init__(
        self,
        s: Session,
        decisions: dict[tuple[str, str], RecordChange],
        mine_fps: dict[str, str],
        result: ImportResult,
        renumber: dict[str, str],
        personal_layer: bool = True,
    ) -> None:
        self.renumber = renumber
        # False: the file leaves the personal layer out — records are compared in their
        # business form and mine keep their personal values (exchange/personal.py).
        self.personal_layer = personal_layer
        self.s = s
        self.decisions = decisions
        self.mine_fps = mine_fps
        self.result = result
        self.ledger = SyncLedger(s)
        self._versions: dict[Table, list[dict]] = {}
        self._pending: dict[Table, list[dict]] = {}
        self._pending_docs: list[dict] = []
        self._pending_dossiers = 0
        self.writes = 0  # records written so far; a dossier with none needs no reindex

    # -- bookkeeping
    def _action(self, kind: str, record_id: str, mine_fp: str | None) -> Change | Resolution:
        """What to do with one record; refuses if my record changed since the preview."""
        if self.mine_fps.get(record_id) != mine_fp:
            raise ConflictError(
                _(
                    "Your data changed after the preview ({kind} {id}); preview the import again."
                ).format(kind=kind, id=record_id)
            )
        decision = self.decisions.get((kind, record_id))
        if decision is None:
            return Change.UNCHANGED
        if decision.change == Change.CONFLICT:
            return decision.resolution or Resolution.KEEP_MINE
        return decision.change

    def _mine_fp(self, kind: str, mine: dict | None) -> str | None:
        """My record's fingerprint in the form the preview compared it."""
        if mine is None:
            return None
        return fingerprint(mine if self.personal_layer else personal.business_record(kind, mine))

    def _fps(self, kind: str, record_id: str, theirs: dict) -> dict[str, str]:
        """Ledger entry → fingerprint of theirs to note: the full record's, or — from a file
        without the personal layer — a member's or proposal's business form, under its
        business entry (exchange/personal.py)."""
        if self.personal_layer or kind not in personal.KINDS_WITH_PERSONAL:
            return {record_id: fingerprint(theirs)}
        return {
            personal.business_id(record_id): fingerprint(personal.business_record(kind, theirs))
        }

    def _settle(
        self, action: Change | Resolution, key: str, record_id: str, theirs_fps: dict[str, str]
    ) -> bool:
        """Update counters and the ledger (``theirs_fps``: ledger entry → fingerprint, see
        ``_fps``); True when theirs must be written over/into mine."""
        if action != Change.SKIP:
            for entry, fp in theirs_fps.items():
                self.ledger.record(key, entry, fp)
        if action in (Change.ADD, Change.UPDATE, Resolution.TAKE_THEIRS, Resolution.KEEP_BOTH):
            self.writes += 1
        if action == Change.ADD:
            self.result.added += 1
        elif action in (Change.UPDATE, Resolution.TAKE_THEIRS):
            self.result.updated += 1
        elif action == Resolution.KEEP_BOTH:
            self.result.copies += 1
        elif action in (Resolution.KEEP_MINE, Change.SKIP):
            self.result.kept_mine += 1
        return action in (Change.ADD, Change.UPDATE, Resolution.TAKE_THEIRS)

    def _stamp(self, row: Any, meta: codec.Meta, new: bool) -> None:
        # Theirs keeps its timestamps; a new row also keeps its version, an updated one
        # gets the next local version so that stale editors notice the change.
        row.updated_at = meta.updated_at
        if new:
            row.created_at = meta.created_at
            if meta.version > 1:
                self._versions.setdefault(type(row).__table__, []).append(
                    {"rid": row.id, "v": meta.version, "at": meta.updated_at}
                )

    def _log(
        self, kind: EntityKind, record_id: str, client_id: str, mine: dict | None, theirs: dict
    ) -> None:
        """The change log's entry of a record the import wrote over or into mine."""
        fields = None if mine is None else changed_keys(mine, theirs)
        self.s.add(ChangeLogRow(**imported_entry(kind, record_id, client_id, fields)))

    def flush_versions(self) -> None:
        """The ORM writes version 1 on insert; carry the file's version over afterwards."""
        rows.restore_versions(self.s, self._versions)
        self._versions.clear()

    # -- shared records
    def roles(self, roles: list) -> None:
        rows.add_missing_roles(self.s, roles)

    def shared(self, shared: ParsedShared) -> None:
        for person, meta in shared.team:
            person_id = person.id or ""
            row = self.s.get(TeamMemberRow, person_id)
            mine_fp = (
                fingerprint(codec.team_member_to_json(team_member_to_domain(row), meta_of(row)))
                if row
                else None
            )
            theirs_fp = fingerprint(codec.team_member_to_json(person, meta))
            action = self._action("team_member", person_id, mine_fp)
            if action == Resolution.KEEP_BOTH:
                self.s.add(rows.team_row(replace(person, id=rows.new_uuid())))
            if self._settle(action, SHARED_LEDGER, person_id, {person_id: theirs_fp}):
                new = row is None
                row = rows.fill_team_row(row or TeamMemberRow(id=person_id), person)
                self._stamp(row, meta, new)
                self.s.add(row)
        if shared.company is not None:
            company, meta = shared.company
            company_id = company.id or ""
            company_row = self.s.get(OurCompanyRow, company_id)
            mine_fp = (
                fingerprint(
                    codec.company_to_json(company_to_domain(company_row), meta_of(company_row))
                )
                if company_row
                else None
            )
            action = self._action("company", company_id, mine_fp)
            if action == Resolution.KEEP_BOTH:
                action = Resolution.KEEP_MINE  # one company profile per database
            theirs_fp = fingerprint(codec.company_to_json(company, meta))
            if self._settle(action, SHARED_LEDGER, company_id, {company_id: theirs_fp}):
                new = company_row is None
                company_row = rows.fill_company_row(
                    company_row or OurCompanyRow(id=company_id), company
                )
                self._stamp(company_row, meta, new)
                self.s.add(company_row)
        self.flush_versions()

    # -- one dossier
    def dossier(self, dossier: ParsedDossier) -> None:
        if self._entirely_new(dossier):
            self._insert_new_dossier(dossier)
        else:
            self.flush_new()
            self._merge_dossier(dossier)
        self.flush_versions()
        self.s.expunge_all()  # keeps memory flat on large imports

    def _entirely_new(self, dossier: ParsedDossier) -> bool:
        decision = self.decisions.get(("client", dossier.client.id or ""))
        return decision is not None and decision.includes is not None

    def _insert_new_dossier(self, dossier: ParsedDossier) -> None:
        """A client that is wholly new here: Core bulk inserts (batched over several
        dossiers), theirs kept to the version."""
        key, client = dossier.client.id or "", dossier.client
        self.result.client_ids.add(key)
        for table, new_rows in rows.new_dossier_rows(client, dossier.members, dossier.interactions):
            self._pending.setdefault(table, []).extend(new_rows)
        self._settle(Change.ADD, key, key, {key: fingerprint(codec.client_to_json(client))})
        for m in dossier.members:
            theirs = codec.member_to_json(m)
            self._settle(Change.ADD, key, m.id or "", self._fps("member", m.id or "", theirs))
        for interaction, meta in dossier.interactions:
            theirs = codec.interaction_to_json(interaction, meta)
            self._settle(
                Change.ADD, key, interaction.id or "", {interaction.id or "": fingerprint(theirs)}
            )
        # The change log's entries, inserted with the dossier's rows: created, by «… (import)».
        entries = self._pending.setdefault(change_log.CHANGE_LOG, [])
        entries.append(imported_entry(EntityKind.CLIENT, key, key))
        entries += [imported_entry(EntityKind.MEMBER, m.id or "", key) for m in dossier.members]
        entries += [
            imported_entry(EntityKind.INTERACTION, i.id or "", key)
            for i, _meta in dossier.interactions
        ]
        # A new client has no index entries yet: insert only (the per-client DELETE scans the
        # whole FTS table and made large imports quadratic).
        self._pending_docs.append(search_index.client_document(client))
        for m in dossier.members:
            extra = " ".join([c.value for c in m.contacts] + [f.name for f in m.family])
            self._pending_docs.append(search_index.member_document(m, client.name, extra))
        self._pending_dossiers += 1
        if dossier.proposals:
            self.flush_new()  # a proposal's client must exist first
            for obj in dossier.proposals:
                self._table_record("proposal", obj, key, {"client_id": key}, new=True)
        elif self._pending_dossiers >= INSERT_BATCH_DOSSIERS:
            self.flush_new()

    def flush_new(self) -> None:
        """Insert the batched new dossiers (tables in parent-to-child order)."""
        rows.insert_new_rows(self.s.connection(), self._pending)
        search_index.insert_entries(self.s.connection(), self._pending_docs)
        self._pending, self._pending_docs, self._pending_dossiers = {}, [], 0
        self.ledger.save(release=True)

    def _merge_dossier(self, dossier: ParsedDossier) -> None:
        s = self.s
        writes_before = self.writes
        client = dossier.client
        key = client.id or ""
        row = reads.client_with_tenders(s, key)
        mine = codec.client_to_json(client_to_domain(row)) if row else None
        mine_fp = fingerprint(mine) if mine is not None else None
        action = self._action("client", key, mine_fp)
        if action == Resolution.KEEP_BOTH:
            copy = rows.client_copy(client)
            s.add(copy)
            self.result.client_ids.add(copy.id)
        if self._settle(action, key, key, {key: fingerprint(codec.client_to_json(client))}):
            new = row is None
            row = row or ClientRow(id=key)
            client_to_row(client, row)
            stamps = codec.Meta(client.created_at, client.updated_at, client.version)
            self._stamp(row, stamps, new)
            s.add(row)
            s.flush()
            self._log(EntityKind.CLIENT, key, key, mine, codec.client_to_json(client))
        members, interactions = mine_records(s, dossier, None)
        for member in managers_first(dossier.members):
            self._member(member, members.get(member.id or ""), key)
        s.flush()
        self._refuse_reporting_loops(dossier)
        for interaction, meta in dossier.interactions:
            self._interaction(interaction, meta, interactions.get(interaction.id or ""), key)
        for obj in dossier.proposals:
            self._table_record("proposal", obj, key, {"client_id": key})
        s.flush()
        if self.writes > writes_before:
            rows.reindex_client(s, key)
            self.result.client_ids.add(key)

    def _refuse_reporting_loops(self, dossier: ParsedDossier) -> None:
        """Theirs for one person and mine for another can close a loop the file did not have
        (A → B from the file, B → A kept): refused as the member editor refuses it."""
        boss_of = rows.reporting_lines(self.s, dossier.client.id or "")
        for member in dossier.members:
            if reporting_loop(member.id, boss_of.get(member.id or ""), boss_of.get):
                raise ArchiveError(
                    _(
                        "{client}: with these choices «{name}» would end up in a reporting loop; "
                        "make the same choice for the people who report to each other."
                    ).format(client=dossier.client.name, name=member.full_name)
                )

    def _member(self, member: Member, mine: dict | None, key: str) -> None:
        member_id = member.id or ""
        action = self._action("member", member_id, self._mine_fp("member", mine))
        row = None
        if mine is not None and action in (Change.UPDATE, Resolution.TAKE_THEIRS):
            row = reads.member_row(self.s, member_id)
            refuse_move(row.client_id, member.client_id or "", member_id)
        if action == Resolution.KEEP_BOTH:
            copy = MemberRow(id=rows.new_uuid(), client_id=member.client_id)
            member_to_row(rows.fresh_member_ids(member), copy)
            self.s.add(copy)
        theirs_fps = self._fps("member", member_id, codec.member_to_json(member))
        if mine is not None and not self.personal_layer:
            member = with_personal_of(member, mine)
        if self._settle(action, key, member_id, theirs_fps):
            new = row is None
            row = row or MemberRow(id=member_id)
            row.client_id = member.client_id or ""
            member_to_row(member, row)
            stamps = codec.Meta(member.created_at, member.updated_at, member.version)
            self._stamp(row, stamps, new)
            self.s.add(row)
            self.s.flush()
            self._log(EntityKind.MEMBER, member_id, key, mine, codec.member_to_json(member))

    def _interaction(
        self, interaction: Interaction, meta: codec.Meta, mine: dict | None, key: str
    ) -> None:
        s = self.s
        interaction_id = interaction.id or ""
        mine_fp = fingerprint(mine) if mine is not None else None
        action = self._action("interaction", interaction_id, mine_fp)
        row = None
        if mine is not None and action in (Change.UPDATE, Resolution.TAKE_THEIRS):
            row = s.get(InteractionRow, interaction_id)
            assert row is not None  # mine was read in this transaction
            refuse_move(row.client_id, interaction.client_id, interaction_id)
        if action == Resolution.KEEP_BOTH:
            copy = InteractionRow(id=rows.new_uuid(), client_id=interaction.client_id)
            client_store.fill_interaction(s, copy, interaction)
            s.add(copy)
        theirs_fp = fingerprint(codec.interaction_to_json(interaction, meta))
        if self._settle(action, key, interaction_id, {interaction_id: theirs_fp}):
            new = row is None
            row = row or InteractionRow(id=interaction_id)
            row.client_id = interaction.client_id
            client_store.fill_interaction(s, row, interaction)
            self._stamp(row, meta, new)
            s.add(row)
            theirs = codec.interaction_to_json(interaction, meta)
            self._log(EntityKind.INTERACTION, interaction_id, key, mine, theirs)

    # -- proposal side
    def library(self, shared: ParsedShared) -> None:
        for section, kind in LIBRARY_SECTIONS.items():
            for obj in shared.library.get(section, []):
                self._table_record(kind, obj, SHARED_LEDGER, {})
        self.flush_versions()

    def _table_record(
        self, kind: str, obj: dict, key: str, parent: dict[str, str], new: bool = False
    ) -> None:
        """Add, update or copy one proposal-side record as decided in the preview
        (``new``: part of a new client, always added)."""
        spec, model = proposal_specs()[kind], reads.PROPOSAL_SIDE_MODELS[kind]
        theirs = canonical(kind, obj, key, self.renumber)
        row = reads.proposal_side_row(self.s, kind, theirs["id"])
        if row is not None and "client_id" in parent:
            refuse_move(row.client_id, parent["client_id"], row.id)
        mine = table_record(kind, row) if row is not None else None
        action = Change.ADD if new else self._action(kind, theirs["id"], self._mine_fp(kind, mine))
        values = tables.from_json(theirs, spec, key)
        if mine is not None and not self.personal_layer and kind == "proposal":
            theirs_snapshot = values.get("snapshot")  # a text column ("snapshot" in format1)
            values["snapshot"] = kept_snapshot(
                mine.get("snapshot"), theirs_snapshot if isinstance(theirs_snapshot, str) else None
            )
        if action == Resolution.KEEP_BOTH:
            copy = rows.fresh_ids(values, spec)
            if kind == "proposal":
                copy["number"] = free_number(self.s, str(values["number"]), set(), set())
            self.s.add(rows.fill(model(id=copy["id"], **parent), spec, copy))
        if self._settle(action, key, theirs["id"], self._fps(kind, theirs["id"], theirs)):
            new = row is None
            target = row if row is not None else model(id=theirs["id"], **parent)
            row = rows.fill(target, spec, values)
            meta = codec.Meta(
                codec.parse_timestamp(obj["created_at"]),
                codec.parse_timestamp(obj["updated_at"]),
                int(obj["version"]),
            )
            self._stamp(row, meta, new)
            self.s.add(row)
            self.s.flush()
