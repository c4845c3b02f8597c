"""The demo portfolio: a realistic book of clients in Russian and English.

Every record has a UUID derived from a fixed namespace, so loading the demo again refreshes
the same records instead of duplicating them. Everything goes through ``DossierService``, so
the demo is validated and indexed for search exactly like a user's own data. Dates are relative
to the day of loading: a tender about nine months ahead, next steps due soon, one overdue.

Over 700 lines on purpose: most of it is the demo's data (clients, people, meetings) written
out as literals, which reads best in one place; the code that loads it is short.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

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
    Attitude,
    ClientStatus,
    ContactKind,
    InteractionKind,
    ReliabilityResult,
)
from kam_desktop.paths import resource_path
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService

DEMO_NAMESPACE = uuid.UUID("6f1d3c52-9a4e-5b7f-8c21-4d0e9b7a3f10")

PHONE, EMAIL, MESSENGER = ContactKind.PHONE, ContactKind.EMAIL, ContactKind.MESSENGER
MEETING, CALL = InteractionKind.MEETING, InteractionKind.CALL
MAIL, LETTER, EVENT = InteractionKind.EMAIL, InteractionKind.LETTER, InteractionKind.EVENT


def demo_id(kind: str, key: str) -> str:
    """A stable UUID for one demo record (the same on every machine and every load)."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}/{key}"))


KEY_CLIENT_ID = demo_id("client", "uraltyazhmash")
CLIENT_KEYS = (
    "uraltyazhmash",
    "sibagro",
    "baltlogistic",
    "northwind",
    "caspian",
    "volgachem",
    "transles",
)
DEMO_CLIENT_IDS = frozenset(demo_id("client", key) for key in CLIENT_KEYS)
DEMO_COMPANY_ID = demo_id("company", "promtech")


def _contacts(key: str, *points: tuple[ContactKind, str, str]) -> list[ContactPoint]:
    return [
        ContactPoint(kind, value, label, demo_id("contact", f"{key}/{i}"))
        for i, (kind, value, label) in enumerate(points)
    ]


def _family(key: str, *relatives: tuple[str, str, Birthday | None, str]) -> list[FamilyMember]:
    return [
        FamilyMember(name, relation, birthday, notes, demo_id("family", f"{key}/{i}"))
        for i, (name, relation, birthday, notes) in enumerate(relatives)
    ]


def _member(client_key: str, key: str, full_name: str, **fields: object) -> Member:
    return Member(
        full_name=full_name,
        client_id=demo_id("client", client_key),
        id=demo_id("member", key),
        **fields,  # type: ignore[arg-type]
    )


def _full_checklist() -> dict[str, bool]:
    return {key: True for key, _ru, _en in RELIABILITY_CHECKLIST}


# ---- our side ------------------------------------------------------------------------------
def our_company() -> OurCompany:
    return OurCompany(
        name="ПромТех Решения",
        legal_name="ООО «ПромТех Решения»",
        address="125167, г. Москва, Ленинградский проспект, д. 39, стр. 80, офис 512",
        inn="7714123456",
        kpp="771401001",
        ogrn="1187746123456",
        bank_name="ПАО Сбербанк, г. Москва",
        settlement_account="40702810938000123456",
        correspondent_account="30101810400000000225",
        bik="044525225",
        # Made-up facsimile and stamp, drawn for the demo (resources/demo/).
        signature_png=resource_path("demo", "signature.png").read_bytes(),
        stamp_png=resource_path("demo", "stamp.png").read_bytes(),
        phone="+7 495 780-12-34",
        email="info@promtech-solutions.ru",
        website="promtech-solutions.ru",
        id=DEMO_COMPANY_ID,
    )


def our_team() -> list[TeamMember]:
    return [
        TeamMember(
            "Соколова Анна Сергеевна",
            "Ведущий менеджер по работе с ключевыми клиентами",
            "+7 916 123-45-67",
            "a.sokolova@promtech-solutions.ru",
            demo_id("team", "sokolova"),
            signs_proposals=True,  # signs proposals by power of attorney
        ),
        TeamMember(
            "Ковалёв Дмитрий Олегович",
            "Руководитель проектов внедрения MES",
            "+7 916 234-56-78",
            "d.kovalev@promtech-solutions.ru",
            demo_id("team", "kovalev"),
        ),
        TeamMember(
            "Морозова Елена Викторовна",
            "Финансовый аналитик",
            "+7 916 345-67-89",
            "e.morozova@promtech-solutions.ru",
            demo_id("team", "morozova"),
        ),
    ]


SOKOLOVA, KOVALEV, MOROZOVA = (demo_id("team", k) for k in ("sokolova", "kovalev", "morozova"))


