"""The catalogue of products and services (net price, currency, VAT) as a library editor."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.proposal import (
    CatalogueItem,
)
from kam_desktop.gui.library_dialog_base import LibraryDialog
from kam_desktop.services.library import LibraryService


class CatalogueDialog(LibraryDialog):
    """Products and services with their net prices and VAT."""

    def __init__(self, library: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.setWindowTitle(self.tr("Catalogue of products and services"))
        self.reload()

    def _build_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(form)
        page_layout.addStretch(1)
        self.name, name_row = self._line("name")
        self.description, description_row = self._text("description", max_height=90)
        self.unit, unit_row = self._line("unit", self.tr("e.g. pcs., licence, month"))
        self.price, price_row = self._line("price", "0")
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["RUB", "EUR", "USD", "CNY", "KZT", "BYN"])
        self.currency.currentTextChanged.connect(self.mark_dirty)
        self.currency.setMaximumWidth(110)
        self.vat, vat_row = self._line("vat_pct", "20")
        self.vat.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.vat.setMaximumWidth(90)
        self.price.setMaximumWidth(200)
        form.addRow(self.tr("Name:"), name_row)
        form.addRow(self.tr("Description:"), description_row)
        form.addRow(self.tr("Unit:"), unit_row)
        form.addRow(self.tr("Price excl. VAT:"), price_row)
        form.addRow(self.tr("Currency:"), self.errors.add("currency", self.currency))
        form.addRow(self.tr("VAT, %:"), vat_row)
        return page

    def _load_records(self) -> list[CatalogueItem]:
        return self.library.list_catalogue()

    def _label(self, record: CatalogueItem) -> str:
        return record.name

    def _blank(self) -> CatalogueItem:
        return CatalogueItem(name="")

    def _fill(self, record: CatalogueItem) -> None:
        fmt_price = format(record.price, "f")
        self.name.setText(record.name)
        self.description.setPlainText(record.description)
        self.unit.setText(record.unit)
        self.price.setText(fmt_price)
        self.currency.setCurrentText(record.currency)
        self.vat.setText(format(record.vat_pct.normalize(), "f"))

    def _collect(self) -> CatalogueItem:
        errors: dict[str, str] = {}
        price = self._decimal(self.price, "price", errors)
        vat = self._decimal(self.vat, "vat_pct", errors)
        if errors:
            raise ValidationError(errors)
        return replace(
            self._current,
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            unit=self.unit.text().strip(),
            price=price,
            currency=self.currency.currentText().strip().upper(),
            vat_pct=vat,
        )

    def _store(self, record: CatalogueItem) -> CatalogueItem:
        return self.library.save_catalogue_item(record)

    def _remove(self, record_id: str) -> CatalogueItem:
        return self.library.delete_catalogue_item(record_id)
