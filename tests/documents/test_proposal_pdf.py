"""The rendered PDF, checked by content: text, fonts, pages, metadata, determinism."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from kam_desktop.domain.proposal import LineItem, ProposalStatus
from kam_desktop.services.dossiers import DossierService


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    # Collapse whitespace (line breaks, no-break spaces) so sentences compare as read.
    return [re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages]


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page (also inside XObjects/forms) → embedded?"""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, bool] = {}

    def walk(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def test_demo_proposal_text(proposals, demo_proposal):
    pdf = proposals.render_pdf(demo_proposal.id)
    pages = pages_text(pdf)
    assert len(pages) >= 4
    text = " ".join(pages)
    assert "Коммерческое предложение" in text
    assert "Уважаемые коллеги!" in text
    # one part per role present
    for heading in (
        "Эксклюзивные условия для УралТяжМаш",
        "Аналогичные проекты и рекомендации",
        "Экономика проекта и финансовый результат",
        "Техническое решение и измеримые результаты",
        "Наше понимание вашего бизнеса",
        "Ответы на ваши вопросы",  # the financier is a sceptic with recorded concerns
    ):
        assert heading in text
    # the Russian КП essentials: outgoing number, requisites of both sides, terms, signatory
    assert f"Исх. № {demo_proposal.number} от" in text
    for requisite in ("ИНН: 7714123456", "КПП: 771401001", "ОГРН: 1187746123456", "БИК: 044525225"):
        assert requisite in text
    assert "Р/с: 40702810938000123456" in text and "ИНН: 6673012345" in text
    assert "Условия оплаты" in text and "Гарантия" in text
    assert "Соколова А. С." in pages[-1] and "М. П." in pages[-1]
    # referees: only those who consented
    assert "Гончаров Павел Андреевич" in text
    assert "Титова" not in text
    # preparing team with positions and contacts
    for team_member in DossierService(proposals.db).team():
        assert team_member.position in text
        assert team_member.email in text
    # total in words, page numbers, validity on the LAST page
    assert "Всего наименований 7, на сумму 11 907 960,00 руб." in text
    assert (
        "Одиннадцать миллионов девятьсот семь тысяч девятьсот шестьдесят рублей 00 копеек" in text
    )
    for i, page in enumerate(pages, 1):
        assert f"Страница {i} из {len(pages)}" in page
    valid = demo_proposal.valid_until
    months = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    sentence = f"Предложение действительно до {valid.day} {months.split()[valid.month - 1]} {valid.year} г."
    assert sentence in pages[-1]
    assert all(sentence not in p for p in pages[:-1])


def test_all_fonts_are_embedded_liberation_sans(proposals, demo_proposal):
    pdf = proposals.render_pdf(demo_proposal.id)
    fonts = fonts_of(pdf)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert all("LiberationSans" in name for name in fonts), fonts


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_lists_only_embedded_fonts(proposals, demo_proposal, tmp_path):
    path = tmp_path / "p.pdf"
    path.write_bytes(proposals.render_pdf(demo_proposal.id))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    assert all(" yes " in row and "Helvetica" not in row and "Times" not in row for row in rows)


def test_metadata_and_page_size(proposals, demo_proposal):
    reader = PdfReader(io.BytesIO(proposals.render_pdf(demo_proposal.id)))
    meta = reader.metadata
    assert demo_proposal.number in meta.title
    assert meta.author == "ПромТех Решения"
    assert "УралТяжМаш" in meta.subject
    assert str(reader.trailer["/Root"]["/Lang"]) == "ru-RU"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


def test_same_input_gives_identical_bytes(proposals, demo_proposal):
    assert proposals.render_pdf(demo_proposal.id) == proposals.render_pdf(demo_proposal.id)


def test_frozen_revision_rerenders_identically_after_the_dossier_changed(
    proposals, demo_proposal, demo_db
):
    sent = proposals.set_status(demo_proposal.id, ProposalStatus.SENT)
    before = proposals.render_pdf(sent.id)
    variant_before = proposals.render_pdf(sent.id, sent.addressee_ids[0])
    dossiers = DossierService(demo_db)
    # change everything the document draws on: client notes, addressee, team, company
    client = dossiers.get_client(sent.client_id)
    client.strategy = "Совсем другая стратегия"
    dossiers.save_client(client)
    person = dossiers.get_member(sent.addressee_ids[0])
    person.position = "Председатель совета директоров"
    dossiers.save_member(person)
    for member in dossiers.team():
        dossiers.delete_team_member(member.id)
    company = dossiers.our_company()
    company.name = "Другая компания"
    dossiers.save_our_company(company)
    # and edit the proposal itself: that makes revision 2, the sent one stays frozen
    sent.line_items.append(LineItem("Доп. работы", D("1"), "усл.", D("1000")))
    sent.business_understanding = "Совсем другая стратегия"
    revision2 = proposals.save(sent)
    assert revision2.revision == 2
    assert proposals.render_pdf(sent.id) == before
    assert proposals.render_pdf(sent.id, sent.addressee_ids[0]) == variant_before
    live = " ".join(pages_text(proposals.render_pdf(revision2.id)))
    assert "Совсем другая стратегия" in live and "Другая компания" in live


def test_per_addressee_variant(proposals, demo_proposal):
    hr_id = demo_proposal.addressee_ids[1]
    pages = pages_text(proposals.render_pdf(demo_proposal.id, hr_id))
    first = pages[0]
    assert "Уважаемая Ольга Николаевна!" in first
    assert "Петров Иван Сергеевич" not in first  # only the one addressee
    text = " ".join(pages)
    # her part (similar projects and referees) comes first; parts for other roles are left out
    assert text.index("Аналогичные проекты и рекомендации") < text.index(
        "Наше понимание вашего бизнеса"
    )
    assert "Эксклюзивные условия" not in text and "Экономика проекта" not in text
    assert "Гончаров Павел Андреевич" in text  # a consenting referee, for the HR director


def test_english_proposal_and_escaped_user_text(proposals, demo_proposal, demo_db):
    p = replace(demo_proposal, language="en", title="Offer <b>&</b> more")
    p.line_items = [*p.line_items, LineItem("Tags <i>raw</i> & <unclosed", D("1"), "", D("1"))]
    saved = proposals.save(p)
    pages = pages_text(proposals.render_pdf(saved.id))
    text = " ".join(pages)
    assert "Offer <b>&</b> more" in text
    assert "Tags <i>raw</i> & <unclosed" in text
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "This offer is valid until" in pages[-1]
    assert "Exclusive terms for" in text


def test_long_pricing_table_breaks_across_pages_with_the_header_repeated(proposals, demo_proposal):
    p = replace(demo_proposal)
    p.line_items = [
        LineItem(f"Позиция спецификации № {i}", D(i), "шт.", D("1250.50"), D("5"))
        for i in range(1, 90)
    ]
    saved = proposals.save(p)
    pages = pages_text(proposals.render_pdf(saved.id))
    with_items = [page for page in pages if "Позиция спецификации" in page]
    assert len(with_items) >= 2
    assert all("Товар или услуга" in page for page in with_items)
    assert "Позиция спецификации № 89" in " ".join(pages)


def test_sent_proposal_object_uses_its_snapshot_until_edited(proposals, demo_proposal, demo_db):
    sent = proposals.set_status(demo_proposal.id, ProposalStatus.SENT)
    frozen_pdf = proposals.render_pdf(sent.id)
    client = DossierService(demo_db).get_client(sent.client_id)
    client.legal_name = "АО «Новое юридическое имя»"
    DossierService(demo_db).save_client(client)
    assert proposals.render_pdf(proposals.get(sent.id)) == frozen_pdf
    edited = proposals.get(sent.id)
    edited.title = "Исправленное КП"
    preview = " ".join(pages_text(proposals.render_pdf(edited)))
    assert "Исправленное КП" in preview and "АО «Новое юридическое имя»" in preview


def test_minimal_proposal_renders(db, dossiers):
    """No team, no company profile, no lines, no projects, a role outside the four."""
    from kam_desktop.domain.dossier import Client, Member
    from kam_desktop.services.proposals import ProposalService

    client = dossiers.save_client(Client("Новый клиент"))
    person = dossiers.save_member(
        Member("Иванова Мария Петровна", client.id, role_code="gatekeeper")
    )
    service = ProposalService(db)
    p = service.new_proposal(client.id)
    p.addressee_ids = [person.id]
    saved = service.save(p)
    pdf = service.render_pdf(saved.id)
    text = " ".join(pages_text(pdf))
    assert "Уважаемая Мария Петровна!" in text
    assert "Наш подход" in text  # the general part for roles outside the four
    assert "Всего наименований 0, на сумму 0,00 руб." in text
    assert "Ноль рублей 00 копеек." in text
    assert "Реквизиты сторон" not in text  # nothing filled in, nothing printed
    assert all(fonts_of(pdf).values())


def test_logo_in_the_header(proposals, demo_proposal, demo_db):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (31, 58, 95)).save(buffer, format="PNG")
    dossiers = DossierService(demo_db)
    company = dossiers.our_company()
    company.logo_png = buffer.getvalue()
    dossiers.save_our_company(company)
    pdf = proposals.render_pdf(demo_proposal.id)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [
        x for x in page["/Resources"]["/XObject"].values() if x.get_object()["/Subtype"] == "/Image"
    ]
    assert images
    assert pdf == proposals.render_pdf(demo_proposal.id)


def test_creation_date_is_the_revisions_issue_time(proposals, demo_proposal):
    draft = PdfReader(io.BytesIO(proposals.render_pdf(demo_proposal.id))).metadata
    assert draft.creation_date.year >= 2026  # not ReportLab's invariant 1 January 2000
    sent = proposals.set_status(demo_proposal.id, ProposalStatus.SENT)
    assert sent.issued_at is not None
    meta = PdfReader(io.BytesIO(proposals.render_pdf(sent.id))).metadata
    assert meta.creation_date.replace(tzinfo=None) == sent.issued_at.replace(tzinfo=None)
    assert proposals.render_pdf(sent.id) == proposals.render_pdf(sent.id)
