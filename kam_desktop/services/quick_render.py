"""``render-proposal`` without SQLAlchemy, for an SQLite file at the newest schema.

The command reads one proposal and writes files: it needs neither the ORM nor migrations. When
the file is ours and up to date, and its library already holds the shipped content (reading
must not seed anything), the context is read with sqlite3 (``storage/proposal_reader.py``) and
rendered by the same functions the service uses. Anything else — a URL, a new or older file,
a library to seed — returns None, and the command takes the ordinary path through
``ProposalService``, which handles those cases. Errors are the same either way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kam_desktop.domain.errors import KamError, NotFoundError
from kam_desktop.i18n import _
from kam_desktop.paths import database_file
from kam_desktop.services.library_content import (
    ARGUMENTS_SEEDED_SETTING,
    TAGS_SEEDED_SETTING,
    default_tags,
    offered_keys,
    shipped_argument_keys,
    shipped_tag_codes,
)
from kam_desktop.services.proposal_documents import PDF, export, export_each_addressee
from kam_desktop.storage import proposal_reader
from kam_desktop.storage.revisions import head_revision
from kam_desktop.storage.sqlite_files import (
    busy_timeout_ms,
    cannot_open_error,
    inspect_sqlite_file,
    read_only_connection,
    user_facing_error,
)


def render_proposal_files(
    db: str | None,
    number: str,
    out: str | None = None,
    out_dir: str | None = None,
    addressee_id: str | None = None,
    file_format: str = PDF,
) -> tuple[str, list[Path]] | None:
    """Write the proposal's file(s) as ``render-proposal`` does: (its number as displayed,
    the files written); None: take the usual path."""
    path = database_file(db)
    if path is None:
        return None
    found = inspect_sqlite_file(path)  # refuses what is not ours, exactly as opening does
    if found.is_new or found.revision != head_revision():
        return None
    try:
        conn = read_only_connection(path)
        try:
            conn.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
            if not _library_is_seeded(conn):
                return None
            proposal_id = proposal_reader.find_proposal_id(conn, number)
            if proposal_id is None:
                raise NotFoundError(_("No proposal with number {number}.").format(number=number))
            ctx = proposal_reader.read_context(conn, proposal_id, default_tags())
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise user_facing_error(exc, path) or cannot_open_error(exc) from None
    number_shown = ctx.proposal.display_number
    if out is not None:
        return number_shown, [export(ctx, out, addressee_id)]
    if not ctx.proposal.addressee_ids:
        raise KamError(
            _("Proposal {number} has no addressees: nothing was written.").format(
                number=ctx.proposal.display_number
            )
        )
    return number_shown, export_each_addressee(ctx, out_dir or ".", file_format)


def _library_is_seeded(conn: sqlite3.Connection) -> bool:
    """Has the database been offered every shipped block and tag (else the service seeds)?"""
    arguments = offered_keys(proposal_reader.setting(conn, ARGUMENTS_SEEDED_SETTING))
    tags = offered_keys(proposal_reader.setting(conn, TAGS_SEEDED_SETTING))
    return shipped_argument_keys() <= arguments and shipped_tag_codes() <= tags
