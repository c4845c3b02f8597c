"""Erasing a person, at the service: the proposal rule (a draft drops them as addressee; a sent
revision keeps only what its document printed and still re-renders byte for byte), the plan,
and the mention rules."""

from __future__ import annotations

import json

import pytest

from kam_desktop.domain.erasure import mention_pattern, scrub
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.domain.proposal import ProposalStatus
from kam_desktop.services.demo import load_demo
from kam_desktop.services.personal_data import PersonalDataService
from kam_desktop.services.proposals import ProposalService
from kam_desktop.storage.proposal_models import ProposalRow

NAME = "Кузнецов Андрей Викторович"
# What the dossier says of them that a proposal never printed (values, style, concerns).
DOSSIER_ONLY = ("прозрачность", "предсказуемость бюджета", "ROI", "пилот конкурента", "Сомневается")


@pytest.fixture
def demo(db):
    load_demo(db)
    proposals = ProposalService(db)
    (draft,) = proposals.list_proposals(None)
    person = next(a.id for a in draft.addressees if a.name == NAME)
    return db, proposals, draft.id, person


def _snapshot_addressee(db, proposal_id: str, person_id: str) -> dict:
    with db.session() as s:
        data = json.loads(s.get(ProposalRow, proposal_id).snapshot)
    return next(a for a in data["addressees"] if a["id"] == person_id)


def test_a_draft_no_longer_addresses_them(demo) -> None:
    db, proposals, draft_id, person = demo
    with db.session() as s:
        row = s.get(ProposalRow, draft_id)
        row.tailoring = {**row.tailoring, person: {"part:finance": True}}
    before = proposals.get(draft_id)
    assert person in before.addressee_ids
    plan = PersonalDataService(db).erase(person, erased_by="КАМ").plan
    assert (plan.draft_proposals, plan.sent_proposals) == (1, 0)
    after = proposals.get(draft_id)
    assert after.addressee_ids == [i for i in before.addressee_ids if i != person]
    assert person not in after.tailoring
    assert proposals.render_pdf(draft_id)  # the joint edition still renders


def test_a_sent_proposal_keeps_only_what_its_document_printed(demo) -> None:
    db, proposals, draft_id, person = demo
    sent = proposals.set_status(draft_id, ProposalStatus.SENT)
    editions = [None, *sent.addressee_ids]
    before = {e: proposals.render_pdf(sent.id, e) for e in editions}
    kept = _snapshot_addressee(db, sent.id, person)
    assert any(text in json.dumps(kept, ensure_ascii=False) for text in DOSSIER_ONLY)

    plan = PersonalDataService(db).erase(person, erased_by="КАМ").plan
    assert (plan.draft_proposals, plan.sent_proposals) == (0, 1)

    kept = _snapshot_addressee(db, sent.id, person)
    # printed: the name, position, department, role and form of address
    assert kept["full_name"] == NAME and kept["position"] == "Финансовый директор"
    assert kept["role_code"] == "financier"
    # not printed: no word of their dossier, only the library's keywords and "sceptical"
    stored = json.dumps(kept, ensure_ascii=False)
    assert [t for t in DOSSIER_ONLY if t in stored] == []
    assert kept["decision_style"] == "" and kept["attitude"] == "sceptic"
    # the document that was sent comes out the same, every edition, byte for byte
    assert {e: proposals.render_pdf(sent.id, e) for e in editions} == before
    assert sent.addressee_ids == proposals.get(sent.id).addressee_ids


def test_an_unknown_person_is_a_clear_error(db) -> None:
    service = PersonalDataService(db)
    with pytest.raises(NotFoundError, match="No person with id nobody"):
        service.erasure_plan("nobody")
    with pytest.raises(NotFoundError):
        service.erase("nobody", erased_by="КАМ")
    assert service.erasures() == []


def test_the_plan_changes_nothing(demo) -> None:
    db, _proposals, _draft, person = demo
    service = PersonalDataService(db)
    from kam_desktop.services.dossiers import DossierService

    member = DossierService(db).get_member(person)
    plan = service.erasure_plan(person)
    assert plan.name == NAME and plan.contacts == 4 and plan.family == 3
    assert DossierService(db).get_member(person) == member
    assert service.erasures() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Встреча с Кузнецовым А. В.", "Встреча с [x]"),
        ("А.В. Кузнецов одобрил", "[x] одобрил"),
        ("Андрею Викторовичу отправлено", "[x] отправлено"),
        ("Кузнецов Андрей Викторович, финдир", "[x], финдир"),
        ("Поздравить Наталью Сергеевну", "Поздравить [x]"),  # his wife (family)
        ("звонить 8 (343) 210-00-20 или +73432100020", "звонить [x] или [x]"),
        ("пишите A.Kuznetsov@Uraltyazhmash.ru", "пишите [x]"),
        ("Андрей Смирнов и Андрей из ИТ", "Андрей Смирнов и Андрей из ИТ"),  # other people
        ("кузнецов — ремесло", "кузнецов — ремесло"),  # a word, not the name
    ],
)
def test_mentions_in_their_usual_forms(text: str, expected: str) -> None:
    pattern = mention_pattern(
        (NAME, "Кузнецова Наталья Сергеевна"),
        ("+7 343 210-00-20", "a.kuznetsov@uraltyazhmash.ru"),
    )
    assert scrub(text, pattern, "[x]") == expected


def test_a_foreign_name_is_matched_whole_or_by_surname() -> None:
    pattern = mention_pattern(("Klaus Becker",))
    assert scrub("Met Klaus Becker, then K. Becker; Klaus left", pattern, "[x]") == (
        "Met [x], then [x]; Klaus left"
    )
