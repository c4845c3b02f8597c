"""Editors of the libraries proposals draw on: catalogue, similar projects, arguments, and
the values and concerns (tags) that arguments speak to.

Each dialog is a list on the left and a form on the right; Save stores the shown record,
messages appear next to the fields (``ValidationError`` keys such as ``referees.0.email``).
A delete asks first and can be undone from the notice it leaves (the services' deletes
return a snapshot that saving puts back with the same id).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QBrush,
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
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.proposal import (
    PROPOSAL_LANGUAGES,
    ArgumentBlock,
    ArgumentKind,
    ArgumentTag,
    CatalogueItem,
    Referee,
    SimilarProject,
)
from kam_desktop.domain.tailoring import recognise
from kam_desktop.gui.dossier_prompts import Prompts, UnsavedChoice
from kam_desktop.gui.forms import ERROR_STYLE, HINT_COLOR, HINT_STYLE, FieldErrors, plain_tip
from kam_desktop.gui.plain_text import as_text, plain
from kam_desktop.gui.proposal_editor import INVALID_CELL, check_item, checked_ids, parse_decimal
from kam_desktop.i18n import current_language
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.library import LibraryService

log = logging.getLogger(__name__)

REFEREE_KEYS = ("full_name", "position", "company", "phone", "email")
CONSENT_COLUMN = len(REFEREE_KEYS)


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
        self._records: list = []
        self._current = None
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
        if record is None or self._key(record) is None or self._delete_refusal(record):
            return
        if not self.prompts.confirm(self, self.tr("Delete"), self._delete_question(record)):
            return
        try:
            snapshot = self._remove(self._key(record))
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


class ProjectsDialog(LibraryDialog):
    """Similar projects (case studies) with their referees and consent to be contacted."""

    def __init__(self, library: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.setWindowTitle(self.tr("Similar projects and referees"))
        self.resize(1060, 680)
        self.reload()

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.company, company_row = self._line("client_company")
        self.industry, industry_row = self._line("industry")
        self.year, year_row = self._line("year", self.tr("e.g. 2024"))
        self.year.setMaximumWidth(90)
        self.summary, summary_row = self._text("summary", max_height=80)
        self.results, results_row = self._text(
            "results", self.tr("One result per line, e.g. downtime −18 % in a year"), 80
        )
        form.addRow(self.tr("Client company:"), company_row)
        form.addRow(self.tr("Industry:"), industry_row)
        form.addRow(self.tr("Year:"), year_row)
        form.addRow(self.tr("Summary:"), summary_row)
        form.addRow(self.tr("Quantified results:"), results_row)
        layout.addLayout(form)
        referees_bar = QHBoxLayout()
        referees_bar.addWidget(QLabel(self.tr("Referees:")))
        referees_bar.addStretch(1)
        add = QPushButton(self.tr("Add referee"))
        remove = QPushButton(self.tr("Remove referee"))
        add.clicked.connect(self.add_referee)
        remove.clicked.connect(self.remove_referee)
        referees_bar.addWidget(add)
        referees_bar.addWidget(remove)
        layout.addLayout(referees_bar)
        self.referees = QTableWidget(0, CONSENT_COLUMN + 1)
        self.referees.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Company"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Consent"),
            ]
        )
        self.referees.verticalHeader().setVisible(False)
        self.referees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.referees.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONSENT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.referees.horizontalHeaderItem(CONSENT_COLUMN).setToolTip(
            self.tr("The referee agreed to be contacted by our clients")
        )
        self.referees.itemChanged.connect(self.mark_dirty)
        layout.addWidget(self.referees, 1)
        self.referee_errors = plain(QLabel())
        self.referee_errors.setStyleSheet(ERROR_STYLE)
        self.referee_errors.setWordWrap(True)
        self.referee_errors.hide()
        layout.addWidget(self.referee_errors)
        hint = QLabel(
            self.tr(
                "Only referees who consented to be contacted are printed in proposals; "
                "the others stay here for your own notes."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        return page

    def _load_records(self) -> list[SimilarProject]:
        return self.library.list_projects()

    def _label(self, record: SimilarProject) -> str:
        return record.client_company + (f" ({record.year})" if record.year else "")

    def _blank(self) -> SimilarProject:
        return SimilarProject(client_company="")

    def _fill(self, record: SimilarProject) -> None:
        self.company.setText(record.client_company)
        self.industry.setText(record.industry)
        self.year.setText(str(record.year) if record.year else "")
        self.summary.setPlainText(record.summary)
        self.results.setPlainText("\n".join(record.results))
        self.referees.setRowCount(0)
        for referee in record.referees:
            self._append_referee(referee)
        self._show_referee_errors({})

    def _append_referee(self, referee: Referee) -> None:
        row = self.referees.rowCount()
        self.referees.blockSignals(True)
        self.referees.insertRow(row)
        for column, key in enumerate(REFEREE_KEYS):
            item = QTableWidgetItem(getattr(referee, key))
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, referee.id)
            self.referees.setItem(row, column, item)
        consent = QTableWidgetItem()
        consent.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        consent.setCheckState(
            Qt.CheckState.Checked if referee.consent_to_be_contacted else Qt.CheckState.Unchecked
        )
        self.referees.setItem(row, CONSENT_COLUMN, consent)
        self.referees.blockSignals(False)

    def add_referee(self) -> None:
        self._append_referee(Referee(full_name=""))
        row = self.referees.rowCount() - 1
        self.referees.setCurrentCell(row, 0)
        self.referees.editItem(self.referees.item(row, 0))
        self.mark_dirty()

    def remove_referee(self) -> None:
        row = self.referees.currentRow()
        if row >= 0:
            self.referees.removeRow(row)
            self.mark_dirty()

    def _collect(self) -> SimilarProject:
        year_text = self.year.text().strip()
        year = None
        if year_text:
            if not year_text.isdigit():
                raise ValidationError({"year": self.tr("Enter a year such as 2024.")})
            year = int(year_text)
        referees = []
        for row in range(self.referees.rowCount()):
            texts = {
                key: (
                    self.referees.item(row, c).text().strip() if self.referees.item(row, c) else ""
                )
                for c, key in enumerate(REFEREE_KEYS)
            }
            first = self.referees.item(row, 0)
            consent = self.referees.item(row, CONSENT_COLUMN)
            referees.append(
                Referee(
                    **texts,
                    consent_to_be_contacted=consent.checkState() == Qt.CheckState.Checked,
                    id=first.data(Qt.ItemDataRole.UserRole) if first else None,
                )
            )
        results = [line.strip() for line in self.results.toPlainText().splitlines()]
        return replace(
            self._current,
            client_company=self.company.text().strip(),
            industry=self.industry.text().strip(),
            year=year,
            summary=self.summary.toPlainText().strip(),
            results=[r for r in results if r],
            referees=referees,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        referee_errors = {k: v for k, v in errors.items() if k.startswith("referees.")}
        super().show_errors({k: v for k, v in errors.items() if k not in referee_errors})
        self._show_referee_errors(referee_errors)

    def _show_referee_errors(self, errors: dict[str, str]) -> None:
        captions = dict(
            zip(
                REFEREE_KEYS,
                (
                    self.tr("name"),
                    self.tr("position"),
                    self.tr("company"),
                    self.tr("phone"),
                    self.tr("e-mail"),
                ),
                strict=True,
            )
        )
        self.referees.blockSignals(True)
        for row in range(self.referees.rowCount()):
            for column, key in enumerate(REFEREE_KEYS):
                item = self.referees.item(row, column)
                message = errors.get(f"referees.{row}.{key}")
                if item is not None:
                    item.setBackground(QBrush(INVALID_CELL) if message else QBrush())
                    item.setToolTip(as_text(message or ""))
        self.referees.blockSignals(False)
        lines = []
        for key, message in errors.items():
            _prefix, row, field = key.split(".", 2)
            where = (
                self.tr("Referee %1, %2:")
                .replace("%1", str(int(row) + 1))
                .replace("%2", captions.get(field, field))
            )
            lines.append(f"{where} {message}")
        self.referee_errors.setText("\n".join(lines))
        self.referee_errors.setVisible(bool(lines))

    def _store(self, record: SimilarProject) -> SimilarProject:
        return self.library.save_project(record)

    def _remove(self, record_id: str) -> SimilarProject:
        return self.library.delete_project(record_id)


class ArgumentsDialog(LibraryDialog):
    """Reusable arguments, tagged with the DMU roles they serve and written in one language."""

    def __init__(
        self, library: LibraryService, dossiers: DossierService, parent: QWidget | None = None
    ) -> None:
        self.dossiers = dossiers
        super().__init__(library, parent)
        self.setWindowTitle(self.tr("Argument library"))
        self.resize(1060, 680)
        self.reload()

    def _top_of_list(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.filter_language = QComboBox()
        self.filter_language.addItem(self.tr("All languages"), None)
        self.filter_language.addItem(self.tr("Russian"), "ru")
        self.filter_language.addItem(self.tr("English"), "en")
        self.filter_language.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.restore_button.setToolTip(
            self.tr("Put back the shipped arguments you deleted; your edits stay")
        )
        self.restore_button.clicked.connect(self.restore_defaults)
        bar.addWidget(self.filter_language, 1)
        bar.addWidget(self.restore_button)
        self.notice = plain(QLabel())
        self.notice.setStyleSheet(HINT_STYLE)
        self.notice.hide()
        column = QVBoxLayout()
        column.addLayout(bar)
        column.addWidget(self.notice)
        wrapper = QHBoxLayout()
        wrapper.addLayout(column)
        return wrapper

    def _build_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title, title_row = self._line("title")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Argument: a reason to choose us"), ArgumentKind.ARGUMENT.value)
        self.kind.addItem(
            self.tr("Answer to an objection: for sceptics and opponents"),
            ArgumentKind.OBJECTION.value,
        )
        self.kind.currentIndexChanged.connect(self.mark_dirty)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language = QComboBox()
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.addItem(self.tr("English"), "en")
        self.language.currentIndexChanged.connect(self.mark_dirty)
        self.roles = QListWidget()
        self.roles.setMaximumHeight(150)
        self.roles.itemChanged.connect(self.mark_dirty)
        self.tags = QListWidget()
        self.tags.setMaximumHeight(150)
        self.tags.itemChanged.connect(self.mark_dirty)
        self.roles_caption = QLabel(self.tr("For roles:"))
        self.tags_caption = QLabel()
        self.serves_hint = QLabel()
        self.serves_hint.setWordWrap(True)
        self.serves_hint.setStyleSheet(HINT_STYLE)
        self.body, body_row = self._text("body")
        self.order = QSpinBox()
        self.order.setRange(0, 10_000)
        self.order.setToolTip(self.tr("Arguments with smaller numbers come first"))
        self.order.valueChanged.connect(self.mark_dirty)
        self.order.setMaximumWidth(100)
        self.language.setMaximumWidth(200)
        serves = QWidget()
        grid = QGridLayout(serves)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.roles_caption, 0, 0)
        grid.addWidget(self.tags_caption, 0, 1)
        roles_row = self.errors.add("role_codes", self.roles)
        tags_row = self.errors.add("tags", self.tags)
        for column, row in enumerate((roles_row, tags_row)):
            keep_compact(row)
            grid.addWidget(row, 1, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.serves_hint, 2, 0, 1, 2)
        form.addRow(self.tr("Title:"), title_row)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Language:"), self.errors.add("language", self.language))
        form.addRow(serves)
        form.addRow(self.tr("Text:"), body_row)
        form.addRow(self.tr("Order:"), self.order)
        self._kind_changed()
        return page

    def _kind_changed(self, *_args: object) -> None:
        """Tags are the values an argument speaks to, or the concerns an answer meets."""
        if self.kind.currentData() == ArgumentKind.OBJECTION.value:
            self.tags_caption.setText(self.tr("Concerns it answers:"))
            self.serves_hint.setText(
                self.tr(
                    "Goes into the variant of a sceptic or an opponent whose recorded concerns "
                    "match; roles (optional) narrow it to those roles."
                )
            )
        else:
            self.tags_caption.setText(self.tr("Values it speaks to:"))
            self.serves_hint.setText(
                self.tr(
                    "Roles are optional when values are chosen: the argument then goes to "
                    "anyone whose values or decision style mention them."
                )
            )

    def _filter_changed(self) -> None:
        if self._leave_current():
            self.reload()

    def restore_defaults(self) -> int:
        if not self._leave_current():
            return 0
        added = self.library.restore_default_arguments()
        self.reload(self._current.id if self._current else None)
        self.notice.setText(self.tr("Shipped arguments restored: {n}.").format(n=added))
        self.notice.show()
        return added

    def _load_records(self) -> list[ArgumentBlock]:
        lang = current_language()
        self._roles = self.dossiers.roles()
        self._tag_list = self.library.list_tags()
        self._role_names = {r.code: r.label(lang) for r in self._roles}
        self._tag_names = {t.code: t.label(lang) for t in self._tag_list}
        return self.library.list_arguments(language=self.filter_language.currentData())

    def _label(self, record: ArgumentBlock) -> str:
        return f"[{record.language}] {record.title}" if record.title else ""

    def _list_text(self, record: ArgumentBlock) -> str:
        """Title, then what it is and whom it serves: «Аргумент · финансист · надёжность»."""
        kind = (
            self.tr("Answer to an objection")
            if record.kind == ArgumentKind.OBJECTION
            else self.tr("Argument")
        )
        roles = [self._role_names.get(c, c) for c in record.role_codes]
        tags = [self._tag_names.get(c, c) for c in record.tags]
        return self._label(record) + "\n" + " · ".join([kind, *roles, *tags])

    def _blank(self) -> ArgumentBlock:
        lang = self.filter_language.currentData() or current_language()
        return ArgumentBlock(title="", body="", language=lang)

    def _fill(self, record: ArgumentBlock) -> None:
        lang = current_language()
        self.title.setText(record.title)
        self.language.setCurrentIndex(max(PROPOSAL_LANGUAGES.index(record.language), 0))
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind.value)))
        self.roles.clear()
        for role in self._roles:
            self.roles.addItem(
                check_item(
                    role.label(lang),
                    role.code,
                    role.code in record.role_codes,
                    plain_tip(role.label(lang)),
                )
            )
        self.tags.clear()
        for tag in self._tag_list:
            tip = plain_tip(self.tr("Found by: %1").replace("%1", ", ".join(tag.keywords)))
            self.tags.addItem(check_item(tag.label(lang), tag.code, tag.code in record.tags, tip))
        for code in record.tags:
            if code not in self._tag_names:  # its tag was deleted: keep it unless unticked
                gone = self.tr("%1 (no longer in the library)").replace("%1", code)
                self.tags.addItem(check_item(gone, code, True, plain_tip(gone)))
        self.body.setPlainText(record.body)
        self.order.setValue(record.sort_order)

    def _collect(self) -> ArgumentBlock:
        return replace(
            self._current,
            title=self.title.text().strip(),
            body=self.body.toPlainText().strip(),
            language=self.language.currentData(),
            role_codes=checked_ids(self.roles),
            kind=ArgumentKind(self.kind.currentData()),
            tags=checked_ids(self.tags),
            sort_order=self.order.value(),
        )

    def _store(self, record: ArgumentBlock) -> ArgumentBlock:
        return self.library.save_argument(record)

    def _remove(self, record_id: str) -> ArgumentBlock:
        return self.library.delete_argument(record_id)


def _stacked(*widgets: QWidget) -> QWidget:
    """A field with its hint under it (a form row of its own left a gap above a wrapped hint)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return box


