"""The .kamdossier container: a zip written and read entirely in memory, with hard limits.

Members (an allow-list; anything else is refused):

- ``manifest.json`` — format name, schema version, app version, creation time, who exported,
  the SHA-256 and size of every other member, and ``"personal_layer": false`` when the file
  leaves the people's personal details out (``exchange/personal.py``; absent = all of them);
- ``shared.json`` — custom decision roles, our team, our company profile (and, when proposals
  exist, the proposal library);
- ``clients/<client uuid>.json`` — one dossier: client with tenders and reliability check,
  decision group with contacts and family, interactions, proposals;
- ``attachments/<name>.png|jpg`` — binary files such as our company's logo;
- ``settings.json`` — only in a backup (``backup`` on a server database, or to a
  ``.kamdossier``): the database's settings table, which ``restore`` puts back and an import
  leaves alone.

Reading never extracts to disk: member count, declared sizes, compression ratio and the total
are checked before anything is decompressed, every member is read with a cap (declared sizes
can lie), checksums must match the manifest, and every JSON member is validated against
``resources/schema/kamdossier-1.schema.json`` and then for references between records.
Every problem raises ``ArchiveError`` with a message naming it.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import cast

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource

from kam_desktop import __version__
from kam_desktop.domain import limits
from kam_desktop.domain.dossier import Client, Interaction, Member, OurCompany, TeamMember
from kam_desktop.domain.enums import SEEDED_ROLES
from kam_desktop.domain.validation import (
    SURROGATE_RE,
    client_text_errors,
    company_text_errors,
    interaction_text_errors,
    member_text_errors,
    printable,
    reporting_loop,
    role_text_errors,
    team_member_text_errors,
    text_error,
    without_controls,
)
from kam_desktop.exchange import codec, crypto, personal
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.i18n import _
from kam_desktop.paths import resource_path

FORMAT_NAME = "kamdossier"
SCHEMA_VERSION = 1
SCHEMA_FILE = "kamdossier-1.schema.json"
MANIFEST = "manifest.json"
SHARED = "shared.json"
SETTINGS = "settings.json"  # a backup's settings table (key → text)
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
DOSSIER_NAME_RE = re.compile(rf"^clients/({_UUID})\.json$")
ATTACHMENT_NAME_RE = re.compile(r"^attachments/[A-Za-z0-9_-]{1,64}\.(png|jpg|jpeg)$")
ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
LIBRARY_KEYS = ("catalogue", "similar_projects", "arguments")  # proposal library in shared.json

# Everything zipfile/zlib may raise on hostile bytes; turned into one ArchiveError.
_ZIP_FAILURES = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
    IndexError,
    KeyError,
    OverflowError,
)


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that keep a hostile file from exhausting memory or time."""

    max_file_bytes: int = 512 * 1024 * 1024
    max_members: int = 20_000
    max_json_bytes: int = 64 * 1024 * 1024
    max_attachment_bytes: int = 16 * 1024 * 1024
    max_total_bytes: int = 1024 * 1024 * 1024
    max_ratio: int = 200  # uncompressed / compressed, checked for members above ratio_floor
    ratio_floor: int = 1024 * 1024

    def member_cap(self, name: str) -> int:
        """The most bytes one member may unpack to (the writer keeps to it too)."""
        return self.max_attachment_bytes if name.startswith("attachments/") else self.max_json_bytes


@dataclass(slots=True)
class ParsedDossier:
    """One client's dossier from the file, as domain objects plus record metadata."""

    client: Client
    members: list[Member]
    interactions: list[tuple[Interaction, codec.Meta]]
    proposals: list[dict] = field(default_factory=list)
    histories: dict[str, list[str]] = field(default_factory=dict)  # record id → fingerprints


@dataclass(slots=True)
class ParsedShared:
    roles: list
    team: list[tuple[TeamMember, codec.Meta]]
    company: tuple[OurCompany, codec.Meta] | None
    library: dict[str, list[dict]] = field(default_factory=dict)
    histories: dict[str, list[str]] = field(default_factory=dict)


# ---- schema ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(resource_path("schema", SCHEMA_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def _validator(definition: str) -> Draft202012Validator:
    schema = _schema()
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    return Draft202012Validator({"$ref": f"{schema['$id']}#/$defs/{definition}"}, registry=registry)


