"""``map``: a client's relationship map (decision group by reports-to, informal links) as a
PNG or a one-page PDF — the same drawing the window's Map tab exports.

Heavy modules are imported inside the handler, so registering the verb costs nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.services.database import Database

FILE_FORMATS = ("png", "pdf")  # documents.map_renderer.FILE_FORMATS, without importing it


def register(subparsers: argparse._SubParsersAction) -> None:
    chart = subparsers.add_parser(
        "map",
        help=_("draw a client's relationship map to a PNG or PDF file"),
        description=_(
            "Draw the decision group of a client as an org chart by reports-to: circles "
            "coloured by attitude and sized by influence, informal links dashed, a legend. "
            "The extension of --out chooses the format: .png or .pdf (one A4 landscape page)."
        ),
    )
    chart.add_argument("client_id", metavar="CLIENT_ID", help=_("the client's id"))
    chart.add_argument(
        "--out", required=True, metavar="FILE", help=_("the file to write: FILE.png or FILE.pdf")
    )
    chart.set_defaults(handler=run_map, check=check_map, create_db=False)


def check_map(args: argparse.Namespace) -> str | None:
    """A wrong extension is refused before the database opens."""
    if Path(args.out).suffix.lower().lstrip(".") not in FILE_FORMATS:
        return _("Choose a file ending in .png or .pdf, not {name}.").format(
            name=Path(args.out).name
        )
    return None


def run_map(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.relationship import RelationshipService

    written = RelationshipService(db).export(args.client_id.strip(), args.out)
    print(_("Written: {path}").format(path=written))
    return 0
