"""The change log per record: two `Database` objects on one SQLite file are two users (told
apart by KAM_DESKTOP_USER); every save and delete writes one entry with the changed fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kam_desktop.domain.change_log import ChangeAction, EntityKind
from kam_desktop.domain.dossier import Client, ContactPoint, Interaction, Member
from kam_desktop.domain.enums import Attitude, ContactKind
from kam_desktop.domain.errors import ConflictError
from kam_desktop.local_settings import USER_NAME_ENV
from kam_desktop.services.change_history import ChangeHistoryService
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService


@pytest.fixture
def other(db, database_arg: str):
    """The second user: another `Database` on the same database."""
    second = Database.open(database_arg)
    yield DossierService(second)
    second.close()


def as_user(monkeypatch, name: str) -> None:
    monkeypatch.setenv(USER_NAME_ENV, name)


def history(dossiers: DossierService, client_id: str):
    return ChangeHistoryService(dossiers.db).page(client_id).entries


def test_each_save_logs_who_changed_which_fields(dossiers, other, monkeypatch) -> None:
    as_user(monkeypatch, "Анна")
    client = dossiers.save_client(Client(name="ПромТех", industry="Металлы"))
    member = dossiers.save_member(Member("Иванов Иван", client_id=client.id, position="CFO"))
    as_user(monkeypatch, "Борис")
    theirs = other.get_member(member.saved_id)
    other.save_member(
        replace(
            theirs,
            position="Финансовый директор",
            attitude=Attitude.SUPPORTER,
            contacts=[ContactPoint(ContactKind.EMAIL, "ivanov@example.com")],
        )
    )
    other.save_client(replace(other.get_client(client.saved_id), region="Урал"))

    entries = history(dossiers, client.saved_id)
    assert [(e.kind, e.action, e.author, e.fields) for e in entries] == [
        (EntityKind.CLIENT, ChangeAction.CHANGED, "Борис", ["region"]),
        (
            EntityKind.MEMBER,
            ChangeAction.CHANGED,
            "Борис",
            ["position", "attitude", "contacts"],
        ),
        (EntityKind.MEMBER, ChangeAction.CREATED, "Анна", []),
        (EntityKind.CLIENT, ChangeAction.CREATED, "Анна", []),
    ]
    assert entries[0].record.text == "ПромТех"
    assert entries[1].record.text == "Иванов Иван"
    assert entries[0].changed_at >= entries[-1].changed_at


def test_a_save_that_changes_nothing_writes_no_entry(dossiers) -> None:
    client = dossiers.save_client(Client(name="ПромТех", tags=["металлы"]))
    member = dossiers.save_member(
        Member(
            "Петров",
            client_id=client.id,
            contacts=[ContactPoint(ContactKind.PHONE, "+7 900 000-00-00")],
        )
    )
    dossiers.save_client(dossiers.get_client(client.saved_id))
    # the form sends contacts without their stored ids: still the same contacts
    dossiers.save_member(
        replace(member, contacts=[ContactPoint(ContactKind.PHONE, "+7 900 000-00-00")])
    )
    assert len(history(dossiers, client.saved_id)) == 2


def test_deletes_and_their_undo_are_logged(dossiers, monkeypatch) -> None:
    monkeypatch.delenv(USER_NAME_ENV, raising=False)
    client = dossiers.save_client(Client(name="ПромТех"))
    boss = dossiers.save_member(Member("Шеф", client_id=client.id))
    deputy = dossiers.save_member(Member("Зам", client_id=client.id, reports_to_id=boss.id))
    meeting = dossiers.save_interaction(
        Interaction(
            client.saved_id, date(2026, 11, 30), summary="Встреча", member_ids=[boss.saved_id]
        )
    )
    snapshot = dossiers.delete_member(boss.saved_id)
    dossiers.restore_member(snapshot)
    gone = dossiers.delete_interaction(meeting.saved_id)
    dossiers.restore_interaction(gone)
    entries = history(dossiers, client.saved_id)
    shown = [(e.kind, e.action, e.entity_id, e.fields) for e in entries[:6]]
    assert shown == [
        (EntityKind.INTERACTION, ChangeAction.CREATED, meeting.id, []),
        (EntityKind.INTERACTION, ChangeAction.DELETED, meeting.id, []),
        (EntityKind.MEMBER, ChangeAction.CHANGED, deputy.id, ["reports_to_id"]),
        (EntityKind.MEMBER, ChangeAction.CREATED, boss.id, []),
        (EntityKind.MEMBER, ChangeAction.CHANGED, deputy.id, ["reports_to_id"]),
        (EntityKind.MEMBER, ChangeAction.DELETED, boss.id, []),
    ]
    assert {e.author for e in entries} == {""}  # no name set: the history says so in words
    assert entries[0].record.on == date(2026, 11, 30)


def test_a_refused_save_leaves_no_entry(dossiers, other, monkeypatch) -> None:
    client = dossiers.save_client(Client(name="ПромТех"))
    stale = dossiers.get_client(client.saved_id)
    other.save_client(replace(other.get_client(client.saved_id), region="Урал"))
    with pytest.raises(ConflictError):
        dossiers.save_client(replace(stale, industry="Химия"))
    assert [e.fields for e in history(dossiers, client.saved_id)] == [["region"], []]


def test_proposal_saves_and_status_are_logged(dossiers, monkeypatch) -> None:
    as_user(monkeypatch, "Анна")
    client = dossiers.save_client(Client(name="ПромТех"))
    member = dossiers.save_member(Member("Иванов Иван", client_id=client.id))
    proposals = ProposalService(dossiers.db)
    new = proposals.new_proposal(client.saved_id)
    draft = proposals.save(replace(new, addressee_ids=[member.saved_id]))
    proposals.save(replace(draft, title="Поставка насосов"))
    entries = history(dossiers, client.saved_id)
    assert [(e.kind, e.action, e.fields) for e in entries[:2]] == [
        (EntityKind.PROPOSAL, ChangeAction.CHANGED, ["title"]),
        (EntityKind.PROPOSAL, ChangeAction.CREATED, []),
    ]
    assert entries[0].record.text == draft.display_number


def test_history_is_paged_newest_first(dossiers) -> None:
    client = dossiers.save_client(Client(name="ПромТех"))
    for n in range(5):
        dossiers.save_client(replace(dossiers.get_client(client.saved_id), region=f"Регион {n}"))
    service = ChangeHistoryService(dossiers.db)
    first = service.page(client.saved_id, limit=2)
    rest = service.page(client.saved_id, limit=10, offset=2)
    assert first.total == 6 and rest.total == 6
    assert len(first.entries) == 2 and len(rest.entries) == 4
    assert rest.entries[-1].action is ChangeAction.CREATED


def test_todays_done_move_and_undo_are_logged(dossiers, monkeypatch) -> None:
    from datetime import timedelta

    from kam_desktop.domain.agenda import AgendaKind
    from kam_desktop.services.agenda import AgendaService

    today = date(2026, 12, 1)
    as_user(monkeypatch, "Анна")
    client = dossiers.save_client(Client(name="ПромТех"))
    meeting = dossiers.save_interaction(
        Interaction(
            client.saved_id,
            today - timedelta(days=3),
            summary="Встреча",
            next_step="Позвонить",
            next_step_due=today - timedelta(days=1),
        )
    )
    agenda = AgendaService(dossiers.db)
    [step] = [i for i in agenda.items(today) if i.kind is AgendaKind.NEXT_STEP]
    agenda.move(step, today + timedelta(days=2))
    done = agenda.mark_done(step, "Договорились", on=today)
    agenda.reopen(step, done)
    entries = history(dossiers, client.saved_id)
    shown = [(e.entity_id, e.action, e.fields) for e in entries[:5]]
    assert shown == [
        (meeting.id, ChangeAction.CHANGED, ["next_step_done_on"]),
        (done.interaction_id, ChangeAction.DELETED, []),
        (meeting.id, ChangeAction.CHANGED, ["next_step_done_on"]),
        (done.interaction_id, ChangeAction.CREATED, []),
        (meeting.id, ChangeAction.CHANGED, ["next_step_due"]),
    ]