@lru_cache(maxsize=8)
def _fast_validator(definition: str):
    """jsonschema-rs, when installed: the same schema checked ~50× faster (large imports)."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for({**_schema(), "$ref": f"#/$defs/{definition}"})


def validate(document: object, definition: str, member: str) -> None:
    """Raise ArchiveError naming the member, the JSON path and the rule that failed.

    The fast validator only says yes or no; python-jsonschema (the reference) decides and
    words the message whenever the answer is not a plain yes.
    """
    fast = _fast_validator(definition)
    if fast is not None and fast.is_valid(document):
        return
    error = best_match(_validator(definition).iter_errors(document))
    if error is not None:
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.path)
        raise ArchiveError(
            _("{member} does not match the format at {path}: {problem}").format(
                member=member, path=path, problem=error.message[:200]
            )
        )


# ---- writing -----------------------------------------------------------------------------
def _json_bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class ArchiveWriter:
    """Builds a .kamdossier in memory, member by member; ``finish`` adds the manifest.

    It keeps to the reader's ``Limits``, so every file it writes is one this version reads:
    a member that deflates better than the reader's zip-bomb ratio (repetitive text at the
    field limits does) is stored uncompressed, and what would exceed a cap is refused here
    with a message instead of being written as a file nobody can import."""

    def __init__(
        self, exported_by: str, limits: Limits | None = None, personal_layer: bool = True
    ) -> None:
        self.limits = limits or Limits()
        self.personal_layer = personal_layer
        self._buffer = io.BytesIO()
        self._zip = zipfile.ZipFile(self._buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self._files: dict[str, dict[str, object]] = {}
        self._exported_by = " ".join(without_controls(exported_by).split())[:300]
        self._total = 0
        self.counts: dict[str, int] = {}

    def _method(self, data: bytes) -> int:
        """Stored when deflate would pass the reader's ratio check (measured, not guessed)."""
        lim = self.limits
        if len(data) > lim.ratio_floor and len(data) > lim.max_ratio // 2 * len(
            zlib.compress(data, 6)
        ):
            return zipfile.ZIP_STORED
        return zipfile.ZIP_DEFLATED

    def _add(self, name: str, data: bytes, what: str = "") -> None:
        cap = self.limits.member_cap(name)
        self._total += len(data)
        if len(data) > cap or len(self._files) + 2 > self.limits.max_members:
            raise ArchiveError(_too_big(what or name, len(data), cap))
        if self._total > self.limits.max_total_bytes:
            raise ArchiveError(_too_big(_("the export"), self._total, self.limits.max_total_bytes))
        self._zip.writestr(name, data, compress_type=self._method(data))
        self._files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def add_dossier(self, dossier: dict) -> None:
        self._add(
            f"clients/{dossier['client']['id']}.json",
            _json_bytes(dossier),
            _("the dossier of «{client}»").format(client=_label(dossier["client"]["name"])),
        )
        for key, value in (("clients", 1), ("members", len(dossier["members"]))):
            self.counts[key] = self.counts.get(key, 0) + value
        self.counts["interactions"] = self.counts.get("interactions", 0) + len(
            dossier["interactions"]
        )
        if "proposals" in dossier:
            self.counts["proposals"] = self.counts.get("proposals", 0) + len(dossier["proposals"])

    def add_shared(self, shared: dict) -> None:
        self._add(SHARED, _json_bytes(shared))

    def add_settings(self, settings: dict[str, str]) -> None:
        self._add(SETTINGS, _json_bytes(dict(sorted(settings.items()))))
        self.counts["settings"] = len(settings)

    def add_attachment(self, member: str, data: bytes) -> None:
        if member not in self._files:
            self._add(member, data)

    def finish(self) -> bytes:
        manifest = {
            "format": FORMAT_NAME,
            "schema_version": SCHEMA_VERSION,
            "app_version": __version__,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "exported_by": self._exported_by,
            "counts": dict(sorted(self.counts.items())),
            "files": dict(sorted(self._files.items())),
        }
        if not self.personal_layer:  # written only then: a full export keeps the old manifest
            manifest[personal.MANIFEST_KEY] = False
        self._zip.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        self._zip.close()
        data = self._buffer.getvalue()
        if len(data) > self.limits.max_file_bytes:
            raise ArchiveError(_too_big(_("the export"), len(data), self.limits.max_file_bytes))
        return data

    def discard(self) -> None:
        """Close an unfinished archive (cancel, error) so nothing is written at garbage collection."""
        self._zip.close()
        self._buffer = io.BytesIO()


