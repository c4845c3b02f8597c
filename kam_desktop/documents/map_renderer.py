"""The relationship map as a file: PDF (ReportLab, one A4 landscape page) or PNG (Pillow).

Both draw the shapes of ``documents/map_primitives.py`` with the bundled Liberation Sans (the
proposals' family: Cyrillic in every label, embedded in the PDF), so the window's export and
``kam-desktop map`` write the same picture. No Qt and no database: safe in a worker thread.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kam_desktop.documents import fonts
from kam_desktop.documents.map_primitives import (
    BOLD_STYLES,
    FONT_SIZES,
    ITALIC_STYLES,
    TEXT_COLOURS,
    Circle,
    Line,
    Polygon,
    Rect,
    Shape,
    Shapes,
    Text,
    legend_shapes,
    line_height,
    map_shapes,
)
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.relationship_map import RelationshipMap
from kam_desktop.i18n import _
from kam_desktop.paths import resource_path

if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont

PDF, PNG = "pdf", "png"
FILE_FORMATS = (PNG, PDF)
A4_LANDSCAPE = (841.89, 595.28)  # points
PAGE_MARGIN = 28.0
PNG_SCALE = 1.0  # pixels per map unit in the file …
PNG_SUPERSAMPLE = 2  # … drawn at twice that and scaled down, for smooth circles and lines …
SUPERSAMPLE_MAX_PIXELS = 4_000_000  # … unless the picture is big (4× the pixels costs seconds)
PNG_MAX_SIDE = 5000  # a huge map is scaled down rather than written as a giant image
PNG_MARGIN = 24.0


@dataclass(frozen=True, slots=True)
class MapDrawing:
    """Everything a drawing of one client's map needs (made by the relationship service)."""

    title: str  # the client's name
    chart: RelationshipMap
    role_labels: Mapping[str, str]  # role code → label in ``lang``
    lang: str = "en"
    subtitle: str = ""


