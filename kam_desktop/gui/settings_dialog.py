"""Settings: UI language (applied at the next start) and proposal defaults.

The language lives in the shell's QSettings (it is needed before the database opens); the
proposal defaults live in the database settings table, where the proposals service reads them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import HINT_STYLE, FieldErrors
from kam_desktop.gui.i18n_qt import LANGUAGE_KEY
from kam_desktop.services.dossiers import DossierService

VALIDITY_DAYS_KEY = "proposal.validity_days"
DEFAULT_VALIDITY_DAYS = 30
NUMBER_PATTERN_KEY = "proposal.number_pattern"
DEFAULT_NUMBER_PATTERN = "КП-{year}-{seq:04d}"


def preview_number(pattern: str, today: date | None = None) -> str:
    """The first number of this year under ``pattern``; ValueError if it cannot be formatted."""
    today = today or date.today()
    try:
        number = pattern.format(year=today.year, seq=1)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(str(exc)) from None
    if "{seq" not in pattern or not number.strip():
        raise ValueError(pattern)
    return number


class SettingsDialog(QDialog):
    def __init__(
        self, service: DossierService, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.errors = FieldErrors()

        self.language = QComboBox()
        self.language.addItem(self.tr("As in the system"), "")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        current = str(settings.value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        language_note = QLabel(
            self.tr("The new language applies the next time you start KAM Desktop.")
        )
        language_note.setWordWrap(True)
        language_note.setStyleSheet(HINT_STYLE)

        self.validity_days = QSpinBox()
        self.validity_days.setRange(1, 365)
        self.validity_days.setSuffix(self.tr(" days"))
        self.validity_days.setValue(self._stored_validity_days())
        self.number_pattern = QLineEdit(service.setting(NUMBER_PATTERN_KEY, DEFAULT_NUMBER_PATTERN))
        self.number_preview = QLabel()
        self.number_pattern.textChanged.connect(self._update_preview)
        pattern_help = QLabel(
            self.tr("{year} is the year, {seq:04d} the sequence number padded to 4 digits.")
        )
        pattern_help.setWordWrap(True)
        pattern_help.setStyleSheet(HINT_STYLE)

        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(language_note)
        proposals = QGroupBox(self.tr("Commercial proposals"))
        form = QFormLayout(proposals)
        form.addRow(self.tr("Validity period:"), self.validity_days)
        form.addRow(
            self.tr("Number pattern:"), self.errors.add("number_pattern", self.number_pattern)
        )
        form.addRow(self.tr("Next number looks like:"), self.number_preview)
        form.addRow(pattern_help)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(interface)
        layout.addWidget(proposals)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._update_preview()

    def _stored_validity_days(self) -> int:
        try:
            return int(self._service.setting(VALIDITY_DAYS_KEY, str(DEFAULT_VALIDITY_DAYS)))
        except ValueError:
            return DEFAULT_VALIDITY_DAYS

    def _update_preview(self) -> None:
        try:
            self.number_preview.setText(preview_number(self.number_pattern.text()))
            self.errors.clear()
        except ValueError:
            self.number_preview.setText("—")

    def accept(self) -> None:
        pattern = self.number_pattern.text().strip()
        try:
            preview_number(pattern)
        except ValueError:
            self.errors.show(
                {
                    "number_pattern": self.tr(
                        "Use {year} and {seq}, e.g. КП-{year}-{seq:04d}; other braces are not allowed."
                    )
                }
            )
            return
        self._settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self._settings.sync()
        try:
            with self._service.db.transaction():  # both settings, or neither
                self._service.set_setting(VALIDITY_DAYS_KEY, str(self.validity_days.value()))
                self._service.set_setting(NUMBER_PATTERN_KEY, pattern)
        except KamError as exc:
            show_error(self, exc)
            return
        super().accept()
