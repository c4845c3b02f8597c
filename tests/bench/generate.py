"""A large, realistic benchmark database: 5,000 clients, 50,000 members, 200,000 interactions.

Built fast: the schema comes from ``Database.open`` (migrated to head like a user's file), the
rows go in with bulk Core inserts inside one transaction, and the full-text index is filled once
at the end with ``rebuild_search_index``. The data is deterministic (seeded), so every run of
the benchmarks sees the same database. One client, ``DOSSIER_CLIENT_ID``, has exactly
``DOSSIER_MEMBERS`` members and ``DOSSIER_INTERACTIONS`` interactions (the dossier-open bench).

    python -m tests.bench.generate PATH [--clients N --members N --interactions N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, insert, text

GENERATOR_VERSION = 1  # bump when the data changes, so cached files are rebuilt
DOSSIER_CLIENT_ID = "b0000000-0000-4000-8000-000000000001"
DOSSIER_CLIENT_NAME = "АО «Бенчмарк Холдинг»"
DOSSIER_MEMBERS = 30
DOSSIER_INTERACTIONS = 500
MARKER_KEY = "bench.generated"
BATCH = 5000

RU_MALE = [
    "Иван",
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Михаил",
    "Николай",
    "Павел",
    "Владимир",
    "Олег",
    "Игорь",
    "Артём",
    "Евгений",
    "Константин",
    "Максим",
    "Роман",
    "Юрий",
    "Виктор",
    "Борис",
    "Григорий",
    "Фёдор",
    "Степан",
    "Илья",
    "Тимур",
]
RU_FEMALE = [
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Татьяна",
    "Наталья",
    "Ирина",
    "Светлана",
    "Екатерина",
    "Юлия",
    "Анастасия",
    "Марина",
    "Людмила",
    "Валентина",
    "Ксения",
    "Дарья",
    "Алёна",
    "Вера",
    "Галина",
    "Полина",
    "Софья",
    "Лариса",
    "Нина",
    "Жанна",
]
# (male surname, female surname)
RU_SURNAMES = [
    (s, s + "а")
    for s in [
        "Иванов",
        "Петров",
        "Смирнов",
        "Кузнецов",
        "Попов",
        "Васильев",
        "Соколов",
        "Михайлов",
        "Новиков",
        "Фёдоров",
        "Морозов",
        "Волков",
        "Алексеев",
        "Лебедев",
        "Семёнов",
        "Егоров",
        "Павлов",
        "Козлов",
        "Степанов",
        "Николаев",
        "Орлов",
        "Андреев",
        "Макаров",
        "Никитин",
        "Захаров",
        "Зайцев",
        "Соловьёв",
        "Борисов",
        "Яковлев",
        "Григорьев",
        "Романов",
        "Воробьёв",
        "Сергеев",
        "Кузьмин",
        "Фролов",
        "Александров",
        "Дмитриев",
        "Королёв",
        "Гусев",
        "Киселёв",
        "Ильин",
        "Максимов",
        "Поляков",
        "Сорокин",
        "Виноградов",
        "Ковалёв",
        "Белов",
        "Медведев",
        "Антонов",
        "Тарасов",
    ]
] + [
    (s, s[:-2] + "ая")
    for s in ["Жуковский", "Ковальский", "Островский", "Вишневский", "Полянский", "Успенский"]
]
RU_FATHERS = [
    "Иван",
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Михаил",
    "Николай",
    "Павел",
    "Владимир",
    "Олег",
    "Игорь",
    "Евгений",
    "Константин",
    "Роман",
    "Виктор",
    "Борис",
    "Григорий",
    "Степан",
    "Пётр",
    "Василий",
]
EN_FIRST = [
    "James",
    "John",
    "Robert",
    "Michael",
    "William",
    "David",
    "Richard",
    "Thomas",
    "Charles",
    "Daniel",
    "Matthew",
    "George",
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Emily",
    "Olivia",
    "Sophie",
]
EN_LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Jackson",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Carter",
    "Mitchell",
    "Turner",
    "Parker",
    "Collins",
    "Edwards",
    "Stewart",
    "Morris",
]
RU_ROOTS = [
    "Север",
    "Урал",
    "Сибирь",
    "Волга",
    "Балт",
    "Техно",
    "Агро",
    "Энерго",
    "Строй",
    "Транс",
    "Мед",
    "Фарм",
    "Нефте",
    "Газо",
    "Металл",
    "Лес",
    "Хим",
    "Инвест",
    "Альфа",
    "Вектор",
    "Гранит",
    "Кедр",
    "Меридиан",
    "Орион",
    "Полюс",
    "Ростех",
    "Сапфир",
    "Титан",
]
RU_SUFFIXES = [
    "ресурс",
    "пром",
    "сервис",
    "холдинг",
    "маш",
    "торг",
    "логистик",
    "системс",
    "групп",
    "снаб",
    "монтаж",
]
RU_FORMS = ("ООО", "АО", "ПАО")
RU_CITIES = [
    "Москва",
    "Санкт-Петербург",
    "Казань",
    "Екатеринбург",
    "Новосибирск",
    "Самара",
    "Пермь",
    "Тюмень",
    "Уфа",
    "Томск",
    "Нижний",
    "Новгород",
    "Краснодар",
    "Воронеж",
    "Ярославль",
    "Иркутск",
]
EN_ROOTS = [
    "Northwind",
    "Blue",
    "Harbor",
    "Silverline",
    "Greenfield",
    "Ironbridge",
    "Redwood",
    "Summit",
    "Crestview",
    "Oakmont",
    "Brightwater",
    "Stonegate",
    "Westbrook",
    "Highland",
    "Pinecrest",
    "Goldleaf",
    "Riverside",
    "Sterling",
    "Atlas",
]
EN_SUFFIXES = [
    "Logistics",
    "Holdings",
    "Systems",
    "Industries",
    "Foods",
    "Energy",
    "Pharma",
    "Analytics",
    "Retail",
]
EN_FORMS = ("Ltd", "LLC", "Inc.", "plc", "GmbH")
INDUSTRIES = [
    "металлургия",
    "нефтегаз",
    "розничная",
    "торговля",
    "фармацевтика",
    "логистика",
    "машиностроение",
    "телеком",
    "банки",
    "IT",
    "retail",
    "manufacturing",
    "logistics",
    "healthcare",
    "energy",
]
REGIONS = [
    "Москва",
    "Санкт-Петербург",
    "Урал",
    "Сибирь",
    "Поволжье",
    "Юг",
    "Дальний",
    "Восток",
    "London",
    "Berlin",
    "Dubai",
]
STATUSES = ("prospect", "active", "key", "dormant", "lost")
ROLES = (
    "executive",
    "hr_director",
    "financier",
    "technical",
    "procurement",
    "legal",
    "end_user",
    "champion",
    "gatekeeper",
    "other",
)
RU_POSITIONS = {
    "executive": "Генеральный директор",
    "hr_director": "Директор по персоналу",
    "financier": "Финансовый директор",
    "technical": "Главный инженер",
    "procurement": "Руководитель отдела закупок",
    "legal": "Начальник юридического отдела",
    "end_user": "Руководитель направления",
    "champion": "Заместитель директора по развитию",
    "gatekeeper": "Помощник генерального директора",
    "other": "Специалист",
}
EN_POSITIONS = {
    "executive": "Chief Executive Officer",
    "hr_director": "HR Director",
    "financier": "Chief Financial Officer",
    "technical": "Chief Engineer",
    "procurement": "Head of Procurement",
    "legal": "General Counsel",
    "end_user": "Operations Manager",
    "champion": "Business Development Director",
    "gatekeeper": "Executive Assistant",
    "other": "Specialist",
}
RU_HOBBIES = (
    "рыбалка",
    "горные лыжи",
    "шахматы",
    "теннис",
    "история России",
    "джаз",
    "охота",
    "бег, марафоны",
    "коллекционирует вино",
    "садоводство",
    "театр",
    "путешествия по Алтаю",
)
EN_HOBBIES = (
    "sailing",
    "golf",
    "chess",
    "cycling",
    "jazz",
    "marathon running",
    "photography",
    "gardening",
    "wine tasting",
    "hiking",
)
RU_SUMMARIES = (
    "Обсудили условия пилотного проекта",
    "Презентация решения для отдела персонала",
    "Согласовали график поставок",
    "Звонок по срокам тендера",
    "Встреча с финансовым директором по бюджету",
    "Отправили КП и расчёт окупаемости",
    "Обсудили замечания технической службы",
)
EN_SUMMARIES = (
    "Discussed pilot project terms",
    "Presented the solution to HR",
    "Agreed the delivery schedule",
    "Call about tender deadlines",
    "Budget meeting with the CFO",
    "Sent the proposal with ROI figures",
)
RELATIONS = ("жена", "муж", "сын", "дочь", "wife", "husband", "son", "daughter")
INTERACTION_KINDS = ("meeting", "call", "email", "letter", "event")
ATTITUDES = ("supporter", "neutral", "sceptic", "opponent")
TEAM = (
    (
        "c0000000-0000-4000-8000-000000000001",
        "Ольга Сергеевна Миронова",
        "Менеджер по ключевым клиентам",
    ),
    (
        "c0000000-0000-4000-8000-000000000002",
        "Дмитрий Андреевич Кравцов",
        "Руководитель отдела продаж",
    ),
    ("c0000000-0000-4000-8000-000000000003", "Emily Carter", "Solution Engineer"),
)


def default_cache_path(
    clients: int = 5000, members: int = 50000, interactions: int = 200000
) -> Path:
    """Where the cached database of a given size lives (reused by every bench run)."""
    root = Path(os.environ.get("KAM_BENCH_CACHE", Path(tempfile.gettempdir()) / "kam-bench"))
    return root / f"bench-v{GENERATOR_VERSION}-{clients}c-{members}m-{interactions}i.sqlite3"


def _marker(clients: int, members: int, interactions: int) -> str:
    return f"v{GENERATOR_VERSION}:{clients}:{members}:{interactions}"


def is_complete(path: Path, clients: int, members: int, interactions: int) -> bool:
    """True when ``path`` is a finished bench database of exactly this size."""
    import sqlite3

    if not path.is_file():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (MARKER_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == _marker(clients, members, interactions)


class _Gen:
    """Deterministic row factories (one seeded RNG, UUIDs drawn from it too)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamps(self) -> dict[str, object]:
        created = self.now - timedelta(minutes=self.rng.randrange(3 * 365 * 24 * 60))
        return {"created_at": created, "updated_at": created, "version": 1}

    def person_name(self, russian: bool) -> tuple[str, bool]:
        rng = self.rng
        female = rng.random() < 0.45
        if not russian:
            return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}", female
        first = rng.choice(RU_FEMALE if female else RU_MALE)
        male_sur, female_sur = rng.choice(RU_SURNAMES)
        father = rng.choice(RU_FATHERS)
        patronymic = _patronymic(father, female)
        return f"{female_sur if female else male_sur} {first} {patronymic}", female

    def client(self, client_id: str, russian: bool, name: str | None = None) -> dict[str, object]:
        rng = self.rng
        if name is None:
            if russian:
                root, suffix = rng.choice(RU_ROOTS), rng.choice(RU_SUFFIXES)
                name = f"{rng.choice(RU_FORMS)} «{root}{suffix}-{rng.choice(RU_CITIES)}»"
            else:
                name = f"{rng.choice(EN_ROOTS)} {rng.choice(EN_SUFFIXES)} {rng.choice(EN_FORMS)}"
        revenue = Decimal(rng.randrange(100_000, 90_000_000)) if rng.random() < 0.6 else None
        return {
            "id": client_id,
            "name": name,
            "legal_name": name,
            "tax_id": f"{rng.randrange(10**9, 10**10)}",
            "industry": rng.choice(INDUSTRIES),
            "region": rng.choice(REGIONS),
            "address": f"{rng.choice(RU_CITIES)}, ул. Ленина, д. {rng.randrange(1, 200)}",
            "website": f"https://example-{client_id[:8]}.ru",
            "status": rng.choice(STATUSES),
            "tags": rng.sample(
                ["b2b", "тендер", "пилот", "federal", "export"], rng.randrange(0, 3)
            ),
            "annual_revenue": revenue,
            "revenue_currency": "RUB",
            "sales_share_pct": Decimal(rng.randrange(0, 4000)) / 100 if revenue else None,
            "strategy": "Расширить присутствие в регионах"
            if russian
            else "Grow regional footprint",
            "weak_points": "",
            "growth_areas": "",
            "buying_process": "Закупки через тендер" if russian else "Tender-based purchasing",
            "competitors": rng.choice(["", "Конкурент-1", "Competitor Co"]),
            "reliability_checklist": {},
            "reliability_result": "not_checked",
            "reliability_checked_on": None,
            "reliability_notes": "",
            **self.stamps(),
        }

    def member(self, member_id: str, client_id: str, russian: bool, role: str) -> dict[str, object]:
        rng = self.rng
        name, _female = self.person_name(russian)
        has_birthday = rng.random() < 0.7
        return {
            "id": member_id,
            "client_id": client_id,
            "full_name": name,
            "position": (RU_POSITIONS if russian else EN_POSITIONS)[role],
            "department": "",
            "role_code": role,
            "influence": rng.randrange(1, 6),
            "attitude": rng.choice(ATTITUDES),
            "decision_style": "",
            "reports_to_id": None,
            "preferred_channel": rng.choice(["телефон", "e-mail", "Telegram", "phone", ""]),
            "preferred_time": rng.choice(["утро", "после обеда", "morning", ""]),
            "birthday_day": rng.randrange(1, 29) if has_birthday else None,
            "birthday_month": rng.randrange(1, 13) if has_birthday else None,
            "birthday_year": rng.randrange(1955, 2000)
            if has_birthday and rng.random() < 0.5
            else None,
            "hobbies": rng.choice(RU_HOBBIES if russian else EN_HOBBIES),
            "values": "",
            "likes": "",
            "dislikes": "",
            "topics_to_avoid": "",
            "notes": "",
            "last_contact_on": None,
            "consent_on": date(2025, 1, 1) + timedelta(days=rng.randrange(600)),
            "consent_how": "устно на встрече" if russian else "verbally at a meeting",
            **self.stamps(),
        }

    def contacts(self, member_id: str, name: str) -> list[dict[str, object]]:
        rng = self.rng
        rows = [
            {
                "id": self.uuid(),
                "member_id": member_id,
                "kind": "phone",
                "label": "рабочий",
                "value": f"+7 9{rng.randrange(10, 99)} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}",
                "position": 0,
                **self.stamps(),
            }
        ]
        if rng.random() < 0.8:
            rows.append(
                {
                    "id": self.uuid(),
                    "member_id": member_id,
                    "kind": "email",
                    "label": "work",
                    "value": f"user{rng.randrange(10**6)}@example-{member_id[:6]}.ru",
                    "position": 1,
                    **self.stamps(),
                }
            )
        return rows

    def family(self, member_id: str, russian: bool) -> list[dict[str, object]]:
        rng = self.rng
        if rng.random() >= 0.25:
            return []
        rows = []
        for position in range(rng.randrange(1, 3)):
            first = rng.choice((RU_FEMALE + RU_MALE) if russian else EN_FIRST)
            rows.append(
                {
                    "id": self.uuid(),
                    "member_id": member_id,
                    "name": first,
                    "relation": rng.choice(RELATIONS),
                    "birthday_day": rng.randrange(1, 29),
                    "birthday_month": rng.randrange(1, 13),
                    "birthday_year": None,
                    "notes": "",
                    "position": position,
                    **self.stamps(),
                }
            )
        return rows

    def interaction(self, client_id: str, russian: bool) -> dict[str, object]:
        rng = self.rng
        occurred = date(2026, 11, 1) - timedelta(days=rng.randrange(3 * 365))
        due = occurred + timedelta(days=rng.randrange(3, 30)) if rng.random() < 0.4 else None
        return {
            "id": self.uuid(),
            "client_id": client_id,
            "occurred_on": occurred,
            "kind": rng.choice(INTERACTION_KINDS),
            "summary": rng.choice(RU_SUMMARIES if russian else EN_SUMMARIES),
            "next_step": ("Подготовить КП" if russian else "Prepare a proposal") if due else "",
            "next_step_due": due,
            **self.stamps(),
        }


