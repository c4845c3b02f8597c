"""The import preview: every record of a .kamdossier file grouped by client, what it adds or
changes, and a per-conflict choice (keep mine / take theirs / keep both).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.forms import HINT_STYLE, dialog_buttons
from kam_desktop.gui.plain_text import as_text, plain

log = logging.getLogger(__name__)

MAX_GROUP_ROWS_EXPANDED = 200  # groups with conflicts open at once; others fill in on expand
MAX_REFUSALS_SHOWN = 5

CHANGE_COLORS = {"add": "#1e7e34", "update": "#1a5fb4", "conflict": "#b35c00", "skip": "#5f6368"}
CONFLICT_BACKGROUND = "#fff4e5"
REFUSED_STYLE = "color: #b00020; background: #fdecea; padding: 6px; border-radius: 3px;"
NOTICE_STYLE = "color: #1a3d6d; background: #e8f0fe; padding: 6px; border-radius: 3px;"


def _local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return stamp.toString("dd.MM.yyyy HH:mm")


# ---- import preview ----------------------------------------------------------------------
RecordRole = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex
GroupRole = Qt.ItemDataRole.UserRole + 1
RECORD, CHANGE, DETAILS, CHOICE = range(4)


def kind_label(kind: str) -> str:
    return {
        "client": QCoreApplication.translate("Exchange", "Client"),
        "member": QCoreApplication.translate("Exchange", "DMU member"),
        "interaction": QCoreApplication.translate("Exchange", "Interaction"),
        "team_member": QCoreApplication.translate("Exchange", "Our team"),
        "company": QCoreApplication.translate("Exchange", "Our company"),
        "role": QCoreApplication.translate("Exchange", "DMU role"),
        "proposal": QCoreApplication.translate("Exchange", "Proposal"),
        "catalogue_item": QCoreApplication.translate("Exchange", "Catalogue item"),
        "similar_project": QCoreApplication.translate("Exchange", "Similar project"),
        "argument_block": QCoreApplication.translate("Exchange", "Argument block"),
    }.get(kind, kind)


def field_label(name: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Exchange", "name"),
        "full_name": QCoreApplication.translate("Exchange", "name"),
        "legal_name": QCoreApplication.translate("Exchange", "legal name"),
        "tax_id": QCoreApplication.translate("Exchange", "tax ID"),
        "industry": QCoreApplication.translate("Exchange", "industry"),
        "region": QCoreApplication.translate("Exchange", "region"),
        "address": QCoreApplication.translate("Exchange", "address"),
        "website": QCoreApplication.translate("Exchange", "website"),
        "status": QCoreApplication.translate("Exchange", "status"),
        "tags": QCoreApplication.translate("Exchange", "tags"),
        "annual_revenue": QCoreApplication.translate("Exchange", "revenue"),
        "revenue_currency": QCoreApplication.translate("Exchange", "revenue"),
        "sales_share_pct": QCoreApplication.translate("Exchange", "share of our sales"),
        "strategy": QCoreApplication.translate("Exchange", "strategy"),
        "weak_points": QCoreApplication.translate("Exchange", "weak points"),
        "growth_areas": QCoreApplication.translate("Exchange", "growth areas"),
        "buying_process": QCoreApplication.translate("Exchange", "buying process"),
        "competitors": QCoreApplication.translate("Exchange", "competitors"),
        "reliability": QCoreApplication.translate("Exchange", "reliability check"),
        "tenders": QCoreApplication.translate("Exchange", "tenders"),
        "position": QCoreApplication.translate("Exchange", "position"),
        "department": QCoreApplication.translate("Exchange", "department"),
        "role": QCoreApplication.translate("Exchange", "role"),
        "influence": QCoreApplication.translate("Exchange", "influence"),
        "attitude": QCoreApplication.translate("Exchange", "attitude"),
        "decision_style": QCoreApplication.translate("Exchange", "decision style"),
        "reports_to": QCoreApplication.translate("Exchange", "reports to"),
        "contacts": QCoreApplication.translate("Exchange", "contacts"),
        "preferred_channel": QCoreApplication.translate("Exchange", "preferred channel"),
        "preferred_time": QCoreApplication.translate("Exchange", "preferred time"),
        "birthday": QCoreApplication.translate("Exchange", "birthday"),
        "family": QCoreApplication.translate("Exchange", "family"),
        "hobbies": QCoreApplication.translate("Exchange", "hobbies"),
        "values": QCoreApplication.translate("Exchange", "values"),
        "likes": QCoreApplication.translate("Exchange", "likes"),
        "dislikes": QCoreApplication.translate("Exchange", "dislikes"),
        "topics_to_avoid": QCoreApplication.translate("Exchange", "topics to avoid"),
        "notes": QCoreApplication.translate("Exchange", "notes"),
        "last_contact_on": QCoreApplication.translate("Exchange", "last contact"),
        "consent": QCoreApplication.translate("Exchange", "consent"),
        "occurred_on": QCoreApplication.translate("Exchange", "date"),
        "kind": QCoreApplication.translate("Exchange", "kind"),
        "summary": QCoreApplication.translate("Exchange", "summary"),
        "participants": QCoreApplication.translate("Exchange", "participants"),
        "next_step": QCoreApplication.translate("Exchange", "next step"),
        "next_step_due": QCoreApplication.translate("Exchange", "next step date"),
        "phone": QCoreApplication.translate("Exchange", "phone"),
        "email": QCoreApplication.translate("Exchange", "e-mail"),
        "requisites": QCoreApplication.translate("Exchange", "requisites"),
        "logo": QCoreApplication.translate("Exchange", "logo"),
        "number": QCoreApplication.translate("Exchange", "number"),
        "title": QCoreApplication.translate("Exchange", "title"),
        "valid_until": QCoreApplication.translate("Exchange", "validity date"),
        "lines": QCoreApplication.translate("Exchange", "lines"),
        "total": QCoreApplication.translate("Exchange", "total"),
        "currency": QCoreApplication.translate("Exchange", "currency"),
        "discount_pct": QCoreApplication.translate("Exchange", "discount"),
        "vat_pct": QCoreApplication.translate("Exchange", "VAT"),
        "addressee_ids": QCoreApplication.translate("Exchange", "addressees"),
        "argument_ids": QCoreApplication.translate("Exchange", "arguments"),
        "project_ids": QCoreApplication.translate("Exchange", "similar projects"),
        "referee_ids": QCoreApplication.translate("Exchange", "referees"),
        "team_member_ids": QCoreApplication.translate("Exchange", "preparing team"),
        "issue_date": QCoreApplication.translate("Exchange", "date"),
        "sent_on": QCoreApplication.translate("Exchange", "sent on"),
        "description": QCoreApplication.translate("Exchange", "description"),
        "price": QCoreApplication.translate("Exchange", "price"),
        "unit_price": QCoreApplication.translate("Exchange", "price"),
        "body": QCoreApplication.translate("Exchange", "text"),
        "results": QCoreApplication.translate("Exchange", "results"),
        "language": QCoreApplication.translate("Exchange", "language"),
    }
    return labels.get(name, name.replace("_", " "))


def fields_text(fields: list[str]) -> str:
    return ", ".join(dict.fromkeys(field_label(f) for f in fields))


def includes_text(includes: dict[str, int] | None) -> str:
    """What comes with a new client: «with 4 people, 6 interactions, 1 proposal»."""
    if not includes:
        return ""
    texts = {
        "member": QCoreApplication.translate("Exchange", "people: {n}"),
        "interaction": QCoreApplication.translate("Exchange", "interactions: {n}"),
        "proposal": QCoreApplication.translate("Exchange", "proposals: {n}"),
    }
    parts = [
        texts.get(kind, f"{kind}: {{n}}").format(n=count)
        for kind, count in includes.items()
        if count
    ]
    return ", ".join(parts)


def change_label(change: str) -> str:
    return {
        "add": QCoreApplication.translate("Exchange", "New"),
        "update": QCoreApplication.translate("Exchange", "Newer in the file"),
        "conflict": QCoreApplication.translate("Exchange", "Changed on both sides"),
        "skip": QCoreApplication.translate("Exchange", "Older than yours"),
    }.get(change, change)


def resolution_label(resolution: str | None) -> str:
    return {
        "keep-mine": QCoreApplication.translate("Exchange", "Keep mine"),
        "take-theirs": QCoreApplication.translate("Exchange", "Take theirs"),
        "keep-both": QCoreApplication.translate("Exchange", "Keep both"),
    }.get(resolution or "", "")


def resolutions_for(kind: str) -> list[str]:
    """Our company profile is one per database, so it cannot be kept twice."""
    if kind == "company":
        return ["keep-mine", "take-theirs"]
    return ["keep-mine", "take-theirs", "keep-both"]


class ResolutionDelegate(QStyledItemDelegate):
    """The choice column: drawn as a combo box on every conflict row (no widget per row, so
    thousands of conflicts stay fast), edited with a real combo box on click."""

    def __init__(self, on_chosen: Callable[[QModelIndex, str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_chosen = on_chosen

    @staticmethod
    def _record(index: AnyIndex):
        return index.sibling(index.row(), RECORD).data(RecordRole)

    def _is_conflict(self, index: AnyIndex) -> bool:
        record = self._record(index)
        return record is not None and record.change == "conflict"

    def paint(self, painter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.column() != CHOICE or not self._is_conflict(index):
            super().paint(painter, option, index)
            return
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(option.rect, background)
        combo = QStyleOptionComboBox()
        combo.rect = option.rect.adjusted(2, 2, -2, -2)
        combo.currentText = index.data(Qt.ItemDataRole.DisplayRole) or ""
        combo.state = option.state | QStyle.StateFlag.State_Enabled
        combo.palette = option.palette
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, option.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex):
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() + 12))
        return size

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex):
        record = self._record(index)
        if index.column() != CHOICE or record is None or record.change != "conflict":
            return None
        editor = QComboBox(parent)
        for value in resolutions_for(record.kind):
            editor.addItem(resolution_label(value), value)
        editor.setCurrentIndex(max(0, editor.findData(str(record.resolution or "keep-mine"))))
        editor.activated.connect(lambda _i, e=editor: self._commit(e))
        QTimer.singleShot(0, editor, editor.showPopup)  # open at once, like a click on it
        return editor

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        pass  # the current choice is set when the editor is made

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            self._on_chosen(index.sibling(index.row(), index.column()), editor.currentData())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index) -> None:
        editor.setGeometry(option.rect)


class ImportPreviewDialog(QDialog):
    """What an import would change, grouped by client; one choice per conflict.

    Nothing is written here: the dialog only sets ``resolution`` on the preview's conflicts.
    """

    def __init__(self, preview, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import dossier — preview"))
        self._items: dict[str, QTreeWidgetItem] = {}  # record id → row (rows built so far)

        title = plain(QLabel(self.tr("What «{file}» will change").format(file=file_name)))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        self.source = plain(QLabel(self._source_text()))  # who exported: the file's own words
        self.source.setStyleSheet(HINT_STYLE)
        self.source.setWordWrap(True)
        # A file without the personal layer: absent means "not shared", and mine stay.
        self.no_personal = plain(
            QLabel(
                self.tr(
                    "This file carries no personal details (family, birthdays, hobbies, values, "
                    "notes): the people's personal details in your database stay as they are."
                )
            )
        )
        self.no_personal.setWordWrap(True)
        self.no_personal.setStyleSheet(NOTICE_STYLE)
        self.no_personal.setVisible(not getattr(preview, "personal_layer", True))
        self.counts = QLabel(self._counts_text())
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Record"), self.tr("Change"), self.tr("Details"), self.tr("Your choice")]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Only the choice is editable: one click on the drawn combo box opens it, as on a
        # real one; Enter on a conflict row opens it from the keyboard.
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.clicked.connect(self._edit_choice)
        self.tree.activated.connect(self._edit_choice)
        self.delegate = ResolutionDelegate(self._on_chosen, self.tree)
        self.tree.setItemDelegate(self.delegate)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CHANGE, 190), (DETAILS, 190), (CHOICE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.tree.itemExpanded.connect(self._fill_group)
        self.details = plain(QLabel())
        self.details.setWordWrap(True)
        self.details.setStyleSheet(HINT_STYLE)
        self.details.setMinimumHeight(self.details.fontMetrics().height() * 2 + 4)
        self.tree.currentItemChanged.connect(self._show_details)
        self._fill_tree()

        self.all_choice = QComboBox()
        for value in resolutions_for(""):
            self.all_choice.addItem(resolution_label(value), value)
        self.apply_all_button = QPushButton(self.tr("Apply to all conflicts"))
        self.apply_all_button.clicked.connect(self.apply_to_all)
        conflicts = len(preview.conflicts)
        all_row = QHBoxLayout()
        all_row.addWidget(QLabel(self.tr("For every conflict:")))
        all_row.addWidget(self.all_choice)
        all_row.addWidget(self.apply_all_button)
        all_row.addStretch(1)
        self.all_box = QWidget()
        self.all_box.setLayout(all_row)
        all_row.setContentsMargins(0, 0, 0, 0)
        self.all_box.setVisible(conflicts > 0)
        help_text = QLabel(
            self.tr(
                "Keep mine: your record stays as it is. Take theirs: the record from the file "
                "replaces yours. Keep both: the record from the file is added as a copy. "
                "Nothing changes until you press Import, and the import is all or nothing."
            )
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet(HINT_STYLE)
        self.refused = plain(QLabel(self._refused_text()))
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet(REFUSED_STYLE)
        self.refused.setVisible(bool(preview.refused))

        buttons = dialog_buttons(self)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        # A file that holds another client's records here is refused as a whole.
        self.import_button.setEnabled(preview.has_changes and not preview.refused)
        # Enter opens a choice in the list; it must never start the import by itself.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.source)
        layout.addWidget(self.no_personal)
        layout.addWidget(self.counts)
        layout.addWidget(self.refused)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.all_box)
        layout.addWidget(help_text)
        layout.addWidget(buttons)
        self.resize(940, 600)

    # -- texts
    def _source_text(self) -> str:
        manifest = self.preview.manifest
        created = manifest.get("created_at", "")
        with contextlib.suppress(ValueError, AttributeError):
            created = _local_time(datetime.fromisoformat(created.replace("Z", "+00:00")))
        return self.tr("Exported by {who} on {when} (KAM Desktop {version}).").format(
            who=manifest.get("exported_by") or self.tr("unknown"),
            when=created,
            version=manifest.get("app_version", "?"),
        )

    def _refused_text(self) -> str:
        refused = self.preview.refused
        if not refused:
            return ""
        lines = [
            self.tr(
                "This file cannot be imported: it holds records that belong to another client "
                "in your database (or are another kind of record here). Nothing will change."
            )
        ]
        lines += [f"• {message}" for message in refused[:MAX_REFUSALS_SHOWN]]
        if len(refused) > MAX_REFUSALS_SHOWN:
            lines.append(self.tr("… and {n} more.").format(n=len(refused) - MAX_REFUSALS_SHOWN))
        return "\n".join(lines)

    def _counts_text(self) -> str:
        p = self.preview
        parts = [
            (p.added_count, self.tr("to add"), CHANGE_COLORS["add"]),
            (len(p.updated), self.tr("to update"), CHANGE_COLORS["update"]),
            (len(p.conflicts), self.tr("in conflict"), CHANGE_COLORS["conflict"]),
            (p.unchanged, self.tr("unchanged"), CHANGE_COLORS["skip"]),
            (len(p.skipped), self.tr("older than yours (kept)"), CHANGE_COLORS["skip"]),
        ]
        return " &nbsp;·&nbsp; ".join(
            f'<span style="color:{color}"><b>{count}</b> {text}</span>'
            for count, text, color in parts
            if count or color != CHANGE_COLORS["skip"]
        )

    @staticmethod
    def _group_summary(records) -> str:
        counts: dict[str, int] = {}
        for record in records:
            counts[str(record.change)] = counts.get(str(record.change), 0) + record.record_count
        texts = {
            "add": QCoreApplication.translate("Exchange", "{n} new"),
            "update": QCoreApplication.translate("Exchange", "{n} updated"),
            "conflict": QCoreApplication.translate("Exchange", "{n} in conflict"),
            "skip": QCoreApplication.translate("Exchange", "{n} older"),
        }
        return ", ".join(
            texts[change].format(n=counts[change]) for change in texts if counts.get(change)
        )

    # -- the tree
    def _groups(self) -> list[tuple[str, list]]:
        groups: dict[str, list] = {}
        for record in self.preview.records:
            groups.setdefault(record.client_name, []).append(record)
        ordered = list(groups.items())
        # Conflicts first: they need the user; then the file's order.
        ordered.sort(key=lambda g: not any(r.change == "conflict" for r in g[1]))
        return ordered

    def _fill_tree(self) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        expanded = 0
        for client_name, records in self._groups():
            group = QTreeWidgetItem(
                [client_name or self.tr("Shared: our company, team, roles, library"), "", "", ""]
            )
            group.setFont(RECORD, bold)
            new_client = next(
                (r for r in records if r.kind == "client" and str(r.change) == "add"), None
            )
            if new_client is not None:
                group.setText(CHANGE, self.tr("New client"))
                group.setText(DETAILS, includes_text(new_client.includes))
                group.setForeground(CHANGE, QBrush(QColor(CHANGE_COLORS["add"])))
            else:
                group.setText(CHANGE, self._group_summary(records))
            group.setFirstColumnSpanned(False)
            group.setData(RECORD, GroupRole, records)
            group.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(group)
            has_conflict = any(r.change == "conflict" for r in records)
            if has_conflict and expanded < MAX_GROUP_ROWS_EXPANDED:
                group.setExpanded(True)  # fills it through itemExpanded
                expanded += 1
        only = self.tree.topLevelItem(0) if self.tree.topLevelItemCount() == 1 else None
        if only is not None:
            only.setExpanded(True)
        first = next(iter(self._items.values()), None)
        if first is not None:
            self.tree.setCurrentItem(first, RECORD)

    def _fill_group(self, group: QTreeWidgetItem) -> None:
        records = group.data(RECORD, GroupRole)
        if not records or group.childCount():
            return
        for record in records:
            group.addChild(self._record_item(record))

    def _record_item(self, record) -> QTreeWidgetItem:
        change = str(record.change)
        item = QTreeWidgetItem(
            [
                f"{kind_label(record.kind)}: {record.label}",
                change_label(change),
                includes_text(record.includes) or fields_text(record.fields),
                resolution_label(record.resolution) if change == "conflict" else "",
            ]
        )
        item.setData(RECORD, RecordRole, record)
        item.setForeground(CHANGE, QBrush(QColor(CHANGE_COLORS.get(change, "#000000"))))
        item.setToolTip(DETAILS, as_text(fields_text(record.fields)))
        item.setToolTip(RECORD, as_text(record.label))
        if change == "conflict":
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            for column in range(4):
                item.setBackground(column, QBrush(QColor(CONFLICT_BACKGROUND)))
        self._items[record.id] = item
        return item

    def _show_details(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        record = item.data(RECORD, RecordRole) if item is not None else None
        if record is None:
            self.details.setText("")
            return
        lines = [f"{kind_label(record.kind)}: {record.label}"]
        if record.mine_updated_at is not None:
            lines.append(
                self.tr("Yours last changed {mine}; the file's {theirs}.").format(
                    mine=_local_time(record.mine_updated_at),
                    theirs=_local_time(record.theirs_updated_at),
                )
            )
        if record.fields:
            lines.append(self.tr("Differs in: {fields}.").format(fields=fields_text(record.fields)))
        self.details.setText("  ".join(lines))

    # -- choices
    def _edit_choice(self, index: QModelIndex) -> None:
        choice = index.siblingAtColumn(CHOICE)
        if self.delegate._is_conflict(choice):
            self.tree.edit(choice)

    def _on_chosen(self, index: QModelIndex, value: str) -> None:
        item = self.tree.itemFromIndex(index)
        record = item.data(RECORD, RecordRole) if item is not None else None
        if record is None or value is None:
            return
        self.choose(record.id, value)

    def choose(self, record_id: str, value: str) -> None:
        """Set one conflict's resolution (what the combo box in its row does)."""
        from kam_desktop.services.exchange import Resolution

        self.preview.resolve(record_id, Resolution(value))
        item = self._items.get(record_id)
        if item is not None:
            item.setText(CHOICE, resolution_label(value))

    def apply_to_all(self) -> None:
        from kam_desktop.services.exchange import Resolution

        value = self.all_choice.currentData()
        for record in self.preview.conflicts:
            allowed = resolutions_for(record.kind)
            choice = value if value in allowed else "keep-mine"
            record.resolution = Resolution(choice)
            item = self._items.get(record.id)
            if item is not None:
                item.setText(CHOICE, resolution_label(choice))

    def record_items(self) -> list[QTreeWidgetItem]:
        """Every record row built so far (groups fill in when expanded)."""
        return list(self._items.values())
