"""ProposalDocument → DOCX bytes (python-docx): the PDF's structure, editable in Word.

The KAM edits the result, so the document is built from named styles — Word's own Title and
Heading 1/2 (the navigation pane and a table of contents work) and «KAM …» styles for the rest
— rather than from direct formatting. What the PDF draws on its canvas becomes Word furniture:
the letterhead is the page header, "page X of Y" are PAGE/NUMPAGES fields in the footer, the
chart is a PNG drawn with Pillow in the same font.

Every run names Liberation Sans in all four script slots (ascii, hAnsi, eastAsia, cs) and the
template's theme fonts are removed, so neither Word nor LibreOffice falls back to Calibri. All
text is plain data: it is escaped here, and characters XML cannot carry are dropped.

Speed: python-docx's object API costs ~1 ms per table cell (it scans siblings and styles on
every call), so the styled template is prepared once per process and the body, header and
footer are written as WordprocessingML text and parsed in one go (lxml). The zip is dated with
the document's creation time, so the same document gives the same bytes.
"""

from __future__ import annotations

import io
import math
import re
import string
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from html import escape  # not xml.sax.saxutils: it imports urllib.request (~15 ms)

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.shape import CT_Inline
from docx.parts.story import StoryPart
from docx.shared import Emu, Mm, Pt, RGBColor
from lxml import etree

from kam_desktop.documents.formatting import Formatter
from kam_desktop.documents.model import (
    BarChart,
    Block,
    Bullets,
    DataTable,
    FieldList,
    KeyFigures,
    Paragraph,
    ProposalDocument,
    Requisites,
    Section,
    Signature,
    Subheading,
)
from kam_desktop.paths import resource_path

FONT = "Liberation Sans"  # the bundled TTF family (resources/fonts), metric-compatible with Arial
FONT_FILES = {False: "LiberationSans-Regular.ttf", True: "LiberationSans-Bold.ttf"}

# The PDF renderer's palette (renderer.py), as hex for WordprocessingML.
ACCENT = "1F3A5F"
ACCENT_LIGHT = "E8EEF5"
RULE = "C9D3DF"
MUTED = "5B6675"
ZEBRA = "F6F8FB"
WHITE = "FFFFFF"
BLACK = "000000"
INVESTMENT_COLOUR = "8A9BB0"
SAVINGS_COLOUR = "2E8B57"
GRID_COLOUR = "E4E9F0"

# A4 and the PDF's margins (renderer.py), in millimetres.
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
MARGIN_X_MM = 18.0
MARGIN_TOP_MM = 32.0
MARGIN_BOTTOM_MM = 20.0
HEADER_DISTANCE_MM = 12.0
FOOTER_DISTANCE_MM = 7.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_X_MM
LOGO_MM = 13.0
CHART_HEIGHT_MM = 58.0
CHART_DPI = 200

TABLE_PADDING = (3.5, 4.0, 3.5, 4.0)  # cell padding in points: top, left, bottom, right
TWIPS_PER_MM = 1440 / 25.4
# Characters the shipped font lacks, spelled out as the PDF does (renderer.GLYPH_SUBSTITUTES).
GLYPH_SUBSTITUTES = str.maketrans({"\u20bd": "руб."})
# XML 1.0 cannot carry these at all: user text loses them, nothing else.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NAMESPACES = nsdecls("w", "r", "wp", "a", "pic")
RUN_FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


