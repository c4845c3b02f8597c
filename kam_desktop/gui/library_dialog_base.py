"""What every library editor shares: a list on the left, a form on the right, Save/Delete.

``LibraryDialog`` holds the list, dirty state, the unsaved-changes prompt, messages next to the
fields (``ValidationError`` keys such as ``referees.0.email``), the delete that asks first and
its undo (the services' deletes return a snapshot that saving puts back with the same id).
Each library (``library_catalogue``, ``library_projects``, ``library_arguments``,
``library_tags``) says how its records are listed, shown, read back and stored.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.numbers import parse_decimal
from kam_desktop.gui.dossier_prompts import Prompts, UnsavedChoice
from kam_desktop.gui.forms import (
    ERROR_STYLE,
    HINT_COLOR,
    HINT_STYLE,
    FieldErrors,
    plain_tip,
)
from kam_desktop.gui.plain_text import plain
from kam_desktop.i18n import current_language
from kam_desktop.services.library import LibraryService

log = logging.getLogger(__name__)


def keep_compact(row: QWidget) -> None:
    """A form row that never grows taller than its content (else the field floats centred)."""
    row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


class TwoLineDelegate(QStyledItemDelegate):
    """List entries «title\\ndetails»: the details in a smaller, grey second line, both elided."""

    PADDING = 3

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return option.font, small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # initStyleOption turns "\n" into U+2028 (line separator)
        title, _newline, details = opt.text.replace("\u2028", "\n").partition("\n")
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        main_font, small_font = self._fonts(opt)
        rect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(main_font)
        metrics = QFontMetrics(main_font)
        painter.drawText(
            rect.adjusted(0, 0, 0, -rect.height() + metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if details:
            small = QFontMetrics(small_font)
            painter.setFont(small_font)
            if not selected:
                painter.setPen(QColor(HINT_COLOR))
            painter.drawText(
                rect.adjusted(0, metrics.height(), 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                small.elidedText(details, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        main_font, small_font = self._fonts(option)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = QFontMetrics(main_font).height() + 2 * self.PADDING
        if "\n" in text:
            height += QFontMetrics(small_font).height()
        return QSize(100, height)


class LibraryDialog(QDialog):
    """List + form + Save/Delete; subclasses say how a record is listed, shown and stored."""

    def __init__(self, library: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.prompts = Prompts()
        self.errors = FieldErrors()
        self._records: list[Any] = []
        self._current: Any = None  # the record the form shows (each library its own type)
        self._dirty = False
        self._loading = False
        self.resize(980, 620)
        self.list = QListWidget()
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.new_button = QPushButton(self.tr("New"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_record)
        self.save_button.clicked.connect(self.save)
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.save_button.setToolTip(self.tr("Save the record (Ctrl+S)"))
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)
        self.general_error = plain(QLabel())
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        # After a delete: what went, and a way back (Ctrl+Z while the notice shows).
        self._deleted = None
        self.deleted_notice = QLabel()
        self.deleted_notice.setStyleSheet(HINT_STYLE)
        self.deleted_notice.setWordWrap(True)
        self.deleted_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put the deleted record back (Ctrl+Z)"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(self.undo_delete)
        self.deleted_bar = QWidget()
        deleted_row = QHBoxLayout(self.deleted_bar)
        deleted_row.setContentsMargins(0, 0, 0, 0)
        deleted_row.addWidget(self.deleted_notice, 1)
        deleted_row.addWidget(self.undo_button)
        self.deleted_bar.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self._top_of_list())
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.deleted_bar)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left_layout.addLayout(list_buttons)
        self.form_page = QWidget()
        right = QVBoxLayout(self.form_page)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._build_form(), 1)
        right.addWidget(self.general_error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form_page)
        splitter.setSizes([320, 660])
        splitter.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

    def showEvent(self, event: QShowEvent) -> None:
        """A 1024×700 screen is smaller than the size we ask for: shrink to what is there."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            margin = 40  # window frame and a task bar
            width = min(self.width(), screen.width() - margin)
            height = min(self.height(), screen.height() - margin)
            if (width, height) != (self.width(), self.height()):
                self.resize(max(width, self.minimumSizeHint().width()), height)
        super().showEvent(event)

    # ---- to be provided by each library ----------------------------------------------------
    def _top_of_list(self) -> QHBoxLayout:
        return QHBoxLayout()

    def _build_form(self) -> QWidget:
        raise NotImplementedError

    def _load_records(self) -> list:
        raise NotImplementedError

    def _label(self, record) -> str:
        raise NotImplementedError

    def _list_text(self, record) -> str:
        """The record's entry in the list (may be two lines); ``_label`` names it in prompts."""
        return self._label(record)

    def _key(self, record) -> str | None:
        """What identifies a stored record (None: not saved yet)."""
        return record.id

    def _delete_refusal(self, record) -> str:
        """Why this stored record cannot be deleted ("" when it can)."""
        return ""

    def _blank(self):
        raise NotImplementedError

    def _fill(self, record) -> None:
        raise NotImplementedError

    def _collect(self):
        """The record as the form shows it; raises ValidationError for unreadable input."""
        raise NotImplementedError

    def _store(self, record):
        raise NotImplementedError

    def _remove(self, record_id: str):
        """Delete; returns the snapshot that ``_store`` puts back (undo)."""
        raise NotImplementedError

    # ---- shared behaviour ------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        self._records = self._load_records()
        self._loading = True
        self.list.clear()
        for record in self._records:
            self.list.addItem(self._list_text(record))
            self.list.item(self.list.count() - 1).setToolTip(plain_tip(self._list_text(record)))
        self._loading = False
        row = next((i for i, r in enumerate(self._records) if self._key(r) == select_id), -1)
        if row < 0 and self._records and select_id is None:
            row = 0
        if row >= 0:
            self.list.setCurrentRow(row)
            self._show(self._records[row])
        else:
            self._show(self._blank())

    def _show(self, record) -> None:
        self._current = record
        self._loading = True
        try:
            self._fill(record)
        finally:
            self._loading = False
        self.errors.clear()
        self._show_general([])
        self._dirty = False
        refusal = self._delete_refusal(record) if self._key(record) is not None else ""
        self.delete_button.setEnabled(self._key(record) is not None and not refusal)
        self.delete_button.setToolTip(refusal or self.tr("Delete the record (asks first)"))

    def mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _on_row_changed(self, row: int) -> None:
        if self._loading or row < 0 or row >= len(self._records):
            return
        if self._records[row] is self._current:
            return
        if not self._leave_current():
            self._loading = True
            current_row = next((i for i, r in enumerate(self._records) if r is self._current), -1)
            self.list.setCurrentRow(current_row)
            self._loading = False
            return
        self._show(self._records[row])

    def _leave_current(self) -> bool:
        if not self._dirty:
            return True
        choice = self.prompts.unsaved_changes(
            self, self._label(self._current) or self.tr("this record")
        )
        if choice == UnsavedChoice.CANCEL:
            return False
        if choice == UnsavedChoice.SAVE:
            return self.save()
        self._dirty = False
        return True

    def new_record(self) -> None:
        if not self._leave_current():
            return
        self._loading = True
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._loading = False
        self._show(self._blank())

    def save(self) -> bool:
        try:
            stored = self._store(self._collect())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot save"), str(exc))
            return False
        self._dirty = False
        self.reload(self._key(stored))
        return True

    def _delete_question(self, record) -> str:
        return self.tr("Delete «%1» from the library?").replace("%1", self._label(record))

    def delete_record(self) -> None:
        record = self._current
        key = self._key(record) if record is not None else None
        if record is None or key is None or self._delete_refusal(record):
            return
        if not self.prompts.confirm(self, self.tr("Delete"), self._delete_question(record)):
            return
        try:
            snapshot = self._remove(key)
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot delete"), str(exc))
            return
        self._dirty = False
        self._deleted = snapshot
        self.deleted_notice.setText(self.tr("«%1» deleted.").replace("%1", self._label(record)))
        self.deleted_bar.setVisible(snapshot is not None)
        self.reload()

    def undo_delete(self) -> bool:
        """Put the last deleted record back, with the same id; True when it is back."""
        snapshot = self._deleted
        if snapshot is None or not self._leave_current():
            return False
        try:
            restored = self._store(snapshot)
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot undo"), str(exc))
            return False
        self._deleted = None
        self.deleted_bar.hide()
        self.reload(self._key(restored))
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        self._show_general(list(self.errors.unplaced.values()))

    def _show_general(self, messages: list[str]) -> None:
        self.general_error.setText("\n".join(messages))
        self.general_error.setVisible(bool(messages))

    def reject(self) -> None:
        if self._leave_current():
            super().reject()

    def _line(self, key: str, placeholder: str = "") -> tuple[QLineEdit, QWidget]:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self.mark_dirty)
        return edit, self.errors.add(key, edit)

    def _text(
        self, key: str, placeholder: str = "", max_height: int | None = None
    ) -> tuple[QPlainTextEdit, QWidget]:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self.mark_dirty)
        row = self.errors.add(key, edit)
        if max_height is not None:
            edit.setMaximumHeight(max_height)
            keep_compact(row)
        return edit, row

    def _decimal(self, edit: QLineEdit, key: str, errors: dict[str, str]) -> Decimal:
        value = parse_decimal(edit.text(), current_language())
        if value is None:
            errors[key] = self.tr("Enter a number.")
            return Decimal(0)
        return value
