"""The proposal editor's section pages and the small widgets they share.

General (addressees, dates), Texts and terms (what the client reads about their business and
our terms), Financial result, Team (with the signatory) live here; Items and prices (with the
VAT mode) in ``proposal_items``, Tailoring in ``proposal_tailoring``. Each section page has
``load(proposal, …)`` and ``read() -> (fields, errors)``: the fields are the ``Proposal``
attributes the page edits, the errors ``{field key: message}`` shown next to the fields.
``ProposalEditor`` keeps the orchestration (dirty state, save, revisions, status, preview).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.documents.formatting import Formatter
from kam_desktop.domain.dossier import Member, TeamMember
from kam_desktop.domain.numbers import parse_decimal
from kam_desktop.domain.pricing import FinancialResult
from kam_desktop.domain.proposal import (
    PROPOSAL_LANGUAGES,
    FinancialInputs,
    Proposal,
    SimilarProject,
)
from kam_desktop.gui.forms import HINT_STYLE, FieldErrors, from_qdate, to_qdate
from kam_desktop.gui.plain_text import as_text

CURRENCIES = ("RUB", "EUR", "USD", "CNY", "KZT", "BYN")
DRAFT_STYLE = (
    "color: #8a4b00; background: #fef7e0; border: 1px solid #f9d67a; border-radius: 3px; "
    "padding: 3px 6px;"
)
NOTE_STYLE = (
    "background: #e8f0fe; border: 1px solid #aecbfa; border-radius: 3px; padding: 6px; "
    "color: #174ea6;"
)


SectionFields = dict[str, Any]  # the Proposal attributes a section edits, as its form shows them


def plain_text(edit: QPlainTextEdit) -> str:
    return edit.toPlainText().strip()


# ---- small widgets ---------------------------------------------------------------------------
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
    item.setToolTip(as_text(tip or text))  # names from the dossier, shown literally
    return item


def checklist() -> QListWidget:
    """A checkable list of two-line entries (name, then details), wrapped rather than cut."""
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap when the width changes
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def fit_height(widget: QListWidget, min_rows: int = 2, max_rows: int = 8) -> None:
    """Size a short list to its entries so the form does not show a tall empty box."""
    empty_row = widget.fontMetrics().height() * 2
    heights = [widget.sizeHintForRow(i) for i in range(min(widget.count(), max_rows))]
    heights += [empty_row] * max(0, min_rows - len(heights))
    widget.setFixedHeight(sum(heights) + 2 * widget.frameWidth() + 2)


def hint_label(text: str, style: str = HINT_STYLE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class GrowingTextEdit(QPlainTextEdit):
    """A multi-line field that grows with its text from ``min_rows`` to ``max_rows`` lines.

    The page scrolls, not the field: a long text is read whole. Tab moves on, as in the
    one-line fields.
    """

    def __init__(self, min_rows: int, max_rows: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = (min_rows, max_rows)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def _fit(self) -> None:
        low, high = self._rows
        lines = self.document().lineCount()  # visual lines once wrapped at the current width
        rows = min(max(lines, low), high)
        margins = self.contentsMargins()
        text = rows * QFontMetrics(self.font()).lineSpacing()
        extra = 2 * self.document().documentMargin() + margins.top() + margins.bottom() + 2
        self.setFixedHeight(int(text + extra))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


def text_edit(rows: int) -> GrowingTextEdit:
    return GrowingTextEdit(rows)


def caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


# ---- pages -----------------------------------------------------------------------------------
class ProposalGeneralPage(QWidget):
    """Title, addressees, document language, dates and currency."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Second stage of the MES rollout"))
        self.addressees = checklist()
        self.language = QComboBox()
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.addItem(self.tr("English"), "en")
        self.language.setToolTip(self.tr("The language of the document, whatever the UI language"))
        self.issue_date = QDateEdit()
        self.issue_date.setCalendarPopup(True)
        self.validity_days = QSpinBox()
        self.validity_days.setRange(0, 3650)
        self.validity_days.setSuffix(self.tr(" days"))
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for widget, width in (
            (self.language, 220),
            (self.issue_date, 150),
            (self.valid_until, 150),
            (self.currency, 110),
        ):
            widget.setMaximumWidth(width)
        validity = QHBoxLayout()
        validity.setContentsMargins(0, 0, 0, 0)
        validity.addWidget(self.validity_days)
        validity.addWidget(QLabel(self.tr("until")))
        validity.addWidget(errors.add("valid_until", self.valid_until), 1)
        validity_box = QWidget()
        validity_box.setLayout(validity)
        hint = hint_label(
            self.tr(
                "Each addressee gets an edition argued for them: their role chooses the parts, "
                "their values and concerns in the dossier choose the arguments (see the "
                "Tailoring tab)."
            )
        )
        addressees_box = QWidget()
        box = QVBoxLayout(addressees_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(errors.add("addressee_ids", self.addressees))
        box.addWidget(hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Addressees:"), addressees_box)
        form.addRow(self.tr("Document language:"), errors.add("language", self.language))
        form.addRow(self.tr("Issue date:"), self.issue_date)
        form.addRow(self.tr("Valid for:"), validity_box)
        form.addRow(self.tr("Currency:"), errors.add("currency", self.currency))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def load(self, proposal: Proposal, members: list[Member], roles: dict[str, str]) -> None:
        """``roles``: DMU role code → label, for the addressees' second line."""
        self._fill_addressees(proposal, members, roles)
        self.title_edit.setText(proposal.title)
        self.language.setCurrentIndex(max(PROPOSAL_LANGUAGES.index(proposal.language), 0))
        self.issue_date.setDate(to_qdate(proposal.issue_date))
        self.valid_until.setDate(to_qdate(proposal.valid_until))
        self.validity_days.setValue(max(0, (proposal.valid_until - proposal.issue_date).days))
        self.currency.setCurrentText(proposal.currency)

    def read(self) -> tuple[SectionFields, dict[str, str]]:
        fields = {
            "title": self.title_edit.text().strip(),
            "addressee_ids": checked_ids(self.addressees),
            "language": self.language.currentData(),
            "issue_date": from_qdate(self.issue_date.date()),
            "valid_until": from_qdate(self.valid_until.date()),
            "currency": self.currency.currentText().strip().upper(),
        }
        return fields, {}  # dates and choices cannot hold unreadable text

    def _fill_addressees(
        self, proposal: Proposal, members: list[Member], roles: dict[str, str]
    ) -> None:
        chosen = set(proposal.addressee_ids)
        self.addressees.clear()
        for member in members:
            role = roles.get(member.role_code, member.role_code)
            details = " · ".join(p for p in (role, member.position) if p)
            text = f"{member.full_name}\n{details}" if details else member.full_name
            self.addressees.addItem(check_item(text, member.id, member.id in chosen))
        if not members:
            item = QListWidgetItem(
                QCoreApplication.translate(
                    "ProposalEditor", "Add people in the Decision group tab first."
                )
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addressees.addItem(item)
        fit_height(self.addressees)


class ProposalTextsPage(QWidget):
    """The proposal's own client-facing texts and its terms: printed exactly as written here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printed_note = hint_label(
            self.tr(
                "The client reads only what this proposal holds: these texts, the items and "
                "terms, the library's arguments, similar projects and referees who agreed, and "
                "our company's details. Nothing else from the dossier — notes, weak points, how "
                "they buy, attitudes, personal details — is ever printed."
            ),
            NOTE_STYLE,
        )
        self.understanding_edit = text_edit(4)
        self.understanding_edit.setPlaceholderText(
            self.tr("What you understand of the client's situation and plans, in their words")
        )
        self.understanding_draft = hint_label(
            self.tr(
                "Draft from the dossier (strategy) — rewrite it for the client: it is printed "
                "under «Our understanding of your business»."
            ),
            DRAFT_STYLE,
        )
        self.goals_edit = text_edit(3)
        self.goals_edit.setPlaceholderText(
            self.tr("One goal per line, e.g. «- launch MES in shops 2 and 5»")
        )
        self.goals_draft = hint_label(
            self.tr(
                "Draft from the dossier (growth areas) — rewrite it for the client: it is "
                "printed under «What this proposal is for»."
            ),
            DRAFT_STYLE,
        )
        self.payment_edit = text_edit(2)
        self.payment_edit.setPlaceholderText(
            self.tr("e.g. 30 % advance within 10 working days, the rest by stages")
        )
        self.delivery_edit = text_edit(2)
        self.delivery_edit.setPlaceholderText(self.tr("e.g. pilot in 8 weeks from the advance"))
        self.warranty_edit = text_edit(2)
        self.warranty_edit.setPlaceholderText(self.tr("e.g. 12 months on the implementation work"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.printed_note)
        layout.addSpacing(4)
        for title, edit, draft in (
            (self.tr("Our understanding of your business"), self.understanding_edit, None),
            (None, None, self.understanding_draft),
            (self.tr("What this proposal is for (goals)"), self.goals_edit, None),
            (None, None, self.goals_draft),
            (self.tr("Payment terms"), self.payment_edit, None),
            (self.tr("Delivery and implementation terms"), self.delivery_edit, None),
            (self.tr("Warranty"), self.warranty_edit, None),
        ):
            if title is not None:
                layout.addWidget(caption(title))
                layout.addWidget(edit)
            else:
                layout.addWidget(draft)
        layout.addStretch(1)
        self.understanding_draft.hide()
        self.goals_draft.hide()

    def _edits(self) -> dict[str, GrowingTextEdit]:
        return {
            "business_understanding": self.understanding_edit,
            "goals": self.goals_edit,
            "payment_terms": self.payment_edit,
            "delivery_terms": self.delivery_edit,
            "warranty": self.warranty_edit,
        }

    def load(self, proposal: Proposal) -> None:
        for key, edit in self._edits().items():
            edit.setPlainText(getattr(proposal, key))

    def read(self) -> tuple[SectionFields, dict[str, str]]:
        return {key: plain_text(edit) for key, edit in self._edits().items()}, {}

    def show_draft_notes(self, drafts: dict[str, str]) -> None:
        """«Draft from the dossier» stays next to a text until the KAM has rewritten it."""
        for key, edit, note in (
            ("business_understanding", self.understanding_edit, self.understanding_draft),
            ("goals", self.goals_edit, self.goals_draft),
        ):
            draft = drafts.get(key, "")
            note.setVisible(bool(draft) and plain_text(edit) == draft)


class ProposalFiguresPage(QWidget):
    """Inputs of the quantified financial result, and the payback and ROI it gives."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.financial_edits: dict[str, QLineEdit] = {}
        intro = hint_label(
            self.tr(
                "Financiers and technical specialists decide on numbers: enter what the client "
                "spends today and what the offer saves or earns per year. The proposal then "
                "shows payback and return on investment."
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(intro)
        fields = (
            ("current_annual_cost", self.tr("Client's current cost per year:"), ""),
            ("annual_gain", self.tr("Expected savings or gain per year:"), ""),
            ("investment", self.tr("Investment:"), self.tr("the proposal's net total")),
        )
        for key, text, placeholder in fields:
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(placeholder)
            edit.setMaximumWidth(220)
            self.financial_edits[key] = edit
            form.addRow(text, errors.add(f"financials.{key}", edit))
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
        form.addRow(
            hint_label(
                self.tr(
                    "Payback = investment ÷ yearly gain × 12 months. "
                    "ROI over N years = (yearly gain × N − investment) ÷ investment. "
                    "Without an investment entered, the proposal's net total is used."
                )
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def load(self, proposal: Proposal, fmt: Formatter) -> None:
        for key, edit in self.financial_edits.items():
            value = getattr(proposal.financials, key)
            edit.setText("" if value is None else fmt.amount(value))

    def show_result(self, result: FinancialResult | None, fmt: Formatter) -> None:
        """Payback and ROI as the proposal will print them."""
        dash = "—"
        if result is None:
            self.payback_label.setText(
                QCoreApplication.translate("ProposalEditor", "enter the expected savings or gain")
            )
            self.roi1_label.setText(dash)
            self.roi3_label.setText(dash)
            return
        if result.payback_months is None:
            self.payback_label.setText(
                QCoreApplication.translate("ProposalEditor", "never: there is no gain")
            )
        else:
            self.payback_label.setText(
                QCoreApplication.translate("ProposalEditor", "%1 months").replace(
                    "%1", fmt.number(result.payback_months)
                )
            )
        for label, value in (
            (self.roi1_label, result.roi_1y_pct),
            (self.roi3_label, result.roi_3y_pct),
        ):
            label.setText(dash if value is None else fmt.percent(value))

    @staticmethod
    def group_digits(edit: QLineEdit, fmt: Formatter) -> None:
        """«1500000» reads «1 500 000,00» once entered (setText: not an edit, no dirty flag)."""
        value = parse_decimal(edit.text(), fmt.lang)
        if value is not None:
            edit.setText(fmt.amount(value))

    def read(self, lang: str) -> tuple[SectionFields, dict[str, str]]:
        """The financial inputs; a message for an amount that is not a number."""
        values: dict[str, Decimal | None] = {}
        errors: dict[str, str] = {}
        for key, edit in self.financial_edits.items():
            text = edit.text().strip()
            values[key] = parse_decimal(text, lang) if text else None
            if text and values[key] is None:
                errors[f"financials.{key}"] = QCoreApplication.translate(
                    "ProposalEditor", "Enter an amount such as 1 500 000."
                )
        return {"financials": FinancialInputs(**values)}, errors


class ProposalTeamPage(QWidget):
    """The preparing team, the signatory, and referees from similar projects."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = checklist()
        self.signatory = QComboBox()
        self.signatory.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.signatory.setMinimumContentsLength(20)
        # The position goes under the name, wrapped: a long one must not widen the page.
        self.signatory_position = hint_label("")
        self.signatory_position.setTextFormat(Qt.TextFormat.PlainText)
        self.signatory.setToolTip(
            self.tr("Their name and position close the document, above the signature")
        )
        self.referees = checklist()
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr("Preparing team")))
        layout.addWidget(errors.add("team_member_ids", self.team))
        layout.addWidget(
            hint_label(
                self.tr(
                    "A proposal prepared by a team, with each member's position and contacts, "
                    "carries more weight."
                )
            )
        )
        layout.addSpacing(8)
        signatory = QFormLayout()
        signatory.addRow(self.tr("Signatory:"), errors.add("signatory_id", self.signatory))
        signatory.addRow("", self.signatory_position)
        layout.addLayout(signatory)
        layout.addSpacing(8)
        layout.addWidget(caption(self.tr("Referees from similar projects")))
        layout.addWidget(errors.add("referee_ids", self.referees))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Shown to the HR director. Leave all unchecked to include every referee "
                    "who consented to be contacted."
                )
            )
        )
        layout.addStretch(1)
        self._team: list[TeamMember] = []

    def load(
        self, proposal: Proposal, team: list[TeamMember], projects: list[SimilarProject]
    ) -> None:
        """Our ``team`` to tick and sign, referees of the library's similar ``projects``."""
        self._team = list(team)
        self._fill_team(proposal)
        self._fill_signatory(proposal)
        self._fill_referees(proposal, projects)

    def read(self) -> tuple[SectionFields, dict[str, str]]:
        fields = {
            "team_member_ids": checked_ids(self.team),
            "signatory_id": self.signatory.currentData(),
            "referee_ids": checked_ids(self.referees),
        }
        return fields, {}

    def _fill_team(self, proposal: Proposal) -> None:
        chosen = set(proposal.team_member_ids)
        self.team.clear()
        for person in self._team:
            text = person.full_name + (f"\n{person.position}" if person.position else "")
            self.team.addItem(check_item(text, person.id, person.id in chosen))
        fit_height(self.team)

    def _fill_signatory(self, proposal: Proposal) -> None:
        self.signatory.clear()
        self.signatory.addItem(
            QCoreApplication.translate("ProposalEditor", "— nobody: no signature block —"), None
        )
        for person in self._team:
            self.signatory.addItem(person.full_name, person.id)
            self.signatory.setItemData(
                self.signatory.count() - 1, person.position, Qt.ItemDataRole.ToolTipRole
            )
        self.signatory.setCurrentIndex(max(self.signatory.findData(proposal.signatory_id), 0))
        self.show_signatory_position()

    def show_signatory_position(self) -> None:
        chosen = self.signatory.currentData()
        person = next((t for t in self._team if t.id == chosen), None)
        self.signatory_position.setText(person.position if person else "")
        self.signatory_position.setVisible(bool(person and person.position))

    def _fill_referees(self, proposal: Proposal, projects: list[SimilarProject]) -> None:
        chosen = set(proposal.referee_ids)
        self.referees.clear()
        for project in projects:
            for ref in project.referees:
                where = project.client_company + (f", {project.year}" if project.year else "")
                details = where
                if not ref.consent_to_be_contacted:
                    details += " — " + QCoreApplication.translate(
                        "ProposalEditor", "no consent to be contacted"
                    )
                tip = "\n".join(p for p in (ref.full_name, ref.position, details) if p)
                item = check_item(f"{ref.full_name}\n{details}", ref.id, ref.id in chosen, tip)
                if not ref.consent_to_be_contacted:
                    item.setForeground(QBrush(QColor("#80868b")))
                self.referees.addItem(item)
        fit_height(self.referees)
