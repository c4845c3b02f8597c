"""Password protection: AES-256-GCM + scrypt; wrong password and tampering are told apart."""

from __future__ import annotations

import json
import struct

import pytest

from kam_desktop.exchange import crypto
from kam_desktop.exchange.archive import open_archive
from kam_desktop.exchange.errors import (
    ArchiveError,
    PasswordRequiredError,
    TamperedFileError,
    WrongPasswordError,
)
from kam_desktop.services.exchange import ExchangeService
from tests.exchange.conftest import dump_all

FAST = crypto.KdfParams(n=2**10, r=8, p=1)  # unit tests need no 128 MiB derivations


def test_round_trip_and_header_fields():
    blob = crypto.encrypt(b"secret dossier", "пароль", FAST)
    assert blob.startswith(crypto.MAGIC) and b"secret" not in blob
    (length,) = struct.unpack_from(">I", blob, len(crypto.MAGIC))
    header = json.loads(blob[12 : 12 + length])
    assert header["cipher"] == "AES-256-GCM" and header["kdf"] == "scrypt"
    assert (header["n"], header["r"], header["p"]) == (2**10, 8, 1)
    assert crypto.decrypt(blob, "пароль") == b"secret dossier"


def test_default_parameters_meet_owasp_minimum():
    params = crypto.KdfParams()
    assert params.n >= 2**17 and params.r >= 8


def test_wrong_password_message():
    blob = crypto.encrypt(b"data", "right", FAST)
    with pytest.raises(WrongPasswordError, match="Wrong password"):
        crypto.decrypt(blob, "wrong")


def test_missing_password():
    blob = crypto.encrypt(b"data", "right", FAST)
    with pytest.raises(PasswordRequiredError):
        crypto.decrypt(blob, None)


def test_tampered_ciphertext_message():
    blob = bytearray(crypto.encrypt(b"data" * 100, "right", FAST))
    blob[-30] ^= 0x01
    with pytest.raises(TamperedFileError, match="changed or damaged"):
        crypto.decrypt(bytes(blob), "right")


def test_tampered_header_is_detected_as_tampering():
    """The header is authenticated: re-writing e.g. the KDF 'p' breaks the key or the tag."""
    blob = crypto.encrypt(b"data", "right", FAST)
    (length,) = struct.unpack_from(">I", blob, 8)
    header = json.loads(blob[12 : 12 + length])
    header["cipher"] = "AES-256-GCM"
    extra = json.dumps({**header, "note": "x"}, separators=(",", ":")).encode()
    forged = crypto.MAGIC + struct.pack(">I", len(extra)) + extra + blob[12 + length :]
    with pytest.raises(TamperedFileError):
        crypto.decrypt(forged, "right")


@pytest.mark.parametrize(
    "change",
    [{"n": 2**30}, {"r": 1000}, {"n": 1000}, {"nonce": "AAAA"}],
)
def test_hostile_kdf_parameters_are_refused_before_deriving(change):
    blob = crypto.encrypt(b"data", "right", FAST)
    (length,) = struct.unpack_from(">I", blob, 8)
    header = {**json.loads(blob[12 : 12 + length]), **change}
    raw = json.dumps(header).encode()
    forged = crypto.MAGIC + struct.pack(">I", len(raw)) + raw + blob[12 + length :]
    with pytest.raises(ArchiveError, match="out of the safe range"):
        crypto.decrypt(forged, "right")


@pytest.mark.parametrize("cut", [9, 12, 40])
def test_truncated_encrypted_file(cut):
    blob = crypto.encrypt(b"data", "right", FAST)
    with pytest.raises(ArchiveError):
        open_archive(blob[:cut], "right")


def test_encrypted_export_imports_only_with_the_password(rich_db, other_db, tmp_path):
    """The real parameters end to end: the file, then wrong password, then the right one."""
    path = tmp_path / "secret.kamdossier"
    ExchangeService(rich_db).export_to_file(path, password="correct horse")
    data = path.read_bytes()
    assert data.startswith(crypto.MAGIC) and "УралТяжМаш".encode() not in data
    target = ExchangeService(other_db)
    before = dump_all(other_db)
    with pytest.raises(WrongPasswordError):
        target.preview_import(data, password="battery staple")
    assert dump_all(other_db) == before
    preview = target.preview_import(data, password="correct horse")
    assert preview.added_count > 40
