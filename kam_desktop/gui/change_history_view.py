"""The dossier's «Change history» tab: who changed which fields of which record, and when.

It reads a page of the change log (``ChangeHistoryService``, newest first) when the tab is
shown or the dossier changed while it is shown; «Show more» reads the next page. Fields are
named with the forms' own labels, so the history speaks the words the user edits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.change_log import (
    HISTORY_PAGE,
    ChangeAction,
    ChangeEntry,
    EntityKind,
)
from kam_desktop.domain.dossier import Dossier
from kam_desktop.domain.enums import InteractionKind
from kam_desktop.gui.dossier_labels import DATE_FORMAT, interaction_kind_label
from kam_desktop.gui.forms import HINT_STYLE, to_qdate
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.tables import record_table, stretch_columns
from kam_desktop.local_settings import user_name
from kam_desktop.services.change_history import ChangeHistoryService
from kam_desktop.services.database import Database

SUMMARY_CHARS = 60  # of an interaction's summary, to tell it from others of the same day


def field_labels(kind: EntityKind) -> dict[str, str]:
    """The label each form gives a field, without its «:» and «*»."""
    from kam_desktop.gui.interaction_dialog import interaction_field_labels
    from kam_desktop.gui.member_editor import member_field_labels
    from kam_desktop.gui.overview_tab import client_field_labels

    labels = {
        EntityKind.CLIENT: client_field_labels,
        EntityKind.MEMBER: member_field_labels,
        EntityKind.INTERACTION: interaction_field_labels,
        EntityKind.PROPOSAL: proposal_field_labels,
    }[kind]()
    labels.setdefault(
        "next_step_done_on", QCoreApplication.translate("ChangeHistory", "Next step done")
    )
    return {name: text.rstrip(":").rstrip("*").strip() for name, text in labels.items()}


def proposal_field_labels() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("ChangeHistory", "Title"),
        "issue_date": QCoreApplication.translate("ChangeHistory", "Issue date"),
        "valid_until": QCoreApplication.translate("ChangeHistory", "Valid until"),
        "language": QCoreApplication.translate("ChangeHistory", "Document language"),
        "currency": QCoreApplication.translate("ChangeHistory", "Currency"),
        "status": QCoreApplication.translate("ChangeHistory", "Status"),
        "addressee_ids": QCoreApplication.translate("ChangeHistory", "Addressees"),
        "line_items": QCoreApplication.translate("ChangeHistory", "Items and prices"),
        "financials": QCoreApplication.translate("ChangeHistory", "Financial result"),
        "team_member_ids": QCoreApplication.translate("ChangeHistory", "Our team"),
        "business_understanding": QCoreApplication.translate(
            "ChangeHistory", "Understanding of the business"
        ),
        "goals": QCoreApplication.translate("ChangeHistory", "Goals"),
        "vat_mode": QCoreApplication.translate("ChangeHistory", "VAT"),
        "payment_terms": QCoreApplication.translate("ChangeHistory", "Payment"),
        "delivery_terms": QCoreApplication.translate("ChangeHistory", "Delivery"),
        "warranty": QCoreApplication.translate("ChangeHistory", "Warranty"),
        "signatory_id": QCoreApplication.translate("ChangeHistory", "Signatory"),
        "tailoring": QCoreApplication.translate("ChangeHistory", "Tailoring"),
        "sent_on": QCoreApplication.translate("ChangeHistory", "Sent on"),
    }


def fields_in_words(kind: EntityKind, fields: list[str]) -> str:
    labels = field_labels(kind)
    words: list[str] = []
    for name in fields:
        word = labels.get(name, name.replace("_", " "))
        if word not in words:  # amount and currency share one label
            words.append(word)
    return ", ".join(words)


def author_text(entry: ChangeEntry) -> str:
    name = entry.author or QCoreApplication.translate("ChangeHistory", "name not set")
    if entry.by_import:
        return QCoreApplication.translate("ChangeHistory", "%1 (import)").replace("%1", name)
    return name


def action_text(action: ChangeAction) -> str:
    return {
        ChangeAction.CREATED: QCoreApplication.translate("ChangeHistory", "created"),
        ChangeAction.CHANGED: QCoreApplication.translate("ChangeHistory", "changed"),
        ChangeAction.DELETED: QCoreApplication.translate("ChangeHistory", "deleted"),
    }[action]


def record_text(entry: ChangeEntry) -> str:
    """The client / the person's name / the interaction's date and subject / the proposal."""
    name = entry.record
    if entry.kind is EntityKind.CLIENT:
        return QCoreApplication.translate("ChangeHistory", "Client: %1").replace(
            "%1", name.text or "—"
        )
    if entry.kind is EntityKind.PROPOSAL:
        if not name.text:
            return QCoreApplication.translate("ChangeHistory", "a deleted proposal")
        return QCoreApplication.translate("ChangeHistory", "Proposal %1").replace("%1", name.text)
    if entry.kind is EntityKind.MEMBER:
        return name.text or QCoreApplication.translate("ChangeHistory", "a deleted person")
    if name.on is None:
        return QCoreApplication.translate("ChangeHistory", "a deleted interaction")
    when = to_qdate(name.on).toString(DATE_FORMAT)
    try:
        kind = interaction_kind_label(InteractionKind(name.kind))
    except ValueError:
        kind = name.kind
    first_line = name.text.splitlines()[0] if name.text else ""
    if len(first_line) > SUMMARY_CHARS:
        first_line = first_line[: SUMMARY_CHARS - 1] + "…"
    return f"{when}, {kind}: {first_line}" if first_line else f"{when}, {kind}"


def local_time(entry: ChangeEntry) -> str:
    """The moment in this computer's time zone (stored in UTC), as the dossier writes dates."""
    return entry.changed_at.astimezone().strftime("%d.%m.%Y %H:%M")


