"""``erase-person`` and ``erasures``: the right to erasure (152-ФЗ / GDPR) from the command line.

Without ``--yes`` the command only says what would be erased; with it the person is erased in
one transaction and the file rewritten so the deleted bytes are gone. Heavy modules are imported
inside the handlers, so registering the verbs costs nothing.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.services.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    erase = subparsers.add_parser(
        "erase-person",
        help=_("erase one person's personal data everywhere (asks for --yes)"),
        description=_(
            "Erase one person: their record, contacts and family, their place in interactions, "
            "mentions of them in the client's texts, their change-log entries and search "
            "entries; draft proposals drop them as addressee, sent ones keep only what the "
            "document printed. Without --yes it prints what would be erased and changes "
            "nothing. An erasure cannot be undone; the erasure log records that it happened, "
            "by whom and when."
        ),
    )
    erase.add_argument("person_id", metavar="PERSON_ID", help=_("the person's id"))
    erase.add_argument(
        "--yes", action="store_true", help=_("really erase (without it: only say what would go)")
    )
    erase.set_defaults(handler=run_erase_person, create_db=False)

    listing = subparsers.add_parser(
        "erasures",
        help=_("list the erasures made in this database: when and by whom"),
        description=_(
            "List the erasures recorded in this database, newest first: the date and the "
            "user's name in the team. Who was erased is never recorded."
        ),
    )
    listing.set_defaults(handler=run_erasures, create_db=False)


def _print(line: str) -> None:
    from kam_desktop.domain.validation import printable  # names in the plan stay text

    print(printable(line, keep_newlines=False))


def run_erase_person(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.personal_data import PersonalDataService, erased_summary, plan_lines

    service = PersonalDataService(db)
    if not args.yes:
        plan = service.erasure_plan(args.person_id)
        _print(_("Would erase:"))
        for line in plan_lines(plan):
            _print("  " + line)
        _print(_("Nothing was changed. Add --yes to erase; an erasure cannot be undone."))
        return 0
    db.require_writable()
    result = service.erase(args.person_id)
    _print(erased_summary(result.plan))
    if not result.file_rewritten:
        sys.stderr.write(
            _(
                "kam-desktop: warning: another window kept the database busy, so deleted bytes "
                "may stay in the file until the next erasure."
            )
            + "\n"
        )
    return 0


def run_erasures(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.personal_data import PersonalDataService

    erasures = PersonalDataService(db).erasures()
    if not erasures:
        print(_("No erasures recorded."))
    for when, who in erasures:
        _print(f"{when:%Y-%m-%d %H:%M} UTC  {who or _('(no name set)')}")
    return 0
