"""Qt's translation tools run on the checkout, to compare their output with the committed
catalogues by content (a fresh clone gives every file the same time, so times prove nothing)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
GUI = ROOT / "kam_desktop" / "gui"  # self.tr() lives only here (Qt only in gui/)

# (context, source, disambiguation comment, numerus): what identifies a message to Qt
Message = tuple[str | None, str | None, str | None, str | None]


def qt_tool(name: str) -> str:
    """PySide6's wrapper script beside the interpreter (a venv), else the one on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    assert found, f"pyside6-{name} not found (it comes with PySide6)"
    return found


def catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.ts"))


def messages(ts: Path) -> Counter[Message]:
    """The messages a .ts file holds, without obsolete or vanished ones."""
    found: Counter[Message] = Counter()
    for context in ET.parse(ts).getroot().iter("context"):
        for m in context.iter("message"):
            if m.find("translation").get("type") in ("obsolete", "vanished"):
                continue
            key = (context.findtext("name"), m.findtext("source"), m.findtext("comment"))
            found[(*key, m.get("numerus"))] += 1
    return found


def extracted_messages() -> Counter[Message]:
    """What lupdate finds in the gui sources today (no line numbers: moving code is no change)."""
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "extracted.ts"
        subprocess.run(
            [qt_tool("lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return messages(ts)


def compiled(ts: Path) -> bytes:
    """The .qm that lrelease makes of ``ts`` (lrelease's output is deterministic)."""
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / ts.with_suffix(".qm").name
        subprocess.run(
            [qt_tool("lrelease"), str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return qm.read_bytes()
