"""Sharing dossiers: export to / import from .kamdossier, vCard and iCalendar use cases.

API for the GUI (every call is synchronous: run it in a worker thread; ``progress(done, total)``
is called after each dossier, ``should_cancel()`` is polled between dossiers — pass e.g.
``threading.Event().is_set``):

    service = ExchangeService(db)

    # Export one, several or all (None) clients; optional password (AES-256-GCM + scrypt).
    result = service.export_to_file(path, client_ids=None, password=None,
                                    progress=on_progress, should_cancel=cancel.is_set)
    result.summary(), result.counts          # {"clients": 7, "members": 17, ...}
    # Cancel → Cancelled, and no file (written atomically; nothing half-done).

    # Import: 1) preview — reads and checks the whole file, changes nothing.
    preview = service.preview_import(data, password=None, progress=..., should_cancel=...)
    preview.manifest                          # who exported, when, app version, counts
    preview.added / .updated / .conflicts / .skipped   → list[RecordChange]
    preview.unchanged, preview.added_count, preview.summary()
    RecordChange: kind ("client", "member", "interaction", "team_member", "company", "role",
        "proposal", "catalogue_item", "similar_project", "argument_block"), id, label,
        client_name, change (Change), fields (differing fields), mine_updated_at,
        theirs_updated_at, resolution (conflicts; default KEEP_MINE), includes (a client new
        to this database comes as one entry: {"member": n, "interaction": n, "proposal": n})
    # 2) resolve conflicts per record or all at once
    preview.resolve(record_id, Resolution.TAKE_THEIRS)    # KEEP_MINE / TAKE_THEIRS / KEEP_BOTH
    preview.resolve_all(Resolution.KEEP_BOTH)
    # 3) apply in ONE transaction (error, cancel, or my data changed since the preview:
    #    nothing changes) → ImportResult(added, updated, kept_mine, copies, unchanged)
    result = service.apply_import(preview, progress=..., should_cancel=...)
    # wrong password → WrongPasswordError; no password → PasswordRequiredError (ask, retry)

    # vCard 4.0 export of a decision group; import of 2.1/3.0/4.0 with a duplicate preview.
    text, count = service.export_vcard(client_id)
    vpreview = service.preview_vcard_import(client_id, vcf_bytes)
    vpreview.entries → [VCardEntry(member, duplicate_of_id, duplicate_of_name, reason, add)]
    vpreview.warnings (skipped invalid e-mails/phones); set entry.add to override
    service.apply_vcard_import(vpreview)    # adds the entries with add=True, one transaction

    # iCalendar: birthdays (yearly, reminder), proposal validity dates, next steps (VTODO).
    ics_bytes, counts = service.export_calendar()       # counts: {"events": n, "todos": n}

Errors: ``ArchiveError`` (and ``WrongPasswordError``, ``TamperedFileError``,
``PasswordRequiredError``) for bad files, ``ConflictError`` when local data changed between
preview and apply, ``Cancelled`` when ``should_cancel()`` turned true, ``NotFoundError`` for
unknown client ids. All are ``KamError`` with a message fit for the user.

How conflicts are detected without a shared base: see docs/dossier-format.md ("Merge rules").
In short, every record is compared by a content fingerprint; each database keeps, per record,
the fingerprints of the states it last exchanged (sent or received), and every exported record
carries that history. Theirs replaces mine only if my current state is in their history (their
record was derived from exactly what I have); theirs is ignored if it is in my history (I have
moved on from it); anything else that differs is a conflict for the user to resolve.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from sqlalchemy import JSON, Boolean, Date, Integer, Numeric, Table, bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain.dossier import (
    Client,
    ContactPoint,
    FamilyMember,
    Interaction,
    Member,
    TeamMember,
    managers_first,
)
from kam_desktop.domain.enums import InteractionKind
from kam_desktop.domain.errors import ConflictError, NotFoundError
from kam_desktop.domain.validation import reporting_loop
from kam_desktop.exchange import codec, tables
from kam_desktop.exchange.archive import (
    ArchiveWriter,
    DossierArchive,
    ParsedDossier,
    open_archive,
)
from kam_desktop.exchange.crypto import encrypt
from kam_desktop.exchange.errors import ArchiveError, Cancelled
from kam_desktop.exchange.ics import Deadline
from kam_desktop.exchange.tables import TableSpec
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.services.exchange_ownership import (
    Owners,
    dossier_claims,
    refusal_summary,
    shared_claims,
)
from kam_desktop.storage import bulk, search_index
from kam_desktop.storage.mapping import (
    CLIENT_FIELDS,
    COMPANY_FIELDS,
    MEMBER_FIELDS,
    TEAM_FIELDS,
    client_to_domain,
    client_to_row,
    company_to_domain,
    interaction_to_domain,
    member_to_domain,
    member_to_row,
    team_member_to_domain,
)
from kam_desktop.storage.models import (
    ClientRow,
    ContactRow,
    DmuRoleRow,
    FamilyRow,
    InteractionRow,
    MemberRow,
    OurCompanyRow,
    SettingRow,
    TeamMemberRow,
    TenderRow,
    UTCDateTime,
    interaction_member,
    interaction_team,
)
from kam_desktop.storage.proposal_models import (
    ArgumentRow,
    CatalogueItemRow,
    ProposalLineRow,
    ProposalRow,
    RefereeRow,
    SimilarProjectRow,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

LEDGER_PREFIX = "exchange.synced."  # + client id, or "shared"; value: {record id: [fp, …]}
SHARED_LEDGER = "shared"
HISTORY_LENGTH = 4
EXPORT_CHUNK = 200
INSERT_BATCH_DOSSIERS = 100  # new dossiers written per executemany round
NEXT_STEP_PAST_DAYS = 30  # overdue next steps still worth a task in the calendar


# Proposal-side tables travel column by column (exchange/tables.py); kind, shared-file key.
LIBRARY_SECTIONS = {
    "catalogue": "catalogue_item",
    "similar_projects": "similar_project",
    "arguments": "argument_block",
}


def _column_kind(column) -> str:
    kind = column.type
    if "exchange" in column.info:
        return column.info["exchange"]
    if isinstance(kind, UTCDateTime):
        return "timestamp"
    if isinstance(kind, Numeric):
        return f"decimal{kind.scale}"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, JSON):
        return "list"
    return "text"


def _spec(model, skip: frozenset[str] = frozenset(), children=None) -> TableSpec:
    bookkeeping = {"id", "created_at", "updated_at", "version"}
    exported = [c for c in model.__table__.columns if c.name not in bookkeeping | skip]
    columns = {c.name: (_column_kind(c), bool(c.nullable)) for c in exported}
    # A column with a server default was added by a later migration: older files lack it.
    late = {
        c.name: _late_default(c)
        for c in exported
        if c.server_default is not None and not c.nullable
    }
    return TableSpec(model.__tablename__, columns, children or {}, late)


def _late_default(column) -> object:
    """The model's default of a late column (``"on_top"``, ``False``; ``[]``/``{}`` for JSON)."""
    default = column.default.arg if column.default is not None else None
    if default is not None and not callable(default):
        return default
    return {"list": [], "switches": {}}.get(_column_kind(column), "")


@lru_cache(maxsize=1)
def proposal_specs() -> dict[str, TableSpec]:
    """Specs of the proposal tables, by record kind (derived from the ORM models)."""
    lines = _spec(ProposalLineRow, frozenset({"proposal_id"}))
    referees = _spec(RefereeRow, frozenset({"project_id"}))
    return {
        "proposal": _spec(ProposalRow, frozenset({"client_id"}), {"lines": lines}),
        "catalogue_item": _spec(CatalogueItemRow),
        "similar_project": _spec(SimilarProjectRow, children={"referees": referees}),
        "argument_block": _spec(ArgumentRow),
    }


MODELS = {
    "proposal": ProposalRow,
    "catalogue_item": CatalogueItemRow,
    "similar_project": SimilarProjectRow,
    "argument_block": ArgumentRow,
}


class Change(StrEnum):
    ADD = "add"  # not in my database
    UPDATE = "update"  # theirs was derived from my current state: safe to take
    CONFLICT = "conflict"  # changed on both sides (or no common history): the user decides
    SKIP = "skip"  # theirs is a state I already had and moved on from: mine is kept
    UNCHANGED = "unchanged"  # same content


