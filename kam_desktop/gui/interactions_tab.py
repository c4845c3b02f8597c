"""The Interactions tab of a dossier: meetings, calls and letters with the agreed next steps."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QWidget,
)

from kam_desktop.domain.dossier import Dossier, Interaction
from kam_desktop.gui.forms import empty_state_page
from kam_desktop.gui.interaction_dialog import InteractionDialog
from kam_desktop.gui.interaction_model import InteractionColumn, InteractionModel
from kam_desktop.gui.record_list_tab import DeleteTexts, RecordListTab
from kam_desktop.gui.status_messages import interaction_saved_message, show_status
from kam_desktop.gui.tables import set_column_widths
from kam_desktop.services.dossiers import DossierService

log = logging.getLogger(__name__)
FIXED_WIDTHS = {InteractionColumn.DATE: 90, InteractionColumn.KIND: 110, InteractionColumn.DUE: 175}
# Shares of the remaining width; the summary matters most.
TEXT_SHARES = {
    InteractionColumn.PARTICIPANTS: 0.28,
    InteractionColumn.SUMMARY: 0.44,
    InteractionColumn.NEXT_STEP: 0.28,
}
MIN_TEXT_WIDTH = 80  # below that a horizontal scroll bar beats unreadable cells


class InteractionsTab(RecordListTab):
    def __init__(
        self, service: DossierService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(undo_stack, parent)
        self.service = service
        self._people_stale = False  # set by people_changed(); the next show re-reads
        self.model = InteractionModel(self)
        self.new_button = QPushButton(self.tr("New interaction"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.empty_add_button = QPushButton(self.tr("Record an interaction"))
        self.details = QLabel()
        self._build()

    def _build_table(self) -> None:
        header = self._setup_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(InteractionColumn.DATE, Qt.SortOrder.DescendingOrder)
        header.setStretchLastSection(False)
        set_column_widths(self.table, FIXED_WIDTHS)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.edit_interaction())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_text_columns()
        return super().eventFilter(watched, event)

    def _share_text_columns(self) -> None:
        """Give the text columns the width left after date, kind and due: all stays visible."""
        free = self.table.viewport().width() - sum(FIXED_WIDTHS.values())
        for column, share in TEXT_SHARES.items():
            self.table.setColumnWidth(column, max(MIN_TEXT_WIDTH, int(free * share)))

    def _build_layout(self) -> None:
        empty = empty_state_page(
            self.tr(
                "No interactions yet — record meetings, calls and letters with the client's "
                "people and the next step you agreed."
            ),
            self.empty_add_button,
        )

        page, page_layout = self._list_page([self.new_button, self.edit_button, self.delete_button])
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(90)
        page_layout.addWidget(self.details)
        self._set_pages(empty, page, margin=6)  # as the Overview: nothing touches the edge
        self.new_button.clicked.connect(self.new_interaction)
        self.empty_add_button.clicked.connect(self.new_interaction)
        self.edit_button.clicked.connect(self.edit_interaction)
        self.delete_button.clicked.connect(self.delete_interaction)

    def _build_actions(self) -> None:
        shortcuts: list[
            tuple[QWidget, list[QKeySequence], Callable[[], object], Qt.ShortcutContext]
        ] = [
            (
                self,
                [QKeySequence("Ctrl+Shift+N")],
                self.new_interaction,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            ),
            (
                self.table,
                [QKeySequence(Qt.Key.Key_Insert)],
                self.new_interaction,
                Qt.ShortcutContext.WidgetShortcut,
            ),
            (
                self.table,
                [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                self.edit_interaction,
                Qt.ShortcutContext.WidgetShortcut,
            ),
            (
                self.table,
                [QKeySequence(QKeySequence.StandardKey.Delete)],
                self.delete_interaction,
                Qt.ShortcutContext.WidgetShortcut,
            ),
        ]
        for owner, keys, slot, context in shortcuts:
            self._add_shortcut(owner, keys, slot, context)
        self.new_button.setToolTip(self.tr("New interaction (Ctrl+Shift+N or Ins)"))
        self.edit_button.setToolTip(self.tr("Edit the selected interaction (Enter)"))
        self.delete_button.setToolTip(self.tr("Delete the selected interaction (Del)"))

    def _update_buttons(self) -> None:
        current = self._current()
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        self.details.setText(self._details_html(current) if current else self._hint())

    def _hint(self) -> str:
        return self.tr("Select an interaction to read it in full; double-click to edit.")

    def _details_html(self, interaction: Interaction) -> str:
        """The full text of the selected interaction: the table shows one line of each."""
        row = self.model.row_of(interaction.id)

        def cell(column: InteractionColumn) -> str:
            return escape(self.model.data(self.model.index(row, column)) or "")

        lines = [
            f"<b>{cell(InteractionColumn.DATE)} · {cell(InteractionColumn.KIND)}</b>"
            f" — {cell(InteractionColumn.PARTICIPANTS)}",
            escape(interaction.summary).replace("\n", "<br>"),
        ]
        if interaction.next_step:
            step = self.tr("Next step:")
            due = cell(InteractionColumn.DUE)
            color = "#c62828" if self.model.is_overdue(interaction) else "inherit"
            due_html = f' — <span style="color:{color}">{due}</span>' if due else ""
            lines.append(f"<b>{step}</b> {escape(interaction.next_step)}{due_html}")
        return "<br>".join(lines)

    # ---- public interface ------------------------------------------------------------------
    def load(self, dossier: Dossier) -> None:
        keep = self._current_id() if dossier.client.id == self._client_id else None
        self._client_id = dossier.client.id
        self._members = list(dossier.members)
        self._people_stale = False
        self._show(dossier.interactions, keep)

    def people_changed(self) -> None:
        """Members or our team changed (a rename, a delete that drops a participant):
        re-read this client's interactions the next time the tab is shown, not before."""
        self._people_stale = True
        if self.isVisible():
            self._reload(self._current_id())

    def showEvent(self, event: QShowEvent) -> None:
        if self._people_stale:
            self._reload(self._current_id())
        super().showEvent(event)

    def has_unsaved_changes(self) -> bool:
        return False  # edits happen in a modal dialog that saves or cancels on its own

    def shown_versions(self) -> dict[str, int]:
        """Interaction id → the version this tab shows."""
        return self.model.shown_versions()

    def discard_or_save(self) -> bool:
        return True

    # ---- list ------------------------------------------------------------------------------
    def _names(self) -> dict[str, str]:
        names = {m.id: m.full_name for m in self._members if m.id}
        names.update({t.id: t.full_name for t in self.service.team() if t.id})
        return names

    def _show(self, interactions: list[Interaction], select_id: str | None) -> None:
        self.model.set_interactions(interactions, self._names())
        self.stack.setCurrentIndex(1 if interactions else 0)
        row = self.model.row_of(select_id)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _reload(self, select_id: str | None) -> None:
        if self._client_id is None:
            return
        dossier = self.service.get_dossier(self._client_id)  # members + interactions, one read
        self._members = dossier.members
        self._people_stale = False
        self._show(dossier.interactions, select_id)

    def _current(self) -> Interaction | None:
        row = self._current_row()
        return self.model.interaction_at(row) if row >= 0 else None

    # ---- commands ------------------------------------------------------------------------
    def _open_dialog(self, interaction: Interaction) -> None:
        # Fresh lists: people may have been added in the Decision group tab a moment ago.
        self._members = self.service.list_members(interaction.client_id)
        dialog = InteractionDialog(
            self.service, interaction, self._members, self.service.team(), self
        )
        dialog.prompts = self.prompts
        if self.prompts.run_dialog(dialog) and dialog.saved is not None:
            self._reload(dialog.saved.id)
            self.changed.emit()
            show_status(self, interaction_saved_message())
        dialog.deleteLater()

    def new_interaction(self) -> None:
        if self._client_id is not None:
            self._open_dialog(Interaction(client_id=self._client_id, occurred_on=date.today()))

    def edit_interaction(self) -> None:
        current = self._current()
        if current is not None:
            self._open_dialog(replace(current))

    def delete_interaction(self) -> None:
        current = self._current()
        if current is None or current.id is None:
            return
        question = (
            self.tr("Delete the interaction of %1 («%2»)? You can undo this (Ctrl+Z).")
            .replace("%1", current.occurred_on.strftime("%d.%m.%Y"))
            .replace("%2", current.summary[:60])
        )
        texts = DeleteTexts(self.tr("Delete interaction"), question, self.tr("Cannot delete"))
        text = QCoreApplication.translate("InteractionsTab", "Delete interaction of %1")
        self._delete_with_undo(
            texts,
            current.id,
            self.service.delete_interaction,
            self.service.restore_interaction,
            lambda s: text.replace("%1", s.occurred_on.strftime("%d.%m.%Y")),
        )

    def _refresh_list(self, select_id: str | None = None) -> None:
        self._reload(select_id or self._current_id())
