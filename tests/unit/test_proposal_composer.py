"""Composition by role: which parts appear, for whom, and with which figures."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal as D

import pytest

from kam_desktop.documents.composer import ProposalComposer, part_for_role, prose_blocks
from kam_desktop.documents.model import (
    BarChart,
    Bullets,
    DataTable,
    FieldList,
    KeyFigures,
    Paragraph,
    Requisites,
    Subheading,
)
from kam_desktop.domain.dossier import Client, DmuRole, Member, OurCompany, TeamMember
from kam_desktop.domain.enums import SEEDED_ROLES, Attitude, Gender
from kam_desktop.domain.names import greeting, short_name
from kam_desktop.domain.proposal import (
    ArgumentBlock,
    ArgumentKind,
    ArgumentTag,
    FinancialInputs,
    LineItem,
    Proposal,
    Referee,
    SimilarProject,
    VatMode,
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


def context(
    *roles: str, lang: str = "ru", gain: str | None = "1200000", people=None
) -> ProposalContext:
    people = people or PEOPLE
    proposal = Proposal(
        client_id="c1",
        issue_date=date(2026, 11, 27),
        valid_until=date(2026, 12, 27),
        number="КП-2026-0042",
        language=lang,
        addressee_ids=[people[r].id for r in roles],
        line_items=[LineItem("Внедрение", D("2"), "цех", D("300000"), D("10"), D("20"))],
        financials=FinancialInputs(D("5000000"), D(gain) if gain else None, None),
        business_understanding="Вы модернизируете цеха.\n\nМы учли опыт первой очереди.",
        goals="- запустить MES\n- обучить операторов",
        payment_terms="Аванс 30 %",
        signatory_id="t1",
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
        addressees=[people[r] for r in roles],
        team=[
            TeamMember(
                "Соколова Анна Сергеевна", "Ведущий менеджер", "+7 916 123-45-67", "a@x.ru", "t1"
            )
        ],
        company=OurCompany(
            "ПромТех Решения",
            legal_name="ООО «ПромТех Решения»",
            phone="+7 495 780-12-34",
            inn="7714123456",
            kpp="771401001",
            bik="044525225",
            settlement_account="40702810938000123456",
        ),
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
            ArgumentBlock(
                "Надёжность", "Работаем без остановок.", [], lang, key="v-rel", tags=["reliability"]
            ),
            ArgumentBlock("Бюджет", "Цена зафиксирована.", [], lang, key="v-cost", tags=["cost"]),
            ArgumentBlock(
                "«Дорого»",
                "Окупается за год.",
                [],
                lang,
                key="o-cost",
                kind=ArgumentKind.OBJECTION,
                tags=["cost"],
            ),
        ],
        roles=[DmuRole(c, ru, en) for c, ru, en in SEEDED_ROLES],
        tags=TAGS,
        signatory=TeamMember("Соколова Анна Сергеевна", "Ведущий менеджер", id="t1"),
    )


TAGS = [
    ArgumentTag("reliability", "надёжность", "reliability", ["надежн", "reliab"]),
    ArgumentTag("cost", "цена", "cost", ["бюджет", "стоимост", "budget", "cost"]),
]


def texts(section) -> str:
    out = []
    for block in section.blocks:
        if isinstance(block, Paragraph | Subheading):
            out.append(block.text)
        elif isinstance(block, Bullets):
            out += block.items
        elif isinstance(block, DataTable):
            out += [" ".join(r) for r in block.rows]
    return "\n".join(out)


def everything(doc) -> str:
    return "\n".join(texts(s) for s in doc.sections)


def compose(ctx, addressee_id=None):
    return ProposalComposer().compose(ctx, addressee_id)


def with_people(**changes):
    """PEOPLE with some members changed (values, attitude, concerns…)."""
    people = dict(PEOPLE)
    for role, fields in changes.items():
        people[role] = dataclasses.replace(PEOPLE[role], **fields)
    return people


ENDING = ("pricing", "terms", "team", "requisites")


def test_executive_only_gets_no_referees_and_no_figures():
    doc = compose(context("executive"))
    assert doc.section_kinds() == ("understanding", "executive", *ENDING)
    assert "Гончаров" not in everything(doc) and "Титова" not in everything(doc)
    assert "Эксклюзивные условия" in texts(doc.section("executive"))
    assert "Люди прежде всего" not in everything(doc)


def test_understanding_prints_the_proposal_texts_only():
    doc = compose(context("executive"))
    text = texts(doc.section("understanding"))
    assert "Вы модернизируете цеха." in text and "обучить операторов" in text
    for internal in ("Цифровизация цехов", "Старые станки", "Вторая очередь MES", "Через тендер"):
        assert internal not in everything(doc)  # the client's dossier notes


def test_no_understanding_section_without_client_facing_texts():
    ctx = context("executive")
    ctx.proposal.business_understanding = ctx.proposal.goals = " "
    assert compose(ctx).section("understanding") is None


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
    finance = doc.section("finance")
    assert doc.section("people") is None and doc.section("executive") is None
    key = next(b for b in finance.blocks if isinstance(b, KeyFigures))
    values = dict((caption, value) for value, caption in key.items)
    assert values["срок окупаемости"] == "5,4 мес."  # 540 000 / 1 200 000 × 12
    assert values["ROI за первый год"] == "122,2\u00a0%"  # (1.2 − 0.54) / 0.54
    assert values["ROI за три года"] == "566,7\u00a0%"  # (3.6 − 0.54) / 0.54
    chart = next(b for b in finance.blocks if isinstance(b, BarChart))
    assert chart.categories == ("1-й год", "2-й год", "3-й год")
    assert chart.series[1].values == (D("1200000.00"), D("2400000.00"), D("3600000.00"))
    assert chart.series[0].values == (D("540000.00"),) * 3


def test_technical_specialist_gets_statistics_and_the_result_without_a_chart():
    doc = compose(context("technical"))
    technical = doc.section("technical")
    assert technical.roles == ("technical",) and doc.section("finance") is None
    text = texts(technical)
    assert "Технические детали" in text and "Прозрачная экономика" not in text
    assert "Простои −23 %" in text  # results of similar projects as statistics
    assert any(isinstance(b, KeyFigures) for b in technical.blocks)
    assert not any(isinstance(b, BarChart) for b in technical.blocks)


def test_financier_and_technical_share_the_figures_without_repeating_them():
    doc = compose(context("financier", "technical"))
    finance, technical = doc.section("finance"), doc.section("technical")
    assert any(isinstance(b, KeyFigures) for b in finance.blocks)
    assert not any(isinstance(b, KeyFigures) for b in technical.blocks)
    assert "Простои −23 %" in texts(technical) and "Простои −23 %" not in texts(finance)


def test_finance_part_without_gain_has_no_chart():
    doc = compose(context("financier", gain=None))
    assert not any(isinstance(b, BarChart) for b in doc.section("finance").blocks)


def test_other_roles_map_to_finance_or_general():
    assert part_for_role("procurement") == "finance"
    assert part_for_role("legal") == "general"
    assert part_for_role("custom_1234abcd") == "general"
    doc = compose(context("procurement", "legal"))
    assert doc.section_kinds() == ("understanding", "finance", "general", *ENDING)
    assert "Договор" in texts(doc.section("general"))


def test_all_four_roles_in_order_and_validity_last():
    doc = compose(context("technical", "financier", "hr_director", "executive"))
    assert doc.section_kinds() == (
        "understanding",
        "executive",
        "people",
        "finance",
        "technical",
        *ENDING,
    )
    assert doc.validity == "Предложение действительно до 27 декабря 2026 г."
    assert doc.greeting == "Уважаемые коллеги!"
    assert doc.recipients[0] == "УралТяжМаш"  # the client's (legal) name first
    assert doc.recipients[1] == "Волков Сергей Александрович, Главный инженер"


def test_per_addressee_variant_leads_with_their_part_and_leaves_out_the_others():
    ctx = context("executive", "hr_director", "financier", "technical")
    doc = compose(ctx, "m-fin")
    assert doc.greeting == "Уважаемый Андрей Викторович!"
    assert doc.recipients == ("УралТяжМаш", "Кузнецов Андрей Викторович, Финансовый директор")
    assert doc.section_kinds() == ("finance", "understanding", *ENDING)
    assert "Эксклюзивные условия" not in everything(doc)
    assert "Гончаров" not in everything(doc)
    assert compose(ctx, "m-hr").greeting == "Уважаемая Ольга Николаевна!"
    kinds = {m: compose(ctx, m).section_kinds()[0] for m in ctx.proposal.addressee_ids}
    assert kinds == {
        "m-exec": "executive",
        "m-hr": "people",
        "m-fin": "finance",
        "m-tech": "technical",
    }


def test_recipients_never_show_the_internal_role():
    people = with_people(legal={"position": "", "role_code": "gatekeeper"})
    doc = compose(context("legal", people=people))
    assert doc.recipients == ("УралТяжМаш", "Зайцев Олег Игоревич")


def test_arguments_follow_the_persons_values():
    people = with_people(financier={"values": "Надёжность поставок"})
    doc = compose(context("financier", people=people), "m-fin")
    text = texts(doc.section("finance"))
    assert "Надёжность" in text and "Работаем без остановок." in text
    assert "Цена зафиксирована." not in text  # cost: nothing about it in this dossier
    other = compose(context("financier"), "m-fin")
    assert "Работаем без остановок." not in texts(other.section("finance"))


def test_a_sceptic_gets_answers_to_the_concerns_recorded_for_them():
    people = with_people(financier={"attitude": Attitude.SCEPTIC, "concerns": "выход за бюджет"})
    doc = compose(context("executive", "financier", people=people), "m-fin")
    concerns = doc.section("concerns")
    assert concerns is not None and "Окупается за год." in texts(concerns)
    assert doc.section_kinds().index("concerns") < doc.section_kinds().index("pricing")
    assert (
        compose(context("executive", "financier", people=people), "m-exec").section("concerns")
        is None
    )
    supporter = with_people(financier={"concerns": "выход за бюджет"})
    assert compose(context("financier", people=supporter), "m-fin").section("concerns") is None


def test_the_kam_switches_blocks_and_parts_per_edition():
    ctx = context("executive", "financier")
    ctx.proposal.tailoring = {"m-fin": {"f": False, "part:executive": True}}
    doc = compose(ctx, "m-fin")
    assert "Прозрачная экономика" not in everything(doc)
    assert doc.section_kinds()[0] == "finance" and "executive" in doc.section_kinds()
    joint = compose(ctx)  # the joint edition keeps its own choice
    assert "Прозрачная экономика" in everything(joint)


def test_pricing_with_vat_on_top():
    pricing = compose(context("executive")).section("pricing")
    table = pricing.blocks[0]
    assert table.header[-2:] == ("Ставка НДС", "Сумма, руб.")
    assert table.rows[0][-1] == "540\u00a0000,00"  # net of VAT
    assert table.footer[-3:] == (
        ("Итого без НДС", "540\u00a0000,00"),
        ("НДС 20\u00a0%", "108\u00a0000,00"),
        ("Всего к оплате, руб.", "648\u00a0000,00"),
    )
    words = [b.text for b in pricing.blocks if isinstance(b, Paragraph)]
    assert "Всего наименований 1, на сумму 648\u00a0000,00\u00a0руб." in words
    assert "Шестьсот сорок восемь тысяч рублей 00 копеек." in words
    assert (
        "Цены указаны без НДС; НДС начисляется сверху по ставке, указанной в каждой строке."
        in words
    )


def test_pricing_with_vat_included():
    ctx = context("executive")
    ctx.proposal.vat_mode = VatMode.INCLUDED
    table = compose(ctx).section("pricing").blocks[0]
    # 540 000 including VAT 20 %: VAT = 540 000 × 20 / 120 = 90 000
    assert table.rows[0][-1] == "540\u00a0000,00"
    assert table.footer[-3:] == (
        ("Итого", "540\u00a0000,00"),
        ("В том числе НДС 20\u00a0%", "90\u00a0000,00"),
        ("Всего к оплате, руб.", "540\u00a0000,00"),
    )
    assert "Цена с НДС, руб." in table.header


def test_pricing_without_vat_states_the_reason():
    ctx = context("executive")
    ctx.proposal.vat_mode = VatMode.WITHOUT
    ctx.proposal.vat_exempt_reason = "УСН, ст. 346.11 НК РФ"
    pricing = compose(ctx).section("pricing")
    table = pricing.blocks[0]
    assert "Ставка НДС" not in table.header and len(table.rows[0]) == len(table.header) == 7
    assert table.footer[-2:] == (
        ("НДС", "не облагается"),
        ("Всего к оплате, руб.", "540\u00a0000,00"),
    )
    notes = [b.text for b in pricing.blocks if isinstance(b, Paragraph) and b.style == "note"]
    assert notes == ["НДС не облагается: УСН, ст. 346.11 НК РФ."]


def test_terms_requisites_and_signature():
    doc = compose(context("executive"))
    terms = doc.section("terms").blocks[0]
    assert isinstance(terms, FieldList) and terms.rows == (("Условия оплаты", "Аванс 30 %"),)
    requisites = doc.section("requisites").blocks[0]
    assert isinstance(requisites, Requisites)
    ours, theirs = requisites.parties
    assert ours.heading == "Исполнитель" and ours.name == "ООО «ПромТех Решения»"
    assert ("ИНН", "7714123456") in ours.rows and ("БИК", "044525225") in ours.rows
    assert theirs.heading == "Заказчик"
    assert doc.signature.name == "Соколова А. С." and doc.signature.position == "Ведущий менеджер"
    assert doc.signature.stamp_label == "М. П."
    ctx = context("executive")
    ctx.signatory = None
    assert compose(ctx).signature is None


def test_english_proposal():
    doc = compose(context("executive", lang="en"))
    assert doc.validity == "This offer is valid until 27 December 2026."
    assert doc.page_label == "Page {page} of {pages}"
    assert doc.reference == "Ref. No. КП-2026-0042 of 27 November 2026"
    pricing = compose(context("executive", lang="en")).section("pricing")
    paragraphs = [p.text for p in pricing.blocks if isinstance(p, Paragraph)]
    assert "Total items: 1, for the amount of 648,000.00\u00a0RUB." in paragraphs
    assert not any("рубл" in p for p in paragraphs)  # no Russian amount in words
    assert doc.title == "Commercial proposal"
    assert doc.greeting == "Dear Mr Петров,"  # one addressee: greeted by name
    assert compose(context("executive", "financier", lang="en")).greeting == "Dear colleagues,"


@pytest.mark.parametrize(
    ("name", "gender", "ru", "en"),
    [
        ("Петров Иван Сергеевич", Gender.AUTO, "Уважаемый Иван Сергеевич!", "Dear Mr Петров,"),
        (
            "Ольга Николаевна Смирнова",
            Gender.AUTO,
            "Уважаемая Ольга Николаевна!",
            "Dear Ms Смирнова,",
        ),
        ("Котов Никита Ильич", Gender.AUTO, "Уважаемый Никита Ильич!", "Dear Mr Котов,"),
        (
            "Мамедова Айгюн Эльчин кызы",
            Gender.AUTO,
            "Уважаемая Айгюн Эльчин кызы!",
            "Dear Ms Мамедова,",
        ),
        ("Саша Валентинович Лис", Gender.FEMALE, "Уважаемая Саша Валентинович!", "Dear Ms Лис,"),
        ("John Smith", Gender.AUTO, "Здравствуйте, John Smith!", "Dear John Smith,"),
        ("John Smith", Gender.MALE, "Уважаемый John Smith!", "Dear John Smith,"),
        ("Бабич Олег", Gender.AUTO, "Здравствуйте, Бабич Олег!", "Dear Бабич Олег,"),
    ],
)
def test_greeting_by_first_name_and_patronymic(name, gender, ru, en):
    assert greeting(name, "ru", gender) == ru
    assert greeting(name, "en", gender) == en


def test_short_names_for_signatures_and_file_names():
    assert short_name("Соколова Анна Сергеевна") == "Соколова А. С."
    assert short_name("Анна Сергеевна Соколова") == "Соколова А. С."
    assert short_name("John  Smith") == "John Smith"


def test_prose_keeps_paragraphs_and_bullets():
    blocks = prose_blocks("Первый абзац\nпродолжение.\n\n- один\n• два")
    assert blocks == (Paragraph("Первый абзац\nпродолжение."), Bullets(("один", "два")))


def test_composition_is_deterministic_and_snapshot_round_trips():
    people = with_people(financier={"attitude": Attitude.SCEPTIC, "concerns": "бюджет"})
    ctx = context("executive", "hr_director", "financier", "technical", people=people)
    ctx.proposal.tailoring = {"m-exec": {"e": False}}
    again = context_from_json(context_to_json(ctx))
    assert compose(again) == compose(ctx)
    for member in ctx.addressees:
        assert compose(again, member.id) == compose(ctx, member.id)
    assert dataclasses.is_dataclass(compose(ctx))
    with pytest.raises(dataclasses.FrozenInstanceError):
        compose(ctx).title = "x"  # type: ignore[misc]


def test_a_release_1_snapshot_still_renders():
    """Sent revisions frozen by release 1 (snapshot format 1) load with the new defaults."""
    import json

    data = json.loads(context_to_json(context("executive", "financier")))
    data["format"] = 1
    for key in ("tags", "signatory"):
        data.pop(key)
    for key in (
        "business_understanding",
        "goals",
        "vat_mode",
        "vat_exempt_reason",
        "payment_terms",
        "delivery_terms",
        "warranty",
        "signatory_id",
        "tailoring",
        "issued_at",
    ):
        data["proposal"].pop(key)
    for person in data["addressees"]:
        for key in ("values", "decision_style", "concerns", "attitude", "gender"):
            person.pop(key)
    for block in data["arguments"]:
        block.pop("kind")
        block.pop("tags")
    old = context_from_json(json.dumps(data))
    assert old.proposal.vat_mode == VatMode.ON_TOP and old.signatory is None
    doc = compose(old, "m-fin")
    assert doc.section_kinds()[0] == "finance" and doc.signature is None
