"""The meeting brief: one or two A4 pages a KAM prints before meeting a client.

INTERNAL: unlike a proposal it prints the dossier (attitudes, concerns, family, topics to
avoid), so every page carries a "Confidential" footer. The fonts, paragraph styles and
escaping are the proposal renderer's (``documents/renderer.py``); texts are cut with an
ellipsis so a ten-person group still fits on two pages (attendees in two columns).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from kam_desktop.documents import fonts
from kam_desktop.documents.formatting import Formatter
from kam_desktop.documents.renderer import ACCENT, ACCENT_LIGHT, MUTED, RULE, ZEBRA, markup, plain
from kam_desktop.documents.renderer import styles as proposal_styles
from kam_desktop.domain.agenda import StepFact
from kam_desktop.domain.dossier import Birthday, Interaction, Member
from kam_desktop.domain.enums import ClientStatus, ReliabilityResult
from kam_desktop.domain.portfolio import OpenProposal
from kam_desktop.i18n import N_, _

BIRTHDAY_SOON_DAYS = 30
LAST_INTERACTIONS = 5
MAX_STEPS = 12  # the overdue and soonest first; the rest is counted, not listed
WARNING_COLOUR = colors.HexColor("#A33A2B")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 14 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 16 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
COLUMN_GAP = 4 * mm

# How much of each free text an attendee card keeps (characters, then "…"): less when more
# people come, so ten attendees with full dossiers still leave page 2 for the rest.
CARD_TEXT_BY_GROUP = ((4, 150), (6, 110), (8, 80))
CARD_TEXT_LARGE_GROUP = 60
SUMMARY_TEXT = 190

STATUS_LABELS = {
    ClientStatus.PROSPECT: N_("prospect"),
    ClientStatus.ACTIVE: N_("active client"),
    ClientStatus.KEY: N_("key client"),
    ClientStatus.DORMANT: N_("dormant client"),
    ClientStatus.LOST: N_("lost client"),
}
RELIABILITY_LABELS = {
    ReliabilityResult.NOT_CHECKED: N_("not checked"),
    ReliabilityResult.RELIABLE: N_("reliable"),
    ReliabilityResult.ACCEPTABLE: N_("acceptable"),
    ReliabilityResult.RISKY: N_("risky"),
}


@dataclass(frozen=True, slots=True)
class BriefAttendee:
    member: Member
    role_label: str


@dataclass(frozen=True, slots=True)
class MeetingBrief:
    """Everything one brief prints (built by ``services/meeting_brief``)."""

    client_name: str
    client_status: ClientStatus
    meeting_on: date
    language: str
    attendees: Sequence[BriefAttendee]
    interactions: Sequence[Interaction] = ()  # newest first, at most LAST_INTERACTIONS
    member_names: dict[str, str] = field(default_factory=dict)  # id → name (interactions)
    proposals: Sequence[OpenProposal] = ()
    steps: Sequence[StepFact] = ()
    warnings: Sequence[str] = ()
    coverage_score: int | None = None
    share_pct: Decimal | None = None
    reliability: ReliabilityResult = ReliabilityResult.NOT_CHECKED
    reliability_checked_on: date | None = None
    group_size: int = 0


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;:.— ") + "…"


def card_text_limit(attendees: int) -> int:
    for most, limit in CARD_TEXT_BY_GROUP:
        if attendees <= most:
            return limit
    return CARD_TEXT_LARGE_GROUP


def birthday_soon(birthday: Birthday | None, on: date) -> tuple[date, int | None] | None:
    """(the day, the age reached) when the birthday falls within 30 days of ``on``."""
    if birthday is None or not birthday.is_valid():
        return None
    day = birthday.next_occurrence(on)
    if day > on + timedelta(days=BIRTHDAY_SOON_DAYS):
        return None
    return day, (day.year - birthday.year) if birthday.year else None


def _brief_styles() -> dict[str, ParagraphStyle]:
    base = proposal_styles()
    body = base["body"]
    small = ParagraphStyle("brief_small", body, fontSize=8, leading=10.2, spaceAfter=0)
    return {
        "title": ParagraphStyle("brief_title", base["title"], fontSize=16, leading=19),
        "sub": ParagraphStyle("brief_sub", small, textColor=MUTED, fontSize=8.5, leading=11),
        "h": ParagraphStyle(
            "brief_h",
            base["h2"],
            textColor=ACCENT,
            fontSize=10,
            leading=13,
            spaceBefore=7,
            spaceAfter=3,
        ),
        "name": ParagraphStyle("brief_name", small, fontName=fonts.BOLD, fontSize=9, leading=11),
        "muted": ParagraphStyle("brief_muted", small, textColor=MUTED),
        "small": small,
        "alert": ParagraphStyle("brief_alert", small, textColor=WARNING_COLOUR),
        "cell": ParagraphStyle("brief_cell", small),
        "head": ParagraphStyle("brief_head", small, fontName=fonts.BOLD, textColor=colors.white),
        "bullet": ParagraphStyle(
            "brief_bullet", small, leftIndent=10, bulletIndent=1, spaceAfter=1.5
        ),
    }


def _numbered_canvas(footer: str, page_label: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        _pageNumber: int
        _startPage: Callable[[], None]

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = fonts.REGULAR
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._saved:
                self.__dict__.update(state)
                self.saveState()
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(MARGIN_X, 11 * mm, PAGE_WIDTH - MARGIN_X, 11 * mm)
                self.setFont(fonts.BOLD, 7.5)
                self.setFillColor(WARNING_COLOUR)
                self.drawString(MARGIN_X, 7.5 * mm, plain(footer))
                self.setFont(fonts.REGULAR, 7.5)
                self.setFillColor(MUTED)
                label = page_label.format(page=self._pageNumber, pages=len(self._saved))
                self.drawRightString(PAGE_WIDTH - MARGIN_X, 7.5 * mm, label)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


class MeetingBriefRenderer:
    def __init__(self, brief: MeetingBrief) -> None:
        self.brief = brief
        self.lang = brief.language
        self.fmt = Formatter(brief.language)
        self.st = _brief_styles()
        self.card_text = card_text_limit(len(brief.attendees))

    def t(self, message: str) -> str:
        return _(message, self.lang)

    def render(self) -> bytes:
        buffer = io.BytesIO()
        title = self.t("Meeting brief: {client}").format(client=self.brief.client_name)
        template = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=plain(title),
            author="KAM Desktop",
            subject=self.t("Confidential"),
            creator="KAM Desktop",
            lang=self.lang,
            invariant=1,
            initialFontName=fonts.REGULAR,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            TEXT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        template.addPageTemplates([PageTemplate("page", [frame])])
        footer = (
            self.t("Confidential: internal, not for the client") + f" · {self.brief.client_name}"
        )
        canvas = _numbered_canvas(footer, self.t("Page {page} of {pages}"))
        template.build(self.story(), canvasmaker=canvas)
        return buffer.getvalue()

    # ---- the story ---------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        parts: list[Flowable] = [*self.heading(), *self.attendees()]
        for section in (self.interactions, self.proposals, self.steps, self.coverage):
            parts += section()
        return parts

    def p(self, text: str, style: str = "small") -> RLParagraph:
        return RLParagraph(markup(text), self.st[style])

    def labelled(self, label: str, text: str, style: str = "small") -> RLParagraph:
        return RLParagraph(f"<b>{markup(label)}:</b> {markup(text)}", self.st[style])

    def heading(self) -> list[Flowable]:
        b = self.brief
        title = self.t("Meeting brief: {client}").format(client=b.client_name)
        facts = [
            self.t("Meeting on {date}").format(date=self.fmt.date_long(b.meeting_on)),
            self.t(STATUS_LABELS[b.client_status]),
        ]
        if b.share_pct is not None:
            facts.append(
                self.t("share of our sales {share}").format(share=self.fmt.percent(b.share_pct))
            )
        reliability = self.t(RELIABILITY_LABELS[b.reliability])
        if b.reliability_checked_on is not None:
            reliability += " " + self.t("({days} days ago)").format(
                days=(b.meeting_on - b.reliability_checked_on).days
            )
        facts.append(self.t("reliability: {result}").format(result=reliability))
        if b.coverage_score is not None:
            facts.append(self.t("coverage {score} %").format(score=b.coverage_score))
        return [
            self.p(title, "title"),
            Spacer(1, 2),
            self.p(" · ".join(facts), "sub"),
            Spacer(1, 3),
        ]

    def attendees(self) -> list[Flowable]:
        b = self.brief
        head = self.t("Attendees ({shown} of {total})").format(
            shown=len(b.attendees), total=b.group_size or len(b.attendees)
        )
        if not b.attendees:
            return [self.p(head, "h"), self.p(self.t("Nobody from the group is chosen."))]
        cards: list[Any] = [self.card(a) for a in b.attendees]
        # One table per pair of cards: a page break can fall between any two rows.
        rows = [self.card_row(cards[i : i + 2]) for i in range(0, len(cards), 2)]
        return [self.p(head, "h"), *rows]

    @staticmethod
    def card_row(pair: list[Any]) -> Table:
        width = (TEXT_WIDTH - COLUMN_GAP) / 2
        row = Table([pair + [""] * (2 - len(pair))], colWidths=[width + COLUMN_GAP / 2] * 2)
        row.hAlign = "LEFT"
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # plain-text cells too
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), COLUMN_GAP / 2),
                    ("LEFTPADDING", (1, 0), (1, -1), COLUMN_GAP / 2),
                    ("RIGHTPADDING", (1, 0), (1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), COLUMN_GAP / 2),
                ]
            )
        )
        return row

    def card(self, attendee: BriefAttendee) -> Table:
        m, on = attendee.member, self.brief.meeting_on
        lines: list[Flowable] = [self.p(m.full_name, "name")]
        if m.position:
            lines.append(self.p(shorten(m.position, 60), "muted"))
        lines.append(
            self.p(
                self.t("{role} · influence {influence}/5 · {attitude}").format(
                    role=attendee.role_label,
                    influence=m.influence,
                    attitude=self.t(m.attitude.value),
                )
            )
        )
        soon = birthday_soon(m.birthday, on)
        if soon is not None:
            day, age = soon
            when = self.fmt.date_long(day) if self.lang == "en" else _day_month(self.fmt, day)
            text = when if age is None else self.t("{date}, turns {age}").format(date=when, age=age)
            lines.append(self.labelled(self.t("Birthday soon"), text, "alert"))
        family = self.family(m)
        fields = (
            (self.t("Family"), family),
            (self.t("Hobbies"), m.hobbies),
            (self.t("Values"), m.values),
            (self.t("Concerns"), m.concerns),
            (self.t("Avoid"), m.topics_to_avoid),
            (self.t("Channel"), ", ".join(x for x in (m.preferred_channel, m.preferred_time) if x)),
        )
        for label, text in fields:
            if text.strip():
                style = "alert" if label == self.t("Avoid") else "small"
                lines.append(self.labelled(label, shorten(text, self.card_text), style))
        card = Table([[line] for line in lines], colWidths=[(TEXT_WIDTH - COLUMN_GAP) / 2])
        card.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                    ("TOPPADDING", (0, 0), (-1, 0), 3),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
                ]
            )
        )
        return card

    def family(self, m: Member) -> str:
        parts = []
        for relative in m.family:
            text = relative.name
            if relative.relation:
                text = (
                    f"{relative.relation} — {text}"
                    if self.lang == "ru"
                    else f"{text} ({relative.relation})"
                )
            parts.append(text)
        return "; ".join(parts)

    def _table(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        head = [self.p(h, "head") for h in header]
        table = Table([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
        style: list[Any] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # Plain-text cells (an empty one too) would be drawn in unembedded Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(rows) + 1, 2)]
        table.setStyle(TableStyle(style))
        return table

    def interactions(self) -> list[Flowable]:
        b = self.brief
        head = self.p(self.t("Last interactions"), "h")
        if not b.interactions:
            return [head, self.p(self.t("No interactions recorded yet."), "muted")]
        rows = []
        for i in b.interactions:
            who = ", ".join(b.member_names[m] for m in i.member_ids if m in b.member_names)
            text = shorten(i.summary, SUMMARY_TEXT)
            if who:
                text = f"{text} ({shorten(who, 70)})"
            rows.append(
                [
                    self.p(_short_date(i.occurred_on)),
                    self.p(self.t(i.kind.value)),
                    self.p(text),
                ]
            )
        widths = [20 * mm, 26 * mm, TEXT_WIDTH - 46 * mm]
        table = self._table([self.t("Date"), self.t("Kind"), self.t("Summary")], rows, widths)
        return [KeepTogether([head, table])]

    def proposals(self) -> list[Flowable]:
        b = self.brief
        head = self.p(self.t("Open proposals"), "h")
        if not b.proposals:
            return [head, self.p(self.t("No open proposals."), "muted")]
        rows = []
        for pr in b.proposals:
            valid = self.t("until {date}").format(date=_short_date(pr.valid_until))
            style = "small"
            if pr.is_expired(b.meeting_on):
                valid, style = (
                    self.t("expired {date}").format(date=_short_date(pr.valid_until)),
                    "alert",
                )
            rows.append(
                [
                    self.p(pr.number),
                    self.p(shorten(pr.title, 90) or "—"),
                    self.p(self.t(pr.status)),
                    self.p(self.fmt.money(pr.total, pr.currency)),
                    self.p(valid, style),
                ]
            )
        widths = [30 * mm, TEXT_WIDTH - 116 * mm, 18 * mm, 36 * mm, 32 * mm]
        header = [
            self.t("Number"),
            self.t("Title"),
            self.t("Status"),
            self.t("Total"),
            self.t("Validity"),
        ]
        return [KeepTogether([head, self._table(header, rows, widths)])]

    def steps(self) -> list[Flowable]:
        b = self.brief
        head = self.p(self.t("Agreed next steps"), "h")
        if not b.steps:
            return [head, self.p(self.t("No open next steps."), "muted")]
        items: list[Flowable] = [head]
        for step in b.steps[:MAX_STEPS]:
            overdue = step.due_on < b.meeting_on
            mark = " " + self.t("(overdue)") if overdue else ""
            text = f"{_short_date(step.due_on)} — {shorten(step.title, 160)}{mark}"
            style = self.st["alert" if overdue else "bullet"]
            if overdue:
                style = ParagraphStyle(
                    "brief_bullet_alert", self.st["bullet"], textColor=WARNING_COLOUR
                )
            items.append(RLParagraph(markup(text), style, bulletText="•"))
        if len(b.steps) > MAX_STEPS:
            more = self.t("… and {count} more: see Today or the dossier.")
            items.append(self.p(more.format(count=len(b.steps) - MAX_STEPS), "muted"))
        return items

    def coverage(self) -> list[Flowable]:
        b = self.brief
        head = self.p(self.t("Coverage of the decision group"), "h")
        if not b.warnings:
            return [head, self.p(self.t("Nothing missing: every coverage check passes."), "muted")]
        items: list[Flowable] = [head]
        for warning in b.warnings:
            items.append(RLParagraph(markup(warning), self.st["bullet"], bulletText="•"))
        return items


def _short_date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def _day_month(fmt: Formatter, day: date) -> str:
    """«14 марта» (the long date without the year)."""
    return fmt.date_long(day).rsplit(" ", 2)[0]


def render_meeting_brief(brief: MeetingBrief) -> bytes:
    return MeetingBriefRenderer(brief).render()
