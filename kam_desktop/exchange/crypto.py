"""Password protection of a .kamdossier: AES-256-GCM with a key derived by scrypt.

Layout of an encrypted file::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON) | ciphertext+tag

The header holds the KDF parameters, salt, nonce and a key-check value. The whole prefix
(magic, length, header) is the GCM associated data, so changing any header byte makes the tag
fail. scrypt yields 64 bytes: the first 32 are the AES key, the last 32 key an HMAC whose value
over a fixed label is the key check. A wrong password fails the key check before decryption is
tried; a right password with a failing tag means the file was changed: two different messages.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kam_desktop.exchange.errors import (
    ArchiveError,
    PasswordRequiredError,
    TamperedFileError,
    WrongPasswordError,
)
from kam_desktop.i18n import _

MAGIC = b"KAMDENC\x01"
_LEN = struct.Struct(">I")
MAX_HEADER = 4096
KEY_CHECK_LABEL = b"kamdossier key check v1"

# OWASP's minimum for scrypt (N=2^17, r=8, p=1): 128 MiB and ~0.3 s here.
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**17, 8, 1
# A hostile header must not make us allocate gigabytes or spin for minutes: scrypt needs
# 128·N·r bytes and time ∝ N·r·p. The bounds allow twice our own cost (N·r·p = 2²⁰); the
# worst accepted header derives in ≈1.7 s and 256 MiB here (README, Reliability).
MAX_N, MAX_R, MAX_P = 2**20, 32, 16
MAX_KDF_MEMORY = 256 * 1024 * 1024
MAX_KDF_WORK = 2 * DEFAULT_N * DEFAULT_R * DEFAULT_P


@dataclass(frozen=True, slots=True)
class KdfParams:
    n: int = DEFAULT_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def kdf_cost_is_bounded(params: KdfParams) -> bool:
    """Within the memory and time we are willing to spend before knowing the password."""
    n_ok = 2 <= params.n <= MAX_N and params.n & (params.n - 1) == 0
    return (
        n_ok
        and 1 <= params.r <= MAX_R
        and 1 <= params.p <= MAX_P
        and params.n < 2 ** (16 * params.r)  # scrypt's own rule (OpenSSL refuses the rest)
        and 128 * params.n * params.r <= MAX_KDF_MEMORY
        and params.n * params.r * params.p <= MAX_KDF_WORK
    )


def _out_of_range() -> ArchiveError:
    return ArchiveError(
        _(
            "The encryption parameters of the file are out of the safe range; "
            "it was not written by KAM Desktop."
        )
    )


def _derive(password: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    try:
        raw = Scrypt(salt=salt, length=64, n=params.n, r=params.r, p=params.p).derive(
            password.encode("utf-8")
        )
    except MemoryError:  # OpenSSL's refusal of parameters; the machine is not out of memory
        raise _out_of_range() from None
    key, check_key = raw[:32], raw[32:]
    return key, hmac.new(check_key, KEY_CHECK_LABEL, hashlib.sha256).digest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def encrypt(plaintext: bytes, password: str, params: KdfParams | None = None) -> bytes:
    if not password:
        raise ArchiveError(_("The password is empty."))
    params = params or KdfParams()
    salt, nonce = os.urandom(16), os.urandom(12)
    key, key_check = _derive(password, salt, params)
    header = json.dumps(
        {
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
            "n": params.n,
            "r": params.r,
            "p": params.p,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "key_check": _b64(key_check),
        },
        separators=(",", ":"),
    ).encode("utf-8")
    prefix = MAGIC + _LEN.pack(len(header)) + header
    return prefix + AESGCM(key).encrypt(nonce, plaintext, prefix)


def _damaged_header() -> ArchiveError:
    return ArchiveError(_("The encryption header of the file is damaged."))


def _parse_header(data: bytes) -> tuple[dict, bytes, bytes]:
    """Header fields, the authenticated prefix and the ciphertext; checks every field's type."""
    if len(data) < len(MAGIC) + _LEN.size:
        raise _damaged_header()
    (length,) = _LEN.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _LEN.size
    if length > MAX_HEADER or len(data) < start + length + 16:
        raise _damaged_header()
    try:
        header = json.loads(data[start : start + length].decode("utf-8"))
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        key_check = base64.b64decode(header["key_check"], validate=True)
        params = KdfParams(int(header["n"]), int(header["r"]), int(header["p"]))
        supported = header["cipher"] == "AES-256-GCM" and header["kdf"] == "scrypt"
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _damaged_header() from None
    if not supported:
        raise ArchiveError(_("The file is encrypted with an unsupported method."))
    if not (
        kdf_cost_is_bounded(params)
        and len(salt) >= 16
        and len(nonce) == 12
        and len(key_check) == 16
    ):
        raise _out_of_range()
    fields = {"params": params, "salt": salt, "nonce": nonce, "key_check": key_check}
    return fields, data[: start + length], data[start + length :]


def decrypt(data: bytes, password: str | None) -> bytes:
    fields, prefix, ciphertext = _parse_header(data)
    if not password:
        raise PasswordRequiredError(_("The file is protected by a password; enter it."))
    key, key_check = _derive(password, fields["salt"], fields["params"])
    if not hmac.compare_digest(key_check, fields["key_check"]):
        raise WrongPasswordError(_("Wrong password: the file cannot be opened with it."))
    try:
        return AESGCM(key).decrypt(fields["nonce"], ciphertext, prefix)
    except InvalidTag:
        raise TamperedFileError(
            _("The file was changed or damaged after it was encrypted; do not trust it.")
        ) from None
