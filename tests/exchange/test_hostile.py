"""Hostile and broken files: each refused with a message naming the problem, DB untouched."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import struct
import zipfile
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kam_desktop.exchange.archive import Limits, open_archive
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.services.exchange import ExchangeService
from tests.exchange.conftest import dump_all


@lru_cache(maxsize=1)
def valid_archive() -> bytes:
    """A real export of the demo portfolio (built once; hypothesis mutates it)."""
    import tempfile

    from kam_desktop.services.database import Database
    from tests.exchange.conftest import fill_rich

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(f"{folder}/source.sqlite3")
        try:
            fill_rich(db)
            return ExchangeService(db).export_archive().data
        finally:
            db.close()


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def build(members: dict[str, bytes], fix_manifest: bool = True, **manifest_changes) -> bytes:
    """Re-pack members; the manifest's checksums are recomputed unless told otherwise."""
    members = dict(members)
    manifest = json.loads(members.pop("manifest.json"))
    if fix_manifest:
        manifest["files"] = {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()
        }
    manifest.update(manifest_changes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    return buffer.getvalue()


def edit_first_dossier(edit) -> bytes:
    members = members_of(valid_archive())
    name = next(n for n in sorted(members) if n.startswith("clients/"))
    doc = json.loads(members[name])
    edit(doc)
    members[name] = json.dumps(doc, ensure_ascii=False).encode()
    return build(members)


def first_dossier_with(predicate) -> tuple[dict[str, bytes], str, dict]:
    members = members_of(valid_archive())
    for name in sorted(members):
        if name.startswith("clients/"):
            doc = json.loads(members[name])
            if predicate(doc):
                return members, name, doc
    raise AssertionError("no such dossier")


def read_everything(data: bytes, password: str | None = None) -> None:
    archive = open_archive(data, password)
    for _dossier in archive.dossiers():
        pass


def forge_uncompressed_size(data: bytes, name: str, size: int) -> bytes:
    """Make the zip directory lie about a member's size (local and central headers)."""
    raw = bytearray(data)
    encoded = name.encode()
    local = raw.find(b"PK\x03\x04" + raw[4:4])
    while local != -1:
        name_len = struct.unpack_from("<H", raw, local + 26)[0]
        if raw[local + 30 : local + 30 + name_len] == encoded:
            struct.pack_into("<I", raw, local + 22, size)
        local = raw.find(b"PK\x03\x04", local + 4)
    central = raw.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", raw, central + 28)[0]
        if raw[central + 46 : central + 46 + name_len] == encoded:
            struct.pack_into("<I", raw, central + 24, size)
        central = raw.find(b"PK\x01\x02", central + 4)
    return bytes(raw)


def _zip_with_names(names: list[str]) -> bytes:
    members = members_of(valid_archive())
    for name in names:
        members[name] = b"{}"
    return build(members)


def _bomb() -> bytes:
    members = members_of(valid_archive())
    members["attachments/bomb.png"] = b"\x00" * (40 * 1024 * 1024)
    return build(members)


def _huge_member() -> bytes:
    members = members_of(valid_archive())
    members["attachments/photo.png"] = os.urandom(17 * 1024 * 1024)  # incompressible
    return build(members)


def _lying_small_size() -> bytes:
    # Declares 10 bytes for shared.json; the real stream is longer: reading must not trust it.
    return forge_uncompressed_size(valid_archive(), "shared.json", 10)


def _lying_huge_size() -> bytes:
    return forge_uncompressed_size(valid_archive(), "shared.json", 200 * 1024 * 1024)


def _too_many_members() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for i in range(20_001):
            zf.writestr(f"attachments/a{i}.png", b"")
    return buffer.getvalue()


def _duplicate_member() -> bytes:
    buffer = io.BytesIO()
    members = members_of(valid_archive())
    with pytest.warns(UserWarning), zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("shared.json", members["shared.json"])
    return buffer.getvalue()


def _bzip2_member() -> bytes:
    members = members_of(valid_archive())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            method = zipfile.ZIP_BZIP2 if name == "shared.json" else zipfile.ZIP_DEFLATED
            zf.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def _replace_member(name: str, data: bytes, fix: bool = True) -> bytes:
    members = members_of(valid_archive())
    members[name] = data
    return build(members, fix_manifest=fix)


def _first_dossier_name() -> str:
    return next(n for n in sorted(members_of(valid_archive())) if n.startswith("clients/"))


def _set_member_field(field: str, value) -> bytes:
    members, name, doc = first_dossier_with(lambda d: d["members"])
    doc["members"][0][field] = value
    members[name] = json.dumps(doc).encode()
    return build(members)


def _dangling_participant() -> bytes:
    members, name, doc = first_dossier_with(lambda d: d["interactions"])
    doc["interactions"][0]["participants"]["members"] = ["00000000-0000-4000-8000-000000000000"]
    members[name] = json.dumps(doc).encode()
    return build(members)


def _missing_listed_member() -> bytes:
    members = members_of(valid_archive())
    manifest = json.loads(members["manifest.json"])
    del members[_first_dossier_name()]
    members["manifest.json"] = json.dumps(manifest).encode()
    return build(members, fix_manifest=False)


def _unlisted_member() -> bytes:
    members = members_of(valid_archive())
    manifest = json.loads(members["manifest.json"])
    members["attachments/extra.png"] = b"png"
    members["manifest.json"] = json.dumps(manifest).encode()
    return build(members, fix_manifest=False)


def _deep_json() -> bytes:
    return _replace_member(_first_dossier_name(), b"[" * 100_000 + b"]" * 100_000)


def _client_with_other_id() -> bytes:
    members, name, doc = first_dossier_with(lambda d: True)
    doc["client"]["id"] = "00000000-0000-4000-8000-000000000000"
    members[name] = json.dumps(doc).encode()
    return build(members)


def _no_manifest() -> bytes:
    members = members_of(valid_archive())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            if name != "manifest.json":
                zf.writestr(name, data)
    return buffer.getvalue()


def _replace_manifest(data: bytes) -> bytes:
    members = members_of(valid_archive())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, data if name == "manifest.json" else content)
    return buffer.getvalue()


