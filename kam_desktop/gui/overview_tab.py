"""The Overview tab: every field of the client, grouped, with messages next to the fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.account_health import MONO_DEPENDENCE_SHARE_PCT, is_mono_dependent
from kam_desktop.domain.dossier import Client, Tender
from kam_desktop.domain.enums import (
    RELIABILITY_CHECKLIST,
    ClientStatus,
    ReliabilityResult,
)
from kam_desktop.domain.errors import ConflictError, KamError, ValidationError
from kam_desktop.domain.numbers import parse_decimal
from kam_desktop.domain.validation import kpp_error
from kam_desktop.gui.client_list_model import status_label
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import HINT_STYLE, FieldErrors, FieldWithError, to_qdate
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.prompts import Prompts, UserPrompts
from kam_desktop.gui.tables import record_table, stretch_columns
from kam_desktop.gui.wheel_guard import guard_wheel
from kam_desktop.i18n import current_language

if TYPE_CHECKING:  # the window is built before SQLAlchemy is imported
    from kam_desktop.gui.conflict_dialog import ConflictTexts
    from kam_desktop.services.dossiers import DossierService

CURRENCIES = ("RUB", "USD", "EUR", "CNY", "KZT", "BYN")
NO_DATE = QDate(1900, 1, 1)  # a QDateEdit shows this minimum as blank: "no date"
WARNING_STYLE = (
    "background: #fff4e5; color: #7a4100; border: 1px solid #f0b45b; "
    "border-radius: 4px; padding: 6px;"
)


def client_field_labels() -> dict[str, str]:
    """The form's label of each ``Client`` field (the change history and the conflict dialog name fields with them)."""
    return {
        "name": QCoreApplication.translate("OverviewTab", "Name*:"),
        "legal_name": QCoreApplication.translate("OverviewTab", "Legal name:"),
        "tax_id": QCoreApplication.translate("OverviewTab", "Tax ID:"),
        "kpp": QCoreApplication.translate("OverviewTab", "KPP:"),
        "industry": QCoreApplication.translate("OverviewTab", "Industry:"),
        "region": QCoreApplication.translate("OverviewTab", "Region:"),
        "address": QCoreApplication.translate("OverviewTab", "Address:"),
        "website": QCoreApplication.translate("OverviewTab", "Website:"),
        "status": QCoreApplication.translate("OverviewTab", "Status:"),
        "tags": QCoreApplication.translate("OverviewTab", "Tags:"),
        "annual_revenue": QCoreApplication.translate("OverviewTab", "Annual revenue:"),
        "revenue_currency": QCoreApplication.translate("OverviewTab", "Annual revenue:"),
        "sales_share_pct": QCoreApplication.translate("OverviewTab", "Share of our sales, %:"),
        "strategy": QCoreApplication.translate("OverviewTab", "Strategy:"),
        "weak_points": QCoreApplication.translate("OverviewTab", "Weak points:"),
        "growth_areas": QCoreApplication.translate("OverviewTab", "Growth areas:"),
        "buying_process": QCoreApplication.translate("OverviewTab", "How they buy:"),
        "competitors": QCoreApplication.translate("OverviewTab", "Competitors present:"),
        "reliability_checklist": QCoreApplication.translate("OverviewTab", "Reliability check"),
        "reliability_result": QCoreApplication.translate("OverviewTab", "Result:"),
        "reliability_checked_on": QCoreApplication.translate("OverviewTab", "Checked on:"),
        "reliability_notes": QCoreApplication.translate("OverviewTab", "Notes:"),
        "tenders": QCoreApplication.translate("OverviewTab", "Tender dates"),
    }


def read_decimal(text: str) -> Decimal | None:
    """The typed number in the UI language, None when left empty; ValueError when unreadable."""
    if not text.strip():
        return None
    value = parse_decimal(text, current_language())
    if value is None:
        raise ValueError(text)
    return value


def format_decimal(value: Decimal | None) -> str:
    """«184 500 000» or «1 250,5»: thousands apart, no trailing zeros (read_decimal reads it)."""
    if value is None:
        return ""
    whole, _dot, fraction = f"{value:,.2f}".partition(".")
    fraction = fraction.rstrip("0")
    whole = whole.replace(",", "\u00a0")
    return f"{whole},{fraction}" if fraction else whole


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")
    edit.setDate(NO_DATE)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def _text_area(lines: int = 3) -> QPlainTextEdit:
    area = QPlainTextEdit()
    area.setTabChangesFocus(True)
    height = area.fontMetrics().lineSpacing() * lines + 14
    area.setFixedHeight(height)
    return area


