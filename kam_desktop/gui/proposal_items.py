"""The Items section of the proposal editor: line items, the VAT mode, totals, amount in words.

The page owns its table: it fills it from a proposal (``load``), reads it back with messages
for cells that are not numbers (``read``), formats typed numbers, adds, removes and reorders
lines, and shows the totals the editor computes. Its strings moved from the editor keep the
``ProposalEditor`` translation context (literal ``translate`` calls that lupdate reads).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.documents.formatting import Formatter
from kam_desktop.domain.numbers import parse_decimal
from kam_desktop.domain.pricing import Totals
from kam_desktop.domain.proposal import LineItem, Proposal, VatMode
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE, INVALID_CELL, FieldErrors
from kam_desktop.gui.plain_text import as_text
from kam_desktop.i18n import current_language

LINE_KEYS = ("description", "quantity", "unit", "unit_price", "discount_pct", "vat_pct")
AMOUNT_COLUMN = len(LINE_KEYS)
VAT_COLUMN = LINE_KEYS.index("vat_pct")
PRICE_COLUMN = LINE_KEYS.index("unit_price")
NUMERIC_KEYS = frozenset({"quantity", "unit_price", "discount_pct", "vat_pct"})
PERCENT_KEYS = frozenset({"discount_pct", "vat_pct"})
VAT_MODES = (VatMode.ON_TOP, VatMode.INCLUDED, VatMode.WITHOUT)
TOTAL_KEYS = ("subtotal", "discount", "net", "vat", "total")


class ProposalItemsPage(QWidget):
    """Line items, the VAT mode, totals and the amount in words.

    ``load`` shows a proposal's lines, ``read`` gives them back with messages for cells that
    are not numbers; ``changed`` fires on every edit the user makes here (not on ``load``).
    """

    changed = Signal()

    def __init__(
        self, errors: FieldErrors, fmt: Formatter | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt or Formatter(current_language())
        self.line_errors: dict[str, str] = {}
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
        self.lines.itemChanged.connect(self._on_line_edited)
        self.lines.currentCellChanged.connect(lambda *_: self.update_line_buttons())
        self.add_line_button.clicked.connect(lambda: self.add_line(LineItem(description="")))
        self.remove_line_button.clicked.connect(self.remove_current_line)
        self.up_button.clicked.connect(lambda: self.move_current_line(-1))
        self.down_button.clicked.connect(lambda: self.move_current_line(1))
        self.vat_mode.currentIndexChanged.connect(self._on_vat_mode_changed)
        self.vat_reason.textEdited.connect(lambda _text: self.changed.emit())

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
        for column, title in ((PRICE_COLUMN, price), (AMOUNT_COLUMN, amount)):
            header_item = self.lines.horizontalHeaderItem(column)
            if header_item is not None:  # set by _build_table
                header_item.setText(title)
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

    # ---- load / read -----------------------------------------------------------------------
    def load(self, proposal: Proposal) -> None:
        """Show the proposal's VAT mode and lines (the editor ignores ``changed`` while loading)."""
        self.vat_mode.setCurrentIndex(max(self.vat_mode.findData(proposal.vat_mode.value), 0))
        self.vat_reason.setText(proposal.vat_exempt_reason)
        self.show_vat_mode(proposal.vat_mode)
        self.lines.setRowCount(0)
        for item in proposal.line_items:
            self.append_line(item)

    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The proposal fields this page edits, and messages for cells that are not numbers."""
        lines, errors = self._read_lines()
        values = {
            "vat_mode": VatMode(self.vat_mode.currentData()),
            "vat_exempt_reason": self.vat_reason.text().strip(),
            "line_items": lines,
        }
        return values, errors

    def _line_cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item else ""

    def _read_lines(self) -> tuple[list[LineItem], dict[str, str]]:
        items: list[LineItem] = []
        errors: dict[str, str] = {}
        for row in range(self.lines.rowCount()):
            values: dict[str, Any] = {}
            for column, key in enumerate(LINE_KEYS):
                text = self._line_cell(row, column)
                if key not in NUMERIC_KEYS:
                    values[key] = text
                    continue
                number = parse_decimal(text, self.fmt.lang)
                if number is None:
                    errors[f"line_items.{row}.{key}"] = QCoreApplication.translate(
                        "ProposalEditor", "Enter a number."
                    )
                    number = Decimal(0)
                values[key] = number
            first = self.lines.item(row, 0)
            values["catalogue_item_id"] = first.data(Qt.ItemDataRole.UserRole) if first else None
            items.append(LineItem(**values))
        return items, errors

    # ---- edits -----------------------------------------------------------------------------
    def _on_vat_mode_changed(self, _index: int) -> None:
        self.show_vat_mode(VatMode(self.vat_mode.currentData()))
        self.changed.emit()

    def _on_line_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == AMOUNT_COLUMN:
            return
        self._format_cell(item)
        self.changed.emit()

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

    def append_line(self, item: LineItem) -> int:
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
        row = self.append_line(item)
        self.lines.setCurrentCell(row, 0 if not item.description else 1)
        self.changed.emit()
        first = self.lines.item(row, 0)
        if not item.description and first is not None:
            self.lines.editItem(first)

    def remove_current_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self.changed.emit()
        self.update_line_buttons()

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
        self.changed.emit()

    def update_line_buttons(self) -> None:
        row = self.lines.currentRow()
        self.remove_line_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.lines.rowCount() - 1)

    # ---- what the form shows back ----------------------------------------------------------
    def show_totals(self, proposal: Proposal, totals: Totals, words: str) -> None:
        """Totals under the table, each line's amount, and the total in words (ru only)."""
        currency = proposal.currency or "RUB"
        for key, label in self.total_labels.items():
            value = getattr(totals, key)
            text = self.fmt.money(value, currency)
            if key == "discount" and value:
                text = f"−{text}"
            if key == "vat" and proposal.vat_mode == VatMode.WITHOUT:
                text = QCoreApplication.translate("ProposalEditor", "not charged")
            label.setText(text)
        self.lines.blockSignals(True)
        for row, amounts in enumerate(totals.lines):
            item = self.lines.item(row, AMOUNT_COLUMN)
            if item is not None:
                shown = amounts.net if proposal.vat_mode == VatMode.ON_TOP else amounts.total
                item.setText(self.fmt.amount(shown))
        self.lines.blockSignals(False)
        self.lines.resizeRowsToContents()
        self.words_label.setText(words)
        self.words_label.setVisible(bool(words))

    def show_line_errors(self, errors: dict[str, str]) -> None:
        """Invalid cells turn red with the message as their tip; all messages under the table."""
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
            "description": QCoreApplication.translate("ProposalEditor", "description"),
            "quantity": QCoreApplication.translate("ProposalEditor", "quantity"),
            "unit": QCoreApplication.translate("ProposalEditor", "unit"),
            "unit_price": QCoreApplication.translate("ProposalEditor", "price"),
            "discount_pct": QCoreApplication.translate("ProposalEditor", "discount"),
            "vat_pct": QCoreApplication.translate("ProposalEditor", "VAT"),
        }
        lines = []
        for key, message in errors.items():
            _prefix, row_text, field = key.split(".", 2)
            where = QCoreApplication.translate("ProposalEditor", "Line %1, %2:").replace(
                "%1", str(int(row_text) + 1)
            )
            lines.append(f"{where.replace('%2', captions.get(field, field))} {message}")
        self.lines_error.setText("\n".join(lines))
        self.lines_error.setVisible(bool(lines))

    def reveal_line(self, key: str) -> None:
        """Put the cursor on the cell of a ``line_items.<row>.<field>`` message."""
        _prefix, row, field = key.split(".", 2)
        column = LINE_KEYS.index(field) if field in LINE_KEYS else 0
        self.lines.setCurrentCell(int(row), column)
