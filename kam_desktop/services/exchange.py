"""Sharing dossiers: export to / import from .kamdossier, vCard and iCalendar use cases.

API for the GUI (every call is synchronous: run it in a worker thread; ``progress(done, total)``
is called after each dossier, ``should_cancel()`` is polled between dossiers — pass e.g.
``threading.Event().is_set``):

    service = ExchangeService(db)

    # Export one, several or all (None) clients; optional password (AES-256-GCM + scrypt);
    # without_personal=True leaves the people's personal layer out (exchange/personal.py).
    result = service.export_to_file(path, client_ids=None, password=None,
                                    progress=on_progress, should_cancel=cancel.is_set,
                                    without_personal=False)
    result.summary(), result.counts          # {"clients": 7, "members": 17, ...}
    # Cancel → Cancelled, and no file (written atomically; nothing half-done).

    # Import: 1) preview — reads and checks the whole file, changes nothing.
    preview = service.preview_import(data, password=None, progress=..., should_cancel=...)
    preview.manifest                          # who exported, when, app version, counts
    preview.personal_layer                    # False: the file leaves personal details out
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

Where the parts live: the merge rule and the preview/result types in ``exchange/merge.py``;
format 1's tables in ``exchange/format1.py``; reads in ``storage/exchange_reads.py``, writes in
``storage/exchange_rows.py``, the ledger in ``storage/sync_ledger.py``; the apply step in
``services/exchange_apply.py``; vCard in ``services/contacts.py``, iCalendar in
``services/calendar.py``; file reading/writing in ``kam_desktop/files.py``. This module opens the
transactions and keeps every name the GUI, CLI and tests import from it.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kam_desktop import files
from kam_desktop.domain.errors import ConflictError, NotFoundError
from kam_desktop.exchange import codec, personal
from kam_desktop.exchange.archive import (
    ArchiveWriter,
    DossierArchive,
    ParsedDossier,
    open_archive,
)
from kam_desktop.exchange.crypto import encrypt
from kam_desktop.exchange.errors import ArchiveError, Cancelled
from kam_desktop.exchange.format1 import LIBRARY_SECTIONS
from kam_desktop.exchange.merge import (
    Change,
    Comparer,
    ExportResult,
    ImportPreview,
    ImportResult,
    RecordChange,
    References,
    Resolution,
    added,
    canonical,
    classify,
    client_id_of,
    fingerprint,
    label_of,
    new_client,
    proposal_specs,
    table_record,
    with_history,
)
from kam_desktop.i18n import _
from kam_desktop.services import calendar, contacts
from kam_desktop.services.contacts import (
    VCardEntry,
    VCardImportResult,
    VCardPreview,
    normalise_name,
    normalise_phone,
)
from kam_desktop.services.database import Database
from kam_desktop.services.exchange_apply import (
    INSERT_BATCH_DOSSIERS,
    Applier,
    free_number,
    meta_of,
    mine_records,
)
from kam_desktop.services.exchange_ownership import (
    Owners,
    dossier_claims,
    refusal_summary,
    shared_claims,
)
from kam_desktop.storage import exchange_reads as reads
from kam_desktop.storage.exchange_rows import widen_page_cache
from kam_desktop.storage.mapping import client_to_domain, company_to_domain, team_member_to_domain
from kam_desktop.storage.models import ClientRow
from kam_desktop.storage.settings_store import every_setting, replace_settings
from kam_desktop.storage.sync_ledger import (
    HISTORY_LENGTH,
    LEDGER_PREFIX,
    SHARED_LEDGER,
    SyncLedger,
)

__all__ = [  # names the GUI, the CLI and the tests import from here
    "EXPORT_CHUNK",
    "HISTORY_LENGTH",
    "INSERT_BATCH_DOSSIERS",
    "LEDGER_PREFIX",
    "LIBRARY_SECTIONS",
    "MAX_INPUT_BYTES",
    "NEXT_STEP_PAST_DAYS",
    "SHARED_LEDGER",
    "Change",
    "Comparer",
    "ExchangeService",
    "ExportResult",
    "ImportPreview",
    "ImportResult",
    "Progress",
    "RecordChange",
    "Resolution",
    "ShouldCancel",
    "VCardEntry",
    "VCardImportResult",
    "VCardPreview",
    "classify",
    "normalise_name",
    "normalise_phone",
    "proposal_specs",
    "read_file",
    "write_atomically",
]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

EXPORT_CHUNK = 200
NEXT_STEP_PAST_DAYS = calendar.NEXT_STEP_PAST_DAYS
MAX_INPUT_BYTES = files.MAX_INPUT_BYTES


def read_file(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read a file the user chose (``files.read_file``); problems are ``ArchiveError``."""
    return files.read_file(path, limit, error=ArchiveError)


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write a file atomically, owner-only (``files.write_atomically``); ``ArchiveError``."""
    files.write_atomically(path, data, error=ArchiveError)


def _check_cancel(should_cancel: ShouldCancel | None) -> None:
    if should_cancel is not None and should_cancel():
        raise Cancelled(_("Cancelled; nothing was changed."))


def _exported_by() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


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
    local = reads.proposals_numbered(s, ids_by_number)
    clashing = sorted({number for number, pid in local if pid not in ids_by_number[number]})
    result: dict[str, str] = {}
    for number in clashing:
        result[number] = free_number(s, number, ids_by_number[number], set(result.values()))
    return result


def _refer_to_everything(refs: References, every: dict[str, set[str]]) -> None:
    refs.team |= every["team_member"]
    refs.roles |= every["dmu_role"]
    refs.catalogue |= every["catalogue_item"]
    refs.projects |= every["similar_project"]
    refs.arguments |= every["argument_block"]


class ExchangeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ==== export ==========================================================================
    def _client_ids(self, s: Session, client_ids: Iterable[str] | None) -> list[str]:
        if client_ids is None:
            return reads.all_client_ids(s)
        wanted = list(dict.fromkeys(client_ids))
        found = reads.known_client_ids(s, wanted)
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
        *,
        backup: bool = False,
        without_personal: bool = False,
    ) -> ExportResult:
        """Build a .kamdossier in memory (``client_ids=None``: every client).

        ``backup``: the whole database as format 1 holds it — every client, our whole team,
        every custom role, the whole proposal library (not only what proposals use) and the
        settings table (``settings.json``), so ``restore_backup`` can rebuild it elsewhere.
        ``without_personal``: the people's personal layer stays here (exchange/personal.py)."""
        writer = ArchiveWriter(_exported_by(), personal_layer=not without_personal)
        try:
            sent: dict[str, dict[str, str]] = {}
            with self.db.session() as s:
                ids = self._client_ids(s, client_ids)
                if not ids and not backup:
                    raise NotFoundError(_("There are no clients to export."))
                ledger = SyncLedger(s)
                refs = References()
                for start in range(0, len(ids), EXPORT_CHUNK):
                    _check_cancel(should_cancel)
                    for dossier in self._export_chunk(
                        s, ids[start : start + EXPORT_CHUNK], ledger, sent, without_personal
                    ):
                        refs.collect(dossier)
                        writer.add_dossier(dossier)
                    s.expunge_all()  # keeps memory flat on large exports
                    if progress is not None:
                        progress(min(start + EXPORT_CHUNK, len(ids)), len(ids))
                if backup:
                    _refer_to_everything(refs, reads.every_shared_id(s))
                    writer.add_settings(every_setting(s))
                writer.add_shared(self._export_shared(s, writer, ledger, sent, refs))
            _check_cancel(should_cancel)
            data = writer.finish()
        except BaseException:
            writer.discard()
            raise
        if password:
            data = encrypt(data, password)
        return ExportResult(
            data, dict(writer.counts), _ledger=sent, without_personal=without_personal
        )

    def _export_chunk(
        self,
        s: Session,
        ids: list[str],
        ledger: SyncLedger,
        sent: dict[str, dict[str, str]],
        without_personal: bool = False,
    ) -> list[dict]:
        clients = reads.clients_with_tenders(s, ids)
        members = reads.members_of_clients(s, ids)
        interactions = reads.interactions_of_clients(s, ids)
        proposals = reads.proposals_of_clients(s, ids)
        by_id = {c.id: c for c in clients}
        ledger.preload(ids)
        dossiers = []
        for client_id in ids:
            row = by_id[client_id]
            fps = sent.setdefault(client_id, {})

            def stamp(record: dict, fps: dict[str, str] = fps, client_id: str = client_id) -> dict:
                fps[record["id"]] = fingerprint(record)
                return with_history(record, ledger.history(client_id, record["id"]))

            def stamp_personal(
                kind: str, record: dict, fps: dict[str, str] = fps, client_id: str = client_id
            ) -> dict:
                """A record with a personal part. Without the personal layer: its business form,
                noted under its business entry, with both histories — the full states I
                exchanged (theirs derives from one of them) and the business forms."""
                if not without_personal:
                    return stamp(record)
                business = personal.business_record(kind, record)
                business_id = personal.business_id(record["id"])
                fps[business_id] = fingerprint(business)
                history = ledger.history(client_id, record["id"])
                return with_history(business, history + ledger.history(client_id, business_id))

            dossier = {
                "client": stamp(codec.client_to_json(client_to_domain(row))),
                "members": [
                    stamp_personal("member", codec.member_to_json(m))
                    for m in sorted(members.get(client_id, []), key=lambda m: m.id or "")
                ],
                "interactions": [
                    stamp(codec.interaction_to_json(i, meta_of(stamps)))
                    for i, stamps in sorted(
                        interactions.get(client_id, []), key=lambda x: x[0].id or ""
                    )
                ],
                "proposals": [
                    stamp_personal("proposal", table_record("proposal", p))
                    for p in proposals.get(client_id, [])
                ],
            }
            dossiers.append(dossier)
        return dossiers

    def _export_shared(
        self,
        s: Session,
        writer: ArchiveWriter,
        ledger: SyncLedger,
        sent: dict[str, dict[str, str]],
        refs: References,
    ) -> dict:
        fps = sent.setdefault(SHARED_LEDGER, {})

        def stamp(record: dict) -> dict:
            fps[record["id"]] = fingerprint(record)
            return with_history(record, ledger.history(SHARED_LEDGER, record["id"]))

        roles = reads.custom_roles(s)
        team = reads.team_rows(s, refs.team)
        company_row = reads.company_row(s)
        company = None
        if company_row is not None and company_row.name.strip():
            company = stamp(
                codec.company_to_json(company_to_domain(company_row), meta_of(company_row))
            )
            if company["logo"] and company_row.logo_png:
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
                stamp(codec.team_member_to_json(team_member_to_domain(t), meta_of(t))) for t in team
            ],
            "company": company,
            **{
                section: [stamp(table_record(kind, row)) for row in rows]
                for section, kind, rows in self._library_rows(s, refs)
            },
        }

    @staticmethod
    def _library_rows(s: Session, refs: References) -> Iterator[tuple[str, str, list[Any]]]:
        """(section, kind, rows) of the proposal library records the proposals use."""
        project_ids = set(refs.projects) | reads.projects_of_referees(s, refs.referees)
        wanted = {
            "catalogue_item": refs.catalogue,
            "similar_project": project_ids,
            "argument_block": refs.arguments,
        }
        for section, kind in LIBRARY_SECTIONS.items():
            yield section, kind, reads.library_rows(s, kind, wanted[kind])

    def record_export(self, result: ExportResult) -> None:
        """Remember what was sent, so an unchanged copy coming back is not a conflict."""
        if self.db.read_only:  # exporting from a read-only file works; it just remembers nothing
            return
        with self.db.session() as s:
            ledger = SyncLedger(s)
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
        without_personal: bool = False,
    ) -> ExportResult:
        """Export and write the file atomically: on error or cancel no file is left behind."""
        result = self.export_archive(
            client_ids,
            password,
            progress,
            should_cancel,
            without_personal=without_personal,
        )
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
            ledger = SyncLedger(s)
            existing = reads.existing_ids(s)
            owners = Owners(s)
            refused = owners.refusals(shared_claims(archive.shared))
            local_roles = reads.role_codes(s)
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
                compare = Comparer(ledger, mine, existing, archive.personal_layer)
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
        local_team = {r.id: r for r in reads.team_rows(s, [t.id or "" for t, _meta in shared.team])}
        for person, meta in shared.team:
            row = local_team.get(person.id or "")
            mine = (
                codec.team_member_to_json(team_member_to_domain(row), meta_of(row)) if row else None
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
            company_row = reads.company_row(s)
            theirs = codec.company_to_json(company, meta)
            if (
                company_row is not None
                and company_row.id != company.id
                and company_row.name.strip()
            ):
                # Our company profile is one per database: another one is never taken over.
                changes.append(
                    RecordChange("company", company.id or "", company.name, "", Change.SKIP)
                )
            else:
                mine = (
                    codec.company_to_json(company_to_domain(company_row), meta_of(company_row))
                    if company_row is not None and company_row.id == company.id
                    else None
                )
                changes.append(
                    compare(
                        "company", SHARED_LEDGER, theirs, shared.histories, mine, company.name, ""
                    )
                )
        for section, kind in LIBRARY_SECTIONS.items():
            for obj in shared.library.get(section, []):
                theirs = canonical(kind, obj, "shared.json", {})
                label = label_of(theirs)
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
            client = reads.client_with_tenders(s, dossier.client.id or "")
        members, interactions = mine_records(s, dossier, existing)
        return client, members, interactions

    def _preview_dossier(
        self, s: Session, dossier: ParsedDossier, compare: Comparer, renumber: dict[str, str]
    ) -> list[RecordChange]:
        client_row, member_rows, interaction_rows = self._local_dossier(
            s, dossier, compare.existing
        )
        key = dossier.client.id or ""
        name = dossier.client.name
        h = dossier.histories
        have_proposals = any(p["id"] in compare.existing["proposal"] for p in dossier.proposals)
        if client_row is None and not member_rows and not interaction_rows and not have_proposals:
            return [new_client(dossier)]
        # Records I do not have are additions: no need to build and hash their JSON.
        if client_row is None:
            changes = [added("client", key, name, name, dossier.client.updated_at)]
        else:
            mine = codec.client_to_json(client_to_domain(client_row))
            theirs = codec.client_to_json(dossier.client)
            changes = [compare("client", key, theirs, h, mine, name, name)]
        for member in dossier.members:
            mine_member = member_rows.get(member.id or "")
            if mine_member is None:
                changes.append(
                    added("member", member.id or "", member.full_name, name, member.updated_at)
                )
                continue
            theirs = codec.member_to_json(member)
            changes.append(compare("member", key, theirs, h, mine_member, member.full_name, name))
        for interaction, meta in dossier.interactions:
            mine_interaction = interaction_rows.get(interaction.id or "")
            label = f"{interaction.occurred_on.isoformat()} {interaction.summary[:60]}"
            if mine_interaction is None:
                changes.append(
                    added("interaction", interaction.id or "", label, name, meta.updated_at)
                )
                continue
            theirs = codec.interaction_to_json(interaction, meta)
            changes.append(compare("interaction", key, theirs, h, mine_interaction, label, name))
        for obj in dossier.proposals:
            theirs = canonical("proposal", obj, name, renumber)
            changes.append(
                self._compare_table(s, compare, "proposal", key, theirs, h, name, label_of(theirs))
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
            row = reads.proposal_side_row(s, kind, theirs["id"])
        mine = table_record(kind, row) if row is not None else None
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
        result = ImportResult(unchanged=preview.unchanged, personal_layer=archive.personal_layer)
        try:
            with self.db.session() as s:
                widen_page_cache(s)
                applier = Applier(
                    s,
                    decisions,
                    preview._mine,
                    result,
                    preview._renumber,
                    archive.personal_layer,
                )
                applier.roles(archive.shared.roles)
                applier.shared(archive.shared)
                applier.library(archive.shared)
                result.shared_changed = applier.writes > 0  # only shared records so far
                total = len(archive.dossier_names)
                applier.ledger.preload([client_id_of(name) for name in archive.dossier_names])
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

    def restore_backup(self, data: bytes, password: str | None = None) -> ImportResult:
        """Bring a backup (``export_archive(backup=True)``) into this database, meant to be
        empty: every record as the backup has it, and the settings table replaced by the
        backup's. One transaction: on any error nothing changes. A plain export carries no
        settings and is refused (it is imported, not restored)."""
        with self.db.transaction() as s:
            preview = self.preview_import(data, password)
            settings = preview._archive.settings()
            if settings is None:
                raise ArchiveError(
                    _(
                        "This file is an export, not a backup (it carries no settings): bring "
                        "its dossiers in with import."
                    )
                )
            preview.resolve_all(Resolution.TAKE_THEIRS)
            result = self.apply_import(preview)
            replace_settings(s, settings)
        return result

    # ==== vCard and iCalendar (services/contacts.py, services/calendar.py) ================
    def export_vcard(self, client_id: str) -> tuple[str, int]:
        """The client's decision group as vCard 4.0 text, and the number of cards."""
        return contacts.export_vcard(self.db, client_id)

    def preview_vcard_import(self, client_id: str, data: bytes) -> VCardPreview:
        """Parse the cards and mark duplicates of the client's members (and of each other)."""
        return contacts.preview_vcard_import(self.db, client_id, data)

    def apply_vcard_import(self, preview: VCardPreview) -> VCardImportResult:
        """Add the chosen people in one transaction."""
        return contacts.apply_vcard_import(self.db, preview)

    def export_calendar(
        self, today: date | None = None, client_id: str | None = None
    ) -> tuple[bytes, dict]:
        """Birthdays, proposal validity dates and open next steps as one .ics (one client's
        with ``client_id``; NotFoundError when there is no such client)."""
        return calendar.export_calendar(self.db, today, client_id)
