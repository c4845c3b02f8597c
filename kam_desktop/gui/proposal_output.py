"""Saving a proposal's documents: which edition, PDF or Word, then open the file or its folder.

The KAM answers explicitly: the joint edition, one addressee's, or one file per addressee
(named by ``edition_file_name``), and the format. Rendering and writing are the service's
(``ProposalService.export`` / ``export_each_addressee``); this module asks and reports.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.proposal import Proposal
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import HINT_STYLE, dialog_buttons
from kam_desktop.gui.operations import Operation, Outcome
from kam_desktop.gui.status_messages import exported_message, show_status
from kam_desktop.services.proposals import DOCX, PDF, ProposalService, edition_file_name

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "proposal_editor/last_folder"
UrlOpener = Callable[[QUrl], bool]


class Scope(StrEnum):
    JOINT = "joint"  # one file: the edition for the whole group
    ONE = "one"  # one file: the chosen addressee's edition
    EACH = "each"  # one file per addressee, in a folder


@dataclass(frozen=True, slots=True)
class SaveChoice:
    scope: Scope
    addressee_id: str | None
    file_format: str  # PDF | DOCX


@dataclass(frozen=True, slots=True)
class Addressee:
    """An addressee as the dialog lists them: the id, the full name, and a label with the role."""

    id: str
    full_name: str
    label: str


def word_export_available() -> bool:
    """DOCX needs python-docx and the Word renderer; a build without them offers PDF only."""
    modules = ("docx", "kam_desktop.documents.docx_renderer")
    try:
        return all(importlib.util.find_spec(name) is not None for name in modules)
    except (ImportError, ValueError):
        return False


def with_extension(path: Path, file_format: str) -> Path:
    """The chosen format decides the extension: «offer» → «offer.pdf», «a.docx» → «a.pdf»."""
    suffix = "." + file_format
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower() in (".pdf", ".docx"):
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


class SaveEditionsDialog(QDialog):
    """Asks what to save: the joint edition, one addressee's, or one file each; PDF or Word."""

    def __init__(
        self,
        addressees: list[Addressee],
        current: str | None,
        number: str,
        word_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save %1").replace("%1", number))
        self.joint_radio = QRadioButton(self.tr("The edition for the whole group"))
        self.one_radio = QRadioButton(self.tr("The edition for one addressee:"))
        self.one_combo = QComboBox()
        for person in addressees:
            self.one_combo.addItem(person.label, person.id)
        self.each_radio = QRadioButton(
            self.tr("One file per addressee, into a folder (%1 in all)").replace(
                "%1", str(len(addressees))
            )
        )
        example = edition_file_name(number, addressees[0].full_name, PDF) if addressees else ""
        self.each_hint = QLabel(self.tr("Named like «%1»").replace("%1", example))
        self.each_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.each_hint.setStyleSheet(HINT_STYLE)
        self.scope_group = QButtonGroup(self)
        for radio in (self.joint_radio, self.one_radio, self.each_radio):
            self.scope_group.addButton(radio)
        for radio in (self.one_radio, self.each_radio):
            radio.setEnabled(bool(addressees))
        self.one_combo.setEnabled(bool(addressees))
        self.one_combo.activated.connect(lambda _i: self.one_radio.setChecked(True))

        self.pdf_radio = QRadioButton(self.tr("PDF — to send or print"))
        self.word_radio = QRadioButton(self.tr("Word (DOCX) — to edit further"))
        self.word_radio.setEnabled(word_available)
        if not word_available:
            self.word_radio.setToolTip(self.tr("Word export is not installed in this copy."))
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.pdf_radio)
        self.format_group.addButton(self.word_radio)
        self.pdf_radio.setChecked(True)

        index = self.one_combo.findData(current) if current else -1
        if index >= 0:
            self.one_combo.setCurrentIndex(index)
            self.one_radio.setChecked(True)
        else:
            self.joint_radio.setChecked(True)

        what = QGroupBox(self.tr("What to save"))
        grid = QGridLayout(what)
        grid.addWidget(self.joint_radio, 0, 0, 1, 2)
        grid.addWidget(self.one_radio, 1, 0)
        grid.addWidget(self.one_combo, 1, 1)
        grid.addWidget(self.each_radio, 2, 0, 1, 2)
        grid.addWidget(self.each_hint, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        fmt = QGroupBox(self.tr("Format"))
        fmt_layout = QVBoxLayout(fmt)
        fmt_layout.addWidget(self.pdf_radio)
        fmt_layout.addWidget(self.word_radio)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(fmt)
        layout.addWidget(buttons)

    def choice(self) -> SaveChoice:
        file_format = DOCX if self.word_radio.isChecked() else PDF
        if self.each_radio.isChecked():
            return SaveChoice(Scope.EACH, None, file_format)
        if self.one_radio.isChecked():
            return SaveChoice(Scope.ONE, self.one_combo.currentData(), file_format)
        return SaveChoice(Scope.JOINT, None, file_format)


class SavedEditionsDialog(QDialog):
    """Saved: open the file, open its folder, or just close."""

    OPEN_FILE = "file"
    OPEN_FOLDER = "folder"

    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved"))
        self.action: str | None = None
        if len(paths) == 1:
            text = self.tr("Saved «%1» in %2.").replace("%1", paths[0].name)
        else:
            text = self.tr("Saved in %2:") + "\n" + "\n".join(p.name for p in paths)
        message = QLabel(text.replace("%2", str(paths[0].parent) if paths else ""))
        message.setTextFormat(Qt.TextFormat.PlainText)  # file and people's names
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_file_button = QPushButton(self.tr("Open the file"))
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        if len(paths) == 1:
            buttons.addButton(self.open_file_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.open_file_button.setDefault(True)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_file_button.clicked.connect(lambda: self._finish(self.OPEN_FILE))
        self.open_folder_button.clicked.connect(lambda: self._finish(self.OPEN_FOLDER))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)

    def _finish(self, action: str) -> None:
        self.action = action
        self.accept()


class FileChooser:
    """The file and folder questions; tests pass an object with the same two methods."""

    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(path) if path else None

    def folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        path = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(path) if path else None


class ProposalOutput:
    """One "Save PDF / Word…" run: ask, write through the service, offer to open the result."""

    def __init__(
        self,
        service: ProposalService,
        parent: QWidget,
        prompts,
        files: FileChooser,
        open_url: UrlOpener,
        settings: QSettings | None = None,
    ) -> None:
        self.service = service
        self.parent = parent
        self.prompts = prompts
        self.files = files
        self.open_url = open_url
        self.settings = settings

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QApplication.translate("ProposalOutput", text, disambiguation, n)

    def _start_folder(self) -> Path:
        stored = str(self.settings.value(LAST_FOLDER_KEY, "") or "") if self.settings else ""
        folder = Path(stored) if stored else Path.home()
        return folder if folder.is_dir() else Path.home()

    def save(
        self,
        proposal: Proposal | str,
        number: str,
        addressees: list[Addressee],
        current: str | None = None,
    ) -> Outcome:
        """Ask and save off the GUI thread; settles with the written files, or [] when
        cancelled or failed (with a message)."""
        outcome = Outcome()
        dialog = SaveEditionsDialog(
            addressees, current, number, word_export_available(), self.parent
        )
        if not self.prompts.run_dialog(dialog):
            return outcome.settle([])
        write = self._writer(proposal, number, addressees, dialog.choice())
        if write is None:
            return outcome.settle([])

        def written(paths: list[Path]) -> None:
            if self.settings is not None:
                self.settings.setValue(LAST_FOLDER_KEY, str(paths[0].parent))
            self._offer_to_open(paths)
            outcome.settle(paths)

        def failed(exc: BaseException) -> None:
            self._report(exc)
            outcome.settle([])

        title, label = self.tr("Save the proposal"), self.tr("Writing the documents…")
        Operation(self.parent, lambda _progress, _cancel: write()).with_progress(
            title, label, cancellable=False
        ).success(written).failure(failed).run_in_background()
        return outcome

    def _writer(
        self, proposal: Proposal | str, number: str, addressees: list[Addressee], choice
    ) -> Callable[[], list[Path]] | None:
        """Ask where; the writing to run in the background, or None when the user gave up."""
        start = self._start_folder()
        fmt = choice.file_format
        if choice.scope == Scope.EACH:
            folder = self.files.folder(self.parent, self.tr("Folder for the files"), start)
            if folder is None:
                return None
            return lambda: self.service.export_each_addressee(proposal, folder, fmt)
        name = next((a.full_name for a in addressees if a.id == choice.addressee_id), None)
        suggested = start / edition_file_name(number or self.tr("proposal"), name, fmt)
        filters = (
            self.tr("Word documents (*.docx)") if fmt == DOCX else self.tr("PDF documents (*.pdf)")
        )
        path = self.files.save_path(self.parent, self.tr("Save the proposal"), suggested, filters)
        if path is None:
            return None
        target = with_extension(path, fmt)
        return lambda: [self.service.export(proposal, target, choice.addressee_id)]

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, KamError):
            message = str(exc)
        elif isinstance(exc, ImportError):
            log.warning("Word export unavailable", exc_info=(type(exc), exc, exc.__traceback__))
            message = self.tr("Word export is not installed in this copy; save as PDF.")
        else:  # a bug: the one error dialog, with its details
            show_error(self.parent, exc)
            return
        self.prompts.error(self.parent, self.tr("Cannot save the proposal"), message)

    def _offer_to_open(self, paths: list[Path]) -> None:
        show_status(self.parent, exported_message(paths))
        dialog = SavedEditionsDialog(paths, self.parent)
        if not self.prompts.run_dialog(dialog) or dialog.action is None:
            return
        target = paths[0] if dialog.action == SavedEditionsDialog.OPEN_FILE else paths[0].parent
        if not self.open_url(QUrl.fromLocalFile(str(target))):
            self.prompts.error(
                self.parent,
                self.tr("Cannot open"),
                self.tr("No application opens %1.").replace("%1", str(target)),
            )
