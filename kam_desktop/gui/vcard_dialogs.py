"""vCard from the client's dossier: export the decision group as .vcf; import a .vcf into the
decision group after a preview that marks duplicates (same e-mail, phone or name) and lets the
KAM tick which cards to add."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.exchange_export_dialog import safe_file_stem
from kam_desktop.gui.exchange_import_preview import CHANGE_COLORS
from kam_desktop.gui.forms import HINT_STYLE, dialog_buttons
from kam_desktop.gui.operations import Outcome
from kam_desktop.gui.plain_text import as_text, plain
from kam_desktop.gui.tables import record_table, set_column_widths

if TYPE_CHECKING:
    from kam_desktop.gui.exchange_controller import ExchangeController
    from kam_desktop.services.exchange import VCardPreview

log = logging.getLogger(__name__)

VCARD_FILTER_SUFFIXES = "*.vcf *.vcard"
MAX_WARNINGS_SHOWN = 8


def duplicate_reason_label(reason: str) -> str:
    return {
        "email": QCoreApplication.translate("VCard", "Same e-mail"),
        "phone": QCoreApplication.translate("VCard", "Same phone"),
        "name": QCoreApplication.translate("VCard", "Same name"),
    }.get(reason, reason)


class VCardImportDialog(QDialog):
    """One row per card: a checkbox (new cards ticked, duplicates not), who it is, and whether
    it duplicates someone already in the decision group. Ticking sets ``entry.add``."""

    NAME, POSITION, EMAIL, PHONE, STATUS = range(5)

    def __init__(self, preview: VCardPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import contacts"))
        title = plain(
            QLabel(
                self.tr("Contacts for the decision group of «{client}»").format(
                    client=preview.client_name
                )
            )
        )
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        duplicates = len(preview.duplicates)
        self.counts = QLabel(
            self.tr("{total} contacts in the file: {new} new, {dup} already in the group.").format(
                total=len(preview.entries), new=len(preview.entries) - duplicates, dup=duplicates
            )
        )
        self.table = record_table(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Match in the group"),
            ],
            rows=len(preview.entries),
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            self.STATUS, QHeaderView.ResizeMode.Stretch
        )
        set_column_widths(
            self.table, {self.NAME: 235, self.POSITION: 180, self.EMAIL: 200, self.PHONE: 140}
        )
        self._fill()
        self.table.itemChanged.connect(self._on_item_changed)

        self.warnings = plain(QLabel(self._warnings_text()))
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(HINT_STYLE)
        self.warnings.setVisible(bool(preview.warnings))
        hint = QLabel(
            self.tr(
                "Duplicates are not ticked: the person is already in the decision group. "
                "Tick a card to add it anyway."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        buttons = dialog_buttons(self)
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.none_button = QPushButton(self.tr("Untick all"))
        buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.none_button.clicked.connect(lambda: self.set_all_checked(False))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._update_button()
        self.resize(1040, 460)

    def _warnings_text(self) -> str:
        """What the file held that will not be imported (photos, unreadable properties…)."""
        warnings = self.preview.warnings
        if not warnings:
            return ""
        lines = [self.tr("Not imported from the file:")]
        lines += [f"• {warning}" for warning in warnings[:MAX_WARNINGS_SHOWN]]
        if len(warnings) > MAX_WARNINGS_SHOWN:
            lines.append(self.tr("… and {n} more.").format(n=len(warnings) - MAX_WARNINGS_SHOWN))
        return "\n".join(lines)

    def _fill(self) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, entry in enumerate(self.preview.entries):
            member = entry.member
            name = QTableWidgetItem(member.full_name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if entry.add else Qt.CheckState.Unchecked)
            name.setToolTip(as_text(member.full_name))
            cells = [
                name,
                QTableWidgetItem(member.position),
                QTableWidgetItem(", ".join(member.emails())),
                QTableWidgetItem(", ".join(member.phones())),
            ]
            if entry.duplicate_of_id is not None:
                status = QTableWidgetItem(
                    self.tr("{reason}: {name}").format(
                        name=entry.duplicate_of_name, reason=duplicate_reason_label(entry.reason)
                    )
                )
                status.setForeground(QBrush(QColor(CHANGE_COLORS["conflict"])))
            else:
                status = QTableWidgetItem(self.tr("New"))
                status.setForeground(QBrush(QColor(CHANGE_COLORS["add"])))
                status.setFont(bold)
            status.setToolTip(as_text(status.text()))
            cells.append(status)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != self.NAME:
            return
        self.preview.entries[item.row()].add = item.checkState() == Qt.CheckState.Checked
        self._update_button()

    def set_checked(self, row: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        item = self.table.item(row, self.NAME)
        if item is not None:  # every row has its name cell; a row out of range has none
            item.setCheckState(state)

    def set_all_checked(self, checked: bool) -> None:
        for row in range(self.table.rowCount()):
            self.set_checked(row, checked)

    def _update_button(self) -> None:
        count = len(self.preview.to_add)
        self.add_button.setText(self.tr("Add to the group: {n}").format(n=count))
        self.add_button.setEnabled(count > 0)


def export_vcard(controller: ExchangeController, client_id: str) -> Path | None:
    """The decision group as one .vcf (vCard 4.0), written atomically."""
    title = QCoreApplication.translate("VCard", "Export vCard")
    try:
        client = controller.dossiers.get_client(client_id)
        text, count = controller.service.export_vcard(client_id)
    except Exception as exc:  # noqa: BLE001 - e.g. an empty decision group: shown to the user
        controller.report(exc)
        return None
    group = QCoreApplication.translate("VCard", "decision group")
    suggested = controller.last_folder() / f"{safe_file_stem(client.name)} {group}.vcf"
    file_filter = QCoreApplication.translate("VCard", "vCard (*.vcf)")
    data = text.encode("utf-8")
    path = controller.save_file(title, suggested, file_filter, (".vcf", ".vcard"), data)
    if path is None:
        return None
    controller.status.emit(
        QCoreApplication.translate(
            "VCard", "Saved {count} contacts of «{client}» to {path}."
        ).format(count=count, client=client.name, path=path)
    )
    return path


def import_vcard(controller: ExchangeController, client_id: str) -> Outcome:
    """Pick a .vcf, preview new vs duplicate cards, add the ticked ones in one transaction.

    Reading and adding run off the GUI thread; settles True when contacts were added.
    """
    from kam_desktop.domain.limits import MAX_VCARD_FILE_BYTES
    from kam_desktop.services.exchange import read_file

    outcome = Outcome()
    window, prompts = controller.window, controller.prompts
    title = QCoreApplication.translate("VCard", "Import vCard")
    if not controller.confirm_leave():
        return outcome.settle(False)
    path = prompts.open_file(
        window,
        title,
        controller.last_folder(),
        QCoreApplication.translate("VCard", "vCard ({patterns});;All files (*)").format(
            patterns=VCARD_FILTER_SUFFIXES
        ),
    )
    if path is None:
        return outcome.settle(False)
    controller.remember_folder(path)

    def fail(exc: BaseException) -> None:  # unreadable, not a vCard, or rolled back: named
        controller.report(exc)
        outcome.settle(False)

    def added(result) -> None:
        controller.members_imported.emit(client_id)
        controller.status.emit(result.summary())
        outcome.settle(True)

    def previewed(preview) -> None:
        dialog = VCardImportDialog(preview, window)
        accepted = prompts.run_dialog(dialog)
        dialog.deleteLater()
        if not accepted or not preview.to_add:
            controller.status.emit(QCoreApplication.translate("VCard", "No contacts were added."))
            outcome.settle(False)
            return
        label = QCoreApplication.translate("VCard", "Adding the contacts…")
        controller.run(
            title,
            label,
            lambda _p, _c: controller.service.apply_vcard_import(preview),
            added,
            False,
        ).failure(fail).run_in_background()

    label = QCoreApplication.translate("VCard", "Reading {file}…").format(file=path.name)
    controller.run(
        title,
        label,
        lambda _p, _c: controller.service.preview_vcard_import(
            client_id, read_file(path, MAX_VCARD_FILE_BYTES)
        ),
        previewed,
        False,
    ).failure(fail).run_in_background()
    return outcome
