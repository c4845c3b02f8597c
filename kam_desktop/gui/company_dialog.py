"""Our company profile, requisites and team: proposals carry them, signed by the signatory.

Two tabs so the dialog fits a 1024×700 screen: the company with its logo beside the
requisites a Russian КП prints (ИНН, КПП, ОГРН, bank, р/с, к/с, БИК), each checked as it is
typed; then the working group with its signatory, and the facsimile signature and stamp.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import OurCompany, TeamMember
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.validation import (
    REQUISITE_RULES,
    company_errors,
    team_member_errors,
)
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import ERROR_STYLE, HINT_COLOR, HINT_STYLE, FieldErrors, dialog_buttons
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.tables import (
    RECORD_ID_ROLE,
    append_record_row,
    record_table,
    stretch_columns,
)
from kam_desktop.services.dossiers import DossierService

LOGO_MAX_SIDE = 600  # pixels: enough for print, keeps the database small
TEAM_FIELDS = ("full_name", "position", "phone", "email")
SIGNATORY_COLUMN = len(TEAM_FIELDS)
PREVIEW_SIZE = (160, 80)
CODE_WIDTH = 230  # a 20-digit account with room to spare; codes do not need the full width


def logo_png_from_file(path: str) -> bytes | None:
    """Read an image file and return it as PNG, scaled down to ``LOGO_MAX_SIDE``."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX_SIDE:
        image = image.scaled(
            LOGO_MAX_SIDE,
            LOGO_MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PNG keeps the transparency a facsimile needs. The stubs type the format as bytes, but
    # PySide6 6.x accepts only str here (bytes raises ValueError).
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def _form_box(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box, form


class ImagePicker(QWidget):
    """A thumbnail with "Choose…" and "Remove": the logo, the signature, the stamp."""

    def __init__(self, empty_text: str, choose_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._png: bytes | None = None
        self._empty_text = empty_text
        # Replaceable (tests): returns the chosen file's path, or "" when cancelled.
        self.choose_file: Callable[[], str] = self._ask_for_file
        self.preview = QLabel()
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(f"border: 1px dashed palette(mid); color: {HINT_COLOR};")
        self.choose_button = QPushButton(choose_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_png(None))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.set_png(None)

    def _ask_for_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.choose_button.text().rstrip("…"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)"),
        )
        return path

    def choose(self) -> None:
        path = self.choose_file()
        if not path:
            return
        png = logo_png_from_file(path)
        self.error.setText(self.tr("This file is not an image.") if png is None else "")
        self.error.setVisible(png is None)
        if png is not None:
            self.set_png(png)

    def png(self) -> bytes | None:
        return self._png

    def set_png(self, png: bytes | None) -> None:
        self._png = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self._png = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self._empty_text)
        self.remove_button.setEnabled(self._png is not None)


class CompanyDialog(QDialog):
    def __init__(self, service: DossierService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Our company and team"))
        self.errors = FieldErrors()
        self._company = service.our_company()
        self._team = service.team()

        self.tabs = QTabWidget()
        details = QWidget()
        columns = QHBoxLayout(details)
        columns.addWidget(self._company_box(), 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self._requisites_box(), 1, Qt.AlignmentFlag.AlignTop)
        self.tabs.addTab(details, self.tr("&Company and requisites"))
        self.tabs.addTab(self._team_page(), self.tr("&Team and signature"))

        buttons = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)

    # ---- pages ---------------------------------------------------------------------------
    def _line(self, value: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(placeholder)
        edit.setCursorPosition(0)
        return edit

    def _company_box(self) -> QGroupBox:
        c = self._company
        self.name = self._line(c.name)
        self.legal_name = self._line(c.legal_name, self.tr("e.g. ООО «ПромТех Решения»"))
        self.address = self._line(c.address, self.tr("Legal address, as printed on proposals"))
        self.phone = self._line(c.phone)
        self.email = self._line(c.email)
        self.website = self._line(c.website)
        self.logo = ImagePicker(self.tr("No logo"), self.tr("Choose logo…"))
        self.logo.remove_button.setText(self.tr("Remove logo"))
        self.logo.set_png(c.logo_png)
        page, form = _form_box(self.tr("Company"))
        form.addRow(self.tr("Name*:"), self.errors.add("name", self.name))
        form.addRow(self.tr("Legal name:"), self.legal_name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Website:"), self.website)
        form.addRow(self.tr("Logo:"), self.logo)
        return page

    def _code(self, key: str, value: str, width: int = CODE_WIDTH) -> tuple[QLineEdit, QWidget]:
        """A requisite's field, checked by the domain rule as it is typed."""
        edit = self._line(value)
        edit.setMaximumWidth(width)
        row = self.errors.add(key, edit)
        self.errors.check_as_typed(key, edit, REQUISITE_RULES[key])
        return edit, row

    def _requisites_box(self) -> QGroupBox:
        c = self._company
        self.inn, inn_row = self._code("inn", c.inn, 150)
        self.kpp, kpp_row = self._code("kpp", c.kpp, 120)
        self.ogrn, ogrn_row = self._code("ogrn", c.ogrn, 170)
        self.bank_name = self._line(
            c.bank_name, self.tr("Bank and its city, e.g. ПАО Сбербанк, г. Москва")
        )
        self.settlement_account, settlement_row = self._code(
            "settlement_account", c.settlement_account
        )
        self.correspondent_account, correspondent_row = self._code(
            "correspondent_account", c.correspondent_account
        )
        self.bik, bik_row = self._code("bik", c.bik, 120)
        self.requisites = QPlainTextEdit(c.requisites)
        self.requisites.setPlaceholderText(
            self.tr("e.g. OKPO, OKVED, a postal address: printed under the requisites")
        )
        self.requisites.setFixedHeight(self.requisites.fontMetrics().lineSpacing() * 3 + 14)
        self.requisites.setTabChangesFocus(True)
        hint = QLabel(
            self.tr(
                "Printed on every proposal. Digits only; spaces are allowed for reading and "
                "removed when saved."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        page, form = _form_box(self.tr("Requisites"))
        form.addRow(self.tr("INN:"), inn_row)
        form.addRow(self.tr("KPP:"), kpp_row)
        form.addRow(self.tr("OGRN:"), ogrn_row)
        form.addRow(self.tr("Bank:"), self.errors.add("bank_name", self.bank_name))
        form.addRow(self.tr("Settlement account:"), settlement_row)
        form.addRow(self.tr("Correspondent account:"), correspondent_row)
        form.addRow(self.tr("BIK:"), bik_row)
        form.addRow(self.tr("Other requisites:"), self.requisites)
        form.addRow(hint)
        return page

    def _team_page(self) -> QWidget:
        self.team_table = record_table(
            [
                self.tr("Full name"),
                self.tr("Position"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Signatory"),
            ]
        )
        signatory_header = self.team_table.horizontalHeaderItem(SIGNATORY_COLUMN)
        if signatory_header is not None:  # set just above by record_table
            signatory_header.setToolTip(
                self.tr("Signs new proposals; the facsimile signature below is theirs")
            )
        stretch_columns(self.team_table, fit=(TEAM_FIELDS.index("phone"), SIGNATORY_COLUMN))
        for person in self._team:
            self._add_team_row(person)
        self.team_table.itemChanged.connect(self._one_signatory)
        add = QPushButton(self.tr("Add person"))
        remove = QPushButton(self.tr("Remove person"))
        add.clicked.connect(lambda: self._add_team_row(TeamMember(full_name=""), edit=True))
        remove.clicked.connect(self._remove_team_row)
        self.team_errors = plain(QLabel())
        self.team_errors.setStyleSheet(ERROR_STYLE)
        self.team_errors.setWordWrap(True)
        self.team_errors.hide()
        team_hint = QLabel(
            self.tr(
                "Proposals name the working group that prepared them, with positions and "
                "contacts. The signatory signs new proposals (each proposal can name another)."
            )
        )
        team_hint.setWordWrap(True)
        team_hint.setStyleSheet(HINT_STYLE)
        team_buttons = QHBoxLayout()
        team_buttons.addWidget(team_hint, 1)
        team_buttons.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
        team_buttons.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)

        self.signature = ImagePicker(self.tr("No signature"), self.tr("Choose signature…"))
        self.signature.set_png(self._company.signature_png)
        self.stamp = ImagePicker(self.tr("No stamp"), self.tr("Choose stamp…"))
        self.stamp.set_png(self._company.stamp_png)
        images = QGroupBox(self.tr("Facsimile signature and stamp (optional)"))
        images_layout = QHBoxLayout(images)
        for caption, picker in (
            (self.tr("Signature:"), self.signature),
            (self.tr("Stamp (L. S.):"), self.stamp),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(caption))
            column.addWidget(picker)
            images_layout.addLayout(column)
        images_layout.addStretch(1)
        images_hint = QLabel(
            self.tr("A PNG with a transparent background prints best over the signature line.")
        )
        images_hint.setWordWrap(True)
        images_hint.setStyleSheet(HINT_STYLE)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.team_table, 1)
        layout.addWidget(self.team_errors)
        layout.addLayout(team_buttons)
        layout.addWidget(images)
        layout.addWidget(images_hint)
        return page

    # ---- logo (callers of the earlier single-page dialog set it directly) ----------------
    def set_logo(self, png: bytes | None) -> None:
        self.logo.set_png(png)

    # ---- team ----------------------------------------------------------------------------
    def _add_team_row(self, person: TeamMember, edit: bool = False) -> None:
        texts = [getattr(person, field) for field in TEAM_FIELDS]
        row = append_record_row(self.team_table, person.id, texts, person.signs_proposals)
        first = self.team_table.item(row, 0)
        if edit and first is not None:
            self.team_table.setCurrentCell(row, 0)
            self.team_table.editItem(first)

    def _one_signatory(self, item: QTableWidgetItem) -> None:
        """One default signatory: the facsimile signature is one person's."""
        if item.column() != SIGNATORY_COLUMN or item.checkState() != Qt.CheckState.Checked:
            return
        self.team_table.blockSignals(True)
        for row in range(self.team_table.rowCount()):
            other = self.team_table.item(row, SIGNATORY_COLUMN)
            if row != item.row() and other is not None:
                other.setCheckState(Qt.CheckState.Unchecked)
        self.team_table.blockSignals(False)

    def _remove_team_row(self) -> None:
        row = self.team_table.currentRow()
        if row >= 0:
            self.team_table.removeRow(row)

    def team_rows(self) -> list[TeamMember]:
        people = []
        for row in range(self.team_table.rowCount()):
            cells = [self.team_table.item(row, c) for c in range(len(TEAM_FIELDS))]
            values = {
                field: (cell.text() if cell else "").strip()
                for cell, field in zip(cells, TEAM_FIELDS, strict=True)
            }
            person_id = cells[0].data(RECORD_ID_ROLE) if cells[0] else None
            signs = self.team_table.item(row, SIGNATORY_COLUMN)
            people.append(
                TeamMember(
                    id=person_id,
                    signs_proposals=signs is not None
                    and signs.checkState() == Qt.CheckState.Checked,
                    **values,
                )
            )
        return people

    def company(self) -> OurCompany:
        text = {
            key: getattr(self, key).text().strip()
            for key in (
                "name",
                "legal_name",
                "address",
                "phone",
                "email",
                "website",
                "bank_name",
                *REQUISITE_RULES,
            )
        }
        return replace(
            self._company,
            **text,
            requisites=self.requisites.toPlainText().strip(),
            logo_png=self.logo.png(),
            signature_png=self.signature.png(),
            stamp_png=self.stamp.png(),
        )

    def _team_problems(self, people: list[TeamMember]) -> list[str]:
        problems = []
        for row, person in enumerate(people, start=1):
            for message in team_member_errors(person).values():
                problems.append(self.tr("Row {row}: {message}").format(row=row, message=message))
        return problems

    # ---- save ----------------------------------------------------------------------------
    def _show_company_errors(self, errors: dict[str, str]) -> None:
        """Messages next to their fields, and the tab of the first one brought to the front."""
        self.errors.show(errors)
        for key in errors:
            row = self.errors.row(key)
            page = next(
                (
                    i
                    for i in range(self.tabs.count())
                    if row and (tab := self.tabs.widget(i)) is not None and tab.isAncestorOf(row)
                ),
                -1,
            )
            if page >= 0 and row is not None:
                self.tabs.setCurrentIndex(page)
                row.field.setFocus()
                return

    def accept(self) -> None:
        company = self.company()
        people = self.team_rows()
        errors = company_errors(company)
        problems = self._team_problems(people)
        self.team_errors.setText("\n".join(problems))
        self.team_errors.setVisible(bool(problems))
        self.errors.clear()
        if errors:
            self._show_company_errors(errors)
            return
        if problems:
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
            return
        try:
            self._service.save_our_company(company)
        except ValidationError as exc:
            self._show_company_errors(exc.errors)
            return
        except KamError as exc:
            show_error(self, exc)
            return
        try:
            kept = {p.id for p in people if p.id}
            with self._service.db.transaction():  # the whole team is saved, or none of it
                for person in self._team:
                    if person.id is not None and person.id not in kept:
                        self._service.delete_team_member(person.id)
                for person in people:
                    self._service.save_team_member(person)
        except KamError as exc:
            show_error(self, exc)
            return
        super().accept()
