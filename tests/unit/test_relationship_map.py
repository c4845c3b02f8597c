"""The relationship map's layout: a tree by reports-to, kept positions, links, cycles."""

from __future__ import annotations

from kam_desktop.domain.dossier import Member
from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.relationship_map import (
    ATTITUDE_COLOURS,
    LinkKind,
    MemberLink,
    layout_map,
    node_radius,
)


def member(mid: str, boss: str | None = None, influence: int = 3, **kw: object) -> Member:
    return Member(full_name=mid.upper(), id=mid, reports_to_id=boss, influence=influence, **kw)


def test_managers_are_above_their_reports_and_centred_over_them() -> None:
    group = [member("ceo", influence=5), member("cfo", "ceo"), member("cto", "ceo")]
    chart = layout_map(group)
    ceo, cfo, cto = chart.node("ceo"), chart.node("cfo"), chart.node("cto")
    assert ceo.y < cfo.y == cto.y
    assert ceo.x == (cfo.x + cto.x) / 2
    assert {(e.from_id, e.to_id) for e in chart.edges} == {("ceo", "cfo"), ("ceo", "cto")}


def test_size_by_influence_and_colour_by_attitude() -> None:
    chart = layout_map([member("a", influence=5, attitude=Attitude.OPPONENT), member("b", None, 1)])
    assert chart.node("a").radius > chart.node("b").radius == node_radius(1)
    assert chart.node("a").colour == ATTITUDE_COLOURS[Attitude.OPPONENT]


def test_kept_positions_win_over_the_automatic_layout() -> None:
    group = [member("ceo"), member("cfo", "ceo")]
    chart = layout_map(group, kept={"cfo": (12.5, 40.0)})
    assert (chart.node("cfo").x, chart.node("cfo").y) == (12.5, 40.0)
    assert chart.node("cfo").pinned and not chart.node("ceo").pinned


def test_informal_links_are_dashed_and_links_outside_the_group_are_dropped() -> None:
    group = [member("a"), member("b")]
    links = [
        MemberLink("c", "a", "b", LinkKind.INFLUENCES),
        MemberLink("c", "b", "a", LinkKind.FRIENDLY),
        MemberLink("c", "a", "zz", LinkKind.FRIENDLY),
    ]
    edges = layout_map(group, links).edges
    assert [(e.kind, e.dashed, e.directed) for e in edges] == [
        ("influences", True, True),
        ("friendly", True, False),
    ]


def test_a_reports_to_cycle_still_places_everyone() -> None:
    group = [member("a", "b"), member("b", "a"), member("c", "c")]
    chart = layout_map(group)
    assert {n.member_id for n in chart.nodes} == {"a", "b", "c"}
    assert len({(n.x, n.y) for n in chart.nodes}) == 3


def test_many_reports_without_reports_of_their_own_are_stacked_under_their_manager() -> None:
    from kam_desktop.domain.map_geometry import edge_paths
    from kam_desktop.domain.relationship_map import STACK_ROWS

    group = [member("ceo", influence=5)] + [member(f"r{i}", "ceo") for i in range(7)]
    chart = layout_map(group)
    xs = {chart.node(f"r{i}").x for i in range(7)}
    assert len(xs) == 2  # two stacks of at most four, not a row of seven
    rows = sorted({chart.node(f"r{i}").y for i in range(7)})
    assert len(rows) == STACK_ROWS and rows[0] > chart.node("ceo").y
    assert min(xs) < chart.node("ceo").x < max(xs)  # the manager above the middle
    paths = dict((e.to_id, p) for e, p in edge_paths(chart))
    assert all(e.elbow for e in chart.edges)
    assert all(len(paths[f"r{i}"].via) == 2 for i in range(7))  # across, down, across
    # three reports stay a row, with straight lines
    small = layout_map([member("ceo")] + [member(f"r{i}", "ceo") for i in range(3)])
    assert len({small.node(f"r{i}").y for i in range(3)}) == 1
    assert not any(e.elbow for e in small.edges)
