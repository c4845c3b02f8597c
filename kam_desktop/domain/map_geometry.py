"""Where the lines, arrows and labels of a relationship map go, for every drawing of it.

The window (``QGraphicsScene``), the PDF (ReportLab) and the PNG (Pillow) draw the same map; this
module computes what they share so the three agree: a line runs from the edge of one circle to
the edge of the other, informal links bend a little (so a link between a manager and a report
does not hide under the reporting line), arrows point at the target's circle, and a label is
wrapped to the column width by the caller's own text measure.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kam_desktop.domain.relationship_map import COLUMN_WIDTH, MapEdge, MapNode, RelationshipMap

Point = tuple[float, float]
Measure = Callable[[str], float]  # the width of a text in the drawing's own font

ARROW_LENGTH = 11.0
ARROW_HALF_WIDTH = 5.0
BEND_SHARE = 0.18  # an informal link bows out by this share of its length …
MAX_BEND = 55.0  # … but never more than this
LABEL_WIDTH = COLUMN_WIDTH - 14.0
LABEL_GAP = 5.0
BUS_INSET = 6.0  # the line beside a stack of reports runs this far inside its column  # between the circle and its first label line
NAME_LINES = 2
POSITION_LINES = 2


@dataclass(frozen=True, slots=True)
class EdgePath:
    """A line from ``start`` to ``end``; ``control`` set: a quadratic curve through it."""

    start: Point
    end: Point
    control: Point | None
    arrow: tuple[Point, Point, Point] | None  # tip, left, right corners
    via: tuple[Point, ...] = ()  # corners of an elbow line, between start and end


def _towards(origin: Point, target: Point, distance: float) -> Point:
    dx, dy = target[0] - origin[0], target[1] - origin[1]
    length = math.hypot(dx, dy) or 1.0
    return origin[0] + dx / length * distance, origin[1] + dy / length * distance


def arrow_head(tip: Point, coming_from: Point) -> tuple[Point, Point, Point]:
    """The three corners of an arrow whose point touches ``tip``."""
    dx, dy = tip[0] - coming_from[0], tip[1] - coming_from[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = tip[0] - ux * ARROW_LENGTH, tip[1] - uy * ARROW_LENGTH
    left = base[0] - uy * ARROW_HALF_WIDTH, base[1] + ux * ARROW_HALF_WIDTH
    right = base[0] + uy * ARROW_HALF_WIDTH, base[1] - ux * ARROW_HALF_WIDTH
    return tip, left, right


def edge_path(source: MapNode, target: MapNode, edge: MapEdge, drop: float = 0.0) -> EdgePath:
    """The line of one edge between two placed nodes.

    ``drop`` is the height of the source's label: a reporting line to someone below starts
    under that label (an org chart's fan), not at the circle where it would cross the words.
    """
    a, b = (source.x, source.y), (target.x, target.y)
    if edge.elbow and not edge.dashed:
        return _elbow(source, target, drop)
    control: Point | None = None
    if edge.dashed:  # informal links bow out to the right of their direction
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy) or 1.0
        bend = min(MAX_BEND, length * BEND_SHARE)
        control = ((a[0] + b[0]) / 2 - dy / length * bend, (a[1] + b[1]) / 2 + dx / length * bend)
    below = b[1] - a[1] > source.radius + drop + target.radius + ARROW_LENGTH
    if not edge.dashed and drop > 0 and below:
        start = (a[0], a[1] + source.radius + drop)
    else:
        start = _towards(a, control or b, source.radius)
    end = _towards(b, control or start, target.radius)
    arrow = arrow_head(end, control or start) if edge.directed else None
    return EdgePath(start, end, control, arrow)


def _elbow(source: MapNode, target: MapNode, drop: float) -> EdgePath:
    """Manager → a stacked report: across under the manager, down beside the stack, across."""
    # Stacks right of the manager get their line on their right side, so two stacks sit in
    # one bracket instead of the second line running between them.
    right = target.x > source.x + 1.0
    bus = target.x + (COLUMN_WIDTH / 2 - BUS_INSET) * (1.0 if right else -1.0)
    start = (source.x, source.y + source.radius + drop)
    side = -1.0 if target.x >= bus else 1.0
    end = (target.x + side * target.radius, target.y)
    corner = (bus, target.y)
    return EdgePath(start, end, None, arrow_head(end, corner), ((bus, start[1]), corner))


def edge_paths(
    chart: RelationshipMap, drops: Mapping[str, float] | None = None
) -> list[tuple[MapEdge, EdgePath]]:
    """Every drawable edge with its line; ``drops``: member id → label height under the node."""
    nodes = {n.member_id: n for n in chart.nodes}
    drops = drops or {}
    return [
        (edge, edge_path(nodes[edge.from_id], nodes[edge.to_id], edge, drops.get(edge.from_id, 0)))
        for edge in chart.edges
        if edge.from_id in nodes and edge.to_id in nodes and edge.from_id != edge.to_id
    ]


def curve_points(path: EdgePath, steps: int = 16) -> list[Point]:
    """The line as points (a drawing without curves, such as Pillow, joins them)."""
    if path.via:
        return [path.start, *path.via, path.end]
    if path.control is None:
        return [path.start, path.end]
    (x0, y0), (cx, cy), (x1, y1) = path.start, path.control, path.end
    points = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        points.append(
            (u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1)
        )
    return points


def dashes(points: list[Point], on: float = 7.0, off: float = 5.0) -> list[tuple[Point, Point]]:
    """Short segments along a polyline: a dashed line for drawings that have none."""
    segments: list[tuple[Point, Point]] = []
    drawing, left = True, on
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while done < length:
            step = min(left, length - done)
            t0, t1 = done / length, (done + step) / length
            if drawing:
                segments.append(
                    (
                        (x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0),
                        (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1),
                    )
                )
            done += step
            left -= step
            if left <= 1e-9:
                drawing = not drawing
                left = on if drawing else off
    return segments


def wrap(text: str, width: float, measure: Measure, max_lines: int) -> list[str]:
    """Words in lines no wider than ``width``; the last line ends with «…» if text is left."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if measure(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    lines = [_fit(line, width, measure) for line in lines]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _fit(lines[-1] + " …", width, measure, force_ellipsis=True)
    return lines


def _fit(line: str, width: float, measure: Measure, force_ellipsis: bool = False) -> str:
    if measure(line) <= width and not force_ellipsis:
        return line
    text = line.removesuffix(" …")
    if force_ellipsis and measure(text + "…") <= width:
        return text + "…"
    while text and measure(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True, slots=True)
class LabelLine:
    text: str
    style: str  # "name" (bold), "position", "role" (smaller, grey)


def label_lines(
    node: MapNode,
    role: str,
    measure_bold: Measure,
    measure: Measure,
    width: float = LABEL_WIDTH,
) -> list[LabelLine]:
    """Name, position and role under a node, each wrapped to the label width."""
    lines = [LabelLine(t, "name") for t in wrap(node.name, width, measure_bold, NAME_LINES)]
    lines += [LabelLine(t, "position") for t in wrap(node.position, width, measure, POSITION_LINES)]
    if role:
        lines += [LabelLine(t, "role") for t in wrap(role, width, measure, 1)]
    return lines
