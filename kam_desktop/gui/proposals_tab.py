"""The Proposals tab of a dossier: the client's proposals, and the editor opened in place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.documents.formatting import Formatter
from kam_desktop.domain.dossier import Dossier, Member
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.proposal import Proposal, ProposalStatus, ProposalSummary
from kam_desktop.gui.forms import HINT_STYLE
from kam_desktop.gui.plain_text import as_text
from kam_desktop.gui.proposal_editor import ProposalEditor
from kam_desktop.gui.proposal_send import TabSending
from kam_desktop.gui.proposal_status import EXPIRED_COLOR, status_text
from kam_desktop.gui.record_list_tab import DeleteTexts, RecordListTab
from kam_desktop.gui.record_table_model import ModelIndex, RecordTableModel
from kam_desktop.gui.tables import set_column_widths
from kam_desktop.i18n import current_language
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.proposals import ProposalService

log = logging.getLogger(__name__)


class ProposalColumn(IntEnum):
    NUMBER = 0
    STATUS = 1
    ADDRESSEES = 2
    TOTAL = 3
    VALID_UNTIL = 4


class ProposalListModel(RecordTableModel[ProposalSummary]):
    """The latest revision of each proposal, newest first (ordered by the service)."""

    columns = ProposalColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fmt = Formatter(current_language())

    def set_rows(self, rows: list[ProposalSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary_at(self, row: int) -> ProposalSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            ProposalColumn.NUMBER: QCoreApplication.translate("ProposalsTab", "Number"),
            ProposalColumn.STATUS: QCoreApplication.translate("ProposalsTab", "Status"),
            ProposalColumn.ADDRESSEES: QCoreApplication.translate("ProposalsTab", "Addressees"),
            ProposalColumn.TOTAL: QCoreApplication.translate("ProposalsTab", "Total"),
            ProposalColumn.VALID_UNTIL: QCoreApplication.translate("ProposalsTab", "Valid until"),
        }
        return titles.get(ProposalColumn(section))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.summary_at(index.row())
        if row is None:
            return None
        column = ProposalColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ProposalColumn.ADDRESSEES:
                return as_text("\n".join(f"{a.name} — {a.position}" for a in row.addressees))
            if column == ProposalColumn.NUMBER and row.title:
                return as_text(row.title)
            if column == ProposalColumn.STATUS and row.is_expired:
                return QCoreApplication.translate(
                    "ProposalsTab", "The validity date has passed and the offer is still open."
                )
        expired_cell = column in (ProposalColumn.STATUS, ProposalColumn.VALID_UNTIL)
        if role == Qt.ItemDataRole.ForegroundRole and row.is_expired and expired_cell:
            return QBrush(QColor(EXPIRED_COLOR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ProposalColumn.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ProposalSummary, column: ProposalColumn) -> str:
        if column == ProposalColumn.NUMBER:
            return row.number if row.revision <= 1 else f"{row.number}/{row.revision}"
        if column == ProposalColumn.STATUS:
            return status_text(row.status, row.is_expired)
        if column == ProposalColumn.ADDRESSEES:
            return ", ".join(a.name for a in row.addressees)
        if column == ProposalColumn.TOTAL:
            return self._fmt.money(row.total, row.currency)
        return row.valid_until.strftime("%d.%m.%Y")


def _services(service_or_services: object) -> tuple[ProposalService, DossierService]:
    """Accept a DossierService (as the other tabs get), a ProposalService, or both as a pair."""
    if isinstance(service_or_services, tuple):
        first, second = service_or_services
        proposals = first if isinstance(first, ProposalService) else second
        dossiers = first if isinstance(first, DossierService) else second
        return proposals, dossiers
    if isinstance(service_or_services, ProposalService):
        return service_or_services, DossierService(service_or_services.db)
    if isinstance(service_or_services, DossierService):
        return ProposalService(service_or_services.db), service_or_services
    raise TypeError(f"unexpected service {service_or_services!r}")


class ProposalsTab(RecordListTab):
    dirty_changed = Signal(bool)  # the open proposal has unsaved edits (tab title gets «•»)
    editing_changed = Signal(bool)  # the editor replaced the list, or the list is back

    @staticmethod
    def title() -> str:
        """The dossier tab's caption (translated in this area's catalogue)."""
        return QCoreApplication.translate("ProposalsTab", "Proposals")

    def __init__(
        self,
        service_or_services: object,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(undo_stack, parent)
        self.service, self.dossiers = _services(service_or_services)
        self.settings = settings  # the editor remembers its split and last folder there
        self.today: Callable[[], date] = date.today
        self.model = ProposalListModel(self)
        self.new_button = QPushButton(self.tr("New proposal"))
        self.open_button = QPushButton(self.tr("Open"))
        self.duplicate_button = QPushButton(self.tr("Duplicate as new draft"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.empty_new_button = QPushButton(self.tr("Prepare a proposal"))
        self._editor: ProposalEditor | None = None
        self.stack.currentChanged.connect(lambda _i: self.editing_changed.emit(self.is_editing()))
        self._build()

    # ---- building --------------------------------------------------------------------------
    def _build_table(self) -> None:
        header = self._setup_table(self.model)
        header.setSectionResizeMode(ProposalColumn.ADDRESSEES, QHeaderView.ResizeMode.Stretch)
        widths = {
            ProposalColumn.NUMBER: 130,
            ProposalColumn.STATUS: 170,
            ProposalColumn.TOTAL: 150,
            ProposalColumn.VALID_UNTIL: 100,
        }
        set_column_widths(self.table, widths)
        header.moveSection(ProposalColumn.TOTAL, ProposalColumn.VALID_UNTIL)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def _build_layout(self) -> None:
        empty = QWidget()
        text = QLabel(
            self.tr(
                "No proposals for this client yet. A proposal is argued for its addressees: "
                "pick them from the decision group, add products and prices, and watch the PDF "
                "take shape."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet(HINT_STYLE)
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(12)
        empty_layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        page, page_layout = self._list_page(
            [self.new_button, self.open_button, self.duplicate_button, self.delete_button]
        )
        self.sending = TabSending(self, page_layout)
        self._set_pages(empty, page, margin=0)  # the editor opened in place uses the full tab
        self.new_button.clicked.connect(self.new_proposal)
        self.empty_new_button.clicked.connect(self.new_proposal)
        self.open_button.clicked.connect(self.open_current)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button.clicked.connect(self.delete_current)

    def _build_actions(self) -> None:
        for keys, slot in (
            ([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)], self.open_current),
            ([QKeySequence(QKeySequence.StandardKey.Delete)], self.delete_current),
        ):
            self._add_shortcut(self.table, keys, slot)
        self.delete_button.setToolTip(self.tr("Delete the selected draft (Del); you can undo it"))
        self.duplicate_button.setToolTip(
            self.tr("Copy the selected proposal into a new draft with a new number")
        )

    @property
    def editor(self) -> ProposalEditor:
        """Built on first use: the preview loads QtPdf, which the list does not need."""
        if self._editor is None:
            self._editor = ProposalEditor(self.service, self.dossiers, self.settings)
            self._editor.saved.connect(self._on_editor_saved)
            self._editor.back_requested.connect(self.show_list)
            self._editor.dirty_changed.connect(self.dirty_changed)
            self.stack.addWidget(self._editor)
        return self._editor

    # ---- public interface ------------------------------------------------------------------
    def load(self, dossier: Dossier) -> None:
        if dossier.client.id != self._client_id and self.is_editing():
            self.stack.setCurrentIndex(0)  # another client: back to its list (refresh decides)
        self._client_id = dossier.client.id
        self._members = list(dossier.members)
        self.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.is_editing() and self.editor.has_unsaved_changes()

    def discard_or_save(self) -> bool:
        return self.editor.discard_or_save() if self.is_editing() else True

    def is_editing(self) -> bool:
        return self._editor is not None and self.stack.currentWidget() is self._editor

    # ---- list ------------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        if self._client_id is None:
            return
        select_id = select_id or self._current_id()
        rows = self.service.list_proposals(self._client_id, today=self.today())
        self.model.set_rows(rows)
        if not self.is_editing():
            self.stack.setCurrentIndex(1 if rows else 0)
        row = self.model.row_of(select_id)
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _current(self) -> ProposalSummary | None:
        row = self._current_row()
        return self.model.summary_at(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        current = self._current()
        self.open_button.setEnabled(current is not None)
        self.duplicate_button.setEnabled(current is not None)
        self.delete_button.setEnabled(
            current is not None and current.status == ProposalStatus.DRAFT
        )
        self.sending.update(current)  # «Send…», «Re-quote…», the follow-up list

    def show_list(self) -> None:
        if self.is_editing() and not self.editor.discard_or_save():
            return
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.refresh(self._editor.proposal_id if self._editor else None)

    # ---- commands --------------------------------------------------------------------------
    def _fresh_members(self) -> list[Member]:
        # People may have been added in the Decision group tab a moment ago.
        if self._client_id is not None:
            self._members = self.dossiers.list_members(self._client_id)
        return self._members

    def _edit(self, proposal: Proposal) -> None:
        editor = self.editor
        editor.load(proposal, self._fresh_members())
        self.stack.setCurrentWidget(editor)

    def new_proposal(self) -> None:
        if self._client_id is None:
            return
        try:
            proposal = self.service.new_proposal(self._client_id, language=current_language())
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot create a proposal"), str(exc))
            return
        self._edit(proposal)

    def open_current(self) -> None:
        current = self._current()
        if current is not None:
            self.open_proposal(current.id)

    def open_proposal(self, proposal_id: str) -> None:
        try:
            proposal = self.service.get(proposal_id)
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot open the proposal"), str(exc))
            self.refresh()
            return
        self._edit(proposal)

    def duplicate_current(self) -> None:
        current = self._current()
        if current is None:
            return
        try:
            copy = self.service.duplicate(current.id, issue_date=self.today())
        except KamError as exc:
            self.prompts.error(self, self.tr("Cannot duplicate"), str(exc))
            return
        self.refresh(copy.id)
        self.changed.emit()
        self._edit(copy)

    def delete_current(self) -> None:
        current = self._current()
        if current is None:
            return
        if current.status != ProposalStatus.DRAFT:
            self.prompts.error(
                self,
                self.tr("Cannot delete"),
                self.tr("Only drafts can be deleted; a sent proposal stays on record."),
            )
            return
        number = current.number if current.revision <= 1 else f"{current.number}/{current.revision}"
        question = self.tr("Delete the draft proposal %1? You can undo this (Ctrl+Z).").replace(
            "%1", number
        )
        texts = DeleteTexts(self.tr("Delete proposal"), question, self.tr("Cannot delete"))
        text = QCoreApplication.translate("ProposalsTab", "Delete proposal %1")
        self._delete_with_undo(
            texts,
            current.id,
            self.service.delete,
            self.service.restore,
            lambda s: text.replace("%1", s.display_number),
        )

    def _refresh_list(self, select_id: str | None = None) -> None:
        self.refresh(select_id)

    def _on_editor_saved(self, proposal: Proposal) -> None:
        self.refresh(proposal.id)
        self.changed.emit()
