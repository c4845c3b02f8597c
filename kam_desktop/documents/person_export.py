"""The readable edition of a person's data export (``services/personal_data``): an A4 PDF in
the proposal renderer's embedded fonts, one section per part of the JSON, every value shown as
text. The language is the UI's."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kam_desktop.documents import fonts
from kam_desktop.documents.renderer import RULE, ZEBRA, markup
from kam_desktop.documents.renderer import styles as proposal_styles
from kam_desktop.i18n import N_, _, current_language

# The person's fields in the order a reader expects, with their labels.
PERSON_FIELDS = (
    ("full_name", N_("Name")),
    ("position", N_("Position")),
    ("department", N_("Department")),
    ("role", N_("Role in the decision")),
    ("influence", N_("Influence (1–5)")),
    ("attitude", N_("Attitude")),
    ("decision_style", N_("Decision style")),
    ("concerns", N_("Concerns")),
    ("preferred_channel", N_("Preferred channel")),
    ("preferred_time", N_("Preferred time")),
    ("birthday", N_("Birthday")),
    ("anniversary", N_("Wedding anniversary")),
    ("hobbies", N_("Hobbies")),
    ("values", N_("Values")),
    ("likes", N_("Likes")),
    ("dislikes", N_("Dislikes")),
    ("topics_to_avoid", N_("Topics to avoid")),
    ("notes", N_("Notes")),
    ("last_contact_on", N_("Last contact")),
    ("created_at", N_("Recorded on")),
    ("updated_at", N_("Last changed on")),
)


class _Canvas(Canvas):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = fonts.REGULAR  # never Helvetica, not even unused
        super().__init__(*args, **kwargs)


def _text(value: Any) -> str:
    if isinstance(value, dict) and {"day", "month"} <= value.keys():  # a birthday
        day = f"{value['day']:02d}.{value['month']:02d}"
        return f"{day}.{value['year']}" if value.get("year") else day
    return "" if value is None else str(value)


def _table(rows: list[list[str]], widths: list[float], header: bool = True) -> Table:
    style = proposal_styles()["body"]
    cells = [[Paragraph(markup(cell), style) for cell in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # the cells' own font: never Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    first = 1 if header else 0
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(first + 1, len(rows), 2)]
    table.setStyle(TableStyle(commands))
    return table


def render_person_export(data: dict) -> bytes:
    styles = proposal_styles()
    person = data["person"]
    story: list[Any] = [
        Paragraph(
            markup(_("Personal data held about {name}").format(name=person["full_name"])),
            styles["title"],
        ),
        Paragraph(
            markup(
                _("{client} · exported on {date} by KAM Desktop").format(
                    client=data["client"]["name"], date=data["exported_on"]
                )
            ),
            styles["reference"],
        ),
    ]
    width = A4[0] - 40 * mm
    shown = dict(person)  # the codes a reader does not know, in words
    shown["role"] = data.get("role_names", {}).get(current_language(), person.get("role"))
    shown["attitude"] = _(person.get("attitude") or "")
    rows = [
        [_(label), _text(shown.get(key))]
        for key, label in PERSON_FIELDS
        if _text(shown.get(key)).strip()
    ]
    consent = person.get("consent") or {}
    rows.append(
        [
            _("Consent to processing"),
            _("given on {date} ({how})").format(date=consent["on"], how=consent.get("how", ""))
            if consent.get("on")
            else _("no consent recorded"),
        ]
    )
    story += [
        Paragraph(markup(_("The person")), styles["h1"]),
        _table(rows, [55 * mm, width - 55 * mm], False),
    ]
    sections = [
        (
            _("Contacts"),
            [_("Kind"), _("Value"), _("Label")],
            [[c["kind"], c["value"], c.get("label", "")] for c in person.get("contacts", [])],
            [30 * mm, width - 70 * mm, 40 * mm],
        ),
        (
            _("Family"),
            [_("Name"), _("Relation"), _("Birthday"), _("Notes")],
            [
                [f["name"], f.get("relation", ""), _text(f.get("birthday")), f.get("notes", "")]
                for f in person.get("family", [])
            ],
            [45 * mm, 30 * mm, 30 * mm, width - 105 * mm],
        ),
        (
            _("Interactions they took part in"),
            [_("Date"), _("Kind"), _("What happened"), _("Next step")],
            [
                [i["occurred_on"], i["kind"], i["summary"], i.get("next_step", "")]
                for i in data["interactions"]
            ],
            [22 * mm, 22 * mm, width - 89 * mm, 45 * mm],
        ),
        (
            _("Proposals addressed to them"),
            [_("Number"), _("Title"), _("Status"), _("Valid until")],
            [
                [p["number"], p["title"], p["status"], p["valid_until"]]
                for p in data["proposals_addressed"]
            ],
            [35 * mm, width - 90 * mm, 25 * mm, 30 * mm],
        ),
        (
            _("Informal links"),
            [_("Link"), _("With")],
            [
                [f"{link['kind']} ({link['direction']})", link["other_person"]]
                for link in data["informal_links"]
            ],
            [50 * mm, width - 50 * mm],
        ),
    ]
    for title, header, body, widths in sections:
        story.append(Paragraph(markup(title), styles["h1"]))
        if body:
            story.append(_table([header, *body], widths))
        else:
            story.append(Paragraph(markup(_("None recorded.")), styles["note"]))
        story.append(Spacer(0, 2 * mm))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=_("Personal data held about {name}").format(name=person["full_name"]),
        author="KAM Desktop",
        creator="KAM Desktop",
        initialFontName=fonts.REGULAR,
    )
    document.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()