# ---- the key client ------------------------------------------------------------------------
def key_client(today: date) -> Client:
    return Client(
        name="УралТяжМаш",
        legal_name="АО «Уральский завод тяжёлого машиностроения»",
        tax_id="6673012345",
        kpp="667301001",
        industry="Машиностроение",
        region="Свердловская область",
        address="620012, г. Екатеринбург, ул. Машиностроителей, д. 19",
        website="uraltyazhmash.ru",
        status=ClientStatus.KEY,
        tags=["ключевой", "машиностроение", "тендеры", "MES"],
        annual_revenue=Decimal("184500000.00"),
        revenue_currency="RUB",
        sales_share_pct=Decimal("40.00"),
        strategy=(
            "Программа модернизации до 2028 г.: цифровизация цехов, снижение простоев "
            "оборудования на 20 %, замена зарубежного ПО отечественным, экспорт в страны ЕАЭС."
        ),
        weak_points=(
            "Устаревший парк станков в цехах № 2 и № 5; нехватка операторов ЧПУ; "
            "долгие внутренние согласования (до трёх месяцев)."
        ),
        growth_areas=(
            "Вторая очередь MES (цеха № 2 и № 5), обучение операторов и мастеров, "
            "предиктивное обслуживание оборудования, сервисный контракт на три года."
        ),
        buying_process=(
            "Закупки дороже 10 млн ₽ — только через тендер на электронной площадке (223-ФЗ). "
            "ТЗ готовит главный инженер, бюджет утверждает финансовый директор, решение "
            "принимает генеральный директор на техсовете. Готовиться к тендеру за 9 месяцев."
        ),
        competitors=(
            "«Цифра Индастриал» (пилот в цехе № 1, недовольны сроками); Siemens Opcenter "
            "через интегратора (поддержка ограничена); собственная ИТ-служба завода."
        ),
        reliability_checklist=_full_checklist(),
        reliability_result=ReliabilityResult.RELIABLE,
        reliability_checked_on=today - timedelta(days=45),
        reliability_notes=(
            "Выписка ЕГРЮЛ и отчётность за прошлый год в порядке; два арбитражных дела, "
            "где завод — истец, на небольшие суммы; оплаты по договору пилота без просрочек."
        ),
        tenders=[
            Tender(
                "Тендер: MES, вторая очередь (цеха № 2 и № 5)",
                today + timedelta(days=272),
                "Площадка «Сбербанк-АСТ». Подготовку начинаем сейчас: ТЗ пишет Волков С. А.",
                demo_id("tender", "utm/mes2"),
            ),
            Tender(
                "Запрос предложений: обучение операторов ЧПУ",
                today + timedelta(days=75),
                "Без торгов; решающий голос — у директора по персоналу.",
                demo_id("tender", "utm/training"),
            ),
        ],
        id=KEY_CLIENT_ID,
    )