class OverviewTab(QWidget):
    """Edits one ``Client``. ``saved`` carries the stored client after a successful save."""

    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, service: DossierService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._client = Client(name="")
        self._clean_state: tuple = ()
        self._dirty = False
        self._loading = False
        self.errors = FieldErrors()
        self.prompts: UserPrompts = Prompts()  # tests answer the conflict dialog without a box
        self._build()
        self.load(Client(name=""))

    # ---- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.name = QLineEdit()
        self.legal_name = QLineEdit()
        self.tax_id = QLineEdit()
        self.kpp = QLineEdit()
        self.kpp.setMaximumWidth(130)
        self.industry = QLineEdit()
        self.region = QLineEdit()
        self.address = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("example.com")
        self.status = QComboBox()
        for status in ClientStatus:
            self.status.addItem(status_label(status), status.value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. metals, tender 2025"))
        self.annual_revenue = QLineEdit()
        self.annual_revenue.setPlaceholderText(self.tr("our revenue from the client per year"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setMaximumWidth(90)
        self.sales_share = QLineEdit()
        self.sales_share.setPlaceholderText(self.tr("0–100"))
        self.sales_share.setMaximumWidth(120)
        self.mono_warning = QLabel(
            self.tr(
                "Mono-dependence: over {pct} % of our sales come from this client. "
                "Plan how to reduce the risk."
            ).format(pct=MONO_DEPENDENCE_SHARE_PCT)
        )
        self.mono_warning.setWordWrap(True)
        self.mono_warning.setStyleSheet(WARNING_STYLE)
        self.mono_warning.hide()
        self.strategy = _text_area()
        self.weak_points = _text_area()
        self.growth_areas = _text_area()
        self.buying_process = _text_area()
        self.competitors = _text_area(2)
        lang = current_language()
        self.checklist = {
            key: QCheckBox(ru if lang == "ru" else en) for key, ru, en in RELIABILITY_CHECKLIST
        }
        self.reliability_result = QComboBox()
        for result, label in self._reliability_labels().items():
            self.reliability_result.addItem(label, result.value)
        self.reliability_checked_on = _date_edit()
        self.reliability_notes = _text_area(3)
        self.tenders = self._tender_table()

        self.general_message = plain(QLabel())
        self.general_message.setStyleSheet("color: #b00020;")
        self.general_message.setWordWrap(True)
        self.general_message.hide()

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.addWidget(self.general_message, 0, 0, 1, 2)
        self._grid = grid
        self._boxes = (
            self._company_box(),
            self._business_box(),
            self._reliability_box(),
            self._notes_box(),
            self._tenders_box(),
        )
        self.columns = 0
        self._arrange(2)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        guard_wheel(content)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the client (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes since the last save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.dirty_label = QLabel()
        self.dirty_label.setStyleSheet("color: #7a4100;")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 4, 8, 4)
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self._connect_dirty_tracking()

    def _arrange(self, columns: int) -> None:
        """Company | business + reliability side by side, or all in one column when the
        dossier is narrow (a 1024 px screen), so no field is cut off or squeezed."""
        if columns == self.columns:
            return
        self.columns = columns
        company, business, reliability, notes, tenders = self._boxes
        for box in self._boxes:
            self._grid.removeWidget(box)
        if columns == 2:
            places = [(company, 1, 0, 2, 1), (business, 1, 1, 1, 1), (reliability, 2, 1, 1, 1)]
            places += [(notes, 3, 0, 1, 2), (tenders, 4, 0, 1, 2)]
        else:
            places = [(box, row, 0, 1, 2) for row, box in enumerate(self._boxes, start=1)]
        for box, row, column, rows, spans in places:
            self._grid.addWidget(box, row, column, rows, spans)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1 if columns == 2 else 0)
        filler = max(row + rows for _box, row, _column, rows, _spans in places)
        for row in range(1, 7):  # only the empty row under the last box takes spare height
            self._grid.setRowStretch(row, 1 if row == filler else 0)

    def _two_column_width(self) -> int:
        company, business, reliability = self._boxes[:3]
        right = max(business.minimumSizeHint().width(), reliability.minimumSizeHint().width())
        slack = 180  # room for the fields beyond their bare minimum
        return company.minimumSizeHint().width() + right + 12 + 16 + slack

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= self._two_column_width() else 1)

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        form.addRow(label, self.errors.add(key, widget))

    def _company_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Company"))
        form = self._form(box)
        self._row(form, self.tr("Name*:"), "name", self.name)
        self._row(form, self.tr("Legal name:"), "legal_name", self.legal_name)
        form.addRow(self.tr("Tax ID:"), self._tax_ids())
        self._row(form, self.tr("Industry:"), "industry", self.industry)
        self._row(form, self.tr("Region:"), "region", self.region)
        self._row(form, self.tr("Address:"), "address", self.address)
        self._row(form, self.tr("Website:"), "website", self.website)
        self._row(form, self.tr("Status:"), "status", self.status)
        self._row(form, self.tr("Tags:"), "tags", self.tags)
        return box

    def _tax_ids(self) -> QWidget:
        """ИНН and, beside it, КПП (Russian companies print both on documents)."""
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.errors.add("tax_id", self.tax_id), 1, Qt.AlignmentFlag.AlignTop)
        kpp_label = QLabel(self.tr("KPP:"))
        kpp_label.setBuddy(self.kpp)
        kpp_label.setMinimumHeight(self.kpp.sizeHint().height())  # level with the field's text
        kpp_row = self.errors.add("kpp", self.kpp)
        kpp_row.setMinimumWidth(190)  # room for the message under the narrow field
        self.errors.check_as_typed("kpp", self.kpp, kpp_error)
        row.addWidget(kpp_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(kpp_row, 0, Qt.AlignmentFlag.AlignTop)
        return pair

    def _business_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Our business with the client"))
        form = self._form(box)
        revenue = QWidget()
        row = QHBoxLayout(revenue)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.annual_revenue, 1)
        row.addWidget(self.currency)
        revenue_row = FieldWithError(revenue)
        self.errors.register("annual_revenue", revenue_row)
        revenue_row.field = self.annual_revenue  # outline the number, not the whole row
        form.addRow(self.tr("Annual revenue:"), revenue_row)
        share_row = self.errors.add("sales_share_pct", self.sales_share)
        form.addRow(self.tr("Share of our sales, %:"), share_row)
        form.addRow(self.mono_warning)
        return box

    def _reliability_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reliability check"))
        layout = QVBoxLayout(box)
        for checkbox in self.checklist.values():
            layout.addWidget(checkbox)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Result:"), "reliability_result", self.reliability_result)
        self._row(
            form, self.tr("Checked on:"), "reliability_checked_on", self.reliability_checked_on
        )
        self._row(form, self.tr("Notes:"), "reliability_notes", self.reliability_notes)
        layout.addLayout(form)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Account notes"))
        form = self._form(box)
        self._row(form, self.tr("Strategy:"), "strategy", self.strategy)
        self._row(form, self.tr("Weak points:"), "weak_points", self.weak_points)
        self._row(form, self.tr("Growth areas:"), "growth_areas", self.growth_areas)
        self._row(form, self.tr("How they buy:"), "buying_process", self.buying_process)
        self._row(form, self.tr("Competitors present:"), "competitors", self.competitors)
        return box

    def _tender_table(self) -> QTableWidget:
        table = record_table([self.tr("Tender"), self.tr("Date"), self.tr("Notes")])
        stretch_columns(table, fit=(1,))  # the date fits, tender and notes share the rest
        table.setMinimumHeight(110)
        return table

    def _tenders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tender dates"))
        hint = QLabel(self.tr("Preparation for a tender starts about 9 months before its date."))
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        add = QPushButton(self.tr("Add tender"))
        remove = QPushButton(self.tr("Remove tender"))
        add.clicked.connect(
            lambda: self._add_tender_row(Tender(title="", tender_date=date.today()))
        )
        remove.clicked.connect(self._remove_tender_row)
        self.tender_errors = plain(QLabel())
        self.tender_errors.setStyleSheet("color: #b00020; font-size: 11px;")
        self.tender_errors.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(box)
        layout.addWidget(self.tenders)
        layout.addWidget(self.tender_errors)
        layout.addLayout(buttons)
        return box

    def _reliability_labels(self) -> dict[ReliabilityResult, str]:
        return {
            ReliabilityResult.NOT_CHECKED: self.tr("Not checked"),
            ReliabilityResult.RELIABLE: self.tr("Reliable"),
            ReliabilityResult.ACCEPTABLE: self.tr("Acceptable, keep an eye on it"),
            ReliabilityResult.RISKY: self.tr("Risky"),
        }

    # ---- tenders -------------------------------------------------------------------------
    def _add_tender_row(self, tender: Tender) -> None:
        row = self.tenders.rowCount()
        self.tenders.insertRow(row)
        title = QTableWidgetItem(tender.title)
        title.setData(Qt.ItemDataRole.UserRole, tender.id)
        self.tenders.setItem(row, 0, title)
        when = _date_edit()
        when.setDate(to_qdate(tender.tender_date))
        when.dateChanged.connect(self._on_edited)
        self.tenders.setCellWidget(row, 1, when)
        self.tenders.setItem(row, 2, QTableWidgetItem(tender.notes))
        if not self._loading:
            self.tenders.setCurrentCell(row, 0)
            self.tenders.editItem(title)
            self._on_edited()

    def _remove_tender_row(self) -> None:
        row = self.tenders.currentRow()
        if row >= 0:
            self.tenders.removeRow(row)
            self._on_edited()

    def _tenders(self) -> list[Tender]:
        tenders = []
        for row in range(self.tenders.rowCount()):
            title = self.tenders.item(row, 0)
            notes = self.tenders.item(row, 2)
            when = self.tenders.cellWidget(row, 1)
            tenders.append(
                Tender(
                    title=title.text() if title else "",
                    tender_date=(_date_of(when) if isinstance(when, QDateEdit) else None)
                    or date.today(),
                    notes=notes.text() if notes else "",
                    id=title.data(Qt.ItemDataRole.UserRole) if title else None,
                )
            )
        return tenders

    # ---- load / collect ------------------------------------------------------------------
    @property
    def client(self) -> Client:
        """The client as last loaded or saved (not the unsaved edits)."""
        return self._client

    def load(self, client: Client) -> None:
        self._loading = True
        try:
            self._client = client
            self.errors.clear()
            self._show_general(None)
            self.tender_errors.hide()
            for widget, value in (
                (self.name, client.name),
                (self.legal_name, client.legal_name),
                (self.tax_id, client.tax_id),
                (self.kpp, client.kpp),
                (self.industry, client.industry),
                (self.region, client.region),
                (self.address, client.address),
                (self.website, client.website),
                (self.tags, ", ".join(client.tags)),
                (self.annual_revenue, format_decimal(client.annual_revenue)),
                (self.sales_share, format_decimal(client.sales_share_pct)),
            ):
                widget.setText(value)
                widget.setCursorPosition(0)  # long values show their beginning
            self.status.setCurrentIndex(max(0, self.status.findData(client.status.value)))
            self.currency.setCurrentText(client.revenue_currency or "RUB")
            for box, value in (
                (self.strategy, client.strategy),
                (self.weak_points, client.weak_points),
                (self.growth_areas, client.growth_areas),
                (self.buying_process, client.buying_process),
                (self.competitors, client.competitors),
                (self.reliability_notes, client.reliability_notes),
            ):
                box.setPlainText(value)
            for key, checkbox in self.checklist.items():
                checkbox.setChecked(bool(client.reliability_checklist.get(key)))
            self.reliability_result.setCurrentIndex(
                max(0, self.reliability_result.findData(client.reliability_result.value))
            )
            self.reliability_checked_on.setDate(
                to_qdate(client.reliability_checked_on)
                if client.reliability_checked_on
                else NO_DATE
            )
            self.tenders.setRowCount(0)
            for tender in sorted(client.tenders, key=lambda t: t.tender_date):
                self._add_tender_row(tender)
        finally:
            self._loading = False
        self._clean_state = self._state()
        self._update_mono_warning()
        self._set_dirty(False)

    def _numbers(self) -> tuple[Decimal | None, Decimal | None, dict[str, str]]:
        errors: dict[str, str] = {}
        revenue = share = None
        try:
            revenue = read_decimal(self.annual_revenue.text())
        except ValueError:
            errors["annual_revenue"] = self.tr("Enter an amount such as 1 250 000.")
        try:
            share = read_decimal(self.sales_share.text())
        except ValueError:
            errors["sales_share_pct"] = self.tr("Enter a percentage such as 35.")
        return revenue, share, errors

    def collect(self) -> Client:
        """The client with the edits applied; raises ValidationError for unreadable numbers."""
        revenue, share, errors = self._numbers()
        if errors:
            raise ValidationError(errors)
        return replace(
            self._client,
            name=self.name.text().strip(),
            legal_name=self.legal_name.text().strip(),
            tax_id=self.tax_id.text().strip(),
            kpp=self.kpp.text().strip(),
            industry=self.industry.text().strip(),
            region=self.region.text().strip(),
            address=self.address.text().strip(),
            website=self.website.text().strip(),
            status=ClientStatus(self.status.currentData()),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            annual_revenue=revenue,
            revenue_currency=(self.currency.currentText().strip().upper() or "RUB")[:3],
            sales_share_pct=share,
            strategy=self.strategy.toPlainText().strip(),
            weak_points=self.weak_points.toPlainText().strip(),
            growth_areas=self.growth_areas.toPlainText().strip(),
            buying_process=self.buying_process.toPlainText().strip(),
            competitors=self.competitors.toPlainText().strip(),
            reliability_checklist={k: c.isChecked() for k, c in self.checklist.items()},
            reliability_result=ReliabilityResult(self.reliability_result.currentData()),
            reliability_checked_on=_date_of(self.reliability_checked_on),
            reliability_notes=self.reliability_notes.toPlainText().strip(),
            tenders=self._tenders(),
        )

    # ---- save / revert / dirty -----------------------------------------------------------
    def save(self) -> bool:
        """Validate and store; errors appear next to their fields. True when saved.

        When someone else saved the client meanwhile, the conflict dialog asks which values
        to keep, and the merge is saved against their version."""
        from kam_desktop.gui.conflict_dialog import save_resolving

        try:
            edited = self.collect()
            stored = save_resolving(
                self,
                self.prompts,
                edited,
                self._client,
                self._service.save_client,
                lambda: self._service.get_client(edited.saved_id),
                self._conflict_texts,
            )
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except ConflictError as exc:
            self._show_general(str(exc))
            return False
        except KamError as exc:
            show_error(self, exc)
            return False
        if stored is None:  # the conflict dialog was cancelled: the edits stay in the form
            self._show_general(
                self.tr("Not saved: someone else changed this client. Your edits are kept here.")
            )
            return False
        self.load(stored)
        self.saved.emit(stored)
        return True

    def _conflict_texts(self, theirs: Client) -> ConflictTexts:
        from kam_desktop.gui.conflict_dialog import ConflictTexts, changed_by

        who = changed_by(self._service.db, theirs.saved_id)
        return ConflictTexts(theirs.name, client_field_labels(), who)

    def revert(self) -> None:
        self.load(self._client)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def focus_name(self) -> None:
        self.name.setFocus()
        self.name.selectAll()

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        tender_messages = []
        other = []
        for key, message in self.errors.unplaced.items():
            if key.startswith("tenders."):
                row = int(key.split(".")[1]) + 1
                tender_messages.append(
                    self.tr("Row {row}: {message}").format(row=row, message=message)
                )
            else:
                other.append(message)
        self.tender_errors.setText("\n".join(tender_messages))
        self.tender_errors.setVisible(bool(tender_messages))
        self._show_general("\n".join(other) or None)

    def _show_general(self, message: str | None) -> None:
        self.general_message.setText(message or "")
        self.general_message.setVisible(bool(message))

    def _state(self) -> tuple:
        """Raw widget values: the form is dirty when they differ from the loaded ones."""
        return (
            tuple(
                w.text()
                for w in (
                    self.name,
                    self.legal_name,
                    self.tax_id,
                    self.kpp,
                    self.industry,
                    self.region,
                    self.address,
                    self.website,
                    self.tags,
                    self.annual_revenue,
                    self.sales_share,
                )
            ),
            self.status.currentData(),
            self.currency.currentText(),
            tuple(
                w.toPlainText()
                for w in (
                    self.strategy,
                    self.weak_points,
                    self.growth_areas,
                    self.buying_process,
                    self.competitors,
                    self.reliability_notes,
                )
            ),
            tuple(c.isChecked() for c in self.checklist.values()),
            self.reliability_result.currentData(),
            self.reliability_checked_on.date(),
            tuple((t.title, t.tender_date, t.notes) for t in self._tenders()),
        )

    def _connect_dirty_tracking(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._on_edited)
        for area in self.findChildren(QPlainTextEdit):
            area.textChanged.connect(self._on_edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._on_edited)
            combo.currentTextChanged.connect(self._on_edited)
        for checkbox in self.checklist.values():
            checkbox.toggled.connect(self._on_edited)
        self.reliability_checked_on.dateChanged.connect(self._on_edited)
        self.tenders.itemChanged.connect(self._on_edited)
        self.sales_share.textChanged.connect(self._update_mono_warning)

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(self._state() != self._clean_state)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _update_mono_warning(self) -> None:
        try:
            share = read_decimal(self.sales_share.text())
        except ValueError:
            share = None
        self.mono_warning.setVisible(is_mono_dependent(share))
