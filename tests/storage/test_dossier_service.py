"""DossierService on a real SQLite file: what is saved comes back, conflicts and undo work."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from kam_desktop.domain.dossier import (
    Birthday,
    Client,
    ContactPoint,
    FamilyMember,
    Interaction,
    Member,
    OurCompany,
    TeamMember,
    Tender,
)
from kam_desktop.domain.enums import (
    RELIABILITY_CHECKLIST,
    SEEDED_ROLES,
    Attitude,
    ClientStatus,
    ContactKind,
    InteractionKind,
    ReliabilityResult,
)
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService

TODAY = date.today()


def full_client() -> Client:
    return Client(
        name="УралТяжМаш",
        legal_name="АО «Уральский завод тяжёлого машиностроения»",
        tax_id="6673012345",
        industry="Машиностроение",
        region="Свердловская область",
        address="Екатеринбург, ул. Машиностроителей, 19",
        website="uraltyazhmash.ru",
        status=ClientStatus.KEY,
        tags=["ключевой", "MES"],
        annual_revenue=Decimal("184500000.55"),
        revenue_currency="RUB",
        sales_share_pct=Decimal("40.25"),
        strategy="Модернизация цехов",
        weak_points="Старые станки",
        growth_areas="Вторая очередь MES",
        buying_process="Тендер на площадке",
        competitors="«Цифра Индастриал»",
        reliability_checklist={
            key: i % 2 == 0 for i, (key, _ru, _en) in enumerate(RELIABILITY_CHECKLIST)
        },
        reliability_result=ReliabilityResult.ACCEPTABLE,
        reliability_checked_on=TODAY - timedelta(days=10),
        reliability_notes="Просрочек нет",
        tenders=[
            Tender("MES, вторая очередь", TODAY + timedelta(days=270), "Сбербанк-АСТ"),
            Tender("Обучение", TODAY + timedelta(days=60)),
        ],
    )


def full_member(client_id: str, **changes: object) -> Member:
    member = Member(
        full_name="Иван Петров",
        client_id=client_id,
        position="Генеральный директор",
        department="Дирекция",
        role_code="executive",
        influence=5,
        attitude=Attitude.SCEPTIC,
        decision_style="решает на техсовете",
        contacts=[
            ContactPoint(ContactKind.PHONE, "+7 343 210-00-01", "приёмная"),
            ContactPoint(ContactKind.PHONE, "+7 912 600-11-22", "мобильный"),
            ContactPoint(ContactKind.EMAIL, "ivan.petrov@uraltyazhmash.ru", "рабочий"),
            ContactPoint(ContactKind.MESSENGER, "Telegram: @ivan_petrov", "Telegram"),
        ],
        preferred_channel="встреча",
        preferred_time="утро",
        birthday=Birthday(29, 2),
        family=[
            FamilyMember("Петрова Елена", "жена", Birthday(2, 9), "любит розы"),
            FamilyMember("Петров Алексей", "сын", Birthday(29, 2, 1996)),
            FamilyMember("Петров Кот", "питомец"),
        ],
        hobbies="горные лыжи, охота",
        values="репутация",
        likes="коньяк",
        dislikes="опоздания",
        topics_to_avoid="политика",
        notes="Слушает главного инженера",
        last_contact_on=TODAY,
        consent_on=TODAY - timedelta(days=3),
        consent_how="письменно",
    )
    return replace(member, **changes)


def comparable(obj, *ignore: str) -> dict:
    """Dataclass fields without the ones the database assigns (ids, versions, timestamps)."""
    skip = {"id", "version", "created_at", "updated_at", *ignore}
    return {f: getattr(obj, f) for f in obj.__dataclass_fields__ if f not in skip}


def strip_ids(rows: list) -> list:
    return [replace(r, id=None) for r in rows]


# ---- round trips ---------------------------------------------------------------------------
def test_client_round_trip_keeps_every_field(dossiers: DossierService) -> None:
    original = full_client()
    saved = dossiers.save_client(original)
    uuid.UUID(saved.id)  # a real UUID, stable for exports
    loaded = dossiers.get_client(saved.id)
    assert comparable(loaded, "tenders") == comparable(original, "tenders")
    assert strip_ids(loaded.tenders) == sorted(original.tenders, key=lambda t: t.tender_date)
    assert all(t.id for t in loaded.tenders)
    assert loaded.version == 1
    assert loaded.created_at.tzinfo is not None and loaded.updated_at.tzinfo is not None
    assert abs(loaded.created_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_member_round_trip_keeps_contacts_family_and_personal_details(
    dossiers: DossierService,
) -> None:
    client = dossiers.save_client(full_client())
    original = full_member(client.id)
    saved = dossiers.save_member(original)
    loaded = dossiers.get_member(saved.id)
    assert comparable(loaded, "contacts", "family") == comparable(original, "contacts", "family")
    assert strip_ids(loaded.contacts) == original.contacts  # order and labels kept
    assert strip_ids(loaded.family) == original.family
    assert loaded.birthday == Birthday(29, 2) and loaded.birthday.year is None
    assert loaded.emails() == ["ivan.petrov@uraltyazhmash.ru"]


def test_editing_a_member_replaces_contacts_and_family(dossiers: DossierService) -> None:
    client = dossiers.save_client(full_client())
    member = dossiers.save_member(full_member(client.id))
    member.contacts = [member.contacts[2], ContactPoint(ContactKind.EMAIL, "new@mail.ru", "личный")]
    member.family = member.family[:1]
    member.family[0].relation = "супруга"
    member.hobbies = "шахматы"
    again = dossiers.save_member(member)
    loaded = dossiers.get_member(member.id)
    assert [c.value for c in loaded.contacts] == ["ivan.petrov@uraltyazhmash.ru", "new@mail.ru"]
    assert loaded.contacts[0].id == member.contacts[0].id  # the kept row keeps its id
    assert [(f.name, f.relation) for f in loaded.family] == [("Петрова Елена", "супруга")]
    assert loaded.hobbies == "шахматы"
    assert again.version == member.version + 1


def test_dossier_holds_members_and_interactions_with_participants(dossiers: DossierService) -> None:
    client = dossiers.save_client(full_client())
    boss = dossiers.save_member(full_member(client.id))
    hr = dossiers.save_member(
        Member(
            "Ольга Смирнова", client.id, role_code="hr_director", reports_to_id=boss.id, influence=3
        )
    )
    kam = dossiers.save_team_member(
        TeamMember("Соколова Анна", "КАМ", "+7 916 123-45-67", "a@p.ru")
    )
    meeting = dossiers.save_interaction(
        Interaction(
            client.id,
            TODAY - timedelta(days=2),
            InteractionKind.MEETING,
            "Обсудили обучение",
            member_ids=[boss.id, hr.id],
            team_member_ids=[kam.id],
            next_step="Прислать рекомендателей",
            next_step_due=TODAY + timedelta(days=5),
        )
    )
    dossier = dossiers.get_dossier(client.id)
    assert [m.full_name for m in dossier.members] == [
        "Иван Петров",
        "Ольга Смирнова",
    ]  # by influence
    assert dossier.members[1].reports_to_id == boss.id
    (loaded,) = dossier.interactions
    assert comparable(loaded, "member_ids") == comparable(meeting, "member_ids")
    assert sorted(loaded.member_ids) == sorted([boss.id, hr.id])
    assert loaded.team_member_ids == [kam.id]
    assert dossiers.list_interactions(client.id) == dossier.interactions


def test_our_company_and_team_round_trip(dossiers: DossierService) -> None:
    assert dossiers.our_company() == OurCompany()
    company = OurCompany(
        "ПромТех",
        "ООО «ПромТех Решения»",
        "Москва",
        "ИНН 7714123456",
        "+7 495 780-12-34",
        "info@p.ru",
        "p.ru",
        b"\x89PNG",
    )
    saved = dossiers.save_our_company(company)
    assert comparable(dossiers.our_company()) == comparable(company)
    dossiers.save_our_company(replace(saved, name="ПромТех Решения"))
    assert dossiers.our_company().name == "ПромТех Решения"  # one profile, updated in place
    with pytest.raises(ValidationError):
        dossiers.save_our_company(OurCompany(" "))
    people = [
        TeamMember(n, "должность", "+7 916 000-00-0" + str(i), f"{i}@p.ru")
        for i, n in enumerate("ВБА")
    ]
    for person in people:
        dossiers.save_team_member(person)
    assert [p.full_name for p in dossiers.team()] == ["А", "Б", "В"]
    removed = dossiers.delete_team_member(dossiers.team()[0].id)
    assert removed.full_name == "А" and len(dossiers.team()) == 2
    with pytest.raises(NotFoundError):
        dossiers.delete_team_member(removed.id)


def test_roles_are_seeded_and_extendable(dossiers: DossierService) -> None:
    codes = [r.code for r in dossiers.roles()]
    assert codes == [code for code, _ru, _en in SEEDED_ROLES]
    role = dossiers.add_role("инвестор", "investor")
    assert role.code in [r.code for r in dossiers.roles()] and not role.builtin
    assert role.label("ru") == "инвестор" and role.label("en") == "investor"
    client = dossiers.save_client(Client("A"))
    member = dossiers.save_member(Member("Инвестор Иванов", client.id, role_code=role.code))
    assert dossiers.get_member(member.id).role_code == role.code
    with pytest.raises(ValidationError):
        dossiers.add_role(" ", "")
    with pytest.raises(ValidationError) as caught:
        dossiers.save_member(Member("Х", client.id, role_code="no_such_role"))
    assert "role_code" in caught.value.errors


def test_settings(dossiers: DossierService) -> None:
    assert dossiers.setting("language", "en") == "en"
    dossiers.set_setting("language", "ru")
    dossiers.set_setting("language", "ru")
    assert dossiers.setting("language") == "ru"


# ---- validation through the service --------------------------------------------------------
def test_invalid_records_are_refused_and_nothing_is_stored(dossiers: DossierService) -> None:
    with pytest.raises(ValidationError) as caught:
        dossiers.save_client(Client("", sales_share_pct=Decimal("120")))
    assert set(caught.value.errors) == {"name", "sales_share_pct"}
    assert dossiers.count_clients() == 0
    client = dossiers.save_client(Client("A"))
    bad = full_member(client.id, contacts=[ContactPoint(ContactKind.EMAIL, "ivan@")])
    with pytest.raises(ValidationError) as caught:
        dossiers.save_member(bad)
    assert caught.value.errors == {"contacts.0.value": "Enter an e-mail such as name@company.ru."}
    assert dossiers.list_members(client.id) == []


def test_a_member_cannot_report_to_themselves(dossiers: DossierService) -> None:
    client = dossiers.save_client(Client("A"))
    member = dossiers.save_member(Member("Иван", client.id))
    with pytest.raises(ValidationError) as caught:
        dossiers.save_member(replace(member, reports_to_id=member.id))
    assert "reports_to_id" in caught.value.errors


def test_a_reporting_loop_is_refused(dossiers: DossierService) -> None:
    client = dossiers.save_client(Client("A"))
    a = dossiers.save_member(Member("А", client.id))
    b = dossiers.save_member(Member("Б", client.id, reports_to_id=a.id))
    c = dossiers.save_member(Member("В", client.id, reports_to_id=b.id))
    with pytest.raises(ValidationError) as caught:
        dossiers.save_member(replace(a, reports_to_id=c.id))  # А → В → Б → А
    assert caught.value.errors == {"reports_to_id": "This would make a reporting loop."}
    assert dossiers.get_member(a.id).reports_to_id is None


def test_reports_to_must_be_in_the_same_client(dossiers: DossierService) -> None:
    one = dossiers.save_client(Client("A"))
    other = dossiers.save_client(Client("B"))
    boss = dossiers.save_member(Member("Босс", other.id))
    with pytest.raises(ValidationError):
        dossiers.save_member(Member("Иван", one.id, reports_to_id=boss.id))
    with pytest.raises(ValidationError):
        dossiers.save_member(Member("Иван", None))


def test_interaction_participants_must_belong_to_the_client(dossiers: DossierService) -> None:
    one = dossiers.save_client(Client("A"))
    other = dossiers.save_client(Client("B"))
    stranger = dossiers.save_member(Member("Чужой", other.id))
    with pytest.raises(ValidationError):
        dossiers.save_interaction(Interaction(one.id, TODAY, summary="x", member_ids=[stranger.id]))
    assert dossiers.list_interactions(one.id) == []


def test_unknown_ids_raise_not_found(dossiers: DossierService) -> None:
    missing = str(uuid.uuid4())
    for call in (
        dossiers.get_client,
        dossiers.get_dossier,
        dossiers.get_member,
        dossiers.delete_client,
    ):
        with pytest.raises(NotFoundError):
            call(missing)
    with pytest.raises(NotFoundError):
        dossiers.delete_interaction(missing)
    with pytest.raises(NotFoundError):
        dossiers.save_member(Member("Иван", missing))


# ---- optimistic lock -----------------------------------------------------------------------
def test_a_stale_client_edit_is_a_conflict_not_an_overwrite(dossiers: DossierService) -> None:
    saved = dossiers.save_client(Client("УралТяжМаш"))
    mine, theirs = dossiers.get_client(saved.id), dossiers.get_client(saved.id)
    theirs.region = "Екатеринбург"
    dossiers.save_client(theirs)
    mine.region = "Москва"
    with pytest.raises(ConflictError):
        dossiers.save_client(mine)
    assert dossiers.get_client(saved.id).region == "Екатеринбург"


def test_a_stale_member_edit_is_a_conflict(dossiers: DossierService) -> None:
    client = dossiers.save_client(Client("A"))
    saved = dossiers.save_member(Member("Иван", client.id))
    dossiers.save_member(replace(saved, position="Директор"))
    with pytest.raises(ConflictError):
        dossiers.save_member(replace(saved, position="Инженер"))
    assert dossiers.get_member(saved.id).position == "Директор"


def test_a_stale_interaction_edit_is_a_conflict(dossiers: DossierService) -> None:
    client = dossiers.save_client(Client("A"))
    saved = dossiers.save_interaction(Interaction(client.id, TODAY, summary="Звонок"))
    dossiers.save_interaction(replace(saved, summary="Звонок и письмо"))
    with pytest.raises(ConflictError):
        dossiers.save_interaction(replace(saved, summary="Встреча"))


def test_concurrent_edit_through_two_connections_is_a_conflict(
    database_arg, dossiers: DossierService
) -> None:
    saved = dossiers.save_client(Client("A"))
    other = Database.open(database_arg)
    try:
        DossierService(other).save_client(replace(dossiers.get_client(saved.id), region="X"))
    finally:
        other.close()
    with pytest.raises(ConflictError):
        dossiers.save_client(replace(saved, region="Y"))


# ---- delete and undo -----------------------------------------------------------------------
def build_group(dossiers: DossierService):
    client = dossiers.save_client(full_client())
    boss = dossiers.save_member(full_member(client.id))
    cfo = dossiers.save_member(
        Member("Кузнецов Андрей", client.id, role_code="financier", reports_to_id=boss.id)
    )
    buyer = dossiers.save_member(
        Member("Лебедева Татьяна", client.id, role_code="procurement", reports_to_id=cfo.id)
    )
    kam = dossiers.save_team_member(TeamMember("Соколова Анна"))
    meeting = dossiers.save_interaction(
        Interaction(
            client.id,
            TODAY,
            summary="Техсовет",
            member_ids=[boss.id, cfo.id],
            team_member_ids=[kam.id],
            next_step="КП",
            next_step_due=TODAY + timedelta(days=3),
        )
    )
    return client, boss, cfo, buyer, meeting


def test_deleting_a_client_can_be_undone_completely(dossiers: DossierService) -> None:
    client, boss, cfo, buyer, meeting = build_group(dossiers)
    before = dossiers.get_dossier(client.id)
    snapshot = dossiers.delete_client(client.id)
    assert dossiers.count_clients() == 0
    assert dossiers.search("Петров") == []
    with pytest.raises(NotFoundError):
        dossiers.get_member(boss.id)
    dossiers.restore_client(snapshot)
    after = dossiers.get_dossier(client.id)
    assert comparable(after.client, "tenders") == comparable(before.client, "tenders")
    assert after.client.tenders == before.client.tenders
    assert [comparable(m) for m in after.members] == [comparable(m) for m in before.members]
    assert [m.id for m in after.members] == [m.id for m in before.members]
    assert dossiers.get_member(buyer.id).reports_to_id == cfo.id
    (restored,) = after.interactions
    assert restored.id == meeting.id and sorted(restored.member_ids) == sorted([boss.id, cfo.id])
    assert [h.id for h in dossiers.search("Петров")] == [boss.id]


def test_deleting_a_member_can_be_undone_with_reporting_lines_and_meetings(
    dossiers: DossierService,
) -> None:
    client, boss, cfo, buyer, meeting = build_group(dossiers)
    snapshot = dossiers.delete_member(cfo.id)
    assert dossiers.get_member(buyer.id).reports_to_id is None  # the line is cut, not dangling
    assert dossiers.list_interactions(client.id)[0].member_ids == [boss.id]
    assert dossiers.search("Кузнецов") == []
    dossiers.restore_member(snapshot)
    restored = dossiers.get_member(cfo.id)
    assert comparable(restored) == comparable(cfo)
    assert dossiers.get_member(buyer.id).reports_to_id == cfo.id
    assert sorted(dossiers.list_interactions(client.id)[0].member_ids) == sorted([boss.id, cfo.id])
    assert [h.id for h in dossiers.search("Кузнецов")] == [cfo.id]


def test_deleting_an_interaction_can_be_undone(dossiers: DossierService) -> None:
    client, boss, cfo, _buyer, meeting = build_group(dossiers)
    snapshot = dossiers.delete_interaction(meeting.id)
    assert dossiers.list_interactions(client.id) == []
    dossiers.restore_interaction(snapshot)
    (back,) = dossiers.list_interactions(client.id)
    assert comparable(back, "member_ids") == comparable(meeting, "member_ids")
    assert sorted(back.member_ids) == sorted([boss.id, cfo.id])


def test_data_survives_closing_and_reopening(database_arg, db: Database) -> None:
    service = DossierService(db)
    client = service.save_client(full_client())
    member = service.save_member(full_member(client.id))
    db.close()
    reopened = Database.open(database_arg)
    try:
        again = DossierService(reopened)
        assert comparable(again.get_member(member.id)) == comparable(member)
        assert [h.id for h in again.search("иван")] == [member.id]
    finally:
        reopened.close()
