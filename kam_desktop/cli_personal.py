"""``person-export``: everything the database holds about one person (a subject-access request
under 152-ФЗ / GDPR), as JSON or a readable PDF.

Heavy modules are imported inside the handler, so registering the verb costs nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.services.database import Database

FILE_FORMATS = ("json", "pdf")  # services.personal_data.FILE_FORMATS, without importing it


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "person-export",
        help=_("write everything held about one person to a JSON or PDF file"),
        description=_(
            "Write everything the database holds about one person — their record with contacts "
            "and family, the interactions they took part in, the proposals addressed to them, "
            "their informal links — for a subject-access request. The extension of --out "
            "chooses the format: .json or .pdf. Nothing is changed."
        ),
    )
    export.add_argument("person_id", metavar="PERSON_ID", help=_("the person's id"))
    export.add_argument(
        "--out", required=True, metavar="FILE", help=_("the file to write: FILE.json or FILE.pdf")
    )
    export.set_defaults(handler=run_person_export, check=check_person_export, create_db=False)


def check_person_export(args: argparse.Namespace) -> str | None:
    """A wrong extension is refused before the database opens."""
    if Path(args.out).suffix.lower().lstrip(".") not in FILE_FORMATS:
        return _("Choose a file ending in .json or .pdf, not {name}.").format(
            name=Path(args.out).name
        )
    return None


def run_person_export(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.personal_data import PersonalDataService

    written = PersonalDataService(db).write(args.person_id.strip(), Path(args.out).expanduser())
    print(_("Written: {path}").format(path=written))
    return 0
