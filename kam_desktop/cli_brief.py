"""``brief``: the meeting brief of one client as a PDF (internal: it prints the dossier).

Heavy modules are imported inside the handler, so registering the verb costs nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kam_desktop.cli_agenda import iso_date
from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.services.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    brief = subparsers.add_parser(
        "brief",
        help=_("write the meeting brief of a client (PDF, internal)"),
        description=_(
            "Write a one- or two-page PDF to take to a meeting: the attendees with role, "
            "influence, attitude and what to remember about them, the last interactions, open "
            "proposals, agreed next steps and coverage warnings. The brief is internal: it "
            "prints the dossier."
        ),
    )
    brief.add_argument("client_id", metavar="CLIENT_ID", help=_("the client's id"))
    brief.add_argument(
        "--out", required=True, type=pdf_path, metavar="FILE.pdf", help=_("the PDF to write")
    )
    brief.add_argument(
        "--attendee",
        action="append",
        metavar="PERSON_ID",
        help=_("a member of the decision group at the meeting (repeat; default: all)"),
    )
    brief.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=_("the day of the meeting (default: today)"),
    )
    brief.set_defaults(handler=run_brief, create_db=False)


def pdf_path(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(
            _("the brief is a PDF: give a file name ending in .pdf: {value}").format(value=value)
        )
    return path


def run_brief(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.meeting_brief import MeetingBriefService

    written = MeetingBriefService(db).write(args.out, args.client_id, args.attendee, args.date)
    print(written)
    return 0
