"""Exchange verbs: export / import of .kamdossier files, vCard and iCalendar.

Each verb prints a one-line summary. Output files are written atomically (a temporary file
renamed into place), so a failure never leaves a partial file; an import is one transaction.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.services.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help=_("export dossiers to a .kamdossier file"),
        description=_(
            "Export the dossiers of the given clients (or of all clients) into one .kamdossier "
            "file, optionally protected by a password."
        ),
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "client_ids", nargs="*", default=[], metavar="CLIENT_ID", help=_("client id")
    )
    which.add_argument("--all", action="store_true", help=_("export every client"))
    export.add_argument("--out", required=True, metavar="FILE", help=_("file to write"))
    _password_option(export)
    export.add_argument(
        "--without-personal",
        action="store_true",
        help=_(
            "leave the people's personal details out (family, birthdays, hobbies, values, "
            "likes, notes): a handover carries the business facts only, and the file says so"
        ),
    )
    export.set_defaults(handler=run_export, create_db=False)

    imp = subparsers.add_parser(
        "import",
        help=_("import a .kamdossier file"),
        description=_(
            "Import a .kamdossier file. Records are matched by id; a record changed on both "
            "sides is a conflict, resolved as --on-conflict says (default: keep mine)."
        ),
    )
    imp.add_argument("file", metavar="FILE", help=_("the .kamdossier file"))
    _password_option(imp)
    imp.add_argument(
        "--on-conflict",
        choices=("keep-mine", "take-theirs", "keep-both"),
        default="keep-mine",
        help=_("how to resolve conflicts (default: keep-mine)"),
    )
    imp.set_defaults(handler=run_import, create_db=True, writes=True)

    vcard_out = subparsers.add_parser(
        "export-vcard",
        help=_("export a client's decision group as vCard 4.0"),
        description=_("Write one vCard 4.0 per member of the client's decision group."),
    )
    vcard_out.add_argument("client_id", metavar="CLIENT_ID", help=_("client id"))
    vcard_out.add_argument("--out", required=True, metavar="FILE.vcf", help=_("file to write"))
    vcard_out.set_defaults(handler=run_export_vcard, create_db=False)

    vcard_in = subparsers.add_parser(
        "import-vcard",
        help=_("add people from a vCard file to a client's decision group"),
        description=_(
            "Read vCard 2.1, 3.0 or 4.0 contacts and add them to the client's decision group; "
            "people already there (same e-mail, phone or name) are skipped."
        ),
    )
    vcard_in.add_argument("file", metavar="FILE.vcf", help=_("the vCard file"))
    vcard_in.add_argument("--client", required=True, metavar="CLIENT_ID", help=_("client id"))
    vcard_in.set_defaults(handler=run_import_vcard, create_db=False, writes=True)

    calendar = subparsers.add_parser(
        "export-calendar",
        help=_("export birthdays, validity dates and next steps as iCalendar"),
        description=_(
            "Write one .ics file with yearly birthdays (with a reminder), proposal validity "
            "dates and agreed next steps as tasks."
        ),
    )
    calendar.add_argument("--out", required=True, metavar="FILE.ics", help=_("file to write"))
    calendar.add_argument(
        "--client", metavar="CLIENT_ID", help=_("only this client's dossier (default: all)")
    )
    calendar.set_defaults(handler=run_export_calendar, create_db=False)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-env",
        metavar="VAR",
        help=_("name of an environment variable holding the password"),
    )


def password_from_env(var: str | None) -> str | None:
    """The password named by --password-env; it never appears on the command line."""
    from kam_desktop.domain.errors import KamError

    if var is None:
        return None
    value = os.environ.get(var)
    if not value:
        raise KamError(_("The environment variable {var} is not set or empty.").format(var=var))
    return value


def say(line: str) -> None:
    """One line on stdout; data in it (names from files) cannot steer the terminal."""
    from kam_desktop.domain.validation import printable

    print(printable(line, keep_newlines=False))


def run_export(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.domain.errors import KamError
    from kam_desktop.services.exchange import ExchangeService

    if args.all == bool(args.client_ids):
        raise KamError(_("Give client ids or --all, not both."))
    password = password_from_env(args.password_env)
    ids = None if args.all else args.client_ids
    result = ExchangeService(db).export_to_file(
        args.out, ids, password, without_personal=args.without_personal
    )
    say(result.summary())
    return 0


def run_import(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.exchange import ExchangeService, Resolution

    password = password_from_env(args.password_env)
    preview, result = ExchangeService(db).import_file(
        args.file, password, Resolution(args.on_conflict)
    )
    say(result.summary())
    return 0


def run_export_vcard(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.exchange import ExchangeService, write_atomically

    service = ExchangeService(db)
    text, count = service.export_vcard(args.client_id)
    write_atomically(args.out, text.encode("utf-8"))
    say(_("Wrote {count} vCards to {path}.").format(count=count, path=args.out))
    return 0


def run_import_vcard(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.domain.limits import MAX_VCARD_FILE_BYTES
    from kam_desktop.services.exchange import ExchangeService, read_file

    service = ExchangeService(db)
    preview = service.preview_vcard_import(args.client, read_file(args.file, MAX_VCARD_FILE_BYTES))
    result = service.apply_vcard_import(preview)
    say(result.summary())
    for warning in preview.warnings:  # what the file held that could not be imported
        say(f"  {warning}")
    return 0


def run_export_calendar(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.exchange import ExchangeService, write_atomically

    data, counts = ExchangeService(db).export_calendar(client_id=args.client)
    write_atomically(args.out, data)
    say(
        _("Wrote {events} events and {todos} tasks to {path}.").format(
            events=counts["events"], todos=counts["todos"], path=args.out
        )
    )
    return 0
