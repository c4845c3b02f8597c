"""Phones, e-mails and messengers of a member: kind, label, value per row."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from kam_desktop.domain.dossier import ContactPoint
from kam_desktop.domain.enums import ContactKind
from kam_desktop.gui.dossier_labels import contact_kind_label
from kam_desktop.gui.rows_editor import RowsEditor
from kam_desktop.gui.wheel_guard import guard_wheel


class ContactsEditor(RowsEditor):
    fields = ("kind", "label", "value")
    prefix = "contacts"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Kind"), self.tr("Label"), self.tr("Phone, e-mail or messenger")],
            self.tr("Add contact"),
            parent,
        )
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 150)

    def fill_row(self, row: int, value: object | None) -> None:
        contact = value if isinstance(value, ContactPoint) else ContactPoint(ContactKind.PHONE, "")
        kind = QComboBox()
        for k in ContactKind:
            kind.addItem(contact_kind_label(k), k.value)
        kind.setCurrentIndex(kind.findData(contact.kind.value))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        guard_wheel(kind)  # the table sits in the scrolling member card
        self.table.setCellWidget(row, 0, kind)
        self.set_text_item(row, 1, contact.label, contact.id)
        self.set_text_item(row, 2, contact.value)

    def first_text_column(self) -> int:
        return 1

    def new_row_column(self) -> int:
        return 2  # the number or address itself; kind and label are optional

    def contacts(self) -> list[ContactPoint]:
        result = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0).currentData()
            result.append(
                ContactPoint(
                    ContactKind(kind), self.text(row, 2), self.text(row, 1), self.row_id(row)
                )
            )
        return result

    def set_kind(self, row: int, kind: ContactKind) -> None:
        combo: QComboBox = self.table.cellWidget(row, 0)
        combo.setCurrentIndex(combo.findData(kind.value))