# ---- text -------------------------------------------------------------------------------------
def plain(text: str) -> str:
    """User text as the document may carry it: one kind of line break, no XML-illegal code."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(GLYPH_SUBSTITUTES)
    return XML_INVALID.sub("", text)


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def half_points(size: float) -> int:
    return round(size * 2)


# ---- WordprocessingML as text -----------------------------------------------------------------
def run_xml(text: str, *, bold: bool = False, size: float | None = None) -> str:
    """A run in the document font; line breaks in the text become Word line breaks."""
    props = RUN_FONTS + ("<w:b/><w:bCs/>" if bold else "")
    if size is not None:
        props += f'<w:sz w:val="{half_points(size)}"/><w:szCs w:val="{half_points(size)}"/>'
    lines = plain(text).replace("\t", " ").split("\n")
    content = "<w:br/>".join(
        f'<w:t xml:space="preserve">{escape(line, quote=False)}</w:t>' for line in lines
    )
    return f"<w:r><w:rPr>{props}</w:rPr>{content}</w:r>"


def field_xml(instruction: str) -> str:
    """A complex field (begin, instruction, separate, cached result, end) as Word writes it."""
    props = f"<w:rPr>{RUN_FONTS}</w:rPr>"

    def part(content: str) -> str:
        return f"<w:r>{props}{content}</w:r>"

    return (
        part('<w:fldChar w:fldCharType="begin"/>')
        + part(f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>')
        + part('<w:fldChar w:fldCharType="separate"/>')
        + part("<w:t>1</w:t>")
        + part('<w:fldChar w:fldCharType="end"/>')
    )


def paragraph_xml(
    style: str,
    content: str = "",
    *,
    keep_next: bool = False,
    align: str | None = None,
    num_id: int | None = None,
    space_before: float | None = None,
    space_after: float | None = None,
    top_rule: tuple[int, str] | None = None,
    right_tab_mm: float | None = None,
) -> str:
    """One ``w:p`` with its properties in schema order; ``content`` is runs (XML)."""
    props = f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        props += "<w:keepNext/>"
    if num_id is not None:
        props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    if top_rule is not None:
        size, colour = top_rule
        props += (
            f'<w:pBdr><w:top w:val="single" w:sz="{size}" w:space="4" w:color="{colour}"/></w:pBdr>'
        )
    if right_tab_mm is not None:
        props += f'<w:tabs><w:tab w:val="right" w:pos="{twips(right_tab_mm)}"/></w:tabs>'
    if space_before is not None or space_after is not None:
        spacing = "".join(
            f' w:{name}="{round(value * 20)}"'
            for name, value in (("before", space_before), ("after", space_after))
            if value is not None
        )
        props += f"<w:spacing{spacing}/>"
    if align is not None:
        props += f'<w:jc w:val="{align}"/>'
    return f"<w:p><w:pPr>{props}</w:pPr>{content}</w:p>"


def borders_xml(tag: str, **sides: tuple[int, str]) -> str:
    """``top=(8, ACCENT)``… (size in eighths of a point); sides not given have no line."""
    lines = []
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            size, colour = sides[side]
            lines.append(f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{colour}"/>')
        else:
            lines.append(f'<w:{side} w:val="nil"/>')
    return f"<w:{tag}>{''.join(lines)}</w:{tag}>"


def margins_xml(tag: str, top: float, left: float, bottom: float, right: float) -> str:
    """Cell padding in points."""
    sides = (("top", top), ("left", left), ("bottom", bottom), ("right", right))
    inner = "".join(f'<w:{side} w:w="{round(v * 20)}" w:type="dxa"/>' for side, v in sides)
    return f"<w:{tag}>{inner}</w:{tag}>"


def cell_xml(
    width: int,
    content: str,
    *,
    span: int = 1,
    borders: dict[str, tuple[int, str]] | None = None,
    fill: str | None = None,
    margins: tuple[float, float, float, float] | None = None,
    valign: str | None = None,
) -> str:
    """One ``w:tc``; ``content`` must hold at least one paragraph (Word requires it)."""
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if borders:
        props += borders_xml("tcBorders", **borders)
    if fill is not None:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    if margins is not None:
        props += margins_xml("tcMar", *margins)
    if valign is not None:
        props += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"


def row_xml(cells: Sequence[str], *, header: bool = False) -> str:
    """A row that never splits across pages; a header row repeats on every page."""
    props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def table_xml(columns: Sequence[int], rows: Sequence[str]) -> str:
    """A fixed-layout table filling the text width; ``columns`` are widths in twips.

    In the template's (Word 2010) layout a table's edge sits one default cell padding left of
    its indent: indenting by that padding puts the edges on the margins, as in the PDF.
    """
    props = (
        f'<w:tblW w:w="{sum(columns)}" w:type="dxa"/>'
        f'<w:tblInd w:w="{round(TABLE_PADDING[1] * 20)}" w:type="dxa"/>'
        + borders_xml("tblBorders")
        + '<w:tblLayout w:type="fixed"/>'
        + margins_xml("tblCellMar", *TABLE_PADDING)
        + '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in columns)
    return f"<w:tbl><w:tblPr>{props}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def column_widths(fractions: Sequence[float]) -> list[int]:
    """Fractions of the text width → twips, the last column taking the rounding remainder."""
    total = twips(TEXT_WIDTH_MM)
    widths = [round(total * f) for f in fractions[:-1]]
    return [*widths, total - sum(widths)]


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


# ---- the template: styles, numbering, package furniture (prepared once per process) ----------
# name → (size pt, bold, italic, colour, space before pt, space after pt, keep with next)
PARAGRAPH_STYLES: dict[str, tuple[float, bool, bool, str | None, float, float, bool]] = {
    "Normal": (9.5, False, False, None, 0, 5, False),
    "Title": (20, True, False, ACCENT, 0, 2, True),
    "Heading 1": (14, True, False, ACCENT, 12, 6, True),
    "Heading 2": (10.5, True, False, BLACK, 6, 3, True),
    "List Bullet": (9.5, False, False, None, 0, 2, False),
    "Header": (7.5, False, False, MUTED, 0, 0, False),
    "Footer": (7.5, False, False, MUTED, 0, 0, False),
    "KAM Reference": (9.5, False, False, MUTED, 0, 10, False),
    "KAM Recipients Label": (8, True, False, MUTED, 0, 1, True),
    "KAM Recipient": (9.5, False, False, None, 0, 1, True),
    "KAM Recipient Company": (9.5, True, False, None, 0, 2, True),
    "KAM Greeting": (11, True, False, None, 10, 5, True),
    "KAM Lead": (10.5, False, False, None, 0, 8, False),
    "KAM Note": (8, False, True, MUTED, 0, 5, False),
    "KAM Emphasis": (9.5, True, False, None, 4, 5, False),
    "KAM Table Text": (8.5, False, False, None, 0, 0, False),
    "KAM Table Heading": (8.5, True, False, WHITE, 0, 0, False),
    "KAM Field Label": (8.5, True, False, None, 0, 0, False),
    "KAM Figure": (15, True, False, ACCENT, 0, 1, False),
    "KAM Figure Caption": (8, False, False, MUTED, 0, 0, False),
    "KAM Chart Title": (9.5, True, False, ACCENT, 4, 2, True),
    "KAM Chart": (9.5, False, False, None, 0, 4, False),
    "KAM Party Heading": (8, True, False, MUTED, 0, 0, False),
    "KAM Party Name": (8.5, True, False, None, 0, 2, False),
    "KAM Party Row": (8, False, False, None, 0, 0, False),
    "KAM Validity": (11, True, False, ACCENT, 14, 8, True),
    "KAM Signature": (9.5, False, False, None, 0, 0, False),
    "KAM Stamp": (8, False, False, MUTED, 0, 0, False),
    "KAM Letterhead Name": (12, True, False, ACCENT, 0, 1, False),
    "KAM Spacer": (4, False, False, None, 0, 0, False),
}
LINE_SPACING = {"Normal": 1.2, "KAM Table Text": 1.1, "KAM Spacer": 1.0}
KEPT_TABLE_STYLES = {"TableNormal", "TableGrid"}

APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>KAM Desktop</Application></Properties>"
)
FONT_TABLE_ENTRY = (
    f'<w:font {nsdecls("w")} w:name="{FONT}"><w:altName w:val="Arial"/>'
    '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="CC"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
)


def set_font_family(rpr) -> None:
    """Liberation Sans in every script slot, with the template's theme fonts removed."""
    fonts = rpr.get_or_add_rFonts()
    for attribute in THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)


