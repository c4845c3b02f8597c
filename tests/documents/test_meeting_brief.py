"""The meeting brief read back from the PDF (pdftotext): what a KAM takes to the meeting."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.dossier import Birthday, Client, FamilyMember, Interaction, Member
from kam_desktop.domain.enums import Attitude, ClientStatus, ReliabilityResult
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.proposal import LineItem
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.meeting_brief import MeetingBriefService, influential_ids
from kam_desktop.services.proposals import ProposalService

ON = date(2026, 12, 1)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def text_of(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def account(dossiers, db):
    client = dossiers.save_client(
        Client(
            "УралТяжМаш",
            status=ClientStatus.KEY,
            sales_share_pct=D("40"),
            reliability_result=ReliabilityResult.RELIABLE,
            reliability_checked_on=ON - timedelta(days=45),
        )
    )
    boss = dossiers.save_member(
        Member(
            "Петров Иван Сергеевич",
            client.id,
            "Генеральный директор",
            role_code="executive",
            influence=5,
            attitude=Attitude.NEUTRAL,
            birthday=Birthday(14, 12, 1968),  # in 13 days: turns 58
            family=[FamilyMember("Петрова Елена Викторовна", "жена")],
            hobbies="горные лыжи",
            values="репутация завода",
            topics_to_avoid="политика",
            preferred_channel="личная встреча",
        )
    )
    money = dossiers.save_member(
        Member(
            "Кузнецов Андрей Викторович",
            client.id,
            "Финансовый директор",
            role_code="financier",
            influence=4,
            attitude=Attitude.SCEPTIC,
            concerns="Сомневается, что экономия подтвердится",
            birthday=Birthday(1, 6, 1975),  # far away: not printed
        )
    )
    absent = dossiers.save_member(
        Member("Зайцев Михаил Юрьевич", client.id, "Начальник цеха", influence=2)
    )
    dossiers.save_interaction(
        Interaction(
            client.id,
            ON - timedelta(days=5),
            summary="Обсудили пилот в цехе № 2 " + "и сроки внедрения " * 20,
            member_ids=[boss.id],
            next_step="Согласовать раздел ТЗ по интеграции",
            next_step_due=ON + timedelta(days=10),
        )
    )
    proposals = ProposalService(db)
    p = proposals.new_proposal(client.id, issue_date=ON - timedelta(days=40))
    p.title = "Вторая очередь MES"
    p.addressee_ids = [boss.saved_id]
    p.valid_until = ON - timedelta(days=3)
    p.line_items = [LineItem("Внедрение", D("1"), "шт", D("1000000"), D("0"))]
    proposals.save(p)
    return client, boss, money, absent


def test_brief_prints_what_to_remember_about_the_attendees(db, account) -> None:
    client, boss, money, absent = account
    pdf = MeetingBriefService(db).render(client.id, [boss.id, money.id], on=ON, lang="ru")
    text = text_of(pdf)
    assert "Справка к встрече: УралТяжМаш" in text
    assert "Петров Иван Сергеевич" in text and "Кузнецов Андрей Викторович" in text
    assert "Зайцев Михаил Юрьевич" not in text  # not at this meeting
    assert "Скоро день рождения: 14 декабря, исполнится 58" in text
    assert "1 июня" not in text  # a birthday months away is not "soon"
    assert "жена — Петрова Елена Викторовна" in text
    assert "Опасения: Сомневается, что экономия подтвердится" in text
    assert "Избегать: политика" in text
    assert "Увлечения: горные лыжи" in text
    assert "влияние 4/5 · скептик" in text
    assert "26.11.2026" in text and "Обсудили пилот в цехе № 2" in text and "…" in text
    assert "Вторая очередь MES" in text and "истёк 28.11.2026" in text
    assert "Согласовать раздел ТЗ по интеграции" in text
    assert "Покрытие ГПР" in text and "Нет союзника" in text
    assert "Конфиденциально" in text and "Страница 1 из 1" in text
    assert "доля в наших продажах 40 %" in text and "(45 дн. назад)" in text


def test_brief_in_english_and_default_attendees_are_the_whole_group(db, account) -> None:
    client, *_ = account
    text = text_of(MeetingBriefService(db).render(client.id, on=ON, lang="en"))
    assert "Meeting brief: УралТяжМаш" in text and "Attendees (3 of 3)" in text
    assert "Зайцев Михаил Юрьевич" in text
    assert "Confidential" in text and "Page 1 of 1" in text
    assert "Birthday soon: 14 December 2026, turns 58" in text


def test_a_done_step_and_a_stale_key_person_follow_the_database(db, dossiers, account) -> None:
    client, boss, money, _ = account
    AgendaService(db).set_cadences(AgendaService(db).cadences())  # the stored defaults
    text = text_of(MeetingBriefService(db).render(client.id, on=ON, lang="en"))
    # Kuznetsov (influence 4, key client) was never contacted: past the 30-day cadence.
    assert "Кузнецов Андрей Викторович has not been contacted" in text
    dossiers.save_interaction(Interaction(client.id, ON, member_ids=[money.id], summary="Звонок"))
    text = text_of(MeetingBriefService(db).render(client.id, on=ON, lang="en"))
    assert "Кузнецов Андрей Викторович has not been contacted" not in text


def test_unknown_client_and_stranger_are_refused(db, dossiers, account) -> None:
    client, *_ = account
    other = dossiers.save_client(Client("СибАгро"))
    stranger = dossiers.save_member(Member("Чужой Пётр", other.id))
    service = MeetingBriefService(db)
    with pytest.raises(NotFoundError):
        service.render("no-such-client")
    with pytest.raises(ValidationError):
        service.render(client.id, [stranger.saved_id])
    with pytest.raises(ValidationError):
        service.write(Path("brief.txt"), client.id)


def test_influential_members_are_pre_checked(db, account) -> None:
    client, boss, money, absent = account
    group = MeetingBriefService(db).group(client.id)
    assert influential_ids(group) == [boss.id, money.id]


def test_ten_people_with_long_texts_fit_on_two_pages(db, dossiers) -> None:
    client = dossiers.save_client(Client("Большая ГПР", status=ClientStatus.KEY))
    long_text = "очень длинный текст о человеке, " * 30
    for n in range(10):
        dossiers.save_member(
            Member(
                f"Участник Номер {n:02d}",
                client.id,
                "Должность " * 12,
                influence=5 - n % 5,
                family=[FamilyMember(f"Родственник {k}", "сын") for k in range(5)],
                hobbies=long_text,
                values=long_text,
                concerns=long_text,
                topics_to_avoid=long_text,
                preferred_channel=long_text[:100],
            )
        )
    for k in range(8):
        dossiers.save_interaction(Interaction(client.id, ON - timedelta(days=k), summary=long_text))
    pdf = MeetingBriefService(db).render(client.id, on=ON, lang="ru")
    assert pages_of(pdf) <= 2
    text = text_of(pdf)
    assert all(f"Участник Номер {n:02d}" in text for n in range(10))


def test_the_demo_s_biggest_group_fits_on_two_pages(db) -> None:
    from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo

    load_demo(db)
    for lang in ("ru", "en"):
        pdf = MeetingBriefService(db).render(KEY_CLIENT_ID, lang=lang)
        assert pages_of(pdf) <= 2
        assert "Петров Иван Сергеевич" in text_of(pdf)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_every_font_of_the_brief_is_embedded(db, tmp_path: Path) -> None:
    from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo

    load_demo(db)
    path = tmp_path / "brief.pdf"
    path.write_bytes(MeetingBriefService(db).render(KEY_CLIENT_ID))  # 7 cards: one row pads
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    assert all(" yes " in row and "Helvetica" not in row for row in rows), out.stdout
