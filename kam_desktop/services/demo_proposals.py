"""Demo libraries and a Russian proposal to the demo key client (called by ``load_demo``).

Records get UUIDs from a fixed namespace, so loading the demo again refreshes them instead of
duplicating them. A demo proposal the user has already sent is left alone (it is frozen).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from kam_desktop.domain.errors import NotFoundError
from kam_desktop.domain.proposal import (
    CatalogueItem,
    FinancialInputs,
    ProposalStatus,
    Referee,
    SimilarProject,
)
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.library import LibraryService
from kam_desktop.services.proposals import ProposalService

DEMO_PROPOSALS_NAMESPACE = uuid.UUID("0b7c9e4a-3d2f-5a61-9e8b-7c5d4f3a2b10")
ADDRESSEE_ROLES = ("executive", "hr_director", "financier", "technical")


def demo_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(DEMO_PROPOSALS_NAMESPACE, f"{kind}/{key}"))


DEMO_PROPOSAL_ID = demo_id("proposal", "utm-mes2")

D = Decimal
# key, name, description, unit, price, VAT %
CATALOGUE = (
    (
        "mes-seat",
        "Лицензия MES «ПромТех Цех»",
        "рабочее место мастера или оператора",
        "шт.",
        "85000",
        "20",
    ),
    (
        "mes-rollout",
        "Внедрение MES в цехе",
        "обследование, настройка, запуск, приёмка",
        "шт.",
        "1450000",
        "20",
    ),
    (
        "erp-link",
        "Интеграция с 1С:ERP",
        "обмен заказами, нормативами и выпуском",
        "усл.",
        "620000",
        "20",
    ),
    (
        "sensors",
        "Комплект мониторинга станка",
        "датчики, шлюз, монтаж и пусконаладка",
        "компл.",
        "38500",
        "20",
    ),
    (
        "training",
        "Обучение операторов ЧПУ и мастеров",
        "группа до 12 человек, 3 дня",
        "гр.",
        "96000",
        "0",
    ),
    (
        "predictive",
        "Модуль предиктивного обслуживания",
        "аналитика отказов, подписка",
        "год",
        "540000",
        "20",
    ),
    (
        "support",
        "Сервисная поддержка 24/7",
        "SLA 99,9 %, реакция до 2 часов",
        "год",
        "480000",
        "20",
    ),
)
# catalogue key, quantity, discount %
PROPOSAL_LINES = (
    ("mes-seat", "40", "10"),
    ("mes-rollout", "2", "5"),
    ("erp-link", "1", "0"),
    ("sensors", "60", "7"),
    ("training", "4", "0"),
    ("predictive", "1", "0"),
    ("support", "1", "0"),
)


# The proposal's own client-facing texts: what the KAM wrote for the client to read.
UNDERSTANDING = (
    "УралТяжМаш выполняет программу модернизации до 2028 года: цифровизация цехов, снижение "
    "простоев оборудования на 20 % и переход на отечественное программное обеспечение.\n\n"
    "Первая очередь MES в цехе № 3 показала, что прозрачный учёт загрузки станков даёт "
    "результат уже в первые месяцы. Следующий шаг — распространить его на цеха № 2 и № 5 "
    "и подготовить персонал к работе с новыми инструментами."
)
GOALS = (
    "- запустить MES в цехах № 2 и № 5 и связать её с 1С:ERP\n"
    "- подготовить операторов ЧПУ и мастеров к работе в системе\n"
    "- сократить простои оборудования за счёт мониторинга и предиктивного обслуживания\n"
    "- обеспечить сервисную поддержку на три года"
)
PAYMENT_TERMS = (
    "Аванс 30 % в течение 10 рабочих дней после подписания договора; далее — по этапам, "
    "в течение 15 рабочих дней после подписания актов. Подписка и поддержка — ежеквартально."
)
DELIVERY_TERMS = (
    "Пилот в цехе № 2 — 8 недель с даты аванса; тиражирование на цех № 5 — 12 недель после "
    "приёмки пилота. Поставка комплектов мониторинга — 4 недели."
)
WARRANTY = "12 месяцев на работы по внедрению; оборудование — гарантия производителя 24 месяца."


def catalogue() -> list[CatalogueItem]:
    return [
        CatalogueItem(name, desc, unit, D(price), "RUB", D(vat), id=demo_id("catalogue", key))
        for key, name, desc, unit, price, vat in CATALOGUE
    ]


def projects() -> list[SimilarProject]:
    def ref(key: str, name: str, position: str, company: str, phone: str, email: str, ok: bool):
        return Referee(name, position, company, phone, email, ok, id=demo_id("referee", key))

    return [
        SimilarProject(
            "АО «СибМашХолдинг»",
            "Машиностроение",
            2024,
            "MES в трёх механообрабатывающих цехах, мониторинг 140 станков, интеграция с 1С:ERP.",
            [
                "Простои оборудования сократились на 23 %",
                "OEE выросла с 54 % до 68 % за 9 месяцев",
                "Окупаемость проекта — 14 месяцев",
            ],
            [
                ref(
                    "goncharov",
                    "Гончаров Павел Андреевич",
                    "Директор по производству",
                    "АО «СибМашХолдинг»",
                    "+7 383 211-40-50",
                    "p.goncharov@sibmash.ru",
                    True,
                ),
                ref(
                    "lebedeva",
                    "Лебедева Ольга Николаевна",
                    "Директор по персоналу",
                    "АО «СибМашХолдинг»",
                    "+7 383 211-40-77",
                    "o.lebedeva@sibmash.ru",
                    True,
                ),
            ],
            id=demo_id("project", "sibmash"),
        ),
        SimilarProject(
            "ПАО «ВолгаТрансМаш»",
            "Транспортное машиностроение",
            2023,
            "Цифровые рабочие места операторов, электронные маршрутные карты, обучение персонала.",
            [
                "Время переналадки сократилось на 31 %",
                "Брак на финишных операциях снизился на 18 %",
                "Обучено 140 операторов за два месяца без остановки производства",
            ],
            [
                ref(
                    "ermakov",
                    "Ермаков Сергей Викторович",
                    "Главный инженер",
                    "ПАО «ВолгаТрансМаш»",
                    "+7 846 300-12-12",
                    "s.ermakov@vtmash.ru",
                    True,
                ),
                ref(
                    "titova",
                    "Титова Марина Игоревна",
                    "Финансовый директор",
                    "ПАО «ВолгаТрансМаш»",
                    "+7 846 300-12-90",
                    "m.titova@vtmash.ru",
                    False,
                ),
            ],
            id=demo_id("project", "vtmash"),
        ),
        SimilarProject(
            "ООО «Северный трубный завод»",
            "Металлургия",
            2025,
            "Предиктивное обслуживание прокатного стана и учёт энергопотребления по переделам.",
            [
                "Внеплановые остановки стана — минус 40 %",
                "Экономия электроэнергии — 12 % в год",
                "ROI за три года — 190 %",
            ],
            [
                ref(
                    "nikitin",
                    "Никитин Андрей Павлович",
                    "Директор по информационным технологиям",
                    "ООО «Северный трубный завод»",
                    "+7 8172 55-60-70",
                    "a.nikitin@sevtube.ru",
                    True,
                ),
            ],
            id=demo_id("project", "sevtube"),
        ),
    ]


def load_demo_proposals(db: Database) -> None:
    library = LibraryService(db)
    with db.transaction():  # joins load_demo's transaction: the demo is saved whole or not
        library.ensure_default_arguments()
        library.ensure_default_tags()
        items = {i.saved_id: library.save_catalogue_item(i) for i in catalogue()}
        for project in projects():
            library.save_project(project)
        _save_demo_proposal(db, items)


def _save_demo_proposal(db: Database, items: dict[str, CatalogueItem]) -> None:
    service = ProposalService(db)
    try:
        existing = service.get(DEMO_PROPOSAL_ID)
    except NotFoundError:
        existing = None
    if existing is not None and existing.status != ProposalStatus.DRAFT:
        return  # the user already sent it: a frozen revision is never rewritten
    from kam_desktop.services.demo import KEY_CLIENT_ID  # demo imports this module lazily

    dossiers = DossierService(db)
    # The demo's own key client, never a key client of the user's that sorts first.
    try:
        dossiers.get_client(KEY_CLIENT_ID)
    except NotFoundError:
        return
    members = dossiers.list_members(KEY_CLIENT_ID)
    addressees = [
        next(m.saved_id for m in members if m.role_code == role)
        for role in ADDRESSEE_ROLES
        if any(m.role_code == role for m in members)
    ]
    # The account manager signs first: the executive part names them as the person responsible.
    team = sorted(dossiers.team(), key=lambda t: "ключев" not in t.position.lower())
    lines = []
    for key, quantity, discount in PROPOSAL_LINES:
        line = LibraryService.line_from_catalogue(items[demo_id("catalogue", key)], D(quantity))
        line.discount_pct = D(discount)
        lines.append(line)
    today = date.today()
    proposal = service.new_proposal(KEY_CLIENT_ID, language="ru", issue_date=today)
    proposal.id = DEMO_PROPOSAL_ID
    proposal.title = "Коммерческое предложение: вторая очередь MES"
    proposal.addressee_ids = addressees
    proposal.team_member_ids = [t.saved_id for t in team]
    proposal.line_items = lines
    proposal.business_understanding = UNDERSTANDING
    proposal.goals = GOALS
    proposal.payment_terms, proposal.delivery_terms = PAYMENT_TERMS, DELIVERY_TERMS
    proposal.warranty = WARRANTY
    proposal.financials = FinancialInputs(
        current_annual_cost=D("46000000"),  # losses from equipment downtime per year
        annual_gain=D("9200000"),  # 20 % fewer idle hours, as in the client's own programme
        investment=None,  # = the cost of the proposal excluding VAT
    )
    if existing is not None:
        proposal.version = existing.version
    service.save(proposal)
