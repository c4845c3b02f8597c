"""A relationship map as simple shapes (circles, lines, polygons, text) both renderers draw.

``map_shapes`` turns a ``RelationshipMap`` into shapes in map units; ``legend_shapes`` makes the
legend (attitude colours, circle size, the three kinds of line) in its own units. The PDF and
PNG renderers only scale and paint them, so both files show exactly the same picture.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.map_geometry import (
    LABEL_GAP,
    LABEL_WIDTH,
    Point,
    curve_points,
    edge_paths,
    label_lines,
)
from kam_desktop.domain.relationship_map import (
    ATTITUDE_COLOURS,
    LINK_COLOURS,
    REPORTING_LINE_COLOUR,
    RelationshipMap,
)
from kam_desktop.i18n import _

# Text sizes by style (map units at scale 1 = points in the PDF)
FONT_SIZES: dict[str, float] = {
    "title": 16.0,
    "subtitle": 9.0,
    "name": 10.0,
    "position": 9.0,
    "role": 8.0,
    "legend": 9.0,
}
TEXT_COLOURS: dict[str, str] = {
    "title": "#212121",
    "subtitle": "#616161",
    "name": "#212121",
    "position": "#424242",
    "role": "#616161",
    "legend": "#424242",
}
BOLD_STYLES = frozenset({"title", "name"})
ITALIC_STYLES = frozenset({"role"})
LINE_HEIGHT = 1.22  # × font size
NODE_OUTLINE = "#37474f"
PINNED_OUTLINE = "#263238"
LINE_WIDTH = 1.4

# (text, style) → width, in the units of the shapes being made
TextMeasure = Callable[[str, str], float]


@dataclass(frozen=True, slots=True)
class Circle:
    centre: Point
    radius: float
    fill: str
    outline: str
    width: float


@dataclass(frozen=True, slots=True)
class Line:
    points: tuple[Point, ...]
    colour: str
    width: float
    dashed: bool


@dataclass(frozen=True, slots=True)
class Polygon:
    points: tuple[Point, ...]
    colour: str


@dataclass(frozen=True, slots=True)
class Rect:
    """A filled box: behind a node's label, so a line passing under it does not cross words."""

    left: float
    top: float
    right: float
    bottom: float
    fill: str


@dataclass(frozen=True, slots=True)
class Text:
    x: float  # centre (``anchor`` "middle") or left end ("start")
    y: float  # top of the line
    text: str
    style: str
    anchor: str = "middle"


Shape = Circle | Line | Polygon | Rect | Text
LABEL_BACKGROUND = "#ffffff"


@dataclass(slots=True)
class Shapes:
    items: list[Shape] = field(default_factory=list)
    left: float = 0.0
    top: float = 0.0
    right: float = 0.0
    bottom: float = 0.0

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


def line_height(style: str) -> float:
    return FONT_SIZES[style] * LINE_HEIGHT


def map_shapes(
    chart: RelationshipMap, role_labels: Mapping[str, str], measure: TextMeasure
) -> Shapes:
    """Lines under circles under labels, with the bounding box of everything drawn."""
    shapes = Shapes()
    labels: list[Shape] = []
    drops: dict[str, float] = {}
    xs: list[float] = []
    ys: list[float] = []
    for node in chart.nodes:
        outline = PINNED_OUTLINE if node.pinned else NODE_OUTLINE
        labels.append(Circle((node.x, node.y), node.radius, node.colour, outline, 1.2))
        y = node.y + node.radius + LABEL_GAP
        lines = label_lines(
            node,
            role_labels.get(node.role_code, node.role_code),
            lambda t: measure(t, "name"),
            lambda t: measure(t, "position"),
        )
        top = y
        widest = max((measure(line.text, line.style) for line in lines), default=0.0)
        texts = []
        for line in lines:
            texts.append(Text(node.x, y, line.text, line.style))
            y += line_height(line.style)
        if texts:
            half = widest / 2 + 2
            labels.append(Rect(node.x - half, top - 1, node.x + half, y, LABEL_BACKGROUND))
        labels += texts
        drops[node.member_id] = y - node.y - node.radius + 1
        xs += [node.x - LABEL_WIDTH / 2, node.x + LABEL_WIDTH / 2]
        ys += [node.y - node.radius, y]
    for edge, path in edge_paths(chart, drops):  # lines under circles under labels
        points = tuple(curve_points(path))
        shapes.items.append(Line(points, edge.colour, LINE_WIDTH, edge.dashed))
        if path.arrow is not None:
            shapes.items.append(Polygon(path.arrow, edge.colour))
    shapes.items += labels
    for item in shapes.items:
        if isinstance(item, Line):  # a bent link can reach beyond the nodes
            xs += [p[0] for p in item.points]
            ys += [p[1] for p in item.points]
    if xs:
        pad = 6.0
        shapes.left, shapes.right = min(xs) - pad, max(xs) + pad
        shapes.top, shapes.bottom = min(ys) - pad, max(ys) + pad
    return shapes


def legend_labels(
    lang: str | None,
) -> tuple[list[tuple[str, str]], list[tuple[str, str, bool, bool]]]:
    """(colour, attitude label) and (colour, line label, dashed, arrow), in ``lang``."""
    attitudes = [
        (ATTITUDE_COLOURS[a], _(a.value, lang))
        for a in (Attitude.SUPPORTER, Attitude.NEUTRAL, Attitude.SCEPTIC, Attitude.OPPONENT)
    ]
    lines = [
        (REPORTING_LINE_COLOUR, _("reports to", lang), False, True),
        (LINK_COLOURS["influences"], _("influences", lang), True, True),
        (LINK_COLOURS["friendly"], _("friendly with", lang), True, False),
    ]
    return attitudes, lines


def legend_shapes(lang: str | None, measure: TextMeasure, max_width: float) -> Shapes:
    """The legend as one or more rows of swatches and words, no wider than ``max_width``."""
    attitudes, lines = legend_labels(lang)
    shapes = Shapes()
    size = FONT_SIZES["legend"]
    row_height = size * 2.0
    x, y = 0.0, 0.0
    widest = 0.0

    def place(width: float) -> tuple[float, float]:
        nonlocal x, y, widest
        if x > 0 and x + width > max_width:
            x, y = 0.0, y + row_height
        at = (x, y)
        x += width + size * 1.6
        widest = max(widest, x)
        return at

    for colour, label in attitudes:
        width = size * 1.5 + measure(label, "legend")
        left, top = place(width)
        radius = size * 0.5
        shapes.items.append(
            Circle((left + radius, top + size * 0.62), radius, colour, NODE_OUTLINE, 0.8)
        )
        shapes.items.append(Text(left + size * 1.5, top, label, "legend", "start"))
    size_label = _("circle size: influence 1–5", lang)
    left, top = place(measure(size_label, "legend"))
    shapes.items.append(Text(left, top, size_label, "legend", "start"))
    for colour, label, dashed, arrow in lines:
        sample = size * 3.2
        left, top = place(sample + size * 0.5 + measure(label, "legend"))
        mid = top + size * 0.62
        shapes.items.append(Line(((left, mid), (left + sample, mid)), colour, LINE_WIDTH, dashed))
        if arrow:
            tip = (left + sample, mid)
            shapes.items.append(
                Polygon((tip, (tip[0] - 8, mid - 3.6), (tip[0] - 8, mid + 3.6)), colour)
            )
        shapes.items.append(Text(left + sample + size * 0.5, top, label, "legend", "start"))
    shapes.right = widest
    shapes.bottom = y + line_height("legend")
    return shapes
