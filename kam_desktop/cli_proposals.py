"""Proposal verbs: ``proposals`` (list, ``--json``) and ``render-proposal`` (PDF or DOCX files).

Heavy modules (SQLAlchemy services, ReportLab) are imported inside the handlers, so
registering the verbs costs nothing.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kam_desktop.i18n import _

FILE_FORMATS = ("pdf", "docx")  # services.proposals.FILE_FORMATS, without importing SQLAlchemy

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
        help=_("write a proposal as PDF or DOCX"),
        description=_(
            "Render a proposal to PDF or DOCX. NUMBER is the proposal number (its latest "
            "revision) or NUMBER/N for revision N. --out writes one file in the format of its "
            "extension (.pdf or .docx): the joint edition, or with --addressee the variant for "
            "that person. --out-dir with --each-addressee writes one file per addressee, named "
            "by the number and the person's short name."
        ),
    )
    render.add_argument("number", metavar="NUMBER", help=_("proposal number, e.g. КП-2026-0042"))
    target = render.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FILE", help=_("the file to write: FILE.pdf or FILE.docx"))
    target.add_argument(
        "--out-dir", metavar="DIR", help=_("the folder for --each-addressee (it must exist)")
    )
    render.add_argument(
        "--addressee", metavar="PERSON_ID", help=_("write the variant for this addressee")
    )
    render.add_argument(
        "--each-addressee",
        action="store_true",
        help=_("write one file per addressee into --out-dir"),
    )
    render.add_argument(
        "--format",
        choices=FILE_FORMATS,
        help=_("file format for --each-addressee (default: pdf)"),
    )
    render.set_defaults(handler=run_render, check=check_render, quick=quick_render, create_db=False)


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


def check_render(args: argparse.Namespace) -> str | None:
    """What is wrong with a ``render-proposal`` command line (before the database opens)."""
    if args.out is not None:
        if args.each_addressee:
            return _("--each-addressee writes into a folder: give --out-dir DIR, not --out.")
        if args.format is not None:
            return _(
                "With --out the file's extension chooses the format; --format is for --out-dir."
            )
        if Path(args.out).suffix.lower().lstrip(".") not in FILE_FORMATS:
            return _("Choose a file ending in .pdf or .docx, not {name}.").format(
                name=Path(args.out).name
            )
        return None
    if not args.each_addressee:
        return _("--out-dir needs --each-addressee (one file per addressee).")
    if args.addressee is not None:
        return _("--addressee writes one variant: use it with --out, not with --each-addressee.")
    return None


def quick_render(args: argparse.Namespace) -> int | None:
    """Read the proposal with sqlite3 when the file allows it (a cold command in half the time);
    None: the ordinary path through the service."""
    from kam_desktop.services.quick_render import render_proposal_files

    written = render_proposal_files(
        args.db, args.number, args.out, args.out_dir, args.addressee, args.format or "pdf"
    )
    if written is None:
        return None
    _print_written(*written)
    return 0


def _print_written(number: str, paths: list[Path]) -> None:
    from kam_desktop.domain.validation import printable

    for path in paths:
        print(
            printable(
                _("Proposal {number} was written to {path}.").format(number=number, path=path),
                keep_newlines=False,
            )
        )


def run_render(args: argparse.Namespace, db: Database) -> int:
    from kam_desktop.services.proposals import ProposalService

    service = ProposalService(db)
    proposal = find_proposal(service, args.number)
    if args.out is not None:
        paths = [service.export(proposal.id, args.out, args.addressee)]
    else:
        paths = export_each_addressee(service, proposal, args.out_dir, args.format or "pdf")
    _print_written(proposal.display_number, paths)
    return 0


def export_each_addressee(service, proposal, folder: str, file_format: str) -> list[Path]:
    from kam_desktop.domain.errors import KamError

    if not proposal.addressee_ids:
        raise KamError(
            _("Proposal {number} has no addressees: nothing was written.").format(
                number=proposal.display_number
            )
        )
    return service.export_each_addressee(proposal.id, folder, file_format)


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
