"""Editor of one decision-group member: business facts, contacts, personal data, family, consent.

The editor only lays out and collects; the tab saves through the service and hands
``ValidationError.errors`` back to ``show_errors``, which puts each message next to its field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
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
from kam_desktop.domain.enums import Attitude, Gender
from kam_desktop.domain.names import gender_of, greeting
from kam_desktop.domain.proposal import ArgumentTag
from kam_desktop.domain.tailoring import TagMatch, concern_profile, value_profile
from kam_desktop.gui.birthday_edit import BirthdayEdit
from kam_desktop.gui.contacts_editor import ContactsEditor
from kam_desktop.gui.dossier_labels import attitude_color, attitude_label, influence_dots
from kam_desktop.gui.family_editor import FamilyEditor
from kam_desktop.gui.forms import HINT_STYLE, FieldErrors, reveal_widget
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


def member_field_labels() -> dict[str, str]:
    """The editor's label of each ``Member`` field (the change history and the conflict dialog)."""
    return {
        "full_name": QCoreApplication.translate("MemberEditor", "Full name:"),
        "position": QCoreApplication.translate("MemberEditor", "Position:"),
        "department": QCoreApplication.translate("MemberEditor", "Department:"),
        "role_code": QCoreApplication.translate("MemberEditor", "Role in the decision:"),
        "influence": QCoreApplication.translate("MemberEditor", "Influence:"),
        "attitude": QCoreApplication.translate("MemberEditor", "Attitude to us:"),
        "decision_style": QCoreApplication.translate("MemberEditor", "Decision style:"),
        "concerns": QCoreApplication.translate("MemberEditor", "Concerns / objections:"),
        "gender": QCoreApplication.translate("MemberEditor", "Greeting:"),
        "reports_to_id": QCoreApplication.translate("MemberEditor", "Reports to:"),
        "contacts": QCoreApplication.translate("MemberEditor", "Contacts"),
        "preferred_channel": QCoreApplication.translate("MemberEditor", "Preferred channel:"),
        "preferred_time": QCoreApplication.translate("MemberEditor", "Preferred time:"),
        "birthday": QCoreApplication.translate("MemberEditor", "Birthday:"),
        "anniversary": QCoreApplication.translate("MemberEditor", "Wedding anniversary:"),
        "family": QCoreApplication.translate("MemberEditor", "Family"),
        "hobbies": QCoreApplication.translate("MemberEditor", "Hobbies:"),
        "values": QCoreApplication.translate("MemberEditor", "Values:"),
        "likes": QCoreApplication.translate("MemberEditor", "Likes:"),
        "dislikes": QCoreApplication.translate("MemberEditor", "Dislikes:"),
        "topics_to_avoid": QCoreApplication.translate("MemberEditor", "Topics to avoid:"),
        "notes": QCoreApplication.translate("MemberEditor", "Notes:"),
        "last_contact_on": QCoreApplication.translate("MemberEditor", "Last contact:"),
        "consent_on": QCoreApplication.translate("MemberEditor", "Consent:"),
        "consent_how": QCoreApplication.translate("MemberEditor", "How obtained:"),
    }


def _text_box(placeholder: str, height: int = 50) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the dossier's own words
    return label


