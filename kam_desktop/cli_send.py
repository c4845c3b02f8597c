"""``send-drafts``: the e-mail drafts of a proposal, one ``.eml`` per addressee, into a folder.

The drafts open in a mail program as messages ready to send (``X-Unsent: 1``); nothing is
sent from here and the proposal's status does not change. An addressee without an e-mail in
the dossier gets a draft without a recipient and a warning on stderr; the exit code stays 0.
Heavy modules are imported inside the handler, so registering the verb costs nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.services.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    send = subparsers.add_parser(
        "send-drafts",
        help=_("write the e-mail drafts of a proposal (.eml, one per addressee)"),
        description=_(
            "Write one e-mail draft (.eml) per addressee of a proposal into a folder: a cover "
            "note in the proposal's language greeting the person, and their own edition "
            "attached as PDF. Mail programs open the files as drafts to send. NUMBER is the "
            "proposal number (its latest revision) or NUMBER/N for revision N."
        ),
    )
    send.add_argument("number", metavar="NUMBER", help=_("proposal number, e.g. КП-2026-0042"))
    send.add_argument(
        "--out-dir",
        metavar="DIR",
        required=True,
        help=_("the folder for the drafts (it must exist)"),
    )
    send.set_defaults(handler=run_send_drafts, check=check_send_drafts, create_db=False)


def check_send_drafts(args: argparse.Namespace) -> str | None:
    """What is wrong with the command line before the database opens."""
    if not Path(args.out_dir).is_dir():
        return _("Folder {path} does not exist.").format(path=args.out_dir)
    return None


def run_send_drafts(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.cli_proposals import find_proposal
    from kam_desktop.domain.validation import printable
    from kam_desktop.services.mail_drafts import MailDraftService

    service = MailDraftService(db)
    proposal = find_proposal(service.proposals, args.number)
    written = service.write_drafts(proposal.id, args.out_dir)
    for draft in written.drafts:
        print(printable(str(draft.path), keep_newlines=False))
    for warning in written.warnings:
        print(f"kam-desktop: {printable(warning, keep_newlines=False)}", file=sys.stderr)
    return 0