class Resolution(StrEnum):
    KEEP_MINE = "keep-mine"
    TAKE_THEIRS = "take-theirs"
    KEEP_BOTH = "keep-both"


@dataclass(slots=True)
class RecordChange:
    """One record of the file that differs from (or is missing in) my database."""

    kind: str  # client, member, interaction, team_member, company, role
    id: str
    label: str
    client_name: str
    change: Change
    fields: list[str] = field(default_factory=list)  # differing fields (update / conflict)
    mine_updated_at: datetime | None = None
    theirs_updated_at: datetime | None = None
    resolution: Resolution | None = None  # conflicts only
    # A client new to my database comes as ONE record: its people, interactions and
    # proposals are counted here ({"member": 12, "interaction": 40, "proposal": 2}).
    includes: dict[str, int] | None = None

    @property
    def record_count(self) -> int:
        return 1 + sum((self.includes or {}).values())


@dataclass(slots=True)
class ImportPreview:
    """What an import would do; resolve conflicts, then pass to ``apply_import``."""

    manifest: dict
    records: list[RecordChange]
    unchanged: int
    _archive: DossierArchive
    _mine: dict[str, str]  # fingerprints of my records at preview time
    _renumber: dict[str, str] = field(default_factory=dict)  # their proposal number → ours
    # Records of the file that are another client's (or another kind of record) here: the
    # file cannot be imported (exchange_ownership.py); one message per record.
    refused: list[str] = field(default_factory=list)

    def _of(self, change: Change) -> list[RecordChange]:
        return [r for r in self.records if r.change == change]

    @property
    def added(self) -> list[RecordChange]:
        return self._of(Change.ADD)

    @property
    def updated(self) -> list[RecordChange]:
        return self._of(Change.UPDATE)

    @property
    def conflicts(self) -> list[RecordChange]:
        return self._of(Change.CONFLICT)

    @property
    def skipped(self) -> list[RecordChange]:
        return self._of(Change.SKIP)

    @property
    def has_changes(self) -> bool:
        return any(r.change in (Change.ADD, Change.UPDATE, Change.CONFLICT) for r in self.records)

    def resolve(self, record_id: str, resolution: Resolution) -> None:
        for record in self.records:
            if record.id == record_id and record.change == Change.CONFLICT:
                record.resolution = resolution
                return
        raise NotFoundError(_("No conflict with id {id}.").format(id=record_id))

    def resolve_all(self, resolution: Resolution) -> None:
        for record in self.conflicts:
            record.resolution = resolution

    @property
    def added_count(self) -> int:
        """Records to add, counting those inside new clients."""
        return sum(r.record_count for r in self.added)

    def summary(self) -> str:
        return _(
            "{added} to add, {updated} to update, {conflicts} in conflict, "
            "{unchanged} unchanged, {skipped} older than mine"
        ).format(
            added=self.added_count,
            updated=len(self.updated),
            conflicts=len(self.conflicts),
            unchanged=self.unchanged,
            skipped=len(self.skipped),
        )


