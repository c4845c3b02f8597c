"""Our company profile (with logo) and our team: proposals are signed by this working group."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import OurCompany, TeamMember
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.validation import team_member_errors
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE, FieldErrors
from kam_desktop.services.dossiers import DossierService

LOGO_MAX_SIDE = 600  # pixels: enough for print, keeps the database small
TEAM_FIELDS = ("full_name", "position", "phone", "email")


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
    image.save(buffer, "PNG")
    return bytes(data.data())


class CompanyDialog(QDialog):
    def __init__(self, service: DossierService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Our company and team"))
        self.errors = FieldErrors()
        self._company = service.our_company()
        self._team = service.team()
        self._logo = self._company.logo_png

        self.name = QLineEdit(self._company.name)
        self.legal_name = QLineEdit(self._company.legal_name)
        self.address = QLineEdit(self._company.address)
        self.requisites = QPlainTextEdit(self._company.requisites)
        self.requisites.setPlaceholderText(
            self.tr("Tax ID, bank, account… as printed on proposals")
        )
        self.requisites.setFixedHeight(self.requisites.fontMetrics().lineSpacing() * 3 + 14)
        self.requisites.setTabChangesFocus(True)
        self.phone = QLineEdit(self._company.phone)
        self.email = QLineEdit(self._company.email)
        self.website = QLineEdit(self._company.website)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed palette(mid);")
        choose_logo = QPushButton(self.tr("Choose logo…"))
        remove_logo = QPushButton(self.tr("Remove logo"))
        choose_logo.clicked.connect(self.choose_logo)
        remove_logo.clicked.connect(lambda: self.set_logo(None))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(choose_logo)
        logo_buttons.addWidget(remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        self.set_logo(self._logo)

        company_box = QGroupBox(self.tr("Company"))
        form = QFormLayout(company_box)
        form.addRow(self.tr("Name*:"), self.errors.add("name", self.name))
        form.addRow(self.tr("Legal name:"), self.legal_name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Requisites:"), self.requisites)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Website:"), self.website)
        form.addRow(self.tr("Logo:"), logo_row)

        self.team_table = QTableWidget(0, len(TEAM_FIELDS))
        self.team_table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Position"), self.tr("Phone"), self.tr("E-mail")]
        )
        self.team_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.team_table.verticalHeader().hide()
        self.team_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for person in self._team:
            self._add_team_row(person)
        add = QPushButton(self.tr("Add person"))
        remove = QPushButton(self.tr("Remove person"))
        add.clicked.connect(lambda: self._add_team_row(TeamMember(full_name=""), edit=True))
        remove.clicked.connect(self._remove_team_row)
        self.team_errors = QLabel()
        self.team_errors.setStyleSheet(ERROR_STYLE)
        self.team_errors.setWordWrap(True)
        self.team_errors.hide()
        team_hint = QLabel(
            self.tr(
                "Proposals name the working group that prepared them, with positions and contacts."
            )
        )
        team_hint.setWordWrap(True)
        team_hint.setStyleSheet(HINT_STYLE)
        team_buttons = QHBoxLayout()
        team_buttons.addWidget(team_hint, 1)
        team_buttons.addWidget(add)
        team_buttons.addWidget(remove)
        team_box = QGroupBox(self.tr("Our team (working group)"))
        team_layout = QVBoxLayout(team_box)
        team_layout.addWidget(self.team_table)
        team_layout.addWidget(self.team_errors)
        team_layout.addLayout(team_buttons)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(company_box)
        layout.addWidget(team_box, 1)
        layout.addWidget(buttons)
        self.resize(720, 680)

    # ---- logo ----------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)")
        )
        if not path:
            return
        png = logo_png_from_file(path)
        if png is None:
            show_error(self, ValidationError({"logo": self.tr("This file is not an image.")}))
            return
        self.set_logo(png)

    def set_logo(self, png: bytes | None) -> None:
        self._logo = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    # ---- team ----------------------------------------------------------------------------
    def _add_team_row(self, person: TeamMember, edit: bool = False) -> None:
        row = self.team_table.rowCount()
        self.team_table.insertRow(row)
        for column, field in enumerate(TEAM_FIELDS):
            item = QTableWidgetItem(getattr(person, field))
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.team_table.setItem(row, column, item)
        if edit:
            self.team_table.setCurrentCell(row, 0)
            self.team_table.editItem(self.team_table.item(row, 0))

    def _remove_team_row(self) -> None:
        row = self.team_table.currentRow()
        if row >= 0:
            self.team_table.removeRow(row)

    def team_rows(self) -> list[TeamMember]:
        people = []
        for row in range(self.team_table.rowCount()):
            values = {
                field: (
                    self.team_table.item(row, c).text() if self.team_table.item(row, c) else ""
                ).strip()
                for c, field in enumerate(TEAM_FIELDS)
            }
            person_id = self.team_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            people.append(TeamMember(id=person_id, **values))
        return people

    def company(self) -> OurCompany:
        return replace(
            self._company,
            name=self.name.text().strip(),
            legal_name=self.legal_name.text().strip(),
            address=self.address.text().strip(),
            requisites=self.requisites.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            logo_png=self._logo,
        )

    def _team_problems(self, people: list[TeamMember]) -> list[str]:
        problems = []
        for row, person in enumerate(people, start=1):
            for message in team_member_errors(person).values():
                problems.append(self.tr("Row {row}: {message}").format(row=row, message=message))
        return problems

    # ---- save ----------------------------------------------------------------------------
    def accept(self) -> None:
        self.errors.clear()
        people = self.team_rows()
        problems = self._team_problems(people)
        self.team_errors.setText("\n".join(problems))
        self.team_errors.setVisible(bool(problems))
        try:
            self._service.save_our_company(self.company())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except KamError as exc:
            show_error(self, exc)
            return
        if problems:
            return
        try:
            kept = {p.id for p in people if p.id}
            with self._service.db.transaction():  # the whole team is saved, or none of it
                for person in self._team:
                    if person.id not in kept:
                        self._service.delete_team_member(person.id)
                for person in people:
                    self._service.save_team_member(person)
        except KamError as exc:
            show_error(self, exc)
            return
        super().accept()
