"""The styled empty document the DOCX renderer (docx_renderer.py) starts from, prepared once per
process: named paragraph styles sized like the PDF, the bullet numbering, package furniture
(theme and font table in our font, app properties), and the zip rewritten with fixed times.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from functools import cache

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from lxml import etree

from kam_desktop.documents.docx_xml import (
    ACCENT,
    BLACK,
    FONT,
    MUTED,
    RUN_FONTS,
    THEME_FONT_ATTRIBUTES,
    WHITE,
)

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
