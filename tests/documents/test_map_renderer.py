"""The map's PDF and PNG: Cyrillic names as text with embedded fonts, one A4 landscape page,
a PNG of the size the layout says, and a legend in the chosen language."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from kam_desktop.documents.map_renderer import MapDrawing, png_layout, render_pdf, render_png
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.relationship_map import LinkKind, MemberLink, layout_map

ROLES = {
    "executive": "руководитель",
    "financier": "финансист",
    "technical": "технический специалист",
}


def drawing(lang: str = "ru", people: int = 3) -> MapDrawing:
    group = [
        Member(
            "Петров Иван Сергеевич",
            "c",
            "Генеральный директор",
            role_code="executive",
            influence=5,
            id="ceo",
        ),
        Member(
            "Кузнецов Андрей Викторович",
            "c",
            "Финансовый директор",
            role_code="financier",
            influence=4,
            attitude=Attitude.OPPONENT,
            reports_to_id="ceo",
            id="cfo",
        ),
        Member(
            "Волков Сергей",
            "c",
            "Главный инженер",
            role_code="technical",
            attitude=Attitude.SUPPORTER,
            reports_to_id="ceo",
            id="cto",
        ),
    ]
    group += [
        Member(f"Сотрудник {i}", "c", "Инженер", reports_to_id="cto", id=f"e{i}")
        for i in range(people - 3)
    ]
    links = [MemberLink("c", "cto", "cfo", LinkKind.INFLUENCES, "l1")]
    return MapDrawing("УралТяжМаш", layout_map(group, links), ROLES, lang)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "map.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_is_one_a4_landscape_page_with_cyrillic_text_and_embedded_fonts(tmp_path) -> None:
    pdf = render_pdf(drawing("ru"))
    text = pdf_text(pdf, tmp_path)
    for expected in (
        "УралТяжМаш",
        "Петров Иван Сергеевич",
        "Финансовый директор",
        "финансист",
        "противник",
        "подчиняется",
        "влияет на",
        "дружит с",
    ):
        assert expected in text
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "map.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Pages:\s+1\n", info) and "841.89 x 595.28" in info
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "map.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "Liberation" in fonts and all(
        line.split()[-5] == "yes" for line in fonts.splitlines()[2:]
    )  # every font embedded


def test_the_legend_follows_the_language(tmp_path) -> None:
    text = pdf_text(render_pdf(drawing("en")), tmp_path)
    assert "reports to" in text and "opponent" in text and "подчиняется" not in text


def test_a_big_group_still_fits_the_page(tmp_path) -> None:
    text = pdf_text(render_pdf(drawing("ru", people=40)), tmp_path)
    assert "Сотрудник 36" in text  # the last one is on the (single) page
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "map.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Pages:\s+1\n", info)


def test_png_has_the_layouts_size_and_the_attitude_colours() -> None:
    image_module = pytest.importorskip("PIL.Image")
    picture = drawing("ru")
    image = image_module.open(io.BytesIO(render_png(picture)))
    assert image.format == "PNG" and image.size == png_layout(picture)[3]
    colours = {colour for _count, colour in image.getcolors(1_000_000)}
    assert (229, 57, 53) in colours  # the opponent's red fill
    assert (67, 160, 71) in colours  # the supporter's green
