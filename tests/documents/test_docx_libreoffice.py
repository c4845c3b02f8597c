"""Our DOCX opens in LibreOffice: ``soffice --headless --convert-to pdf`` and read the result.

Skipped where LibreOffice is not installed (``.ci/run`` installs libreoffice-writer-nogui).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.proposal import LineItem

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")


def convert_to_pdf(docx: bytes, folder: Path) -> bytes:
    """Convert with a profile of its own: soffice needs a writable one, and runs share none."""
    source = folder / "proposal.docx"
    source.write_bytes(docx)
    profile = folder / "lo-profile"
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    target = folder / "proposal.pdf"
    assert result.returncode == 0 and target.exists(), (result.stdout, result.stderr)
    return target.read_bytes()


def pages_text(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def liberation_sans_installed() -> bool:
    if shutil.which("fc-list") is None:
        return False
    listing = subprocess.run(["fc-list", "Liberation Sans"], capture_output=True, text=True)
    return bool(listing.stdout.strip())


def test_libreoffice_converts_the_demo_docx(proposals, demo_proposal, tmp_path):
    pdf = convert_to_pdf(proposals.render_docx(demo_proposal.id), tmp_path)
    pages = pages_text(pdf)
    text = " ".join(pages)
    assert "Уважаемые коллеги!" in text
    composed = proposals.compose(demo_proposal.id)
    assert composed.validity in pages[-1]
    for requisite in ("ИНН: 7714123456", "КПП: 771401001", "БИК: 044525225", "ИНН: 6673012345"):
        assert requisite in text
    assert "Всего к оплате, руб. 11 907 960,00" in text
    assert "Всего наименований 7, на сумму 11 907 960,00 руб." in text
    for i, page in enumerate(pages, 1):  # the PAGE and NUMPAGES fields, computed by LibreOffice
        assert f"Страница {i} из {len(pages)}" in page
        assert composed.letterhead.company_name in page  # the letterhead on every page
    if liberation_sans_installed() and shutil.which("pdffonts"):  # then nothing falls back
        listing = subprocess.run(
            ["pdffonts", str(tmp_path / "proposal.pdf")], capture_output=True, text=True, check=True
        ).stdout
        names = [line.split()[0] for line in listing.splitlines()[2:]]
        assert names and all("LiberationSans" in name for name in names), listing


def test_a_long_pricing_table_repeats_its_header_on_every_page(proposals, demo_proposal, tmp_path):
    p = replace(demo_proposal)
    p.line_items = [
        LineItem(f"Позиция спецификации № {i}", D(i), "шт.", D("1250.50"), D("5"))
        for i in range(1, 90)
    ]
    saved = proposals.save(p)
    pages = pages_text(convert_to_pdf(proposals.render_docx(saved.id), tmp_path))
    with_items = [page for page in pages if "Позиция спецификации" in page]
    assert len(with_items) >= 2
    assert all("Товар или услуга" in page for page in with_items)
    assert "Позиция спецификации № 89" in " ".join(pages)
