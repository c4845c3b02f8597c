"""The field-by-field comparison behind the change log and the conflict dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kam_desktop.domain.dossier import Client, ContactPoint, Interaction, Member, Tender
from kam_desktop.domain.enums import ContactKind
from kam_desktop.domain.merge_fields import (
    Choice,
    all_choices,
    conflict_of,
    differing_fields,
    merged,
)
from kam_desktop.domain.proposal import FinancialInputs, LineItem, Proposal


def stored_client(**changes) -> Client:
    base = Client(
        name="ПромТех",
        industry="Металлы",
        tenders=[Tender("Насосы", date(2027, 3, 1), id="t1")],
        id="c1",
        version=3,
    )
    return replace(base, **changes)


def test_only_what_a_user_sees_counts() -> None:
    a = stored_client()
    # a form's copy: the tender without its row id, another version, the checklist all unticked
    b = replace(
        a,
        tenders=[Tender("Насосы", date(2027, 3, 1))],
        version=4,
        reliability_checklist={"registry": False},
        annual_revenue=None,
    )
    assert differing_fields(a, b) == []
    assert differing_fields(a, replace(a, annual_revenue=Decimal("1.50"))) == ["annual_revenue"]
    assert (
        differing_fields(
            replace(a, annual_revenue=Decimal("1.5")), replace(a, annual_revenue=Decimal("1.50"))
        )
        == []
    )


def test_lists_of_ids_are_sets_and_other_lists_keep_their_order() -> None:
    meeting = Interaction("c1", date(2026, 12, 1), member_ids=["a", "b"], id="i1")
    assert differing_fields(meeting, replace(meeting, member_ids=["b", "a"])) == []
    assert differing_fields(meeting, replace(meeting, member_ids=["a"])) == ["member_ids"]
    person = Member(
        "Иванов",
        contacts=[ContactPoint(ContactKind.PHONE, "1"), ContactPoint(ContactKind.EMAIL, "x@y.z")],
    )
    swapped = replace(person, contacts=list(reversed(person.contacts)))
    assert differing_fields(person, swapped) == ["contacts"]


def test_the_conflict_lists_the_differing_fields_with_three_way_defaults() -> None:
    base = stored_client()
    mine = replace(base, industry="Химия", region="Урал")  # this user typed two fields
    theirs = replace(base, region="Сибирь", website="promteh.ru", version=4)  # another saved
    conflict = conflict_of(mine, theirs, base)
    assert conflict.fields == ("industry", "region", "website")
    assert conflict.defaults == {
        "industry": Choice.MINE,  # only mine changed it
        "region": Choice.MINE,  # both changed it: mine until chosen otherwise
        "website": Choice.THEIRS,  # I never touched it: their edit survives
    }


def test_the_fields_come_in_the_form_order() -> None:
    base = stored_client()
    conflict = conflict_of(replace(base, website="a", name="Б"), replace(base, version=4), base)
    assert conflict.fields == ("name", "website")


def test_merged_takes_the_chosen_fields_and_the_stored_version() -> None:
    base = stored_client()
    mine = replace(base, industry="Химия", region="Урал")
    theirs = replace(base, region="Сибирь", website="promteh.ru", version=4)
    conflict = conflict_of(mine, theirs, base)
    result = merged(conflict, conflict.defaults)
    assert (result.industry, result.region, result.website, result.version) == (
        "Химия",
        "Урал",
        "promteh.ru",
        4,
    )
    all_theirs = merged(conflict, all_choices(conflict, Choice.THEIRS))
    assert replace(all_theirs, version=0) == replace(theirs, version=0)
    all_mine = merged(conflict, all_choices(conflict, Choice.MINE))
    assert replace(all_mine, version=0) == replace(mine, version=0) and all_mine.version == 4


def test_without_a_base_every_field_starts_as_mine() -> None:
    base = stored_client()
    conflict = conflict_of(replace(base, region="Урал"), replace(base, website="x", version=4))
    assert set(conflict.defaults.values()) == {Choice.MINE}


def test_a_proposal_compares_its_lines_figures_and_tailoring_by_value() -> None:
    line = LineItem("Внедрение", quantity=Decimal("1"), unit_price=Decimal("100.0"))
    base = Proposal(
        "c1",
        date(2026, 12, 1),
        date(2026, 12, 31),
        title="MES",
        line_items=[line],
        financials=FinancialInputs(annual_gain=Decimal("10")),
        tailoring={"joint": {"part:cases": False}},
        id="p1",
        version=3,
    )
    same_values = replace(
        base,
        line_items=[replace(line, unit_price=Decimal("100.00"))],
        tailoring={"joint": {"part:cases": False}},
        version=4,
    )
    assert differing_fields(base, same_values) == []
    mine = replace(base, title="MES-2", tailoring={"joint": {"part:cases": True}})
    theirs = replace(base, line_items=[line, line], financials=FinancialInputs(), version=4)
    conflict = conflict_of(mine, theirs, base)
    assert conflict.fields == ("title", "line_items", "financials", "tailoring")
    assert conflict.defaults == {
        "title": Choice.MINE,
        "line_items": Choice.THEIRS,
        "financials": Choice.THEIRS,
        "tailoring": Choice.MINE,
    }
    saved = merged(conflict, {})
    assert (saved.title, len(saved.line_items), saved.financials.annual_gain) == ("MES-2", 2, None)
    assert saved.tailoring == {"joint": {"part:cases": True}} and saved.version == 4