def parse_keywords(text: str) -> list[str]:
    """«надёжн, стабильн; гарант» → the word beginnings, in order, without repeats."""
    words = (w.strip() for w in re.split(r"[,;\n]", text))
    return list(dict.fromkeys(w for w in words if w))


class TagsDialog(LibraryDialog):
    """The values and concerns arguments are tagged with, and the words that reveal them."""

    def __init__(self, library: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.setWindowTitle(self.tr("Values and concerns"))
        self.resize(900, 560)
        self.reload()

    def _top_of_list(self) -> QHBoxLayout:
        hint = QLabel(
            self.tr(
                "Arguments are tagged with these. A proposal looks for the keywords in each "
                "addressee's values, decision style and concerns."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        bar = QHBoxLayout()
        bar.addWidget(hint)
        return bar

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name_ru, name_ru_row = self._line("name_ru", self.tr("e.g. надёжность"))
        self.name_en, name_en_row = self._line("name_en", self.tr("e.g. reliability"))
        self.keywords, keywords_row = self._text(
            "keywords", self.tr("надёжн, стабильн, гарант"), 90
        )
        keywords_hint = QLabel(
            self.tr(
                "Beginnings of words, separated by commas: «надёжн» finds «надёжность» and "
                "«надёжный». Case and ё/е do not matter; several words find a phrase."
            )
        )
        keywords_hint.setWordWrap(True)
        keywords_hint.setStyleSheet(HINT_STYLE)
        self.trial = QLineEdit()
        self.trial.setPlaceholderText(self.tr("Type a phrase from a dossier to try the keywords"))
        self.trial_result = QLabel()
        self.trial_result.setTextFormat(Qt.TextFormat.PlainText)
        self.trial_result.setWordWrap(True)
        self.trial.textChanged.connect(self._try_keywords)
        self.keywords.textChanged.connect(self._try_keywords)
        self.usage = QLabel()
        self.usage.setWordWrap(True)
        self.usage.setStyleSheet(HINT_STYLE)
        form.addRow(self.tr("Name in Russian:"), name_ru_row)
        form.addRow(self.tr("Name in English:"), name_en_row)
        form.addRow(self.tr("Keywords:"), _stacked(keywords_row, keywords_hint))
        form.addRow(self.tr("Try:"), _stacked(self.trial, self.trial_result))
        layout.addLayout(form)
        layout.addWidget(self.usage)
        layout.addStretch(1)
        return page

    def _load_records(self) -> list[ArgumentTag]:
        self._arguments = self.library.list_arguments()
        return self.library.list_tags()

    def _key(self, record: ArgumentTag) -> str | None:
        return record.code or None

    def _label(self, record: ArgumentTag) -> str:
        return record.label(current_language()) or record.name_ru or record.name_en

    def _list_text(self, record: ArgumentTag) -> str:
        words = ", ".join(record.keywords)
        words = words if len(words) <= 48 else words[:47].rstrip(", ") + "…"
        if record.builtin:
            words = self.tr("built-in") + " · " + words
        return self._label(record) + "\n" + words

    def _blank(self) -> ArgumentTag:
        return ArgumentTag(code="", name_ru="", name_en="")

    def _users(self, record: ArgumentTag) -> int:
        return sum(record.code in a.tags for a in self._arguments) if record.code else 0

    def _fill(self, record: ArgumentTag) -> None:
        self.name_ru.setText(record.name_ru)
        self.name_en.setText(record.name_en)
        self.keywords.setPlainText(", ".join(record.keywords))
        used = self.tr("Arguments in the library that carry it: {n}.").format(n=self._users(record))
        if record.builtin:
            used += " " + self.tr(
                "Built in: it can be renamed and its keywords changed, but not deleted."
            )
        self.usage.setText(used if record.code else "")
        self._try_keywords()

    def _delete_refusal(self, record: ArgumentTag) -> str:
        if record.builtin:
            return self.tr(
                "A built-in value cannot be deleted: the shipped arguments use it. "
                "Rename it or change its keywords instead."
            )
        return ""

    def _delete_question(self, record: ArgumentTag) -> str:
        question = super()._delete_question(record)
        users = self._users(record)
        if users:
            question += " " + self.tr(
                "Arguments that carry it and will no longer be matched by it: {n}."
            ).format(n=users)
        return question

    def _try_keywords(self, *_args: object) -> None:
        text = self.trial.text()
        if not text.strip():
            self.trial_result.setText("")
            return
        probe = ArgumentTag("probe", "", "", parse_keywords(self.keywords.toPlainText()))
        match = recognise(text, [probe], "values").get("probe")
        if match is None:
            self.trial_result.setText(self.tr("No match."))
        else:
            found = ", ".join(f"«{w}»" for w in match.words)
            self.trial_result.setText(self.tr("Finds: %1").replace("%1", found))

    def _collect(self) -> ArgumentTag:
        return replace(
            self._current,
            name_ru=self.name_ru.text().strip(),
            name_en=self.name_en.text().strip(),
            keywords=parse_keywords(self.keywords.toPlainText()),
        )

    def _store(self, record: ArgumentTag) -> ArgumentTag:
        return self.library.save_tag(record)

    def _remove(self, record_id: str) -> ArgumentTag:
        return self.library.delete_tag(record_id)
