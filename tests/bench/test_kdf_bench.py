"""The worst scrypt headers that are still accepted: time to "wrong password" and memory.

Each header is derived in a fresh child process (its peak RSS minus what it held before is the
derivation's memory). Nothing here asserts a time; the figures go to the README (Reliability).

    python -m pytest tests/bench/test_kdf_bench.py --benchmark-only -m bench -s
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, resource, sys, time
from kam_desktop.exchange import crypto
from kam_desktop.exchange.errors import WrongPasswordError
from tests.exchange.test_kdf_bound import with_header
n, r, p = (int(x) for x in sys.argv[1:4])
blob = with_header(n, r, p)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    crypto.decrypt(blob, "wrong password")
except WrongPasswordError:
    pass
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "mib": (peak - before) / 1024}))
"""

# The corners of the accepted region: most memory (128·N·r = 256 MiB) and most work
# (N·r·p = 2^21), with the small r that scrypt runs slowest per unit of work.
WORST_ACCEPTED = [(2**20, 2, 1), (2**18, 8, 1), (2**17, 16, 1), (2**17, 8, 2), (2**16, 2, 16)]


@pytest.mark.parametrize(("n", "r", "p"), WORST_ACCEPTED)
def test_worst_accepted_header(benchmark, n: int, r: int, p: int) -> None:
    def derive_in_a_child() -> dict[str, float]:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(n), str(r), str(p)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"},
        )
        return json.loads(result.stdout)

    figures = benchmark.pedantic(derive_in_a_child, rounds=3, iterations=1)
    benchmark.extra_info.update(figures)
    print(f"\nN=2^{n.bit_length() - 1} r={r} p={p}: {figures}")