class MemberEditor(QWidget):
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._member = Member("")
        self._dirty = False
        self._loading = False
        self._role_index = 0
        self._tags: list[ArgumentTag] = []
        # Set by the tab: asks for a new role and saves it; None when the user cancels.
        self.add_role: Callable[[], DmuRole | None] = lambda: None
        self.errors = FieldErrors()
        self.lines: dict[str, QLineEdit] = {name: QLineEdit() for name in LINE_FIELDS}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.role = QComboBox()
        self.influence = QComboBox()
        self.attitude = QComboBox()
        self.reports_to = QComboBox()
        self.gender = QComboBox()
        self.greeting_preview = QLabel()
        self.greeting_preview.setTextFormat(Qt.TextFormat.PlainText)  # a name is data
        self.greeting_preview.setWordWrap(True)  # a long name must not widen the editor
        self.concerns = _text_box(
            self.tr("e.g. worried about the deadlines, doubts that the ROI is real"), 56
        )
        self.concerns_hint = _hint(
            self.tr(
                "They choose the «answers to your concerns» in this person's proposals; "
                "never printed."
            )
        )
        self.recognised = _hint()
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
        self.gender.addItem(self.tr("From the patronymic"), Gender.AUTO.value)
        self.gender.addItem(self.tr("Male"), Gender.MALE.value)
        self.gender.addItem(self.tr("Female"), Gender.FEMALE.value)
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
        greeting_row = QWidget()
        row = QHBoxLayout(greeting_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.gender)
        row.addWidget(self.greeting_preview, 1)
        self._row(form, self.tr("Greeting:"), "gender", greeting_row)
        self._row(form, self.tr("Position:"), "position", self.lines["position"])
        self._row(form, self.tr("Department:"), "department", self.lines["department"])
        self._row(form, self.tr("Role in the decision:"), "role_code", self.role)
        self._row(form, self.tr("Influence:"), "influence", self.influence)
        self._row(form, self.tr("Attitude to us:"), "attitude", self.attitude)
        self._row(form, self.tr("Decision style:"), "decision_style", self.lines["decision_style"])
        concerns = QWidget()
        column = QVBoxLayout(concerns)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.concerns)
        column.addWidget(self.concerns_hint)
        column.addWidget(self.recognised)
        self._row(form, self.tr("Concerns / objections:"), "concerns", concerns)
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
        self._scroll = scroll
        self._consent_in_view = False  # see show_consent_box
        bar = scroll.verticalScrollBar()
        bar.rangeChanged.connect(self._place_consent_box)
        bar.actionTriggered.connect(self._release_consent_box)
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

    def show_consent_box(self) -> None:
        """Scroll the consent fields to the top of the card (the decision group's «No consent
        recorded» list): their top stays in view even when the box grows after the layout."""
        self._consent_in_view = True
        self._place_consent_box()

    def _place_consent_box(self, *_range: int) -> None:
        # Again when the scroll range changes (the card's layout settles after loading), until
        # the user scrolls or another person is loaded.
        content = self._scroll.widget()
        if self._consent_in_view and content is not None:
            bar = self._scroll.verticalScrollBar()
            top = self._boxes[2].mapTo(content, QPoint(0, 0)).y() - 6
            bar.setValue(min(top, bar.maximum()))

    def _release_consent_box(self, *_action: int) -> None:
        self._consent_in_view = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(two_columns=event.size().width() >= TWO_COLUMN_MIN_WIDTH)
        super().resizeEvent(event)

    def _connect_dirty_signals(self) -> None:
        for line in self.lines.values():
            line.textEdited.connect(self._mark_dirty)
        for text in (*self.texts.values(), self.concerns):
            text.textChanged.connect(self._mark_dirty)
        for combo in (self.influence, self.attitude, self.reports_to, self.gender):
            combo.currentIndexChanged.connect(self._mark_dirty)
        # The greeting and the recognised values follow the typing, before any save.
        self.lines["full_name"].textChanged.connect(self._update_greeting)
        self.gender.currentIndexChanged.connect(self._update_greeting)
        self.lines["decision_style"].textChanged.connect(self._update_recognised)
        self.texts["values"].textChanged.connect(self._update_recognised)
        self.concerns.textChanged.connect(self._update_recognised)
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

    def _update_greeting(self, *_args: object) -> None:
        name = " ".join(self.lines["full_name"].text().split())
        override = Gender(self.gender.currentData())
        if not name:
            self.greeting_preview.setText("")
            return
        text = greeting(name, current_language(), override)
        if gender_of(name, override) == Gender.AUTO:
            text += " " + self.tr("(the patronymic does not tell: choose male or female)")
        self.greeting_preview.setText(text)

    def set_tags(self, tags: list[ArgumentTag]) -> None:
        """The library's value and concern tags, to show what the dossier's words match."""
        self._tags = list(tags)
        self._update_recognised()

    def _update_recognised(self, *_args: object) -> None:
        probe = Member(
            "",
            values=self.texts["values"].toPlainText(),
            decision_style=self.lines["decision_style"].text(),
            concerns=self.concerns.toPlainText(),
        )
        values = value_profile(probe, self._tags)
        concerns = concern_profile(probe, self._tags)
        parts = []
        if values:
            parts.append(self.tr("values: %1").replace("%1", self._matches(values)))
        if concerns:
            parts.append(self.tr("concerns: %1").replace("%1", self._matches(concerns)))
        if parts:
            text = self.tr("Recognised for tailoring — %1").replace("%1", "; ".join(parts))
        elif self._tags and (probe.values or probe.decision_style or probe.concerns):
            text = self.tr("Nothing here matches the library's values and concerns yet.")
        else:
            text = ""
        self.recognised.setText(text)
        self.recognised.setVisible(bool(text))

    def _matches(self, profile: dict[str, TagMatch]) -> str:
        lang = current_language()
        labels = {t.code: t.label(lang) for t in self._tags}
        return ", ".join(
            f"{labels.get(code, code)} («{match.words[0]}»)" for code, match in profile.items()
        )

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
        self._consent_in_view = False  # the tab asks again for the next one if it wants
        self._loading = True
        try:
            self._member = member
            for name, line in self.lines.items():
                line.setText(getattr(member, name))
                line.setCursorPosition(0)  # long texts show their beginning
            for name, text in self.texts.items():
                text.setPlainText(getattr(member, name))
            self.concerns.setPlainText(member.concerns)
            self.gender.setCurrentIndex(max(0, self.gender.findData(member.gender.value)))
            self._update_greeting()
            self._update_recognised()
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
            concerns=self.concerns.toPlainText().strip(),
            gender=Gender(self.gender.currentData()),
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
        in_rows = [t for t in (self.contacts, self.family) if t.show_errors(errors)]
        if self.errors.first_invalid is None and in_rows:  # only a table row is wrong
            # The list of wrong rows sits under the table: in view, the table is above it.
            reveal_widget(in_rows[0].error_label, in_rows[0].table)
        nested = ("contacts.", "family.")
        return {k: v for k, v in self.errors.unplaced.items() if not k.startswith(nested)}
