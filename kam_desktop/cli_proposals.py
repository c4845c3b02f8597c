"""Proposal verbs: ``proposals`` (list, ``--json``) and ``render-proposal`` (PDF to a file).

Heavy modules (SQLAlchemy services, ReportLab) are imported inside the handlers, so
registering the verbs costs nothing.
"""

from __future__ import annotations

import argparse
import io
import sys
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

if TYPE_CHECKING:
    from kam_desktop.domain.coverage import CoverageWarning
    from kam_desktop.domain.proposal import ProposalSummary
    from kam_desktop.services.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser(
        "proposals",
        help=_("list commercial proposals"),
        description=_("List commercial proposals (the latest revision of each number)."),
    )
    listing.add_argument("--json", action="store_true", help=_("print a JSON array"))
    listing.set_defaults(handler=run_proposals, create_db=False)

    render = subparsers.add_parser(
        "render-proposal",
        help=_("write a proposal as PDF"),
        description=_(
            "Render a proposal to PDF. NUMBER is the proposal number (its latest revision) or "
            "NUMBER/N for revision N. With --addressee the variant for that person is written."
        ),
    )
    render.add_argument("number", metavar="NUMBER", help=_("proposal number, e.g. КП-2026-0042"))
    render.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF file to write"))
    render.add_argument(
        "--addressee", metavar="PERSON_ID", help=_("write the variant for this addressee")
    )
    render.set_defaults(handler=run_render, create_db=False)


def summary_as_json(
    p: ProposalSummary, warnings: list[CoverageWarning] | None = None
) -> dict[str, object]:
    return {
        "number": p.number,
        "revision": p.revision,
        "client": p.client_name,
        "status": p.status.value,
        "expired": p.is_expired,
        "issue_date": p.issue_date.isoformat(),
        "valid_until": p.valid_until.isoformat(),
        "language": p.language,
        "total": f"{p.total:.2f}",
        "currency": p.currency,
        "addressees": [{"id": a.id, "name": a.name, "role": a.role_code} for a in p.addressees],
        # The coverage check (what the dossier says is missing); it never blocks sending.
        "warnings": [
            {"code": w.code.value, "message": w.message, "member_id": w.member_id}
            for w in warnings or []
        ],
    }


def run_proposals(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.cli_dossier import write_json
    from kam_desktop.domain.validation import printable
    from kam_desktop.services.proposals import ProposalService

    service = ProposalService(db)
    proposals = service.list_proposals()
    if args.json:
        write_json([summary_as_json(p, service.warnings(p.id)) for p in proposals])
        return 0
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")
    if not proposals:
        print(_("No proposals yet."))
        return 0
    header = (_("Number"), _("Client"), _("Status"), _("Valid until"), _("Total"))
    rows = [
        (
            printable(p.number if p.revision == 1 else f"{p.number}/{p.revision}", False),
            printable(p.client_name, keep_newlines=False),
            _("expired") if p.is_expired else _(p.status.value),
            p.valid_until.isoformat(),
            f"{p.total:.2f} {p.currency}",
        )
        for p in proposals
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def run_render(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.domain.validation import printable
    from kam_desktop.services.proposals import ProposalService

    service = ProposalService(db)
    proposal = find_proposal(service, args.number)
    path = service.export_pdf(proposal.id, args.out, args.addressee)
    print(
        printable(
            _("Proposal {number} was written to {path}.").format(
                number=proposal.display_number, path=path
            ),
            keep_newlines=False,
        )
    )
    return 0


def find_proposal(service, number: str):
    """``КП-2026-0042`` → its latest revision; ``КП-2026-0042/2`` → revision 2."""
    from kam_desktop.domain.errors import NotFoundError

    try:
        return service.get_by_number(number)
    except NotFoundError:
        base, sep, revision = number.rpartition("/")
        if sep and revision.isdigit():
            return service.get_by_number(base, int(revision))
        raise
