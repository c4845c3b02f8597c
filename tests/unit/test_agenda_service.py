"""Today on a real database: what is listed, marking a step done records an interaction and
resets the cadence, moving a step, the follow-up plan written when a proposal is sent."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from kam_desktop.domain.agenda import AgendaKind, CadenceRule
from kam_desktop.domain.dossier import Birthday, Client, FamilyMember, Interaction, Member, Tender
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.follow_up import StepKind
from kam_desktop.domain.proposal import LineItem, ProposalStatus
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.proposals import ProposalService
from kam_desktop.storage import cockpit_store

TODAY = date(2026, 12, 1)


@pytest.fixture
def agenda(db) -> AgendaService:
    return AgendaService(db)


@pytest.fixture
def key_client(dossiers) -> Client:
    return dossiers.save_client(Client("УралТяжМаш", status=ClientStatus.KEY))


def kinds(items) -> list[tuple[AgendaKind, str]]:
    return [(i.kind, i.title) for i in items]


def test_an_empty_database_has_an_empty_agenda(agenda) -> None:
    assert agenda.items(TODAY) == []


def test_birthdays_of_members_and_relatives_across_the_year_end(agenda, dossiers, key_client):
    boss = Member(
        "Петров Иван Сергеевич", key_client.id, influence=2, birthday=Birthday(2, 1, 1970)
    )
    boss.family = [FamilyMember("Мария", "дочь", Birthday(28, 12))]
    dossiers.save_member(boss)
    items = agenda.items(date(2026, 12, 25), 14)
    assert [(i.title, i.date, i.age) for i in items] == [
        ("Мария", date(2026, 12, 28), None),
        ("Петров Иван Сергеевич", date(2027, 1, 2), 57),
    ]
    assert items[0].person == "Мария (Петров Иван Сергеевич)"


def test_mark_done_records_an_interaction_and_resets_the_cadence(agenda, dossiers, key_client):
    boss = dossiers.save_member(Member("Петров Иван", key_client.id, influence=5))
    dossiers.save_interaction(
        Interaction(
            key_client.id,
            TODAY - timedelta(days=40),
            summary="Встреча",
            member_ids=[boss.saved_id],
            next_step="Позвонить по смете",
            next_step_due=TODAY - timedelta(days=2),
        )
    )
    items = agenda.items(TODAY)
    assert kinds(items) == [
        (AgendaKind.STALE_CONTACT, "Петров Иван"),
        (AgendaKind.NEXT_STEP, "Позвонить по смете"),
    ]
    step = items[1]
    assert step.overdue
    done = agenda.mark_done(step, "Смета согласована", on=TODAY)
    assert done.client_id == key_client.id
    dossier = dossiers.get_dossier(key_client.id)
    outcome = next(i for i in dossier.interactions if i.id == done.interaction_id)
    assert "Позвонить по смете" in outcome.summary and "Смета согласована" in outcome.summary
    assert outcome.member_ids == [boss.saved_id]
    assert agenda.items(TODAY) == []  # the step is done and the contact is fresh


def _fields(item) -> dict:
    return {name: getattr(item, name) for name in item.__dataclass_fields__}


def test_moving_a_step_and_a_step_that_no_longer_exists(agenda, dossiers, key_client):
    dossiers.save_interaction(
        Interaction(
            key_client.id, TODAY, summary="Звонок", next_step="Отправить акт", next_step_due=TODAY
        )
    )
    (step,) = agenda.items(TODAY)
    agenda.move(step, TODAY + timedelta(days=30))
    assert agenda.items(TODAY) == []
    assert [i.date for i in agenda.items(TODAY, 30)] == [TODAY + timedelta(days=30)]
    gone = type(step)(**{**_fields(step), "interaction_id": "no-such-id"})
    with pytest.raises(NotFoundError):
        agenda.move(gone, TODAY)
    birthday_like = type(step)(**{**_fields(step), "kind": AgendaKind.BIRTHDAY})
    with pytest.raises(ValidationError):
        agenda.mark_done(birthday_like)


def test_tender_window_and_custom_cadences(agenda, dossiers, key_client):
    key_client.tenders = [Tender("Тендер MES", TODAY + timedelta(days=200))]
    dossiers.save_client(key_client)
    dossiers.save_member(Member("Сидоров", key_client.id, influence=2))
    assert kinds(agenda.items(TODAY)) == [(AgendaKind.TENDER, "Тендер MES")]
    agenda.set_cadences([CadenceRule(2, frozenset({ClientStatus.KEY}), 10)])
    assert (AgendaKind.STALE_CONTACT, "Сидоров") in kinds(agenda.items(TODAY))
    with pytest.raises(ValidationError):
        agenda.set_cadences([CadenceRule(0, frozenset({ClientStatus.KEY}), 10)])


def test_sending_a_proposal_plans_the_follow_up_and_an_expired_one_is_listed(
    agenda, dossiers, key_client, db
):
    boss = dossiers.save_member(
        Member("Петров Иван Сергеевич", key_client.id, role_code="executive")
    )
    proposals = ProposalService(db)
    draft = proposals.new_proposal(key_client.id, issue_date=date(2027, 2, 19))
    draft.addressee_ids = [boss.saved_id]
    draft.valid_until = date(2027, 3, 22)
    draft.line_items = [LineItem("Внедрение", D("1"), "шт", D("1000"))]
    saved = proposals.save(draft)
    agenda.set_reminder_days(3)
    sent = proposals.set_status(saved.saved_id, ProposalStatus.SENT, on=date(2027, 2, 19))
    with db.session() as s:
        steps = cockpit_store.steps_of_proposal(s, sent.saved_id)
    assert [(kind, due) for _id, kind, due, _done in steps] == [
        (StepKind.CONFIRM_RECEIPT, date(2027, 2, 22)),  # Friday → Monday
        (StepKind.NEXT_STEPS, date(2027, 2, 24)),  # 23 February is a holiday
        (StepKind.URGENCY, date(2027, 2, 25)),
        (StepKind.AGREE_MEETING, date(2027, 3, 1)),
        (StepKind.VALIDITY_REMINDER, date(2027, 3, 19)),
    ]
    first = [i for i in agenda.items(date(2027, 2, 22), 0) if i.kind is AgendaKind.NEXT_STEP]
    assert len(first) == 1 and first[0].member_id == boss.saved_id
    assert first[0].proposal_id == sent.saved_id
    expired = agenda.items(date(2027, 3, 23), 0)
    assert (AgendaKind.PROPOSAL_EXPIRED, sent.display_number) in [
        (i.kind, i.title) for i in expired
    ]


def test_a_step_followed_by_a_later_contact_is_history(agenda, dossiers, key_client):
    old = Interaction(
        key_client.id,
        TODAY - timedelta(days=30),
        summary="Встреча",
        next_step="Прислать смету",
        next_step_due=TODAY - timedelta(days=20),
    )
    dossiers.save_interaction(old)
    assert [i.title for i in agenda.items(TODAY)] == ["Прислать смету"]
    dossiers.save_interaction(Interaction(key_client.id, TODAY - timedelta(days=21), summary="До"))
    assert [i.title for i in agenda.items(TODAY)] == ["Прислать смету"]  # before the due date
    dossiers.save_interaction(
        Interaction(key_client.id, TODAY - timedelta(days=5), summary="Звонок")
    )
    assert agenda.items(TODAY) == []


def test_a_new_revision_takes_over_the_follow_up_of_the_old_one(agenda, dossiers, key_client, db):
    boss = dossiers.save_member(Member("Петров Иван", key_client.id, role_code="executive"))
    proposals = ProposalService(db)
    draft = proposals.new_proposal(key_client.id, issue_date=TODAY)
    draft.addressee_ids = [boss.saved_id]
    draft.line_items = [LineItem("Внедрение", D("1"), "шт", D("1000"))]
    sent = proposals.set_status(proposals.save(draft).saved_id, ProposalStatus.SENT, on=TODAY)
    steps = [i for i in agenda.items(TODAY, 60) if i.kind is AgendaKind.NEXT_STEP]
    assert {i.proposal_id for i in steps} == {sent.saved_id}
    sent.line_items[0].unit_price = D("900")
    revision = proposals.save(sent)
    assert revision.previous_id == sent.saved_id
    assert [i for i in agenda.items(TODAY, 60) if i.kind is AgendaKind.NEXT_STEP] == []


def test_an_outcome_that_breaks_the_interaction_rules_is_refused_and_nothing_changes(
    agenda, dossiers, key_client
):
    dossiers.save_interaction(
        Interaction(key_client.id, TODAY, summary="Звонок", next_step="Смета", next_step_due=TODAY)
    )
    (step,) = agenda.items(TODAY)
    with pytest.raises(ValidationError):
        agenda.mark_done(step, "x" * 200_000, on=TODAY)
    assert [i.title for i in agenda.items(TODAY)] == ["Смета"]
    assert len(dossiers.get_dossier(key_client.id).interactions) == 1
