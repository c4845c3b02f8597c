"""Editor of one decision-group member: business facts, contacts, personal data, family, consent.

The editor only lays out and collects; the tab saves through the service and hands
``ValidationError.errors`` back to ``show_errors``, which puts each message next to its field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import DmuRole, Member
from kam_desktop.domain.enums import Attitude
from kam_desktop.gui.birthday_edit import BirthdayEdit
from kam_desktop.gui.contacts_editor import ContactsEditor
from kam_desktop.gui.dossier_labels import attitude_color, attitude_label, influence_dots
from kam_desktop.gui.family_editor import FamilyEditor
from kam_desktop.gui.forms import FieldErrors
from kam_desktop.gui.optional_date_edit import OptionalDateEdit
from kam_desktop.gui.wheel_guard import guard_wheel
from kam_desktop.i18n import current_language

ADD_ROLE = "__add_role__"
TEXT_FIELDS = ("hobbies", "values", "likes", "dislikes", "topics_to_avoid", "notes")
LINE_FIELDS = (
    "full_name",
    "position",
    "department",
    "decision_style",
    "preferred_channel",
    "preferred_time",
    "consent_how",
)
TWO_COLUMN_MIN_WIDTH = 1100  # below this the editor stacks its boxes in one column
CONSENT_WARNING_STYLE = "color: #8a4b00; background: #fff4e0; padding: 4px; border-radius: 3px;"


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(50)
    return box


class MemberEditor(QWidget):
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._member = Member("")
        self._dirty = False
        self._loading = False
        self._role_index = 0
        # Set by the tab: asks for a new role and saves it; None when the user cancels.
        self.add_role: Callable[[], DmuRole | None] = lambda: None
        self.errors = FieldErrors()
        self.lines: dict[str, QLineEdit] = {name: QLineEdit() for name in LINE_FIELDS}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.role = QComboBox()
        self.influence = QComboBox()
        self.attitude = QComboBox()
        self.reports_to = QComboBox()
        self.last_contact = OptionalDateEdit(self.tr("known"))
        self.birthday = BirthdayEdit()
        self.anniversary = BirthdayEdit()
        self.contacts = ContactsEditor()
        self.family = FamilyEditor()
        self.consent_on = OptionalDateEdit(self.tr("given on"))
        self.consent_warning = QLabel(
            self.tr(
                "No consent recorded. Personal data (birthday, family, hobbies) may be kept "
                "only with the person's consent (152-FZ, GDPR)."
            )
        )
        self.consent_warning.setWordWrap(True)
        self.consent_warning.setStyleSheet(CONSENT_WARNING_STYLE)
        self._fill_choices()
        self._build_layout()
        self._connect_dirty_signals()

    # ---- layout --------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        level_names = [
            self.tr("low"),
            self.tr("limited"),
            self.tr("moderate"),
            self.tr("high"),
            self.tr("decisive"),
        ]
        for level, name in enumerate(level_names, start=1):
            self.influence.addItem(f"{influence_dots(level)}  {level} — {name}", level)
        for attitude in Attitude:
            self.attitude.addItem(attitude_label(attitude), attitude.value)
            self.attitude.setItemData(
                self.attitude.count() - 1, attitude_color(attitude), Qt.ItemDataRole.ForegroundRole
            )
        self.lines["full_name"].setPlaceholderText(self.tr("Surname, first name, patronymic"))
        self.lines["decision_style"].setPlaceholderText(
            self.tr("e.g. analytical, quick, seeks consensus")
        )
        self.lines["preferred_channel"].setPlaceholderText(self.tr("e.g. phone, Telegram, e-mail"))
        self.lines["preferred_time"].setPlaceholderText(self.tr("e.g. mornings before 10:00"))
        self.lines["consent_how"].setPlaceholderText(
            self.tr("e.g. signed consent form, e-mail of 12.03.2025")
        )
        placeholders = {
            "hobbies": self.tr("Hobbies and interests: sport, books, travel…"),
            "values": self.tr("What matters to them: family, career, reliability…"),
            "likes": self.tr("Gifts, food, drinks, topics they enjoy"),
            "dislikes": self.tr("What to avoid giving or offering"),
            "topics_to_avoid": self.tr("Topics not to raise"),
            "notes": self.tr("Anything else worth knowing"),
        }
        self.texts = {name: _text_box(placeholders[name]) for name in TEXT_FIELDS}

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        form.addRow(label, self.errors.add(key, widget))

    def _build_layout(self) -> None:
        business = QGroupBox(self.tr("Business"))
        form = self._form()
        self._row(form, self.tr("Full name:"), "full_name", self.lines["full_name"])
        self._row(form, self.tr("Position:"), "position", self.lines["position"])
        self._row(form, self.tr("Department:"), "department", self.lines["department"])
        self._row(form, self.tr("Role in the decision:"), "role_code", self.role)
        self._row(form, self.tr("Influence:"), "influence", self.influence)
        self._row(form, self.tr("Attitude to us:"), "attitude", self.attitude)
        self._row(form, self.tr("Decision style:"), "decision_style", self.lines["decision_style"])
        self._row(form, self.tr("Reports to:"), "reports_to_id", self.reports_to)
        self._row(form, self.tr("Last contact:"), "last_contact_on", self.last_contact)
        business.setLayout(form)

        contacts = QGroupBox(self.tr("Contacts"))
        form = self._form()
        form.addRow(self.contacts)
        self._row(
            form,
            self.tr("Preferred channel:"),
            "preferred_channel",
            self.lines["preferred_channel"],
        )
        self._row(form, self.tr("Preferred time:"), "preferred_time", self.lines["preferred_time"])
        contacts.setLayout(form)

        personal = QGroupBox(self.tr("Personal"))
        form = self._form()
        self._row(form, self.tr("Birthday:"), "birthday", self.birthday)
        self._row(form, self.tr("Wedding anniversary:"), "anniversary", self.anniversary)
        labels = {
            "hobbies": self.tr("Hobbies:"),
            "values": self.tr("Values:"),
            "likes": self.tr("Likes:"),
            "dislikes": self.tr("Dislikes:"),
            "topics_to_avoid": self.tr("Topics to avoid:"),
            "notes": self.tr("Notes:"),
        }
        for name in TEXT_FIELDS:
            self._row(form, labels[name], name, self.texts[name])
        personal.setLayout(form)

        family = QGroupBox(self.tr("Family"))
        box = QVBoxLayout(family)
        box.addWidget(self.family)

        consent = QGroupBox(self.tr("Consent to keep personal data"))
        form = self._form()
        form.addRow(self.consent_warning)
        self._row(form, self.tr("Consent:"), "consent_on", self.consent_on)
        self._row(form, self.tr("How obtained:"), "consent_how", self.lines["consent_how"])
        consent.setLayout(form)

        self._boxes = (business, contacts, consent, personal, family)
        self._left, self._right = QVBoxLayout(), QVBoxLayout()
        content = QWidget()
        self._columns = QHBoxLayout(content)
        self._columns.addLayout(self._left, 1)
        self._columns.addLayout(self._right, 1)
        self._two_columns: bool | None = None
        self._arrange(two_columns=True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        guard_wheel(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _arrange(self, two_columns: bool) -> None:
        """Two independent columns when wide (a short box never waits for a tall one beside
        it); one column when the dossier view is narrow, so the tables are not clipped."""
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        for column in (self._left, self._right):
            while column.count():
                column.takeAt(0)
        business, contacts, consent, personal, family = self._boxes
        if two_columns:
            left, right = (business, contacts, consent), (personal, family)
        else:
            left, right = (business, contacts, personal, family, consent), ()
        for column, boxes in ((self._left, left), (self._right, right)):
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
        self._columns.setStretch(1, 1 if two_columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(two_columns=event.size().width() >= TWO_COLUMN_MIN_WIDTH)
        super().resizeEvent(event)

    def _connect_dirty_signals(self) -> None:
        for line in self.lines.values():
            line.textEdited.connect(self._mark_dirty)
        for text in self.texts.values():
            text.textChanged.connect(self._mark_dirty)
        for combo in (self.influence, self.attitude, self.reports_to):
            combo.currentIndexChanged.connect(self._mark_dirty)
        self.role.currentIndexChanged.connect(self._on_role_changed)
        for widget in (
            self.last_contact,
            self.birthday,
            self.anniversary,
            self.contacts,
            self.family,
            self.consent_on,
        ):
            widget.changed.connect(self._mark_dirty)
        self.attitude.currentIndexChanged.connect(self._color_attitude)
        self.consent_on.changed.connect(self._update_consent_warning)
        self.lines["consent_how"].textEdited.connect(self._update_consent_warning)

    # ---- state ---------------------------------------------------------------------------
    def _mark_dirty(self, *_args: object) -> None:
        if self._loading or self._dirty:
            return
        self._dirty = True
        self.dirty_changed.emit(True)

    def is_dirty(self) -> bool:
        return self._dirty

    def _set_clean(self) -> None:
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    def _color_attitude(self, *_args: object) -> None:
        color = attitude_color(Attitude(self.attitude.currentData())).name()
        self.attitude.setStyleSheet(f"QComboBox {{ color: {color}; font-weight: bold; }}")

    def _update_consent_warning(self, *_args: object) -> None:
        missing = self.consent_on.value() is None and not self.lines["consent_how"].text().strip()
        self.consent_warning.setVisible(missing)

    def _on_role_changed(self, index: int) -> None:
        if self._loading:
            return
        if self.role.itemData(index) != ADD_ROLE:
            self._role_index = index
            self._mark_dirty()
            return
        role = self.add_role()
        self._loading = True
        try:
            if role is None:
                self.role.setCurrentIndex(self._role_index)
                return
            self.role.insertItem(self.role.count() - 1, role.label(current_language()), role.code)
            self._role_index = self.role.count() - 2
            self.role.setCurrentIndex(self._role_index)
        finally:
            self._loading = False
        self._mark_dirty()

    def set_roles(self, roles: list[DmuRole]) -> None:
        self._loading = True
        try:
            current = self.role.currentData()
            self.role.clear()
            lang = current_language()
            for role in roles:
                self.role.addItem(role.label(lang), role.code)
            self.role.addItem(self.tr("Add role…"), ADD_ROLE)
            index = self.role.findData(current)
            self._role_index = index if index >= 0 else max(0, self.role.findData("other"))
            self.role.setCurrentIndex(self._role_index)
        finally:
            self._loading = False

    def load_member(self, member: Member, group: list[Member]) -> None:
        """Show ``member``; ``group`` is the client's whole decision group (for reports-to)."""
        self._loading = True
        try:
            self._member = member
            for name, line in self.lines.items():
                line.setText(getattr(member, name))
                line.setCursorPosition(0)  # long texts show their beginning
            for name, text in self.texts.items():
                text.setPlainText(getattr(member, name))
            role_index = self.role.findData(member.role_code)
            self._role_index = (
                role_index if role_index >= 0 else max(0, self.role.findData("other"))
            )
            self.role.setCurrentIndex(self._role_index)
            self.influence.setCurrentIndex(self.influence.findData(member.influence))
            self.attitude.setCurrentIndex(self.attitude.findData(member.attitude.value))
            self._color_attitude()
            self.reports_to.clear()
            self.reports_to.addItem(self.tr("— nobody in the group —"), None)
            for other in sorted(group, key=lambda m: m.full_name.casefold()):
                if other.id != member.id or member.id is None:
                    self.reports_to.addItem(other.full_name, other.id)
            self.reports_to.setCurrentIndex(max(0, self.reports_to.findData(member.reports_to_id)))
            self.last_contact.set_value(member.last_contact_on)
            self.birthday.set_value(member.birthday)
            self.anniversary.set_value(member.anniversary)
            self.contacts.set_rows(member.contacts)
            self.family.set_rows(member.family)
            self.consent_on.set_value(member.consent_on)
            self.clear_errors()
            self._update_consent_warning()
        finally:
            self._loading = False
        self._set_clean()

    def member(self) -> Member:
        return self._member

    def collect(self) -> tuple[Member, dict[str, str]]:
        """The member as edited, and errors found before any save (unreadable dates)."""
        errors: dict[str, str] = {}
        try:
            birthday = self.birthday.value()
        except ValueError:
            birthday = None
            errors["birthday"] = self.tr(
                "Choose both the day and the month (the year is optional)."
            )
        try:
            anniversary = self.anniversary.value()
        except ValueError:
            anniversary = None
            errors["anniversary"] = self.tr(
                "Choose both the day and the month (the year is optional)."
            )
        family, family_errors = self.family.family()
        errors.update(family_errors)
        member = replace(
            self._member,
            **{name: line.text().strip() for name, line in self.lines.items()},
            **{name: text.toPlainText().strip() for name, text in self.texts.items()},
            role_code=self.role.currentData(),
            influence=self.influence.currentData(),
            attitude=Attitude(self.attitude.currentData()),
            reports_to_id=self.reports_to.currentData(),
            last_contact_on=self.last_contact.value(),
            birthday=birthday,
            anniversary=anniversary,
            contacts=self.contacts.contacts(),
            family=family,
            consent_on=self.consent_on.value(),
        )
        return member, errors

    # ---- errors --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.errors.clear()
        self.contacts.clear_errors()
        self.family.clear_errors()

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Show messages next to fields and table cells; returns those that have no field."""
        self.errors.show(errors)
        self.contacts.show_errors(errors)
        self.family.show_errors(errors)
        nested = ("contacts.", "family.")
        return {k: v for k, v in self.errors.unplaced.items() if not k.startswith(nested)}
