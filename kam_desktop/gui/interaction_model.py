"""Table model of a client's interactions, newest first; sorts itself (no proxy model)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from kam_desktop.domain.dossier import Interaction
from kam_desktop.gui.dossier_labels import OVERDUE_COLOR, format_date, interaction_kind_label
from kam_desktop.gui.plain_text import as_text
from kam_desktop.gui.record_table_model import ModelIndex, RecordTableModel

INTERACTION_ID_ROLE = Qt.ItemDataRole.UserRole


class InteractionColumn(IntEnum):
    DATE = 0
    KIND = 1
    PARTICIPANTS = 2
    SUMMARY = 3
    NEXT_STEP = 4
    DUE = 5


class InteractionModel(RecordTableModel[Interaction]):
    columns = InteractionColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._today = date.today()
        self._sort = (InteractionColumn.DATE, Qt.SortOrder.DescendingOrder)

    def set_interactions(
        self, interactions: list[Interaction], names: dict[str, str], today: date | None = None
    ) -> None:
        """``names`` maps member and team-member ids to the names shown as participants."""
        self.beginResetModel()
        self._rows = list(interactions)
        self._names = dict(names)
        self._today = today or date.today()
        self._sort_rows()
        self.endResetModel()

    def interaction_at(self, row: int) -> Interaction:
        return self._rows[row]

    def shown_versions(self) -> dict[str, int]:
        return {i.id: i.version for i in self._rows if i.id}

    def is_overdue(self, interaction: Interaction) -> bool:
        return interaction.next_step_due is not None and interaction.next_step_due < self._today

    def participants(self, interaction: Interaction) -> str:
        ids = interaction.member_ids + interaction.team_member_ids
        return ", ".join(self._names[i] for i in ids if i in self._names)

    # ---- QAbstractTableModel --------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Participants"),
            self.tr("Summary"),
            self.tr("Next step"),
            self.tr("Due"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        interaction = self._rows[index.row()]
        column = InteractionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(interaction, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            InteractionColumn.SUMMARY,
            InteractionColumn.NEXT_STEP,
            InteractionColumn.PARTICIPANTS,
        ):
            return as_text(self._display(interaction, column))
        if role == Qt.ItemDataRole.ForegroundRole and column == InteractionColumn.DUE:
            return OVERDUE_COLOR if self.is_overdue(interaction) else None
        if role == INTERACTION_ID_ROLE:
            return interaction.id
        return None

    def _display(self, interaction: Interaction, column: InteractionColumn) -> str:
        if column == InteractionColumn.DATE:
            return format_date(interaction.occurred_on)
        if column == InteractionColumn.KIND:
            return interaction_kind_label(interaction.kind)
        if column == InteractionColumn.PARTICIPANTS:
            return self.participants(interaction)
        if column == InteractionColumn.SUMMARY:
            return " ".join(interaction.summary.split())
        if column == InteractionColumn.NEXT_STEP:
            return " ".join(interaction.next_step.split())
        due = format_date(interaction.next_step_due)
        return self.tr("%1 (overdue)").replace("%1", due) if self.is_overdue(interaction) else due

    def _sort_key(self, column: int) -> Callable[[Interaction], Any]:
        if column == InteractionColumn.DATE:
            return lambda i: i.occurred_on
        if column == InteractionColumn.DUE:
            return lambda i: i.next_step_due or date.min
        return lambda i: (self._display(i, InteractionColumn(column)).casefold(), i.occurred_on)
