"""E-mail drafts of a proposal: one ``.eml`` per addressee, their own edition attached.

Offline by design: no mail server and no password in the app. The file is an RFC 5322
message with ``X-Unsent: 1``, which Outlook and Thunderbird open as a draft to send from the
KAM's own account. The cover note is written in the proposal's language (``_(text, lang)``),
greets the person as the proposal does (``domain/names.greeting``) and carries only what the
client may read: the number, title, validity date and the signatory's block.

An addressee without an e-mail in the dossier still gets a draft, without a recipient: the
KAM may know the address, and leaving the person out would silently shrink the group. The
result says so (``DraftsWritten.warnings``), and the GUI and the CLI show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid
from pathlib import Path

from kam_desktop.documents.formatting import Formatter
from kam_desktop.domain.dossier import Member, TeamMember
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.names import greeting
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.domain.proposal_validation import proposal_errors
from kam_desktop.domain.validation import raise_if_errors
from kam_desktop.files import write_atomically
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.services.proposal_documents import (
    PDF,
    distinct_file_names,
    edition_file_name,
    render_context,
)
from kam_desktop.services.proposals import ProposalRef, ProposalService
from kam_desktop.storage import client_store

EML = "eml"
ADDRESS_HEADERS = frozenset({"from", "to"})
# A display name folded across two encoded words comes back from Python's own parser with a
# space inside a word («Николаев на»): RFC 2047 readers join them, ``policy.default`` does not.
# Address headers are therefore written on one line, each name one encoded word.
_UNFOLDED = policy.default.clone(linesep="\r\n", max_line_length=None)


class DraftPolicy(EmailPolicy):
    """``policy.default`` with CRLF line ends (RFC 5322 files), address headers unfolded."""

    def fold(self, name: str, value: str) -> str:
        if name.lower() in ADDRESS_HEADERS:
            return _UNFOLDED.fold(name, value)
        return super().fold(name, value)

    def fold_binary(self, name: str, value: str) -> bytes:
        if name.lower() in ADDRESS_HEADERS:
            return _UNFOLDED.fold_binary(name, value)
        return super().fold_binary(name, value)


EML_POLICY = DraftPolicy(linesep="\r\n")
SIMPLE_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]+")
FALLBACK_DOMAIN = "kam-desktop.invalid"

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class MailDraft:
    """One written draft: whose it is, where it went, and the recipient (None: none known)."""

    addressee_id: str
    full_name: str
    recipient: str | None
    path: Path


@dataclass(frozen=True, slots=True)
class DraftsWritten:
    drafts: list[MailDraft]
    warnings: list[str] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        return [d.path for d in self.drafts]


def _clean(text: str) -> str:
    """Header text on one line: a stray control character must not start a new header."""
    return " ".join(CONTROL_CHARS.sub(" ", text).split())


def first_email(member: Member | None) -> str | None:
    """The first e-mail of the person in the dossier's order that looks like an address."""
    if member is None:
        return None
    for value in member.emails():
        value = value.strip()
        if SIMPLE_ADDRESS.match(value):
            return value
    return None


def sender(ctx: ProposalContext) -> tuple[str, str] | None:
    """(name, e-mail) of the signatory, else of our company; None when neither has one."""
    signatory = ctx.signatory
    if signatory is not None and SIMPLE_ADDRESS.match(signatory.email.strip()):
        return signatory.full_name, signatory.email.strip()
    company = ctx.company
    if SIMPLE_ADDRESS.match(company.email.strip()):
        return company.name or company.legal_name, company.email.strip()
    return None


def subject(ctx: ProposalContext) -> str:
    lang = ctx.proposal.language
    number = ctx.proposal.display_number
    text = _("Commercial proposal No. {number}", lang).format(number=number)
    title = ctx.proposal.title.strip()
    return _clean(f"{text} — {title}" if title else text)


def signature_block(signatory: TeamMember | None, company_name: str, lang: str) -> list[str]:
    """Name, position, company, phone and e-mail of the signatory (what the PDF signs with)."""
    lines = [_("Kind regards,", lang)]
    if signatory is not None:
        lines += [signatory.full_name, signatory.position]
    lines.append(company_name)
    if signatory is not None and signatory.phone:
        lines.append(_("Phone: {phone}", lang).format(phone=signatory.phone))
    if signatory is not None and signatory.email:
        lines.append(_("E-mail: {email}", lang).format(email=signatory.email))
    return [line for line in lines if line.strip()]