def key_client_members(today: date) -> list[Member]:
    """Parents first: each member's manager is saved before them."""
    c = "uraltyazhmash"
    executive = demo_id("member", "petrov")
    financier = demo_id("member", "kuznetsov")
    engineer = demo_id("member", "volkov")
    return [
        _member(
            c,
            "petrov",
            "Петров Иван Сергеевич",
            position="Генеральный директор",
            department="Дирекция",
            role_code="executive",
            influence=5,
            attitude=Attitude.NEUTRAL,
            decision_style=(
                "Решает сам после техсовета; ценит статус, эксклюзивные условия и внимание "
                "первого лица поставщика"
            ),
            contacts=_contacts(
                "petrov",
                (PHONE, "+7 343 210-00-01", "приёмная"),
                (PHONE, "+7 912 600-11-22", "мобильный, только по договорённости"),
                (EMAIL, "i.petrov@uraltyazhmash.ru", "рабочий"),
                (MESSENGER, "Telegram: @ivan_petrov_utm", "Telegram"),
            ),
            preferred_channel="личная встреча, запрос через приёмную",
            preferred_time="вторник–четверг, 8:00–9:30",
            birthday=Birthday(14, 3, 1968),
            anniversary=Birthday(21, 6, 1992),
            family=_family(
                "petrov",
                (
                    "Петрова Елена Викторовна",
                    "жена",
                    Birthday(2, 9),
                    "Врач-кардиолог; любит белые розы.",
                ),
                (
                    "Петров Алексей Иванович",
                    "сын",
                    Birthday(10, 6, 1995),
                    "Работает в Москве, в ИТ.",
                ),
            ),
            hobbies="горные лыжи (Шерегеш, Красная Поляна), охота, коллекционирует старинные карты Урала",
            values="репутация завода, надёжность, импортозамещение, слово руководителя",
            likes="подарки: книги по истории Урала, армянский коньяк; уральская кухня",
            dislikes="опоздания, навязчивые звонки, презентации дольше 20 минут",
            topics_to_avoid="политика; конфликт с прежним подрядчиком «Цифра Индастриал»",
            notes=(
                "Пришёл на завод мастером в 1990 г., знает производство изнутри. По технике "
                "слушает Волкова, по деньгам — Кузнецова."
            ),
            last_contact_on=today - timedelta(days=12),
            consent_on=today - timedelta(days=300),
            consent_how="письменное согласие на обработку ПДн (152-ФЗ), подписано на встрече",
        ),
        _member(
            c,
            "smirnova",
            "Смирнова Ольга Николаевна",
            position="Директор по персоналу",
            department="Служба персонала",
            role_code="hr_director",
            influence=3,
            attitude=Attitude.SUPPORTER,
            decision_style="Опирается на рекомендации и опыт коллег из отрасли",
            reports_to_id=executive,
            contacts=_contacts(
                "smirnova",
                (PHONE, "+7 343 210-00-45", "рабочий"),
                (PHONE, "+7 922 140-55-66", "мобильный"),
                (EMAIL, "o.smirnova@uraltyazhmash.ru", "рабочий"),
                (EMAIL, "olga.smirnova76@mail.ru", "личный"),
                (MESSENGER, "WhatsApp: +7 922 140-55-66", "WhatsApp"),
            ),
            preferred_channel="телефон, затем письмо с итогами",
            preferred_time="после 14:00",
            birthday=Birthday(29, 2, 1976),
            family=_family(
                "smirnova",
                ("Смирнов Андрей Павлович", "муж", Birthday(21, 1, 1974), ""),
                (
                    "Смирнова Мария Андреевна",
                    "дочь",
                    Birthday(5, 11, 2010),
                    "Занимается фигурным катанием.",
                ),
            ),
            hobbies="йога, театр (абонемент в Театр драмы), выращивает орхидеи",
            values="развитие людей, наставничество, забота о молодых специалистах",
            likes="орхидеи, билеты на премьеры, зелёный чай",
            dislikes="формальный подход, цифры без людей",
            topics_to_avoid="сокращение персонала 2023 года",
            notes=(
                "Отвечает за подготовку операторов ЧПУ. Важно, какие крупные компании уже "
                "учились у нас: просит контакты рекомендателей."
            ),
            last_contact_on=today - timedelta(days=5),
            consent_on=today - timedelta(days=250),
            consent_how="согласие по e-mail в ответ на письмо с политикой ПДн",
        ),
        _member(
            c,
            "kuznetsov",
            "Кузнецов Андрей Викторович",
            position="Финансовый директор",
            department="Финансовая служба",
            role_code="financier",
            influence=4,
            attitude=Attitude.SCEPTIC,
            decision_style="Сравнивает совокупную стоимость владения и срок окупаемости; требует ROI",
            concerns=(
                "Сомневается, что экономия подтвердится и проект окупится; опасается выхода за "
                "бюджет и доплат за «дополнительные» работы; помнит, как пилот конкурента "
                "затянулся на полгода."
            ),
            reports_to_id=executive,
            contacts=_contacts(
                "kuznetsov",
                (PHONE, "+7 343 210-00-20", "рабочий"),
                (EMAIL, "a.kuznetsov@uraltyazhmash.ru", "рабочий"),
                (EMAIL, "finance@uraltyazhmash.ru", "финансовая служба, общий"),
                (MESSENGER, "Telegram: @akuznetsov_fin", "Telegram"),
            ),
            preferred_channel="e-mail с расчётами во вложении",
            preferred_time="утро, до 11:00",
            birthday=Birthday(7, 11),
            family=_family(
                "kuznetsov",
                ("Кузнецова Наталья Сергеевна", "жена", Birthday(18, 4), ""),
                (
                    "Кузнецов Илья Андреевич",
                    "сын",
                    Birthday(3, 8, 2012),
                    "Близнец Никиты; шахматы.",
                ),
                ("Кузнецов Никита Андреевич", "сын", Birthday(3, 8, 2012), "Близнец Ильи; хоккей."),
            ),
            hobbies="шахматы, бег (Уральский марафон)",
            values="прозрачность, предсказуемость бюджета, точные цифры",
            likes="конкретика и таблицы; подарки — шахматы ручной работы, настольные игры",
            dislikes="«воздух» в предложениях, размытые сроки, скидки без обоснования",
            topics_to_avoid="личные финансы и кредиты",
            notes=(
                "Остановил пилот конкурента из-за перерасхода бюджета на 30 %. "
                "Нужен помесячный график платежей."
            ),
            last_contact_on=today - timedelta(days=40),
            consent_on=today - timedelta(days=230),
            consent_how="письменное согласие, передано через отдел закупок",
        ),
        _member(
            c,
            "volkov",
            "Волков Сергей Александрович",
            position="Главный инженер",
            department="Техническая дирекция",
            role_code="technical",
            influence=4,
            attitude=Attitude.SUPPORTER,
            decision_style="Вникает в детали интеграции; решает после пилота",
            concerns="Риск остановки цехов при запуске; безопасность данных при интеграции с 1С",
            reports_to_id=executive,
            contacts=_contacts(
                "volkov",
                (PHONE, "+7 343 210-00-31", "рабочий"),
                (PHONE, "+7 912 345-98-76", "мобильный"),
                (EMAIL, "s.volkov@uraltyazhmash.ru", "рабочий"),
                (MESSENGER, "Telegram: @volkov_engineer", "Telegram"),
            ),
            preferred_channel="Telegram, затем видеозвонок",
            preferred_time="после 16:00, когда закрыта смена",
            birthday=Birthday(23, 7, 1979),
            family=_family(
                "volkov",
                ("Волкова Ирина Петровна", "жена", Birthday(12, 12, 1981), "Учитель физики."),
                ("Волков Денис Сергеевич", "сын", Birthday(30, 5, 2005), "Студент УрФУ, мехмат."),
            ),
            hobbies="рыбалка на Чусовой, 3D-печать, радиолюбитель",
            values="техническое качество, инженерная честность, безопасность на производстве",
            likes="экскурсии на заводы, профессиональные журналы; подарки — инструменты, гаджеты",
            dislikes="маркетинговые презентации без архитектуры, обещания без демонстрации",
            topics_to_avoid="сравнение с «Цифрой Индастриал» при руководстве",
            notes=(
                "Автор ТЗ на вторую очередь MES. После пилота в цехе № 3 — наш сторонник "
                "внутри завода."
            ),
            last_contact_on=today - timedelta(days=30),
            consent_on=today - timedelta(days=280),
            consent_how="письменное согласие на обработку ПДн (152-ФЗ)",
        ),
        _member(
            c,
            "lebedeva",
            "Лебедева Татьяна Игоревна",
            position="Начальник отдела закупок",
            department="Служба закупок",
            role_code="procurement",
            influence=3,
            attitude=Attitude.NEUTRAL,
            decision_style="Строго по регламенту 223-ФЗ; ценит полный пакет документов с первого раза",
            reports_to_id=financier,
            contacts=_contacts(
                "lebedeva",
                (PHONE, "+7 343 210-00-60 доб. 214", "рабочий"),
                (EMAIL, "t.lebedeva@uraltyazhmash.ru", "рабочий"),
                (EMAIL, "tender@uraltyazhmash.ru", "тендерный отдел"),
            ),
            preferred_channel="e-mail",
            preferred_time="10:00–12:00",
            birthday=Birthday(15, 10, 1985),
            family=_family(
                "lebedeva",
                (
                    "Лебедев Артём Максимович",
                    "сын",
                    Birthday(1, 9, 2014),
                    "Учится в школе с английским уклоном.",
                ),
            ),
            hobbies="путешествия по Алтаю, фотография",
            values="порядок, соблюдение сроков, прозрачные процедуры",
            likes="чёткие письма со списком документов; подарки — фотоальбомы",
            dislikes="звонки без предупреждения, неофициальные договорённости",
            topics_to_avoid="обход тендерных процедур",
            notes="Ведёт аккредитацию поставщиков на площадке.",
            last_contact_on=today - timedelta(days=21),
            consent_on=today - timedelta(days=120),
            consent_how="согласие при регистрации в реестре поставщиков",
        ),
        _member(
            c,
            "novikova",
            "Новикова Анастасия Дмитриевна",
            position="Помощник генерального директора",
            department="Дирекция",
            role_code="gatekeeper",
            influence=2,
            attitude=Attitude.NEUTRAL,
            reports_to_id=executive,
            contacts=_contacts(
                "novikova",
                (PHONE, "+7 343 210-00-02", "приёмная"),
                (EMAIL, "priemnaya@uraltyazhmash.ru", "приёмная"),
            ),
            preferred_channel="телефон приёмной",
            preferred_time="9:00–10:00",
            birthday=Birthday(8, 8),
            family=_family("novikova", ("Новиков Кирилл", "муж", None, "")),
            hobbies="сальса, кофе",
            values="уважение к времени руководителя",
            likes="хороший кофе, конфеты ручной работы",
            dislikes="попытки пройти к руководителю в обход",
            notes="Ведёт календарь Петрова: встреча с ним — только через неё, запрос за неделю.",
            last_contact_on=today - timedelta(days=14),
            consent_on=today - timedelta(days=200),
            consent_how="устное согласие, подтверждено письмом",
        ),
        _member(
            c,
            "zaitsev",
            "Зайцев Михаил Юрьевич",
            position="Начальник цеха № 3",
            department="Производство",
            role_code="end_user",
            influence=2,
            attitude=Attitude.SUPPORTER,
            reports_to_id=engineer,
            contacts=_contacts(
                "zaitsev",
                (PHONE, "+7 343 210-03-03", "цех"),
                (EMAIL, "m.zaitsev@uraltyazhmash.ru", "рабочий"),
            ),
            preferred_channel="телефон цеха",
            preferred_time="пересменка, 15:30",
            birthday=Birthday(2, 5, 1982),
            family=_family("zaitsev", ("Зайцева Светлана", "жена", Birthday(17, 3), "")),
            hobbies="хоккей (любительская лига), гараж и старые «Волги»",
            values="порядок в цехе, безопасность людей",
            likes="когда его людей учат на месте",
            dislikes="лишняя отчётность",
            notes="Пилот MES шёл в его цехе; готов рассказать о результатах другим клиентам.",
            last_contact_on=today - timedelta(days=150),
            consent_on=today - timedelta(days=270),
            consent_how="письменное согласие",
        ),
    ]