class ChangeHistoryTab(QWidget):
    changed = Signal()  # the tab protocol of the dossier's tabs; the history itself edits nothing

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ChangeHistoryService(db)
        self._client_id: str | None = None
        self._stale = True  # read again when next shown
        self._shown = 0
        self.table = record_table(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Record"),
                self.tr("Action"),
                self.tr("Fields"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # When, who and the action fit their text; the record and the fields share the rest,
        # so nothing is cut off at 1024 px.
        stretch_columns(self.table, fit=(0, 1, 3))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.name_hint = plain(QLabel())
        self.name_hint.setWordWrap(True)
        self.name_hint.setStyleSheet(HINT_STYLE)
        self.count_label = plain(QLabel())
        self.count_label.setStyleSheet(HINT_STYLE)
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.clicked.connect(self.show_more)
        self.empty_label = QLabel(
            self.tr(
                "No changes recorded yet. Every save of this client, its people, interactions "
                "and proposals will appear here: when, who, which record and which fields."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(HINT_STYLE + " font-size: 14px;")
        self.empty_label.setMaximumWidth(620)
        empty = QWidget()
        empty_layout = QHBoxLayout(empty)
        empty_layout.addWidget(self.empty_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.table)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.name_hint)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ChangeHistoryTab", "Change history")

    # ---- the dossier's tab protocol ------------------------------------------------------
    def load(self, dossier: Dossier) -> None:
        self._client_id = dossier.client.id
        self.refresh()

    def refresh(self) -> None:
        """Something was saved: read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._read()

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_or_save(self) -> bool:
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._read()

    # ---- reading -------------------------------------------------------------------------
    def _read(self) -> None:
        self._stale = False
        self._update_name_hint()
        self.table.setRowCount(0)
        self._shown = 0
        self._total = 0
        if self._client_id is not None:
            self._append(0)
        self._update_footer()

    def show_more(self) -> None:
        if self._client_id is not None:
            self._append(self._shown)
            self._update_footer()

    def _append(self, offset: int) -> None:
        assert self._client_id is not None
        page = self.service.page(self._client_id, HISTORY_PAGE, offset)
        self._total = page.total
        for entry in page.entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = (
                local_time(entry),
                author_text(entry),
                record_text(entry),
                action_text(entry.action),
                fields_in_words(entry.kind, entry.fields),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._shown += len(page.entries)

    def _update_footer(self) -> None:
        self.stack.setCurrentIndex(1 if self._shown else 0)
        self.more_button.setVisible(self._shown < self._total)
        self.count_label.setText(
            self.tr("Showing %1 of %2 changes, newest first.")
            .replace("%1", str(self._shown))
            .replace("%2", str(self._total))
            if self._shown
            else ""
        )

    def _update_name_hint(self) -> None:
        missing = not user_name()
        self.name_hint.setText(
            self.tr(
                "Your own edits are signed «name not set»: enter your name in the team in "
                "File → Settings."
            )
            if missing
            else ""
        )
        self.name_hint.setVisible(missing)
