"""kam_desktop/files.py: one bounded read, one atomic owner-only write for every layer."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kam_desktop.domain.errors import KamError
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.files import read_file, write_atomically


def test_write_replaces_the_file_owner_only_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.kamdossier"
    target.write_bytes(b"old")
    assert write_atomically(target, b"new") == target
    assert target.read_bytes() == b"new"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.kamdossier"]


def test_a_failed_write_names_the_file_in_the_callers_error(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="Cannot write"):
        write_atomically(tmp_path / "missing" / "x.ics", b"data", error=ArchiveError)
    with pytest.raises(KamError, match="Cannot write"):
        write_atomically(tmp_path / "missing" / "x.pdf", b"data")


def test_read_is_bounded_and_refuses_folders(tmp_path: Path) -> None:
    path = tmp_path / "in.vcf"
    path.write_bytes(b"12345")
    assert read_file(path, 5) == b"12345"
    with pytest.raises(KamError, match="too large"):
        read_file(path, 4)
    with pytest.raises(ArchiveError, match="folder"):
        read_file(tmp_path, error=ArchiveError)
    with pytest.raises(KamError, match="Cannot read"):
        read_file(tmp_path / "nope")
