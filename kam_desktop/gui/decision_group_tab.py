"""The Decision group tab of a dossier: the members table above, the member editor below.

The table's Consent column shows each person's consent to keep personal data (a date,
«no», «outdated» after the period of Settings → Today); the «No consent recorded» toggle
keeps only the people with none, to work through them one by one (a person given consent
leaves the list when saved, and the next one is selected).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import DmuRole, Dossier, Member
from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.domain.validation import member_errors
from kam_desktop.gui.conflict_dialog import ConflictTexts, changed_by, save_resolving
from kam_desktop.gui.dossier_prompts import UnsavedChoice
from kam_desktop.gui.forms import ERROR_STYLE, empty_state_page
from kam_desktop.gui.member_editor import MemberEditor, member_field_labels
from kam_desktop.gui.member_table_model import MemberColumn, MemberTableModel
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.record_list_tab import DeleteTexts, RecordListTab
from kam_desktop.gui.status_messages import saved_message, show_status
from kam_desktop.gui.tables import set_column_widths
from kam_desktop.i18n import current_language
from kam_desktop.services.consent import ConsentService
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.library import LibraryService

log = logging.getLogger(__name__)


class DecisionGroupTab(RecordListTab):
    dirty_changed = Signal(bool)  # the member editor gained or lost unsaved edits

    def __init__(
        self, service: DossierService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self.service = service
        self.library = LibraryService(service.db)  # value/concern tags shown in the editor
        self.consent = ConsentService(service.db)  # the period after which consent is outdated
        self._consent_months: int | None = None  # read with each dossier
        self._is_new = False
        self._selecting = False
        self.model = MemberTableModel(self)
        self.editor = MemberEditor()
        self.editor.add_role = self._add_role
        self.editor_title = plain(QLabel())  # the member's name
        self.message_label = plain(QLabel())
        self.new_button = QPushButton(self.tr("New member"))
        self.delete_button = QPushButton(self.tr("Delete member"))
        self.save_button = QPushButton(self.tr("Save"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.empty_add_button = QPushButton(self.tr("Add a member"))
        self.consent_filter = QCheckBox()  # «No consent recorded (N)»
        self.consent_filter.setToolTip(
            self.tr(
                "Show only the people with no consent to keep their personal data recorded "
                "(neither a date nor how it was obtained)"
            )
        )
        self._build()
        self._update_consent_filter()

    # ---- layout --------------------------------------------------------------------------
    def _build_table(self) -> None:
        header = self._setup_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MemberColumn.INFLUENCE, Qt.SortOrder.DescendingOrder)
        header.setStretchLastSection(True)
        widths = {
            MemberColumn.NAME: 215,
            MemberColumn.POSITION: 180,
            MemberColumn.ROLE: 160,
            MemberColumn.INFLUENCE: 75,
            MemberColumn.ATTITUDE: 95,
            MemberColumn.REPORTS_TO: 170,
            MemberColumn.BIRTHDAY: 140,
            MemberColumn.LAST_CONTACT: 105,
            # as wide as its longest text, «outdated · 31.12.2025», in the UI language
            MemberColumn.CONSENT: self.table.fontMetrics().horizontalAdvance(
                self.model.outdated_text("31.12.2025")
            )
            + 18,
        }
        set_column_widths(self.table, widths)
        # Consent beside the name: seen at a glance at every window size (the model's column
        # order stays as it is; only the view shows it second).
        header.moveSection(header.visualIndex(MemberColumn.CONSENT), 1)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def _build_layout(self) -> None:
        empty = empty_state_page(
            self.tr(
                "No decision group yet — add the people who decide (executive, HR director, "
                "financier, technical specialist…)."
            ),
            self.empty_add_button,
        )

        top, top_layout = self._list_page([self.new_button, self.delete_button])
        first = top_layout.itemAt(0)  # the row of buttons above the table: the toggle at its end
        buttons = first.layout() if first is not None else None
        if buttons is not None:
            buttons.addWidget(self.consent_filter)

        bottom = QWidget()
        self.editor_title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        title_row = QHBoxLayout()
        title_row.addWidget(self.editor_title, 1)
        title_row.addWidget(self.revert_button)
        title_row.addWidget(self.save_button)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(title_row)
        bottom_layout.addWidget(self.message_label)
        bottom_layout.addWidget(self.editor, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 550])
        self.splitter = splitter
        self._set_pages(empty, splitter, margin=6)  # as the Overview: nothing touches the edge

        self.new_button.clicked.connect(self.new_member)
        self.empty_add_button.clicked.connect(self.new_member)
        self.delete_button.clicked.connect(self.delete_member)
        self.consent_filter.toggled.connect(self._on_consent_filter)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.editor.dirty_changed.connect(lambda _dirty: self._update_buttons())
        self.editor.dirty_changed.connect(self.dirty_changed)

    def _build_actions(self) -> None:
        tab_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        table_only = Qt.ShortcutContext.WidgetShortcut
        self._add_shortcut(self, [QKeySequence("Ctrl+Shift+N")], self.new_member, tab_wide)
        self._add_shortcut(
            self.table, [QKeySequence(Qt.Key.Key_Insert)], self.new_member, table_only
        )
        self._add_shortcut(self, [QKeySequence(QKeySequence.StandardKey.Save)], self.save, tab_wide)
        self._add_shortcut(
            self.table,
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.delete_member,
            table_only,
        )
        self.new_button.setToolTip(self.tr("New member (Ctrl+Shift+N or Ins)"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.delete_button.setToolTip(self.tr("Delete member (Del)"))

    def _update_buttons(self) -> None:
        dirty = self.editor.is_dirty()
        editing = self._is_new or self._current_id() is not None
        self.save_button.setEnabled(editing and (dirty or self._is_new))
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(self._current_id() is not None and not self._is_new)
        self.editor.setEnabled(editing)
        name = self.editor.member().full_name if editing else ""
        if self._is_new:
            title = self.tr("New member")
        elif editing:
            title = name
        else:
            title = self.tr("Select a member to edit")
        if dirty:
            title += " " + self.tr("(unsaved changes)")
        self.editor_title.setText(title)

    # ---- public interface ------------------------------------------------------------------
    def load(self, dossier: Dossier) -> None:
        """Show a client's decision group; keeps the selected member if they are still there."""
        keep = self._current_id() if dossier.client.id == self._client_id else None
        self._client_id = dossier.client.id
        self._is_new = False
        self.editor.set_roles(self.service.roles())
        self.editor.set_tags(self.library.list_tags())
        self._consent_months = self.consent.months()
        self._show_members(dossier.members, keep)

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def shown_versions(self) -> dict[str, int]:
        """Member id → the version this tab shows (the window compares it with the stored)."""
        return {m.id: m.version for m in self._members if m.id}

    def select_member(self, member_id: str) -> None:
        """Show this member in the editor (asks first about unsaved edits of another one)."""
        if member_id != self._current_id() and self._resolve_unsaved():
            self._is_new = False
            self.reveal_member(member_id)
            self._reload(member_id)

    def reveal_member(self, member_id: str) -> int:
        """The table row of this member, turning the consent filter off when it hides them
        (-1: not in this group)."""
        row = self.model.row_of(member_id)
        hidden = row < 0 and any(m.id == member_id for m in self._members)
        if hidden and self.consent_filter.isChecked():
            self.consent_filter.setChecked(False)
            row = self.model.row_of(member_id)
        return row

    def discard_or_save(self) -> bool:
        """Ask Save/Discard/Cancel when there are unsaved edits; False means stay here."""
        return self._resolve_unsaved()

    # ---- members list ------------------------------------------------------------------------
    def _role_labels(self) -> dict[str, str]:
        lang = current_language()
        return {role.code: role.label(lang) for role in self.service.roles()}

    def _show_members(
        self, members: list[Member], select_id: str | None, fallback_row: int = 0
    ) -> None:
        self._members = list(members)
        self.model.set_members(members, self._role_labels(), consent_months=self._consent_months)
        self._update_consent_filter()
        if not members and not self._is_new:
            self.stack.setCurrentIndex(0)
            self._select_row(-1)
            self.editor.load_member(Member("", client_id=self._client_id), [])
            self._update_buttons()
            return
        self.stack.setCurrentIndex(1)
        row = self.model.row_of(select_id)
        if row < 0 and not self._is_new:
            row = min(max(fallback_row, 0), self.model.rowCount() - 1)
        self._select_row(row)
        if row >= 0:
            self._is_new = False
            self.editor.load_member(self.model.member_at(row), self._members)
            if self.consent_filter.isChecked():  # working through the list: to the fields
                QTimer.singleShot(0, self.editor.show_consent_box)
        elif not self._is_new:  # the filter keeps nobody: no card from before stays on show
            self.editor.load_member(Member("", client_id=self._client_id), self._members)
        self._update_buttons()

    def _update_consent_filter(self) -> None:
        count = self.model.missing_consent_count()
        self.consent_filter.setText(self.tr("No consent recorded (%1)").replace("%1", str(count)))

    def _on_consent_filter(self, checked: bool) -> None:
        """Keep only the people with no consent (or show all again), edits settled first."""
        if not self._resolve_unsaved():
            self.consent_filter.blockSignals(True)
            self.consent_filter.setChecked(not checked)
            self.consent_filter.blockSignals(False)
            return
        keep = self._current_id()
        self.model.set_missing_consent_only(checked)
        self._show_members(self._members, keep)

    def _reload(self, select_id: str | None, fallback_row: int = 0) -> None:
        if self._client_id is None:
            return
        self._show_members(self.service.list_members(self._client_id), select_id, fallback_row)

    def _current_id(self) -> str | None:
        row = self._current_row()
        return self.model.member_at(row).id if row >= 0 else None

    def current_member(self) -> tuple[str, str] | None:
        """(id, name) of the saved member selected in the table (None: none, or a new one)."""
        row = self._current_row()
        member = self.model.member_at(row) if row >= 0 else None
        return (member.id, member.full_name) if member is not None and member.id else None

    def _select_row(self, row: int) -> None:
        """Move the table's current row without asking about unsaved edits."""
        self._selecting = True
        try:
            if row < 0:
                self.table.selectionModel().clear()
            else:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._selecting = False

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        target = self.model.member_at(current.row()).id
        previous_id = self.model.member_at(previous.row()).id if previous.isValid() else None
        if self._resolve_unsaved():
            self._is_new = False
            self._reload(target)
        else:
            self._select_row(self.model.row_of(previous_id))

    def _resolve_unsaved(self) -> bool:
        if not self.editor.is_dirty():
            return True
        # A new member is named by what was typed so far: that is the card on screen.
        typed = self.editor.lines["full_name"].text().strip()
        what = self.editor.member().full_name or typed or self.tr("the new member")
        choice = self.prompts.unsaved_changes(self, what)
        if choice == UnsavedChoice.SAVE:
            return self.save()
        if choice == UnsavedChoice.DISCARD:
            self.revert()
            return True
        return False

    # ---- commands ------------------------------------------------------------------------
    def new_member(self) -> None:
        if self._client_id is None or not self._resolve_unsaved():
            return
        self._is_new = True
        self._select_row(-1)
        self.stack.setCurrentIndex(1)
        self.editor.load_member(Member("", client_id=self._client_id), self._members)
        self.message_label.hide()
        self._update_buttons()
        self.editor.lines["full_name"].setFocus()

    def save(self) -> bool:
        """Validate and save the edited member; errors appear next to their fields."""
        if not (self._is_new or self._current_id()):
            return True
        member, local_errors = self.editor.collect()
        self.message_label.hide()
        if local_errors:
            self._show_errors({**member_errors(member), **local_errors})
            return False
        try:
            saved = save_resolving(
                self,
                self.prompts,
                member,
                self.editor.member(),
                self.service.save_member,
                lambda: self.service.get_member(member.saved_id),
                self._conflict_texts,
            )
        except ValidationError as error:
            self._show_errors(error.errors)
            return False
        except KamError as error:
            self.prompts.error(self, self.tr("Cannot save"), str(error))
            return False
        if saved is None:  # the conflict dialog was cancelled: the edits stay in the editor
            self.message_label.setText(
                self.tr("Not saved: someone else changed this person. Your edits are kept here.")
            )
            self.message_label.show()
            return False
        self._is_new = False
        self._reload(saved.id)
        self.changed.emit()
        show_status(self, saved_message(saved.full_name))
        return True

    def _conflict_texts(self, theirs: Member) -> ConflictTexts:
        names = {m.id: m.full_name for m in self._members if m.id} | self._role_labels()
        who = changed_by(self.service.db, theirs.saved_id)
        return ConflictTexts(theirs.full_name, member_field_labels(), who, names)

    def _show_errors(self, errors: dict[str, str]) -> None:
        unplaced = self.editor.show_errors(errors)
        if unplaced:
            self.message_label.setText("\n".join(unplaced.values()))
            self.message_label.show()

    def revert(self) -> None:
        """Throw away unsaved edits: show the stored member again."""
        self.message_label.hide()
        if self._is_new:
            self._is_new = False
            self.editor.load_member(Member("", client_id=self._client_id), self._members)
            self._show_members(self._members, None)
            return
        row = self.model.row_of(self._current_id())
        if row >= 0:
            self.editor.load_member(self.model.member_at(row), self._members)
        self._update_buttons()

    def delete_member(self) -> None:
        current_id = self._current_id()
        if current_id is None or self._is_new:
            return
        member_id: str = current_id  # narrowed for the delete below
        member = self.model.member_at(self.model.row_of(member_id))
        question = self.tr(
            "Delete «%1» from the decision group? Their contacts and family are deleted too. "
            "You can undo this (Ctrl+Z)."
        ).replace("%1", member.full_name)
        texts = DeleteTexts(self.tr("Delete member"), question, self.tr("Cannot delete"))
        # Undo puts the member back with the same id, family, contacts, subordinates, meetings.
        text = QCoreApplication.translate("DecisionGroupTab", "Delete member «%1»")
        self._delete_with_undo(
            texts,
            member_id,
            self.service.delete_member,
            self.service.restore_member,
            lambda _s: text.replace("%1", member.full_name),
            lambda s: self._after_undo_redo(s[0].client_id),
            lambda s: self._after_undo_redo(s[0].client_id, s[0].id),
            saved_id=lambda s: s[0].id,
            # drop unsaved edits of the deleted one before the tab refreshes
            on_deleted=lambda: self.editor.load_member(member, self._members),
        )

    def _refresh_list(self, select_id: str | None = None) -> None:
        if self._client_id is None:
            return
        if self.editor.is_dirty():
            # Keep the user's edits: refresh the table only.
            editing = self._current_id()
            self._members = self.service.list_members(self._client_id)
            self.model.set_members(
                self._members, self._role_labels(), consent_months=self._consent_months
            )
            self._update_consent_filter()
            self._select_row(self.model.row_of(editing))
        else:
            # After a delete the neighbour below takes the deleted member's place.
            self._reload(select_id or self._current_id(), self.table.currentIndex().row())

    def _add_role(self) -> DmuRole | None:
        names = self.prompts.new_role(self)
        if names is None:
            return None
        try:
            role = self.service.add_role(*names)
        except KamError as error:
            self.prompts.error(self, self.tr("Cannot add the role"), str(error))
            return None
        return role