def key_client_interactions(today: date) -> list[Interaction]:
    m = {
        k: demo_id("member", k)
        for k in ("petrov", "smirnova", "kuznetsov", "volkov", "lebedeva", "novikova", "zaitsev")
    }

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    # Steps already done keep their text but no due date (nothing marks a step done), so
    # the dossier shows exactly one overdue step: the accreditation documents.
    rows = [
        (
            -300,
            EVENT,
            "Выставка «Иннопром», Екатеринбург: знакомство с главным инженером на нашем стенде, демонстрация MES.",
            ["volkov"],
            [SOKOLOVA, KOVALEV],
            "Отправить кейсы по машиностроению",
            None,
        ),
        (
            -280,
            MEETING,
            "Первая встреча на заводе: обход цеха № 3, сбор требований к пилоту.",
            ["volkov", "zaitsev"],
            [SOKOLOVA, KOVALEV],
            "Подготовить КП на пилот",
            None,
        ),
        (
            -260,
            MAIL,
            "Отправлено КП на пилот MES в цехе № 3.",
            ["volkov", "kuznetsov"],
            [SOKOLOVA],
            "Позвонить на следующий день и убедиться, что КП получено",
            None,
        ),
        (
            -259,
            CALL,
            "КП получено; вопросы по интеграции с 1С:ERP и по срокам.",
            ["volkov"],
            [SOKOLOVA, KOVALEV],
            "",
            None,
        ),
        (
            -230,
            MEETING,
            "Техсовет у генерального директора: пилот одобрен, бюджет 4,8 млн ₽.",
            ["petrov", "volkov", "kuznetsov", "novikova"],
            [SOKOLOVA, KOVALEV],
            "Подписать договор на пилот",
            None,
        ),
        (
            -150,
            MEETING,
            "Итоги пилота: простои в цехе № 3 снижены на 17 %, брак — на 6 %.",
            ["volkov", "zaitsev", "kuznetsov"],
            [KOVALEV, MOROZOVA],
            "Рассчитать ROI второй очереди",
            None,
        ),
        (
            -120,
            CALL,
            "Финансовый директор запросил помесячный график платежей и расчёт окупаемости.",
            ["kuznetsov"],
            [MOROZOVA],
            "",
            None,
        ),
        (
            -90,
            MEETING,
            "Программа обучения операторов ЧПУ; директор по персоналу просит рекомендателей.",
            ["smirnova"],
            [SOKOLOVA],
            "Прислать два контакта рекомендателей",
            None,
        ),
        (
            -60,
            LETTER,
            "Официальное письмо о намерении участвовать в тендере на вторую очередь MES.",
            ["petrov", "novikova"],
            [SOKOLOVA],
            "",
            None,
        ),
        (
            -30,
            MEETING,
            "Рабочая встреча по ТЗ второй очереди: интеграция, сроки, требования к обучению.",
            ["volkov", "lebedeva"],
            [KOVALEV, SOKOLOVA],
            "Согласовать раздел ТЗ по интеграции",
            10,
        ),
        (
            -21,
            CALL,
            "Порядок аккредитации на площадке «Сбербанк-АСТ».",
            ["lebedeva"],
            [SOKOLOVA],
            "Подать документы на аккредитацию",
            -7,
        ),
        (
            -12,
            MEETING,
            "Деловой обед с генеральным директором: интерес к сервисному контракту на три года на эксклюзивных условиях.",
            ["petrov"],
            [SOKOLOVA],
            "Подготовить КП на сервисный контракт для генерального директора",
            14,
        ),
        (
            -5,
            MAIL,
            "Директор по персоналу приглашена на день открытых дверей нашего учебного центра.",
            ["smirnova"],
            [SOKOLOVA],
            "Подтвердить участие и прислать программу дня",
            25,
        ),
    ]
    return [
        Interaction(
            client_id=KEY_CLIENT_ID,
            occurred_on=day(when),
            kind=kind,
            summary=summary,
            member_ids=[m[k] for k in people],
            team_member_ids=team,
            next_step=next_step,
            next_step_due=day(due) if due is not None else None,
            id=demo_id("interaction", f"uraltyazhmash/{i}"),
        )
        for i, (when, kind, summary, people, team, next_step, due) in enumerate(rows)
    ]


