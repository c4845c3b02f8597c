"""Add or edit one interaction: date, kind, participants on both sides, summary, next step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import Interaction, Member, TeamMember
from kam_desktop.domain.enums import InteractionKind
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.gui.conflict_dialog import ConflictTexts, changed_by, save_resolving
from kam_desktop.gui.dossier_labels import DATE_FORMAT, interaction_kind_label
from kam_desktop.gui.dossier_prompts import Prompts, UnsavedChoice
from kam_desktop.gui.forms import ERROR_STYLE, FieldErrors, to_qdate
from kam_desktop.gui.optional_date_edit import OptionalDateEdit
from kam_desktop.gui.plain_text import plain
from kam_desktop.services.dossiers import DossierService

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
SIDE_ROLE = Qt.ItemDataRole.UserRole + 1  # "member" (client side) or "team" (our side)


def interaction_field_labels() -> dict[str, str]:
    """The dialog's label of each ``Interaction`` field (the change history, the conflict dialog)."""
    return {
        "occurred_on": QCoreApplication.translate("InteractionDialog", "Date:"),
        "kind": QCoreApplication.translate("InteractionDialog", "Kind:"),
        "member_ids": QCoreApplication.translate("InteractionDialog", "Participants:"),
        "team_member_ids": QCoreApplication.translate("InteractionDialog", "Participants:"),
        "summary": QCoreApplication.translate("InteractionDialog", "Summary:"),
        "next_step": QCoreApplication.translate("InteractionDialog", "Next step:"),
        "next_step_due": QCoreApplication.translate("InteractionDialog", "Due:"),
    }


