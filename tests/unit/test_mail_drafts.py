"""E-mail drafts, the follow-up plan after sending, and the re-quote of an expired offer.

On the demo dossier in a real SQLite file: each ``.eml`` is parsed back with the standard
library's parser (``policy.default``) and its PDF read with ``pdftotext``, as a mail program
and the addressee would see them.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from kam_desktop.domain.dossier import ContactPoint, Member
from kam_desktop.domain.enums import ContactKind
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.follow_up import StepKind
from kam_desktop.domain.proposal import LineItem, ProposalStatus
from kam_desktop.domain.workdays import add_working_days, is_working_day
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.library import LibraryService
from kam_desktop.services.mail_drafts import EML_POLICY, MailDraftService
from kam_desktop.services.proposal_follow_up import ProposalFollowUp
from kam_desktop.services.proposals import ProposalService
from kam_desktop.services.requote import PriceSource, RequoteService, total_change

GREETINGS_RU = {
    "Петров Иван Сергеевич": "Уважаемый Иван Сергеевич!",
    "Смирнова Ольга Николаевна": "Уважаемая Ольга Николаевна!",
    "Кузнецов Андрей Викторович": "Уважаемый Андрей Викторович!",
    "Волков Сергей Александрович": "Уважаемый Сергей Александрович!",
}


@pytest.fixture
def demo(db):
    load_demo(db)
    return db


@pytest.fixture
def proposals(demo) -> ProposalService:
    return ProposalService(demo)


@pytest.fixture
def drafts(demo) -> MailDraftService:
    return MailDraftService(demo)


@pytest.fixture
def demo_proposal(proposals):
    return proposals.get(proposals.list_proposals(KEY_CLIENT_ID)[0].id)


def parse(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def body_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return part.get_content().replace("\r\n", "\n")  # MIME text has CRLF line ends


def attachment_of(message: EmailMessage) -> EmailMessage:
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    return attachments[0]


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed"
    source = tmp_path / "attachment.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(source), "-"], capture_output=True, check=True, timeout=60
    )
    return " ".join(out.stdout.decode("utf-8").split())


def test_one_draft_per_addressee_with_their_address_name_and_own_edition(
    drafts, demo_proposal, tmp_path
):
    out = tmp_path / "out"
    out.mkdir()
    written = drafts.write_drafts(demo_proposal.id, out)
    assert written.warnings == []
    assert [d.path.name for d in written.drafts] == [
        "КП-2026-0001 Петров И. С.eml",
        "КП-2026-0001 Смирнова О. Н.eml",
        "КП-2026-0001 Кузнецов А. В.eml",
        "КП-2026-0001 Волков С. А.eml",
    ]
    members = {m.full_name: m for m in DossierService(drafts.db).list_members(KEY_CLIENT_ID)}
    for draft in written.drafts:
        message = parse(draft.path)
        (to,) = message["To"].addresses
        assert to.display_name == draft.full_name  # Cyrillic, decoded from RFC 2047
        assert to.addr_spec == members[draft.full_name].emails()[0]  # the first e-mail
        (sender,) = message["From"].addresses
        assert (sender.display_name, sender.addr_spec) == (
            "Соколова Анна Сергеевна",
            "a.sokolova@promtech-solutions.ru",
        )
        assert (
            message["Subject"] == f"Коммерческое предложение № КП-2026-0001 — {demo_proposal.title}"
        )
        assert message["X-Unsent"] == "1"
        assert parsedate_to_datetime(message["Date"]).tzinfo is not None
        assert message["Message-ID"].endswith("@promtech-solutions.ru>")

        body = body_of(message)
        assert body.startswith(GREETINGS_RU[draft.full_name] + "\n")
        assert "Предложение действительно до 31 декабря 2026 г." in body
        assert "С уважением,\nСоколова Анна Сергеевна\n" in body
        assert "Тел.: +7 916 123-45-67" in body

        attachment = attachment_of(message)
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_filename() == draft.path.with_suffix(".pdf").name
        text = pdf_text(attachment.get_content(), tmp_path)
        assert GREETINGS_RU[draft.full_name] in text  # their own variant, not the joint one
        others = set(GREETINGS_RU.values()) - {GREETINGS_RU[draft.full_name]}
        assert not [g for g in others if g in text]


def test_the_second_e_mail_of_a_person_is_not_used(drafts, demo_proposal, tmp_path):
    written = drafts.write_drafts(demo_proposal.id, tmp_path)
    smirnova = next(d for d in written.drafts if d.full_name.startswith("Смирнова"))
    assert smirnova.recipient == "o.smirnova@uraltyazhmash.ru"  # not the personal mail.ru one


def test_an_english_proposal_writes_an_english_note(proposals, drafts, demo_proposal, tmp_path):
    english = replace(demo_proposal, id=None, number="", language="en", title="MES rollout")
    saved = proposals.save(english)
    written = drafts.write_drafts(saved.id, tmp_path)
    petrov = parse(written.drafts[0].path)
    body = body_of(petrov)
    assert body.startswith("Dear Mr Петров,\n")  # as the English PDF greets (domain/names)
    assert f"Please find attached our commercial proposal No. {saved.number} «MES rollout»" in body
    assert f"valid until {saved.valid_until.day} " in body
    assert "Kind regards," in body and "Уважаемый" not in body
    assert petrov["Subject"] == f"Commercial proposal No. {saved.number} — MES rollout"
    assert "Dear Mr Петров," in pdf_text(attachment_of(petrov).get_content(), tmp_path)


def test_drafts_survive_a_parse_and_write_round_trip(drafts, demo_proposal, tmp_path):
    written = drafts.write_drafts(demo_proposal.id, tmp_path)
    raw = written.drafts[1].path.read_bytes()
    assert b"\r\n" in raw and b"\n\n" not in raw.replace(b"\r\n", b"")  # CRLF line ends
    assert raw.isascii()  # headers encoded (RFC 2047 / 2231), the body and PDF in base64
    first = BytesParser(policy=policy.default).parsebytes(raw)
    # Written again the way the drafts are written (Python's own folding splits names).
    again = BytesParser(policy=policy.default).parsebytes(first.as_bytes(policy=EML_POLICY))
    for header in ("From", "To", "Subject", "X-Unsent", "Message-ID", "Date"):
        assert str(again[header]) == str(first[header])
    assert body_of(again) == body_of(first)
    assert attachment_of(again).get_content() == attachment_of(first).get_content()


def test_an_addressee_without_e_mail_gets_a_draft_without_recipient_and_a_warning(
    proposals, drafts, demo_proposal, tmp_path
):
    dossiers = DossierService(drafts.db)
    phone_only = [ContactPoint(ContactKind.PHONE, "+7 343 000-00-00")]
    member = dossiers.save_member(
        Member("Орлова Мария Петровна", KEY_CLIENT_ID, position="Юрист", contacts=phone_only)
    )
    demo_proposal.addressee_ids.append(member.saved_id)
    saved = proposals.save(demo_proposal)
    written = drafts.write_drafts(saved.id, tmp_path)
    orlova = written.drafts[-1]
    assert orlova.recipient is None
    message = parse(orlova.path)
    assert message["To"] is None
    assert body_of(message).startswith("Уважаемая Мария Петровна!")
    assert len(written.warnings) == 1 and "Орлова Мария Петровна" in written.warnings[0]


def test_no_addressees_or_no_folder_is_refused_and_writes_nothing(
    proposals, drafts, demo_proposal, tmp_path
):
    with pytest.raises(KamError, match="does not exist"):
        drafts.write_drafts(demo_proposal.id, tmp_path / "missing")
    out = tmp_path / "out"
    out.mkdir()
    # The only addressee left the decision group after the proposal was made.
    dossiers = DossierService(drafts.db)
    gone = dossiers.save_member(Member("Орлова Мария Петровна", KEY_CLIENT_ID))
    alone = proposals.save(replace(demo_proposal, id=None, number="", addressee_ids=[gone.id]))
    dossiers.delete_member(gone.saved_id)
    with pytest.raises(KamError, match="no addressees"):
        drafts.write_drafts(alone.id, out)
    assert list(out.iterdir()) == []


def test_marking_sent_plans_the_follow_up_on_working_days(proposals, demo_proposal):
    # Sent on Friday 4 December 2026: the first call is on Monday the 7th.
    friday = date(2026, 12, 4)
    sent = proposals.set_status(demo_proposal.id, ProposalStatus.SENT, on=friday)
    steps = ProposalFollowUp(proposals.db).steps(sent.saved_id, "ru")
    assert [s.kind for s in steps] == [
        StepKind.CONFIRM_RECEIPT,
        StepKind.NEXT_STEPS,
        StepKind.URGENCY,
        StepKind.AGREE_MEETING,
        StepKind.VALIDITY_REMINDER,
    ]
    assert steps[0].due_on == add_working_days(friday, 1) == date(2026, 12, 7)
    assert all(is_working_day(s.due_on) and s.done_on is None for s in steps)
    assert steps[-1].due_on <= sent.valid_until - timedelta(days=3)
    assert steps[0].title == "Позвонить и убедиться, что предложение КП-2026-0001 получено"


# ---- re-quote ---------------------------------------------------------------------------------
@pytest.fixture
def expired_sent(proposals, demo_proposal):
    """The demo proposal issued two months ago with a hand-typed line, sent, now expired."""
    issue = date.today() - timedelta(days=60)
    demo_proposal.issue_date, demo_proposal.valid_until = issue, issue + timedelta(days=30)
    demo_proposal.line_items.append(
        LineItem("Выезд инженера", Decimal("2"), "день", Decimal("9000"))
    )
    saved = proposals.save(demo_proposal)
    return proposals.set_status(saved.saved_id, ProposalStatus.SENT, on=issue)


def test_requote_takes_current_catalogue_prices_and_lists_what_changed(proposals, expired_sent):
    assert expired_sent.is_expired()
    library = LibraryService(proposals.db)
    first = expired_sent.line_items[0]
    item = library.get_catalogue_item(first.catalogue_item_id)
    library.save_catalogue_item(replace(item, price=item.price + Decimal("5000")))

    draft, changes = RequoteService(proposals.db).requote(expired_sent.saved_id)
    assert draft.issue_date == date.today()
    assert draft.valid_until == date.today() + timedelta(days=proposals.validity_days())
    assert [c.changed for c in changes] == [True] + [False] * (len(changes) - 1)
    assert (changes[0].old_price, changes[0].new_price) == (first.unit_price, item.price + 5000)
    assert changes[-1].source is PriceSource.FREE_TEXT and changes[-1].new_price == 9000
    old_total, new_total = total_change(expired_sent, draft)
    # 10 % discount on the line, then VAT on top at 20 %
    assert new_total - old_total == 5000 * first.quantity * Decimal("0.9") * Decimal("1.2")

    revision = RequoteService(proposals.db).save(draft)
    assert (revision.number, revision.revision) == (expired_sent.number, 2)
    assert revision.status is ProposalStatus.DRAFT and revision.previous_id == expired_sent.id
    assert revision.line_items[0].unit_price == item.price + 5000
    assert not revision.is_expired()
    assert proposals.get(expired_sent.saved_id).status is ProposalStatus.SENT  # kept as sent


def test_requote_keeps_a_price_whose_catalogue_item_is_gone(proposals, expired_sent):
    library = LibraryService(proposals.db)
    library.delete_catalogue_item(expired_sent.line_items[1].catalogue_item_id)
    _draft, changes = RequoteService(proposals.db).requote(expired_sent.saved_id)
    assert changes[1].source is PriceSource.GONE and not changes[1].changed


def test_a_decided_or_older_revision_is_not_requoted(proposals, expired_sent):
    service = RequoteService(proposals.db)
    draft, _changes = service.requote(expired_sent.saved_id)
    service.save(draft)
    with pytest.raises(ValidationError, match="newer revision"):
        service.requote(expired_sent.saved_id)
    proposals.set_status(expired_sent.saved_id, ProposalStatus.REJECTED)
    with pytest.raises(ValidationError, match="duplicate"):
        service.requote(expired_sent.saved_id)
