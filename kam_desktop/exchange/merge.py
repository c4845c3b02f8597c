"""The merge of a dossier file with my data, on JSON records: classification and its results.

No database here: records are the canonical JSON objects of the file (``codec``/``tables``),
histories come from whoever keeps the sync ledger (``storage/sync_ledger.py``). How conflicts
are detected without a shared base: docs/dossier-format.md ("Merge rules") and
``services/exchange.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from kam_desktop.domain.errors import NotFoundError
from kam_desktop.exchange import codec, personal, tables
from kam_desktop.exchange.archive import DossierArchive, ParsedDossier
from kam_desktop.exchange.format1 import PROPOSAL_SPECS
from kam_desktop.exchange.tables import TableSpec
from kam_desktop.i18n import _


def proposal_specs() -> dict[str, TableSpec]:
    """Specs of the proposal tables, by record kind (format 1, written out in format1.py)."""
    return PROPOSAL_SPECS


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
    def personal_layer(self) -> bool:
        """False when the file leaves the personal details out: mine are kept as they are."""
        return self._archive.personal_layer

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
    without_personal: bool = False

    def summary(self) -> str:
        text = _(
            "Exported: clients {clients}, people {members}, interactions {interactions} ({size} KB)."
        ).format(
            clients=self.counts.get("clients", 0),
            members=self.counts.get("members", 0),
            interactions=self.counts.get("interactions", 0),
            size=max(1, len(self.data) // 1024),
        )
        if self.without_personal:
            text += " " + _("Without personal details (family, birthdays, hobbies, values, notes).")
        return text


@dataclass(slots=True)
class ImportResult:
    added: int = 0
    updated: int = 0
    kept_mine: int = 0
    copies: int = 0
    unchanged: int = 0
    # What changed, so a window refreshes only that: the clients whose dossier was written
    # (new, merged or copied), and whether our team, company or libraries were.
    client_ids: set[str] = field(default_factory=set)
    shared_changed: bool = False
    personal_layer: bool = True  # False: the file left the personal details out

    def summary(self) -> str:
        text = _(
            "Imported: {added} added, {updated} updated, {copies} kept as copies, "
            "{kept} kept mine, {unchanged} unchanged."
        ).format(
            added=self.added,
            updated=self.updated,
            copies=self.copies,
            kept=self.kept_mine,
            unchanged=self.unchanged,
        )
        if not self.personal_layer:
            text += " " + no_personal_note()
        return text


def no_personal_note() -> str:
    """What an import of a file without the personal layer tells the user (CLI, preview)."""
    return _(
        "The file carries no personal details (family, birthdays, hobbies, values, notes): "
        "the people's personal details in your database are kept as they are."
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


class Histories(Protocol):
    """The fingerprints of a record's states last exchanged (the sync ledger)."""

    def history(self, key: str, record_id: str) -> list[str]: ...


def fingerprint(record: dict) -> str:
    return codec.fingerprint(record)


def with_history(record: dict, history: list[str]) -> dict:
    if history:
        record["history"] = history
    return record


def parse_ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class Comparer:
    """Classifies records against my database and notes my fingerprints for apply."""

    def __init__(
        self,
        ledger: Histories,
        mine_fps: dict[str, str],
        existing: dict[str, set[str]],
        personal_layer: bool = True,
    ) -> None:
        self.ledger = ledger
        self.mine_fps = mine_fps
        self.existing = existing
        # False: theirs come in their business form (exchange/personal.py), so mine is
        # compared in the same form, against the business histories — my personal part is
        # neither a difference nor a conflict.
        self.personal_layer = personal_layer

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
        history_id = record_id
        theirs_history = histories.get(record_id, [])
        if not self.personal_layer and kind in personal.KINDS_WITH_PERSONAL:
            history_id = personal.business_id(record_id)
            theirs = personal.business_record(kind, theirs)  # a parsed member has them empty
            if mine is not None:
                business = personal.business_record(kind, mine)
                if fingerprint(mine) in theirs_history:
                    # They had exactly my full state: their business form derives from mine.
                    theirs_history = [*theirs_history, fingerprint(business)]
                mine = business
        mine_fp = fingerprint(mine) if mine is not None else None
        if mine_fp is not None:
            self.mine_fps[record_id] = mine_fp
        change = classify(
            mine_fp,
            fingerprint(theirs),
            self.ledger.history(ledger_key, history_id),
            theirs_history,
        )
        record = RecordChange(kind, record_id, label, client_name, change)
        record.theirs_updated_at = parse_ts(theirs["updated_at"])
        if mine is not None:
            record.mine_updated_at = parse_ts(mine["updated_at"])
            if change in (Change.UPDATE, Change.CONFLICT):
                record.fields = codec.changed_fields(mine, theirs)
        return record


def new_client(dossier: ParsedDossier) -> RecordChange:
    """A client wholly new to my database: one record that counts what it brings."""
    client = dossier.client
    change = added("client", client.id or "", client.name, client.name, client.updated_at)
    change.includes = {
        "member": len(dossier.members),
        "interaction": len(dossier.interactions),
        "proposal": len(dossier.proposals),
    }
    return change


def added(kind: str, record_id: str, label: str, client: str, at: datetime | None) -> RecordChange:
    return RecordChange(kind, record_id, label, client, Change.ADD, theirs_updated_at=at)


@dataclass(slots=True)
class References:
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


def table_record(kind: str, row: Any) -> dict:
    """A proposal-side row (any object with the spec's attributes) as a record of the file:
    columns, child rows, bookkeeping."""
    record = tables.to_json(row, proposal_specs()[kind])
    record.update(
        {
            "created_at": codec.timestamp_json(row.created_at),
            "updated_at": codec.timestamp_json(row.updated_at),
            "version": row.version,
        }
    )
    return record


def canonical(kind: str, obj: dict, where: str, renumber: dict[str, str]) -> dict:
    """Their proposal-side record in canonical form (as my database would hold it)."""
    for key in ("created_at", "updated_at"):
        codec.parse_timestamp(obj[key], f"{where}: {label_of(obj)}: {key}")
    values = tables.from_json(obj, proposal_specs()[kind], where)
    if kind == "proposal" and values["number"] in renumber:
        values["number"] = renumber[str(values["number"])]
    record = tables.to_json(values, proposal_specs()[kind])
    record.update({k: obj[k] for k in ("created_at", "updated_at", "version")})
    return record


def label_of(record: dict) -> str:
    for field_name in ("number", "name", "client_company", "title"):
        if record.get(field_name):
            return str(record[field_name])
    return str(record["id"])


def client_id_of(member_name: str) -> str:
    """The client id of a dossier's archive member name (``clients/<id>.json``)."""
    return member_name.removeprefix("clients/").removesuffix(".json")
