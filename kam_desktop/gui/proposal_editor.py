"""The proposal editor: what the client reads, items with live totals in the proposal's VAT mode,
financial result, team and signatory, explainable tailoring per edition; a live preview.

One widget per section, each with ``load(proposal, …)`` and ``read() -> (fields, errors)``:
General, Texts, Figures, Team (``proposal_pages``), Items (``proposal_items``), Tailoring
(``proposal_tailoring``); the header row is ``proposal_header``, the form | preview split
``proposal_split``. This controller keeps the orchestration: it loads the sections, merges what
they read into the ``Proposal``, and wires edits to dirty state, live totals, validation, the
preview, tailoring plans and the coverage checks; save, revisions and status changes. Tailoring
and coverage are decided by the service, never here. (≈770 lines: the orchestration above is
one state machine — dirty/loading/read-only/plan-stale flags — that reads best in one place.)

Editing a *sent* revision is allowed: saving creates revision N+1 and the sent one stays frozen
(the service does that). Older revisions and decided (accepted/rejected) ones open read-only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.documents.formatting import Formatter
from kam_desktop.domain.coverage import CoverageWarning
from kam_desktop.domain.dossier import Member, TeamMember
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.names import short_name
from kam_desktop.domain.numbers import parse_decimal
from kam_desktop.domain.proposal import (
    FinancialInputs,
    LineItem,
    Proposal,
    ProposalStatus,
)
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.domain.proposal_validation import proposal_errors
from kam_desktop.gui.conflict_dialog import ConflictTexts, changed_by, save_resolving
from kam_desktop.gui.dossier_prompts import Prompts, UnsavedChoice
from kam_desktop.gui.forms import FieldErrors, from_qdate, reveal_widget, to_qdate
from kam_desktop.gui.operations import Outcome
from kam_desktop.gui.proposal_checks import SendChecksDialog
from kam_desktop.gui.proposal_header import ProposalHeader
from kam_desktop.gui.proposal_items import AMOUNT_COLUMN, LINE_KEYS, ProposalItemsPage
from kam_desktop.gui.proposal_output import Addressee, FileChooser, ProposalOutput, UrlOpener
from kam_desktop.gui.proposal_pages import (
    ProposalFiguresPage,
    ProposalGeneralPage,
    ProposalTeamPage,
    ProposalTextsPage,
    checked_ids,
    scrolled,
)
from kam_desktop.gui.proposal_preview import ProposalPreview, warm_up_renderer
from kam_desktop.gui.proposal_send import EditorSending
from kam_desktop.gui.proposal_split import FORM_SHARE_KEY, FormPreviewSplitter
from kam_desktop.gui.proposal_status import (
    EXPIRED_COLOR,
    status_label,
    status_text,
)
from kam_desktop.gui.proposal_tailoring import TailoringPanel
from kam_desktop.gui.status_messages import not_saved_message, saved_message, show_status
from kam_desktop.i18n import current_language
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService

log = logging.getLogger(__name__)

__all__ = [
    "AMOUNT_COLUMN",
    "EXPIRED_COLOR",
    "FORM_SHARE_KEY",
    "LINE_KEYS",
    "ProposalEditor",
    "parse_decimal",
    "status_label",
    "status_text",
]

# Tailoring and checks (≈40–120 ms of planning in the GUI thread) follow the form once typing
# pauses, not on every keystroke; a tailoring switch re-plans at once.
PLAN_DELAY_MS = 400
# Messages about something still missing wait for the first Save; wrong values show at once.
MISSING_KEYS = frozenset({"addressee_ids", "vat_exempt_reason"})
GENERAL, TEXTS, ITEMS, FIGURES, TEAM, TAILORING = range(6)
# Which tab holds the field of a validation message (prefix → tab); the rest is General.
SECTION_OF_FIELD = {
    "line_items.": ITEMS,
    "vat_exempt_reason": ITEMS,
    "financials.": FIGURES,
    "team_member_ids": TEAM,
    "referee_ids": TEAM,
    "signatory_id": TEAM,
}


class ProposalEditor(QWidget):
    """Edits one proposal of one client. ``saved`` carries the stored revision."""

    saved = Signal(object)  # Proposal
    back_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(
        self,
        service: ProposalService,
        dossiers: DossierService,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.dossiers = dossiers
        self.settings = settings
        self.prompts = Prompts()
        self.files = FileChooser()  # tests pass their own file answers
        self.open_url: UrlOpener = QDesktopServices.openUrl
        self.fmt = Formatter(current_language())
        self._proposal: Proposal | None = None
        self._members: list[Member] = []
        self._drafts: dict[str, str] = {}  # field → the dossier text new_proposal put there
        self._roles: dict[str, str] = {}  # DMU role code → label in the UI language
        self._team: list[TeamMember] = []  # our team, as last listed
        self._read_only = False
        self._dirty = False
        self._loading = False
        self._save_attempted = False
        self._plan_stale = True
        self._replan_now = False  # the last change was a tailoring switch
        self._latest_revision = 1
        self.errors = FieldErrors()
        self._totals_timer = QTimer(self)  # coalesce bursts of cell edits into one update
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(0)
        self._totals_timer.timeout.connect(self._after_change)
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self._refresh_plans)

        self.preview = ProposalPreview()
        self.preview.set_context_provider(self.preview_context)
        self.preview.save_requested.connect(lambda: self.save_documents())
        self.preview.variant_changed.connect(self._on_variant_shown)
        self._build_header()
        self.sending = EditorSending(self)  # «Send…», «Re-quote…», the follow-up line
        self._build_sections()
        self.splitter = FormPreviewSplitter(self.sections, self.preview, self.settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        layout.addWidget(self.banner)
        self.sending.place_follow_up(layout, layout.count())
        layout.addWidget(self.splitter, 1)
        self._build_shortcuts()
        warm_up_renderer()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.splitter.apply_split(event.size().width())

    # ---- building --------------------------------------------------------------------------
    def _build_header(self) -> None:
        self.header = ProposalHeader()
        h = self.header  # its widgets under the names the editor (and its tests) use
        self.back_button, self.number_label, self.status_chip = (
            h.back_button,
            h.number_label,
            h.status_chip,
        )
        self.revision_combo, self.checks, self.save_button = (
            h.revision_combo,
            h.checks,
            h.save_button,
        )
        self.send_button, self.accept_button, self.reject_button = (
            h.send_button,
            h.accept_button,
            h.reject_button,
        )
        self.banner = h.banner
        self.back_button.clicked.connect(self.back_requested.emit)
        self.revision_combo.activated.connect(self._on_revision_chosen)
        self.checks.clicked.connect(self.show_checks)
        self.save_button.clicked.connect(lambda: self.save())
        for status, button in h.status_buttons().items():
            button.clicked.connect(lambda _c=False, status=status: self.set_status(status))

    def _build_sections(self) -> None:
        self.general = ProposalGeneralPage(self.errors)
        self.texts = ProposalTextsPage()
        self.items = ProposalItemsPage(self.errors, self.fmt)
        self.figures = ProposalFiguresPage(self.errors)
        self.team_page = ProposalTeamPage(self.errors)
        self.tailoring = TailoringPanel()
        self.sections = QTabWidget()
        self.sections.setUsesScrollButtons(False)  # every tab title stays readable
        for page, title, tip in (
            (self.general, self.tr("General"), self.tr("Addressees, dates and currency")),
            (
                self.texts,
                self.tr("Texts"),
                self.tr("What the client reads about their business, and our terms"),
            ),
            (self.items, self.tr("Items"), self.tr("Items, prices and VAT")),
            (self.figures, self.tr("Figures"), self.tr("Financial result: payback and ROI")),
            (self.team_page, self.tr("Team"), self.tr("Preparing team, signatory, referees")),
        ):
            self.sections.addTab(scrolled(page), title)
            self.sections.setTabToolTip(self.sections.count() - 1, tip)
        self.sections.addTab(self.tailoring, self.tr("Tailoring"))
        self.sections.setTabToolTip(
            TAILORING, self.tr("What each addressee's edition carries, and why")
        )
        self.sections.currentChanged.connect(self._on_section_shown)
        self._alias_fields()
        self._wire_fields()

    def _alias_fields(self) -> None:
        """The fields under the names the rest of the editor (and its tests) use."""
        g, t, i, f, team = self.general, self.texts, self.items, self.figures, self.team_page
        self.title_edit, self.addressees, self.language = g.title_edit, g.addressees, g.language
        self.issue_date, self.validity_days = g.issue_date, g.validity_days
        self.valid_until, self.currency = g.valid_until, g.currency
        self.understanding_edit, self.goals_edit = t.understanding_edit, t.goals_edit
        self.payment_edit, self.delivery_edit = t.payment_edit, t.delivery_edit
        self.warranty_edit = t.warranty_edit
        self.lines, self.lines_error, self.words_label = i.lines, i.lines_error, i.words_label
        self.total_labels, self.vat_mode, self.vat_reason = i.total_labels, i.vat_mode, i.vat_reason
        self.remove_line_button, self.up_button = i.remove_line_button, i.up_button
        self.down_button, self.catalogue_menu = i.down_button, i.catalogue_menu
        self._financial_edits = f.financial_edits
        self.payback_label, self.roi1_label, self.roi3_label = (
            f.payback_label,
            f.roi1_label,
            f.roi3_label,
        )
        self.team, self.signatory, self.referees = team.team, team.signatory, team.referees

    def _wire_fields(self) -> None:
        self.title_edit.textEdited.connect(self._changed)
        self.addressees.itemChanged.connect(self._on_addressees_changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.issue_date.dateChanged.connect(self._on_issue_date_changed)
        self.validity_days.valueChanged.connect(self._on_days_changed)
        self.valid_until.dateChanged.connect(self._on_valid_until_changed)
        self.currency.currentTextChanged.connect(self._changed)
        for edit in (
            self.understanding_edit,
            self.goals_edit,
            self.payment_edit,
            self.delivery_edit,
            self.warranty_edit,
        ):
            edit.textChanged.connect(self._on_text_changed)
        self.items.catalogue_menu.aboutToShow.connect(self._fill_catalogue_menu)
        self.items.changed.connect(self._changed)
        for edit in self._financial_edits.values():
            edit.textEdited.connect(self._changed)
            edit.editingFinished.connect(lambda e=edit: self.figures.group_digits(e, self.fmt))
        self.team.itemChanged.connect(self._changed)
        self.signatory.currentIndexChanged.connect(self._on_signatory_changed)
        self.referees.itemChanged.connect(self._changed)
        self.tailoring.switched.connect(self._on_switched)
        self.tailoring.edition_chosen.connect(self._on_edition_chosen)

    def _build_shortcuts(self) -> None:
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(lambda _c=False: self.save())
        self.addAction(save)

    # ---- loading ---------------------------------------------------------------------------
    @property
    def proposal_id(self) -> str | None:
        return self._proposal.id if self._proposal else None

    def is_read_only(self) -> bool:
        return self._read_only

    def has_unsaved_changes(self) -> bool:
        return self._dirty and not self._read_only

    def load(self, proposal: Proposal, members: list[Member], read_only: bool = False) -> None:
        """Show ``proposal``; decided and older revisions are shown read-only."""
        self._loading = True
        try:
            self._proposal = proposal
            self._members = members
            self._save_attempted = False
            self._latest_revision = self._fill_revisions(proposal)
            decided = proposal.status in (ProposalStatus.ACCEPTED, ProposalStatus.REJECTED)
            older = proposal.revision < self._latest_revision
            self._read_only = read_only or decided or older
            self.tailoring.load(proposal)
            self._drafts = self._dossier_drafts(proposal.client_id)
            self._roles = self._role_labels()
            self._team = self.dossiers.team()
            self.general.load(proposal, members, self._roles)
            self.texts.load(proposal)
            self.items.load(proposal)
            self.figures.load(proposal, self.fmt)
            self.team_page.load(proposal, self._team, self.service.library.list_projects())
            self.errors.clear()
            self.items.show_line_errors({})
            self._mark_sections({})
        finally:
            self._loading = False
        self._set_dirty(False)
        self._apply_read_only()
        self._update_header()
        self._update_totals()
        self._update_draft_notes()
        self.preview.suggested_name = f"{proposal.display_number or 'proposal'}.pdf".replace(
            "/", "-"
        )
        self._update_variants()
        self.preview.refresh_now()
        self._plan_stale = True
        self._refresh_plans()

    def _dossier_drafts(self, client_id: str) -> dict[str, str]:
        try:
            return self.service.dossier_drafts(client_id)
        except KamError:
            return {}

    def _fill_revisions(self, proposal: Proposal) -> int:
        revisions = self.service.revisions(proposal.number) if proposal.number else []
        return self.header.fill_revisions(proposal, revisions)

    def _role_labels(self) -> dict[str, str]:
        lang = current_language()
        return {r.code: r.label(lang) for r in self.dossiers.roles()}

    def _apply_read_only(self) -> None:
        for index in range(self.sections.count()):
            if index != TAILORING:  # the panel stays browsable; its switches are disabled
                self.sections.widget(index).setEnabled(not self._read_only)
        self.tailoring.set_read_only(self._tailoring_frozen(), self._tailoring_note())

    def _tailoring_frozen(self) -> bool:
        return self._read_only or (self._proposal is not None and self._proposal.is_frozen)

    def _tailoring_note(self) -> str:
        p = self._proposal
        if p is None or not self._tailoring_frozen():
            return ""
        if self._read_only:
            return self.tr("This revision is read-only: its tailoring is shown as it was made.")
        return self.tr(
            "This revision was sent and keeps its tailoring. Save your changes as revision %1, "
            "then adjust the tailoring for it."
        ).replace("%1", str(self._latest_revision + 1))

    def _update_header(self) -> None:
        if self._proposal is not None:
            self.header.show_proposal(
                self._proposal, self._latest_revision, self._read_only, self._dirty
            )
            self.sending.update(self._proposal, self._latest_revision, self._read_only)

    # ---- reading the form ------------------------------------------------------------------
    def proposal_and_input_errors(self) -> tuple[Proposal, dict[str, str]]:
        """The proposal as the form shows it, plus errors of text that is not a number."""
        assert self._proposal is not None
        fields: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for section_fields, section_errors in (
            self.general.read(),
            self.texts.read(),
            self.items.read(),
            self.figures.read(self.fmt.lang),
            self.team_page.read(),
        ):
            fields.update(section_fields)
            errors.update(section_errors)
        fields.update(self.tailoring.read(fields["addressee_ids"])[0])
        return replace(self._proposal, **fields), errors

    def proposal(self) -> Proposal:
        return self.proposal_and_input_errors()[0]

    def document_ref(self) -> Proposal | str | None:
        """What the documents show: a frozen revision by id (its snapshot), else the form."""
        if self._proposal is None:
            return None
        if self._proposal.id and self._proposal.is_frozen and (self._read_only or not self._dirty):
            return self._proposal.id
        proposal = self.proposal()
        if proposal.is_frozen:  # an edit of a sent revision previews as the next revision
            proposal = replace(
                proposal,
                id=None,
                status=ProposalStatus.DRAFT,
                sent_on=None,
                revision=self._latest_revision + 1,
            )
        return proposal

    def preview_context(self) -> ProposalContext | None:
        """What the preview renders: a frozen revision as stored, otherwise the form's state."""
        ref = self.document_ref()
        return None if ref is None else self.service.context(ref)

    def addressees_shown(self) -> list[Addressee]:
        """The ticked addressees, in the list's order, with their role for labels."""
        chosen = set(checked_ids(self.addressees))
        roles = self._roles
        people = []
        for m in self._members:
            if m.id in chosen:
                role = roles.get(m.role_code, m.role_code)
                people.append(Addressee(m.id, m.full_name, f"{m.full_name} — {role}"))
        return people

    # ---- reacting to edits -----------------------------------------------------------------
    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        if self._proposal is not None:
            self.save_button.setEnabled(dirty or self._proposal.id is None)

    def _changed(self, *_args: object) -> None:
        if self._loading or self._read_only:
            return
        self._set_dirty(True)
        self._totals_timer.start()

    def _after_change(self) -> None:
        self._update_totals()
        self._validate_live()
        self._update_variants()
        self.preview.refresh()
        self._plan_stale = True
        if self._replan_now:
            self._replan_now = False
            self._refresh_plans()
        else:
            self._plan_timer.start()

    def _on_text_changed(self) -> None:
        self._update_draft_notes()
        self._changed()

    def _update_draft_notes(self) -> None:
        self.texts.show_draft_notes(self._drafts)

    def _on_addressees_changed(self, _item: QListWidgetItem) -> None:
        self._changed()

    def _on_signatory_changed(self, _index: int) -> None:
        self.team_page.show_signatory_position()
        self._changed()

    def _on_issue_date_changed(self, _value: QDate) -> None:
        if self._loading:
            return
        # The validity period keeps its length when the issue date moves.
        issue = from_qdate(self.issue_date.date())
        self.valid_until.blockSignals(True)
        self.valid_until.setDate(to_qdate(issue).addDays(self.validity_days.value()))
        self.valid_until.blockSignals(False)
        self._changed()

    def _on_days_changed(self, days: int) -> None:
        if self._loading:
            return
        self.valid_until.blockSignals(True)
        self.valid_until.setDate(self.issue_date.date().addDays(days))
        self.valid_until.blockSignals(False)
        self._changed()

    def _on_valid_until_changed(self, value: QDate) -> None:
        if self._loading:
            return
        days = self.issue_date.date().daysTo(value)
        if days >= 0:
            self.validity_days.blockSignals(True)
            self.validity_days.setValue(days)
            self.validity_days.blockSignals(False)
        self._changed()

    def _update_totals(self) -> None:
        proposal, _errors = self.proposal_and_input_errors()
        totals = ProposalService.totals(proposal)
        words = ""
        if proposal.language == "ru" and totals.total > 0:
            try:
                words = self.tr("In words (in the document): %1").replace(
                    "%1", ProposalService.total_in_words(proposal)
                )
            except (KamError, ValueError):
                words = ""
        self.items.show_totals(proposal, totals, words)
        self.figures.show_result(ProposalService.financial_result(proposal), self.fmt)

    def _update_variants(self) -> None:
        people = self.addressees_shown()
        self.preview.set_addressees([(a.id, short_name(a.full_name)) for a in people])
        self.tailoring.set_editions([(a.id, a.label) for a in people])
        self.tailoring.select_edition(self.preview.addressee_id())

    # ---- tailoring and checks --------------------------------------------------------------
    def _on_section_shown(self, index: int) -> None:
        if index == TAILORING and self._plan_stale:
            self._refresh_plans()

    def _on_switched(self, edition: str, key: str, on: bool, automatic: bool) -> None:
        if self._tailoring_frozen():
            return
        self.tailoring.apply_switch(edition, key, on, automatic)
        self._replan_now = True
        self._changed()

    def _on_edition_chosen(self, addressee_id: str | None) -> None:
        self.preview.select_addressee(addressee_id)  # the preview shows the edition explained
        self._refresh_tailoring()

    def _on_variant_shown(self, addressee_id: str | None) -> None:
        self.tailoring.select_edition(addressee_id)
        if self.sections.currentIndex() == TAILORING:
            self._refresh_tailoring()
        else:
            self._plan_stale = True

    def _refresh_plans(self) -> None:
        """The tailoring panel (when shown) and the checks follow the form's current state."""
        self._plan_timer.stop()
        if self.sections.currentIndex() == TAILORING:
            self._refresh_tailoring()
        self._refresh_checks()

    def _refresh_tailoring(self) -> None:
        self._plan_stale = False
        ref = self.document_ref()
        if ref is None:
            return
        proposal = ref if isinstance(ref, Proposal) else self._proposal
        if not proposal.addressee_ids:
            self.tailoring.show_message(
                self.tr(
                    "Tick the addressees on the General tab: each one's edition is argued for "
                    "their role, values and concerns, and this tab shows why."
                )
            )
            return
        try:
            plans = self.service.tailoring(ref, current_language())
        except KamError as exc:
            self.tailoring.show_message(str(exc))
            return
        edition = self.tailoring.chosen_edition()
        plan = next((p for p in plans if p.edition == edition), plans[0])
        self.tailoring.show_plan(plan, current_language())
        self.tailoring.set_read_only(self._tailoring_frozen(), self._tailoring_note())

    def _refresh_checks(self) -> None:
        p = self._proposal
        if p is None or p.status != ProposalStatus.DRAFT or self._read_only:
            self.checks.show_warnings([])
            return
        self.checks.show_warnings(self._warnings(self.document_ref()))

    def _warnings(self, ref: Proposal | str | None) -> list[CoverageWarning]:
        if ref is None:
            return []
        try:
            return self.service.warnings(ref, current_language())
        except KamError:
            log.warning("coverage check failed", exc_info=True)
            return []  # the check never stands between the KAM and sending

    def show_checks(self) -> None:
        """The indicator's list, as a dialog that only informs."""
        number = self._proposal.display_number if self._proposal else ""
        dialog = SendChecksDialog(self.checks.warnings, number, sending=False, parent=self)
        self.prompts.run_dialog(dialog)

    def _confirm_send(self) -> bool:
        """Before sending: the warnings, with "Send anyway" / "Back"; none → send at once."""
        assert self._proposal is not None
        warnings = self._warnings(self._proposal.id)
        if not warnings:
            return True
        dialog = SendChecksDialog(warnings, self._proposal.display_number, parent=self)
        return self.prompts.run_dialog(dialog)

    # ---- validation ------------------------------------------------------------------------
    def _validate_live(self) -> None:
        proposal, errors = self.proposal_and_input_errors()
        all_errors = {**proposal_errors(proposal), **errors}
        if not self._save_attempted:
            all_errors = {k: v for k, v in all_errors.items() if k not in MISSING_KEYS}
            all_errors = {k: v for k, v in all_errors.items() if not k.endswith(".description")}
        self.show_errors(all_errors, focus=False)

    def show_errors(self, errors: dict[str, str], focus: bool = True) -> None:
        """Messages next to fields; line-item messages mark their cells and go under the table."""
        line_errors = {k: v for k, v in errors.items() if k.startswith("line_items.")}
        field_errors = {k: v for k, v in errors.items() if k not in line_errors}
        # Live validation (focus=False) must not steal the focus from typing nor scroll.
        self.errors.show(field_errors, reveal=False)
        self.items.show_line_errors(line_errors)
        self._mark_sections(errors)
        for key, message in self.errors.unplaced.items():
            log.warning("proposal error without a field: %s: %s", key, message)
        unplaced = [m for m in self.errors.unplaced.values()]
        if unplaced and focus:
            self.prompts.error(self, self.tr("Cannot save the proposal"), "\n".join(unplaced))
        if focus and errors:
            self._reveal_first_error(field_errors, line_errors)

    @staticmethod
    def _section_of(key: str) -> int:
        """The tab that holds the field ``key``."""
        return next((i for p, i in SECTION_OF_FIELD.items() if key.startswith(p)), GENERAL)

    def _mark_sections(self, errors: dict[str, str]) -> None:
        """Section titles turn red when they hold a problem, so it is found from any tab."""
        bad = {self._section_of(key) for key in errors}
        bar = self.sections.tabBar()
        for index in range(self.sections.count()):
            color = QColor("#b00020") if index in bad else self.palette().windowText().color()
            bar.setTabTextColor(index, color)

    def _reveal_first_error(self, fields: dict[str, str], lines: dict[str, str]) -> None:
        """Switch to the section that holds the first problem so the user sees it."""
        if fields:
            self.sections.setCurrentIndex(self._section_of(next(iter(fields))))
            first = self.errors.first_invalid
            if first is not None:  # after the switch: a hidden section cannot scroll or focus
                reveal_widget(first, first.field)
        elif lines:
            self.sections.setCurrentIndex(ITEMS)
            self.items.reveal_line(next(iter(lines)))
        show_status(self, not_saved_message())

    # ---- line items ------------------------------------------------------------------------
    def add_line(self, item: LineItem) -> None:
        self.items.add_line(item)

    def remove_current_line(self) -> None:
        self.items.remove_current_line()

    def move_current_line(self, step: int) -> None:
        """Swap the current line with its neighbour: the PDF lists lines in this order."""
        self.items.move_current_line(step)

    @property
    def line_errors(self) -> dict[str, str]:
        """The line-item messages shown under the table (keys ``line_items.<row>.<field>``)."""
        return self.items.line_errors

    def _fill_catalogue_menu(self) -> None:
        self.catalogue_menu.clear()
        items = self.service.library.list_catalogue()
        if not items:
            empty = self.catalogue_menu.addAction(
                self.tr("The catalogue is empty (Library → Catalogue…)")
            )
            empty.setEnabled(False)
            return
        for entry in items:
            price = self.fmt.money(entry.price, entry.currency)
            unit = f" / {entry.unit}" if entry.unit else ""
            action = self.catalogue_menu.addAction(
                f"{entry.name} — {price}{unit}".replace("&", "&&")
            )
            action.triggered.connect(
                lambda _c=False, e=entry: self.add_line(self.service.library.line_from_catalogue(e))
            )

    # ---- commands --------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the form (a sent revision gets revision N+1); False when something is wrong."""
        if self._proposal is None or self._read_only:
            return False
        self._save_attempted = True
        proposal, input_errors = self.proposal_and_input_errors()
        if input_errors:
            self.show_errors({**proposal_errors(proposal), **input_errors})
            return False
        try:
            # Someone else saved it meanwhile: the conflict dialog asks which values to keep
            # and the merge is saved against their version (base: the proposal as loaded).
            stored = save_resolving(
                self,
                self.prompts,
                proposal,
                self._proposal,
                self.service.save,
                lambda: self.service.get(proposal.saved_id),
                self._conflict_texts,
            )
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot save the proposal"), str(exc))
            return False
        if stored is None:  # the conflict dialog was cancelled: the edits stay in the form
            show_status(
                self,
                self.tr("Not saved: someone else changed this proposal. Your edits are kept here."),
            )
            return False
        self.load(stored, self._members)
        self.saved.emit(stored)
        show_status(self, saved_message(stored.display_number))
        return True

    def _conflict_texts(self, theirs: Proposal) -> ConflictTexts:
        """The dialog's words: the form's own labels, lines and figures as short summaries."""
        lines, figures, tailoring = self.tr("Lines"), self.tr("Figures"), self.tr("Tailoring")
        labels = {
            "title": QCoreApplication.translate("ProposalGeneralPage", "Title:"),
            "addressee_ids": QCoreApplication.translate("ProposalGeneralPage", "Addressees:"),
            "language": QCoreApplication.translate("ProposalGeneralPage", "Document language:"),
            "issue_date": QCoreApplication.translate("ProposalGeneralPage", "Issue date:"),
            "valid_until": QCoreApplication.translate("ProposalGeneralPage", "Valid for:"),
            "currency": QCoreApplication.translate("ProposalGeneralPage", "Currency:"),
            "business_understanding": QCoreApplication.translate(
                "ProposalTextsPage", "Our understanding of your business"
            ),
            "goals": QCoreApplication.translate(
                "ProposalTextsPage", "What this proposal is for (goals)"
            ),
            "payment_terms": QCoreApplication.translate("ProposalTextsPage", "Payment terms"),
            "delivery_terms": QCoreApplication.translate(
                "ProposalTextsPage", "Delivery and implementation terms"
            ),
            "warranty": QCoreApplication.translate("ProposalTextsPage", "Warranty"),
            "line_items": lines,
            "vat_mode": QCoreApplication.translate("ProposalItemsPage", "VAT:"),
            "vat_exempt_reason": QCoreApplication.translate("ProposalItemsPage", "Reason:"),
            "financials": figures,
            "team_member_ids": QCoreApplication.translate("ProposalTeamPage", "Preparing team"),
            "signatory_id": QCoreApplication.translate("ProposalTeamPage", "Signatory:"),
            "referee_ids": QCoreApplication.translate(
                "ProposalTeamPage", "Referees from similar projects"
            ),
            "tailoring": tailoring,
        }
        names = {m.id: m.full_name for m in self._members if m.id}
        names.update({t.id: t.full_name for t in self._team if t.id})
        formats: dict[str, Callable[[Any], str]] = {
            "line_items": lambda lines: self._lines_text(theirs, lines),
            "vat_mode": lambda mode: self.items.vat_mode_label(mode),
            "language": lambda code: self.language.itemText(max(self.language.findData(code), 0)),
            "financials": self._figures_text,
            "tailoring": lambda switches: self.tr("Switches: %1").replace(
                "%1", str(sum(len(s) for s in switches.values()))
            ),
        }
        who = changed_by(self.service.db, theirs.saved_id)
        return ConflictTexts(theirs.display_number, labels, who, names, formats)

    def _lines_text(self, proposal: Proposal, lines: list[LineItem]) -> str:
        """«Lines: 3, total 1 250 000 ₽» — the lines are merged as one field, not line by line."""
        total = ProposalService.totals(replace(proposal, line_items=lines)).total
        return (
            self.tr("Lines: %1, total %2")
            .replace("%1", str(len(lines)))
            .replace("%2", self.fmt.money(total, proposal.currency))
        )

    def _figures_text(self, figures: FinancialInputs) -> str:
        values = (figures.current_annual_cost, figures.annual_gain, figures.investment)
        return " / ".join("—" if v is None else self.fmt.amount(v) for v in values)

    def set_status(self, status: ProposalStatus) -> bool:
        if self._proposal is None:
            return False
        deciding = status in (ProposalStatus.ACCEPTED, ProposalStatus.REJECTED)
        if deciding and self._dirty:
            # Saving would start a new revision, which is not the one the client decided on.
            question = self.tr(
                "The client decided on the sent revision. Discard your unsaved changes?"
            )
            if not self.prompts.confirm(self, status_label(status), question):
                return False
            self._set_dirty(False)
        elif status == ProposalStatus.SENT:
            if not self.prepare_sending():
                return False  # back to the proposal: it stays a (saved) draft
        elif (self._dirty or self._proposal.id is None) and not self.save():
            return False
        try:
            stored = self.service.set_status(self._proposal.saved_id, status)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot change the status"), str(exc))
            return False
        self.show_stored(stored)
        return True

    def prepare_sending(self) -> bool:
        """Saved, and the coverage checks seen: what marking sent and «Send…» need first."""
        if self._proposal is None:
            return False
        if (self._dirty or self._proposal.id is None) and not self.save():
            return False
        return self._proposal.status != ProposalStatus.DRAFT or self._confirm_send()

    def stored_proposal(self) -> Proposal | None:
        return self._proposal if self._proposal is not None and self._proposal.id else None

    def show_stored(self, stored: Proposal) -> None:
        self.load(stored, self._members)
        self.saved.emit(stored)

    def save_documents(self) -> Outcome:
        """ "Save PDF / Word…": the editions and format the KAM picks; settles with the files
        written off the GUI thread, [] when nothing was saved."""
        if self._proposal is None:
            return Outcome().settle([])
        if self._proposal.id is None and not self.save():
            return Outcome().settle([])  # a document carries its number: a new one is saved first
        output = ProposalOutput(
            self.service, self, self.prompts, self.files, self.open_url, self.settings
        )
        number = self._proposal.display_number
        return output.save(
            self.document_ref(), number, self.addressees_shown(), self.preview.addressee_id()
        )

    def _on_revision_chosen(self, index: int) -> None:
        proposal_id = self.revision_combo.itemData(index)
        if self._proposal is None or proposal_id == self._proposal.id:
            return
        if not self.discard_or_save():
            self.revision_combo.setCurrentIndex(self.revision_combo.findData(self._proposal.id))
            return
        self.open_revision(proposal_id)

    def open_revision(self, proposal_id: str) -> None:
        try:
            proposal = self.service.get(proposal_id)
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot open the revision"), str(exc))
            return
        self.load(proposal, self._members)

    def discard_or_save(self) -> bool:
        """Ask about unsaved edits: True when it is fine to leave (saved or discarded)."""
        if not self.has_unsaved_changes():
            return True
        what = self._proposal.display_number if self._proposal and self._proposal.number else ""
        choice = self.prompts.unsaved_changes(self, what or self.tr("the new proposal"))
        if choice == UnsavedChoice.CANCEL:
            return False
        if choice == UnsavedChoice.SAVE:
            return self.save()
        self._set_dirty(False)
        return True
