"""The proposal editor's pages: layout only. ``ProposalEditor`` fills, reads and wires them.

General (addressees, dates), Texts and terms (what the client reads about their business and
our terms), Items and prices (with the VAT mode), Financial result, Team (with the signatory).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
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
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.proposal import VatMode
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE, FieldErrors
from kam_desktop.gui.plain_text import as_text

LINE_KEYS = ("description", "quantity", "unit", "unit_price", "discount_pct", "vat_pct")
AMOUNT_COLUMN = len(LINE_KEYS)
VAT_COLUMN = LINE_KEYS.index("vat_pct")
PRICE_COLUMN = LINE_KEYS.index("unit_price")
CURRENCIES = ("RUB", "EUR", "USD", "CNY", "KZT", "BYN")
VAT_MODES = (VatMode.ON_TOP, VatMode.INCLUDED, VatMode.WITHOUT)
TOTAL_KEYS = ("subtotal", "discount", "net", "vat", "total")
DRAFT_STYLE = (
    "color: #8a4b00; background: #fef7e0; border: 1px solid #f9d67a; border-radius: 3px; "
    "padding: 3px 6px;"
)
NOTE_STYLE = (
    "background: #e8f0fe; border: 1px solid #aecbfa; border-radius: 3px; padding: 6px; "
    "color: #174ea6;"
)


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


class ProposalItemsPage(QWidget):
    """Line items, the VAT mode, totals and the amount in words."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue_button = QPushButton(self.tr("Add from catalogue"))
        self.catalogue_menu = QMenu(self.catalogue_button)
        self.catalogue_button.setMenu(self.catalogue_menu)
        self.add_line_button = QPushButton(self.tr("Add free-text line"))
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.up_button.setToolTip(self.tr("Move the line up"))
        self.down_button.setToolTip(self.tr("Move the line down"))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(32)
        buttons = QHBoxLayout()
        buttons.addWidget(self.catalogue_button)
        buttons.addWidget(self.add_line_button)
        buttons.addWidget(self.remove_line_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        self.vat_mode = QComboBox()
        for mode in VAT_MODES:
            self.vat_mode.addItem(self.vat_mode_label(mode), mode.value)
        self.vat_mode.setToolTip(self.tr("How the prices relate to VAT in this proposal"))
        self.vat_reason = QLineEdit()
        self.vat_reason.setPlaceholderText(self.tr("Why no VAT, e.g. «УСН, ст. 346.11 НК РФ»"))
        self.vat_reason_row = errors.add("vat_exempt_reason", self.vat_reason)
        self.vat_form = QFormLayout()
        self.vat_form.setContentsMargins(0, 0, 0, 0)
        self.vat_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.vat_form.addRow(self.tr("VAT:"), self.vat_mode)
        self.vat_form.addRow(self.tr("Reason:"), self.vat_reason_row)

        self.lines = self._build_table()
        self.lines_error = QLabel()
        self.lines_error.setTextFormat(Qt.TextFormat.PlainText)
        self.lines_error.setStyleSheet(ERROR_STYLE)
        self.lines_error.setWordWrap(True)
        self.lines_error.hide()
        totals = QGridLayout()
        totals.setColumnStretch(0, 1)
        self.total_captions: dict[str, QLabel] = {}
        self.total_labels: dict[str, QLabel] = {}
        for row, key in enumerate(TOTAL_KEYS):
            name, value = QLabel(), QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(150)
            if key == "total":
                bold = value.font()
                bold.setBold(True)
                value.setFont(bold)
                name.setFont(bold)
            totals.addWidget(name, row, 1, Qt.AlignmentFlag.AlignRight)
            totals.addWidget(value, row, 2)
            self.total_captions[key] = name
            self.total_labels[key] = value
        self.words_label = QLabel()
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_label.setWordWrap(True)
        self.words_label.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(self.vat_form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.lines_error)
        layout.addLayout(totals)
        layout.addWidget(self.words_label)
        self.show_vat_mode(VatMode.ON_TOP)

    def vat_mode_label(self, mode: VatMode) -> str:
        return {
            VatMode.ON_TOP: self.tr("VAT on top of prices"),
            VatMode.INCLUDED: self.tr("Prices include VAT"),
            VatMode.WITHOUT: self.tr("Without VAT"),
        }[mode]

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, len(LINE_KEYS) + 1)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Qty"),
                self.tr("Unit"),
                self.tr("Price"),
                self.tr("Discount"),
                self.tr("VAT rate"),
                self.tr("Amount"),
            ]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Names wrap onto a second line rather than being cut at a narrow width.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setMinimumSectionSize(26)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for column in range(1, len(LINE_KEYS) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def show_vat_mode(self, mode: VatMode) -> None:
        """Column titles, total captions and the reason field as the document reads them."""
        price, amount = {
            VatMode.ON_TOP: (self.tr("Price\nexcl. VAT"), self.tr("Amount\nexcl. VAT")),
            VatMode.INCLUDED: (self.tr("Price\nincl. VAT"), self.tr("Amount\nincl. VAT")),
            VatMode.WITHOUT: (self.tr("Price"), self.tr("Amount")),
        }[mode]
        self.lines.horizontalHeaderItem(PRICE_COLUMN).setText(price)
        self.lines.horizontalHeaderItem(AMOUNT_COLUMN).setText(amount)
        self.lines.setColumnHidden(VAT_COLUMN, mode == VatMode.WITHOUT)
        self.vat_form.setRowVisible(self.vat_reason_row, mode == VatMode.WITHOUT)
        captions = {
            "subtotal": self.tr("Amount before discount:"),
            "discount": self.tr("Discount:"),
            "net": self.tr("Total excluding VAT:"),
            "vat": self.tr("Including VAT:") if mode == VatMode.INCLUDED else self.tr("VAT:"),
            "total": self.tr("Total to pay:"),
        }
        for key, text in captions.items():
            self.total_captions[key].setText(text)
        shown = mode == VatMode.ON_TOP
        self.total_captions["net"].setVisible(shown)
        self.total_labels["net"].setVisible(shown)


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
