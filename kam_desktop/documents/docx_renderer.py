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

Its parts: docx_xml.py (palette, geometry, WordprocessingML as text), docx_pictures.py (chart
and monogram PNGs), docx_template.py (the styled template and the fixed-time zip); this module
lays the document out.
"""

from __future__ import annotations

import io
import string
from collections.abc import Sequence
from datetime import UTC

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.story import StoryPart
from docx.shared import Emu, Mm
from lxml import etree

from kam_desktop.documents.docx_pictures import chart_png, monogram_png
from kam_desktop.documents.docx_template import template, zip_with_fixed_times
from kam_desktop.documents.docx_xml import (
    ACCENT,
    ACCENT_LIGHT,
    BLACK,
    CHART_HEIGHT_MM,
    FOOTER_DISTANCE_MM,
    HEADER_DISTANCE_MM,
    LOGO_MM,
    MARGIN_BOTTOM_MM,
    MARGIN_TOP_MM,
    MARGIN_X_MM,
    NAMESPACES,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    RULE,
    RUN_FONTS,
    TEXT_WIDTH_MM,
    ZEBRA,
    cell_xml,
    column_widths,
    field_xml,
    paragraph_xml,
    plain,
    row_xml,
    run_xml,
    table_xml,
)
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