@dataclass(slots=True)
class ExportResult:
    data: bytes
    counts: dict[str, int]
    path: Path | None = None
    _ledger: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def summary(self) -> str:
        return _(
            "Exported: clients {clients}, people {members}, interactions {interactions} ({size} KB)."
        ).format(
            clients=self.counts.get("clients", 0),
            members=self.counts.get("members", 0),
            interactions=self.counts.get("interactions", 0),
            size=max(1, len(self.data) // 1024),
        )


@dataclass(slots=True)
class ImportResult:
    added: int = 0
    updated: int = 0
    kept_mine: int = 0
    copies: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        return _(
            "Imported: {added} added, {updated} updated, {copies} kept as copies, "
            "{kept} kept mine, {unchanged} unchanged."
        ).format(
            added=self.added,
            updated=self.updated,
            copies=self.copies,
            kept=self.kept_mine,
            unchanged=self.unchanged,
        )


def classify(
    mine_fp: str | None, theirs_fp: str, mine_history: list[str], theirs_history: list[str]
) -> Change:
    """The merge rule (docs/dossier-format.md, "Merge rules")."""
    if mine_fp is None:
        return Change.ADD
    if mine_fp == theirs_fp:
        return Change.UNCHANGED
    derived_from_mine = mine_fp in theirs_history
    already_had_theirs = theirs_fp in mine_history
    if derived_from_mine and not already_had_theirs:
        return Change.UPDATE
    if already_had_theirs and not derived_from_mine:
        return Change.SKIP
    return Change.CONFLICT


def _check_cancel(should_cancel: ShouldCancel | None) -> None:
    if should_cancel is not None and should_cancel():
        raise Cancelled(_("Cancelled; nothing was changed."))


def _exported_by() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _push(history: list[str], fp: str) -> list[str]:
    return [fp, *[h for h in history if h != fp]][:HISTORY_LENGTH]


class _Ledger:
    """Per-record fingerprints of the states last exchanged, kept in the settings table."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._groups: dict[str, dict[str, list[str]]] = {}
        self._dirty: set[str] = set()

    def group(self, key: str) -> dict[str, list[str]]:
        if key not in self._groups:
            row = self._s.get(SettingRow, LEDGER_PREFIX + key)
            try:
                value = json.loads(row.value) if row else {}
            except ValueError:
                value = {}
            self._groups[key] = value if isinstance(value, dict) else {}
        return self._groups[key]

    def preload(self, keys: list[str]) -> None:
        """Read many groups in one query (export reads one group per client)."""
        wanted = {LEDGER_PREFIX + k: k for k in keys if k not in self._groups}
        found = dict.fromkeys(wanted.values(), "{}")
        for start in range(0, len(wanted), 500):
            chunk = list(wanted)[start : start + 500]
            for key, value in self._s.execute(
                select(SettingRow.key, SettingRow.value).where(SettingRow.key.in_(chunk))
            ):
                found[wanted[key]] = value
        for key, value in found.items():
            try:
                group = json.loads(value)
            except ValueError:
                group = {}
            self._groups[key] = group if isinstance(group, dict) else {}

    def history(self, key: str, record_id: str) -> list[str]:
        return list(self.group(key).get(record_id, []))

    def record(self, key: str, record_id: str, fp: str) -> None:
        group = self.group(key)
        new = _push(group.get(record_id, []), fp)
        if group.get(record_id) != new:
            group[record_id] = new
            self._dirty.add(key)

    def save(self, release: bool = False) -> None:
        """Write changed groups; ``release`` forgets the saved client groups (memory)."""
        for key in self._dirty:
            value = json.dumps(self._groups[key], separators=(",", ":"))
            row = self._s.get(SettingRow, LEDGER_PREFIX + key)
            if row is None:
                self._s.add(SettingRow(key=LEDGER_PREFIX + key, value=value))
            else:
                row.value = value
        if release:
            for key in self._dirty - {SHARED_LEDGER}:
                del self._groups[key]
        self._dirty.clear()


def _meta(row) -> codec.Meta:
    return codec.Meta(row.created_at, row.updated_at, row.version)


def _member_options():
    return (selectinload(MemberRow.contacts), selectinload(MemberRow.family))


def _interaction_options():
    return (
        selectinload(InteractionRow.members).load_only(MemberRow.id),
        selectinload(InteractionRow.team_members).load_only(TeamMemberRow.id),
    )


def _with_history(record: dict, history: list[str]) -> dict:
    if history:
        record["history"] = history
    return record


def _fp(record: dict) -> str:
    return codec.fingerprint(record)


# ==== vCard and iCalendar =================================================================
@dataclass(slots=True)
class VCardEntry:
    """One contact of the file: added unless it duplicates someone (the GUI may flip ``add``)."""

    member: Member
    duplicate_of_id: str | None = None
    duplicate_of_name: str = ""
    reason: str = ""  # "email", "phone" or "name"
    add: bool = True


@dataclass(slots=True)
class VCardPreview:
    client_id: str
    client_name: str
    entries: list[VCardEntry]
    warnings: list[str]

    @property
    def to_add(self) -> list[VCardEntry]:
        return [e for e in self.entries if e.add]

    @property
    def duplicates(self) -> list[VCardEntry]:
        return [e for e in self.entries if e.duplicate_of_id is not None]


@dataclass(slots=True)
class VCardImportResult:
    client_name: str
    added: int
    skipped: int

    def summary(self) -> str:
        return _("Added {added} people to {client}; {skipped} duplicates skipped.").format(
            added=self.added, client=self.client_name, skipped=self.skipped
        )


def normalise_phone(value: str) -> str:
    """Digits that identify a phone: the last 10 digits (so 8… and +7… match), plus extension."""
    main, *extension = re.split(r"доб|ext|x", value, maxsplit=1, flags=re.IGNORECASE)
    digits = re.sub(r"\D", "", main)[-10:]
    ext = re.sub(r"\D", "", extension[0]) if extension else ""
    return f"{digits}x{ext}" if ext else digits


def normalise_name(value: str) -> frozenset[str]:
    """Name words regardless of order and case («Петров Иван» = «иван петров»)."""
    return frozenset(w.casefold().replace("ё", "е") for w in re.findall(r"\w+", value))


class _DuplicateFinder:
    def __init__(self) -> None:
        self.emails: dict[str, Member] = {}
        self.phones: dict[str, Member] = {}
        self.names: dict[frozenset[str], Member] = {}

    def add(self, member: Member) -> None:
        for email in member.emails():
            self.emails.setdefault(email.casefold(), member)
        for phone in member.phones():
            if len(normalise_phone(phone)) >= 5:
                self.phones.setdefault(normalise_phone(phone), member)
        self.names.setdefault(normalise_name(member.full_name), member)

    def find(self, member: Member) -> tuple[Member | None, str]:
        for email in member.emails():
            if email.casefold() in self.emails:
                return self.emails[email.casefold()], "email"
        for phone in member.phones():
            if normalise_phone(phone) in self.phones:
                return self.phones[normalise_phone(phone)], "phone"
        name = normalise_name(member.full_name)
        if name in self.names:
            return self.names[name], "name"
        return None, ""


@dataclass(slots=True)
class _References:
    """What the exported dossiers point at in shared.json (team, roles, proposal library)."""

    team: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    catalogue: set[str] = field(default_factory=set)
    projects: set[str] = field(default_factory=set)
    referees: set[str] = field(default_factory=set)
    arguments: set[str] = field(default_factory=set)

    def collect(self, dossier: dict) -> None:
        for interaction in dossier["interactions"]:
            self.team.update(interaction["participants"]["team"])
        self.roles.update(m["role"] for m in dossier["members"])
        for proposal in dossier["proposals"]:
            self.team.update(proposal["team_member_ids"])
            self.projects.update(proposal["project_ids"])
            self.referees.update(proposal["referee_ids"])
            self.arguments.update(proposal["argument_ids"])
            self.catalogue.update(
                line["catalogue_item_id"] for line in proposal["lines"] if line["catalogue_item_id"]
            )


class _RowView:
    """Attribute access over a Core row plus child lists, for the mapping functions."""

    __slots__ = ("_m", "contacts", "family")

    def __init__(self, mapping, contacts: list | None = None, family: list | None = None) -> None:
        self._m = mapping
        self.contacts = contacts or []
        self.family = family or []

    def __getattr__(self, name: str):
        try:
            return self._m[name]
        except KeyError:
            raise AttributeError(name) from None


def _load_members(s: Session, condition) -> dict[str, list[Member]]:
    """Members matching ``condition``, with contacts and family, by client id — through Core
    queries: ORM objects cost 5× more, and ORM selectin loads of the link tables made SQLite
    scan whole tables."""
    member_ids = select(MemberRow.id).where(condition)
    children: dict[str, dict[str, list]] = {"contacts": {}, "family": {}}
    for attribute, model in (("contacts", ContactRow), ("family", FamilyRow)):
        table = model.__table__
        query = select(table).where(table.c.member_id.in_(member_ids))
        for row in s.execute(query.order_by(table.c.member_id, table.c.position)).mappings():
            children[attribute].setdefault(row["member_id"], []).append(_RowView(row))
    members: dict[str, list[Member]] = {}
    table = MemberRow.__table__
    for row in s.execute(select(table).where(condition)).mappings():
        view = _RowView(row, children["contacts"].get(row["id"]), children["family"].get(row["id"]))
        members.setdefault(row["client_id"], []).append(member_to_domain(view))
    return members


def _load_interactions(s: Session, condition) -> dict[str, list[tuple[Interaction, codec.Meta]]]:
    """Interactions matching ``condition`` with their participants, by client id (Core)."""
    table = InteractionRow.__table__
    ids = select(table.c.id).where(condition)
    people: dict[str, list[str]] = {}
    team: dict[str, list[str]] = {}
    for link, column, target in (
        (interaction_member, "member_id", people),
        (interaction_team, "team_member_id", team),
    ):
        for interaction_id, person_id in s.execute(
            select(link.c.interaction_id, link.c[column]).where(link.c.interaction_id.in_(ids))
        ):
            target.setdefault(interaction_id, []).append(person_id)
    result: dict[str, list[tuple[Interaction, codec.Meta]]] = {}
    for row in s.execute(select(table).where(condition)).mappings():
        interaction = Interaction(
            client_id=row["client_id"],
            occurred_on=row["occurred_on"],
            kind=InteractionKind(row["kind"]),
            summary=row["summary"],
            member_ids=people.get(row["id"], []),
            team_member_ids=team.get(row["id"], []),
            next_step=row["next_step"],
            next_step_due=row["next_step_due"],
            id=row["id"],
            version=row["version"],
        )
        meta = codec.Meta(row["created_at"], row["updated_at"], row["version"])
        result.setdefault(row["client_id"], []).append((interaction, meta))
    return result


def _existing_ids(s: Session) -> dict[str, set[str]]:
    """Ids of the big tables, so an import asks only about records I may have."""
    return {
        kind: set(s.scalars(select(model.id)))
        for kind, model in (
            ("client", ClientRow),
            ("member", MemberRow),
            ("interaction", InteractionRow),
            ("proposal", ProposalRow),
        )
    }


def _mine_records(
    s: Session, dossier: ParsedDossier, existing: dict[str, set[str]] | None
) -> tuple[dict[str, dict], dict[str, dict]]:
    """My members and interactions with the file's ids, as JSON records (Core queries);
    ids that ``existing`` says I do not have are not queried."""
    member_ids = [m.id for m in dossier.members]
    interaction_ids = [i.id for i, _meta in dossier.interactions]
    if existing is not None:
        member_ids = [i for i in member_ids if i in existing["member"]]
        interaction_ids = [i for i in interaction_ids if i in existing["interaction"]]
    members: dict[str, dict] = {}
    if member_ids:
        for group in _load_members(s, MemberRow.id.in_(member_ids)).values():
            members.update((m.id, codec.member_to_json(m)) for m in group)
    interactions: dict[str, dict] = {}
    if interaction_ids:
        loaded = _load_interactions(s, InteractionRow.id.in_(interaction_ids))
        for group in loaded.values():
            interactions.update((i.id, codec.interaction_to_json(i, meta)) for i, meta in group)
    return members, interactions


def _table_record(kind: str, row) -> dict:
    """A proposal-side row as a record of the file: columns, child rows, bookkeeping."""
    record = tables.to_json(row, proposal_specs()[kind])
    record.update(
        {
            "created_at": codec.timestamp_json(row.created_at),
            "updated_at": codec.timestamp_json(row.updated_at),
            "version": row.version,
        }
    )
    return record


def _canonical(kind: str, obj: dict, where: str, renumber: dict[str, str]) -> dict:
    """Their proposal-side record in canonical form (as my database would hold it)."""
    for key in ("created_at", "updated_at"):
        codec.parse_timestamp(obj[key], f"{where}: {_label(obj)}: {key}")
    values = tables.from_json(obj, proposal_specs()[kind], where)
    if kind == "proposal" and values["number"] in renumber:
        values["number"] = renumber[values["number"]]
    record = tables.to_json(values, proposal_specs()[kind])
    record.update({k: obj[k] for k in ("created_at", "updated_at", "version")})
    return record


def _label(record: dict) -> str:
    for field_name in ("number", "name", "client_company", "title"):
        if record.get(field_name):
            return str(record[field_name])
    return record["id"]


def _free_number(s: Session, number: str, allowed_ids: set[str], taken: set[str]) -> str:
    """``number-2``, ``number-3``… the first not used by any proposal outside allowed_ids."""
    for k in range(2, 10_000):
        candidate = f"{number}-{k}"
        used_by = set(s.scalars(select(ProposalRow.id).where(ProposalRow.number == candidate)))
        if candidate not in taken and used_by <= allowed_ids:
            return candidate
    raise ArchiveError(_("No free number for proposal {number}.").format(number=number))


def _renumbering(s: Session, proposals: list[dict]) -> dict[str, str]:
    """Their proposal numbers that my database already uses for other proposals → new ones.

    Numbers are unique per database, and two KAMs both have a «КП-2026-0001»; theirs comes in
    as «КП-2026-0001-2» (every revision alike), the same on every re-import.
    """
    ids_by_number: dict[str, set[str]] = {}
    for obj in proposals:
        ids_by_number.setdefault(obj["number"], set()).add(obj["id"])
    if not ids_by_number:
        return {}
    local = s.execute(
        select(ProposalRow.number, ProposalRow.id).where(ProposalRow.number.in_(ids_by_number))
    ).all()
    clashing = sorted({number for number, pid in local if pid not in ids_by_number[number]})
    result: dict[str, str] = {}
    for number in clashing:
        result[number] = _free_number(s, number, ids_by_number[number], set(result.values()))
    return result


class ExchangeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ==== export ==========================================================================
    def _client_ids(self, s: Session, client_ids: Iterable[str] | None) -> list[str]:
        if client_ids is None:
            return list(s.scalars(select(ClientRow.id).order_by(ClientRow.name, ClientRow.id)))
        wanted = list(dict.fromkeys(client_ids))
        found = set(s.scalars(select(ClientRow.id).where(ClientRow.id.in_(wanted))))
        for client_id in wanted:
            if client_id not in found:
                raise NotFoundError(_("No client with id {id}.").format(id=client_id))
        return wanted

    def export_archive(
        self,
        client_ids: Iterable[str] | None = None,
        password: str | None = None,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> ExportResult:
        """Build a .kamdossier in memory (``client_ids=None``: every client)."""
        writer = ArchiveWriter(_exported_by())
        try:
            sent: dict[str, dict[str, str]] = {}
            with self.db.session() as s:
                ids = self._client_ids(s, client_ids)
                if not ids:
                    raise NotFoundError(_("There are no clients to export."))
                ledger = _Ledger(s)
                refs = _References()
                for start in range(0, len(ids), EXPORT_CHUNK):
                    _check_cancel(should_cancel)
                    for dossier in self._export_chunk(
                        s, ids[start : start + EXPORT_CHUNK], ledger, sent
                    ):
                        refs.collect(dossier)
                        writer.add_dossier(dossier)
                    s.expunge_all()  # keeps memory flat on large exports
                    if progress is not None:
                        progress(min(start + EXPORT_CHUNK, len(ids)), len(ids))
                writer.add_shared(self._export_shared(s, writer, ledger, sent, refs))
            _check_cancel(should_cancel)
            data = writer.finish()
        except BaseException:
            writer.discard()
            raise
        if password:
            data = encrypt(data, password)
        return ExportResult(data, dict(writer.counts), _ledger=sent)

    def _export_chunk(
        self, s: Session, ids: list[str], ledger: _Ledger, sent: dict[str, dict[str, str]]
    ) -> list[dict]:
        clients = s.scalars(
            select(ClientRow).where(ClientRow.id.in_(ids)).options(selectinload(ClientRow.tenders))
        ).all()
        members = _load_members(s, MemberRow.client_id.in_(ids))
        interactions = _load_interactions(s, InteractionRow.client_id.in_(ids))
        proposals: dict[str, list[ProposalRow]] = {}
        for row in s.scalars(
            select(ProposalRow)
            .where(ProposalRow.client_id.in_(ids))
            .options(selectinload(ProposalRow.lines))
            .order_by(ProposalRow.number, ProposalRow.revision, ProposalRow.id)
        ):
            proposals.setdefault(row.client_id, []).append(row)
        by_id = {c.id: c for c in clients}
        ledger.preload(ids)
        dossiers = []
        for client_id in ids:
            row = by_id[client_id]
            fps = sent.setdefault(client_id, {})

            def stamp(record: dict, fps=fps, client_id=client_id) -> dict:
                fp = _fp(record)
                fps[record["id"]] = fp
                return _with_history(record, ledger.history(client_id, record["id"]))

            dossier = {
                "client": stamp(codec.client_to_json(client_to_domain(row))),
                "members": [
                    stamp(codec.member_to_json(m))
                    for m in sorted(members.get(client_id, []), key=lambda m: m.id)
                ],
                "interactions": [
                    stamp(codec.interaction_to_json(i, meta))
                    for i, meta in sorted(interactions.get(client_id, []), key=lambda x: x[0].id)
                ],
                "proposals": [
                    stamp(_table_record("proposal", p)) for p in proposals.get(client_id, [])
                ],
            }
            dossiers.append(dossier)
        return dossiers

    def _export_shared(
        self,
        s: Session,
        writer: ArchiveWriter,
        ledger: _Ledger,
        sent: dict[str, dict[str, str]],
        refs: _References,
    ) -> dict:
        fps = sent.setdefault(SHARED_LEDGER, {})

        def stamp(record: dict) -> dict:
            fps[record["id"]] = _fp(record)
            return _with_history(record, ledger.history(SHARED_LEDGER, record["id"]))

        roles = s.scalars(
            select(DmuRoleRow).where(DmuRoleRow.builtin.is_(False)).order_by(DmuRoleRow.code)
        ).all()
        team = s.scalars(
            select(TeamMemberRow).where(TeamMemberRow.id.in_(refs.team)).order_by(TeamMemberRow.id)
        ).all()
        company_row = s.scalars(select(OurCompanyRow).limit(1)).first()
        company = None
        if company_row is not None and company_row.name.strip():
            company = stamp(
                codec.company_to_json(company_to_domain(company_row), _meta(company_row))
            )
            if company["logo"]:
                writer.add_attachment(company["logo"], company_row.logo_png)
            for name, data in codec.company_images(company_to_domain(company_row)).items():
                writer.add_attachment(name, data)
        return {
            "roles": [
                {"code": r.code, "name_ru": r.name_ru, "name_en": r.name_en}
                for r in roles
                if r.code in refs.roles
            ],
            "team": [
                stamp(codec.team_member_to_json(team_member_to_domain(t), _meta(t))) for t in team
            ],
            "company": company,
            **{
                section: [stamp(_table_record(kind, row)) for row in rows]
                for section, kind, rows in self._library_rows(s, refs)
            },
        }

    @staticmethod
    def _library_rows(s: Session, refs: _References):
        """(section, kind, rows) of the proposal library records the proposals use."""
        project_ids = set(refs.projects) | set(
            s.scalars(select(RefereeRow.project_id).where(RefereeRow.id.in_(refs.referees)))
        )
        wanted = {
            "catalogue_item": refs.catalogue,
            "similar_project": project_ids,
            "argument_block": refs.arguments,
        }
        for section, kind in LIBRARY_SECTIONS.items():
            model = MODELS[kind]
            query = select(model).where(model.id.in_(wanted[kind])).order_by(model.id)
            if kind == "similar_project":
                query = query.options(selectinload(SimilarProjectRow.referees))
            yield section, kind, s.scalars(query).all()

    def record_export(self, result: ExportResult) -> None:
        """Remember what was sent, so an unchanged copy coming back is not a conflict."""
        if self.db.read_only:  # exporting from a read-only file works; it just remembers nothing
            return
        with self.db.session() as s:
            ledger = _Ledger(s)
            for key, fps in result._ledger.items():
                for record_id, fp in fps.items():
                    ledger.record(key, record_id, fp)
            ledger.save()

    def export_to_file(
        self,
        path: str | Path,
        client_ids: Iterable[str] | None = None,
        password: str | None = None,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> ExportResult:
        """Export and write the file atomically: on error or cancel no file is left behind."""
        result = self.export_archive(client_ids, password, progress, should_cancel)
        result.path = Path(path)
        write_atomically(result.path, result.data)
        self.record_export(result)
        return result

    # ==== import: preview =================================================================
    def preview_import(
        self,
        data: bytes,
        password: str | None = None,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> ImportPreview:
        """Read and check the whole file and compare it with my data; changes nothing."""
        archive = open_archive(data, password)
        records: list[RecordChange] = []
        mine: dict[str, str] = {}
        renumber: dict[str, str] = {}
        unchanged = 0
        with self.db.session() as s:
            ledger = _Ledger(s)
            existing = _existing_ids(s)
            owners = Owners(s)
            refused = owners.refusals(shared_claims(archive.shared))
            local_roles = set(s.scalars(select(DmuRoleRow.code)))
            for role in archive.shared.roles:
                if role.code not in local_roles:
                    label = role.name_ru or role.name_en
                    records.append(RecordChange("role", role.code, label, "", Change.ADD))
            for change in self._preview_shared(s, archive, Comparer(ledger, mine, existing)):
                if change.change == Change.UNCHANGED:
                    unchanged += 1
                else:
                    records.append(change)
            total = len(archive.dossier_names)
            for done, name in enumerate(archive.dossier_names, 1):
                _check_cancel(should_cancel)
                dossier = archive.dossier(name)
                refused += owners.refusals(dossier_claims(dossier))
                renumber.update(_renumbering(s, dossier.proposals))
                compare = Comparer(ledger, mine, existing)
                for change in self._preview_dossier(s, dossier, compare, renumber):
                    if change.change == Change.UNCHANGED:
                        unchanged += 1
                    else:
                        records.append(change)
                s.expunge_all()
                if progress is not None:
                    progress(done, total)
        for record in records:
            if record.change == Change.CONFLICT:
                record.resolution = Resolution.KEEP_MINE
        # A refused record is no change the import could make: it is listed as refused only.
        refused_ids = {record_id for record_id, _message in refused}
        records = [r for r in records if r.id not in refused_ids]
        messages = [message for _record_id, message in refused]
        return ImportPreview(
            archive.manifest, records, unchanged, archive, mine, renumber, messages
        )

    def _preview_shared(
        self, s: Session, archive: DossierArchive, compare: Comparer
    ) -> list[RecordChange]:
        shared = archive.shared
        changes = []
        team_ids = [t.id for t, _meta in shared.team]
        local_team = {
            r.id: r for r in s.scalars(select(TeamMemberRow).where(TeamMemberRow.id.in_(team_ids)))
        }
        for person, meta in shared.team:
            row = local_team.get(person.id)
            mine = (
                codec.team_member_to_json(team_member_to_domain(row), _meta(row)) if row else None
            )
            theirs = codec.team_member_to_json(person, meta)
            changes.append(
                compare(
                    "team_member",
                    SHARED_LEDGER,
                    theirs,
                    shared.histories,
                    mine,
                    person.full_name,
                    "",
                )
            )
        if shared.company is not None:
            company, meta = shared.company
            row = s.scalars(select(OurCompanyRow).limit(1)).first()
            theirs = codec.company_to_json(company, meta)
            if row is not None and row.id != company.id and row.name.strip():
                # Our company profile is one per database: another one is never taken over.
                changes.append(RecordChange("company", company.id, company.name, "", Change.SKIP))
            else:
                mine = (
                    codec.company_to_json(company_to_domain(row), _meta(row))
                    if row is not None and row.id == company.id
                    else None
                )
                changes.append(
                    compare(
                        "company", SHARED_LEDGER, theirs, shared.histories, mine, company.name, ""
                    )
                )
        for section, kind in LIBRARY_SECTIONS.items():
            for obj in shared.library.get(section, []):
                theirs = _canonical(kind, obj, "shared.json", {})
                label = _label(theirs)
                changes.append(
                    self._compare_table(
                        s, compare, kind, SHARED_LEDGER, theirs, shared.histories, "", label
                    )
                )
        return changes

    def _local_dossier(
        self, s: Session, dossier: ParsedDossier, existing: dict[str, set[str]]
    ) -> tuple[ClientRow | None, dict[str, dict], dict[str, dict]]:
        """My client row, and my members / interactions with the file's ids as JSON records."""
        client = None
        if dossier.client.id in existing["client"]:
            client = s.get(ClientRow, dossier.client.id, options=(selectinload(ClientRow.tenders),))
        members, interactions = _mine_records(s, dossier, existing)
        return client, members, interactions

    def _preview_dossier(
        self, s: Session, dossier: ParsedDossier, compare: Comparer, renumber: dict[str, str]
    ) -> list[RecordChange]:
        client_row, member_rows, interaction_rows = self._local_dossier(
            s, dossier, compare.existing
        )
        key = dossier.client.id
        name = dossier.client.name
        h = dossier.histories
        have_proposals = any(p["id"] in compare.existing["proposal"] for p in dossier.proposals)
        if client_row is None and not member_rows and not interaction_rows and not have_proposals:
            return [_new_client(dossier)]
        # Records I do not have are additions: no need to build and hash their JSON.
        if client_row is None:
            changes = [_added("client", dossier.client.id, name, name, dossier.client.updated_at)]
        else:
            mine = codec.client_to_json(client_to_domain(client_row))
            theirs = codec.client_to_json(dossier.client)
            changes = [compare("client", key, theirs, h, mine, name, name)]
        for member in dossier.members:
            mine = member_rows.get(member.id)
            if mine is None:
                changes.append(
                    _added("member", member.id, member.full_name, name, member.updated_at)
                )
                continue
            theirs = codec.member_to_json(member)
            changes.append(compare("member", key, theirs, h, mine, member.full_name, name))
        for interaction, meta in dossier.interactions:
            mine = interaction_rows.get(interaction.id)
            label = f"{interaction.occurred_on.isoformat()} {interaction.summary[:60]}"
            if mine is None:
                changes.append(_added("interaction", interaction.id, label, name, meta.updated_at))
                continue
            theirs = codec.interaction_to_json(interaction, meta)
            changes.append(compare("interaction", key, theirs, h, mine, label, name))
        for obj in dossier.proposals:
            theirs = _canonical("proposal", obj, name, renumber)
            changes.append(
                self._compare_table(s, compare, "proposal", key, theirs, h, name, _label(theirs))
            )
        return changes

    @staticmethod
    def _compare_table(
        s: Session,
        compare: Comparer,
        kind: str,
        key: str,
        theirs: dict,
        histories: dict[str, list[str]],
        client_name: str,
        label: str,
    ) -> RecordChange:
        row = None
        if kind != "proposal" or theirs["id"] in compare.existing["proposal"]:
            row = s.get(MODELS[kind], theirs["id"])
        mine = _table_record(kind, row) if row is not None else None
        return compare(kind, key, theirs, histories, mine, label, client_name)

    # ==== import: apply ===================================================================
    def apply_import(
        self,
        preview: ImportPreview,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> ImportResult:
        """Carry out the preview in one transaction; on any error or cancel nothing changes."""
        if preview.refused:
            raise ArchiveError(refusal_summary(preview.refused))
        decisions = {(r.kind, r.id): r for r in preview.records}
        archive = preview._archive
        archive.reset_ids()
        result = ImportResult(unchanged=preview.unchanged)
        try:
            with self.db.session() as s:
                _widen_page_cache(s)
                applier = _Applier(s, decisions, preview._mine, result, preview._renumber)
                applier.roles(archive.shared.roles)
                applier.shared(archive.shared)
                applier.library(archive.shared)
                total = len(archive.dossier_names)
                applier.ledger.preload([_client_id_of(name) for name in archive.dossier_names])
                for done, name in enumerate(archive.dossier_names, 1):
                    _check_cancel(should_cancel)
                    applier.dossier(archive.dossier(name, check_schema=False))
                    if progress is not None:
                        progress(done, total)
                _check_cancel(should_cancel)
                applier.flush_new()
                applier.ledger.save()
        except IntegrityError:
            # Records the preview saw as new were added meanwhile (another window or process).
            log.info("import refused: data changed after the preview", exc_info=True)
            raise ConflictError(
                _("Your data changed after the preview; preview the import again.")
            ) from None
        return result

    def import_file(
        self,
        path: str | Path,
        password: str | None = None,
        resolution: Resolution = Resolution.KEEP_MINE,
    ) -> tuple[ImportPreview, ImportResult]:
        """Preview and apply with one resolution for every conflict (the command line)."""
        preview = self.preview_import(read_file(path), password)
        preview.resolve_all(resolution)
        return preview, self.apply_import(preview)

    # ==== vCard and iCalendar =============================================================

    def export_vcard(self, client_id: str) -> tuple[str, int]:
        """The client's decision group as vCard 4.0 text, and the number of cards."""
        from kam_desktop.exchange.vcard import write_vcards
        from kam_desktop.i18n import current_language

        with self.db.session() as s:
            client = s.get(ClientRow, client_id)
            if client is None:
                raise NotFoundError(_("No client with id {id}.").format(id=client_id))
            rows = s.scalars(
                select(MemberRow)
                .where(MemberRow.client_id == client_id)
                .options(*_member_options())
                .order_by(MemberRow.influence.desc(), MemberRow.full_name)
            ).all()
            members = [member_to_domain(r) for r in rows]
            lang = current_language()
            labels = {
                r.code: (r.name_ru if lang == "ru" else r.name_en)
                for r in s.scalars(select(DmuRoleRow))
            }
            name = client.name
        if not members:
            raise NotFoundError(_("{client} has no decision-group members.").format(client=name))
        return write_vcards(members, name, labels), len(members)

    def preview_vcard_import(self, client_id: str, data: bytes) -> VCardPreview:
        """Parse the cards and mark duplicates of the client's members (and of each other)."""
        from kam_desktop.exchange.vcard import read_vcards

        with self.db.session() as s:
            client = s.get(ClientRow, client_id)
            if client is None:
                raise NotFoundError(_("No client with id {id}.").format(id=client_id))
            existing = [
                member_to_domain(r)
                for r in s.scalars(
                    select(MemberRow)
                    .where(MemberRow.client_id == client_id)
                    .options(*_member_options())
                )
            ]
            client_name = client.name
        parsed = read_vcards(data)
        finder = _DuplicateFinder()
        for member in existing:
            finder.add(member)
        entries = []
        for member in parsed.members:
            member.client_id = client_id
            duplicate, reason = finder.find(member)
            if duplicate is None:
                entries.append(VCardEntry(member))
                finder.add(member)
            else:
                entries.append(
                    VCardEntry(member, duplicate.id or "", duplicate.full_name, reason, add=False)
                )
        return VCardPreview(client_id, client_name, entries, parsed.warnings)

    def apply_vcard_import(self, preview: VCardPreview) -> VCardImportResult:
        """Add the chosen people in one transaction."""
        from kam_desktop.domain.validation import member_errors, raise_if_errors

        chosen = preview.to_add
        for entry in chosen:
            raise_if_errors(member_errors(entry.member))
        with self.db.session() as s:
            client = s.get(ClientRow, preview.client_id)
            if client is None:
                raise NotFoundError(_("No client with id {id}.").format(id=preview.client_id))
            for entry in chosen:
                row = MemberRow(id=_new_uuid(), client_id=preview.client_id)
                member_to_row(replace(entry.member, reports_to_id=None), row)
                s.add(row)
            s.flush()
            members = s.scalars(
                select(MemberRow)
                .where(MemberRow.client_id == preview.client_id)
                .options(*_member_options())
            ).all()
            search_index.reindex_client(s.connection(), client, members)
            name = client.name
        return VCardImportResult(name, len(chosen), len(preview.entries) - len(chosen))

    def export_calendar(self, today: date | None = None) -> tuple[bytes, dict]:
        """Birthdays, proposal validity dates and open next steps as one .ics."""
        from kam_desktop.exchange.ics import build_calendar

        today = today or date.today()
        with self.db.session() as s:
            names = dict(s.execute(select(ClientRow.id, ClientRow.name)).all())
            rows = s.scalars(
                select(MemberRow).options(selectinload(MemberRow.family)).order_by(MemberRow.id)
            ).all()
            members = [
                (member_to_domain(r), names.get(r.client_id, ""))
                for r in rows
                if r.birthday_day or r.family
            ]
            steps = s.scalars(
                select(InteractionRow)
                .where(InteractionRow.next_step_due >= today - timedelta(days=NEXT_STEP_PAST_DAYS))
                .options(*_interaction_options())
                .order_by(InteractionRow.next_step_due)
            ).all()
            next_steps = [
                (interaction_to_domain(r), names.get(r.client_id, ""))
                for r in steps
                if r.next_step.strip()
            ]
            deadlines = _proposal_deadlines(s, names, today)
        cal = build_calendar(members, next_steps, deadlines)
        events = sum(1 for c in cal.walk("VEVENT"))
        return cal.to_ical(), {"events": events, "todos": len(next_steps)}


class Comparer:
    """Classifies records against my database and notes my fingerprints for apply."""

    def __init__(
        self, ledger: _Ledger, mine_fps: dict[str, str], existing: dict[str, set[str]]
    ) -> None:
        self.ledger = ledger
        self.mine_fps = mine_fps
        self.existing = existing

    def __call__(
        self,
        kind: str,
        ledger_key: str,
        theirs: dict,
        histories: dict[str, list[str]],
        mine: dict | None,
        label: str,
        client_name: str,
    ) -> RecordChange:
        record_id = theirs["id"]
        mine_fp = _fp(mine) if mine is not None else None
        if mine_fp is not None:
            self.mine_fps[record_id] = mine_fp
        change = classify(
            mine_fp,
            _fp(theirs),
            self.ledger.history(ledger_key, record_id),
            histories.get(record_id, []),
        )
        record = RecordChange(kind, record_id, label, client_name, change)
        record.theirs_updated_at = _parse_ts(theirs["updated_at"])
        if mine is not None:
            record.mine_updated_at = _parse_ts(mine["updated_at"])
            if change in (Change.UPDATE, Change.CONFLICT):
                record.fields = codec.changed_fields(mine, theirs)
        return record


def _new_client(dossier: ParsedDossier) -> RecordChange:
    client = dossier.client
    change = _added("client", client.id, client.name, client.name, client.updated_at)
    change.includes = {
        "member": len(dossier.members),
        "interaction": len(dossier.interactions),
        "proposal": len(dossier.proposals),
    }
    return change


def _added(kind: str, record_id: str, label: str, client: str, at: datetime) -> RecordChange:
    return RecordChange(kind, record_id, label, client, Change.ADD, theirs_updated_at=at)


def _refuse_move(mine: str, theirs: str, record_id: str) -> None:
    """The last guard of the ownership rule (the preview refuses such files first)."""
    if mine != theirs:
        raise ArchiveError(
            _("The record {id} belongs to another client here; nothing was imported.").format(
                id=record_id
            )
        )


def _client_id_of(member_name: str) -> str:
    return member_name.removeprefix("clients/").removesuffix(".json")


def _parse_ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _new_uuid() -> str:
    return str(uuid.uuid4())


class _Applier:
    """Writes one import inside the caller's transaction, record by record as decided."""

    def __init__(
        self,
        s: Session,
        decisions: dict[tuple[str, str], RecordChange],
        mine_fps: dict[str, str],
        result: ImportResult,
        renumber: dict[str, str],
    ) -> None:
        self.renumber = renumber
        self.s = s
        self.decisions = decisions
        self.mine_fps = mine_fps
        self.result = result
        self.ledger = _Ledger(s)
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

    def _settle(
        self, action: Change | Resolution, key: str, record_id: str, theirs_fp: str
    ) -> bool:
        """Update counters and the ledger; True when theirs must be written over/into mine."""
        if action != Change.SKIP:
            self.ledger.record(key, record_id, theirs_fp)
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

    def _stamp(self, row, meta: codec.Meta, new: bool) -> None:
        # Theirs keeps its timestamps; a new row also keeps its version, an updated one
        # gets the next local version so that stale editors notice the change.
        row.updated_at = meta.updated_at
        if new:
            row.created_at = meta.created_at
            if meta.version > 1:
                self._versions.setdefault(type(row).__table__, []).append(
                    {"rid": row.id, "v": meta.version, "at": meta.updated_at}
                )

    def flush_versions(self) -> None:
        """The ORM writes version 1 on insert; carry the file's version over afterwards."""
        self.s.flush()
        for table, pairs in self._versions.items():
            # updated_at is set too, or its onupdate default would stamp "now".
            self.s.execute(
                update(table)
                .where(table.c.id == bindparam("rid"))
                .values(version=bindparam("v"), updated_at=bindparam("at")),
                pairs,
            )
        self._versions.clear()

    # -- shared records
    def roles(self, roles) -> None:
        local = set(self.s.scalars(select(DmuRoleRow.code)))
        for role in roles:
            if role.code not in local:
                self.s.add(
                    DmuRoleRow(
                        code=role.code,
                        name_ru=role.name_ru,
                        name_en=role.name_en,
                        builtin=False,
                        sort_order=1000,
                    )
                )
        self.s.flush()

    def shared(self, shared) -> None:
        for person, meta in shared.team:
            row = self.s.get(TeamMemberRow, person.id)
            mine_fp = (
                _fp(codec.team_member_to_json(team_member_to_domain(row), _meta(row)))
                if row
                else None
            )
            theirs_fp = _fp(codec.team_member_to_json(person, meta))
            action = self._action("team_member", person.id, mine_fp)
            if action == Resolution.KEEP_BOTH:
                self.s.add(_team_row(replace(person, id=_new_uuid())))
            if self._settle(action, SHARED_LEDGER, person.id, theirs_fp):
                new = row is None
                row = row or TeamMemberRow(id=person.id)
                for f in TEAM_FIELDS:
                    value = getattr(person, f)
                    setattr(row, f, value.strip() if isinstance(value, str) else value)
                self._stamp(row, meta, new)
                self.s.add(row)
        if shared.company is not None:
            company, meta = shared.company
            row = self.s.get(OurCompanyRow, company.id)
            mine_fp = (
                _fp(codec.company_to_json(company_to_domain(row), _meta(row))) if row else None
            )
            action = self._action("company", company.id, mine_fp)
            if action == Resolution.KEEP_BOTH:
                action = Resolution.KEEP_MINE  # one company profile per database
            theirs_fp = _fp(codec.company_to_json(company, meta))
            if self._settle(action, SHARED_LEDGER, company.id, theirs_fp):
                new = row is None
                row = row or OurCompanyRow(id=company.id)
                for f in COMPANY_FIELDS:
                    value = getattr(company, f)
                    setattr(row, f, value.strip() if isinstance(value, str) else value)
                self._stamp(row, meta, new)
                self.s.add(row)
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
        decision = self.decisions.get(("client", dossier.client.id))
        return decision is not None and decision.includes is not None

    def _insert_new_dossier(self, dossier: ParsedDossier) -> None:
        """A client that is wholly new here: Core bulk inserts (batched over several
        dossiers), theirs kept to the version."""
        key, client = dossier.client.id, dossier.client
        for table, rows in _new_dossier_rows(dossier):
            self._pending.setdefault(table, []).extend(rows)
        for record_id, record in [(client.id, codec.client_to_json(client))] + [
            (m.id, codec.member_to_json(m)) for m in dossier.members
        ]:
            self._settle(Change.ADD, key, record_id, _fp(record))
        for interaction, meta in dossier.interactions:
            theirs = codec.interaction_to_json(interaction, meta)
            self._settle(Change.ADD, key, interaction.id, _fp(theirs))
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
                self._table_record("proposal", obj, key, {"client_id": client.id}, new=True)
        elif self._pending_dossiers >= INSERT_BATCH_DOSSIERS:
            self.flush_new()

    def flush_new(self) -> None:
        """Insert the batched new dossiers (tables in parent-to-child order)."""
        for table, rows in self._pending.items():
            if rows:
                bulk.insert_rows(self.s.connection(), table, rows)
        search_index.insert_entries(self.s.connection(), self._pending_docs)
        self._pending, self._pending_docs, self._pending_dossiers = {}, [], 0
        self.ledger.save(release=True)

    def _merge_dossier(self, dossier: ParsedDossier) -> None:
        s = self.s
        writes_before = self.writes
        key = dossier.client.id
        client = dossier.client
        row = s.get(ClientRow, client.id, options=(selectinload(ClientRow.tenders),))
        mine_fp = _fp(codec.client_to_json(client_to_domain(row))) if row else None
        action = self._action("client", client.id, mine_fp)
        if action == Resolution.KEEP_BOTH:
            s.add(_client_copy(client))
        if self._settle(action, key, client.id, _fp(codec.client_to_json(client))):
            new = row is None
            row = row or ClientRow(id=client.id)
            client_to_row(client, row)
            self._stamp(row, codec.Meta(client.created_at, client.updated_at, client.version), new)
            s.add(row)
            s.flush()
        members, interactions = _mine_records(s, dossier, None)
        for member in managers_first(dossier.members):
            self._member(member, members.get(member.id), key)
        s.flush()
        self._refuse_reporting_loops(dossier)
        for interaction, meta in dossier.interactions:
            self._interaction(interaction, meta, interactions.get(interaction.id), key)
        for obj in dossier.proposals:
            self._table_record("proposal", obj, key, {"client_id": client.id})
        s.flush()
        client_row = s.get(ClientRow, client.id) if self.writes > writes_before else None
        if client_row is not None:
            local_members = s.scalars(
                select(MemberRow)
                .where(MemberRow.client_id == client.id)
                .options(*_member_options())
            ).all()
            search_index.reindex_client(s.connection(), client_row, local_members)

    def _refuse_reporting_loops(self, dossier: ParsedDossier) -> None:
        """Theirs for one person and mine for another can close a loop the file did not have
        (A → B from the file, B → A kept): refused as the member editor refuses it."""
        boss_of = dict(
            self.s.execute(
                select(MemberRow.id, MemberRow.reports_to_id).where(
                    MemberRow.client_id == dossier.client.id
                )
            ).all()
        )
        for member in dossier.members:
            if reporting_loop(member.id, boss_of.get(member.id), boss_of.get):
                raise ArchiveError(
                    _(
                        "{client}: with these choices «{name}» would end up in a reporting loop; "
                        "make the same choice for the people who report to each other."
                    ).format(client=dossier.client.name, name=member.full_name)
                )

    def _member(self, member: Member, mine: dict | None, key: str) -> None:
        mine_fp = _fp(mine) if mine is not None else None
        action = self._action("member", member.id, mine_fp)
        row = None
        if mine is not None and action in (Change.UPDATE, Resolution.TAKE_THEIRS):
            row = self.s.get(MemberRow, member.id, options=_member_options())
            _refuse_move(row.client_id, member.client_id, member.id)
        if action == Resolution.KEEP_BOTH:
            copy = MemberRow(id=_new_uuid(), client_id=member.client_id)
            member_to_row(_fresh_member_ids(member), copy)
            self.s.add(copy)
        if self._settle(action, key, member.id, _fp(codec.member_to_json(member))):
            new = row is None
            row = row or MemberRow(id=member.id)
            row.client_id = member.client_id
            member_to_row(member, row)
            self._stamp(row, codec.Meta(member.created_at, member.updated_at, member.version), new)
            self.s.add(row)
            self.s.flush()

    def _interaction(
        self, interaction: Interaction, meta: codec.Meta, mine: dict | None, key: str
    ) -> None:
        s = self.s
        mine_fp = _fp(mine) if mine is not None else None
        action = self._action("interaction", interaction.id, mine_fp)
        row = None
        if mine is not None and action in (Change.UPDATE, Resolution.TAKE_THEIRS):
            row = s.get(InteractionRow, interaction.id)
            _refuse_move(row.client_id, interaction.client_id, interaction.id)
        if action == Resolution.KEEP_BOTH:
            copy = InteractionRow(id=_new_uuid(), client_id=interaction.client_id)
            self._fill_interaction(copy, interaction)
            s.add(copy)
        if self._settle(
            action, key, interaction.id, _fp(codec.interaction_to_json(interaction, meta))
        ):
            new = row is None
            row = row or InteractionRow(id=interaction.id)
            row.client_id = interaction.client_id
            self._fill_interaction(row, interaction)
            self._stamp(row, meta, new)
            s.add(row)

    # -- proposal side
    def library(self, shared) -> None:
        for section, kind in LIBRARY_SECTIONS.items():
            for obj in shared.library.get(section, []):
                self._table_record(kind, obj, SHARED_LEDGER, {})
        self.flush_versions()

    def _table_record(
        self, kind: str, obj: dict, key: str, parent: dict[str, str], new: bool = False
    ) -> None:
        """Add, update or copy one proposal-side record as decided in the preview
        (``new``: part of a new client, always added)."""
        spec, model = proposal_specs()[kind], MODELS[kind]
        theirs = _canonical(kind, obj, key, self.renumber)
        row = self.s.get(model, theirs["id"])
        if row is not None and "client_id" in parent:
            _refuse_move(row.client_id, parent["client_id"], row.id)
        mine_fp = _fp(_table_record(kind, row)) if row is not None else None
        action = Change.ADD if new else self._action(kind, theirs["id"], mine_fp)
        values = tables.from_json(theirs, spec, key)
        if action == Resolution.KEEP_BOTH:
            copy = _fresh_ids(values, spec)
            if kind == "proposal":
                copy["number"] = _free_number(self.s, values["number"], set(), set())
            self.s.add(_fill(model(id=copy["id"], **parent), spec, copy))
        if self._settle(action, key, theirs["id"], _fp(theirs)):
            new = row is None
            row = _fill(row if row is not None else model(id=theirs["id"], **parent), spec, values)
            meta = codec.Meta(
                codec.parse_timestamp(obj["created_at"]),
                codec.parse_timestamp(obj["updated_at"]),
                int(obj["version"]),
            )
            self._stamp(row, meta, new)
            self.s.add(row)
            self.s.flush()

    def _fill_interaction(self, row: InteractionRow, interaction: Interaction) -> None:
        s = self.s
        row.occurred_on, row.kind = interaction.occurred_on, interaction.kind.value
        row.summary, row.next_step = interaction.summary.strip(), interaction.next_step.strip()
        row.next_step_due = interaction.next_step_due
        row.members = list(
            s.scalars(select(MemberRow).where(MemberRow.id.in_(interaction.member_ids)))
        )
        row.team_members = list(
            s.scalars(
                select(TeamMemberRow).where(TeamMemberRow.id.in_(interaction.team_member_ids))
            )
        )


def _meta_columns(record) -> dict:
    return {
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "version": record.version,
    }


IMPORT_PAGE_CACHE_KIB = 64 * 1024


def _widen_page_cache(s: Session) -> None:
    """Large imports update big indexes (and the FTS table); SQLite's default 2 MB page cache
    makes that I/O-bound and superlinear. The setting lasts for this pooled connection only."""
    if s.bind.dialect.name == "sqlite":
        s.connection().exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_PAGE_CACHE_KIB}")


def _new_dossier_rows(dossier: ParsedDossier) -> list[tuple[Table, list[dict]]]:
    """Column values of a new dossier for executemany, parents before children."""
    client = dossier.client
    client_row = {f: getattr(client, f) for f in CLIENT_FIELDS}
    client_row.update(
        id=client.id,
        status=client.status.value,
        tags=list(client.tags),
        reliability_checklist=dict(client.reliability_checklist),
        reliability_result=client.reliability_result.value,
        **_meta_columns(client),
    )
    tenders = [
        {
            "id": t.id,
            "client_id": client.id,
            "title": t.title,
            "tender_date": t.tender_date,
            "notes": t.notes,
        }
        for t in client.tenders
    ]
    members, contacts, family = [], [], []
    for m in managers_first(dossier.members):
        row = {f: getattr(m, f) for f in MEMBER_FIELDS}
        b = m.birthday
        row.update(
            id=m.id,
            client_id=client.id,
            attitude=m.attitude.value,
            gender=m.gender.value,
            birthday_day=b.day if b else None,
            birthday_month=b.month if b else None,
            birthday_year=b.year if b else None,
            anniversary_day=m.anniversary.day if m.anniversary else None,
            anniversary_month=m.anniversary.month if m.anniversary else None,
            anniversary_year=m.anniversary.year if m.anniversary else None,
            **_meta_columns(m),
        )
        members.append(row)
        contacts += [
            {
                "id": c.id,
                "member_id": m.id,
                "kind": c.kind.value,
                "label": c.label,
                "value": c.value,
                "position": i,
            }
            for i, c in enumerate(m.contacts)
        ]
        for i, f in enumerate(m.family):
            fb = f.birthday
            family.append(
                {
                    "id": f.id,
                    "member_id": m.id,
                    "name": f.name,
                    "relation": f.relation,
                    "notes": f.notes,
                    "position": i,
                    "birthday_day": fb.day if fb else None,
                    "birthday_month": fb.month if fb else None,
                    "birthday_year": fb.year if fb else None,
                }
            )
    interactions, people, team = [], [], []
    for i, meta in dossier.interactions:
        interactions.append(
            {
                "id": i.id,
                "client_id": client.id,
                "occurred_on": i.occurred_on,
                "kind": i.kind.value,
                "summary": i.summary,
                "next_step": i.next_step,
                "next_step_due": i.next_step_due,
                "created_at": meta.created_at,
                "updated_at": meta.updated_at,
                "version": meta.version,
            }
        )
        people += [{"interaction_id": i.id, "member_id": m} for m in i.member_ids]
        team += [{"interaction_id": i.id, "team_member_id": t} for t in i.team_member_ids]
    return [
        (ClientRow.__table__, [client_row]),
        (TenderRow.__table__, tenders),
        (MemberRow.__table__, members),
        (ContactRow.__table__, contacts),
        (FamilyRow.__table__, family),
        (InteractionRow.__table__, interactions),
        (interaction_member, people),
        (interaction_team, team),
    ]


def _fill(row, spec: TableSpec, values: dict):
    """Write ``from_json`` values into a row and its child rows (reusing children by id)."""
    for name in spec.columns:
        setattr(row, name, values[name])
    for attribute, child_spec in spec.children.items():
        child_model = getattr(type(row), attribute).property.mapper.class_
        existing = {child.id: child for child in getattr(row, attribute)}
        children = []
        for child_values in values[attribute]:
            child = existing.get(child_values["id"]) or child_model(id=child_values["id"])
            children.append(_fill(child, child_spec, child_values))
        setattr(row, attribute, children)
    return row


def _fresh_ids(values: dict, spec: TableSpec) -> dict:
    """A copy of a record tree with new ids everywhere ("keep both")."""
    copy = {**values, "id": _new_uuid()}
    for attribute, child_spec in spec.children.items():
        copy[attribute] = [_fresh_ids(child, child_spec) for child in values[attribute]]
    return copy


def _team_row(person: TeamMember) -> TeamMemberRow:
    row = TeamMemberRow(id=person.id)
    for f in TEAM_FIELDS:
        value = getattr(person, f)
        setattr(row, f, value.strip() if isinstance(value, str) else value)
    return row


def _client_copy(client: Client) -> ClientRow:
    copy = replace(
        client,
        id=_new_uuid(),
        name=_("{name} (imported copy)").format(name=client.name),
        tenders=[replace(t, id=_new_uuid()) for t in client.tenders],
    )
    row = ClientRow(id=copy.id)
    client_to_row(copy, row)
    return row


def _fresh_member_ids(member: Member) -> Member:
    """A copy of theirs for "keep both": new ids for the person, contacts and family."""
    return replace(
        member,
        id=None,
        contacts=[ContactPoint(c.kind, c.value, c.label, _new_uuid()) for c in member.contacts],
        family=[
            FamilyMember(f.name, f.relation, f.birthday, f.notes, _new_uuid())
            for f in member.family
        ],
    )


# ==== files ===============================================================================
MAX_INPUT_BYTES = 512 * 1024 * 1024


def read_file(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read a file the user chose, refusing folders, unreadable and oversized files."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ArchiveError(_("{path} is a folder, not a file.").format(path=path))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ArchiveError(
            _("Cannot read {path}: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    if len(data) > limit:
        raise ArchiveError(_("{path} is too large.").format(path=path))
    return data


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a failure leaves no partial file."""
    path = Path(path)
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ArchiveError(
            _("Cannot write {path}: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ArchiveError(
            _("Cannot write {path}: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _proposal_deadlines(s: Session, client_names: dict[str, str], today: date) -> list[Deadline]:
    """Validity dates of open proposals (draft or sent) that have not passed yet."""
    from kam_desktop.domain.proposal import OPEN_STATUSES
    from kam_desktop.storage.proposal_models import ProposalRow

    rows = s.execute(
        select(ProposalRow.id, ProposalRow.number, ProposalRow.client_id, ProposalRow.valid_until)
        .where(
            ProposalRow.status.in_([status.value for status in OPEN_STATUSES]),
            ProposalRow.valid_until >= today,
        )
        .order_by(ProposalRow.valid_until)
    ).all()
    return [Deadline(r[0], r[1], client_names.get(r[2], ""), r[3]) for r in rows]
