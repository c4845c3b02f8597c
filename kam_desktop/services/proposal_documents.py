"""Proposal documents as files: render a composition input, name and write the files.

No database here (and no SQLAlchemy import): ``ProposalService`` hands in the context it read,
and ``render-proposal`` can hand in one read with the standard library (``storage/
proposal_reader.py``), which keeps a cold command fast. Writes are atomic: a failure never
leaves a partial file, and one file per addressee means all of them or none.
"""

from __future__ import annotations

import re
from pathlib import Path

from kam_desktop.documents.composer import ProposalComposer
from kam_desktop.domain.errors import KamError, NotFoundError
from kam_desktop.domain.names import short_name
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.files import write_atomically  # one atomic write, one permission rule
from kam_desktop.i18n import _

PDF, DOCX = "pdf", "docx"
FILE_FORMATS = (PDF, DOCX)
UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def format_of(path: Path) -> str:
    """``pdf`` or ``docx`` from the file's extension (anything else is refused)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FILE_FORMATS:
        raise KamError(
            _("Choose a file ending in .pdf or .docx, not {name}.").format(name=path.name)
        )
    return suffix


def edition_file_name(number: str, full_name: str | None, file_format: str) -> str:
    """«КП-2026-0001 Петров И. С.pdf»; the joint edition is the number alone."""
    stem = number if not full_name else f"{number} {short_name(full_name).rstrip('.')}"
    return UNSAFE_IN_FILE_NAMES.sub("-", stem).strip(" .") + "." + file_format


def render_context(
    ctx: ProposalContext, addressee_id: str | None = None, file_format: str = PDF
) -> bytes:
    """Compose and render one edition (pure: no database, no Qt; safe in a worker thread)."""
    check_addressee(ctx, addressee_id)
    document = ProposalComposer().compose(ctx, addressee_id)
    if file_format == DOCX:
        from kam_desktop.documents.docx_renderer import render_docx  # python-docx on use

        return render_docx(document)
    from kam_desktop.documents.renderer import render_pdf  # ReportLab loads on first use

    return render_pdf(document)


def export(ctx: ProposalContext, path: str | Path, addressee_id: str | None = None) -> Path:
    """Render to PDF or DOCX by the file's extension and write it atomically."""
    target = Path(path)
    return write_atomically(target, render_context(ctx, addressee_id, format_of(target)))


def export_each_addressee(
    ctx: ProposalContext, folder: str | Path, file_format: str = PDF
) -> list[Path]:
    """One file per addressee in ``folder``, named by number and the person's short name.

    Every edition is rendered before the first file is written, and a failed write removes
    what this call wrote: the folder gets all the files or none.
    """
    out = Path(folder)
    if not out.is_dir():
        raise KamError(_("Folder {path} does not exist.").format(path=out))
    members = [m for m in ctx.addressees if m.id is not None]
    editions = [render_context(ctx, m.id, file_format) for m in members]
    names = distinct_file_names(
        [edition_file_name(ctx.proposal.display_number, m.full_name, file_format) for m in members]
    )
    written: list[Path] = []
    try:
        for name, data in zip(names, editions, strict=True):
            written.append(write_atomically(out / name, data))
    except KamError:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def distinct_file_names(names: list[str]) -> list[str]:
    """Two addressees with the same short name get «… (2).pdf» rather than one file."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        count = seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
        if count > 1:
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem} ({count}){dot}{suffix}"
        result.append(name)
    return result


def check_addressee(ctx: ProposalContext, addressee_id: str | None) -> None:
    if addressee_id is not None and all(m.id != addressee_id for m in ctx.addressees):
        raise NotFoundError(
            _("Person {id} is not an addressee of proposal {number}.").format(
                id=addressee_id, number=ctx.proposal.display_number
            )
        )
