"""The DOCX export, read back as Word would: styles, tables, fields, pictures, properties."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from decimal import Decimal as D

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from PIL import Image

from kam_desktop.domain.dossier import Birthday, FamilyMember
from kam_desktop.domain.proposal import LineItem, ProposalStatus
from kam_desktop.services.dossiers import DossierService

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def word(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def part_xml(data: bytes, prefix: str) -> list[etree._Element]:
    """The parsed XML of every package part whose name starts with ``prefix``."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [
            etree.fromstring(package.read(name))
            for name in sorted(package.namelist())
            if name.startswith(prefix) and name.endswith(".xml")
        ]


def paragraph_texts(data: bytes) -> list[str]:
    """Text of every paragraph — body, table cells, header and footer — in document order."""
    roots = (
        part_xml(data, "word/header")
        + part_xml(data, "word/document")
        + part_xml(data, "word/footer")
    )
    texts = []
    for root in roots:
        for p in root.iter(f"{W}p"):
            parts = []
            for node in p.iter(f"{W}t", f"{W}br", f"{W}tab"):
                parts.append(node.text or "" if node.tag == f"{W}t" else " ")
            texts.append("".join(parts))
    return texts


def all_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(paragraph_texts(data)))


def headings(data: bytes, level: int = 1) -> list[str]:
    return [p.text for p in word(data).paragraphs if p.style.name == f"Heading {level}"]


def table_with(document: docx.document.Document, first_cell_text: str):
    for table in document.tables:
        if any(first_cell_text in cell.text for cell in table.rows[0].cells):
            return table
    raise AssertionError(f"no table with {first_cell_text!r} in its first row")


@pytest.fixture
def demo_docx(proposals, demo_proposal) -> bytes:
    return proposals.render_docx(demo_proposal.id)


# ---- structure ---------------------------------------------------------------------------------
def test_title_reference_recipients_greeting_and_every_section_heading(
    proposals, demo_proposal, demo_docx
):
    document = word(demo_docx)
    composed = proposals.compose(demo_proposal.id)
    titles = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert titles == [composed.title]
    assert headings(demo_docx) == [s.heading for s in composed.sections]
    subheadings = headings(demo_docx, 2)
    assert "Нас готовы рекомендовать" in subheadings
    text = all_text(demo_docx)
    assert f"Исх. № {demo_proposal.number} от" in text
    assert "Уважаемые коллеги!" in text
    recipients = document.tables[0].rows[0].cells[0].paragraphs
    assert [p.text for p in recipients] == [composed.recipients_label, *composed.recipients]
    assert recipients[1].style.name == "KAM Recipient Company"
    # the validity statement closes the text, then the signatory's block
    texts = [t for t in paragraph_texts(demo_docx) if t.strip()]
    validity = texts.index(composed.validity)
    assert texts[validity + 1 :][:3] == [
        composed.signature.position,
        composed.signature.name,
        "М. П.",
    ]


def test_page_is_a4_with_the_pdfs_margins(demo_docx):
    section = word(demo_docx).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)  # A4
    assert round(section.left_margin.mm, 1) == round(section.right_margin.mm, 1) == 18
    assert round(section.top_margin.mm, 1) == 32 and round(section.bottom_margin.mm, 1) == 20


def test_pricing_table_cells_totals_and_repeated_header(demo_docx):
    table = table_with(word(demo_docx), "Товар или услуга")
    header = [c.text for c in table.rows[0].cells]
    assert header[0] == "№" and header[-1] == "Сумма, руб."
    first = [c.text for c in table.rows[1].cells]
    assert first[0] == "1" and first[1].startswith("Лицензия MES")
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    # numeric columns are right-aligned, the description is not
    amount, description = table.rows[1].cells[-1], table.rows[1].cells[1]
    assert amount.paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
    assert description.paragraphs[0].alignment is None
    # totals: the label spans every column but the last, the grand total is bold
    last = table.rows[-1]
    assert last._tr.tc_lst[0].tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == str(len(header) - 1)
    assert [c.text.replace("\xa0", " ") for c in (last.cells[0], last.cells[-1])] == [
        "Всего к оплате, руб.",
        "11 907 960,00",
    ]
    assert all(run.bold for run in last.cells[-1].paragraphs[0].runs)
    text = all_text(demo_docx)
    assert "Всего наименований 7, на сумму 11 907 960,00 руб." in text
    assert (
        "Одиннадцать миллионов девятьсот семь тысяч девятьсот шестьдесят рублей 00 копеек" in text
    )


