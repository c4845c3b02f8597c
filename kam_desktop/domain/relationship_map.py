"""The relationship map of a decision group: an org chart by reports-to, plus informal links.

One layout serves every drawing of the map (the window's ``QGraphicsView``, the PNG and PDF the
command line writes): ``layout_map`` places each member on a tree by their manager — roots on
top, each subtree as wide as its leaves — and a position the KAM dragged a node to wins over
the automatic one. Nodes are coloured by attitude and sized by influence (``node_radius``);
reporting lines are drawn solid and informal links ("influences", "friendly with") dashed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kam_desktop.domain.dossier import Member, Record
from kam_desktop.domain.enums import Attitude

COLUMN_WIDTH = 190.0  # room for a label of a name and a position under each node
ROW_HEIGHT = 150.0
MARGIN = 70.0
MIN_RADIUS = 16.0
RADIUS_PER_INFLUENCE = 6.0
# A manager with this many reports and none of them managing anyone gets them stacked in
# columns of at most STACK_ROWS under them (a wide row of 30 leaves is unreadable on a page).
STACK_FROM = 4
STACK_ROWS = 4

# Fill colours by attitude: a sceptic is amber, not red, so an opponent stands out.
ATTITUDE_COLOURS: dict[Attitude, str] = {
    Attitude.SUPPORTER: "#43a047",
    Attitude.NEUTRAL: "#90a4ae",
    Attitude.SCEPTIC: "#f9a825",
    Attitude.OPPONENT: "#e53935",
}
REPORTING_LINE_COLOUR = "#546e7a"
LINK_COLOURS: dict[str, str] = {"influences": "#8e24aa", "friendly": "#1e88e5"}


class LinkKind(StrEnum):
    INFLUENCES = "influences"  # the first one sways the second one's opinion
    FRIENDLY = "friendly"  # friendly with each other (no direction)


@dataclass(slots=True)
class MemberLink(Record):
    """An informal link between two members of one client's group."""

    client_id: str
    from_member_id: str
    to_member_id: str
    kind: LinkKind = LinkKind.INFLUENCES
    id: str | None = None


@dataclass(frozen=True, slots=True)
class MapNode:
    member_id: str
    x: float  # centre
    y: float
    radius: float
    colour: str
    name: str
    position: str
    role_code: str
    pinned: bool  # the KAM placed it (a kept position), not the automatic layout


@dataclass(frozen=True, slots=True)
class MapEdge:
    from_id: str
    to_id: str
    kind: str  # "reports_to" or a LinkKind value
    colour: str
    dashed: bool
    directed: bool
    link_id: str | None = None  # an informal link's id (the GUI removes it by this)
    elbow: bool = False  # to a stacked report: down a line beside the stack, then across


@dataclass(frozen=True, slots=True)
class RelationshipMap:
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    width: float
    height: float

    def node(self, member_id: str) -> MapNode:
        return next(n for n in self.nodes if n.member_id == member_id)


def node_radius(influence: int) -> float:
    return MIN_RADIUS + RADIUS_PER_INFLUENCE * max(1, min(influence, 5))


def _children(members: Sequence[Member]) -> tuple[list[Member], dict[str, list[Member]]]:
    """Roots and each member's reports; a manager outside the group or a cycle makes a root."""
    ids = {m.id for m in members}
    children: dict[str, list[Member]] = {}
    roots: list[Member] = []
    for m in members:
        if m.reports_to_id in ids and m.reports_to_id != m.id:
            children.setdefault(m.reports_to_id or "", []).append(m)
        else:
            roots.append(m)
    reachable: set[str] = set()
    stack = [m.saved_id for m in roots]
    while stack:
        current = stack.pop()
        if current not in reachable:
            reachable.add(current)
            stack += [c.saved_id for c in children.get(current, [])]
    for m in members:  # members on a reports-to cycle: its first one becomes a root
        if m.saved_id not in reachable:
            roots.append(m)
            for siblings in children.values():
                if m in siblings:
                    siblings.remove(m)
            stack = [m.saved_id]
            while stack:
                current = stack.pop()
                if current not in reachable:
                    reachable.add(current)
                    stack += [c.saved_id for c in children.get(current, [])]
    return roots, children


def _tree_positions(members: Sequence[Member]) -> tuple[dict[str, tuple[float, float]], set[str]]:
    """Centres by member id, and the ids placed in a stack under their manager."""
    roots, children = _children(members)
    positions: dict[str, tuple[float, float]] = {}
    stacked: set[str] = set()
    next_column = 0.0

    def at(column: float, row: float) -> tuple[float, float]:
        return MARGIN + column * COLUMN_WIDTH + COLUMN_WIDTH / 2, MARGIN + row * ROW_HEIGHT

    def place(member: Member, depth: int) -> float:
        nonlocal next_column
        reports = children.get(member.saved_id, [])
        leaves = all(not children.get(r.saved_id) for r in reports)
        if not reports:
            column = next_column
            next_column += 1
        elif leaves and len(reports) >= STACK_FROM:
            first = next_column
            for i, report in enumerate(reports):
                positions[report.saved_id] = at(first + i // STACK_ROWS, depth + 1 + i % STACK_ROWS)
                stacked.add(report.saved_id)
            stacks = (len(reports) + STACK_ROWS - 1) // STACK_ROWS
            next_column += stacks
            column = first + (stacks - 1) / 2
        else:
            columns = [place(child, depth + 1) for child in reports]
            column = (columns[0] + columns[-1]) / 2
        positions[member.saved_id] = at(column, depth)
        return column

    for root in sorted(roots, key=lambda m: (-m.influence, m.full_name.casefold())):
        place(root, 0)
    return positions, stacked


def layout_map(
    members: Sequence[Member],
    links: Iterable[MemberLink] = (),
    kept: Mapping[str, tuple[float, float]] | None = None,
) -> RelationshipMap:
    """Nodes and edges of a group; ``kept`` positions (member id → centre) win over the tree."""
    saved = [m for m in members if m.id is not None]
    positions, stacked = _tree_positions(saved)
    kept = kept or {}
    nodes = []
    for m in saved:
        x, y = kept.get(m.saved_id, positions[m.saved_id])
        nodes.append(
            MapNode(
                m.saved_id,
                x,
                y,
                node_radius(m.influence),
                ATTITUDE_COLOURS.get(m.attitude, ATTITUDE_COLOURS[Attitude.NEUTRAL]),
                m.full_name,
                m.position,
                m.role_code,
                m.saved_id in kept,
            )
        )
    ids = {m.saved_id for m in saved}
    edges = [
        MapEdge(
            m.reports_to_id or "",
            m.saved_id,
            "reports_to",
            REPORTING_LINE_COLOUR,
            False,
            True,
            elbow=m.saved_id in stacked,
        )
        for m in saved
        if m.reports_to_id in ids and m.reports_to_id != m.id
    ]
    for link in links:
        if link.from_member_id in ids and link.to_member_id in ids:
            edges.append(
                MapEdge(
                    link.from_member_id,
                    link.to_member_id,
                    link.kind.value,
                    LINK_COLOURS.get(link.kind.value, REPORTING_LINE_COLOUR),
                    True,
                    link.kind == LinkKind.INFLUENCES,
                    link.id,
                )
            )
    width = max((n.x + COLUMN_WIDTH / 2 for n in nodes), default=COLUMN_WIDTH) + MARGIN / 2
    height = max((n.y + n.radius for n in nodes), default=ROW_HEIGHT) + MARGIN
    return RelationshipMap(tuple(nodes), tuple(edges), width, height)
