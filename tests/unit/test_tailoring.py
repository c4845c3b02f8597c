"""How each edition's parts and blocks are chosen from role, values and concerns — and why."""

from __future__ import annotations

import dataclasses

from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.proposal import ArgumentBlock, ArgumentKind, ArgumentTag
from kam_desktop.domain.tailoring import (
    MAX_VALUE_BLOCKS,
    ReasonKind,
    concern_profile,
    plan_edition,
    recognise,
    value_profile,
)
from kam_desktop.services.library import default_tags
from tests.unit.test_proposal_composer import PEOPLE, context, with_people

TAGS = default_tags()


def reasons(choice) -> list[str]:
    return [r.text("ru") for r in choice.reasons]


def test_keywords_match_word_beginnings_case_and_yo_insensitive():
    found = recognise("НАДЁЖНОСТЬ поставок; надежный партнёр", TAGS, "values")
    assert found["reliability"].words == ("НАДЁЖНОСТЬ", "надежный")
    assert "reliability" not in recognise("ненадёжно", TAGS, "values")  # not a word beginning
    assert "cost" not in recognise("ценит статус", TAGS, "values")  # «ценит» is not a price


def test_a_keyword_of_several_words_matches_the_phrase():
    found = recognise("Важно внимание Первого Лица поставщика", TAGS, "decision_style")
    assert found["prestige"].words == ("Первого Лица",)


def test_the_shipped_tags_read_the_demo_dossier_as_a_kam_would():
    petrov = dataclasses.replace(
        PEOPLE["executive"],
        values="репутация завода, надёжность, импортозамещение, слово руководителя",
        decision_style="Решает сам после техсовета; ценит статус и эксклюзивные условия",
    )
    assert set(value_profile(petrov, TAGS)) == {"prestige", "reliability", "sovereignty"}
    kuznetsov = dataclasses.replace(
        PEOPLE["financier"],
        concerns="Сомневается, что проект окупится; опасается выхода за бюджет; пилот затянулся",
    )
    assert set(concern_profile(kuznetsov, TAGS)) == {"cost", "speed"}


def test_values_outrank_the_decision_style_in_the_explanation():
    person = dataclasses.replace(
        PEOPLE["financier"], values="бюджет", decision_style="считает стоимость владения"
    )
    assert value_profile(person, TAGS)["cost"].source == "values"


def test_role_blocks_come_first_then_matching_value_blocks():
    people = with_people(financier={"values": "надёжность"})
    ctx = context("financier", people=people)
    part = plan_edition(ctx, "m-fin", "ru").part("finance")
    included = [b.title for b in part.included_blocks()]
    assert included == ["Прозрачная экономика", "Надёжность"]
    assert reasons(part.included_blocks()[0]) == ["роль: финансист"]
    assert reasons(part.included_blocks()[1]) == ["ценности: «надёжность»"]
    left_out = [b for b in part.blocks if not b.included]
    assert [b.title for b in left_out] == ["Бюджет"]
    assert left_out[0].reasons[0].kind == ReasonKind.NO_MATCH


def test_value_blocks_are_limited_per_part():
    tags = [ArgumentTag(f"t{i}", f"тема{i}", f"topic{i}", [f"слово{i}"]) for i in range(5)]
    ctx = context(
        "financier", people=with_people(financier={"values": "слово0 слово1 слово2 слово3 слово4"})
    )
    ctx.tags = tags
    ctx.arguments = [
        ArgumentBlock(f"Блок {i}", "Текст.", [], "ru", key=f"b{i}", tags=[f"t{i}"])
        for i in range(5)
    ]
    part = plan_edition(ctx, "m-fin").part("finance")
    assert len(part.included_blocks()) == MAX_VALUE_BLOCKS
    limited = [b for b in part.blocks if not b.included]
    assert all(b.reasons[-1].kind == ReasonKind.LIMIT for b in limited)


def test_one_block_appears_once_in_the_joint_edition():
    ctx = context("technical", "legal")
    ctx.arguments.append(
        ArgumentBlock("Безопасность", "Текст.", ["technical", "legal"], "ru", key="sec")
    )
    plan = plan_edition(ctx)
    technical = [b.key for b in plan.part("technical").included_blocks()]
    general = plan.part("general")
    assert "sec" in technical
    duplicate = next(b for b in general.blocks if b.key == "sec")
    assert not duplicate.included and duplicate.reasons[0].kind == ReasonKind.USED_ELSEWHERE


def test_a_variant_explains_the_parts_it_leaves_out():
    plan = plan_edition(context("executive", "hr_director"), "m-exec", "ru")
    people = plan.part("people")
    assert not people.included and reasons(people) == [
        "аргументы для другой роли: директор по персоналу"
    ]
    assert [p.kind for p in plan.included_parts()] == ["executive"]


def test_answers_to_concerns_in_the_joint_edition_name_the_sceptic_for_the_kam():
    people = with_people(financier={"attitude": Attitude.OPPONENT, "concerns": "бюджет"})
    plan = plan_edition(context("executive", "financier", people=people), None, "ru")
    concerns = plan.part("concerns")
    assert concerns.included
    block = concerns.included_blocks()[0]
    assert reasons(block) == [
        "отношение: Кузнецов Андрей Викторович — противник",
        "опасения: «бюджет»",
    ]


def test_no_concerns_part_without_recorded_concerns_and_it_says_why():
    people = with_people(financier={"attitude": Attitude.SCEPTIC})
    part = plan_edition(context("financier", people=people), "m-fin", "ru").part("concerns")
    assert not part.included
    assert reasons(part) == ["не записаны опасения, на которые есть ответ в библиотеке"]


def test_switches_override_the_rules_and_say_so():
    ctx = context("executive", "financier")
    ctx.proposal.tailoring = {"m-exec": {"e": False, "part:finance": True}}
    plan = plan_edition(ctx, "m-exec", "en")
    executive = plan.part("executive")
    switched = next(b for b in executive.blocks if b.key == "e")
    assert not switched.included and switched.automatic
    assert switched.reasons[-1].text("en") == "switched off by you"
    finance = plan.part("finance")
    assert finance.included and not finance.automatic
    assert finance.reasons[-1].text("en") == "switched on by you"
    assert [b.title for b in finance.included_blocks()] == ["Прозрачная экономика"]


def test_objection_blocks_never_appear_among_arguments():
    ctx = context("financier", people=with_people(financier={"values": "бюджет"}))
    part = plan_edition(ctx, "m-fin").part("finance")
    assert all(b.kind == ArgumentKind.ARGUMENT for b in part.blocks)