def _proposal_with_missing_library() -> bytes:
    members = members_of(valid_archive())
    shared = json.loads(members["shared.json"])
    shared["arguments"] = []
    members["shared.json"] = json.dumps(shared).encode()
    return build(members)


CASES = {
    "not a zip": (lambda: b"Hello, I am a text file.", "not a dossier file"),
    "empty file": (lambda: b"", "not a dossier file"),
    "zip-like junk": (lambda: b"PK\x03\x04" + b"\x00" * 100, "not a readable zip"),
    "truncated": (lambda: valid_archive()[: len(valid_archive()) // 2], "not a readable zip"),
    "zip bomb": (_bomb, "zip bomb"),
    "declared size too small (lie)": (_lying_small_size, "damaged"),
    "declared size huge": (_lying_huge_size, "zip bomb"),
    "huge member": (_huge_member, "too large"),
    "path traversal": (lambda: _zip_with_names(["../evil.json"]), "unsafe path"),
    "nested traversal": (lambda: _zip_with_names(["clients/../../x.json"]), "unsafe path"),
    "absolute path": (lambda: _zip_with_names(["/etc/passwd"]), "unsafe path"),
    "windows drive": (lambda: _zip_with_names(["C:/Windows/x.json"]), "unsafe path"),
    "backslash path": (lambda: _zip_with_names(["clients\\..\\x.json"]), "unsafe path"),
    "unknown member": (lambda: _zip_with_names(["readme.txt"]), "unexpected member"),
    "folder entry": (lambda: _zip_with_names(["clients/"]), "unexpected member"),
    "too many members": (_too_many_members, "too many members"),
    "duplicate member": (_duplicate_member, "appears twice"),
    "unsupported compression": (_bzip2_member, "unsupported compression"),
    "no manifest": (_no_manifest, "no manifest.json"),
    "newer schema version": (
        lambda: build(members_of(valid_archive()), schema_version=2),
        "newer KAM Desktop",
    ),
    "unknown schema version": (
        lambda: build(members_of(valid_archive()), schema_version="1"),
        "Unknown schema version",
    ),
    "other format": (
        lambda: build(members_of(valid_archive()), format="zipdossier"),
        "kamdossier format",
    ),
    "manifest not JSON": (
        lambda: _replace_manifest(b"{not json"),
        "manifest.json is not valid JSON",
    ),
    "invalid JSON": (lambda: _replace_member("shared.json", b'{"roles": ['), "not valid JSON"),
    "not UTF-8": (lambda: _replace_member("shared.json", b'{"roles": "\xff"}'), "not UTF-8"),
    "NaN in JSON": (lambda: _replace_member("shared.json", b'{"x": NaN}'), "not valid JSON"),
    "deeply nested JSON": (_deep_json, "not valid JSON"),
    "schema violation": (lambda: _set_member_field("influence", 9), "members[0].influence"),
    "wrong type": (lambda: _set_member_field("full_name", 12345), "members[0].full_name"),
    "unknown field": (lambda: _set_member_field("salary", "1"), "salary"),
    "impossible date": (lambda: _set_member_field("last_contact_on", "2023-02-30"), "2023-02-30"),
    "impossible birthday": (
        lambda: _set_member_field("birthday", {"day": 31, "month": 2, "year": 1980}),
        "birthday",
    ),
    "unknown role": (lambda: _set_member_field("role", "wizard"), "unknown decision role"),
    "reports to an outsider": (
        lambda: _set_member_field("reports_to", "00000000-0000-4000-8000-000000000000"),
        "reports to a person",
    ),
    "dangling participant": (_dangling_participant, "participants that are not in the file"),
    "proposal cites a missing argument": (_proposal_with_missing_library, "argument_ids"),
    "client id differs from name": (_client_with_other_id, "another id"),
    "bad checksum": (
        lambda: _replace_member("shared.json", b'{"roles":[],"team":[],"company":null}', fix=False),
        "Checksum mismatch for shared.json",
    ),
    "listed member missing": (_missing_listed_member, "listed in the manifest is missing"),
    "unlisted member": (_unlisted_member, "not listed in the manifest"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_refused_with_its_own_message(case, rich_db):
    make, message = CASES[case]
    data = make()
    before = dump_all(rich_db)
    with pytest.raises(ArchiveError) as caught:
        ExchangeService(rich_db).preview_import(data)
    assert message in str(caught.value)
    assert dump_all(rich_db) == before


def test_the_unmodified_archive_is_fine():
    read_everything(valid_archive())


def test_small_limits_apply_to_real_members():
    with pytest.raises(ArchiveError, match="too large"):
        open_archive(valid_archive(), limits=Limits(max_json_bytes=100))
    with pytest.raises(ArchiveError, match="too large"):
        open_archive(valid_archive(), limits=Limits(max_file_bytes=100))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_random_bytes_raise_only_archive_errors(data):
    with contextlib.suppress(ArchiveError):
        read_everything(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8),
    st.one_of(st.none(), st.integers(min_value=0)),
)
def test_mutated_archives_raise_only_archive_errors(flips, cut):
    data = bytearray(valid_archive())
    for position, value in flips:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    with contextlib.suppress(ArchiveError):
        read_everything(bytes(data))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_json_members_raise_only_archive_errors(data):
    """Checksums fixed after the change, so the JSON and schema checks are exercised."""
    members = members_of(valid_archive())
    name = data.draw(st.sampled_from(sorted(n for n in members if n.endswith(".json"))))
    raw = bytearray(members[name])
    for _ in range(data.draw(st.integers(1, 5))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.sampled_from(b'{}[]",:0-9aZ '))
    members[name] = bytes(raw)
    with contextlib.suppress(ArchiveError):
        read_everything(
            build(members) if name != "manifest.json" else _replace_manifest(bytes(raw))
        )