# ---- the rest of the portfolio -------------------------------------------------------------
def other_clients(today: date) -> list[Client]:
    return [
        Client(
            name="СибАгроХолдинг",
            legal_name="АО «Сибирский агропромышленный холдинг»",
            tax_id="5406123987",
            industry="Агропромышленный комплекс",
            region="Новосибирская область",
            address="630099, г. Новосибирск, ул. Фрунзе, д. 5",
            website="sibagroholding.ru",
            status=ClientStatus.ACTIVE,
            tags=["агро", "элеваторы"],
            annual_revenue=Decimal("82000000.00"),
            sales_share_pct=Decimal("18.00"),
            strategy="Автоматизация элеваторов и переработки зерна, рост экспорта в Китай.",
            weak_points="Сезонность: бюджеты утверждают только после уборочной.",
            growth_areas="Диспетчеризация элеваторов, учёт качества зерна.",
            buying_process="Решение — директор по производству; договоры до 20 млн ₽ без тендера.",
            competitors="региональные интеграторы",
            reliability_checklist={"registry": True, "financials": True, "courts": True},
            reliability_result=ReliabilityResult.ACCEPTABLE,
            reliability_checked_on=today - timedelta(days=160),
            reliability_notes="Отсрочки платежей в межсезонье до 30 дней.",
            id=demo_id("client", "sibagro"),
        ),
        Client(
            name="БалтЛогистик",
            legal_name="ООО «Балтийская логистическая компания»",
            tax_id="7805123456",
            industry="Логистика и складские услуги",
            region="Санкт-Петербург",
            address="198096, г. Санкт-Петербург, Кронштадтское ш., д. 7",
            website="baltlogistic.ru",
            status=ClientStatus.ACTIVE,
            tags=["логистика", "WMS"],
            annual_revenue=Decimal("55300000.00"),
            sales_share_pct=Decimal("12.00"),
            strategy="Новый складской комплекс класса А под Санкт-Петербургом.",
            growth_areas="Автоматизация склада, обучение кладовщиков.",
            buying_process="Тендер среди трёх поставщиков; решает ИТ-директор.",
            competitors="«СкладСофт», 1С:WMS",
            reliability_result=ReliabilityResult.NOT_CHECKED,
            tenders=[
                Tender(
                    "Тендер: WMS для нового склада",
                    today + timedelta(days=120),
                    "Три участника, оценка 60 % цена / 40 % качество.",
                    demo_id("tender", "baltlogistic/wms"),
                )
            ],
            id=demo_id("client", "baltlogistic"),
        ),
        Client(
            name="Northwind Components GmbH",
            legal_name="Northwind Components GmbH",
            tax_id="DE812345678",
            industry="Automotive components",
            region="Germany, Baden-Württemberg",
            address="Industriestraße 12, 70565 Stuttgart, Germany",
            website="northwind-components.de",
            status=ClientStatus.ACTIVE,
            tags=["international", "automotive"],
            annual_revenue=Decimal("420000.00"),
            revenue_currency="EUR",
            sales_share_pct=Decimal("9.00"),
            strategy="Consolidating two plants; moving planning to a single MES.",
            weak_points="Slow decisions: every purchase above 100k EUR goes to the group board.",
            growth_areas="Roll-out to the Czech plant; operator training in Russian and English.",
            buying_process="RFQ to three suppliers, then a reference call with an existing customer.",
            competitors="Siemens Opcenter, MPDV",
            reliability_checklist={
                "registry": True,
                "financials": True,
                "payment_discipline": True,
            },
            reliability_result=ReliabilityResult.RELIABLE,
            reliability_checked_on=today - timedelta(days=90),
            id=demo_id("client", "northwind"),
        ),
        Client(
            name="Caspian Energy Services Ltd",
            legal_name="Caspian Energy Services Ltd",
            industry="Oilfield services",
            region="Kazakhstan, Atyrau Region",
            address="Satpayev Avenue 19, Atyrau 060011, Kazakhstan",
            website="caspian-energy-services.com",
            status=ClientStatus.PROSPECT,
            tags=["international", "oil & gas"],
            strategy="Predictive maintenance of compressor stations.",
            buying_process="Local tender; the country manager shortlists, London approves.",
            id=demo_id("client", "caspian"),
        ),
        Client(
            name="ВолгаХим",
            legal_name="АО «Волжский химический комбинат»",
            tax_id="6320012345",
            industry="Химическая промышленность",
            region="Самарская область",
            address="445007, г. Тольятти, ул. Новозаводская, д. 8",
            status=ClientStatus.DORMANT,
            annual_revenue=Decimal("13800000.00"),
            sales_share_pct=Decimal("3.00"),
            weak_points="Заморозили инвестиционную программу до смены собственника.",
            reliability_result=ReliabilityResult.RISKY,
            reliability_checked_on=today - timedelta(days=200),
            reliability_notes="Просрочки оплаты до 90 дней, иск поставщика сырья.",
            id=demo_id("client", "volgachem"),
        ),
        Client(
            name="ТрансЛес Карелия",
            legal_name="ООО «ТрансЛес Карелия»",
            tax_id="1001234567",
            industry="Лесопереработка",
            region="Республика Карелия",
            address="185031, г. Петрозаводск, ул. Заводская, д. 4",
            status=ClientStatus.LOST,
            sales_share_pct=Decimal("0"),
            competitors="«Цифра Индастриал» — выиграли тендер ценой",
            id=demo_id("client", "transles"),
        ),
    ]


