"""Pictures of the DOCX renderer (docx_renderer.py), drawn with Pillow in the document's font:
the PDF's bar chart as a PNG and the monogram used when the company has no logo.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from kam_desktop.documents.docx_xml import (
    ACCENT,
    BLACK,
    CHART_DPI,
    CHART_HEIGHT_MM,
    FONT_FILES,
    GRID_COLOUR,
    INVESTMENT_COLOUR,
    LOGO_MM,
    MUTED,
    RULE,
    SAVINGS_COLOUR,
    TEXT_WIDTH_MM,
    WHITE,
    plain,
)
from kam_desktop.documents.formatting import Formatter
from kam_desktop.documents.model import (
    BarChart,
)
from kam_desktop.paths import resource_path


# ---- pictures: the chart and the monogram (Pillow) --------------------------------------------
@cache
def pillow_font(bold: bool, size_px: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(resource_path("fonts", FONT_FILES[bold])), size_px)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[0:2], 16), int(hex_colour[2:4], 16), int(hex_colour[4:6], 16)


def nice_step(top: float, intervals: int = 4) -> float:
    """A round axis step (1, 2, 2.5 or 5 × 10ⁿ) giving about ``intervals`` steps up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / intervals
    magnitude = 1.0
    while magnitude * 10 <= raw:
        magnitude *= 10
    while magnitude > raw:
        magnitude /= 10
    return next(f * magnitude for f in (1, 2, 2.5, 5, 10) if raw <= f * magnitude)


def axis_range(values: Sequence[float]) -> tuple[float, float, float]:
    """(bottom, top, step) with 18 % headroom over the tallest bar, as the PDF's chart has."""
    high = max([*values, 0.0]) * 1.18
    low = min([*values, 0.0]) * 1.18
    step = nice_step(max(high, -low))
    return low, high if high > 0 else step, step


def chart_png(chart: BarChart, lang: str) -> bytes:
    """The PDF's bar chart as a PNG: legend, value axis with grid, labelled bars, categories."""
    from PIL import Image, ImageDraw

    scale = CHART_DPI / 72  # pixels per point
    width = round(TEXT_WIDTH_MM / 25.4 * CHART_DPI)
    height = round(CHART_HEIGHT_MM / 25.4 * CHART_DPI)

    def px(points: float) -> int:
        return round(points * scale)

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    small, legend_font, category_font = (pillow_font(False, px(s)) for s in (7.5, 8, 8.5))
    colours = tuple(rgb(c) for c in (INVESTMENT_COLOUR, SAVINGS_COLOUR, ACCENT, MUTED))
    black = rgb(BLACK)

    for i, series in enumerate(chart.series):  # the legend, along the top
        x = i * px(160)
        draw.rectangle([x, px(1), x + px(8), px(9)], fill=colours[i % len(colours)])
        draw.text(
            (x + px(13), px(5)), plain(series.name), font=legend_font, fill=black, anchor="lm"
        )

    values = [[float(v / chart.axis_divisor) for v in s.values] for s in chart.series]
    bottom, top, step = axis_range([v for row in values for v in row])
    left, right = px(34), width - px(10)
    plot_top, plot_bottom = px(24), height - px(18)

    def y_of(value: float) -> float:
        return plot_bottom - (value - bottom) / (top - bottom) * (plot_bottom - plot_top)

    number = Formatter(lang).number
    first, last = math.ceil(bottom / step - 1e-9), math.floor(top / step + 1e-9)
    for k in range(first, last + 1):  # gridlines at round values inside the axis
        tick = k * step
        y = y_of(tick)
        draw.line([left, y, right, y], fill=rgb(GRID_COLOUR), width=max(1, px(0.5)))
        label = number(Decimal(str(round(tick, 6))).normalize())
        draw.text((left - px(5), y), label, font=small, fill=black, anchor="rm")
    zero = y_of(0.0)
    draw.line([left, plot_top, left, plot_bottom], fill=rgb(RULE), width=px(0.7))
    draw.line([left, zero, right, zero], fill=rgb(RULE), width=px(0.7))

    categories = chart.categories or ("",)
    group = (right - left) / len(categories)
    series_count = max(len(values), 1)
    bar = (group - px(18) - px(3) * (series_count - 1)) / series_count
    for c, category in enumerate(categories):
        for s, row in enumerate(values):
            if c >= len(row):
                continue
            x0 = left + c * group + px(9) + s * (bar + px(3))
            y0, y1 = sorted((y_of(row[c]), zero))
            draw.rectangle([x0, y0, x0 + bar, y1], fill=colours[s % len(colours)])
            labels = chart.value_labels[s] if s < len(chart.value_labels) else ()
            if c < len(labels):
                above = row[c] >= 0
                anchor_xy = (x0 + bar / 2, y0 - px(2) if above else y1 + px(2))
                text = plain(labels[c])
                draw.text(anchor_xy, text, font=small, fill=black, anchor="md" if above else "ma")
        centre = (left + (c + 0.5) * group, plot_bottom + px(4))
        draw.text(centre, plain(category), font=category_font, fill=black, anchor="ma")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(CHART_DPI, CHART_DPI))
    return buffer.getvalue()


def initials_of(name: str) -> str:
    """The monogram's letters, as the PDF draws them: «ПромТех Решения» → «ПР»."""
    words = name.replace("«", " ").split()[:2]
    return "".join(w[0] for w in words if w[0].isalnum()).upper()[:2] or "•"


def monogram_png(name: str) -> bytes:
    """A rounded accent square with the company's initials: the logo when there is none."""
    from PIL import Image, ImageDraw

    dpi = 300
    size = round(LOGO_MM / 25.4 * dpi)
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    radius = round(size * 2 / LOGO_MM)
    draw.rounded_rectangle([0, 0, size - 1, size - 1], radius=radius, fill=rgb(ACCENT))
    font = pillow_font(True, round(13 / 72 * dpi))
    draw.text((size / 2, size / 2), initials_of(name), font=font, fill=rgb(WHITE), anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()