def cover_note(ctx: ProposalContext, member: Member) -> str:
    """The short letter in the proposal's language; nothing from the dossier but the name."""
    p = ctx.proposal
    lang = p.language
    fmt = Formatter(lang)
    title = p.title.strip()
    if title:
        offer = _(
            "Please find attached our commercial proposal No. {number} «{title}» of {date}, "
            "prepared for you.",
            lang,
        )
    else:
        offer = _(
            "Please find attached our commercial proposal No. {number} of {date}, "
            "prepared for you.",
            lang,
        )
    offer = offer.format(number=p.display_number, title=title, date=fmt.date_long(p.issue_date))
    discuss = _("We would be glad to discuss it at a time convenient for you.", lang)
    # «31 декабря 2026 г.» ends with a dot already; the sentence adds its own.
    until = fmt.date_long(p.valid_until).rstrip(".")
    valid = _("The proposal is valid until {date}.", lang).format(date=until)
    company_name = ctx.company.name or ctx.company.legal_name
    paragraphs = [
        greeting(member.full_name, lang, member.gender),
        f"{offer} {discuss}",
        valid,
        "\n".join(signature_block(ctx.signatory, company_name, lang)),
    ]
    return "\n\n".join(paragraphs) + "\n"


def build_message(
    ctx: ProposalContext,
    member: Member,
    recipient: str | None,
    pdf: bytes,
    now: datetime | None = None,
) -> EmailMessage:
    """The draft of one addressee: headers, the cover note and their edition as a PDF."""
    msg = EmailMessage(policy=EML_POLICY)
    from_ = sender(ctx)
    if from_ is not None:
        msg["From"] = Address(display_name=_clean(from_[0]), addr_spec=from_[1])
    if recipient is not None:
        msg["To"] = Address(display_name=_clean(member.full_name), addr_spec=recipient)
    msg["Subject"] = subject(ctx)
    msg["Date"] = format_datetime((now or datetime.now()).astimezone())
    domain = from_[1].rpartition("@")[2] if from_ is not None else FALLBACK_DOMAIN
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["X-Unsent"] = "1"  # Outlook and Thunderbird open the file as a draft to send
    msg.set_content(cover_note(ctx, member))
    attachment = edition_file_name(ctx.proposal.display_number, member.full_name, PDF)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment)
    return msg


def draft_file_names(ctx: ProposalContext, members: list[Member]) -> list[str]:
    """«КП-2026-0001 Петров И. С.eml», distinct even for two people of one short name."""
    number = ctx.proposal.display_number
    return distinct_file_names([edition_file_name(number, m.full_name, EML) for m in members])


def no_email_warning(full_name: str, lang: str | None = None) -> str:
    return _(
        "{name} has no e-mail in the dossier: the draft has no recipient; add it in the mail "
        "program.",
        lang,
    ).format(name=full_name)


class MailDraftService:
    """Writes the drafts of a proposal into a folder: all of them or none."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.proposals = ProposalService(db)

    def recipients(self, ctx: ProposalContext) -> dict[str, str | None]:
        """Addressee id → the e-mail to write to, from the dossier as it is now.

        A sent revision's snapshot keeps what the document printed, not where to send it:
        the address is always the current one.
        """
        ids = [m.saved_id for m in ctx.addressees if m.id is not None]
        with self.db.session() as s:
            current = client_store.members_by_id(s, ids)
        return {i: first_email(current.get(i)) for i in ids}

    def write_drafts(
        self,
        proposal: ProposalRef,
        folder: str | Path,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> DraftsWritten:
        """One ``.eml`` per addressee in ``folder``; KamError for no folder or no addressees."""
        out = Path(folder)
        if not out.is_dir():
            raise KamError(_("Folder {path} does not exist.").format(path=out))
        ctx = self.proposals.context(proposal)
        raise_if_errors(proposal_errors(ctx.proposal))
        members = [m for m in ctx.addressees if m.id is not None]
        if not members:
            raise KamError(
                _("Proposal {number} has no addressees: choose them before sending.").format(
                    number=ctx.proposal.display_number
                )
            )
        recipients = self.recipients(ctx)
        messages: list[bytes] = []
        for done, member in enumerate(members):
            if progress is not None:
                progress(done, len(members))
            pdf = render_context(ctx, member.id, PDF)  # about 100 ms each
            msg = build_message(ctx, member, recipients.get(member.saved_id), pdf, now)
            messages.append(msg.as_bytes())
        if progress is not None:
            progress(len(members), len(members))
        return self._write_all(out, ctx, members, messages, recipients)

    @staticmethod
    def _write_all(
        out: Path,
        ctx: ProposalContext,
        members: list[Member],
        messages: list[bytes],
        recipients: dict[str, str | None],
    ) -> DraftsWritten:
        drafts: list[MailDraft] = []
        try:
            for member, name, data in zip(
                members, draft_file_names(ctx, members), messages, strict=True
            ):
                path = write_atomically(out / name, data)
                recipient = recipients.get(member.saved_id)
                drafts.append(MailDraft(member.saved_id, member.full_name, recipient, path))
        except KamError:
            for draft in drafts:
                draft.path.unlink(missing_ok=True)
            raise
        warnings = [no_email_warning(d.full_name) for d in drafts if d.recipient is None]
        return DraftsWritten(drafts, warnings)