def define_styles(word: WordDocument) -> dict[str, str]:
    """The paragraph styles, sized and coloured like the PDF; returns name → style id."""
    styles = word.styles
    for style in list(styles.element.findall(qn("w:style"))):
        # python-docx's template carries ~140 table styles nobody uses: they only slow it down.
        if (
            style.get(qn("w:type")) == "table"
            and style.get(qn("w:styleId")) not in KEPT_TABLE_STYLES
        ):
            styles.element.remove(style)
    defaults = styles.element.find(qn("w:docDefaults"))
    set_font_family(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")))
    for fonts in styles.element.iter(qn("w:rFonts")):  # Heading 3, Quote… when the KAM uses them
        set_font_family(fonts.getparent())
    ids: dict[str, str] = {}
    for name, (size, bold, italic, colour, before, after, keep) in PARAGRAPH_STYLES.items():
        if name in styles:
            style = styles[name]
        else:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.quick_style = True
        set_font_family(style.element.get_or_add_rPr())
        font = style.font
        font.size, font.bold, font.italic = Pt(size), bold, italic
        if colour is not None:
            font.color.rgb = RGBColor.from_string(colour)
        layout = style.paragraph_format
        layout.space_before, layout.space_after = Pt(before), Pt(after)
        layout.keep_with_next = keep
        layout.line_spacing = LINE_SPACING.get(name, 1.15)
        ids[name] = style.style_id
    for name in ("Title", "List Bullet"):  # the template's blue rule, tight list spacing
        ppr = styles[name].element.get_or_add_pPr()
        for node in ppr.findall(qn("w:pBdr")) + ppr.findall(qn("w:contextualSpacing")):
            ppr.remove(node)
    for name in ("Header", "Footer"):
        styles[name].paragraph_format.tab_stops.clear_all()
    return ids


def bullet_numbering(word: WordDocument) -> int:
    """A one-level «•» list in Liberation Sans (the template's bullet is a Symbol-font glyph)."""
    numbering = word.part.numbering_part.element
    ids = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(ids, default=-1) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="240"/></w:tabs>'
        '<w:ind w:left="240" w:hanging="200"/></w:pPr>'
        f"<w:rPr>{RUN_FONTS}</w:rPr></w:lvl></w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return int(numbering.add_num(abstract_id).numId)


def tidy_package(word: WordDocument) -> None:
    """No template thumbnail, Word-for-Mac properties or Word 2010 style copy; name our font."""
    package = word.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML
    for rel_id, rel in list(word.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del word.part.rels[rel_id]
        elif rel.reltype == RT.FONT_TABLE:
            fonts = etree.fromstring(rel.target_part.blob)
            fonts.insert(0, etree.fromstring(FONT_TABLE_ENTRY))  # Word substitutes Arial
            rel.target_part._blob = etree.tostring(
                fonts, xml_declaration=True, encoding="UTF-8", standalone=True
            )
        elif rel.reltype == RT.THEME:
            rel.target_part._blob = theme_in_our_font(rel.target_part.blob)
    settings = word.settings.element
    for node in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(node)


def theme_in_our_font(blob: bytes) -> bytes:
    """The theme's heading and body fonts (Calibri, Cambria) become Liberation Sans."""
    theme = etree.fromstring(blob)
    drawing = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    for scheme in ("majorFont", "minorFont"):
        for latin in theme.iter(f"{drawing}{scheme}"):
            latin.find(f"{drawing}latin").set("typeface", FONT)
    return etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


@cache
def template() -> tuple[bytes, dict[str, str], int]:
    """The styled empty document (bytes), its style ids by name and the bullet list's id."""
    word = Document()
    ids = define_styles(word)
    bullets = bullet_numbering(word)
    tidy_package(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue(), ids, bullets


def zip_with_fixed_times(data: bytes, when: datetime) -> bytes:
    """Rewrite the package with every member dated ``when``: same document, same bytes."""
    stamp = when.astimezone(UTC)
    date_time = (
        max(stamp.year, 1980),
        stamp.month,
        stamp.day,
        stamp.hour,
        stamp.minute,
        stamp.second,
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=date_time)
            # PNGs are compressed already: storing them saves time and nothing in size
            packed = info.filename.endswith(".png")
            member.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info))
    return out.getvalue()


# ---- the renderer -----------------------------------------------------------------------------
class DocxRenderer:
    """Renders one ProposalDocument; ``render()`` returns the DOCX bytes."""

    def __init__(self, document: ProposalDocument) -> None:
        self.doc = document
        blob, self.style_ids, self.bullet_num_id = template()
        self.word = Document(io.BytesIO(blob))
        self.shape_ids = iter(range(1, 10_000))  # docPr ids: unique in the whole document
        self.keeping = False  # inside the closing: every paragraph keeps with the next

    def render(self) -> bytes:
        self.language()
        self.page_setup()
        self.letterhead()
        self.footer()
        self.body()
        self.properties()
        buffer = io.BytesIO()
        self.word.save(buffer)
        return zip_with_fixed_times(buffer.getvalue(), self.doc.metadata.created)

    # ---- page and package --------------------------------------------------------------------
    def language(self) -> None:
        """Spelling and hyphenation language of every run: the document's own (ru-RU, en-GB)."""
        lang = self.doc.metadata.language
        defaults = self.word.styles.element.find(qn("w:docDefaults"))
        node = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
        node.set(qn("w:val"), lang)
        node.set(qn("w:eastAsia"), lang)
        theme_lang = self.word.settings.element.find(qn("w:themeFontLang"))
        if theme_lang is not None:
            theme_lang.set(qn("w:val"), lang)

    def page_setup(self) -> None:
        section = self.word.sections[0]
        section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
        section.left_margin = section.right_margin = Mm(MARGIN_X_MM)
        section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
        section.header_distance = Mm(HEADER_DISTANCE_MM)
        section.footer_distance = Mm(FOOTER_DISTANCE_MM)

    def properties(self) -> None:
        meta, core = self.doc.metadata, self.word.core_properties
        created = meta.created.astimezone(UTC).replace(tzinfo=None)
        core.title, core.subject = plain(meta.title), plain(meta.subject)
        core.author = core.last_modified_by = plain(meta.author)
        core.keywords, core.language = plain(meta.keywords), meta.language
        core.created = core.modified = created
        core.comments = core.category = ""
        core.revision = 1

    # ---- building blocks ---------------------------------------------------------------------
    def p(self, style: str, text: str = "", **options) -> str:
        """A paragraph of plain text in a named style (``options``: see ``paragraph_xml``)."""
        content = run_xml(text) if text else ""
        return self.p_xml(style, content, **options)

    def p_xml(self, style: str, content: str, **options) -> str:
        options.setdefault("keep_next", self.keeping)
        return paragraph_xml(self.style_ids[style], content, **options)

    def spacer(self) -> str:
        """A small empty paragraph after a table: Word joins tables that touch."""
        return self.p("KAM Spacer")

    def picture(self, part: StoryPart, png: bytes, box_mm: tuple[float, float], alt: str) -> str:
        """A run holding the PNG scaled into the box (aspect kept), with alt text."""
        rel_id, image = part.get_or_add_image(io.BytesIO(png))
        scale = min(Mm(box_mm[0]) / image.px_width, Mm(box_mm[1]) / image.px_height)
        cx, cy = Emu(round(image.px_width * scale)), Emu(round(image.px_height * scale))
        inline = CT_Inline.new_pic_inline(next(self.shape_ids), rel_id, image.filename, cx, cy)
        inline.docPr.set("descr", plain(alt))
        for side in ("distT", "distB", "distL", "distR"):  # LibreOffice's default is 3 mm
            inline.set(side, "0")
        drawing = etree.tostring(inline, encoding="unicode")
        return f"<w:r><w:rPr>{RUN_FONTS}</w:rPr><w:drawing>{drawing}</w:drawing></w:r>"

    @staticmethod
    def fill(container, fragments: Sequence[str]) -> None:
        """Replace the content of a body, header or footer element by parsed fragments."""
        parsed = parse_xml(f"<w:body {NAMESPACES}>{''.join(fragments)}</w:body>")
        anchor = container.find(qn("w:sectPr"))
        for node in list(parsed):
            if anchor is not None:
                anchor.addprevious(node)
            else:
                container.append(node)

    # ---- page furniture ----------------------------------------------------------------------
    def letterhead(self) -> None:
        """Logo (or monogram) beside the company name and two detail lines, over an accent rule."""
        head = self.doc.letterhead
        header = self.word.sections[0].header
        header.is_linked_to_previous = False
        logo = head.logo_png or monogram_png(head.company_name)
        logo_run = self.picture(header.part, logo, (LOGO_MM, LOGO_MM), head.company_name)
        text = [self.p("KAM Letterhead Name", head.company_name)]
        text += [self.p("Header", line) for line in head.details[:2]]
        columns = column_widths(((LOGO_MM + 4) / TEXT_WIDTH_MM, 1 - (LOGO_MM + 4) / TEXT_WIDTH_MM))
        rule = {"bottom": (10, ACCENT)}
        cells = [
            cell_xml(
                columns[0], self.p_xml("Header", logo_run), borders=rule, margins=(0, 0, 3, 0)
            ),
            cell_xml(columns[1], "".join(text), borders=rule, margins=(0, 0, 3, 0)),
        ]
        element = header._element
        for child in list(element):
            element.remove(child)
        # A header must end with a paragraph: a tiny one, so the body starts where the PDF's does.
        self.fill(element, [table_xml(columns, [row_xml(cells)]), self.spacer()])

    def footer(self) -> None:
        """The document's footer line on the left, "page X of Y" (Word fields) on the right."""
        footer = self.word.sections[0].footer
        footer.is_linked_to_previous = False
        content = run_xml(self.doc.footer) + f"<w:r><w:rPr>{RUN_FONTS}</w:rPr><w:tab/></w:r>"
        content += self.page_label(self.doc.page_label)
        element = footer._element
        for child in list(element):
            element.remove(child)
        paragraph = self.p_xml(
            "Footer", content, top_rule=(4, RULE), right_tab_mm=TEXT_WIDTH_MM, keep_next=False
        )
        self.fill(element, [paragraph])

    @staticmethod
    def page_label(label: str) -> str:
        """«Страница {page} из {pages}» → text runs around PAGE and NUMPAGES fields."""
        runs = []
        for literal, name, _spec, _conversion in string.Formatter().parse(label):
            if literal:
                runs.append(run_xml(literal))
            if name == "page":
                runs.append(field_xml("PAGE"))
            elif name == "pages":
                runs.append(field_xml("NUMPAGES"))
            elif name is not None:
                runs.append(run_xml("{" + name + "}"))
        return "".join(runs)

    # ---- story -------------------------------------------------------------------------------
    def body(self) -> None:
        doc = self.doc
        story = [self.p("Title", doc.title), self.p("KAM Reference", doc.reference)]
        story += self.recipients_box()
        story.append(self.p("KAM Greeting", doc.greeting))
        for block in doc.cover:
            story += self.block(block)
        for section in doc.sections[:-1]:
            story += self.section(section)
        # The validity statement ends the document: kept on one page with the last section.
        self.keeping = True
        if doc.sections:
            story += self.section(doc.sections[-1])
        story.append(self.p("KAM Validity", doc.validity))
        if doc.signature is not None:
            story += self.signature(doc.signature)
        self.keeping = False
        story.append(self.spacer())
        self.fill(self.word.element.body, story)

    def recipients_box(self) -> list[str]:
        lines = self.doc.recipients
        content = [self.p("KAM Recipients Label", self.doc.recipients_label)]
        for i, line in enumerate(lines):
            strong = i == 0 and len(lines) > 1
            content.append(self.p("KAM Recipient Company" if strong else "KAM Recipient", line))
        columns = column_widths((1.0,))
        cell = cell_xml(
            columns[0],
            "".join(content),
            borders={"left": (20, ACCENT)},
            fill=ACCENT_LIGHT,
            margins=(6, 8, 6, 6),
        )
        return [table_xml(columns, [row_xml([cell])]), self.spacer()]

    def section(self, section: Section) -> list[str]:
        flow = [self.p("Heading 1", section.heading)]
        for block in section.blocks:
            flow += self.block(block)
        return flow

    def block(self, block: Block) -> list[str]:
        match block:
            case Paragraph(text=text, style=style):
                names = {"lead": "KAM Lead", "note": "KAM Note", "emphasis": "KAM Emphasis"}
                return [self.p(names.get(style, "Normal"), text)]
            case Subheading(text=text):
                return [self.p("Heading 2", text)]
            case Bullets(items=items):
                return self.bullets(items)
            case KeyFigures():
                return self.key_figures(block)
            case DataTable():
                return self.data_table(block)
            case BarChart():
                return self.chart(block)
            case FieldList():
                return self.field_list(block)
            case Requisites():
                return self.requisites(block)
        raise TypeError(f"unknown block {block!r}")

    def bullets(self, items: Sequence[str]) -> list[str]:
        last = len(items) - 1
        return [
            self.p(
                "List Bullet", item, num_id=self.bullet_num_id, space_after=6 if i == last else None
            )
            for i, item in enumerate(items)
        ]

    def key_figures(self, block: KeyFigures) -> list[str]:
        if not block.items:  # a table row needs at least one cell
            return []
        count = len(block.items)
        columns = column_widths([1 / count] * count)
        cells = [
            cell_xml(
                width,
                self.p("KAM Figure", value) + self.p("KAM Figure Caption", caption),
                borders={"top": (16, ACCENT)},
                fill=ZEBRA,
                margins=(6, 6, 7, 6),
            )
            for width, (value, caption) in zip(columns, block.items, strict=False)
        ]
        return [table_xml(columns, [row_xml(cells)]), self.spacer()]

    def data_table(self, block: DataTable) -> list[str]:
        numeric = set(block.numeric_columns)
        columns = column_widths(block.widths)

        def align(col: int) -> str | None:
            return "right" if col in numeric else None

        head = [
            cell_xml(w, self.p("KAM Table Heading", text, align=align(col)), fill=ACCENT)
            for col, (w, text) in enumerate(zip(columns, block.header, strict=True))
        ]
        rows = [row_xml(head, header=True)]
        for i, values in enumerate(block.rows):
            cells = [
                cell_xml(
                    w,
                    self.p("KAM Table Text", text, align=align(col)),
                    borders={"bottom": (3, RULE)},
                    fill=ZEBRA if i % 2 else None,
                )
                for col, (w, text) in enumerate(zip(columns, values, strict=True))
            ]
            rows.append(row_xml(cells))
        rows += self.table_footer(block, columns)
        return [table_xml(columns, rows), self.spacer()]

    def table_footer(self, block: DataTable, columns: Sequence[int]) -> list[str]:
        """Totals under the table: the label spans all columns but the last (the value)."""
        if len(columns) < 2:  # no column to span: label and value share the one cell
            return [
                row_xml([self.footer_cell(columns[0], f"{label} {value}", 1, j, block)])
                for j, (label, value) in enumerate(block.footer)
            ]
        span = len(columns) - 1
        return [
            row_xml(
                [
                    self.footer_cell(sum(columns[:-1]), label, span, j, block),
                    self.footer_cell(columns[-1], value, 1, j, block),
                ]
            )
            for j, (label, value) in enumerate(block.footer)
        ]

    def footer_cell(self, width: int, text: str, span: int, j: int, block: DataTable) -> str:
        strong = j in block.strong_footer_rows
        run = run_xml(text, bold=strong, size=9 if strong else None)
        return cell_xml(
            width,
            self.p_xml("KAM Table Text", run, align="right"),
            span=span,
            borders={"top": (6, ACCENT)} if j == 0 else None,
            fill=ACCENT_LIGHT if strong else None,
        )

    def chart(self, block: BarChart) -> list[str]:
        png = chart_png(block, self.doc.language)
        picture = self.picture(self.word.part, png, (TEXT_WIDTH_MM, CHART_HEIGHT_MM), block.title)
        return [self.p("KAM Chart Title", block.title), self.p_xml("KAM Chart", picture)]

    def field_list(self, block: FieldList) -> list[str]:
        columns = column_widths((0.30, 0.70))
        line = {"bottom": (3, RULE)}
        rows = [
            row_xml(
                [
                    cell_xml(
                        columns[0],
                        self.p("KAM Field Label", label),
                        borders=line,
                        margins=(4, 4, 4, 4),
                    ),
                    cell_xml(
                        columns[1],
                        self.p("KAM Table Text", value),
                        borders=line,
                        margins=(4, 4, 4, 4),
                    ),
                ]
            )
            for label, value in block.rows
        ]
        return [table_xml(columns, rows), self.spacer()] if rows else []

    def requisites(self, block: Requisites) -> list[str]:
        if not block.parties:
            return []
        count = len(block.parties)
        columns = column_widths([1 / count] * count)
        cells = []
        for width, party in zip(columns, block.parties, strict=False):
            content = self.p("KAM Party Heading", party.heading.upper())
            content += self.p("KAM Party Name", party.name)
            content += "".join(
                self.p("KAM Party Row", f"{label}: {value}") for label, value in party.rows
            )
            cells.append(
                cell_xml(
                    width, content, borders={"top": (8, ACCENT)}, fill=ZEBRA, margins=(6, 6, 7, 6)
                )
            )
        return [table_xml(columns, [row_xml(cells)]), self.spacer()]

    def signature(self, sign: Signature) -> list[str]:
        """Position | facsimile or a line to sign on | name; «М. П.» and the stamp below."""
        columns = column_widths((0.40, 0.30, 0.30))
        pad = (0, 0, 0, 4)
        if sign.signature_png:
            facsimile = self.picture(self.word.part, sign.signature_png, (40, 14), sign.name)
            middle = cell_xml(
                columns[1], self.p_xml("KAM Signature", facsimile), margins=pad, valign="bottom"
            )
        else:  # a line to sign on, with room above it
            middle = cell_xml(
                columns[1],
                self.p("KAM Signature", space_before=18),
                borders={"bottom": (5, BLACK)},
                margins=pad,
                valign="bottom",
            )
        rows = [
            row_xml(
                [
                    cell_xml(
                        columns[0],
                        self.p("KAM Signature", sign.position),
                        margins=pad,
                        valign="bottom",
                    ),
                    middle,
                    cell_xml(
                        columns[2],
                        self.p("KAM Signature", sign.name),
                        margins=(0, 8, 0, 0),
                        valign="bottom",
                    ),
                ]
            )
        ]
        # «М. П.» marks where the stamp goes; the stamp image, when there is one, sits on it
        # (as in the PDF).
        stamp = self.p("KAM Stamp", sign.stamp_label) if sign.stamp_label else ""
        if sign.stamp_png:
            stamp += self.p_xml(
                "KAM Stamp",
                self.picture(self.word.part, sign.stamp_png, (32, 32), sign.stamp_label),
            )
        if stamp:
            empty = self.p("KAM Stamp")
            rows.append(
                row_xml(
                    [
                        cell_xml(columns[0], stamp, margins=(6, 0, 0, 0)),
                        cell_xml(columns[1], empty),
                        cell_xml(columns[2], empty),
                    ]
                )
            )
        return [table_xml(columns, rows)]


def render_docx(document: ProposalDocument) -> bytes:
    return DocxRenderer(document).render()
