"""Composition by role: which parts appear, for whom, and with which figures."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal as D

import pytest

from kam_desktop.documents.composer import ProposalComposer, part_for_role, personal_greeting
from kam_desktop.documents.model import BarChart, DataTable, KeyFigures, Paragraph, Subheading
from kam_desktop.domain.dossier import Client, DmuRole, Member, OurCompany, TeamMember
from kam_desktop.domain.enums import SEEDED_ROLES
from kam_desktop.domain.proposal import (
    ArgumentBlock,
    FinancialInputs,
    LineItem,
    Proposal,
    Referee,
    SimilarProject,
)
from kam_desktop.domain.proposal_context import (
    ProposalContext,
    context_from_json,
    context_to_json,
)

PEOPLE = {
    "executive": Member(
        "Петров Иван Сергеевич", "c1", "Генеральный директор", role_code="executive", id="m-exec"
    ),
    "hr_director": Member(
        "Смирнова Ольга Николаевна",
        "c1",
        "Директор по персоналу",
        role_code="hr_director",
        id="m-hr",
    ),
    "financier": Member(
        "Кузнецов Андрей Викторович", "c1", "Финансовый директор", role_code="financier", id="m-fin"
    ),
    "technical": Member(
        "Волков Сергей Александрович", "c1", "Главный инженер", role_code="technical", id="m-tech"
    ),
    "procurement": Member(
        "Орлова Анна Павловна",
        "c1",
        "Начальник отдела закупок",
        role_code="procurement",
        id="m-proc",
    ),
    "legal": Member("Зайцев Олег Игоревич", "c1", "Юрист", role_code="legal", id="m-legal"),
}


def context(*roles: str, lang: str = "ru", gain: str | None = "1200000") -> ProposalContext:
    proposal = Proposal(
        client_id="c1",
        issue_date=date(2026, 11, 27),
        valid_until=date(2026, 12, 27),
        number="КП-2026-0042",
        language=lang,
        addressee_ids=[PEOPLE[r].id for r in roles],
        line_items=[LineItem("Внедрение", D("2"), "цех", D("300000"), D("10"), D("20"))],
        financials=FinancialInputs(D("5000000"), D(gain) if gain else None, None),
    )
    return ProposalContext(
        proposal=proposal,
        client=Client(
            "УралТяжМаш",
            industry="Машиностроение",
            strategy="Цифровизация цехов",
            weak_points="Старые станки; нехватка операторов",
            growth_areas="Вторая очередь MES",
            buying_process="Через тендер",
            id="c1",
        ),
        addressees=[PEOPLE[r] for r in roles],
        team=[
            TeamMember(
                "Соколова Анна Сергеевна", "Ведущий менеджер", "+7 916 123-45-67", "a@x.ru", "t1"
            )
        ],
        company=OurCompany("ПромТех Решения", phone="+7 495 780-12-34"),
        projects=[
            SimilarProject(
                "АО «СибМаш»",
                "Машиностроение",
                2024,
                "MES в трёх цехах",
                ["Простои −23 %"],
                [
                    Referee(
                        "Гончаров Павел",
                        "Директор по производству",
                        "АО «СибМаш»",
                        "+7 383 211-40-50",
                        "p@sib.ru",
                        True,
                        "r1",
                    ),
                    Referee(
                        "Титова Марина",
                        "Финансовый директор",
                        "АО «СибМаш»",
                        "+7 846 300-12-90",
                        "m@sib.ru",
                        False,
                        "r2",
                    ),
                ],
                id="p1",
            )
        ],
        arguments=[
            ArgumentBlock("Эксклюзивные условия", "Только для вас.", ["executive"], lang, key="e"),
            ArgumentBlock(
                "Люди прежде всего", "Бережное внедрение.", ["hr_director"], lang, key="h"
            ),
            ArgumentBlock(
                "Прозрачная экономика", "Все цифры.", ["financier", "procurement"], lang, key="f"
            ),
            ArgumentBlock("Технические детали", "SLA 99,9 %.", ["technical"], lang, key="t"),
            ArgumentBlock("Договор", "Понятные гарантии.", ["legal"], lang, key="l"),
        ],
        roles=[DmuRole(c, ru, en) for c, ru, en in SEEDED_ROLES],
    )


def texts(section) -> str:
    out = []
    for block in section.blocks:
        if isinstance(block, Paragraph | Subheading):
            out.append(block.text)
        elif isinstance(block, DataTable):
            out += [" ".join(r) for r in block.rows]
    return "\n".join(out)


def compose(ctx, addressee_id=None):
    return ProposalComposer().compose(ctx, addressee_id)


def test_executive_only_gets_no_referees_and_no_figures():
    doc = compose(context("executive"))
    assert doc.section_kinds() == ("understanding", "executive", "pricing", "team")
    everything = "\n".join(texts(s) for s in doc.sections)
    assert "Гончаров" not in everything and "Титова" not in everything
    assert "Эксклюзивные условия" in texts(doc.section("executive"))
    assert "Люди прежде всего" not in everything


def test_hr_director_sees_projects_and_only_consenting_referees():
    doc = compose(context("executive", "hr_director"))
    people = doc.section("people")
    assert people is not None and people.roles == ("hr_director",)
    text = texts(people)
    assert "АО «СибМаш» (Машиностроение, 2024)" in text
    table = next(b for b in people.blocks if isinstance(b, DataTable))
    assert [row[0] for row in table.rows] == ["Гончаров Павел"]
    assert "+7 383 211-40-50" in table.rows[0][2]
    assert "Титова" not in text


def test_financier_gets_payback_and_roi_figures_and_a_chart():
    # investment = 2 × 300 000 − 10 % = 540 000 (excl. VAT); gain 1 200 000 per year
    doc = compose(context("financier"))
    figures = doc.section("figures")
    assert doc.section("people") is None and doc.section("executive") is None
    key = next(b for b in figures.blocks if isinstance(b, KeyFigures))
    values = dict((caption, value) for value, caption in key.items)
    assert values["срок окупаемости"] == "5,4 мес."  # 540 000 / 1 200 000 × 12
    assert values["ROI за первый год"] == "122,2\u00a0%"  # (1.2 − 0.54) / 0.54
    assert values["ROI за три года"] == "566,7\u00a0%"  # (3.6 − 0.54) / 0.54
    chart = next(b for b in figures.blocks if isinstance(b, BarChart))
    assert chart.categories == ("1-й год", "2-й год", "3-й год")
    assert chart.series[1].values == (D("1200000.00"), D("2400000.00"), D("3600000.00"))
    assert chart.series[0].values == (D("540000.00"),) * 3


def test_technical_specialist_shares_the_figures_part_with_statistics():
    doc = compose(context("technical"))
    figures = doc.section("figures")
    assert figures.roles == ("technical",)
    text = texts(figures)
    assert "Технические детали" in text and "Прозрачная экономика" not in text
    assert "Простои −23 %" in text  # results of similar projects as statistics


def test_figures_part_without_gain_has_no_chart():
    doc = compose(context("financier", gain=None))
    assert not any(isinstance(b, BarChart) for b in doc.section("figures").blocks)


def test_other_roles_map_to_figures_or_general():
    assert part_for_role("procurement") == "figures"
    assert part_for_role("legal") == "general"
    assert part_for_role("custom_1234abcd") == "general"
    doc = compose(context("procurement", "legal"))
    assert doc.section_kinds() == ("understanding", "figures", "general", "pricing", "team")
    assert "Договор" in texts(doc.section("general"))


def test_all_four_roles_in_order_and_validity_last():
    doc = compose(context("technical", "financier", "hr_director", "executive"))
    assert doc.section_kinds() == (
        "understanding",
        "executive",
        "people",
        "figures",
        "pricing",
        "team",
    )
    assert doc.validity == "Предложение действительно до 27 декабря 2026 г."
    assert doc.greeting == "Уважаемые коллеги!"
    assert doc.recipients[0] == "Волков Сергей Александрович, Главный инженер"


def test_per_addressee_variant_greets_the_person_and_leads_with_their_part():
    ctx = context("executive", "hr_director", "financier")
    doc = compose(ctx, "m-fin")
    assert doc.greeting == "Уважаемый Андрей Викторович!"
    assert doc.recipients == ("Кузнецов Андрей Викторович, Финансовый директор",)
    assert doc.section_kinds()[0] == "figures"
    assert set(doc.section_kinds()) == {
        "understanding",
        "executive",
        "people",
        "figures",
        "pricing",
        "team",
    }
    assert compose(ctx, "m-hr").greeting == "Уважаемая Ольга Николаевна!"


def test_english_proposal():
    doc = compose(context("executive", lang="en"))
    assert doc.validity == "This offer is valid until 27 December 2026."
    assert doc.page_label == "Page {page} of {pages}"
    pricing = doc.section("pricing")
    assert not any("words" in p.text for p in pricing.blocks if isinstance(p, Paragraph))
    assert doc.title == "Commercial proposal"


def test_russian_pricing_has_total_in_words():
    pricing = compose(context("executive")).section("pricing")
    table = pricing.blocks[0]
    assert table.footer[-1] == ("Всего с НДС, руб.", "648\u00a0000,00")
    words = [b.text for b in pricing.blocks if isinstance(b, Paragraph) and b.style == "emphasis"]
    assert words == ["Всего к оплате: Шестьсот сорок восемь тысяч рублей 00 копеек."]


@pytest.mark.parametrize(
    ("name", "greeting"),
    [
        ("Петров Иван Сергеевич", "Уважаемый Иван Сергеевич!"),
        ("Ольга Николаевна Смирнова", "Уважаемая Ольга Николаевна!"),
        ("Никита Ильич Котов", "Уважаемый Никита Ильич!"),
        ("John Smith", "Здравствуйте, John Smith!"),
    ],
)
def test_russian_greeting(name, greeting):
    assert personal_greeting(name, "ru") == greeting


def test_composition_is_deterministic_and_snapshot_round_trips():
    ctx = context("executive", "hr_director", "financier", "technical")
    again = context_from_json(context_to_json(ctx))
    assert compose(again) == compose(ctx)
    assert dataclasses.is_dataclass(compose(ctx))
    with pytest.raises(dataclasses.FrozenInstanceError):
        compose(ctx).title = "x"  # type: ignore[misc]
