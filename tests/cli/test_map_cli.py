"""``kam-desktop map CLIENT_ID --out FILE.png|FILE.pdf`` in a real process."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kam_desktop.services.demo import KEY_CLIENT_ID
from tests.cli.test_cli import assert_one_line_error, run_cli


@pytest.fixture(scope="module")
def demo_db(module_database_arg: str) -> str:
    """The demo portfolio: an SQLite file, or a PostgreSQL database in that pass."""
    path = module_database_arg
    result = run_cli("--db", path, "demo")
    assert result.returncode == 0, result.stderr
    return path


def test_png_opens_with_pillow_at_the_layouts_size(demo_db: Path, tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    out = tmp_path / "карта.png"
    result = run_cli("--db", str(demo_db), "map", KEY_CLIENT_ID, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and str(out) in result.stdout
    with image_module.open(out) as image:
        assert image.format == "PNG"
        width, height = image.size
    from kam_desktop.documents.map_renderer import png_layout
    from kam_desktop.services.database import Database
    from kam_desktop.services.relationship import RelationshipService

    db = Database.open(str(demo_db))
    try:
        expected = png_layout(RelationshipService(db).drawing(KEY_CLIENT_ID, "en"))[3]
    finally:
        db.close()
    assert (width, height) == expected
    assert 600 < width < 3000 and 300 < height < 2000


def test_pdf_shows_the_names_in_cyrillic(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.PDF"
    result = run_cli(
        "--db", str(demo_db), "map", KEY_CLIENT_ID, "--out", str(out), lang="ru_RU.UTF-8"
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "УралТяжМаш" in text and "Петров Иван Сергеевич" in text
    assert "подчиняется" in text  # the legend in the user's language


def test_bad_input_is_one_line_and_exit_2(demo_db: Path, tmp_path: Path) -> None:
    unknown = run_cli(
        "--db", str(demo_db), "map", "no-such-client", "--out", str(tmp_path / "m.png")
    )
    assert "no-such-client" in assert_one_line_error(unknown)
    wrong = run_cli("--db", str(demo_db), "map", KEY_CLIENT_ID, "--out", str(tmp_path / "m.svg"))
    assert ".png" in assert_one_line_error(wrong)
    missing = run_cli("--db", str(demo_db), "map", KEY_CLIENT_ID)
    assert "--out" in assert_one_line_error(missing)
    nowhere = run_cli(
        "--db", str(demo_db), "map", KEY_CLIENT_ID, "--out", str(tmp_path / "no" / "dir" / "m.pdf")
    )
    assert_one_line_error(nowhere)
    assert not list(tmp_path.glob("m.*"))
