"""Settings: UI language (applied at the next start), the user's name in the team, and
proposal defaults.

The language lives in the shell's QSettings (it is needed before the database opens); the name
in the team in this user's own settings file (``local_settings``: in team mode the database is
shared, the name is not); the proposal defaults live in the database settings table, read and
checked by the proposals service. The next number shown is the one the service will really give (the pattern being
typed, applied to the proposals already numbered), not the first of the year.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import local_settings
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.proposal import SETTING_NUMBER_PATTERN, SETTING_VALIDITY_DAYS
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import HINT_STYLE, FieldErrors, dialog_buttons
from kam_desktop.gui.i18n_qt import LANGUAGE_KEY
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.today_settings import AgendaSettingsBox
from kam_desktop.services.agenda import AgendaService
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService

VALIDITY_DAYS_KEY = SETTING_VALIDITY_DAYS
NUMBER_PATTERN_KEY = SETTING_NUMBER_PATTERN
MAX_DAYS = 3650


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def _terms_box(text: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 2 + 14)
    return box


class SettingsDialog(QDialog):
    def __init__(
        self,
        service: DossierService,
        settings: QSettings,
        parent: QWidget | None = None,
        proposals: ProposalService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._proposals = proposals or ProposalService(service.db)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.errors = FieldErrors()

        self.language = QComboBox()
        self.language.addItem(self.tr("As in the system"), "")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        current = str(settings.value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))

        self.validity_days = self._days(self._proposals.validity_days(), 1)
        self.min_validity_days = self._days(self._proposals.min_validity_days(), 0)
        self.min_validity_days.setSpecialValueText(self.tr("no check"))
        self.number_pattern = QLineEdit(self._proposals.number_pattern())
        self.number_preview = plain(QLabel())  # the pattern is typed text
        font = self.number_preview.font()
        font.setBold(True)
        self.number_preview.setFont(font)
        self.number_pattern.textChanged.connect(self._update_preview)
        payment, delivery, warranty = self._proposals.default_terms()
        self.payment_terms = _terms_box(
            payment, self.tr("e.g. 50 % prepayment, the rest on acceptance")
        )
        self.delivery_terms = _terms_box(delivery, self.tr("e.g. 12 weeks from the prepayment"))
        self.warranty = _terms_box(warranty, self.tr("e.g. 24 months from commissioning"))

        self.user_name = QLineEdit(local_settings.user_name())
        self.user_name.setMaxLength(local_settings.MAX_NAME)
        self.user_name.setPlaceholderText(self.tr("e.g. Anna Smirnova, KAM"))
        self.user_name_hint = _hint("")
        self.user_name.textChanged.connect(self._update_name_hint)
        self._update_name_hint()

        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(_hint(self.tr("The new language applies the next time you start KAM Desktop.")))
        team = QGroupBox(self.tr("Working in a team"))
        form = QFormLayout(team)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Your name in the team:"),
            self._with_hint(self.errors.add("user_name", self.user_name), self.user_name_hint),
        )

        proposals_box = QGroupBox(self.tr("Commercial proposals"))
        form = QFormLayout(proposals_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Validity period:"), self.errors.add("validity_days", self.validity_days)
        )
        form.addRow(
            self.tr("Minimum validity:"),
            self._with_hint(
                self.errors.add("min_validity_days", self.min_validity_days),
                self.tr("Before sending, the check warns when an offer is valid for fewer days."),
            ),
        )
        form.addRow(
            self.tr("Number pattern:"),
            self._with_hint(
                self.errors.add("number_pattern", self.number_pattern),
                self.tr("{year} is the year, {seq:04d} the sequence number padded to 4 digits."),
            ),
        )
        form.addRow(self.tr("Next number:"), self.number_preview)

        terms = QGroupBox(self.tr("Terms a new proposal starts with"))
        form = QFormLayout(terms)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Payment:"), self.payment_terms)
        form.addRow(self.tr("Delivery:"), self.delivery_terms)
        form.addRow(self.tr("Warranty:"), self.warranty)
        form.addRow(
            _hint(self.tr("Each proposal can change them; proposals already made keep theirs."))
        )

        buttons = dialog_buttons(self)
        general = QWidget()
        layout = QVBoxLayout(general)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(interface)
        layout.addWidget(team)
        layout.addWidget(proposals_box)
        layout.addWidget(terms)
        layout.addStretch(1)
        self.agenda = AgendaSettingsBox(AgendaService(self._proposals.db))  # Today, follow-up
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.agenda, self.agenda.tab_title())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._update_preview()
        # Wrapped hints need the height they take at this width (sizeHint assumes a narrower
        # dialog), plus room for a message under a field, which would otherwise squeeze it.
        width = 640
        room = 2 * self.fontMetrics().lineSpacing()
        self.resize(width, layout.totalHeightForWidth(width) + room)

    def _days(self, value: int, minimum: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(minimum, MAX_DAYS)
        box.setSuffix(self.tr(" days"))
        box.setValue(value)
        box.setMaximumWidth(140)
        return box

    @staticmethod
    def _with_hint(field: QWidget, text: str | QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(text if isinstance(text, QLabel) else _hint(text))
        return box

    def _update_name_hint(self) -> None:
        if self.user_name.text().strip():
            text = self.tr(
                "The change history shows this name beside your edits. It is kept on this "
                "computer, not in the shared database."
            )
        else:
            text = self.tr(
                "Not set: the change history shows your edits as «name not set». Enter the "
                "name your colleagues know you by; it is kept on this computer only."
            )
        self.user_name_hint.setText(text)

    def _update_preview(self) -> None:
        """The number the next proposal will get under the pattern as typed (nothing saved)."""
        try:
            number = self._proposals.next_number(pattern=self.number_pattern.text())
        except ValidationError as exc:
            self.number_preview.setText("—")
            self.errors.set_error("number_pattern", exc.errors.get("number_pattern"))
            return
        self.errors.set_error("number_pattern", None)
        self.number_preview.setText(number)

    def accept(self) -> None:
        if not self.agenda.check():
            self.tabs.setCurrentWidget(self.agenda)
            return
        try:
            self._proposals.next_number(pattern=self.number_pattern.text())  # check first
            with self._proposals.db.transaction():  # every setting, or none
                self._proposals.set_validity_days(self.validity_days.value())
                self._proposals.set_min_validity_days(self.min_validity_days.value())
                self._proposals.set_number_pattern(self.number_pattern.text())
                self._proposals.set_default_terms(
                    self.payment_terms.toPlainText(),
                    self.delivery_terms.toPlainText(),
                    self.warranty.toPlainText(),
                )
                self.agenda.save()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            self.agenda.show_errors(exc.errors)
            return
        except KamError as exc:
            show_error(self, exc)
            return
        if not self._save_user_name():
            return
        self._settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self._settings.sync()
        super().accept()

    def _save_user_name(self) -> bool:
        """This user's own file beside the data (not the database, which a team shares)."""
        name = self.user_name.text().strip()
        if name == local_settings.user_name():
            return True
        try:
            local_settings.set_user_name(name)
        except KamError as exc:  # the file's own message: which path, why
            self.errors.show({"user_name": str(exc)})
            return False
        return True
