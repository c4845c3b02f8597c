"""``render-proposal`` to DOCX and one file per addressee, through the real entry point."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def kam(*args: str, data_dir: Path, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "KAM_DESKTOP_DATA_DIR": str(data_dir),  # the log lands here, not in the folder we watch
        "LANG": lang,
        "LC_ALL": lang,
        "LANGUAGE": "",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("render")
    db = folder / "demo.sqlite3"
    data_dir = folder / "data"
    assert kam("--db", str(db), "demo", data_dir=data_dir).returncode == 0
    listing = kam("--db", str(db), "proposals", "--json", data_dir=data_dir)
    return db, json.loads(listing.stdout)[0]


def render(demo, *args: str, data_dir: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    db, proposal = demo
    return kam(
        "--db", str(db), "render-proposal", proposal["number"], *args, data_dir=data_dir, **kwargs
    )


def test_out_docx_writes_a_word_document_and_the_variant(demo, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    joint = out / "kp.docx"
    result = render(demo, "--out", str(joint), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and str(joint) in result.stdout
    assert zipfile.is_zipfile(joint)
    document = docx.Document(str(joint))
    assert document.core_properties.title.endswith(demo[1]["number"])
    hr = demo[1]["addressees"][1]
    variant = out / "hr.DOCX"  # the extension chooses the format, in any case
    result = render(
        demo, "--out", str(variant), "--addressee", hr["id"], data_dir=tmp_path / "data"
    )
    assert result.returncode == 0, result.stderr
    greeting = [p.text for p in docx.Document(str(variant)).paragraphs]
    assert "Уважаемая Ольга Николаевна!" in greeting
    assert variant.read_bytes() != joint.read_bytes()


@pytest.mark.parametrize("file_format", ["pdf", "docx", None])
def test_out_dir_each_addressee_writes_one_named_file_per_person(demo, tmp_path, file_format):
    out = tmp_path / "out"
    out.mkdir()
    args = ["--out-dir", str(out), "--each-addressee"]
    if file_format:
        args += ["--format", file_format]
    result = render(demo, *args, data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    suffix = file_format or "pdf"
    number = demo[1]["number"]
    expected = {
        f"{number} Петров И. С.{suffix}",
        f"{number} Смирнова О. Н.{suffix}",
        f"{number} Кузнецов А. В.{suffix}",
        f"{number} Волков С. А.{suffix}",
    }
    assert {p.name for p in out.iterdir()} == expected
    assert len(result.stdout.splitlines()) == 4
    assert all(name in result.stdout for name in expected)
    contents = {p.read_bytes() for p in out.iterdir()}
    assert len(contents) == 4  # four different editions
    petrov = out / f"{number} Петров И. С.{suffix}"
    if suffix == "pdf":
        text = PdfReader(io.BytesIO(petrov.read_bytes())).pages[0].extract_text()
    else:
        text = "\n".join(p.text for p in docx.Document(str(petrov)).paragraphs)
    assert "Уважаемый Иван Сергеевич!" in text


@pytest.mark.parametrize(
    "args",
    [
        ["--out", "{tmp}/kp.odt"],  # neither .pdf nor .docx
        ["--out", "{tmp}/kp"],
        ["--out", "{tmp}/kp.pdf", "--out-dir", "{tmp}"],  # both
        [],  # neither
        ["--out-dir", "{tmp}"],  # a folder without --each-addressee
        ["--out", "{tmp}/kp.pdf", "--each-addressee"],
        ["--out", "{tmp}/kp.pdf", "--format", "docx"],
        ["--out-dir", "{tmp}", "--each-addressee", "--addressee", "someone"],
        ["--out-dir", "{tmp}", "--each-addressee", "--format", "odt"],
        ["--out-dir", "{tmp}/missing", "--each-addressee"],
        ["--out", "{tmp}/missing/kp.docx"],
        ["--out", "{tmp}/kp.docx", "--addressee", "00000000-0000-0000-0000-000000000000"],
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(demo, tmp_path, args):
    out = tmp_path / "out"
    out.mkdir()
    result = render(demo, *[a.format(tmp=out) for a in args], data_dir=tmp_path / "data")
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kam-desktop: "), result.stderr
    assert "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_errors_are_in_russian_on_a_russian_system(demo, tmp_path):
    result = render(
        demo, "--out-dir", str(tmp_path), data_dir=tmp_path / "data", lang="ru_RU.UTF-8"
    )
    assert result.returncode == 2
    assert "--each-addressee" in result.stderr and "адресата" in result.stderr


def test_help_names_both_formats_and_the_new_options(tmp_path):
    top = kam("--help", data_dir=tmp_path)
    assert "write a proposal as PDF or DOCX" in top.stdout
    verb = kam("render-proposal", "--help", data_dir=tmp_path)
    assert verb.returncode == 0
    for option in ("--out FILE", "--out-dir DIR", "--each-addressee", "--format {pdf,docx}"):
        assert option in verb.stdout
