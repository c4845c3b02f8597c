"""The proposal editor: what the client reads, items with live totals in the proposal's VAT mode,
financial result, team and signatory, explainable tailoring per edition; a live preview.

The pages (``proposal_pages.py``) only lay out; this controller fills them from a ``Proposal``,
reads them back, and wires edits to the live totals, the preview, the tailoring panel and the
coverage indicator. Tailoring and coverage are decided by the service, never here.

Editing a *sent* revision is allowed: saving creates revision N+1 and the sent one stays frozen
(the service does that). Older revisions and decided (accepted/rejected) ones open read-only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.documents.formatting import Formatter
from kam_desktop.domain.coverage import CoverageWarning
from kam_desktop.domain.dossier import Member, TeamMember
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.names import short_name
from kam_desktop.domain.proposal import (
    JOINT_EDITION,
    PROPOSAL_LANGUAGES,
    STATUS_TRANSITIONS,
    FinancialInputs,
    LineItem,
    Proposal,
    ProposalStatus,
    VatMode,
)
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.domain.proposal_validation import proposal_errors
from kam_desktop.gui.dossier_prompts import Prompts, UnsavedChoice
from kam_desktop.gui.forms import FieldErrors
from kam_desktop.gui.operations import Outcome
from kam_desktop.gui.plain_text import as_text
from kam_desktop.gui.proposal_checks import ChecksIndicator, SendChecksDialog
from kam_desktop.gui.proposal_output import Addressee, FileChooser, ProposalOutput, UrlOpener
from kam_desktop.gui.proposal_pages import (
    AMOUNT_COLUMN,
    LINE_KEYS,
    ProposalFiguresPage,
    ProposalGeneralPage,
    ProposalItemsPage,
    ProposalTeamPage,
    ProposalTextsPage,
    check_item,
    checked_ids,
    fit_height,
    scrolled,
)
from kam_desktop.gui.proposal_preview import ProposalPreview, warm_up_renderer
from kam_desktop.gui.proposal_tailoring import TailoringPanel, with_switch
from kam_desktop.i18n import current_language
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService

log = logging.getLogger(__name__)

__all__ = ["AMOUNT_COLUMN", "LINE_KEYS", "ProposalEditor", "parse_decimal", "status_text"]

NUMERIC_KEYS = frozenset({"quantity", "unit_price", "discount_pct", "vat_pct"})
PERCENT_KEYS = frozenset({"discount_pct", "vat_pct"})
INVALID_CELL = QColor("#fde7ea")
FORM_SHARE = 0.6  # of the editor's width at first show; the rest is the preview
PREVIEW_MAX_START = 560  # a wide window gives the extra width to the form, not the preview
# Tailoring and checks (≈40–120 ms of planning in the GUI thread) follow the form once typing
# pauses, not on every keystroke; a tailoring switch re-plans at once.
PLAN_DELAY_MS = 400
# QSettings: the form's share of the editor's width, once the user moved the split
FORM_SHARE_KEY = "proposal_editor/form_share"
FORM_SHARE_RANGE = (0.25, 0.85)
THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+")
# Messages about something still missing wait for the first Save; wrong values show at once.
MISSING_KEYS = frozenset({"addressee_ids", "vat_exempt_reason"})
CHIP_STYLE = "border-radius: 9px; padding: 1px 8px; color: white; background: %s;"
STATUS_COLORS = {
    ProposalStatus.DRAFT: "#5f6368",
    ProposalStatus.SENT: "#1a73e8",
    ProposalStatus.ACCEPTED: "#188038",
    ProposalStatus.REJECTED: "#a50e0e",
}
EXPIRED_COLOR = "#b06000"
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


def status_label(status: ProposalStatus) -> str:
    labels = {
        ProposalStatus.DRAFT: QCoreApplication.translate("ProposalStatus", "Draft"),
        ProposalStatus.SENT: QCoreApplication.translate("ProposalStatus", "Sent"),
        ProposalStatus.ACCEPTED: QCoreApplication.translate("ProposalStatus", "Accepted"),
        ProposalStatus.REJECTED: QCoreApplication.translate("ProposalStatus", "Rejected"),
    }
    return labels[status]


def status_text(status: ProposalStatus, expired: bool) -> str:
    """«Sent · expired» when the validity date passed while the offer is still open."""
    if not expired:
        return status_label(status)
    expired_text = QCoreApplication.translate("ProposalStatus", "expired")
    return f"{status_label(status)} · {expired_text}"


def parse_decimal(text: str, lang: str = "ru") -> Decimal | None:
    """A number as typed: «1 234,5», «1,234.5», «1234.5», «20 %»; None when it is not a number.

    When both separators occur, the rightmost is the decimal one. A lone comma is decimal,
    except in English where commas that group thousands («1,500,000») are dropped.
    """
    cleaned = "".join(text.replace("%", "").split()).replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        grouping = "," if cleaned.rfind(".") > cleaned.rfind(",") else "."
        cleaned = cleaned.replace(grouping, "")
    elif lang != "ru" and THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _plain_text(edit) -> str:
    return edit.toPlainText().strip()


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
        self._tailoring: dict[str, dict[str, bool]] = {}
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
        self.line_errors: dict[str, str] = {}
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
        self._build_sections()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._remember_split)
        self._form_share = self._stored_form_share()  # None: the default split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._build_shortcuts()
        warm_up_renderer()

    # ---- the form | preview split: a share of the width, kept as the window resizes --------
    def _stored_form_share(self) -> float | None:
        if self.settings is None:
            return None
        try:
            share = float(self.settings.value(FORM_SHARE_KEY, 0.0) or 0.0)
        except (TypeError, ValueError):
            return None
        low, high = FORM_SHARE_RANGE
        return share if low <= share <= high else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_split(event.size().width())

    def _apply_split(self, width: int) -> None:
        """The remembered share, else 60 % for the form with the preview at most 560 px."""
        if self._form_share is not None:
            form = int(width * self._form_share)
        else:
            form = max(int(width * FORM_SHARE), width - PREVIEW_MAX_START)
        self.splitter.setSizes([form, max(width - form, 1)])

    def _remember_split(self, *_args: object) -> None:
        form, preview = self.splitter.sizes()
        if form + preview <= 0:
            return
        low, high = FORM_SHARE_RANGE
        self._form_share = min(max(form / (form + preview), low), high)
        if self.settings is not None:
            self.settings.setValue(FORM_SHARE_KEY, round(self._form_share, 4))

    # ---- building --------------------------------------------------------------------------
    def _build_header(self) -> None:
        self.back_button = QPushButton(self.tr("← Proposals"))
        self.back_button.setToolTip(self.tr("Back to the client's proposals"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.number_label = QLabel()
        font = self.number_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.number_label.setFont(font)
        self.number_label.setTextFormat(Qt.TextFormat.PlainText)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel()
        self.revision_combo = QComboBox()
        self.revision_combo.setToolTip(self.tr("Older revisions open read-only"))
        self.revision_combo.activated.connect(self._on_revision_chosen)
        self.checks = ChecksIndicator()
        self.checks.clicked.connect(self.show_checks)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the proposal (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.send_button = QPushButton(self.tr("Mark as sent"))
        self.send_button.setToolTip(
            self.tr(
                "Shows what the dossier says is missing, then freezes the revision; later "
                "changes become a new revision"
            )
        )
        self.send_button.clicked.connect(lambda: self.set_status(ProposalStatus.SENT))
        self.accept_button = QPushButton(self.tr("Accepted"))
        self.accept_button.setToolTip(self.tr("The client accepted this proposal"))
        self.accept_button.clicked.connect(lambda: self.set_status(ProposalStatus.ACCEPTED))
        self.reject_button = QPushButton(self.tr("Rejected"))
        self.reject_button.setToolTip(self.tr("The client turned this proposal down"))
        self.reject_button.clicked.connect(lambda: self.set_status(ProposalStatus.REJECTED))
        self.header = QHBoxLayout()
        self.header.setContentsMargins(4, 4, 4, 0)
        self.header.addWidget(self.back_button)
        self.header.addSpacing(6)
        self.header.addWidget(self.number_label)
        self.header.addWidget(self.status_chip)
        self.header.addWidget(self.revision_combo)
        self.header.addStretch(1)
        self.header.addWidget(self.checks)
        for button in (self.save_button, self.send_button, self.accept_button, self.reject_button):
            self.header.addWidget(button)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fef7e0; border: 1px solid #f9d67a; border-radius: 3px; padding: 4px;"
        )
        self.banner.hide()

    def _build_sections(self) -> None:
        self.general = ProposalGeneralPage(self.errors)
        self.texts = ProposalTextsPage()
        self.items = ProposalItemsPage(self.errors)
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
        self.items.add_line_button.clicked.connect(lambda: self.add_line(LineItem(description="")))
        self.remove_line_button.clicked.connect(self.remove_current_line)
        self.up_button.clicked.connect(lambda: self.move_current_line(-1))
        self.down_button.clicked.connect(lambda: self.move_current_line(1))
        self.lines.itemChanged.connect(self._on_line_edited)
        self.lines.currentCellChanged.connect(lambda *_: self._update_line_buttons())
        self.vat_mode.currentIndexChanged.connect(self._on_vat_mode_changed)
        self.vat_reason.textEdited.connect(self._changed)
        for edit in self._financial_edits.values():
            edit.textEdited.connect(self._changed)
            edit.editingFinished.connect(lambda e=edit: self._group_digits(e))
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
            self._tailoring = {e: dict(s) for e, s in proposal.tailoring.items()}
            self._drafts = self._dossier_drafts(proposal.client_id)
            self._fill_addressees(proposal)
            self.title_edit.setText(proposal.title)
            self.language.setCurrentIndex(max(PROPOSAL_LANGUAGES.index(proposal.language), 0))
            self.issue_date.setDate(to_qdate(proposal.issue_date))
            self.valid_until.setDate(to_qdate(proposal.valid_until))
            self.validity_days.setValue(max(0, (proposal.valid_until - proposal.issue_date).days))
            self.currency.setCurrentText(proposal.currency)
            self._fill_texts(proposal)
            self.vat_mode.setCurrentIndex(max(self.vat_mode.findData(proposal.vat_mode.value), 0))
            self.vat_reason.setText(proposal.vat_exempt_reason)
            self.items.show_vat_mode(proposal.vat_mode)
            self.lines.setRowCount(0)
            for item in proposal.line_items:
                self._append_line(item)
            fin = proposal.financials
            for key, edit in self._financial_edits.items():
                value = getattr(fin, key)
                edit.setText("" if value is None else self.fmt.amount(value))
            self._fill_team(proposal)
            self._fill_signatory(proposal)
            self._fill_referees(proposal)
            self.errors.clear()
            self._show_line_errors({})
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
        self.revision_combo.clear()
        revisions = self.service.revisions(proposal.number) if proposal.number else []
        for rev in revisions:
            text = self.tr("Revision %1 — %2").replace("%1", str(rev.revision))
            self.revision_combo.addItem(text.replace("%2", status_label(rev.status)), rev.id)
        self.revision_combo.setCurrentIndex(max(self.revision_combo.findData(proposal.id), 0))
        self.revision_combo.setVisible(len(revisions) > 1)
        return max((r.revision for r in revisions), default=proposal.revision)

    def _role_labels(self) -> dict[str, str]:
        lang = current_language()
        return {r.code: r.label(lang) for r in self.dossiers.roles()}

    def _fill_addressees(self, proposal: Proposal) -> None:
        roles = self._role_labels()
        self._roles = roles
        chosen = set(proposal.addressee_ids)
        self.addressees.clear()
        for member in self._members:
            role = roles.get(member.role_code, member.role_code)
            details = " · ".join(p for p in (role, member.position) if p)
            text = f"{member.full_name}\n{details}" if details else member.full_name
            self.addressees.addItem(check_item(text, member.id, member.id in chosen))
        if not self._members:
            item = QListWidgetItem(self.tr("Add people in the Decision group tab first."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addressees.addItem(item)
        fit_height(self.addressees)

    def _fill_texts(self, proposal: Proposal) -> None:
        for edit, text in (
            (self.understanding_edit, proposal.business_understanding),
            (self.goals_edit, proposal.goals),
            (self.payment_edit, proposal.payment_terms),
            (self.delivery_edit, proposal.delivery_terms),
            (self.warranty_edit, proposal.warranty),
        ):
            edit.setPlainText(text)

    def _fill_team(self, proposal: Proposal) -> None:
        chosen = set(proposal.team_member_ids)
        self.team.clear()
        self._team = self.dossiers.team()
        for person in self._team:
            text = person.full_name + (f"\n{person.position}" if person.position else "")
            self.team.addItem(check_item(text, person.id, person.id in chosen))
        fit_height(self.team)

    def _fill_signatory(self, proposal: Proposal) -> None:
        self.signatory.clear()
        self.signatory.addItem(self.tr("— nobody: no signature block —"), None)
        for person in self._team:
            self.signatory.addItem(person.full_name, person.id)
            self.signatory.setItemData(
                self.signatory.count() - 1, person.position, Qt.ItemDataRole.ToolTipRole
            )
        self.signatory.setCurrentIndex(max(self.signatory.findData(proposal.signatory_id), 0))
        self._show_signatory_position()

    def _show_signatory_position(self) -> None:
        chosen = self.signatory.currentData()
        person = next((t for t in self._team if t.id == chosen), None)
        self.team_page.signatory_position.setText(person.position if person else "")
        self.team_page.signatory_position.setVisible(bool(person and person.position))

    def _fill_referees(self, proposal: Proposal) -> None:
        chosen = set(proposal.referee_ids)
        self.referees.clear()
        for project in self.service.library.list_projects():
            for ref in project.referees:
                where = project.client_company + (f", {project.year}" if project.year else "")
                details = where
                if not ref.consent_to_be_contacted:
                    details += " — " + self.tr("no consent to be contacted")
                tip = "\n".join(p for p in (ref.full_name, ref.position, details) if p)
                item = check_item(f"{ref.full_name}\n{details}", ref.id, ref.id in chosen, tip)
                if not ref.consent_to_be_contacted:
                    item.setForeground(QBrush(QColor("#80868b")))
                self.referees.addItem(item)
        fit_height(self.referees)

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
        p = self._proposal
        if p is None:
            return
        number = p.number or self.tr("New proposal")
        if p.revision > 1:
            number += " · " + self.tr("revision %1").replace("%1", str(p.revision))
        self.number_label.setText(number)
        expired = p.is_expired()
        color = EXPIRED_COLOR if expired else STATUS_COLORS[p.status]
        self.status_chip.setStyleSheet(CHIP_STYLE % color)
        self.status_chip.setText(status_text(p.status, expired))
        allowed = STATUS_TRANSITIONS[p.status] if p.revision == self._latest_revision else set()
        self.send_button.setVisible(ProposalStatus.SENT in allowed)
        self.accept_button.setVisible(ProposalStatus.ACCEPTED in allowed)
        self.reject_button.setVisible(ProposalStatus.REJECTED in allowed)
        self.save_button.setVisible(not self._read_only)
        self.save_button.setEnabled(self._dirty or p.id is None)
        self.banner.setText(self._banner_text(p))
        self.banner.setVisible(bool(self.banner.text()))

    def _banner_text(self, p: Proposal) -> str:
        if p.revision < self._latest_revision:
            return self.tr(
                "Revision %1 is kept as it was sent and is shown read-only. "
                "Choose the latest revision above to edit."
            ).replace("%1", str(p.revision))
        if p.status in (ProposalStatus.ACCEPTED, ProposalStatus.REJECTED):
            return self.tr(
                "This proposal is decided and cannot change. Duplicate it from the list to "
                "make a new one."
            )
        if p.status == ProposalStatus.SENT:
            sent = p.sent_on.strftime("%d.%m.%Y") if p.sent_on else ""
            return (
                self.tr(
                    "Sent on %1: this revision is frozen. Saving your changes creates "
                    "revision %2; the sent one stays as it is."
                )
                .replace("%1", sent)
                .replace("%2", str(self._latest_revision + 1))
            )
        return ""

    # ---- reading the form ------------------------------------------------------------------
    def _line_cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item else ""

    def _read_lines(self) -> tuple[list[LineItem], dict[str, str]]:
        """Line items from the table, and messages for cells that are not numbers."""
        items: list[LineItem] = []
        errors: dict[str, str] = {}
        for row in range(self.lines.rowCount()):
            values: dict[str, object] = {}
            for column, key in enumerate(LINE_KEYS):
                text = self._line_cell(row, column)
                if key not in NUMERIC_KEYS:
                    values[key] = text
                    continue
                number = parse_decimal(text, self.fmt.lang)
                if number is None:
                    errors[f"line_items.{row}.{key}"] = self.tr("Enter a number.")
                    number = Decimal(0)
                values[key] = number
            first = self.lines.item(row, 0)
            values["catalogue_item_id"] = first.data(Qt.ItemDataRole.UserRole) if first else None
            items.append(LineItem(**values))
        return items, errors

    def _read_financials(self) -> tuple[FinancialInputs, dict[str, str]]:
        values: dict[str, Decimal | None] = {}
        errors: dict[str, str] = {}
        for key, edit in self._financial_edits.items():
            text = edit.text().strip()
            values[key] = parse_decimal(text, self.fmt.lang) if text else None
            if text and values[key] is None:
                errors[f"financials.{key}"] = self.tr("Enter an amount such as 1 500 000.")
        return FinancialInputs(**values), errors

    def _read_tailoring(self, addressee_ids: list[str]) -> dict[str, dict[str, bool]]:
        """The KAM's switches for the editions this proposal has (an unticked addressee's wait)."""
        editions = {JOINT_EDITION, *addressee_ids}
        return {e: dict(s) for e, s in self._tailoring.items() if e in editions and s}

    def proposal_and_input_errors(self) -> tuple[Proposal, dict[str, str]]:
        """The proposal as the form shows it, plus errors of text that is not a number."""
        assert self._proposal is not None
        lines, errors = self._read_lines()
        financials, fin_errors = self._read_financials()
        errors.update(fin_errors)
        addressee_ids = checked_ids(self.addressees)
        proposal = replace(
            self._proposal,
            title=self.title_edit.text().strip(),
            addressee_ids=addressee_ids,
            language=self.language.currentData(),
            issue_date=from_qdate(self.issue_date.date()),
            valid_until=from_qdate(self.valid_until.date()),
            currency=self.currency.currentText().strip().upper(),
            business_understanding=_plain_text(self.understanding_edit),
            goals=_plain_text(self.goals_edit),
            payment_terms=_plain_text(self.payment_edit),
            delivery_terms=_plain_text(self.delivery_edit),
            warranty=_plain_text(self.warranty_edit),
            vat_mode=VatMode(self.vat_mode.currentData()),
            vat_exempt_reason=self.vat_reason.text().strip(),
            line_items=lines,
            financials=financials,
            team_member_ids=checked_ids(self.team),
            signatory_id=self.signatory.currentData(),
            referee_ids=checked_ids(self.referees),
            tailoring=self._read_tailoring(addressee_ids),
        )
        return proposal, errors

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
        """«Draft from the dossier» stays next to a text until the KAM has rewritten it."""
        for key, edit, note in (
            ("business_understanding", self.understanding_edit, self.texts.understanding_draft),
            ("goals", self.goals_edit, self.texts.goals_draft),
        ):
            draft = self._drafts.get(key, "")
            note.setVisible(bool(draft) and _plain_text(edit) == draft)

    def _on_addressees_changed(self, _item: QListWidgetItem) -> None:
        self._changed()

    def _on_signatory_changed(self, _index: int) -> None:
        self._show_signatory_position()
        self._changed()

    def _on_vat_mode_changed(self, _index: int) -> None:
        self.items.show_vat_mode(VatMode(self.vat_mode.currentData()))
        self._changed()

    def _on_line_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == AMOUNT_COLUMN:
            return
        self._format_cell(item)
        self._changed()

    def _format_cell(self, item: QTableWidgetItem) -> None:
        """A number typed as «1500000» reads «1 500 000,00» once entered; «20» reads «20 %»."""
        key = LINE_KEYS[item.column()]
        if key not in NUMERIC_KEYS:
            return
        value = parse_decimal(item.text(), self.fmt.lang)
        if value is None:
            return
        text = self._cell_text(key, value)
        if text != item.text():
            self.lines.blockSignals(True)
            item.setText(text)
            self.lines.blockSignals(False)

    def _cell_text(self, key: str, value: Decimal) -> str:
        if key in PERCENT_KEYS:
            return self.fmt.percent(value)
        if key == "unit_price":
            return self.fmt.amount(value)
        return self.fmt.number(value)

    def _group_digits(self, edit) -> None:
        value = parse_decimal(edit.text(), self.fmt.lang)
        if value is not None:
            edit.setText(self.fmt.amount(value))  # setText: not an edit, no dirty flag

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
        currency = proposal.currency or "RUB"
        for key, label in self.total_labels.items():
            value = getattr(totals, key)
            text = self.fmt.money(value, currency)
            if key == "discount" and value:
                text = f"−{text}"
            if key == "vat" and proposal.vat_mode == VatMode.WITHOUT:
                text = self.tr("not charged")
            label.setText(text)
        self.lines.blockSignals(True)
        for row, amounts in enumerate(totals.lines):
            item = self.lines.item(row, AMOUNT_COLUMN)
            if item is not None:
                shown = amounts.net if proposal.vat_mode == VatMode.ON_TOP else amounts.total
                item.setText(self.fmt.amount(shown))
        self.lines.blockSignals(False)
        self.lines.resizeRowsToContents()
        words = ""
        if proposal.language == "ru" and totals.total > 0:
            try:
                words = self.tr("In words (in the document): %1").replace(
                    "%1", ProposalService.total_in_words(proposal)
                )
            except (KamError, ValueError):
                words = ""
        self.words_label.setText(words)
        self.words_label.setVisible(bool(words))
        self._update_financial_result(proposal)

    def _update_financial_result(self, proposal: Proposal) -> None:
        result = ProposalService.financial_result(proposal)
        dash = "—"
        if result is None:
            self.payback_label.setText(self.tr("enter the expected savings or gain"))
            self.roi1_label.setText(dash)
            self.roi3_label.setText(dash)
            return
        if result.payback_months is None:
            self.payback_label.setText(self.tr("never: there is no gain"))
        else:
            self.payback_label.setText(
                self.tr("%1 months").replace("%1", self.fmt.number(result.payback_months))
            )
        for label, value in (
            (self.roi1_label, result.roi_1y_pct),
            (self.roi3_label, result.roi_3y_pct),
        ):
            label.setText(dash if value is None else self.fmt.percent(value))

    def _update_variants(self) -> None:
        people = self.addressees_shown()
        self.preview.set_addressees([(a.id, short_name(a.full_name)) for a in people])
        self.tailoring.set_editions([(a.id, a.label) for a in people])
        self.tailoring.select_edition(self.preview.addressee_id())

    def _update_line_buttons(self) -> None:
        row = self.lines.currentRow()
        self.remove_line_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.lines.rowCount() - 1)

    # ---- tailoring and checks --------------------------------------------------------------
    def _on_section_shown(self, index: int) -> None:
        if index == TAILORING and self._plan_stale:
            self._refresh_plans()

    def _on_switched(self, edition: str, key: str, on: bool, automatic: bool) -> None:
        if self._tailoring_frozen():
            return
        self._tailoring = with_switch(self._tailoring, edition, key, on, automatic)
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
        focused = self.focusWidget()
        self.errors.show(field_errors)
        if not focus and focused is not None:
            focused.setFocus()  # live validation must not steal the focus from typing
        self._show_line_errors(line_errors)
        self._mark_sections(errors)
        for key, message in self.errors.unplaced.items():
            log.warning("proposal error without a field: %s: %s", key, message)
        unplaced = [m for m in self.errors.unplaced.values()]
        if unplaced and focus:
            self.prompts.error(self, self.tr("Cannot save the proposal"), "\n".join(unplaced))
        if focus and errors:
            self._reveal_first_error(field_errors, line_errors)

    def _show_line_errors(self, errors: dict[str, str]) -> None:
        self.line_errors = errors
        self.lines.blockSignals(True)
        for row in range(self.lines.rowCount()):
            for column, key in enumerate(LINE_KEYS):
                item = self.lines.item(row, column)
                if item is None:
                    continue
                message = errors.get(f"line_items.{row}.{key}")
                item.setBackground(QBrush(INVALID_CELL) if message else QBrush())
                item.setToolTip(message or (as_text(item.text()) if column == 0 else ""))
        self.lines.blockSignals(False)
        captions = {
            "description": self.tr("description"),
            "quantity": self.tr("quantity"),
            "unit": self.tr("unit"),
            "unit_price": self.tr("price"),
            "discount_pct": self.tr("discount"),
            "vat_pct": self.tr("VAT"),
        }
        lines = []
        for key, message in errors.items():
            _prefix, row, field = key.split(".", 2)
            where = self.tr("Line %1, %2:").replace("%1", str(int(row) + 1))
            lines.append(f"{where.replace('%2', captions.get(field, field))} {message}")
        self.lines_error.setText("\n".join(lines))
        self.lines_error.setVisible(bool(lines))

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
        elif lines:
            self.sections.setCurrentIndex(ITEMS)
            _prefix, row, field = next(iter(lines)).split(".", 2)
            column = LINE_KEYS.index(field) if field in LINE_KEYS else 0
            self.lines.setCurrentCell(int(row), column)

    # ---- line items ------------------------------------------------------------------------
    def _append_line(self, item: LineItem) -> int:
        row = self.lines.rowCount()
        self.lines.blockSignals(True)
        self.lines.insertRow(row)
        texts = (
            item.description,
            self.fmt.number(item.quantity),
            item.unit,
            self.fmt.amount(item.unit_price),
            self.fmt.percent(item.discount_pct),
            self.fmt.percent(item.vat_pct),
            "",
        )
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            if column == 0:
                cell.setData(Qt.ItemDataRole.UserRole, item.catalogue_item_id)
                cell.setToolTip(as_text(item.description))
            if column >= 1 and column != 2:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == AMOUNT_COLUMN:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines.setItem(row, column, cell)
        self.lines.blockSignals(False)
        return row

    def add_line(self, item: LineItem) -> None:
        row = self._append_line(item)
        self.lines.setCurrentCell(row, 0 if not item.description else 1)
        self._changed()
        if not item.description:
            self.lines.editItem(self.lines.item(row, 0))

    def remove_current_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self._changed()
        self._update_line_buttons()

    def move_current_line(self, step: int) -> None:
        """Swap the current line with its neighbour: the PDF lists lines in this order."""
        row = self.lines.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.lines.rowCount():
            return
        self.lines.blockSignals(True)
        for column in range(self.lines.columnCount()):
            here, there = self.lines.takeItem(row, column), self.lines.takeItem(target, column)
            self.lines.setItem(row, column, there)
            self.lines.setItem(target, column, here)
        self.lines.blockSignals(False)
        self.lines.setCurrentCell(target, self.lines.currentColumn())
        self._changed()

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
            stored = self.service.save(proposal)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot save the proposal"), str(exc))
            return False
        self.load(stored, self._members)
        self.saved.emit(stored)
        return True

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
        elif (self._dirty or self._proposal.id is None) and not self.save():
            return False
        if status == ProposalStatus.SENT and not self._confirm_send():
            return False  # back to the proposal: it stays a (saved) draft
        try:
            stored = self.service.set_status(self._proposal.id, status)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot change the status"), str(exc))
            return False
        self.load(stored, self._members)
        self.saved.emit(stored)
        return True

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
