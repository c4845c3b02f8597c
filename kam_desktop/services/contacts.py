"""vCard use cases: export a decision group as vCard 4.0, import 2.1/3.0/4.0 with a duplicate
preview (e-mail, phone, then name), add the chosen people in one transaction.

``ExchangeService.export_vcard`` / ``preview_vcard_import`` / ``apply_vcard_import`` call these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kam_desktop.domain.change_log import EntityKind
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import _
from kam_desktop.services import change_history
from kam_desktop.services.database import Database
from kam_desktop.storage import exchange_reads as reads
from kam_desktop.storage import exchange_rows as rows
from kam_desktop.storage.mapping import member_to_domain
from kam_desktop.storage.models import ClientRow

MIN_PHONE_DIGITS = 5  # shorter numbers (internal extensions) say nothing about who it is


@dataclass(slots=True)
class VCardEntry:
    """One contact of the file: added unless it duplicates someone (the GUI may flip ``add``)."""

    member: Member
    duplicate_of_id: str | None = None
    duplicate_of_name: str = ""
    reason: str = ""  # "email", "phone" or "name"
    add: bool = True


@dataclass(slots=True)
class VCardPreview:
    client_id: str
    client_name: str
    entries: list[VCardEntry]
    warnings: list[str]

    @property
    def to_add(self) -> list[VCardEntry]:
        return [e for e in self.entries if e.add]

    @property
    def duplicates(self) -> list[VCardEntry]:
        return [e for e in self.entries if e.duplicate_of_id is not None]


@dataclass(slots=True)
class VCardImportResult:
    client_name: str
    added: int
    skipped: int

    def summary(self) -> str:
        return _("Added {added} people to {client}; {skipped} duplicates skipped.").format(
            added=self.added, client=self.client_name, skipped=self.skipped
        )


def normalise_phone(value: str) -> str:
    """Digits that identify a phone: the last 10 digits (so 8… and +7… match), plus extension."""
    main, *extension = re.split(r"доб|ext|x", value, maxsplit=1, flags=re.IGNORECASE)
    digits = re.sub(r"\D", "", main)[-10:]
    ext = re.sub(r"\D", "", extension[0]) if extension else ""
    return f"{digits}x{ext}" if ext else digits


def normalise_name(value: str) -> frozenset[str]:
    """Name words regardless of order and case («Петров Иван» = «иван петров»)."""
    return frozenset(w.casefold().replace("ё", "е") for w in re.findall(r"\w+", value))


class _DuplicateFinder:
    def __init__(self) -> None:
        self.emails: dict[str, Member] = {}
        self.phones: dict[str, Member] = {}
        self.names: dict[frozenset[str], Member] = {}

    def add(self, member: Member) -> None:
        for email in member.emails():
            self.emails.setdefault(email.casefold(), member)
        for phone in member.phones():
            if len(normalise_phone(phone)) >= MIN_PHONE_DIGITS:
                self.phones.setdefault(normalise_phone(phone), member)
        self.names.setdefault(normalise_name(member.full_name), member)

    def find(self, member: Member) -> tuple[Member | None, str]:
        for email in member.emails():
            if email.casefold() in self.emails:
                return self.emails[email.casefold()], "email"
        for phone in member.phones():
            if normalise_phone(phone) in self.phones:
                return self.phones[normalise_phone(phone)], "phone"
        name = normalise_name(member.full_name)
        if name in self.names:
            return self.names[name], "name"
        return None, ""


def _no_client(client_id: str) -> NotFoundError:
    return NotFoundError(_("No client with id {id}.").format(id=client_id))


def export_vcard(db: Database, client_id: str) -> tuple[str, int]:
    """The client's decision group as vCard 4.0 text, and the number of cards."""
    from kam_desktop.exchange.vcard import write_vcards
    from kam_desktop.i18n import current_language

    with db.session() as s:
        client = s.get(ClientRow, client_id)
        if client is None:
            raise _no_client(client_id)
        rows_ = reads.member_rows_of_client(s, client_id, by_influence=True)
        members = [member_to_domain(r) for r in rows_]
        labels = reads.role_labels(s, current_language())
        name = client.name
    if not members:
        raise NotFoundError(_("{client} has no decision-group members.").format(client=name))
    return write_vcards(members, name, labels), len(members)


def preview_vcard_import(db: Database, client_id: str, data: bytes) -> VCardPreview:
    """Parse the cards and mark duplicates of the client's members (and of each other)."""
    from kam_desktop.exchange.vcard import read_vcards

    with db.session() as s:
        client = s.get(ClientRow, client_id)
        if client is None:
            raise _no_client(client_id)
        existing = [member_to_domain(r) for r in reads.member_rows_of_client(s, client_id)]
        client_name = client.name
    parsed = read_vcards(data)
    finder = _DuplicateFinder()
    for member in existing:
        finder.add(member)
    entries = []
    for member in parsed.members:
        member.client_id = client_id
        duplicate, reason = finder.find(member)
        if duplicate is None:
            entries.append(VCardEntry(member))
            finder.add(member)
        else:
            entries.append(
                VCardEntry(member, duplicate.id or "", duplicate.full_name, reason, add=False)
            )
    return VCardPreview(client_id, client_name, entries, parsed.warnings)


def apply_vcard_import(db: Database, preview: VCardPreview) -> VCardImportResult:
    """Add the chosen people in one transaction."""
    from kam_desktop.domain.validation import member_errors, raise_if_errors

    chosen = preview.to_add
    for entry in chosen:
        raise_if_errors(member_errors(entry.member))
    with db.session() as s:
        client = s.get(ClientRow, preview.client_id)
        if client is None:
            raise _no_client(preview.client_id)
        added = rows.add_members(s, client, [entry.member for entry in chosen])
        for member_id in added:
            change_history.log_created(s, EntityKind.MEMBER, member_id, client.id)
        name = client.name
    return VCardImportResult(name, len(chosen), len(preview.entries) - len(chosen))