def test_referees_team_terms_and_requisites_tables(proposals, demo_docx):
    document = word(demo_docx)
    referees = table_with(document, "Рекомендатель")
    names = [row.cells[0].text for row in referees.rows[1:]]
    assert "Гончаров Павел Андреевич" in names
    assert "Титова" not in all_text(demo_docx)  # no consent, never printed
    team = table_with(document, "ФИО")
    for member in DossierService(proposals.db).team():
        assert any(member.full_name == row.cells[0].text for row in team.rows)
        assert any(member.email in row.cells[2].text for row in team.rows)
    terms = {row.cells[0].text for row in table_with(document, "Условия оплаты").rows}
    assert {"Условия оплаты", "Гарантия"} <= terms
    requisites = table_with(document, "ИСПОЛНИТЕЛЬ")
    ours, theirs = (cell.text for cell in requisites.rows[0].cells)
    for requisite in ("ИНН: 7714123456", "КПП: 771401001", "ОГРН: 1187746123456", "БИК: 044525225"):
        assert requisite in ours
    assert "Р/с: 40702810938000123456" in ours
    assert "ЗАКАЗЧИК" in theirs and "ИНН: 6673012345" in theirs


def test_the_chart_is_a_png_with_its_title_as_alt_text(proposals, demo_proposal, demo_docx):
    chart = next(
        b
        for s in proposals.compose(demo_proposal.id).sections
        for b in s.blocks
        if type(b).__name__ == "BarChart"
    )
    with zipfile.ZipFile(io.BytesIO(demo_docx)) as package:
        pngs = [
            Image.open(io.BytesIO(package.read(n)))
            for n in package.namelist()
            if n.endswith(".png")
        ]
    assert any(image.width > 1000 and image.width > 2 * image.height for image in pngs)  # the chart
    body = part_xml(demo_docx, "word/document.xml")[0]
    pictures = body.findall(".//{*}docPr")
    assert chart.title in [p.get("descr") for p in pictures]
    assert chart.title in paragraph_texts(demo_docx)  # also as text above the picture


def test_header_letterhead_and_footer_page_fields(proposals, demo_proposal, demo_docx):
    composed = proposals.compose(demo_proposal.id)
    (header,) = part_xml(demo_docx, "word/header")
    header_text = " ".join("".join(p.itertext()) for p in header.iter(f"{W}p"))
    assert composed.letterhead.company_name in header_text
    assert composed.letterhead.details[0] in header_text
    assert header.find(".//{*}docPr") is not None  # the logo or the monogram
    (footer,) = part_xml(demo_docx, "word/footer")
    fields = [t.text.strip() for t in footer.iter(f"{W}instrText")]
    assert fields == ["PAGE", "NUMPAGES"]
    footer_text = "".join(t.text for t in footer.iter(f"{W}t"))
    assert footer_text == composed.footer + "Страница 1 из 1"  # cached field results: 1


