"""Family members of a decision-group member: name, relation, birthday, notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kam_desktop.domain.dossier import FamilyMember
from kam_desktop.gui.birthday_edit import format_birthday, parse_birthday
from kam_desktop.gui.forms import HINT_COLOR
from kam_desktop.gui.rows_editor import RowsEditor

BIRTHDAY_COLUMN = 2


def birthday_format_hint() -> str:
    return QCoreApplication.translate("FamilyEditor", "DD.MM or DD.MM.YYYY")


class BirthdayCellDelegate(QStyledItemDelegate):
    """The birthday cell says how to type a date: a grey hint while empty, and the same hint
    as the editor's placeholder (the year is optional, so a date picker does not fit)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(birthday_format_hint())
        editor.setToolTip(
            QCoreApplication.translate(
                "FamilyEditor", "Day and month, year optional: 14.03 or 14.03.1975"
            )
        )
        return editor

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if str(index.data() or "").strip():
            return
        painter.save()
        painter.setPen(QColor(HINT_COLOR))
        rect = option.rect.adjusted(4, 0, -4, 0)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(rect, align, birthday_format_hint())
        painter.restore()


class FamilyEditor(RowsEditor):
    fields = ("name", "relation", "birthday", "notes")
    prefix = "family"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Name"), self.tr("Relation"), self.tr("Birthday"), self.tr("Notes")],
            self.tr("Add family member"),
            parent,
        )
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 170)  # room for the «ДД.ММ или ДД.ММ.ГГГГ» hint
        header = self.table.horizontalHeaderItem(BIRTHDAY_COLUMN)
        if header is not None:
            header.setToolTip(self.tr("Day and month, year optional: 14.03 or 14.03.1975"))
        self._birthday_delegate = BirthdayCellDelegate(self.table)
        self.table.setItemDelegateForColumn(BIRTHDAY_COLUMN, self._birthday_delegate)

    def fill_row(self, row: int, value: object | None) -> None:
        relative = value if isinstance(value, FamilyMember) else FamilyMember("")
        self.set_text_item(row, 0, relative.name, relative.id)
        self.set_text_item(row, 1, relative.relation)
        self.set_text_item(row, 2, format_birthday(relative.birthday))
        self.set_text_item(row, 3, relative.notes)

    def family(self) -> tuple[list[FamilyMember], dict[str, str]]:
        """The rows, and errors for birthdays that cannot be read as a date."""
        result, errors = [], {}
        for row in range(self.table.rowCount()):
            try:
                birthday = parse_birthday(self.text(row, 2))
            except ValueError:
                birthday = None
                errors[f"family.{row}.birthday"] = self.tr(
                    "Enter the day and month, e.g. 14.03 or 14.03.1975."
                )
            result.append(
                FamilyMember(
                    self.text(row, 0),
                    self.text(row, 1),
                    birthday,
                    self.text(row, 3),
                    self.row_id(row),
                )
            )
        return result, errors