def format_of(path: Path) -> str:
    """``png`` or ``pdf`` from the file's extension (anything else is refused)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FILE_FORMATS:
        raise KamError(
            _("Choose a file ending in .png or .pdf, not {name}.").format(name=path.name)
        )
    return suffix


def render(drawing: MapDrawing, file_format: str) -> bytes:
    return render_pdf(drawing) if file_format == PDF else render_png(drawing)


# ---- PDF --------------------------------------------------------------------------------------
def _pdf_font(style: str) -> str:
    if style in BOLD_STYLES:
        return fonts.register_face(fonts.BOLD)
    if style in ITALIC_STYLES:
        return fonts.register_face(fonts.ITALIC)
    return fonts.register_face(fonts.REGULAR)


def _pdf_measure(text: str, style: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, _pdf_font(style), FONT_SIZES[style]))


def render_pdf(drawing: MapDrawing) -> bytes:
    """One A4 landscape page: title, the map scaled to fit (never enlarged), the legend."""
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4_LANDSCAPE
    out = io.BytesIO()
    regular = fonts.register_face(fonts.REGULAR)  # else the page starts in Helvetica (no Cyrillic)
    canvas = Canvas(
        out,
        pagesize=A4_LANDSCAPE,
        pageCompression=1,
        invariant=1,
        initialFontName=regular,  # type: ignore[arg-type]  # the stubs say float
    )
    canvas.setTitle(drawing.title)
    canvas.setCreator("KAM Desktop")
    canvas.setAuthor("KAM Desktop")
    canvas.setSubject(_("Relationship map", drawing.lang))
    inner = width - 2 * PAGE_MARGIN
    top = PAGE_MARGIN
    _pdf_shapes(canvas, [Text(PAGE_MARGIN, top, drawing.title, "title", "start")], 1, 0, 0)
    top += line_height("title") + 4
    if drawing.subtitle:
        _pdf_shapes(
            canvas, [Text(PAGE_MARGIN, top, drawing.subtitle, "subtitle", "start")], 1, 0, 0
        )
        top += line_height("subtitle")
    legend = legend_shapes(drawing.lang, _pdf_measure, inner)
    legend_top = height - PAGE_MARGIN - legend.height
    _pdf_shapes(canvas, legend.items, 1, PAGE_MARGIN, legend_top)
    body = map_shapes(drawing.chart, drawing.role_labels, _pdf_measure)
    room_w, room_h = inner, legend_top - top - 14
    if body.items and body.width > 0 and body.height > 0:
        scale = min(1.0, room_w / body.width, room_h / body.height)
        dx = PAGE_MARGIN + (room_w - body.width * scale) / 2 - body.left * scale
        dy = top + 6 + (room_h - body.height * scale) / 2 - body.top * scale
        _pdf_shapes(canvas, body.items, scale, dx, dy)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _pdf_shapes(canvas: Any, shapes: Sequence[Shape], scale: float, dx: float, dy: float) -> None:
    """Paint shapes given top-down (y grows downwards) on a PDF page (y grows upwards)."""
    from reportlab.lib.colors import HexColor

    page_h = A4_LANDSCAPE[1]

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return dx + point[0] * scale, page_h - (dy + point[1] * scale)

    for shape in shapes:
        if isinstance(shape, Line):
            canvas.setStrokeColor(HexColor(shape.colour))
            canvas.setLineWidth(shape.width * scale)
            canvas.setDash(*((6 * scale, 4 * scale) if shape.dashed else ()))
            path = canvas.beginPath()
            path.moveTo(*at(shape.points[0]))
            for point in shape.points[1:]:
                path.lineTo(*at(point))
            canvas.drawPath(path, stroke=1, fill=0)
            canvas.setDash()
        elif isinstance(shape, Polygon):
            canvas.setFillColor(HexColor(shape.colour))
            path = canvas.beginPath()
            path.moveTo(*at(shape.points[0]))
            for point in shape.points[1:]:
                path.lineTo(*at(point))
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        elif isinstance(shape, Rect):
            canvas.setFillColor(HexColor(shape.fill))
            left, top = at((shape.left, shape.top))
            right, bottom = at((shape.right, shape.bottom))
            canvas.rect(left, bottom, right - left, top - bottom, stroke=0, fill=1)
        elif isinstance(shape, Circle):
            canvas.setFillColor(HexColor(shape.fill))
            canvas.setStrokeColor(HexColor(shape.outline))
            canvas.setLineWidth(shape.width * scale)
            x, y = at(shape.centre)
            canvas.circle(x, y, shape.radius * scale, stroke=1, fill=1)
        else:
            size = FONT_SIZES[shape.style] * scale
            canvas.setFont(_pdf_font(shape.style), size)
            canvas.setFillColor(HexColor(TEXT_COLOURS[shape.style]))
            x, y = at((shape.x, shape.y))
            baseline = y - size * 0.95
            if shape.anchor == "middle":
                canvas.drawCentredString(x, baseline, shape.text)
            else:
                canvas.drawString(x, baseline, shape.text)


# ---- PNG --------------------------------------------------------------------------------------
@cache
def _png_font(style: str, pixels: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    if style in BOLD_STYLES:
        name = fonts.FILES[fonts.BOLD]
    elif style in ITALIC_STYLES:
        name = fonts.FILES[fonts.ITALIC]
    else:
        name = fonts.FILES[fonts.REGULAR]
    return ImageFont.truetype(str(resource_path("fonts", name)), max(1, pixels))


def _png_measure(text: str, style: str) -> float:
    # Measured at a large size and scaled: the same widths whatever the picture's scale.
    return float(_png_font(style, 100).getlength(text)) * FONT_SIZES[style] / 100


def png_layout(drawing: MapDrawing) -> tuple[Shapes, Shapes, float, tuple[int, int]]:
    """(map shapes, legend shapes, pixels per unit, image size) of the PNG of ``drawing``."""
    body = map_shapes(drawing.chart, drawing.role_labels, _png_measure)
    header = line_height("title") + 4 + (line_height("subtitle") if drawing.subtitle else 0)
    legend_width = max(body.width, 560.0)
    legend = legend_shapes(drawing.lang, _png_measure, legend_width)
    width = max(body.width, legend.width, _png_measure(drawing.title, "title")) + 2 * PNG_MARGIN
    height = header + body.height + 14 + legend.height + 2 * PNG_MARGIN
    scale = min(PNG_SCALE, PNG_MAX_SIDE / max(width, height))
    return body, legend, scale, (round(width * scale), round(height * scale))


def render_png(drawing: MapDrawing) -> bytes:
    """A white picture: title, the map at full size (unless huge), the legend under it."""
    from PIL import Image, ImageDraw

    body, legend, scale, (width, height) = png_layout(drawing)
    sample = PNG_SUPERSAMPLE if width * height <= SUPERSAMPLE_MAX_PIXELS else 1
    factor = scale * sample
    image = Image.new("RGB", (width * sample, height * sample), "white")
    draw = ImageDraw.Draw(image)
    top = PNG_MARGIN
    title = [Text(PNG_MARGIN, top, drawing.title, "title", "start")]
    top += line_height("title") + 4
    if drawing.subtitle:
        title.append(Text(PNG_MARGIN, top, drawing.subtitle, "subtitle", "start"))
        top += line_height("subtitle")
    _png_shapes(draw, title, factor, 0, 0)
    inner = width / scale - 2 * PNG_MARGIN
    dx = PNG_MARGIN + (inner - body.width) / 2 - body.left
    _png_shapes(draw, body.items, factor, dx, top - body.top)
    legend_top = top + body.height + 14
    _png_shapes(draw, legend.items, factor, PNG_MARGIN, legend_top)
    picture = image.reduce(sample) if sample > 1 else image  # a box filter: fast and smooth
    out = io.BytesIO()
    picture.save(out, format="PNG", compress_level=3)  # level 6 took twice as long
    return out.getvalue()


def _png_shapes(
    draw: ImageDraw.ImageDraw, shapes: Sequence[Shape], scale: float, dx: float, dy: float
) -> None:
    from kam_desktop.domain.map_geometry import dashes

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return (point[0] + dx) * scale, (point[1] + dy) * scale

    for shape in shapes:
        if isinstance(shape, Line):
            width = max(1, round(shape.width * scale))
            if shape.dashed:
                for a, b in dashes(list(shape.points)):
                    draw.line([at(a), at(b)], fill=shape.colour, width=width)
            else:
                draw.line([at(p) for p in shape.points], fill=shape.colour, width=width)
        elif isinstance(shape, Polygon):
            draw.polygon([at(p) for p in shape.points], fill=shape.colour)
        elif isinstance(shape, Rect):
            draw.rectangle(
                (*at((shape.left, shape.top)), *at((shape.right, shape.bottom))), fill=shape.fill
            )
        elif isinstance(shape, Circle):
            x, y = at(shape.centre)
            r = shape.radius * scale
            draw.ellipse(
                (x - r, y - r, x + r, y + r),
                fill=shape.fill,
                outline=shape.outline,
                width=max(1, round(shape.width * scale)),
            )
        else:
            font = _png_font(shape.style, round(FONT_SIZES[shape.style] * scale))
            x, y = at((shape.x, shape.y))
            anchor = "ma" if shape.anchor == "middle" else "la"
            draw.text((x, y), shape.text, fill=TEXT_COLOURS[shape.style], font=font, anchor=anchor)