def _too_big(what: str, size: int, limit: int) -> str:
    mib = 1024 * 1024
    return _(
        "Cannot export: {what} is too large for one file ({size} MB; at most {limit} MB, or "
        "{members} dossiers). Export fewer clients at a time."
    ).format(what=what, size=-(-size // mib), limit=limit // mib, members=Limits().max_members - 2)


# ---- reading -----------------------------------------------------------------------------
def _reject_constant(token: str) -> object:
    raise ValueError(f"{token} is not allowed")


def parse_json(data: bytes, member: str) -> object:
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise ArchiveError(_("{member} is not UTF-8 text.").format(member=member)) from None
    except (ValueError, RecursionError) as exc:
        raise ArchiveError(
            _("{member} is not valid JSON: {error}").format(member=member, error=str(exc)[:120])
        ) from None
    # UTF-8 cannot hold a lone UTF-16 surrogate, but a JSON escape can ("\ud800"); such a
    # string could be neither stored nor printed. Only files with \u escapes need the walk.
    if b"\\ud" in data or b"\\uD" in data:
        path = _broken_string(document, "$")
        if path is not None:
            raise ArchiveError(
                _("{member} holds a broken character (a lone UTF-16 surrogate) at {path}.").format(
                    member=member, path=path
                )
            )
    return document


def _broken_string(node: object, path: str) -> str | None:
    """The JSON path of the first string (or key) holding a lone surrogate, or None."""
    stack = [(node, path)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if SURROGATE_RE.search(node):
                return path
        elif isinstance(node, dict):
            for key, value in node.items():
                if SURROGATE_RE.search(key):
                    return path
                stack.append((value, f"{path}.{key}"))
        elif isinstance(node, list):
            stack.extend((value, f"{path}[{i}]") for i, value in enumerate(node))
    return None


def _refuse_text(errors: dict[str, str], where: str) -> None:
    """The domain's own rules (lengths, control characters) hold for what a file brings."""
    if errors:
        field_name, problem = next(iter(errors.items()))
        raise ArchiveError(
            _("{where}: field {field}: {problem}").format(
                where=where, field=field_name, problem=problem
            )
        )


def _label(text: str) -> str:
    """A name from the file, safe to show in a message (it may hold anything)."""
    return printable(" ".join(text.split()), keep_newlines=False)[:60]


def _check_name(name: str) -> None:
    unsafe = (
        name.startswith(("/", "\\"))
        or "\\" in name
        or "\x00" in name
        or re.match(r"^[A-Za-z]:", name)
        or ".." in name.split("/")
    )
    if unsafe:
        raise ArchiveError(
            _("The file contains an unsafe path {name!r} (absolute or leading outside).").format(
                name=name[:100]
            )
        )
    known = (
        name in (MANIFEST, SHARED, SETTINGS)
        or DOSSIER_NAME_RE.match(name)
        or ATTACHMENT_NAME_RE.match(name)
    )
    if not known:
        raise ArchiveError(
            _("The file contains an unexpected member {name!r}.").format(name=name[:100])
        )


class DossierArchive:
    """A checked archive: manifest and shared data parsed, dossiers parsed on demand."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        self.limits = limits
        self.size = len(data)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _ZIP_FAILURES:
            raise ArchiveError(
                _("The file is not a dossier file or it is truncated (not a readable zip archive).")
            ) from None
        self._infos = self._check_directory(infos)
        self._total_read = 0
        manifest = parse_json(self._read(MANIFEST), MANIFEST)
        self.manifest = self._check_manifest(manifest)
        self.personal_layer = personal.carries_personal(self.manifest)
        self.dossier_names = sorted(n for n in self._infos if DOSSIER_NAME_RE.match(n))
        self._ids_seen: set[str] = set()
        self.shared = self._parse_shared()

    # -- directory and manifest
    def _check_directory(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        lim = self.limits
        if len(infos) > lim.max_members:
            raise ArchiveError(
                _("The file has too many members ({count}; at most {limit}).").format(
                    count=len(infos), limit=lim.max_members
                )
            )
        by_name: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            _check_name(name)
            if name in by_name:
                raise ArchiveError(_("The member {name} appears twice.").format(name=name))
            if info.flag_bits & 0x1 or info.compress_type not in ALLOWED_METHODS:
                raise ArchiveError(
                    _(
                        "The member {name} uses an unsupported compression or zip encryption."
                    ).format(name=name)
                )
            if info.file_size > lim.ratio_floor and info.file_size > lim.max_ratio * max(
                info.compress_size, 1
            ):
                raise ArchiveError(
                    _("The member {name} is compressed suspiciously well (a zip bomb?).").format(
                        name=name
                    )
                )
            cap = self._cap(name)
            if info.file_size > cap:
                raise ArchiveError(
                    _("The member {name} is too large ({size} bytes; at most {limit}).").format(
                        name=name, size=info.file_size, limit=cap
                    )
                )
            total += info.file_size
            by_name[name] = info
        if total > lim.max_total_bytes:
            raise ArchiveError(
                _("The file unpacks to too much data ({size} bytes; at most {limit}).").format(
                    size=total, limit=lim.max_total_bytes
                )
            )
        if MANIFEST not in by_name:
            raise ArchiveError(_("The file has no manifest.json: it is not a dossier file."))
        return by_name

    def _cap(self, name: str) -> int:
        return self.limits.member_cap(name)

    def _check_manifest(self, manifest: object) -> dict:
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
            raise ArchiveError(_("manifest.json does not name the kamdossier format."))
        version = manifest.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ArchiveError(
                _("Unknown schema version {version!r} in manifest.json.").format(
                    version=str(version)[:20]
                )
            )
        if version > SCHEMA_VERSION:
            raise ArchiveError(
                _(
                    "The file was made by a newer KAM Desktop (schema version {version}; this "
                    "version reads up to {supported}). Update the application."
                ).format(version=version, supported=SCHEMA_VERSION)
            )
        validate(manifest, "manifest", MANIFEST)
        codec.parse_timestamp(manifest["created_at"], f"{MANIFEST}: created_at")
        for key, limit in (("exported_by", limits.EXPORTED_BY), ("app_version", limits.line(40))):
            problem = text_error(manifest[key], limit)
            _refuse_text({key: problem} if problem else {}, MANIFEST)
        listed = set(manifest["files"])
        present = set(self._infos) - {MANIFEST}
        for name in sorted(listed - present):
            raise ArchiveError(
                _("The member {name} listed in the manifest is missing.").format(name=name)
            )
        for name in sorted(present - listed):
            raise ArchiveError(
                _("The member {name} is not listed in the manifest.").format(name=name)
            )
        if SHARED not in present:
            raise ArchiveError(_("The file has no shared.json."))
        return manifest

    # -- members
    def _read(self, name: str) -> bytes:
        info = self._infos[name]
        cap = self._cap(name)
        try:
            with self._zip.open(info) as handle:
                data = handle.read(cap + 1)
        except _ZIP_FAILURES:
            raise ArchiveError(
                _("The member {name} is damaged and cannot be unpacked.").format(name=name)
            ) from None
        if len(data) > cap:
            raise ArchiveError(_("The member {name} is too large.").format(name=name))
        self._total_read += len(data)
        if self._total_read > self.limits.max_total_bytes:
            raise ArchiveError(_("The file unpacks to too much data."))
        if name != MANIFEST:
            expected = self.manifest["files"][name]["sha256"]
            if hashlib.sha256(data).hexdigest() != expected:
                raise ArchiveError(
                    _("Checksum mismatch for {name}: the file was changed or damaged.").format(
                        name=name
                    )
                )
        return data

    def _json(self, name: str, definition: str, check_schema: bool = True) -> dict:
        document = parse_json(self._read(name), name)
        if check_schema:
            validate(document, definition, name)
        return cast(dict, document)  # the schema (checked now or on the first read) says so

    def _unique(self, obj: dict, where: str, histories: dict[str, list[str]]) -> None:
        record_id = obj["id"]
        if "history" in obj:
            histories[record_id] = list(obj["history"])
        if record_id in self._ids_seen:
            raise ArchiveError(
                _("{where}: the id {id} is used by two records.").format(where=where, id=record_id)
            )
        self._ids_seen.add(record_id)

    @property
    def has_settings(self) -> bool:
        return SETTINGS in self._infos

    def settings(self) -> dict[str, str] | None:
        """A backup's settings table (checked against the schema); None when the file is a
        plain export, which carries none."""
        if not self.has_settings:
            return None
        return cast(dict[str, str], self._json(SETTINGS, "settings"))

    def attachment(self, member: str) -> bytes:
        if member not in self._infos or not ATTACHMENT_NAME_RE.match(member):
            raise ArchiveError(_("The attachment {name} is missing.").format(name=member))
        return self._read(member)

    def _parse_shared(self) -> ParsedShared:
        doc = self._json(SHARED, "shared")
        histories: dict[str, list[str]] = {}
        roles = [codec.role_from_json(r) for r in doc["roles"]]
        for role in roles:
            _refuse_text(role_text_errors(role), f"{SHARED}: {_label(role.code)}")
        team = []
        for obj in doc["team"]:
            self._unique(obj, SHARED, histories)
            person = codec.team_member_from_json(obj, SHARED)
            _refuse_text(
                team_member_text_errors(person[0]), f"{SHARED}: {_label(obj['full_name'])}"
            )
            team.append(person)
        company = None
        if doc["company"] is not None:
            logo_member = doc["company"].get("logo")
            logo = self.attachment(logo_member) if logo_member else None
            images = {
                kind: self.attachment(doc["company"][kind])
                for kind in codec.COMPANY_IMAGES
                if doc["company"].get(kind)
            }
            company = codec.company_from_json(doc["company"], logo, SHARED, images)
            _refuse_text(company_text_errors(company[0]), f"{SHARED}: {_label(company[0].name)}")
            self._unique(doc["company"], SHARED, histories)
        library = {k: doc[k] for k in LIBRARY_KEYS if k in doc}
        for records in library.values():
            for obj in records:
                self._unique(obj, SHARED, histories)
        self.library_ids = {
            key: {obj["id"] for obj in library.get(key, [])} for key in LIBRARY_KEYS
        }
        self.library_ids["referees"] = {
            referee["id"] for p in library.get("similar_projects", []) for referee in p["referees"]
        }
        self.role_codes = {code for code, _ru, _en in SEEDED_ROLES} | {r.code for r in roles}
        self.team_ids = {t.id for t, _meta in team}
        return ParsedShared(roles, team, company, library, histories)

    def dossier(self, name: str, check_schema: bool = True) -> ParsedDossier:
        """One dossier; ``check_schema=False`` only when re-reading a member already checked
        (the bytes are in memory and their checksum is verified again)."""
        doc = self._json(name, "dossier", check_schema)
        matched = DOSSIER_NAME_RE.match(name)
        assert matched is not None, name  # dossier names are listed by this pattern
        client_id = matched.group(1)
        if doc["client"]["id"] != client_id:
            raise ArchiveError(_("{name} holds a client with another id.").format(name=name))
        histories: dict[str, list[str]] = {}
        self._unique(doc["client"], name, histories)
        client = codec.client_from_json(doc["client"], name)
        _refuse_text(client_text_errors(client), f"{name}: {_label(client.name)}")
        member_ids = {m["id"] for m in doc["members"]}
        members = []
        for obj in doc["members"]:
            where = f"{name}: {_label(obj['full_name'])}"
            self._unique(obj, name, histories)
            if obj["role"] not in self.role_codes:
                raise ArchiveError(
                    _("{where}: unknown decision role {role}.").format(
                        where=where, role=obj["role"]
                    )
                )
            boss = obj.get("reports_to")
            if boss is not None and (boss not in member_ids or boss == obj["id"]):
                raise ArchiveError(
                    _("{where}: reports to a person who is not in this decision group.").format(
                        where=where
                    )
                )
            if not self.personal_layer:
                self._refuse_personal(personal.personal_fields_in(obj), where)
            member = codec.member_from_json(obj, client_id, where)
            _refuse_text(member_text_errors(member), where)
            members.append(member)
        self._check_reporting_lines(members, name)
        interactions = []
        for obj in doc["interactions"]:
            self._unique(obj, name, histories)
            participants = obj["participants"]
            if (
                not set(participants["members"]) <= member_ids
                or not set(participants["team"]) <= self.team_ids
            ):
                raise ArchiveError(
                    _(
                        "{name}: interaction {id} names participants that are not in the file."
                    ).format(name=name, id=obj["id"])
                )
            interaction = codec.interaction_from_json(obj, client_id, name)
            _refuse_text(interaction_text_errors(interaction[0]), f"{name}: {obj['id']}")
            interactions.append(interaction)
        proposal_ids = {p["id"] for p in doc.get("proposals", [])}
        for obj in doc.get("proposals", []):
            self._unique(obj, name, histories)
            self._check_proposal_references(obj, member_ids, proposal_ids, name)
            if not self.personal_layer and not personal.snapshot_is_reduced(obj.get("snapshot")):
                self._refuse_personal(["snapshot"], f"{name}: {_label(obj['number'])}")
        proposals = list(doc.get("proposals", []))
        return ParsedDossier(client, members, interactions, proposals, histories)

    @staticmethod
    def _refuse_personal(fields: list[str], where: str) -> None:
        """A file that says it leaves the personal layer out must not carry it: its own words
        are what the preview shows, so one that contradicts itself is not imported at all."""
        if fields:
            raise ArchiveError(
                _(
                    "{where}: the file says it carries no personal details, yet it holds "
                    "{fields}; it was altered or not written by KAM Desktop."
                ).format(where=where, fields=", ".join(fields))
            )

    @staticmethod
    def _check_reporting_lines(members: list[Member], name: str) -> None:
        """A loop (A → B → A, or longer) is refused as the member editor refuses it."""
        boss_of = {m.id: m.reports_to_id for m in members}
        for member in members:
            if reporting_loop(member.id, member.reports_to_id, boss_of.get):
                raise ArchiveError(
                    _("{where}: the reporting lines form a loop.").format(
                        where=f"{name}: {_label(member.full_name)}"
                    )
                )

    def _check_proposal_references(
        self, obj: dict, member_ids: set[str], proposal_ids: set[str], name: str
    ) -> None:
        """Every person, project, referee, argument, catalogue item and the previous revision
        must be in the file (a dossier carries every revision of its proposals)."""
        lib = self.library_ids
        checks = (
            ("addressee_ids", member_ids),
            ("team_member_ids", self.team_ids),
            ("project_ids", lib["similar_projects"]),
            ("referee_ids", lib["referees"]),
            ("argument_ids", lib["arguments"]),
        )
        missing = [field for field, known in checks if not set(obj[field]) <= known]
        items = {line.get("catalogue_item_id") for line in obj["lines"]} - {None}
        if not items <= lib["catalogue"]:
            missing.append("lines.catalogue_item_id")
        previous = obj.get("previous_id")
        if previous is not None and (previous not in proposal_ids or previous == obj["id"]):
            missing.append("previous_id")
        if missing:
            raise ArchiveError(
                _(
                    "{name}: proposal {number} refers to records that are not in the file ({fields})."
                ).format(name=name, number=obj["number"], fields=", ".join(missing))
            )

    def dossiers(self) -> Iterator[ParsedDossier]:
        for name in self.dossier_names:
            yield self.dossier(name)

    def reset_ids(self) -> None:
        """Forget ids seen, so the dossiers can be read a second time (apply after preview)."""
        self._ids_seen = {t.id or "" for t, _meta in self.shared.team}
        if self.shared.company is not None:
            self._ids_seen.add(self.shared.company[0].id or "")
        for records in self.shared.library.values():
            self._ids_seen.update(obj["id"] for obj in records)


def open_archive(
    data: bytes, password: str | None = None, limits: Limits | None = None
) -> DossierArchive:
    """Decrypt if needed and check the container; raises ArchiveError (or a subclass)."""
    limits = limits or Limits()
    if len(data) > limits.max_file_bytes:
        raise ArchiveError(
            _("The file is too large ({size} bytes; at most {limit}).").format(
                size=len(data), limit=limits.max_file_bytes
            )
        )
    if crypto.is_encrypted(data):
        data = crypto.decrypt(data, password)
    elif not data.startswith(b"PK"):
        raise ArchiveError(_("This is not a dossier file (neither a zip archive nor encrypted)."))
    return DossierArchive(data, limits)