def other_members(today: date) -> list[Member]:
    return [
        _member(
            "sibagro",
            "grigoriev",
            "Григорьев Павел Андреевич",
            position="Директор по производству",
            role_code="executive",
            influence=5,
            attitude=Attitude.SUPPORTER,
            contacts=_contacts(
                "grigoriev",
                (PHONE, "+7 383 220-11-00", "рабочий"),
                (EMAIL, "p.grigoriev@sibagroholding.ru", "рабочий"),
            ),
            birthday=Birthday(19, 9, 1971),
            hobbies="охота, баня",
            values="надёжность техники в сезон",
            consent_on=today - timedelta(days=400),
            consent_how="письменное согласие",
        ),
        _member(
            "sibagro",
            "orlova",
            "Орлова Марина Викторовна",
            position="Главный бухгалтер",
            role_code="financier",
            influence=3,
            attitude=Attitude.NEUTRAL,
            reports_to_id=demo_id("member", "grigoriev"),
            contacts=_contacts("orlova", (EMAIL, "m.orlova@sibagroholding.ru", "рабочий")),
            birthday=Birthday(1, 4),
            hobbies="вышивка, садоводство",
        ),
        _member(
            "baltlogistic",
            "solovyov",
            "Соловьёв Константин Игоревич",
            position="ИТ-директор",
            role_code="technical",
            influence=4,
            attitude=Attitude.SCEPTIC,
            contacts=_contacts(
                "solovyov",
                (PHONE, "+7 812 335-40-40", "рабочий"),
                (EMAIL, "k.solovyov@baltlogistic.ru", "рабочий"),
                (MESSENGER, "Telegram: @ksolovyov", "Telegram"),
            ),
            birthday=Birthday(11, 1, 1983),
            hobbies="парусный спорт, сёрфинг на Финском заливе",
            values="открытые API, отказоустойчивость",
            concerns="Зависимость от поставщика; безопасность данных клиентов склада",
            notes="Ранее работал у «СкладСофт» — знает их слабые места.",
        ),
        _member(
            "baltlogistic",
            "yolkina",
            "Ёлкина Дарья Сергеевна",
            position="Руководитель склада",
            role_code="end_user",
            influence=2,
            attitude=Attitude.SUPPORTER,
            reports_to_id=demo_id("member", "solovyov"),
            contacts=_contacts("yolkina", (PHONE, "+7 921 555-12-34", "мобильный")),
            hobbies="бег, кроссфит",
        ),
        _member(
            "northwind",
            "becker",
            "Klaus Becker",
            position="Head of Operations",
            department="Operations",
            role_code="executive",
            influence=5,
            attitude=Attitude.SUPPORTER,
            decision_style="Wants a reference visit before signing",
            contacts=_contacts(
                "becker",
                (PHONE, "+49 711 555 0120", "office"),
                (EMAIL, "klaus.becker@northwind-components.de", "work"),
            ),
            preferred_channel="video call",
            preferred_time="Tuesday mornings (CET)",
            birthday=Birthday(3, 10, 1970),
            family=_family("becker", ("Monika Becker", "wife", Birthday(25, 6), "")),
            hobbies="cycling, classic cars, Formula 1",
            values="punctuality, engineering quality",
            likes="Russian tea sets as gifts",
            topics_to_avoid="politics",
            consent_on=today - timedelta(days=180),
            consent_how="GDPR consent form signed at the kickoff meeting",
        ),
        _member(
            "northwind",
            "oconnor",
            "Sarah O'Connor",
            position="Procurement Manager",
            department="Purchasing",
            role_code="procurement",
            influence=3,
            attitude=Attitude.NEUTRAL,
            reports_to_id=demo_id("member", "becker"),
            contacts=_contacts(
                "oconnor",
                (EMAIL, "sarah.oconnor@northwind-components.de", "work"),
                (PHONE, "+49 711 555 0177", "office"),
            ),
            hobbies="marathon running, Irish folk music",
            consent_on=today - timedelta(days=180),
            consent_how="GDPR consent by e-mail",
        ),
        _member(
            "caspian",
            "whitfield",
            "James Whitfield",
            position="Country Manager",
            role_code="executive",
            influence=5,
            attitude=Attitude.NEUTRAL,
            contacts=_contacts(
                "whitfield",
                (EMAIL, "j.whitfield@caspian-energy-services.com", "work"),
                (PHONE, "+7 712 255-00-10", "Atyrau office"),
            ),
            hobbies="golf, sailing",
            notes="Met at KIOGE in Almaty; wants a pilot at one compressor station.",
        ),
        _member(
            "caspian",
            "sadykova",
            "Садыкова Айгерим Нурлановна",
            position="Maintenance Engineer",
            role_code="technical",
            influence=3,
            attitude=Attitude.SUPPORTER,
            reports_to_id=demo_id("member", "whitfield"),
            contacts=_contacts(
                "sadykova", (EMAIL, "a.sadykova@caspian-energy-services.com", "work")
            ),
            birthday=Birthday(22, 3),
            hobbies="домбра, горный туризм",
        ),
        _member(
            "volgachem",
            "fyodorov",
            "Фёдоров Олег Борисович",
            position="Главный механик",
            role_code="technical",
            influence=3,
            attitude=Attitude.NEUTRAL,
            contacts=_contacts("fyodorov", (PHONE, "+7 8482 55-10-10", "рабочий")),
            hobbies="рыбалка на Волге",
        ),
        _member(
            "transles",
            "melnikova",
            "Мельникова Ирина Александровна",
            position="Коммерческий директор",
            role_code="executive",
            influence=5,
            attitude=Attitude.OPPONENT,
            contacts=_contacts("melnikova", (EMAIL, "i.melnikova@transles-karelia.ru", "рабочий")),
            notes="Выбрала конкурента по цене; считает наше решение переусложнённым.",
        ),
    ]