class InteractionDialog(QDialog):
    """Saves through the service on OK and stays open with messages when the input is invalid."""

    def __init__(
        self,
        service: DossierService,
        interaction: Interaction,
        members: list[Member],
        team: list[TeamMember],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._interaction = interaction
        self.saved: Interaction | None = None
        self.setWindowTitle(
            self.tr("New interaction") if interaction.id is None else self.tr("Edit interaction")
        )
        self.errors = FieldErrors()
        self.occurred_on = QDateEdit(to_qdate(interaction.occurred_on))
        self.occurred_on.setCalendarPopup(True)
        self.occurred_on.setDisplayFormat(DATE_FORMAT)
        self.kind = QComboBox()
        for kind in InteractionKind:
            self.kind.addItem(interaction_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(interaction.kind.value))
        self.participants = QListWidget()
        self.participants.setMinimumHeight(200)
        self._fill_participants(members, team)
        self.summary = QPlainTextEdit(interaction.summary)
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.summary.setPlaceholderText(self.tr("What was discussed and agreed"))
        self.next_step = QLineEdit(interaction.next_step)
        self.next_step.setPlaceholderText(
            self.tr("e.g. send the proposal, call to confirm receipt")
        )
        self.next_step_due = OptionalDateEdit(self.tr("by"))
        self.next_step_due.set_value(interaction.next_step_due)
        self.message_label = plain(QLabel())
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.errors.add("occurred_on", self.occurred_on))
        form.addRow(self.tr("Kind:"), self.errors.add("kind", self.kind))
        form.addRow(self.tr("Participants:"), self.errors.add("member_ids", self.participants))
        form.addRow(self.tr("Summary:"), self.errors.add("summary", self.summary))
        form.addRow(self.tr("Next step:"), self.errors.add("next_step", self.next_step))
        form.addRow(self.tr("Due:"), self.errors.add("next_step_due", self.next_step_due))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(720, 600)
        self.prompts = Prompts()  # the tab passes its own, so tests answer without a box
        self._initial = self.interaction()

    def _fill_participants(self, members: list[Member], team: list[TeamMember]) -> None:
        chosen = set(self._interaction.member_ids) | set(self._interaction.team_member_ids)
        groups = (
            (
                self.tr("Client's decision group"),
                "member",
                [(m.id, m.full_name, m.position) for m in members],
            ),
            (self.tr("Our team"), "team", [(t.id, t.full_name, t.position) for t in team]),
        )
        for title, side, people in groups:
            if not people:
                continue
            header = QListWidgetItem(title)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not checkable
            font = QFont()
            font.setBold(True)
            header.setFont(font)
            self.participants.addItem(header)
            for person_id, name, position in people:
                item = QListWidgetItem(f"{name} — {position}" if position else name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if person_id in chosen else Qt.CheckState.Unchecked
                )
                item.setData(PERSON_ID_ROLE, person_id)
                item.setData(SIDE_ROLE, side)
                self.participants.addItem(item)

    def participant_items(self) -> list[QListWidgetItem]:
        items = (self.participants.item(i) for i in range(self.participants.count()))
        return [item for item in items if item.data(PERSON_ID_ROLE)]

    def set_participant(self, person_id: str, checked: bool) -> None:
        for item in self.participant_items():
            if item.data(PERSON_ID_ROLE) == person_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _checked(self, side: str) -> list[str]:
        return [
            item.data(PERSON_ID_ROLE)
            for item in self.participant_items()
            if item.data(SIDE_ROLE) == side and item.checkState() == Qt.CheckState.Checked
        ]

    def interaction(self) -> Interaction:
        occurred: date = self.occurred_on.date().toPython()
        return Interaction(
            client_id=self._interaction.client_id,
            occurred_on=occurred,
            kind=InteractionKind(self.kind.currentData()),
            summary=self.summary.toPlainText().strip(),
            member_ids=self._checked("member"),
            team_member_ids=self._checked("team"),
            next_step=self.next_step.text().strip(),
            next_step_due=self.next_step_due.value(),
            next_step_done_on=self._interaction.next_step_done_on,  # set in Today, kept here
            id=self._interaction.id,
            version=self._interaction.version,
        )

    def has_unsaved_changes(self) -> bool:
        return self.saved is None and self.interaction() != self._initial

    def reject(self) -> None:
        """Cancel, Esc or the close button: a typed summary is not thrown away unasked."""
        if self.has_unsaved_changes():
            what = self.tr("interaction of %1").replace(
                "%1", self.occurred_on.date().toString(DATE_FORMAT)
            )
            choice = self.prompts.unsaved_changes(self, what)
            if choice == UnsavedChoice.SAVE:
                self.try_save()  # closes when valid, else stays open with the messages
                return
            if choice == UnsavedChoice.CANCEL:
                return
        super().reject()

    def try_save(self) -> bool:
        """Save and close; on invalid input show the messages and stay open."""
        self.message_label.hide()
        edited = self.interaction()
        try:
            saved = save_resolving(
                self,
                self.prompts,
                edited,
                self._interaction,
                self.service.save_interaction,
                lambda: self.service.get_interaction(edited.saved_id),
                self._conflict_texts,
            )
        except ValidationError as error:
            self.errors.show(error.errors)
            if self.errors.unplaced:
                self.message_label.setText("\n".join(self.errors.unplaced.values()))
                self.message_label.show()
            return False
        except KamError as error:
            self.message_label.setText(str(error))
            self.message_label.show()
            return False
        if saved is None:  # the conflict dialog was cancelled: the edits stay in the dialog
            self.message_label.setText(
                self.tr("Not saved: someone else changed this interaction. Your edits are kept.")
            )
            self.message_label.show()
            return False
        self.saved = saved
        self.accept()
        return True

    def _conflict_texts(self, theirs: Interaction) -> ConflictTexts:
        names = {
            str(item.data(PERSON_ID_ROLE)): item.text().split(" — ")[0]
            for item in self.participant_items()
        }
        record = self.tr("interaction of %1").replace(
            "%1", to_qdate(theirs.occurred_on).toString(DATE_FORMAT)
        )
        who = changed_by(self.service.db, theirs.saved_id)
        return ConflictTexts(record, interaction_field_labels(), who, names)
