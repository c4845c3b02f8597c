"""ProposalDocument → PDF bytes with ReportLab (pretix-style renderer: fonts, styles, story,
page hooks, a numbered canvas for "page X of Y").

Invariant mode is on, so the same document renders to the same bytes: frozen revisions and
tests compare PDFs byte for byte; the creation date written is the document's own (the
revision's issue time), never the clock's. All text is escaped before it enters Paragraph
markup.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from kam_desktop.documents import fonts
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

# Our chart code sets valid attributes; ReportLab's per-assignment checks cost ~8 % of a render.
rl_config.shapeChecking = 0

ACCENT = colors.HexColor("#1F3A5F")
ACCENT_LIGHT = colors.HexColor("#E8EEF5")
RULE = colors.HexColor("#C9D3DF")
MUTED = colors.HexColor("#5B6675")
ZEBRA = colors.HexColor("#F6F8FB")
INVESTMENT_COLOUR = colors.HexColor("#8A9BB0")
SAVINGS_COLOUR = colors.HexColor("#2E8B57")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 32 * mm
MARGIN_BOTTOM = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CELL_PADDING = 4
CELL_SIZE = 8.5


# Characters the shipped font lacks, spelled out rather than printed as empty boxes.
GLYPH_SUBSTITUTES = str.maketrans({"\u20bd": "руб."})


def plain(text: str) -> str:
    return text.translate(GLYPH_SUBSTITUTES)


def markup(text: str) -> str:
    """User text → safe Paragraph markup (escaped; line breaks kept)."""
    return escape(plain(text)).replace("\n", "<br/>")


@cache
def styles() -> dict[str, ParagraphStyle]:
    font = fonts.register_fonts()
    base = ParagraphStyle(
        "body", fontName=font, bulletFontName=font, fontSize=9.5, leading=13.5, spaceAfter=5
    )
    return {
        "body": base,
        "lead": ParagraphStyle("lead", base, fontSize=10.5, leading=15, spaceAfter=8),
        "note": ParagraphStyle(
            "note", base, fontName=fonts.ITALIC, fontSize=8, leading=11, textColor=MUTED
        ),
        "emphasis": ParagraphStyle("emphasis", base, fontName=fonts.BOLD, spaceBefore=4),
        "title": ParagraphStyle(
            "title", base, fontName=fonts.BOLD, fontSize=20, leading=24, textColor=ACCENT
        ),
        "reference": ParagraphStyle("reference", base, textColor=MUTED, spaceAfter=10),
        "recipient_label": ParagraphStyle(
            "recipient_label", base, fontName=fonts.BOLD, fontSize=8, textColor=MUTED, spaceAfter=1
        ),
        "recipient": ParagraphStyle("recipient", base, spaceAfter=1),
        "recipient_org": ParagraphStyle("recipient_org", base, fontName=fonts.BOLD, spaceAfter=2),
        "field_label": ParagraphStyle(
            "field_label", base, fontName=fonts.BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        "party_head": ParagraphStyle(
            "party_head", base, fontName=fonts.BOLD, fontSize=8, leading=10, textColor=MUTED
        ),
        "party_name": ParagraphStyle(
            "party_name", base, fontName=fonts.BOLD, fontSize=8.5, leading=11, spaceAfter=2
        ),
        "party_row": ParagraphStyle("party_row", base, fontSize=8, leading=10.5, spaceAfter=0),
        "sign": ParagraphStyle("sign", base, spaceAfter=0),
        "sign_muted": ParagraphStyle("sign_muted", base, fontSize=8, textColor=MUTED),
        "greeting": ParagraphStyle(
            "greeting", base, fontName=fonts.BOLD, fontSize=11, leading=15, spaceBefore=10
        ),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=fonts.BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "bullet": ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head",
            base,
            fontName=fonts.BOLD,
            fontSize=8.5,
            leading=11,
            spaceAfter=0,
            textColor=colors.white,
        ),
        "cell_head_num": ParagraphStyle(
            "cell_head_num",
            base,
            fontName=fonts.BOLD,
            fontSize=8.5,
            leading=11,
            spaceAfter=0,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "figure": ParagraphStyle(
            "figure",
            base,
            fontName=fonts.BOLD,
            fontSize=15,
            leading=18,
            textColor=ACCENT,
            spaceAfter=1,
            alignment=TA_LEFT,
        ),
        "figure_caption": ParagraphStyle(
            "figure_caption", base, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0
        ),
        "validity": ParagraphStyle(
            "validity",
            base,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=14,
        ),
    }


def _numbered_canvas(doc: ProposalDocument) -> type[Canvas]:
    """A canvas that knows the page count when it writes each footer (page X of Y)."""

    class NumberedCanvas(Canvas):
        # Canvas internals the type stubs leave out (declared only, nothing assigned here).
        _doc: Any
        _pageNumber: int
        _startPage: Callable[[], None]

        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = fonts.REGULAR  # never Helvetica, not even unused
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _timestamp(doc)  # the revision's time, not 2000-01-01
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, 13 * mm, PAGE_WIDTH - MARGIN_X, 13 * mm)
            self.setFont(fonts.REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, 9 * mm, plain(doc.footer))
            label = doc.page_label.format(page=self._pageNumber, pages=total)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, 9 * mm, label)
            self.restoreState()

    return NumberedCanvas


def _timestamp(doc: ProposalDocument) -> TimeStamp:
    """ReportLab's invariant time stamp, moved to the document's creation time (UTC)."""
    stamp = TimeStamp(invariant=1)
    created = doc.metadata.created.astimezone(UTC)
    stamp.t = created.timestamp()
    stamp.lt = created.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


class ProposalRenderer:
    """Renders one ProposalDocument; ``render()`` returns the PDF bytes."""

    def __init__(self, document: ProposalDocument) -> None:
        self.doc = document
        self.styles = styles()

    def render(self) -> bytes:
        buffer = io.BytesIO()
        meta = self.doc.metadata
        template = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=meta.keywords,  # type: ignore[arg-type]  # a str works (stubs: list only)
            creator="KAM Desktop",
            lang=meta.language,
            invariant=1,
            initialFontName=fonts.REGULAR,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            TEXT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        template.addPageTemplates([PageTemplate("page", [frame], onPage=self._draw_header)])
        template.build(self.story(), canvasmaker=_numbered_canvas(self.doc))
        return buffer.getvalue()

    # ---- page furniture ----------------------------------------------------------------------
    def _draw_header(self, canvas: Canvas, _template: BaseDocTemplate) -> None:
        head = self.doc.letterhead
        canvas.saveState()
        top = PAGE_HEIGHT - 12 * mm
        x = MARGIN_X
        logo_size = 13 * mm
        if head.logo_png:
            canvas.drawImage(
                ImageReader(io.BytesIO(page_image(head.logo_png))),
                x,
                top - logo_size,
                logo_size,
                logo_size,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
        else:
            self._draw_monogram(canvas, x, top - logo_size, logo_size, head.company_name)
        text_x = x + logo_size + 4 * mm
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.BOLD, 12)
        canvas.drawString(text_x, top - 4.5 * mm, plain(head.company_name))
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        for i, line in enumerate(head.details[:2]):
            canvas.drawString(text_x, top - 8.5 * mm - i * 3.4 * mm, plain(line))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        rule_y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        canvas.restoreState()

    @staticmethod
    def _draw_monogram(canvas: Canvas, x: float, y: float, size: float, name: str) -> None:
        initials = "".join(w[0] for w in name.replace("«", " ").split()[:2] if w[0].isalnum())
        canvas.setFillColor(ACCENT)
        canvas.roundRect(x, y, size, size, 2 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(fonts.BOLD, 13)
        canvas.drawCentredString(x + size / 2, y + size / 2 - 4.5, initials.upper()[:2] or "•")

    # ---- story -------------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        st, doc = self.styles, self.doc
        story: list[Flowable] = [
            RLParagraph(markup(doc.title), st["title"]),
            RLParagraph(markup(doc.reference), st["reference"]),
        ]
        story.append(self.recipients_box())
        story.append(RLParagraph(markup(doc.greeting), st["greeting"]))
        for block in doc.cover:
            story += self.block(block)
        for section in doc.sections[:-1]:
            story += self.section(section)
        # The validity statement ends the document: never alone on a page of its own.
        closing: list[Flowable] = [RLParagraph(markup(doc.validity), st["validity"])]
        if doc.signature is not None:
            closing += [Spacer(1, 8), self.signature(doc.signature)]
        if doc.sections:
            closing = [*self.section(doc.sections[-1])[1:], *closing]
            story.append(CondPageBreak(45 * mm))
        story.append(KeepTogether(closing))
        return story

    def recipients_box(self) -> Flowable:
        st = self.styles
        cells = [RLParagraph(markup(self.doc.recipients_label), st["recipient_label"])]
        for i, line in enumerate(self.doc.recipients):
            style = (
                st["recipient_org"] if i == 0 and len(self.doc.recipients) > 1 else st["recipient"]
            )
            cells.append(RLParagraph(markup(line), style))
        table = Table([[cells]], colWidths=[TEXT_WIDTH])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ]
            )
        )
        return table

    def section(self, section: Section) -> list[Flowable]:
        # Start a heading on a new page rather than strand it at the bottom of one.
        flow: list[Flowable] = [CondPageBreak(45 * mm)]
        flow.append(RLParagraph(markup(section.heading), self.styles["h1"]))
        for block in section.blocks:
            flow += self.block(block)
        return flow

    def block(self, block: Block) -> list[Flowable]:
        st = self.styles
        match block:
            case Paragraph(text=text, style=style):
                return [RLParagraph(markup(text), st.get(style, st["body"]))]
            case Subheading(text=text):
                return [RLParagraph(markup(text), st["h2"])]
            case Bullets(items=items):
                bullets: list[Flowable] = [
                    RLParagraph(markup(i), st["bullet"], bulletText="•") for i in items
                ]
                return [*bullets, Spacer(1, 4)]
            case KeyFigures():
                return [self.key_figures(block), Spacer(1, 6)]
            case DataTable():
                return [self.table(block), Spacer(1, 6)]
            case BarChart():
                return [KeepTogether([self.chart(block)]), Spacer(1, 4)]
            case FieldList():
                return [self.field_list(block), Spacer(1, 6)]
            case Requisites():
                return [self.requisites(block), Spacer(1, 4)]
        raise TypeError(f"unknown block {block!r}")

    def field_list(self, block: FieldList) -> Table:
        st = self.styles
        data = [
            [RLParagraph(markup(label), st["field_label"]), RLParagraph(markup(value), st["cell"])]
            for label, value in block.rows
        ]
        table = Table(data, colWidths=[0.30 * TEXT_WIDTH, 0.70 * TEXT_WIDTH], splitByRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def requisites(self, block: Requisites) -> Table:
        st = self.styles
        cells = []
        for party in block.parties:
            cell: list[Flowable] = [
                RLParagraph(markup(party.heading.upper()), st["party_head"]),
                RLParagraph(markup(party.name), st["party_name"]),
            ]
            cell += [
                RLParagraph(f"{markup(label)}: {markup(value)}", st["party_row"])
                for label, value in party.rows
            ]
            cells.append(cell)
        return _panel(cells, rule=1)

    def signature(self, sign: Signature) -> Table:
        """Position | signature (facsimile or a line) | name; «М. П.» and the stamp below."""
        st = self.styles
        if sign.signature_png:
            middle: Flowable | str = _image(sign.signature_png, 40 * mm, 14 * mm)
        else:
            middle = ""
        rows: list[list[Flowable | str | list[Flowable]]] = [
            [
                RLParagraph(markup(sign.position), st["sign"]),
                middle,
                RLParagraph(markup(sign.name), st["sign"]),
            ]
        ]
        # «М. П.» marks where the stamp goes; the stamp image, when there is one, sits on it.
        stamp: list[Flowable] = []
        if sign.stamp_label:
            stamp.append(RLParagraph(markup(sign.stamp_label), st["sign_muted"]))
        if sign.stamp_png:
            stamp.append(_image(sign.stamp_png, 32 * mm, 32 * mm))
        if stamp:
            rows.append([stamp, "", ""])
        widths = [0.40 * TEXT_WIDTH, 0.30 * TEXT_WIDTH, 0.30 * TEXT_WIDTH]
        table = Table(rows, colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                    ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, -1), 6),
                ]
            )
        )
        return table

    def key_figures(self, block: KeyFigures) -> Table:
        st = self.styles
        cells = [
            [
                RLParagraph(markup(value), st["figure"]),
                RLParagraph(markup(caption), st["figure_caption"]),
            ]
            for value, caption in block.items
        ]
        return _panel(cells, rule=2)

    def table(self, block: DataTable) -> Table:
        st = self.styles
        numeric = set(block.numeric_columns)
        n = len(block.header)

        room = [w * TEXT_WIDTH - 2 * CELL_PADDING for w in block.widths]

        def fits(text: str, col: int, font: str) -> bool:
            return "\n" not in text and stringWidth(plain(text), font, CELL_SIZE) <= room[col]

        def head(text: str, col: int) -> RLParagraph | str:
            if fits(text, col, fonts.BOLD):
                return plain(text)  # styled by the table's header commands
            return RLParagraph(
                markup(text), st["cell_head_num"] if col in numeric else st["cell_head"]
            )

        def cell(text: str, col: int) -> RLParagraph | str:
            # A text on one line needs no Paragraph: a plain string cell is several times
            # cheaper to lay out and draw (a proposal has a few hundred cells).
            if col in numeric or fits(text, col, fonts.REGULAR):
                return plain(text)
            return RLParagraph(markup(text), st["cell"])

        data: list[list[RLParagraph | str]] = [[head(h, i) for i, h in enumerate(block.header)]]
        data += [[cell(v, i) for i, v in enumerate(row)] for row in block.rows]
        first_footer = len(data)
        for label, value in block.footer:
            data.append([plain(label), *[""] * (n - 2), plain(value)])
        table = Table(
            data, colWidths=[w * TEXT_WIDTH for w in block.widths], repeatRows=1, splitByRow=1
        )
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("LEADING", (0, 0), (-1, -1), 11),
            ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, first_footer - 1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        for r in range(2, first_footer, 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        for col in numeric:
            commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
        for r in range(first_footer, len(data)):
            commands.append(("SPAN", (0, r), (n - 2, r)))
            commands.append(("ALIGN", (0, r), (-1, r), "RIGHT"))
        if block.footer:
            commands.append(("LINEABOVE", (0, first_footer), (-1, first_footer), 0.8, ACCENT))
            for j in block.strong_footer_rows:
                r = first_footer + j
                commands.append(("BACKGROUND", (0, r), (-1, r), ACCENT_LIGHT))
                commands.append(("FONTNAME", (0, r), (-1, r), fonts.BOLD))
                commands.append(("FONTSIZE", (0, r), (-1, r), 9))
        table.setStyle(TableStyle(commands))
        return table

    def chart(self, block: BarChart) -> Drawing:
        font = fonts.REGULAR
        height = 68 * mm
        drawing = Drawing(TEXT_WIDTH, height)
        # the renderer would start in Times-Roman; an attribute the stubs do not declare
        drawing.initialFontName = font  # type: ignore[attr-defined]
        drawing.add(
            String(
                0,
                height - 10,
                plain(block.title),
                fontName=fonts.BOLD,
                fontSize=9.5,
                fillColor=ACCENT,
            )
        )
        chart = VerticalBarChart()
        chart.x, chart.y = 34, 16
        # the stubs type the sizes as int; ReportLab takes points as floats
        chart.width, chart.height = TEXT_WIDTH - 44, height - 56  # type: ignore[assignment]
        chart.data = [
            [float(v / block.axis_divisor) for v in series.values] for series in block.series
        ]
        top = max(max(row) for row in chart.data) or 1.0
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = top * 1.18
        chart.valueAxis.labels.fontName = font
        chart.valueAxis.labels.fontSize = 7.5
        chart.valueAxis.labelTextFormat = lambda v: _axis_number(v, self.doc.language)
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E9F0")
        chart.valueAxis.visibleGrid = 1
        chart.categoryAxis.categoryNames = [plain(c) for c in block.categories]
        chart.categoryAxis.labels.fontName = font
        chart.categoryAxis.labels.fontSize = 8.5
        chart.categoryAxis.labels.dy = -3
        chart.categoryAxis.strokeColor = RULE
        chart.barSpacing = 3
        chart.groupSpacing = 18
        chart.bars[0].fillColor = INVESTMENT_COLOUR
        chart.bars[1].fillColor = SAVINGS_COLOUR
        chart.bars.strokeColor = None
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = 7.5
        chart.barLabels.nudge = 6
        chart.barLabelFormat = "values"
        chart.barLabelArray = [list(labels) for labels in block.value_labels]
        drawing.add(chart)
        legend = Legend()
        legend.fontName = font
        legend.fontSize = 8
        legend.x, legend.y = 0, height - 18  # type: ignore[assignment]  # stubs: int only
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 160
        legend.dxTextSpace = 5
        legend.boxAnchor = "nw"
        legend.colorNamePairs = [
            (INVESTMENT_COLOUR, plain(block.series[0].name)),
            (SAVINGS_COLOUR, plain(block.series[1].name)),
        ]
        drawing.add(legend)
        return drawing


@lru_cache(maxsize=16)
def page_image(png: bytes) -> bytes:
    """The image on the white page as a JPEG, which ReportLab embeds as it is.

    A PNG is decoded and deflated again on every render (a 480 px stamp cost ~35 ms of a
    130 ms proposal); a JPEG passes straight through, and the page under it is white anyway.
    """
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(png)) as picture:
        rgba = picture.convert("RGBA")
    page = PILImage.new("RGB", rgba.size, "white")
    page.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    page.save(out, format="JPEG", quality=92, subsampling=0)
    return out.getvalue()


def _panel(cells: list, rule: float) -> Table:
    """Cells side by side on a light panel under an accent rule (key figures, requisites)."""
    width = TEXT_WIDTH / max(len(cells), 1)
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), rule, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _image(png: bytes, max_width: float, max_height: float) -> Image:
    """An image scaled to fit the box with its aspect ratio kept."""
    data = page_image(png)
    width, height = ImageReader(io.BytesIO(data)).getSize()
    scale = min(max_width / width, max_height / height)
    image = Image(io.BytesIO(data), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image


def _axis_number(value: float, lang: str) -> str:
    text = f"{Decimal(str(round(value, 1))).normalize():f}"
    return text.replace(".", ",") if lang == "ru" else text


def render_pdf(document: ProposalDocument) -> bytes:
    return ProposalRenderer(document).render()