def test_every_run_is_liberation_sans_and_no_theme_font_is_left(demo_docx):
    for root in part_xml(demo_docx, "word/document") + part_xml(demo_docx, "word/header"):
        for run in root.iter(f"{W}r"):
            fonts = run.find(f"{W}rPr/{W}rFonts")
            assert fonts is not None
            assert {fonts.get(f"{W}{slot}") for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {
                "Liberation Sans"
            }
    (styles,) = part_xml(demo_docx, "word/styles.xml")
    assert not [f for f in styles.iter(f"{W}rFonts") if f.get(f"{W}asciiTheme")]
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "ru-RU"


def test_core_properties(proposals, demo_proposal, demo_docx):
    props = word(demo_docx).core_properties
    meta = proposals.compose(demo_proposal.id).metadata
    assert props.title == meta.title and demo_proposal.number in props.title
    assert props.author == "ПромТех Решения"
    assert "УралТяжМаш" in props.subject and props.keywords == meta.keywords
    assert props.language == "ru-RU"
    assert props.created.replace(tzinfo=None) == meta.created.replace(tzinfo=None, microsecond=0)


# ---- content rules -----------------------------------------------------------------------------
def test_each_addressee_gets_their_own_document(proposals, demo_proposal, demo_docx):
    joint = headings(demo_docx)
    variants = {}
    for person_id in demo_proposal.addressee_ids:
        data = proposals.render_docx(demo_proposal.id, person_id)
        composed = proposals.compose(demo_proposal.id, person_id)
        assert headings(data) == [s.heading for s in composed.sections]
        assert composed.greeting in paragraph_texts(data)
        variants[person_id] = headings(data)
    assert len({tuple(h) for h in variants.values()}) == len(variants)  # all differ
    assert all(set(h) < set(joint) for h in variants.values())  # each leaves parts out
    hr = proposals.render_docx(demo_proposal.id, demo_proposal.addressee_ids[1])
    text = all_text(hr)
    assert "Уважаемая Ольга Николаевна!" in text
    assert "Эксклюзивные условия" not in text and "Экономика проекта" not in text
    assert "Гончаров Павел Андреевич" in text
    assert headings(hr)[0] == "Аналогичные проекты и рекомендации"


def test_no_internal_dossier_text_in_any_edition(proposals, demo_proposal, demo_db):
    dossiers = DossierService(demo_db)
    client = dossiers.get_client(demo_proposal.client_id)
    markers: list[str] = []

    def marker(field: str) -> str:
        markers.append(f"ВНУТРЕННЕЕ{len(markers):02d}{field}")
        return markers[-1]

    for field in ("strategy", "weak_points", "growth_areas", "buying_process", "competitors"):
        setattr(client, field, marker(field))
    client.reliability_notes = marker("reliability")
    dossiers.save_client(client)
    for person_id in demo_proposal.addressee_ids:
        person = dossiers.get_member(person_id)
        for field in ("decision_style", "concerns", "hobbies", "values", "likes", "dislikes"):
            setattr(person, field, marker(field))
        person.topics_to_avoid, person.notes = marker("avoid"), marker("notes")
        person.preferred_channel, person.preferred_time = marker("channel"), marker("time")
        person.family = [FamilyMember(marker("family"), "spouse")]
        person.birthday = Birthday(7, 3, 1970)
        dossiers.save_member(person)
    editions = [None, *demo_proposal.addressee_ids]
    for edition in editions:
        text = all_text(proposals.render_docx(demo_proposal.id, edition))
        assert "ВНУТРЕННЕЕ" not in text, edition
    assert len(markers) > 20


def test_user_text_is_plain_text_never_markup(proposals, demo_proposal):
    p = replace(demo_proposal, language="en", title="Offer <b>&</b> more")
    p.line_items = [
        *p.line_items,
        LineItem('Tags <w:t>raw</w:t> & "quotes"', D("1"), "", D("1")),
    ]
    data = proposals.render_docx(proposals.save(p).id)
    text = all_text(data)
    assert "Offer <b>&</b> more" in text
    assert 'Tags <w:t>raw</w:t> & "quotes"' in text
    assert "This offer is valid until" in text and "Exclusive terms for" in text
    (footer,) = part_xml(data, "word/footer")
    assert "Page 1 of 1" in "".join(t.text for t in footer.iter(f"{W}t"))
    (styles,) = part_xml(data, "word/styles.xml")
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "en-GB"


def test_same_document_same_bytes_and_a_sent_revision_rerenders_identically(
    proposals, demo_proposal, demo_db
):
    assert proposals.render_docx(demo_proposal.id) == proposals.render_docx(demo_proposal.id)
    sent = proposals.set_status(demo_proposal.id, ProposalStatus.SENT)
    before = proposals.render_docx(sent.id)
    dossiers = DossierService(demo_db)
    company = dossiers.our_company()
    company.name = "Другая компания"
    dossiers.save_our_company(company)
    assert proposals.render_docx(sent.id) == before
    with zipfile.ZipFile(io.BytesIO(before)) as package:
        stamps = {info.date_time for info in package.infolist()}
    assert len(stamps) == 1 and stamps.pop()[:3] == sent.issued_at.timetuple()[:3]


def test_logo_facsimile_and_stamp_images(proposals, demo_proposal, demo_db):
    def png(colour: tuple[int, int, int], size: tuple[int, int]) -> bytes:
        buffer = io.BytesIO()
        Image.new("RGB", size, colour).save(buffer, format="PNG")
        return buffer.getvalue()

    dossiers = DossierService(demo_db)
    company = dossiers.our_company()
    company.logo_png = png((31, 58, 95), (64, 64))
    company.signature_png = png((0, 0, 128), (300, 100))
    company.stamp_png = png((0, 0, 200), (200, 200))
    dossiers.save_our_company(company)
    data = proposals.render_docx(demo_proposal.id)
    (header,) = part_xml(data, "word/header")
    assert header.find(".//{*}blip") is not None
    body = part_xml(data, "word/document.xml")[0]
    signature = body.findall(f"{W}body/{W}tbl")[-1]
    assert len(signature.findall(".//{*}docPr")) == 2  # facsimile and stamp
    assert "М. П." in "".join(signature.itertext())  # where the stamp goes, under the image


def test_minimal_proposal_renders(db, dossiers):
    """No team, company profile, lines, projects or signatory; a role outside the four."""
    from kam_desktop.domain.dossier import Client, Member
    from kam_desktop.services.proposals import ProposalService

    client = dossiers.save_client(Client("Новый клиент"))
    person = dossiers.save_member(
        Member("Иванова Мария Петровна", client.id, role_code="gatekeeper")
    )
    service = ProposalService(db)
    p = service.new_proposal(client.id)
    p.addressee_ids = [person.id]
    data = service.render_docx(service.save(p).id)
    text = all_text(data)
    assert "Уважаемая Мария Петровна!" in text
    assert "Наш подход" in headings(data)
    assert "Всего наименований 0, на сумму 0,00 руб." in text
    assert "Реквизиты сторон" not in text


def test_odd_blocks_still_make_a_valid_document(proposals, demo_proposal):
    """Blocks the composer does not make today: empty, one column, negative and three series."""
    from kam_desktop.documents.docx_renderer import render_docx
    from kam_desktop.documents.model import (
        BarChart,
        ChartSeries,
        DataTable,
        KeyFigures,
        Requisites,
        Section,
    )

    chart = BarChart(
        title="Три ряда",
        categories=("1-й год", "2-й год"),
        series=(
            ChartSeries("А", (D(-5), D(10))),
            ChartSeries("Б", (D(3), D(0))),
            ChartSeries("В", (D(7), D(-2))),
        ),
        value_labels=(("-5", "10"), ("3", "0"), ("7", "-2")),
        axis_unit="шт.",
        axis_divisor=D(1),
    )
    blocks = (
        KeyFigures(()),
        Requisites(()),
        DataTable(header=("Один",), rows=(("x",),), widths=(1.0,), footer=(("Итого", "1"),)),
        chart,
    )
    composed = proposals.compose(demo_proposal.id)
    document = replace(composed, sections=(Section("general", "Проверка", blocks),), signature=None)
    data = render_docx(document)
    assert headings(data) == ["Проверка"]
    table = table_with(word(data), "Один")
    assert [row.cells[0].text for row in table.rows] == ["Один", "x", "Итого 1"]
    assert "Три ряда" in paragraph_texts(data)


def test_a_control_character_that_got_past_the_forms_never_reaches_the_xml(
    proposals, demo_proposal
):
    """The forms refuse them; the renderer still drops any (an old database, a snapshot)."""
    from kam_desktop.documents.docx_renderer import render_docx

    document = replace(proposals.compose(demo_proposal.id), title="КП\x07\x1b[2K для вас")
    data = render_docx(document)
    assert "КП[2K для вас" in all_text(data)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode()
    assert "\x07" not in xml and "\x1b" not in xml