def other_interactions(today: date) -> list[Interaction]:
    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    rows = [
        (
            "sibagro",
            -70,
            MEETING,
            "Приёмка диспетчеризации элеватора в Куйбышеве.",
            ["grigoriev"],
            [KOVALEV],
            "Отправить акт и предложение по второму элеватору",
            7,
        ),
        (
            "sibagro",
            -40,
            CALL,
            "Сверка взаиморасчётов с главным бухгалтером.",
            ["orlova"],
            [MOROZOVA],
            "",
            None,
        ),
        (
            "baltlogistic",
            -35,
            MEETING,
            "Демонстрация WMS на складе в Шушарах.",
            ["solovyov", "yolkina"],
            [SOKOLOVA, KOVALEV],
            "Ответить на вопросы ИТ-директора по API",
            None,
        ),
        (
            "baltlogistic",
            -15,
            MAIL,
            "Отправлены ответы по API и схеме отказоустойчивости.",
            ["solovyov"],
            [KOVALEV],
            "Позвонить и узнать сроки решения",
            3,
        ),
        (
            "northwind",
            -55,
            MEETING,
            "Reference visit to our customer's plant in Kaluga with Klaus Becker.",
            ["becker"],
            [SOKOLOVA],
            "Send the roll-out plan for the Czech plant",
            None,
        ),
        (
            "northwind",
            -20,
            MAIL,
            "RFQ answers sent to procurement, prices in EUR.",
            ["oconnor"],
            [SOKOLOVA, MOROZOVA],
            "Call to confirm receipt and ask about the board date",
            2,
        ),
        (
            "caspian",
            -10,
            EVENT,
            "KIOGE exhibition, Almaty: first meeting, interest in predictive maintenance.",
            ["whitfield", "sadykova"],
            [SOKOLOVA],
            "Send a pilot proposal for one compressor station",
            20,
        ),
        (
            "volgachem",
            -240,
            CALL,
            "Инвестпрограмма заморожена до смены собственника.",
            ["fyodorov"],
            [SOKOLOVA],
            "",
            None,
        ),
        (
            "transles",
            -330,
            LETTER,
            "Письмо с итогами тендера: победил конкурент с ценой на 18 % ниже.",
            ["melnikova"],
            [SOKOLOVA],
            "",
            None,
        ),
    ]
    return [
        Interaction(
            client_id=demo_id("client", client),
            occurred_on=day(when),
            kind=kind,
            summary=summary,
            member_ids=[demo_id("member", k) for k in people],
            team_member_ids=team,
            next_step=next_step,
            next_step_due=day(due) if due is not None else None,
            id=demo_id("interaction", f"{client}/{i}"),
        )
        for i, (client, when, kind, summary, people, team, next_step, due) in enumerate(rows)
    ]


