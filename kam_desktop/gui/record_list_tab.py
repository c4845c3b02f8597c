"""The base of the dossier's record-list tabs (Decision group, Interactions, Proposals).

Each of them shows one client's records in a table with buttons above it, an empty-state page
when there are none, keyboard shortcuts, and a delete that asks first and can be undone from the
window's undo stack. ``RecordListTab`` holds that shared part; a tab keeps its columns, its own
commands and its texts (every user-visible string is passed in by the tab, so it stays in the
tab's translation context).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import Member
from kam_desktop.domain.errors import KamError
from kam_desktop.gui.dossier_prompts import Prompts
from kam_desktop.gui.undo import DeletionCommand

Snapshot = TypeVar("Snapshot")


@dataclass(frozen=True)
class DeleteTexts:
    """What a delete says, in the tab's own words (and translation context)."""

    title: str  # of the confirmation
    question: str  # names the record and says it can be undone
    error_title: str  # when the service refuses


class RecordListTab(QWidget):
    """A client's records in a table: selection, buttons, empty state, delete with undo."""

    changed = Signal()  # records were stored or deleted: the window refreshes what shows them

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.prompts = Prompts()
        self._client_id: str | None = None
        self._members: list[Member] = []
        self.table = QTableView()
        self.stack = QStackedWidget()

    # ---- building --------------------------------------------------------------------------
    def _build(self) -> None:
        """Called by a tab at the end of its ``__init__``, once its widgets exist."""
        self._build_table()
        self._build_layout()
        self._build_actions()
        self._update_buttons()

    def _build_table(self) -> None:
        raise NotImplementedError

    def _build_layout(self) -> None:
        raise NotImplementedError

    def _build_actions(self) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _setup_table(self, model: QAbstractItemModel) -> QHeaderView:
        """One row selected at a time, read-only cells, no row numbers; returns the header."""
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return header

    def _list_page(self, buttons: Sequence[QPushButton]) -> tuple[QWidget, QVBoxLayout]:
        """The buttons in a row above the table; the layout is returned to add more below."""
        page = QWidget()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(row)
        page_layout.addWidget(self.table, 1)
        return page, page_layout

    def _set_pages(self, empty: QWidget, records: QWidget, margin: int = 6) -> None:
        """The empty state and the list as the stack's first two pages, filling the tab."""
        self.stack.addWidget(empty)
        self.stack.addWidget(records)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.stack)

    def _add_shortcut(
        self,
        owner: QWidget,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
    ) -> QAction:
        action = QAction(owner)
        action.setShortcuts(keys)
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        return action

    # ---- selection -------------------------------------------------------------------------
    def _current_row(self) -> int:
        """The table's current row, -1 when there is none."""
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def _current(self) -> Any:
        """The record in the current row (None when there is none)."""
        raise NotImplementedError

    def _current_id(self) -> str | None:
        current = self._current()
        return current.id if current else None

    # ---- refresh -------------------------------------------------------------------------
    def _refresh_list(self, select_id: str | None = None) -> None:
        """Read the client's records again; select ``select_id`` (None: keep the current)."""
        raise NotImplementedError

    def _after_undo_redo(self, client_id: str, select_id: str | None = None) -> None:
        """An undo or redo changed a record of ``client_id``: refresh if it is shown here."""
        if client_id == self._client_id:
            self._refresh_list(select_id)
        self.changed.emit()

    # ---- delete with undo ------------------------------------------------------------------
    def _delete_with_undo(
        self,
        texts: DeleteTexts,
        record_id: str,
        delete: Callable[[str], Any],
        restore: Callable[[Any], Any],
        undo_text: Callable[[Any], str],
        after_redo: Callable[[Any], None] | None = None,
        after_undo: Callable[[Any], None] | None = None,
        saved_id: Callable[[Any], str] = lambda snapshot: snapshot.id,
        on_deleted: Callable[[], object] | None = None,
    ) -> bool:
        """Ask, delete ``record_id``, then offer the undo; False when nothing was deleted.

        ``after_redo``/``after_undo`` default to refreshing the snapshot's client
        (``_after_undo_redo``); ``saved_id`` finds the id in the snapshot for a redo;
        ``on_deleted`` runs after the delete and before the undo command refreshes the tab.
        """
        refresh: Callable[[Any], None] = lambda snapshot: self._after_undo_redo(  # noqa: E731
            snapshot.client_id
        )
        snapshot = self._confirmed_delete(
            texts.title, texts.question, texts.error_title, lambda: delete(record_id)
        )
        if snapshot is None:
            return False
        if on_deleted is not None:
            on_deleted()
        self._push_deletion(
            undo_text(snapshot),
            snapshot,
            lambda s: delete(saved_id(s)),
            restore,
            after_redo or refresh,
            after_undo or refresh,
        )
        return True

    def _confirmed_delete(
        self,
        title: str,
        question: str,
        error_title: str,
        delete: Callable[[], Snapshot],
    ) -> Snapshot | None:
        """Ask ``question``; on yes delete and return the snapshot undo puts back (None: not)."""
        if not self.prompts.confirm(self, title, question):
            return None
        try:
            return delete()
        except KamError as error:
            self.prompts.error(self, error_title, str(error))
            return None

    def _push_deletion(
        self,
        text: str,
        snapshot: Any,
        delete: Callable[[Any], Any],
        restore: Callable[[Any], Any],
        after_redo: Callable[[Any], None],
        after_undo: Callable[[Any], None],
    ) -> None:
        """Put the done delete on the undo stack (its first redo only refreshes).

        The snapshot is typed loosely: each tab's snapshot is its own (a member with family and
        contacts, an interaction, a proposal) and saved records' ids are still ``str | None``.
        """
        command: DeletionCommand[Any] = DeletionCommand(
            text, snapshot, delete, restore, after_redo, after_undo
        )
        self.undo_stack.push(command)
