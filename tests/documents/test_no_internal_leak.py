"""Nothing internal from the dossier ever reaches a client's document.

Every internal field of a client and of its decision-group members is filled with a unique
marker word; the proposal is made the way a KAM makes it (through the services, on a real
SQLite file) and every edition — the joint one and each addressee's variant — is rendered to
PDF and read back. No marker may appear. The members' values, decision style and concerns do
choose library blocks (a sceptic gets answers to concerns), so the test also proves the
tailoring ran while printing none of the words it read.
"""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from kam_desktop.domain.dossier import Birthday, Client, ContactPoint, FamilyMember, Member, Tender
from kam_desktop.domain.enums import Attitude, ContactKind, ReliabilityResult
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService

CLIENT_FIELDS = (
    "strategy",
    "weak_points",
    "growth_areas",
    "buying_process",
    "competitors",
    "reliability_notes",
)
MEMBER_FIELDS = (
    "department",
    "decision_style",
    "concerns",
    "preferred_channel",
    "preferred_time",
    "hobbies",
    "values",
    "likes",
    "dislikes",
    "topics_to_avoid",
    "notes",
    "consent_how",
)
# Words that would betray the dossier's judgement of people.
JUDGEMENTS = ("скептик", "противник", "сторонник", "влияние", "sceptic", "opponent", "influence")


def marker(field: str, who: str = "") -> str:
    return f"qzx{who}{field.replace('_', '')}"


def internal_client() -> Client:
    client = Client(
        "ООО «Прозрачность»",
        legal_name="ООО «Прозрачность и партнёры»",
        tax_id="7701234567",
        kpp="770101001",
        tags=[marker("tag")],
        reliability_result=ReliabilityResult.RISKY,
        tenders=[Tender(marker("tendertitle"), date.today() + timedelta(days=200), marker("tn"))],
    )
    for field in CLIENT_FIELDS:
        setattr(client, field, f"{marker(field)} надёжность бюджет")
    return client


def internal_member(client_id: str, who: str, role: str, attitude: Attitude) -> Member:
    member = Member(
        f"Петров{who.capitalize()} Иван Сергеевич",
        client_id,
        position="Директор",
        role_code=role,
        influence=5,
        attitude=attitude,
        contacts=[ContactPoint(ContactKind.EMAIL, f"{marker('mail', who)}@example.com")],
        birthday=Birthday(14, 3, 1968),
        family=[FamilyMember(marker("relative", who), "жена", Birthday(2, 9), marker("fn", who))],
    )
    for field in MEMBER_FIELDS:
        # Real keywords beside the marker, so values and concerns do choose blocks.
        setattr(member, field, f"{marker(field, who)} надёжность, бюджет, сроки")
    return member


@pytest.fixture
def leaky_proposal(db):
    dossiers, proposals = DossierService(db), ProposalService(db)
    client = dossiers.save_client(internal_client())
    people = [
        dossiers.save_member(internal_member(client.id, who, role, attitude))
        for who, role, attitude in (
            ("a", "executive", Attitude.OPPONENT),
            ("b", "financier", Attitude.SCEPTIC),
            ("c", "hr_director", Attitude.SUPPORTER),
            ("d", "technical", Attitude.NEUTRAL),
            ("e", "gatekeeper", Attitude.SCEPTIC),
        )
    ]
    p = proposals.new_proposal(client.id)
    # The draft pre-filled from the dossier is visible in the editor; the KAM rewrites it.
    assert p.business_understanding.startswith(marker("strategy"))
    assert p.goals.startswith(marker("growth_areas"))
    p.business_understanding = "Мы понимаем, что вам важна стабильная работа цехов."
    p.goals = "- запустить систему\n- обучить персонал"
    p.addressee_ids = [m.id for m in people]
    return proposals, proposals.save(p)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def editions(proposals: ProposalService, proposal) -> dict[str, str]:
    ctx = proposals.context(proposal.id)
    texts = {"joint": pdf_text(ProposalService.render_context(ctx))}
    for member in ctx.addressees:
        texts[member.full_name] = pdf_text(ProposalService.render_context(ctx, member.id))
    return texts


def test_no_internal_marker_reaches_any_edition(leaky_proposal):
    proposals, proposal = leaky_proposal
    rendered = editions(proposals, proposal)
    assert len(rendered) == 6
    for edition, text in rendered.items():
        leaked = sorted(set(re.findall(r"qzx\w+", text)))
        assert leaked == [], f"{edition}: {leaked}"
        assert not [w for w in JUDGEMENTS if w in text.casefold()], edition
        assert "Мы понимаем, что вам важна стабильная работа цехов." in text
        assert "ИНН: 7701234567" in text  # the client's own requisites are fine


def test_tailoring_used_the_internal_fields_it_did_not_print(leaky_proposal):
    proposals, proposal = leaky_proposal
    rendered = editions(proposals, proposal)
    sceptic = rendered["ПетровB Иван Сергеевич"]
    assert "Ответы на ваши вопросы" in sceptic  # concerns recorded for a sceptic: answered
    assert "Ответы на ваши вопросы" not in rendered["ПетровC Иван Сергеевич"]  # a supporter
    assert "Надёжность, проверенная производством" in sceptic  # chosen by the values
    plans = {plan.edition: plan for plan in proposals.tailoring(proposal.id, "ru")}
    reasons = [
        r.text("ru")
        for part in plans[proposal.addressee_ids[1]].parts
        for block in part.blocks
        for r in block.reasons
    ]
    # the editor explains with the dossier's own words (never printed)
    assert "ценности: «надёжность»" in reasons and "опасения: «бюджет»" in reasons


def test_a_sent_revision_keeps_no_internal_notes_of_the_client(leaky_proposal):
    from kam_desktop.domain.proposal import ProposalStatus

    proposals, proposal = leaky_proposal
    proposals.set_status(proposal.id, ProposalStatus.SENT)
    snapshot = proposals.context(proposal.id)
    assert snapshot.client.strategy == "" and snapshot.client.competitors == ""
    for edition, text in editions(proposals, proposal).items():
        assert "qzx" not in text, edition


def test_the_e_mail_drafts_carry_nothing_internal(leaky_proposal, tmp_path):
    """The cover note, subject and sender of each .eml draft; the recipient is the person's
    own address (an e-mail the dossier holds in order to write to them)."""
    from email import policy
    from email.parser import BytesParser

    from kam_desktop.services.mail_drafts import MailDraftService

    proposals, proposal = leaky_proposal
    written = MailDraftService(proposals.db).write_drafts(proposal.id, tmp_path)
    assert len(written.drafts) == 5
    for draft in written.drafts:
        message = BytesParser(policy=policy.default).parsebytes(draft.path.read_bytes())
        (attachment,) = message.iter_attachments()
        body = message.get_body(("plain",))
        shown = " ".join(
            [
                body.get_content(),
                str(message["Subject"]),
                str(message["From"] or ""),
                attachment.get_filename(),
                pdf_text(attachment.get_content()),
            ]
        )
        assert re.findall(r"qzx\w+", shown) == [], draft.full_name
        assert not [w for w in JUDGEMENTS if w in shown.casefold()], draft.full_name
        assert message["To"].addresses[0].username.startswith("qzx")  # their own address
        assert "Уважаемый Иван Сергеевич!" in body.get_content()
