"""«Re-quote…»: what a new revision with today's catalogue prices changes, before it is saved.

Per line the old and new price (and VAT, when it changed), why a line kept its price, the
total old → new and the new dates. The KAM saves or cancels; nothing is stored until then
(``RequoteService.requote`` prepares, ``save`` stores).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.documents.formatting import Formatter
from kam_desktop.domain.proposal import Proposal
from kam_desktop.gui.plain_text import as_text
from kam_desktop.i18n import current_language
from kam_desktop.services.requote import LineChange, PriceSource, total_change

UP_COLOR, DOWN_COLOR = "#a50e0e", "#188038"  # dearer for the client in red, cheaper in green


class RequoteDialog(QDialog):
    def __init__(
        self,
        original: Proposal,
        draft: Proposal,
        changes: list[LineChange],
        revision: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fmt = Formatter(current_language())
        self.changes = changes
        number = original.number if revision <= 1 else f"{original.number}/{revision}"
        self.setWindowTitle(self.tr("Re-quote %1").replace("%1", original.display_number))
        intro = QLabel(
            self.tr(
                "The offer expired on %1. The re-quote takes the catalogue's current prices "
                "and new dates; check what changed before you save it as %2."
            )
            .replace("%1", original.valid_until.strftime("%d.%m.%Y"))
            .replace("%2", number)
        )
        intro.setWordWrap(True)
        self.table = self._table(draft.currency)
        old_total, new_total = total_change(original, draft)
        self.total_label = QLabel(self._total_text(old_total, new_total, draft.currency))
        bold = QFont(self.total_label.font())
        bold.setBold(True)
        self.total_label.setFont(bold)
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        days = (draft.valid_until - draft.issue_date).days
        self.dates_label = QLabel(
            self.tr("New dates: issued %1, valid until %2 (%3 days).")
            .replace("%1", draft.issue_date.strftime("%d.%m.%Y"))
            .replace("%2", draft.valid_until.strftime("%d.%m.%Y"))
            .replace("%3", str(days))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save as %1").replace("%1", number))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.dates_label)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _table(self, currency: str) -> QTableWidget:
        table = QTableWidget(len(self.changes), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Old price"), self.tr("New price"), self.tr("Note")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a list to read, not a form to edit
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 130), (3, 210)):
            table.setColumnWidth(column, width)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, change in enumerate(self.changes):
            cells = [
                change.description,
                self.fmt.money(change.old_price, currency),
                self.fmt.money(change.new_price, currency),
                self.note(change),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(as_text(text))
                if column in (1, 2):
                    item.setTextAlignment(right)
                if column == 2 and change.new_price != change.old_price:
                    up = change.new_price > change.old_price
                    item.setForeground(QBrush(QColor(UP_COLOR if up else DOWN_COLOR)))
                table.setItem(row, column, item)
        return table

    def note(self, change: LineChange) -> str:
        if change.source is PriceSource.FREE_TEXT:
            return self.tr("typed by hand: kept")
        if change.source is PriceSource.GONE:
            return self.tr("no longer in the catalogue: kept")
        if change.source is PriceSource.OTHER_CURRENCY:
            return self.tr("catalogue price in another currency: kept")
        if not change.changed:
            return self.tr("unchanged")
        parts = []
        if change.new_price != change.old_price:
            diff = change.new_price - change.old_price
            sign = "+" if diff > 0 else "−"
            parts.append(f"{sign}{self.fmt.number(abs(diff))}")
        if change.new_vat_pct != change.old_vat_pct:
            parts.append(
                self.tr("VAT %1 → %2")
                .replace("%1", self.fmt.percent(change.old_vat_pct))
                .replace("%2", self.fmt.percent(change.new_vat_pct))
            )
        return ", ".join(parts)

    def _total_text(self, old: Decimal, new: Decimal, currency: str) -> str:
        text = self.tr("Total: %1 → %2").replace("%1", self.fmt.money(old, currency))
        text = text.replace("%2", self.fmt.money(new, currency))
        if new == old:
            return text
        sign = "+" if new > old else "−"
        return f"{text} ({sign}{self.fmt.money(abs(new - old), currency)})"
