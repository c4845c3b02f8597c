"""Real places that refuse writes: a read-only mount, a full disk, a folder we may not write.

``read_only_mount`` and ``full_mount`` need root (CI runs as root): a small tmpfs is mounted
and the files copied in; then it is switched to read-only (where not even root can write), or
filled up to a few kilobytes. ``unwritable_folder`` takes away the write permission instead;
that only binds an unprivileged user, so as root the commands are run as ``nobody``
(``as_unprivileged``); a test that checks permissions inside pytest's own process runs itself
again as ``nobody`` (``rerun_as_nobody``). Where mounting is not permitted the tests say so and
skip.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NOBODY = 65534  # uid and gid of nobody / nogroup on Debian and Ubuntu
ROOT = Path(__file__).resolve().parents[1]


def _run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, timeout=60)


def _fresh_folder(prefix: str) -> Path:
    # Outside pytest's tmp_path (mode 0700), so an unprivileged user can reach it.
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    return folder


@contextmanager
def _tmpfs(size: str, *files: Path) -> Iterator[Path]:
    """A fresh tmpfs of ``size`` holding copies of ``files``; skips where mounting is refused."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    folder = _fresh_folder("kam-mount-")
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        for path in files:
            shutil.copy2(path, folder / path.name)
        yield folder
    finally:
        _run("umount", str(folder))
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def read_only_mount(*files: Path) -> Iterator[Path]:
    """A read-only tmpfs holding copies of ``files``."""
    with _tmpfs("64m", *files) as folder:
        remounted = _run("mount", "-o", "remount,ro", str(folder))
        if remounted.returncode != 0:
            pytest.skip(f"remounting read-only is not permitted: {remounted.stderr.strip()}")
        yield folder


@contextmanager
def full_mount(*files: Path, free: int = 64 * 1024) -> Iterator[Path]:
    """A tmpfs holding copies of ``files``, filled up until only ``free`` bytes are left."""
    with _tmpfs("8m", *files) as folder:
        filler = folder / "filler"
        with filler.open("wb", buffering=0) as out:
            try:
                while out.write(b"\0" * 65536):
                    pass
            except OSError:  # ENOSPC: the disk is full
                pass
        with filler.open("r+b") as out:
            out.truncate(max(0, filler.stat().st_size - free))
        yield folder


@contextmanager
def unwritable_folder(*files: Path) -> Iterator[Path]:
    """Copies of ``files`` (mode 0444) in a folder of mode 0555."""
    folder = _fresh_folder("kam-ro-perm-")
    try:
        for path in files:
            copy = folder / path.name
            shutil.copy2(path, copy)
            copy.chmod(0o444)
        folder.chmod(0o555)
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def writable_folder() -> Path:
    """A folder anybody may write (output files and the data dir of an unprivileged run)."""
    folder = _fresh_folder("kam-out-")
    folder.chmod(0o777)
    return folder


def as_unprivileged(argv: list[str]) -> list[str]:
    """``argv`` run as nobody when we are root (permissions bind only other users)."""
    if os.geteuid() != 0:
        return argv
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    problem = _nobody_cannot_run(argv[0], *prefix)
    if problem:
        pytest.skip(f"cannot run the app as nobody here: {problem}")
    return [*prefix, *argv]


@functools.cache
def _nobody_cannot_run(python: str, *prefix: str) -> str:
    """Why nobody cannot import the app with ``python`` (e.g. a checkout under /root), or ""."""
    if shutil.which("setpriv") is None:
        return "setpriv(1) is missing"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    probe = subprocess.run(
        [*prefix, python, "-c", "import kam_desktop.cli"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    return "" if probe.returncode == 0 else (probe.stderr.strip().splitlines() or ["?"])[-1]


def rerun_as_nobody(request: pytest.FixtureRequest, *, spawns_python: bool = False) -> bool:
    """As root (CI), run the calling test again as nobody in a child pytest and fail with it:
    root reads files regardless of permissions, so the test's body proves nothing as root.
    Returns True when that happened (the caller returns), False when the caller is unprivileged
    and runs its body itself. ``spawns_python``: the body starts ``sys.executable`` itself, so
    nobody must be able to reach the interpreter by its path (not so for a venv whose python
    links into /root); where not, the test skips and says why."""
    if os.geteuid() != 0:
        return False
    home = writable_folder()  # HOME, TMPDIR and pytest's basetemp of the child
    try:
        argv = as_unprivileged([sys.executable, "-m", "pytest", "-q", request.node.nodeid])
        if spawns_python:
            problem = _nobody_cannot_spawn(sys.executable, *argv[: argv.index(sys.executable)])
            if problem:
                pytest.skip(f"nobody cannot start {sys.executable} here: {problem}")
        env = {**os.environ, "HOME": str(home), "TMPDIR": str(home), "PYTHONPATH": str(ROOT)}
        env.pop("XDG_RUNTIME_DIR", None)  # root's, not writable by nobody
        child = subprocess.run(
            [*argv, f"--basetemp={home}/t"],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=300,
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    output = child.stdout + child.stderr
    # "1 passed" exactly: a skip or an empty selection also exits 0
    if child.returncode != 0 or not re.search(r"\b1 passed\b", child.stdout):
        pytest.fail(f"run as nobody, the test did not pass:\n{output}", pytrace=False)
    return True


@functools.cache
def _nobody_cannot_spawn(python: str, *prefix: str) -> str:
    """Why a process of nobody cannot start ``python`` by its path, or ""."""
    code = f"import subprocess; subprocess.run([{python!r}, '-c', ''], check=True)"
    probe = subprocess.run(
        [*prefix, python, "-c", code], capture_output=True, text=True, cwd="/", timeout=60
    )
    return "" if probe.returncode == 0 else (probe.stderr.strip().splitlines() or ["?"])[-1]
