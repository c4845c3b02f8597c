"""Proposal use cases: create, edit, revise, send, decide, duplicate, compose and render.

Public API for the GUI (proposal editor) and the CLI. Every method opens and commits its own
transaction and returns plain dataclasses (``kam_desktop.domain.proposal``)::

    svc = ProposalService(db)
    # settings
    svc.number_pattern() -> str              # default "КП-{year}-{seq:04d}" → КП-2026-0042
    svc.set_number_pattern(pattern)          # ValidationError if it has no {seq}
    svc.validity_days() -> int               # default 30
    svc.set_validity_days(days)
    svc.min_validity_days() / set_min_validity_days(days)   # coverage check warns below (14)
    svc.default_terms() -> (payment, delivery, warranty)    # a new proposal starts with these
    svc.set_default_terms(payment, delivery, warranty)
    svc.next_number(issue_date=None, pattern=None) -> str  # the number the next new proposal
                                             # gets; ``pattern``: preview a typed one unsaved
    # editing
    svc.new_proposal(client_id, language="ru", issue_date=None) -> Proposal   # unsaved draft
        (valid_until = issue date + validity days, whole team as preparing team, the first
        team member who ``signs_proposals`` as signatory, default terms, and the client-facing
        texts pre-filled as a visible DRAFT from the dossier's strategy and growth areas)
    svc.dossier_drafts(client_id) -> {field: text}   # what new_proposal drafted, to flag it
    svc.save(proposal) -> Proposal
        new → gets its number; a draft is updated in place; a FROZEN (sent/accepted/rejected)
        proposal is never changed: the edit is saved as revision N+1 (a new draft with the same
        number and ``previous_id`` pointing at the frozen one) and that new revision is returned.
        Raises ValidationError({field: message}) — fields: valid_until, addressee_ids,
        line_items.N.quantity|unit_price|discount_pct|vat_pct|description, referee_ids,
        financials.*, currency, language — and ConflictError on a stale ``version``.
    svc.set_status(proposal_id, ProposalStatus.SENT|ACCEPTED|REJECTED, on=None) -> Proposal
        draft → sent → accepted/rejected only. Sending freezes the revision: the complete
        composition input is stored as a JSON snapshot so it re-renders byte-identically.
    svc.duplicate(proposal_id, issue_date=None) -> Proposal   # saved new draft, new number
    svc.delete(proposal_id) -> Proposal      # drafts only (sent ones stay on record)
    svc.restore(snapshot) -> Proposal        # undo of delete (same id, number, revision)
    # reading
    svc.get(proposal_id) -> Proposal                         # NotFoundError
    svc.get_by_number(number, revision=None) -> Proposal     # latest revision by default
    svc.revisions(number) -> list[Proposal]                  # oldest first
    svc.list_proposals(client_id=None, all_revisions=False, today=None) -> list[ProposalSummary]
    ProposalService.totals(proposal) -> Totals               # pure, for live totals in the editor
    ProposalService.financial_result(proposal) -> FinancialResult | None
    svc.total_in_words(proposal) -> str                      # Russian accounting wording
    # tailoring and coverage (domain/tailoring.py, domain/coverage.py)
    svc.tailoring(proposal_or_id, lang=None) -> list[EditionPlan]
        joint edition first, then one per addressee: parts and blocks, included or not, each
        with its reasons (``Reason.text(lang)``); the KAM's switches live in
        ``proposal.tailoring[edition][key] = bool`` (edition "joint" or the addressee id; key a
        block's ``BlockChoice.key`` or a part's ``PartChoice.switch_key``)
    svc.warnings(proposal_or_id, lang=None) -> list[CoverageWarning]   # never blocks
    # documents
    svc.context(proposal_or_id) -> ProposalContext   # frozen snapshot, or the live dossier
    svc.compose(proposal_or_id, addressee_id=None) -> ProposalDocument
    svc.render_pdf(proposal_or_id, addressee_id=None) -> bytes
    svc.render_docx(proposal_or_id, addressee_id=None) -> bytes
    svc.export(proposal_or_id, path, addressee_id=None) -> Path   # .pdf/.docx, atomic write
    svc.export_each_addressee(proposal_or_id, folder, "pdf"|"docx") -> list[Path]
        one file per addressee named ``edition_file_name(number, full_name, fmt)``:
        «КП-2026-0001 Петров И. С.pdf»
    ProposalService.render_context(context, addressee_id=None, "pdf"|"docx") -> bytes  # pure

For a live preview, call ``context(unsaved_proposal)`` in the GUI thread (a few ms of SQL) and
``render_context(context)`` in a worker thread (no database, no Qt). ``is_expired`` is on
``Proposal`` and ``ProposalSummary``: the validity date passed while the offer is still open.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kam_desktop.documents.composer import ProposalComposer
from kam_desktop.documents.model import ProposalDocument
from kam_desktop.domain.change_log import EntityKind
from kam_desktop.domain.coverage import CoverageWarning, proposal_warnings
from kam_desktop.domain.dossier import OurCompany
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.domain.money_words import amount_in_words_ru
from kam_desktop.domain.pricing import FinancialResult, Totals, financial_result, totals_of
from kam_desktop.domain.proposal import (
    DEFAULT_MIN_VALIDITY_DAYS,
    DEFAULT_NUMBER_PATTERN,
    DEFAULT_VALIDITY_DAYS,
    SETTING_DELIVERY_TERMS,
    SETTING_MIN_VALIDITY_DAYS,
    SETTING_NUMBER_PATTERN,
    SETTING_PAYMENT_TERMS,
    SETTING_VALIDITY_DAYS,
    SETTING_WARRANTY,
    STATUS_TRANSITIONS,
    Proposal,
    ProposalStatus,
    ProposalSummary,
)
from kam_desktop.domain.proposal_context import (
    ProposalContext,
    chosen_arguments,
    chosen_projects,
    context_from_json,
    context_to_json,
    same_content,
)
from kam_desktop.domain.proposal_validation import number_pattern_error, proposal_errors
from kam_desktop.domain.tailoring import EditionPlan, plan_all
from kam_desktop.domain.validation import raise_if_errors
from kam_desktop.i18n import _
from kam_desktop.services.agenda import plan_after_sending
from kam_desktop.services.change_history import log_deleted, log_saved
from kam_desktop.services.database import Database
from kam_desktop.services.library import LibraryService, default_tags
from kam_desktop.services.proposal_documents import (  # noqa: F401  (also this module's API)
    DOCX,
    FILE_FORMATS,
    PDF,
    check_addressee,
    distinct_file_names,
    edition_file_name,
    export_each_addressee,
    format_of,
    render_context,
    write_atomically,
)
from kam_desktop.storage import client_store, library_store, our_side_store, proposal_store
from kam_desktop.storage.models import utcnow
from kam_desktop.storage.proposal_store import ProposalNumber
from kam_desktop.storage.settings_store import read_setting, write_setting, write_settings

ProposalRef = Proposal | str


class ProposalService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.library = LibraryService(db)

    # ---- settings ----------------------------------------------------------------------------
    def _setting(self, key: str, default: str) -> str:
        with self.db.session() as s:
            return read_setting(s, key) or default

    def _set_setting(self, key: str, value: str) -> None:
        with self.db.session() as s:
            write_setting(s, key, value)

    def number_pattern(self) -> str:
        return self._setting(SETTING_NUMBER_PATTERN, DEFAULT_NUMBER_PATTERN)

    def set_number_pattern(self, pattern: str) -> None:
        _raise_if_bad_pattern(pattern)
        self._set_setting(SETTING_NUMBER_PATTERN, pattern.strip())

    def validity_days(self) -> int:
        try:
            return int(self._setting(SETTING_VALIDITY_DAYS, str(DEFAULT_VALIDITY_DAYS)))
        except ValueError:
            return DEFAULT_VALIDITY_DAYS

    def set_validity_days(self, days: int) -> None:
        if not 1 <= days <= 3650:
            raise ValidationError({"validity_days": _("Enter a number of days from 1 to 3650.")})
        self._set_setting(SETTING_VALIDITY_DAYS, str(days))

    def min_validity_days(self) -> int:
        """Below this validity the coverage check warns before sending."""
        try:
            return int(self._setting(SETTING_MIN_VALIDITY_DAYS, str(DEFAULT_MIN_VALIDITY_DAYS)))
        except ValueError:
            return DEFAULT_MIN_VALIDITY_DAYS

    def set_min_validity_days(self, days: int) -> None:
        if not 0 <= days <= 3650:
            raise ValidationError(
                {"min_validity_days": _("Enter a number of days from 0 to 3650.")}
            )
        self._set_setting(SETTING_MIN_VALIDITY_DAYS, str(days))

    def default_terms(self) -> tuple[str, str, str]:
        """Payment, delivery and warranty terms a new proposal starts with."""
        return (
            self._setting(SETTING_PAYMENT_TERMS, ""),
            self._setting(SETTING_DELIVERY_TERMS, ""),
            self._setting(SETTING_WARRANTY, ""),
        )

    def set_default_terms(self, payment: str, delivery: str, warranty: str) -> None:
        terms = {
            SETTING_PAYMENT_TERMS: payment.strip(),
            SETTING_DELIVERY_TERMS: delivery.strip(),
            SETTING_WARRANTY: warranty.strip(),
        }
        with self.db.session() as s:
            write_settings(s, terms)

    def next_number(self, issue_date: date | None = None, pattern: str | None = None) -> str:
        """The number the next new proposal will get (what Settings shows).

        ``pattern`` previews a pattern being typed, without storing it; ValidationError if bad.
        """
        if pattern is not None:
            _raise_if_bad_pattern(pattern)
        with self.db.session() as s:
            year = (issue_date or date.today()).year
            return self._free_number(s, year, pattern).number

    # ---- editing -----------------------------------------------------------------------------
    def new_proposal(
        self, client_id: str, language: str = "ru", issue_date: date | None = None
    ) -> Proposal:
        """An unsaved draft with the defaults filled in."""
        issue = issue_date or date.today()
        payment, delivery, warranty = self.default_terms()
        with self.db.session() as s:
            texts = client_store.client_texts(s, client_id)
            if texts is None:
                raise NotFoundError(_("No client with id {id}.").format(id=client_id))
            team = our_side_store.load_team(s)
        currency = texts[0] or "RUB"
        # A visible draft for the KAM to rewrite: never printed until it is in the editor.
        drafts = _dossier_drafts(texts)
        understanding, goals = drafts["business_understanding"], drafts["goals"]
        signatory = next((t.id for t in team if t.signs_proposals), None)
        return Proposal(
            client_id=client_id,
            issue_date=issue,
            valid_until=issue + timedelta(days=self.validity_days()),
            language=language,
            currency=currency,
            team_member_ids=[t.saved_id for t in team],
            business_understanding=understanding,
            goals=goals,
            payment_terms=payment,
            delivery_terms=delivery,
            warranty=warranty,
            signatory_id=signatory,
        )

    def dossier_drafts(self, client_id: str) -> dict[str, str]:
        """The texts ``new_proposal`` drafts from the dossier, by proposal field.

        The editor compares them with what the proposal holds: while a text is still the
        dossier's draft, it says so next to the field.
        """
        with self.db.session() as s:
            texts = client_store.client_texts(s, client_id)
        if texts is None:
            raise NotFoundError(_("No client with id {id}.").format(id=client_id))
        return _dossier_drafts(texts)

    def save(self, proposal: Proposal) -> Proposal:
        raise_if_errors(proposal_errors(proposal))
        try:
            with self.db.session() as s:
                self._check_references(s, proposal)
                total = totals_of(proposal).total
                stored = proposal_store.stored_state(s, proposal.id) if proposal.id else None
                before = None
                if stored is None:
                    # a given id is kept (demo data, restore after delete)
                    number = self._free_number(s, proposal.issue_date.year)
                    saved = proposal_store.insert_proposal(s, proposal, number, total)
                elif stored.status != ProposalStatus.DRAFT:
                    saved = proposal_store.insert_revision(s, proposal.saved_id, proposal, total)
                else:
                    if proposal.version and stored.version != proposal.version:
                        raise ConflictError(_("This proposal was changed elsewhere; reload it."))
                    if stored.client_id != proposal.client_id:
                        raise ValidationError(
                            {"client_id": _("A proposal cannot change its client.")}
                        )
                    before = proposal_store.find_proposal(s, proposal.saved_id)
                    saved = proposal_store.update_proposal(s, proposal, total)
                log_saved(s, EntityKind.PROPOSAL, saved.saved_id, saved.client_id, before, saved)
                return saved
        except StaleDataError:
            raise ConflictError(_("This proposal was changed elsewhere; reload it.")) from None

    def set_status(
        self, proposal_id: str, status: ProposalStatus, on: date | None = None
    ) -> Proposal:
        current = self.get(proposal_id)
        if status not in STATUS_TRANSITIONS[current.status]:
            raise ValidationError(
                {
                    "status": _("A proposal cannot go from «{old}» to «{new}».").format(
                        old=_(current.status.value), new=_(status.value)
                    )
                }
            )
        snapshot = None
        issued_at = utcnow().replace(microsecond=0)
        if status == ProposalStatus.SENT:
            raise_if_errors(proposal_errors(current))
            sent = replace(current, status=status, sent_on=on or date.today(), issued_at=issued_at)
            snapshot = context_to_json(self.context(sent))
        frozen = (snapshot, on or date.today(), issued_at) if snapshot is not None else None
        with self.db.session() as s:
            changed = proposal_store.set_status(s, proposal_id, status, frozen)
            if changed is not None and status == ProposalStatus.SENT:
                plan_after_sending(s, changed)  # the follow-up steps appear in Today
            if changed is not None:
                kind = EntityKind.PROPOSAL
                log_saved(s, kind, proposal_id, changed.client_id, current, changed)
        if changed is None:
            raise _no_proposal(proposal_id)
        return changed

    def duplicate(self, proposal_id: str, issue_date: date | None = None) -> Proposal:
        """A new draft with a new number, today's dates, and the same content."""
        source = self.get(proposal_id)
        issue = issue_date or date.today()
        with self.db.session() as s:
            members = client_store.member_ids_of(s, source.client_id)
        copy = replace(
            source,
            id=None,
            version=0,
            number="",
            revision=1,
            previous_id=None,
            status=ProposalStatus.DRAFT,
            sent_on=None,
            issued_at=None,
            issue_date=issue,
            valid_until=issue + timedelta(days=self.validity_days()),
            addressee_ids=[m for m in source.addressee_ids if m in members],
            tailoring={
                e: dict(sw) for e, sw in source.tailoring.items() if e in members or e == "joint"
            },
            line_items=[replace(i) for i in source.line_items],
            financials=replace(source.financials),
        )
        return self.save(copy)

    def delete(self, proposal_id: str) -> Proposal:
        with self.db.session() as s:
            stored = proposal_store.stored_state(s, proposal_id)
            if stored is None:
                raise _no_proposal(proposal_id)
            if stored.status != ProposalStatus.DRAFT:
                raise ValidationError(
                    {"status": _("Only drafts can be deleted; a sent proposal stays on record.")}
                )
            snapshot = proposal_store.delete_proposal(s, proposal_id)
            assert snapshot is not None  # found above, in the same unit of work
            log_deleted(s, EntityKind.PROPOSAL, proposal_id, snapshot.client_id)
        return snapshot

    # ---- reading -----------------------------------------------------------------------------
    def get(self, proposal_id: str) -> Proposal:
        with self.db.session() as s:
            found = proposal_store.find_proposal(s, proposal_id)
        if found is None:
            raise _no_proposal(proposal_id)
        return found

    def get_by_number(self, number: str, revision: int | None = None) -> Proposal:
        with self.db.session() as s:
            found = proposal_store.find_by_number(s, number.strip(), revision)
        if found is None:
            raise NotFoundError(_("No proposal with number {number}.").format(number=number))
        return found

    def revisions(self, number: str) -> list[Proposal]:
        with self.db.session() as s:
            return proposal_store.load_revisions(s, number)

    def list_proposals(
        self, client_id: str | None = None, all_revisions: bool = False, today: date | None = None
    ) -> list[ProposalSummary]:
        with self.db.session() as s:
            return proposal_store.proposal_summaries(
                s, client_id, all_revisions, today or date.today()
            )

    @staticmethod
    def totals(proposal: Proposal) -> Totals:
        return totals_of(proposal)

    @staticmethod
    def financial_result(proposal: Proposal) -> FinancialResult | None:
        return financial_result(proposal.financials, totals_of(proposal).net)

    @staticmethod
    def total_in_words(proposal: Proposal) -> str:
        return amount_in_words_ru(totals_of(proposal).total, proposal.currency)

    # ---- documents ---------------------------------------------------------------------------
    def context(self, proposal: ProposalRef) -> ProposalContext:
        """The composition input: a frozen revision's snapshot, otherwise the live dossier."""
        if isinstance(proposal, str):
            with self.db.session() as s:
                found = proposal_store.find_proposal(s, proposal)
                stored_snapshot = proposal_store.snapshot_of(s, proposal)
            if found is None:
                raise _no_proposal(proposal)
            if stored_snapshot:
                return context_from_json(stored_snapshot)
            proposal = found
        elif proposal.id and proposal.is_frozen:
            with self.db.session() as s:
                snapshot = proposal_store.snapshot_of(s, proposal.id)
            if snapshot:
                frozen = context_from_json(snapshot)
                # Unsaved edits of a sent proposal preview as the coming revision, live.
                if same_content(frozen.proposal, proposal):
                    return frozen
        return self._live_context(proposal)

    def compose(self, proposal: ProposalRef, addressee_id: str | None = None) -> ProposalDocument:
        ctx = self.context(proposal)
        check_addressee(ctx, addressee_id)
        return ProposalComposer().compose(ctx, addressee_id)

    def tailoring(self, proposal: ProposalRef, lang: str | None = None) -> list[EditionPlan]:
        """Per edition (joint, then each addressee): the parts and blocks chosen, and why."""
        return plan_all(self.context(proposal), lang)

    def warnings(self, proposal: ProposalRef, lang: str | None = None) -> list[CoverageWarning]:
        """The coverage check: what the dossier says is missing before sending (never blocks)."""
        ctx = self.context(proposal)
        client_id = ctx.proposal.client_id
        with self.db.session() as s:
            group = client_store.load_members(s, [client_id]).get(client_id, [])
        return proposal_warnings(ctx, group, self.min_validity_days(), lang)

    def render_pdf(self, proposal: ProposalRef, addressee_id: str | None = None) -> bytes:
        return self.render_context(self.context(proposal), addressee_id)

    def render_docx(self, proposal: ProposalRef, addressee_id: str | None = None) -> bytes:
        return self.render_context(self.context(proposal), addressee_id, DOCX)

    render_context = staticmethod(render_context)

    def export(
        self, proposal: ProposalRef, path: str | Path, addressee_id: str | None = None
    ) -> Path:
        """Render to PDF or DOCX by the file's extension and write it atomically."""
        target = Path(path)
        data = self.render_context(self.context(proposal), addressee_id, format_of(target))
        return write_atomically(target, data)

    def export_each_addressee(
        self, proposal: ProposalRef, folder: str | Path, file_format: str = PDF
    ) -> list[Path]:
        """One file per addressee in ``folder``, named by number and the person's short name;
        all of them or none (see ``proposal_documents.export_each_addressee``)."""
        return export_each_addressee(self.context(proposal), folder, file_format)

    # ---- internals ---------------------------------------------------------------------------
    @staticmethod
    def _check_references(s: Session, p: Proposal) -> None:
        if not client_store.client_exists(s, p.client_id):
            raise NotFoundError(_("No client with id {id}.").format(id=p.client_id))
        errors: dict[str, str] = {}
        owners = client_store.member_clients(s, p.addressee_ids)
        if any(owners.get(i) != p.client_id for i in p.addressee_ids):
            errors["addressee_ids"] = _(
                "Addressees must be members of this client's decision group."
            )
        if p.signatory_id and our_side_store.find_team_member(s, p.signatory_id) is None:
            p.signatory_id = None  # they left the team: like a deleted addressee, they drop out
        if p.referee_ids:
            refused = library_store.referees_without_consent(s, p.referee_ids)
            if refused:
                errors["referee_ids"] = _(
                    "{names}: no consent to be contacted; they are left out of the proposal."
                ).format(names=", ".join(refused))
        raise_if_errors(errors)

    def _free_number(self, s: Session, year: int, pattern: str | None = None) -> ProposalNumber:
        """The next unused number from the pattern."""
        pattern = (pattern or self.number_pattern()).strip()
        seq = proposal_store.highest_seq(s, year if "{year" in pattern else None) + 1
        number = pattern.format(year=year, seq=seq)
        while proposal_store.number_taken(s, number):
            seq += 1
            number = pattern.format(year=year, seq=seq)
        return ProposalNumber(number, year, seq)

    def _live_context(self, p: Proposal) -> ProposalContext:
        self.library.ensure_default_arguments()
        self.library.ensure_default_tags()
        with self.db.session() as s:
            client = client_store.find_client(s, p.client_id)
            if client is None:
                raise NotFoundError(_("No client with id {id}.").format(id=p.client_id))
            members = client_store.members_by_id(s, p.addressee_ids)
            team = {t.id: t for t in our_side_store.load_team(s, p.team_member_ids)}
            company = our_side_store.load_company(s)
            signatory = (
                our_side_store.find_team_member(s, p.signatory_id) if p.signatory_id else None
            )
            tags = library_store.load_tags(s)
            projects = library_store.load_projects(s, ordered=False)
            arguments = library_store.load_arguments(s, p.language, ordered=False)
            roles = our_side_store.load_roles(s, ordered=False)
        return ProposalContext(
            proposal=p,
            client=client,
            addressees=[members[i] for i in p.addressee_ids if i in members],
            team=[team[i] for i in p.team_member_ids if i in team],
            company=company or OurCompany(),
            projects=chosen_projects(projects, p),
            arguments=chosen_arguments(arguments, p),
            roles=roles,
            # A read-only file that was never seeded still tailors with the shipped tags.
            tags=tags or default_tags(),
            signatory=signatory,
        )

    # ---- added by the proposal editor GUI: undo of ``delete`` --------------------------------
    def restore(self, snapshot: Proposal) -> Proposal:
        """Put a deleted draft back with its id, number and revision (undo of ``delete``)."""
        with self.db.session() as s:
            if not client_store.client_exists(s, snapshot.client_id):
                raise NotFoundError(_("No client with id {id}.").format(id=snapshot.client_id))
            if proposal_store.number_taken(s, snapshot.number, snapshot.revision):
                raise ConflictError(
                    _("Proposal {number} exists again; it cannot be restored.").format(
                        number=snapshot.display_number
                    )
                )
            parts = proposal_store.number_parts(s, snapshot.number)
            year, seq = parts or (snapshot.issue_date.year, _trailing_number(snapshot.number))
            number = ProposalNumber(snapshot.number, year, seq)
            total = totals_of(snapshot).total
            restored = proposal_store.insert_proposal(
                s, snapshot, number, total, snapshot.revision, snapshot.previous_id
            )
            kind = EntityKind.PROPOSAL
            log_saved(s, kind, restored.saved_id, restored.client_id, None, restored)
            return restored


def _no_proposal(proposal_id: str) -> NotFoundError:
    return NotFoundError(_("No proposal with id {id}.").format(id=proposal_id))


def _raise_if_bad_pattern(pattern: str) -> None:
    message = number_pattern_error(pattern)
    if message:
        raise ValidationError({"number_pattern": message})


def _dossier_drafts(texts: tuple[str, str, str]) -> dict[str, str]:
    """Strategy → understanding of the business, growth areas → goals (nothing else)."""
    _currency, strategy, growth_areas = texts
    return {"business_understanding": strategy.strip(), "goals": growth_areas.strip()}


def _trailing_number(number: str) -> int:
    """The sequence part of a number made from the pattern (its last group of digits)."""
    digits = re.findall(r"\d+", number)
    return int(digits[-1]) if digits else 0
