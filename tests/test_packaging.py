"""The built wheel works without the source checkout (DESIGN.md: test the installed wheel).

The wheel is built from a copy of the project files (so the checkout gets no build/ or
egg-info/), installed with ``pip install --target`` into a temporary folder and imported from
there by a child process whose working directory is outside the repository; the dependencies
come from the running environment. The README is checked to show the commands CI really runs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_FILES = ("pyproject.toml", "setup.py", "README.md")
PROJECT_DIRS = ("kam_desktop", "resources")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc")


def _checkout_files(folder: str) -> set[str]:
    base = ROOT / folder
    return {
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("packaging")
    source = work / "source"
    source.mkdir()
    for name in PROJECT_FILES:
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    for name in PROJECT_DIRS:
        shutil.copytree(ROOT / name, source / name, ignore=SKIP)
    out = work / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    (built,) = out.glob("kam_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_holds_every_resource_file(wheel_names: set[str]) -> None:
    missing = {
        f for f in _checkout_files("resources") if f"kam_desktop/resources/{f}" not in wheel_names
    }
    assert not missing, f"resources missing from the wheel: {sorted(missing)}"


def test_wheel_holds_every_module_and_migration(wheel_names: set[str]) -> None:
    wanted = {
        f
        for f in _checkout_files("kam_desktop")
        if f.endswith(".py") or f.startswith("storage/migrations/")
    }
    missing = {f for f in wanted if f"kam_desktop/{f}" not in wheel_names}
    assert not missing, (
        f"code missing from the wheel (a folder without __init__.py?): {sorted(missing)}"
    )


def test_wheel_holds_what_the_app_loads_at_run_time(wheel_names: set[str]) -> None:
    def count(prefix: str, suffix: str) -> int:
        return sum(1 for n in wheel_names if n.startswith(prefix) and n.endswith(suffix))

    assert count("kam_desktop/resources/fonts/", ".ttf") >= 4  # regular, bold, italic, bold-italic
    assert count("kam_desktop/resources/translations/", "_ru.qm") >= 1  # compiled Qt translations
    assert count("kam_desktop/resources/translations/messages/", ".ru.json") >= 1
    assert count("kam_desktop/resources/content/", ".json") >= 1
    assert count("kam_desktop/resources/schema/", ".json") >= 1
    assert count("kam_desktop/storage/migrations/versions/", ".py") >= 2
    assert "kam_desktop/storage/migrations/env.py" in wheel_names


INSTALLED_CHECK = """
import json, sys
from sqlalchemy import create_engine, text
import kam_desktop
from kam_desktop.paths import resource_path
from kam_desktop.services.database import Database
from kam_desktop.storage.migrate import MIGRATIONS_DIR, head_revision
from kam_desktop.i18n import _

db = Database.open(sys.argv[1])
with db.engine.connect() as conn:
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    tables = sorted(r[0] for r in conn.execute(text("SELECT name FROM sqlite_master")))
# both renderers draw with the bundled fonts (the DOCX chart and monogram through Pillow)
from kam_desktop.services.demo import load_demo
from kam_desktop.services.demo_proposals import DEMO_PROPOSAL_ID
from kam_desktop.services.proposals import ProposalService
load_demo(db)
proposals = ProposalService(db)
documents = [proposals.render_pdf(DEMO_PROPOSAL_ID)[:4], proposals.render_docx(DEMO_PROPOSAL_ID)[:2]]
db.close()
print(json.dumps({
    "package": kam_desktop.__file__,
    "translations": str(resource_path("translations")),
    "migrations": str(MIGRATIONS_DIR),
    "revision": revision,
    "head": head_revision(),
    "tables": tables,
    "russian": _("Database {path} does not exist.", "ru"),
    "documents": [d.decode() for d in documents],
}))
"""


def test_installed_wheel_finds_resources_and_migrates(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(site), KAM_DESKTOP_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", INSTALLED_CHECK, str(tmp_path / "new.sqlite3")],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    for key in ("package", "translations", "migrations"):
        assert Path(found[key]).is_relative_to(site), f"{key} came from {found[key]}, not the wheel"
    assert found["revision"] == found["head"]
    assert {"client", "member", "interaction", "search_index"} <= set(found["tables"])
    assert found["russian"] != "Database {path} does not exist."  # the Russian catalog loaded
    assert found["documents"] == ["%PDF", "PK"]


def test_readme_opens_with_the_two_commands_and_shows_the_ci_test_line() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL)
    assert "kam-desktop" in blocks[0] and "pip install ." in blocks[0]  # install + start
    assert blocks[1].strip() == "bash .ci/run"  # install + test
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci_lines[-1] in readme, "README must show the exact test command .ci/run runs"
