"""``proposals --json`` and ``render-proposal`` through the real entry point (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def kam(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    data = env_dir.parent / f"{env_dir.name}-data"  # log file outside the folder we watch
    env = {**os.environ, "KAM_DESKTOP_DATA_DIR": str(data), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "demo.sqlite3"
    result = kam("--db", str(path), "demo", env_dir=folder)
    assert result.returncode == 0, result.stderr
    return path


def test_proposals_json(demo_file, tmp_path):
    result = kam("--db", str(demo_file), "proposals", "--json", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    (item,) = json.loads(result.stdout)
    assert item["number"].startswith("КП-")
    assert item["client"] == "УралТяжМаш"
    assert item["status"] == "draft"
    assert item["language"] == "ru"
    assert item["currency"] == "RUB"
    assert item["total"] == "11907960.00"
    assert len(item["issue_date"]) == 10 and item["valid_until"] > item["issue_date"]
    assert [a["role"] for a in item["addressees"]] == [
        "executive",
        "hr_director",
        "financier",
        "technical",
    ]
    assert all(set(a) == {"id", "name", "role"} for a in item["addressees"])
    assert item["warnings"] == []  # the demo proposal covers its decision group


def test_proposals_json_lists_coverage_warnings(tmp_path):
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo
    from kam_desktop.services.demo_proposals import DEMO_PROPOSAL_ID
    from kam_desktop.services.proposals import ProposalService

    path = tmp_path / "warn.sqlite3"
    db = Database.open(str(path))
    load_demo(db)
    service = ProposalService(db)
    p = service.get(DEMO_PROPOSAL_ID)
    p.addressee_ids = p.addressee_ids[:2]  # the financier and the chief engineer left out
    service.save(p)
    db.close()
    result = kam("--db", str(path), "proposals", "--json", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    (item,) = json.loads(result.stdout)
    codes = [w["code"] for w in item["warnings"]]
    assert codes.count("influential_not_addressed") == 2
    assert "figures_without_reader" in codes
    assert all(w["message"] for w in item["warnings"])


def test_render_proposal_and_variant(demo_file, tmp_path):
    listing = json.loads(
        kam("--db", str(demo_file), "proposals", "--json", env_dir=tmp_path).stdout
    )
    number, hr = listing[0]["number"], listing[0]["addressees"][1]["id"]
    out = tmp_path / "kp.pdf"
    result = kam(
        "--db", str(demo_file), "render-proposal", number, "--out", str(out), env_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    variant = tmp_path / "hr.pdf"
    result = kam(
        "--db",
        str(demo_file),
        "render-proposal",
        number,
        "--out",
        str(variant),
        "--addressee",
        hr,
        env_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert variant.read_bytes() != out.read_bytes()


@pytest.mark.parametrize(
    ("number", "out", "addressee"),
    [
        ("КП-1999-9999", "x.pdf", None),  # unknown number
        (None, "x.pdf", "00000000-0000-0000-0000-000000000000"),  # unknown person
        (None, "missing-folder/x.pdf", None),  # unwritable path
    ],
)
def test_errors_are_one_line_exit_2_and_leave_no_file(demo_file, tmp_path, number, out, addressee):
    if number is None:
        listing = kam("--db", str(demo_file), "proposals", "--json", env_dir=tmp_path).stdout
        number = json.loads(listing)[0]["number"]
    args = ["--db", str(demo_file), "render-proposal", number, "--out", str(tmp_path / out)]
    if addressee:
        args += ["--addressee", addressee]
    before = sorted(p.name for p in tmp_path.iterdir())
    result = kam(*args, env_dir=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