# ---- loading -------------------------------------------------------------------------------
def non_demo_client_count(db: Database) -> int:
    """How many clients the user has besides the demo ones (the CLI asks before mixing)."""
    ids = {c.id for c in DossierService(db).list_clients()}
    return len(ids - DEMO_CLIENT_IDS)


def load_demo(db: Database) -> list[str]:
    """Create or refresh the demo portfolio; the user's own records are left alone.

    One transaction: a demo interrupted at any moment (even killed) leaves the database as
    it was, never a portfolio with half its people. Returns the ids of the clients it created
    or refreshed (the window re-reads an open dossier only when it is one of them).
    """
    service = DossierService(db)
    today = date.today()
    with db.transaction():
        current = service.our_company()
        if current.id in (None, DEMO_COMPANY_ID):  # never overwrite the user's own profile
            service.save_our_company(our_company())
        for person in our_team():
            service.save_team_member(person)
        client_ids = [
            _saved_id(service.save_client(client))
            for client in [key_client(today), *other_clients(today)]
        ]
        for member in [*key_client_members(today), *other_members(today)]:
            service.save_member(member)
        for interaction in [*key_client_interactions(today), *other_interactions(today)]:
            service.save_interaction(interaction)
        _load_demo_proposals(db)
    return client_ids


def _saved_id(client: Client) -> str:
    assert client.id is not None  # saved: the database gave it its id
    return client.id


def _load_demo_proposals(db: Database) -> None:
    # The proposals work adds its own demo; until that module exists there is nothing to add.
    try:
        from kam_desktop.services.demo_proposals import load_demo_proposals
    except ModuleNotFoundError as exc:
        if exc.name != "kam_desktop.services.demo_proposals":
            raise
        return
    load_demo_proposals(db)
