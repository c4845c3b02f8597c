"""The proposal editor: terms, line items with live totals, financial result, team; live preview.

Editing a *sent* revision is allowed: saving creates revision N+1 and the sent one stays frozen
(the service does that). Older revisions and decided (accepted/rejected) ones open read-only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.documents.formatting import Formatter
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.proposal import (
    PROPOSAL_LANGUAGES,
    STATUS_TRANSITIONS,
    FinancialInputs,
    LineItem,
    Proposal,
    ProposalStatus,
)
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.domain.proposal_validation import proposal_errors
from kam_desktop.gui.dossier_prompts import Prompts, UnsavedChoice
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE, FieldErrors
from kam_desktop.gui.plain_text import as_text
from kam_desktop.gui.proposal_preview import ProposalPreview, warm_up_renderer
from kam_desktop.i18n import current_language
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService

log = logging.getLogger(__name__)

LINE_KEYS = ("description", "quantity", "unit", "unit_price", "discount_pct", "vat_pct")
AMOUNT_COLUMN = len(LINE_KEYS)
NUMERIC_KEYS = frozenset({"quantity", "unit_price", "discount_pct", "vat_pct"})
CURRENCIES = ("RUB", "EUR", "USD", "CNY", "KZT", "BYN")
INVALID_CELL = QColor("#fde7ea")
FORM_SHARE = 0.6  # of the editor's width at first show; the rest is the preview
PREVIEW_MAX_START = 560  # a wide window gives the extra width to the form, not the preview
THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+")
# Messages about something still missing wait for the first Save; wrong values show at once.
MISSING_KEYS = frozenset({"addressee_ids"})
CHIP_STYLE = "border-radius: 9px; padding: 1px 8px; color: white; background: %s;"
STATUS_COLORS = {
    ProposalStatus.DRAFT: "#5f6368",
    ProposalStatus.SENT: "#1a73e8",
    ProposalStatus.ACCEPTED: "#188038",
    ProposalStatus.REJECTED: "#a50e0e",
}
EXPIRED_COLOR = "#b06000"


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
    """A number as typed: «1 234,5», «1,234.5», «1234.5»; None when it is not a number.

    When both separators occur, the rightmost is the decimal one. A lone comma is decimal,
    except in English where commas that group thousands («1,500,000») are dropped.
    """
    cleaned = "".join(text.split()).replace("\u00a0", "").replace("\u202f", "")
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


def checked_ids(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def check_item(text: str, item_id: str | None, checked: bool, tip: str = "") -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, item_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setToolTip(as_text(tip or text))
    return item


def checklist() -> QListWidget:
    """A checkable list of two-line entries (name, then details); the tooltip has it all."""
    widget = QListWidget()
    widget.setWordWrap(False)
    widget.setUniformItemSizes(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def fit_height(widget: QListWidget, min_rows: int = 2, max_rows: int = 8) -> None:
    """Size a short list to its entries so the form does not show a tall empty box."""
    row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() * 2
    rows = min(max(widget.count(), min_rows), max_rows)
    widget.setFixedHeight(row * rows + 2 * widget.frameWidth() + 2)


def _scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class ProposalEditor(QWidget):
    """Edits one proposal of one client. ``saved`` carries the stored revision."""

    saved = Signal(object)  # Proposal
    back_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(
        self,
        service: ProposalService,
        dossiers: DossierService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.dossiers = dossiers
        self.prompts = Prompts()
        self.fmt = Formatter(current_language())
        self._proposal: Proposal | None = None
        self._members: list[Member] = []
        self._read_only = False
        self._dirty = False
        self._loading = False
        self._save_attempted = False
        self._latest_revision = 1
        self.errors = FieldErrors()
        self.line_errors: dict[str, str] = {}
        self._totals_timer = QTimer(self)  # coalesce bursts of cell edits into one update
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(0)
        self._totals_timer.timeout.connect(self._after_change)

        self.preview = ProposalPreview()
        self.preview.set_context_provider(self.preview_context)
        self._build_header()
        self.sections = QTabWidget()
        self.sections.addTab(_scrolled(self._build_terms()), self.tr("Terms"))
        self.sections.addTab(_scrolled(self._build_items()), self.tr("Items and prices"))
        self.sections.addTab(_scrolled(self._build_financials()), self.tr("Financial result"))
        self.sections.addTab(_scrolled(self._build_team()), self.tr("Team and referees"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._split_done = False  # the first show gives the form most of the real width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(lambda _c=False: self.save())
        self.addAction(save)
        warm_up_renderer()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_done:
            self._split_done = True
            QTimer.singleShot(0, self._split_form_and_preview)  # after the layout settled

    def _split_form_and_preview(self) -> None:
        width = self.splitter.width()
        form = max(int(width * FORM_SHARE), width - PREVIEW_MAX_START)
        self.splitter.setSizes([form, width - form])

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
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel()
        self.revision_combo = QComboBox()
        self.revision_combo.setToolTip(self.tr("Older revisions open read-only"))
        self.revision_combo.activated.connect(self._on_revision_chosen)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the proposal (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.send_button = QPushButton(self.tr("Mark as sent"))
        self.send_button.setToolTip(
            self.tr("The revision is frozen once sent; later changes become a new revision")
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
        for button in (self.save_button, self.send_button, self.accept_button, self.reject_button):
            self.header.addWidget(button)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fef7e0; border: 1px solid #f9d67a; border-radius: 3px; padding: 4px;"
        )
        self.banner.hide()

    def _build_terms(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(form)
        page_layout.addStretch(1)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Second stage of the MES rollout"))
        self.title_edit.textEdited.connect(self._changed)
        self.addressees = checklist()
        self.addressees.itemChanged.connect(self._on_addressees_changed)
        self.language = QComboBox()
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.addItem(self.tr("English"), "en")
        self.language.setToolTip(self.tr("The language of the document, whatever the UI language"))
        self.language.currentIndexChanged.connect(self._changed)
        self.issue_date = QDateEdit()
        self.issue_date.setCalendarPopup(True)
        self.issue_date.dateChanged.connect(self._on_issue_date_changed)
        self.validity_days = QSpinBox()
        self.validity_days.setRange(0, 3650)
        self.validity_days.setSuffix(self.tr(" days"))
        self.validity_days.valueChanged.connect(self._on_days_changed)
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.dateChanged.connect(self._on_valid_until_changed)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.currentTextChanged.connect(self._changed)
        for widget, width in (
            (self.language, 220),
            (self.issue_date, 150),
            (self.valid_until, 150),
            (self.currency, 110),
        ):
            widget.setMaximumWidth(width)
        validity = QHBoxLayout()
        validity.addWidget(self.validity_days)
        validity.addWidget(QLabel(self.tr("until")))
        validity_until = self.errors.add("valid_until", self.valid_until)
        validity.addWidget(validity_until, 1)
        validity_box = QWidget()
        validity_box.setLayout(validity)
        validity.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Title:"), self.title_edit)
        hint = QLabel(
            self.tr(
                "Each addressee's role decides the arguments: exclusivity for the executive, "
                "similar projects and referees for the HR director, figures for the financier "
                "and the technical specialist."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        addressees_box = QWidget()
        box = QVBoxLayout(addressees_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.errors.add("addressee_ids", self.addressees))
        box.addWidget(hint)
        form.addRow(self.tr("Addressees:"), addressees_box)
        form.addRow(self.tr("Document language:"), self.errors.add("language", self.language))
        form.addRow(self.tr("Issue date:"), self.issue_date)
        form.addRow(self.tr("Valid for:"), validity_box)
        form.addRow(self.tr("Currency:"), self.errors.add("currency", self.currency))
        return page

    def _build_items(self) -> QWidget:
        page = QWidget()
        self.catalogue_button = QPushButton(self.tr("Add from catalogue"))
        self.catalogue_menu = QMenu(self.catalogue_button)
        self.catalogue_menu.aboutToShow.connect(self._fill_catalogue_menu)
        self.catalogue_button.setMenu(self.catalogue_menu)
        self.add_line_button = QPushButton(self.tr("Add free-text line"))
        self.add_line_button.clicked.connect(lambda: self.add_line(LineItem(description="")))
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_current_line)
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.up_button.setToolTip(self.tr("Move the line up"))
        self.down_button.setToolTip(self.tr("Move the line down"))
        for button, step in ((self.up_button, -1), (self.down_button, 1)):
            button.setFixedWidth(32)
            button.clicked.connect(lambda _c=False, step=step: self.move_current_line(step))
        buttons = QHBoxLayout()
        buttons.addWidget(self.catalogue_button)
        buttons.addWidget(self.add_line_button)
        buttons.addWidget(self.remove_line_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        self.lines = QTableWidget(0, len(LINE_KEYS) + 1)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Qty"),
                self.tr("Unit"),
                self.tr("Price"),
                self.tr("Disc. %"),
                self.tr("VAT %"),
                self.tr("Amount"),
            ]
        )
        self.lines.verticalHeader().setDefaultSectionSize(26)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setWordWrap(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.setMinimumSectionSize(36)
        for column in range(1, len(LINE_KEYS) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeaderItem(AMOUNT_COLUMN).setToolTip(
            self.tr("Net amount: after the discount, before VAT")
        )
        self.lines.itemChanged.connect(self._on_line_edited)
        self.lines.currentCellChanged.connect(lambda *_: self._update_line_buttons())
        self.lines_error = QLabel()
        self.lines_error.setStyleSheet(ERROR_STYLE)
        self.lines_error.setWordWrap(True)
        self.lines_error.hide()
        totals = QGridLayout()
        totals.setColumnStretch(0, 1)
        self.total_labels: dict[str, QLabel] = {}
        rows = (
            ("subtotal", self.tr("Subtotal:")),
            ("discount", self.tr("Discount:")),
            ("net", self.tr("Net of VAT:")),
            ("vat", self.tr("VAT:")),
            ("total", self.tr("Total:")),
        )
        for row, (key, text) in enumerate(rows):
            caption, value = QLabel(text), QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(150)
            if key == "total":
                bold = value.font()
                bold.setBold(True)
                value.setFont(bold)
                caption.setFont(bold)
            totals.addWidget(caption, row, 1, Qt.AlignmentFlag.AlignRight)
            totals.addWidget(value, row, 2)
            self.total_labels[key] = value
        self.words_label = QLabel()
        self.words_label.setWordWrap(True)
        self.words_label.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.lines_error)
        layout.addLayout(totals)
        layout.addWidget(self.words_label)
        return page

    def _money_edit(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(220)
        edit.textEdited.connect(self._changed)
        self._financial_edits[key] = edit
        return edit

    def _build_financials(self) -> QWidget:
        page = QWidget()
        page_layout = QVBoxLayout(page)
        self._financial_edits: dict[str, QLineEdit] = {}
        intro = QLabel(
            self.tr(
                "Financiers and technical specialists decide on numbers: enter what the client "
                "spends today and what the offer saves or earns per year. The proposal then "
                "shows payback and return on investment."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        page_layout.addLayout(form)
        page_layout.addStretch(1)
        form.addRow(intro)
        fields = (
            ("current_annual_cost", self.tr("Client's current cost per year:"), ""),
            ("annual_gain", self.tr("Expected savings or gain per year:"), ""),
            ("investment", self.tr("Investment:"), self.tr("the proposal's net total")),
        )
        for key, caption, placeholder in fields:
            edit = self._money_edit(key, placeholder)
            form.addRow(caption, self.errors.add(f"financials.{key}", edit))
        self.payback_label = QLabel()
        self.roi1_label = QLabel()
        self.roi3_label = QLabel()
        for label in (self.payback_label, self.roi1_label, self.roi3_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        form.addRow(self.tr("Payback:"), self.payback_label)
        form.addRow(self.tr("ROI over 1 year:"), self.roi1_label)
        form.addRow(self.tr("ROI over 3 years:"), self.roi3_label)
        how = QLabel(
            self.tr(
                "Payback = investment ÷ yearly gain × 12 months. "
                "ROI over N years = (yearly gain × N − investment) ÷ investment. "
                "Without an investment entered, the proposal's net total is used."
            )
        )
        how.setWordWrap(True)
        how.setStyleSheet(HINT_STYLE)
        form.addRow(how)
        return page

    def _build_team(self) -> QWidget:
        page = QWidget()
        self.team = checklist()
        self.team.itemChanged.connect(self._changed)
        self.referees = checklist()
        self.referees.itemChanged.connect(self._changed)
        team_hint = QLabel(
            self.tr(
                "A proposal prepared by a team, with each member's position and contacts, "
                "carries more weight."
            )
        )
        referee_hint = QLabel(
            self.tr(
                "Shown to the HR director. Leave all unchecked to include every referee who "
                "consented to be contacted."
            )
        )
        for hint in (team_hint, referee_hint):
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Preparing team:")))
        layout.addWidget(self.errors.add("team_member_ids", self.team))
        layout.addWidget(team_hint)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Referees from similar projects:")))
        layout.addWidget(self.errors.add("referee_ids", self.referees))
        layout.addWidget(referee_hint)
        layout.addStretch(1)
        return page

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
            self._fill_addressees(proposal)
            self.title_edit.setText(proposal.title)
            self.language.setCurrentIndex(max(PROPOSAL_LANGUAGES.index(proposal.language), 0))
            self.issue_date.setDate(to_qdate(proposal.issue_date))
            self.valid_until.setDate(to_qdate(proposal.valid_until))
            self.validity_days.setValue(max(0, (proposal.valid_until - proposal.issue_date).days))
            self.currency.setCurrentText(proposal.currency)
            self.lines.setRowCount(0)
            for item in proposal.line_items:
                self._append_line(item)
            fin = proposal.financials
            for key, edit in self._financial_edits.items():
                value = getattr(fin, key)
                edit.setText("" if value is None else self.fmt.amount(value))
            self._fill_team(proposal)
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
        self.preview.suggested_name = f"{proposal.display_number or 'proposal'}.pdf".replace(
            "/", "-"
        )
        self._update_variants()
        self.preview.refresh_now()

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

    def _fill_team(self, proposal: Proposal) -> None:
        chosen = set(proposal.team_member_ids)
        self.team.clear()
        for person in self.dossiers.team():
            text = person.full_name + (f"\n{person.position}" if person.position else "")
            self.team.addItem(check_item(text, person.id, person.id in chosen))
        fit_height(self.team)

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
            self.sections.widget(index).setEnabled(not self._read_only)

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

    def proposal_and_input_errors(self) -> tuple[Proposal, dict[str, str]]:
        """The proposal as the form shows it, plus errors of text that is not a number."""
        assert self._proposal is not None
        lines, errors = self._read_lines()
        financials, fin_errors = self._read_financials()
        errors.update(fin_errors)
        proposal = replace(
            self._proposal,
            title=self.title_edit.text().strip(),
            addressee_ids=checked_ids(self.addressees),
            language=self.language.currentData(),
            issue_date=from_qdate(self.issue_date.date()),
            valid_until=from_qdate(self.valid_until.date()),
            currency=self.currency.currentText().strip().upper(),
            line_items=lines,
            financials=financials,
            team_member_ids=checked_ids(self.team),
            referee_ids=checked_ids(self.referees),
        )
        return proposal, errors

    def proposal(self) -> Proposal:
        return self.proposal_and_input_errors()[0]

    def preview_context(self) -> ProposalContext | None:
        """What the preview renders: a frozen revision as stored, otherwise the form's state."""
        if self._proposal is None:
            return None
        if self._proposal.id and self._proposal.is_frozen and (self._read_only or not self._dirty):
            return self.service.context(self._proposal.id)
        proposal = self.proposal()
        if proposal.is_frozen:  # an edit of a sent revision previews as the next revision
            proposal = replace(
                proposal,
                id=None,
                status=ProposalStatus.DRAFT,
                sent_on=None,
                revision=self._latest_revision + 1,
            )
        return self.service.context(proposal)

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

    def _on_addressees_changed(self, _item: QListWidgetItem) -> None:
        self._changed()

    def _on_line_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != AMOUNT_COLUMN:
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
        currency = proposal.currency or "RUB"
        for key, label in self.total_labels.items():
            value = getattr(totals, key)
            text = self.fmt.money(value, currency)
            label.setText(f"−{text}" if key == "discount" and value else text)
        self.lines.blockSignals(True)
        for row, amounts in enumerate(totals.lines):
            item = self.lines.item(row, AMOUNT_COLUMN)
            if item is not None:
                item.setText(self.fmt.amount(amounts.net))
        self.lines.blockSignals(False)
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
        names = {m.id: m.full_name for m in self._members}
        chosen = checked_ids(self.addressees)
        self.preview.set_addressees([(i, names[i]) for i in chosen if i in names])

    def _update_line_buttons(self) -> None:
        row = self.lines.currentRow()
        self.remove_line_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.lines.rowCount() - 1)

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
                item.setToolTip(as_text(message or ""))
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
        """The tab that holds the field ``key``: terms, items, financial result, team."""
        prefixes = {"line_items.": 1, "financials.": 2, "team_member_ids": 3, "referee_ids": 3}
        return next((i for p, i in prefixes.items() if key.startswith(p)), 0)

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
            self.sections.setCurrentIndex(1)
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
            self.fmt.number(item.discount_pct),
            self.fmt.number(item.vat_pct),
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
            action = self.catalogue_menu.addAction(f"{entry.name} — {price}{unit}")
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