def _patronymic(father: str, female: bool) -> str:
    if father == "Пётр":
        stem = "Петров"
    elif father.endswith("ий"):
        stem = father[:-2] + "ьев"  # Григорий → Григорьевич
    elif father.endswith("й"):
        stem = father[:-1] + "ев"  # Сергей → Сергеевич
    else:
        stem = father + "ов"
    return stem + ("на" if female else "ич")


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` spread over ``parts`` buckets at random (every bucket gets at least one)."""
    counts = [1] * parts
    for _ in range(total - parts):
        counts[rng.randrange(parts)] += 1
    return counts


def _chunks(rows: list[dict[str, object]]) -> Iterator[list[dict[str, object]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _fill(conn: Connection, clients: int, members: int, interactions: int, seed: int) -> None:
    from kam_desktop.storage.models import (
        ClientRow,
        ContactRow,
        FamilyRow,
        InteractionRow,
        MemberRow,
        TeamMemberRow,
        interaction_member,
        interaction_team,
    )

    gen = _Gen(seed)
    rng = gen.rng
    conn.execute(
        insert(TeamMemberRow.__table__),
        [
            {
                "id": tid,
                "full_name": name,
                "position": pos,
                "phone": "",
                "email": "",
                **gen.stamps(),
            }
            for tid, name, pos in TEAM
        ],
    )
    # The dossier-bench client is the first; the rest share what remains.
    other_clients = clients - 1
    member_counts = [DOSSIER_MEMBERS, *_split(members - DOSSIER_MEMBERS, other_clients, rng)]
    interaction_counts = [
        DOSSIER_INTERACTIONS,
        *_split(interactions - DOSSIER_INTERACTIONS, other_clients, rng),
    ]
    client_rows, member_rows, contact_rows, family_rows = [], [], [], []
    interaction_rows, links, team_links = [], [], []
    for index in range(clients):
        russian = index == 0 or rng.random() < 0.7
        client_id = DOSSIER_CLIENT_ID if index == 0 else gen.uuid()
        client_rows.append(
            gen.client(client_id, russian, DOSSIER_CLIENT_NAME if index == 0 else None)
        )
        ids = []
        for position in range(member_counts[index]):
            role = ROLES[position] if position < len(ROLES) else rng.choice(ROLES)
            member_id = gen.uuid()
            row = gen.member(member_id, client_id, russian, role)
            member_rows.append(row)
            contact_rows += gen.contacts(member_id, row["full_name"])
            family_rows += gen.family(member_id, russian)
            ids.append(member_id)
        for _ in range(interaction_counts[index]):
            row = gen.interaction(client_id, russian)
            interaction_rows.append(row)
            for member_id in rng.sample(ids, min(len(ids), rng.randrange(1, 3))):
                links.append({"interaction_id": row["id"], "member_id": member_id})
            if rng.random() < 0.3:
                team_links.append(
                    {"interaction_id": row["id"], "team_member_id": rng.choice(TEAM)[0]}
                )
    for table, rows in (
        (ClientRow.__table__, client_rows),
        (MemberRow.__table__, member_rows),
        (ContactRow.__table__, contact_rows),
        (FamilyRow.__table__, family_rows),
        (InteractionRow.__table__, interaction_rows),
        (interaction_member, links),
        (interaction_team, team_links),
    ):
        for chunk in _chunks(rows):
            conn.execute(insert(table), chunk)


def build_bench_db(
    path: str | os.PathLike[str],
    clients: int = 5000,
    members: int = 50000,
    interactions: int = 200000,
    seed: int = 20261127,
) -> Path:
    """Create (or reuse, when already complete) a bench database of this size at ``path``."""
    from kam_desktop.services.database import Database
    from kam_desktop.storage.search_index import rebuild_search_index

    if clients < 1 or members < DOSSIER_MEMBERS + clients - 1:
        raise ValueError("need at least one member per client and 30 for the dossier client")
    if interactions < DOSSIER_INTERACTIONS + clients - 1:
        raise ValueError("need at least one interaction per client and 500 for the dossier client")
    target = Path(path)
    if is_complete(target, clients, members, interactions):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + f".partial-{os.getpid()}")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    db = Database.open(str(partial))
    try:
        with db.engine.begin() as conn:
            _fill(conn, clients, members, interactions, seed)
            rebuild_search_index(conn)
            conn.execute(
                text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                {"k": MARKER_KEY, "v": _marker(clients, members, interactions)},
            )
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.close()
    os.replace(partial, target)  # atomic: a reader never sees a half-built file
    for side in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        side.unlink(missing_ok=True)
    return target


def cached_bench_db(clients: int = 5000, members: int = 50000, interactions: int = 200000) -> Path:
    """The shared cached database of this size, built on first use."""
    return build_bench_db(
        default_cache_path(clients, members, interactions), clients, members, interactions
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("path", help="database file to create (reused if already complete)")
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--members", type=int, default=50000)
    parser.add_argument("--interactions", type=int, default=200000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    path = build_bench_db(args.path, args.clients, args.members, args.interactions)
    size_mb = path.stat().st_size / 1e6
    print(
        f"{path}: {args.clients} clients, {args.members} members, {args.interactions} interactions, "
        f"{size_mb:.0f} MB, {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
