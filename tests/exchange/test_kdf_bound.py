"""The scrypt cost a file header may ask for is bounded before anything is derived.

scrypt needs 128·N·r bytes and time ∝ N·r·p. A header asking for more than 256 MiB or more
than twice our own work (N·r·p ≤ 2²¹) is refused as not written by KAM Desktop; our own
parameters (N=2¹⁷, r=8, p=1) stay accepted. The measured worst case is in the README
(tests/bench/test_kdf_bench.py).
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from kam_desktop.exchange import crypto
from kam_desktop.exchange.errors import ArchiveError, WrongPasswordError

ROOT = Path(__file__).resolve().parents[2]
FAST = crypto.KdfParams(n=2**10, r=8, p=1)


def with_header(n: int, r: int, p: int) -> bytes:
    """A small encrypted file whose header was rewritten to ask for (N, r, p)."""
    blob = crypto.encrypt(b"data", "right", FAST)
    (length,) = struct.unpack_from(">I", blob, 8)
    header = {**json.loads(blob[12 : 12 + length]), "n": n, "r": r, "p": p}
    raw = json.dumps(header).encode()
    return crypto.MAGIC + struct.pack(">I", len(raw)) + raw + blob[12 + length :]


def test_the_header_that_burned_63_seconds_is_refused_before_deriving(tmp_path: Path) -> None:
    """N=2²⁰, r=8, p=16 was inside the old bounds: 1.1 GB and a minute before "wrong password".

    Run in a child process with a deadline, so a regression fails instead of burning CI.
    """
    path = tmp_path / "hostile.bin"
    path.write_bytes(with_header(2**20, 8, 16))
    script = (
        "import sys; from kam_desktop.exchange import crypto\n"
        "from kam_desktop.exchange.errors import ArchiveError\n"
        "try:\n"
        "    crypto.decrypt(open(sys.argv[1], 'rb').read(), 'guess')\n"
        "except ArchiveError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=20,
        env={"PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"},
    )
    assert "not written by KAM Desktop" in result.stdout, result.stderr


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [
        (2**19, 8, 1),  # 512 MiB
        (2**18, 16, 1),  # 512 MiB
        (2**17, 8, 4),  # 4× our work
        (2**17, 8, 3),  # 3× our work
        (2**18, 8, 2),  # 256 MiB but 4× our work
        (2**14, 32, 16),  # little memory, 4× our work
        (2**20, 1, 1),  # scrypt itself forbids N ≥ 2^(16·r)
        (2**21, 8, 1),
        (3 * 2**16, 8, 1),  # N not a power of two
        (2**17, 0, 1),
        (2**17, 8, 0),
    ],
)
def test_costly_or_invalid_parameters_are_refused(n: int, r: int, p: int) -> None:
    with pytest.raises(ArchiveError, match="not written by KAM Desktop"):
        crypto.decrypt(with_header(n, r, p), "right")


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [(2**17, 8, 1), (2**17, 8, 2), (2**18, 8, 1), (2**20, 2, 1), (2**16, 2, 16)],
)
def test_parameters_within_the_bound_are_accepted(n: int, r: int, p: int) -> None:
    assert crypto.kdf_cost_is_bounded(crypto.KdfParams(n, r, p))
    assert 128 * n * r <= 256 * 2**20 and n * r * p <= 2**21


def test_our_own_files_stay_readable() -> None:
    blob = crypto.encrypt(b"dossier", "пароль")  # the writer's defaults: N=2^17, r=8, p=1
    assert crypto.decrypt(blob, "пароль") == b"dossier"
    with pytest.raises(WrongPasswordError):
        crypto.decrypt(blob, "другой")
