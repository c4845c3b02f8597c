"""WordprocessingML written as text for the DOCX renderer (docx_renderer.py): the palette and
page geometry shared with the PDF, user text made safe for XML, and runs, fields, paragraphs,
cells and tables as XML strings (python-docx's object API costs ~1 ms per table cell; text
parsed once by lxml does not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape  # not xml.sax.saxutils: it imports urllib.request (~15 ms)

from docx.oxml.ns import nsdecls

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
