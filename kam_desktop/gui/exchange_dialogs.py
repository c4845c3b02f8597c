"""Sharing dossiers from the GUI: the Export dossier… dialog, the import flow (file → password →
preview with per-record conflict choices → one-transaction apply), and the controller that the
main window and the dossier view call (also for vCard and iCalendar).

Every question to the user goes through ``ExchangePrompts`` so tests replace it and drive the
dialogs' own code without modal loops. The work itself runs in ``exchange_tasks``.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import ClientSummary
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.exchange_tasks import run_in_background
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE
from kam_desktop.gui.i18n_qt import app_settings
from kam_desktop.gui.plain_text import as_text, plain

if TYPE_CHECKING:  # the window is built before SQLAlchemy is imported
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService

log = logging.getLogger(__name__)

DOSSIER_SUFFIX = ".kamdossier"
LAST_FOLDER_KEY = "exchange/last_folder"
MIN_PASSWORD_LENGTH = 8
COMMON_PASSWORDS = {"password", "12345678", "123456789", "qwertyui", "qwerty123", "11111111"}
MAX_GROUP_ROWS_EXPANDED = 200  # groups with conflicts open at once; others fill in on expand
MAX_REFUSALS_SHOWN = 5

CHANGE_COLORS = {"add": "#1e7e34", "update": "#1a5fb4", "conflict": "#b35c00", "skip": "#5f6368"}
CONFLICT_BACKGROUND = "#fff4e5"
REFUSED_STYLE = "color: #b00020; background: #fdecea; padding: 6px; border-radius: 3px;"
STRENGTH_COLORS = {1: "#b00020", 2: "#b35c00", 3: "#1e7e34"}


# ---- small pure helpers ------------------------------------------------------------------
def safe_file_stem(name: str) -> str:
    """A client name usable as a file name on Windows, macOS and Linux."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name)
    stem = re.sub(r"\s+", " ", stem).strip(" .")
    return stem[:80] or "dossier"


def with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def password_strength(password: str) -> int:
    """0 empty, 1 weak, 2 fair, 3 strong — a hint only (length matters most)."""
    if not password:
        return 0
    if password.casefold() in COMMON_PASSWORDS or len(set(password)) <= 2:
        return 1
    classes = sum(
        bool(re.search(pattern, password))
        for pattern in (r"[a-zа-яё]", r"[A-ZА-ЯЁ]", r"\d", r"[^\w\s]|_|\s")
    )
    if len(password) >= 16 or (len(password) >= 12 and classes >= 3):
        return 3
    if len(password) >= 12 or (len(password) >= MIN_PASSWORD_LENGTH and classes >= 2):
        return 2
    return 1


def dossier_paths(mime: QMimeData) -> list[Path]:
    """Local ``.kamdossier`` files in dragged data (what the main window accepts as a drop)."""
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(DOSSIER_SUFFIX)
    ]


def _local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return stamp.toString("dd.MM.yyyy HH:mm")


# ---- questions to the user ---------------------------------------------------------------
class ExchangePrompts:
    """Real dialogs; tests pass a subclass that answers from a script."""

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_file(
        self, parent: QWidget | None, title: str, folder: Path, filters: str
    ) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def password(self, parent: QWidget | None, file_name: str, error: str | None) -> str | None:
        dialog = PasswordDialog(file_name, error, parent)
        accepted = self.run_dialog(dialog)
        dialog.deleteLater()
        return dialog.password() if accepted else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            as_text(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, as_text(text))

    def error(self, parent: QWidget | None, exc: BaseException) -> None:
        show_error(parent, exc)


# ---- password prompt ---------------------------------------------------------------------
class PasswordDialog(QDialog):
    """Asks for the password of an encrypted file; shows why the last one did not work."""

    def __init__(self, file_name: str, error: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password"))
        intro = plain(
            QLabel(self.tr("«{file}» is protected with a password.").format(file=file_name))
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumWidth(360)
        self.show_box = QCheckBox(self.tr("Show password"))
        self.show_box.toggled.connect(
            lambda shown: self.field.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        hint = self.tr("Check the keyboard layout and Caps Lock.")
        self.error_label = plain(QLabel(f"{error}\n{hint}" if error else ""))
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(bool(error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.error_label)
        layout.addWidget(self.show_box)
        layout.addWidget(buttons)
        self.field.setFocus()

    def password(self) -> str:
        return self.field.text()


# ---- export ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExportRequest:
    client_ids: list[str] | None  # None: every client
    password: str | None
    path: Path


class ExportDialog(QDialog):
    """What to export (this client / chosen clients / all), optional password, target file."""

    def __init__(
        self,
        clients: list[ClientSummary],
        current_client_id: str | None,
        folder: Path,
        prompts: ExchangePrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export dossier"))
        self._clients = clients
        self._current = next((c for c in clients if c.id == current_client_id), None)
        self._folder = folder
        self._prompts = prompts
        self._path_edited = False
        self._request: ExportRequest | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_scope())
        layout.addWidget(self._build_password())
        layout.addWidget(self._build_target())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        (self.this_radio if self._current else self.all_radio).setChecked(True)
        self._on_scope_changed()
        self._on_password_changed()
        self.resize(560, 640)

    # -- building
    def _build_scope(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to export"))
        current = self._current.name if self._current else self.tr("no client is open")
        self.this_radio = QRadioButton(self.tr("This client: «{name}»").format(name=current))
        self.this_radio.setEnabled(self._current is not None)
        self.chosen_radio = QRadioButton(self.tr("Chosen clients:"))
        self.all_radio = QRadioButton(
            self.tr("All clients ({count})").format(count=len(self._clients))
        )
        self.scope = QButtonGroup(self)
        for radio in (self.this_radio, self.chosen_radio, self.all_radio):
            self.scope.addButton(radio)
            radio.toggled.connect(self._on_scope_changed)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_list)
        self.client_list = QListWidget()
        self.client_list.setUniformItemSizes(True)
        for summary in self._clients:
            item = QListWidgetItem(summary.name)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = self._current is not None and summary.id == self._current.id
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.client_list.addItem(item)
        self.client_list.itemChanged.connect(self._update_chosen_count)
        self.chosen_count = plain(QLabel())
        self.chosen_count.setStyleSheet(HINT_STYLE)
        self.scope_error = plain(QLabel())
        self.scope_error.setStyleSheet(ERROR_STYLE)
        self.scope_error.hide()
        chosen = QVBoxLayout()
        chosen.setContentsMargins(22, 0, 0, 0)
        chosen.addWidget(self.filter)
        chosen.addWidget(self.client_list, 1)
        chosen.addWidget(self.chosen_count)
        layout = QVBoxLayout(box)
        layout.addWidget(self.this_radio)
        layout.addWidget(self.chosen_radio)
        layout.addLayout(chosen, 1)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.scope_error)
        return box

    def _build_password(self) -> QGroupBox:
        box = QGroupBox(self.tr("Protection"))
        self.protect = QCheckBox(self.tr("Protect the file with a password (AES-256)"))
        self.protect.setChecked(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = plain(QLabel())
        self.password_error = plain(QLabel())
        self.password_error.setStyleSheet(ERROR_STYLE)
        self.password_error.setWordWrap(True)
        self.password_error.hide()
        self.password_hint = plain(QLabel())
        self.password_hint.setWordWrap(True)
        self.password_hint.setStyleSheet(HINT_STYLE)
        for widget in (self.protect, self.password, self.confirm):
            signal = widget.toggled if widget is self.protect else widget.textChanged
            signal.connect(self._on_password_changed)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat:"), self.confirm)
        layout = QVBoxLayout(box)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        layout.addWidget(self.password_error)
        layout.addWidget(self.password_hint)
        return box

    def _build_target(self) -> QGroupBox:
        box = QGroupBox(self.tr("Save to"))
        self.path_edit = QLineEdit()
        self.path_edit.textEdited.connect(self._on_path_edited)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.path_error = plain(QLabel())
        self.path_error.setStyleSheet(ERROR_STYLE)
        self.path_error.setWordWrap(True)
        self.path_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.path_error)
        return box

    # -- reacting
    def chosen_ids(self) -> list[str]:
        if self.all_radio.isChecked():
            return [c.id for c in self._clients]
        if self.this_radio.isChecked():
            return [self._current.id] if self._current else []
        return [
            self.client_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.client_list.count())
            if self.client_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _filter_list(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.client_list.count()):
            item = self.client_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _update_chosen_count(self) -> None:
        count = sum(
            self.client_list.item(row).checkState() == Qt.CheckState.Checked
            for row in range(self.client_list.count())
        )
        self.chosen_count.setText(self.tr("Chosen: {count}").format(count=count))
        self._suggest_path()

    def _on_scope_changed(self) -> None:
        chosen = self.chosen_radio.isChecked()
        for widget in (self.filter, self.client_list, self.chosen_count):
            widget.setEnabled(chosen)
        self.scope_error.hide()
        self._update_chosen_count()

    def _suggest_path(self) -> None:
        if self._path_edited:
            return
        ids = self.chosen_ids()
        today = date.today().isoformat()
        if len(ids) == 1:
            name = next((c.name for c in self._clients if c.id == ids[0]), "")
            stem = f"{safe_file_stem(name)} {today}"
        elif self.all_radio.isChecked():
            stem = self.tr("all clients {date}").format(date=today)
        else:
            stem = self.tr("dossiers {date}").format(date=today)
        self.path_edit.setText(str(self._folder / (stem + DOSSIER_SUFFIX)))

    def _on_path_edited(self) -> None:
        self._path_edited = True
        self.path_error.hide()

    def _on_password_changed(self) -> None:
        protect = self.protect.isChecked()
        for widget in (self.password, self.confirm, self.strength):
            widget.setEnabled(protect)
        self.password_error.hide()
        level = password_strength(self.password.text()) if protect else 0
        texts = {
            0: "",
            1: self.tr("Weak password: use at least 12 characters, mixing letters and digits."),
            2: self.tr("Fair password."),
            3: self.tr("Strong password."),
        }
        self.strength.setText(texts[level])
        self.strength.setStyleSheet(f"color: {STRENGTH_COLORS.get(level, '#5f6368')};")
        self.strength.setVisible(level > 0)
        if protect:
            hint = self.tr(
                "Send the password separately from the file, e.g. by phone. "
                "It is not stored anywhere: a lost password cannot be recovered."
            )
        else:
            hint = self.tr(
                "Without a password anyone who gets the file can read it. Dossiers are a "
                "commercial secret and hold personal data of the client's employees."
            )
        self.password_hint.setText(hint)
        self.password_hint.setStyleSheet(HINT_STYLE if protect else ERROR_STYLE)

    def browse(self) -> None:
        current = Path(self.path_edit.text().strip() or str(self._folder))
        path = self._prompts.save_file(
            self,
            self.tr("Export dossier"),
            current,
            self.tr("KAM dossier (*.kamdossier)"),
        )
        if path is not None:
            self.path_edit.setText(str(with_suffix(path, DOSSIER_SUFFIX)))
            self._path_edited = True
            self.path_error.hide()

    # -- accepting
    def _errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.chosen_ids():
            errors["scope"] = self.tr("Choose at least one client.")
        if self.protect.isChecked():
            password = self.password.text()
            if len(password) < MIN_PASSWORD_LENGTH:
                errors["password"] = self.tr("The password needs at least {n} characters.").format(
                    n=MIN_PASSWORD_LENGTH
                )
            elif password != self.confirm.text():
                errors["password"] = self.tr("The passwords do not match.")
        text = self.path_edit.text().strip()
        if not text:
            errors["path"] = self.tr("Choose where to save the file.")
        else:
            path = with_suffix(Path(text).expanduser(), DOSSIER_SUFFIX)
            if path.is_dir() or not path.parent.is_dir():
                errors["path"] = self.tr("Folder {folder} does not exist.").format(
                    folder=path.parent
                )
        return errors

    def try_accept(self) -> None:
        errors = self._errors()
        for key, label in (
            ("scope", self.scope_error),
            ("password", self.password_error),
            ("path", self.path_error),
        ):
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        if errors:
            return
        path = with_suffix(Path(self.path_edit.text().strip()).expanduser(), DOSSIER_SUFFIX)
        if path.exists() and not self._prompts.confirm(
            self,
            self.tr("Export dossier"),
            self.tr("{file} already exists. Replace it?").format(file=path.name),
        ):
            return
        ids = None if self.all_radio.isChecked() else self.chosen_ids()
        password = self.password.text() if self.protect.isChecked() else None
        self._request = ExportRequest(ids, password, path)
        self.accept()

    def request(self) -> ExportRequest | None:
        return self._request


# ---- import preview ----------------------------------------------------------------------
RecordRole = Qt.ItemDataRole.UserRole
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
    def _record(index: QModelIndex):
        return index.siblingAtColumn(RECORD).data(RecordRole)

    def _is_conflict(self, index: QModelIndex) -> bool:
        record = self._record(index)
        return record is not None and record.change == "conflict"

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
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

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() + 12))
        return size

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):
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

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        pass  # the current choice is set when the editor is made

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        self._on_chosen(index, editor.currentData())

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

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        # A file that holds another client's records here is refused as a whole.
        self.import_button.setEnabled(preview.has_changes and not preview.refused)
        # Enter opens a choice in the list; it must never start the import by itself.
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.source)
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
        if self.tree.topLevelItemCount() == 1:
            self.tree.topLevelItem(0).setExpanded(True)
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


# ---- the controller ----------------------------------------------------------------------
class ExchangeController(QObject):
    """The sharing commands of the main window and the dossier view.

    ``confirm_leave`` settles unsaved edits before an import changes data underneath them.
    """

    imported = Signal()  # dossiers changed by an import: refresh the list and the open dossier
    members_imported = Signal(str)  # client id whose decision group grew by a vCard import
    status = Signal(str)  # one line for the status bar
    task_created = Signal(object)  # a BackgroundTask about to start (tests cancel through it)

    def __init__(
        self,
        db: Database,
        parent: QWidget,
        prompts: ExchangePrompts | None = None,
        confirm_leave: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.window = parent
        self.prompts = prompts or ExchangePrompts()
        self._dossiers: DossierService | None = None
        self.confirm_leave = confirm_leave or (lambda: True)
        self.settings = app_settings()
        self._service = None

    @property
    def service(self):
        """The exchange service, imported on first use (jsonschema and cryptography load
        slowly, and the window is built at start-up)."""
        if self._service is None:
            from kam_desktop.services.exchange import ExchangeService

            self._service = ExchangeService(self.db)
        return self._service

    @property
    def dossiers(self) -> DossierService:
        """The dossier service, built on first use (the window is shown before SQLAlchemy is
        imported)."""
        if self._dossiers is None:
            from kam_desktop.services.dossiers import DossierService

            self._dossiers = DossierService(self.db)
        return self._dossiers

    # -- what the shell puts in its menus and the dossier header
    def build_actions(self, window: QWidget, current_client_id: Callable[[], str | None]) -> list:
        """File-menu actions: Export dossier… (Ctrl+E), Import dossier… (Ctrl+I), Export calendar…"""
        self.export_action = QAction(self.tr("&Export dossier…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            self.tr("Save clients' dossiers to a .kamdossier file, optionally with a password.")
        )
        self.export_action.triggered.connect(lambda: self.export_dossiers(current_client_id()))
        self.import_action = QAction(self.tr("&Import dossier…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr(
                "Open a .kamdossier file: see what it adds or changes before anything is saved."
            )
        )
        self.import_action.triggered.connect(lambda: self.import_dossier())
        self.calendar_action = QAction(self.tr("Export &calendar…"), window)
        self.calendar_action.setStatusTip(
            self.tr("Birthdays, proposal validity dates and next steps as an .ics file.")
        )
        self.calendar_action.triggered.connect(lambda: self.export_calendar())
        actions = [self.export_action, self.import_action, self.calendar_action]
        window.addActions(actions)
        return actions

    def share_button(self, current_client_id: Callable[[], str | None]) -> QToolButton:
        """The dossier header's «Share» menu: this dossier, and its decision group as vCard."""
        button = QToolButton()
        button.setText(self.tr("Share"))
        button.setToolTip(self.tr("Export this dossier, or exchange its contacts as vCard"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        export = menu.addAction(self.tr("Export this dossier…"))
        menu.addSeparator()
        export_vcard = menu.addAction(self.tr("Export vCard…"))
        import_vcard = menu.addAction(self.tr("Import vCard…"))
        export.triggered.connect(lambda: self.export_dossiers(current_client_id()))
        export_vcard.triggered.connect(
            lambda: self._with_client(current_client_id, self.export_vcard)
        )
        import_vcard.triggered.connect(
            lambda: self._with_client(current_client_id, self.import_vcard)
        )

        def enable() -> None:  # a new, unsaved client has nothing to share yet
            for action in (export, export_vcard, import_vcard):
                action.setEnabled(current_client_id() is not None)

        menu.aboutToShow.connect(enable)
        button.setMenu(menu)
        self.share_menu = menu
        return button

    @staticmethod
    def _with_client(current_client_id: Callable[[], str | None], command) -> None:
        client_id = current_client_id()
        if client_id is not None:
            command(client_id)

    # -- shared helpers
    def last_folder(self) -> Path:
        folder = Path(str(self.settings.value(LAST_FOLDER_KEY, "") or Path.home()))
        return folder if folder.is_dir() else Path.home()

    def remember_folder(self, path: Path) -> None:
        self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))

    def run(self, title: str, label: str, work):
        return run_in_background(self.window, title, label, work, self.task_created.emit)

    def report(self, exc: BaseException) -> None:
        from kam_desktop.exchange.errors import Cancelled

        if isinstance(exc, Cancelled):
            self.status.emit(str(exc))
            return
        self.prompts.error(self.window, exc)

    # -- export
    def export_dossiers(self, current_client_id: str | None = None) -> Path | None:
        if not self.confirm_leave():  # unsaved edits are saved (or dropped) before export
            return None
        clients = self.dossiers.list_clients()
        if not clients:
            self.prompts.info(
                self.window,
                self.tr("Export dossier"),
                self.tr("There are no clients to export yet."),
            )
            return None
        dialog = ExportDialog(
            clients, current_client_id, self.last_folder(), self.prompts, self.window
        )
        accepted = self.prompts.run_dialog(dialog)
        request = dialog.request()
        dialog.deleteLater()
        if not accepted or request is None:
            return None
        self.remember_folder(request.path)
        try:
            result = self.run(
                self.tr("Export dossier"),
                self.tr("Writing {file}…").format(file=request.path.name),
                lambda progress, cancel: self.service.export_to_file(
                    request.path, request.client_ids, request.password, progress, cancel
                ),
            )
        except Exception as exc:  # noqa: BLE001 - every failure is shown, nothing written
            self.report(exc)
            return None
        self.status.emit(
            self.tr("{summary} Saved to {path}.").format(
                summary=result.summary(), path=request.path
            )
        )
        return request.path

    # -- import
    def import_dossier(self, path: Path | None = None) -> bool:
        """File → password → preview → apply. True when something was imported."""
        from kam_desktop.exchange.errors import ArchiveError
        from kam_desktop.services.exchange import read_file

        if not self.confirm_leave():
            return False
        if path is None:
            path = self.prompts.open_file(
                self.window,
                self.tr("Import dossier"),
                self.last_folder(),
                self.tr("KAM dossier (*.kamdossier);;All files (*)"),
            )
            if path is None:
                return False
        self.remember_folder(path)
        try:
            data = read_file(path)
        except ArchiveError as exc:
            self.report(exc)
            return False
        preview = self._preview(path, data)
        if preview is None:
            return False
        if not preview.has_changes and not preview.refused:
            self.prompts.info(
                self.window,
                self.tr("Import dossier"),
                self.tr(
                    "Nothing to import: your database already has everything in «{file}»."
                ).format(file=path.name)
                + "\n\n"
                + preview.summary(),
            )
            return False
        dialog = ImportPreviewDialog(preview, path.name, self.window)
        accepted = self.prompts.run_dialog(dialog)
        dialog.deleteLater()  # it holds the whole file in memory
        if not accepted:
            self.status.emit(self.tr("Import cancelled; nothing was changed."))
            return False
        try:
            result = self.run(
                self.tr("Import dossier"),
                self.tr("Importing {file}…").format(file=path.name),
                lambda progress, cancel: self.service.apply_import(preview, progress, cancel),
            )
        except Exception as exc:  # noqa: BLE001 - one transaction: nothing was changed
            self.report(exc)
            return False
        self.imported.emit()
        self.prompts.info(self.window, self.tr("Import dossier"), result.summary())
        self.status.emit(result.summary())
        return True

    def _preview(self, path: Path, data: bytes):
        """Read and check the file; asks for the password (again after a wrong one)."""
        from kam_desktop.exchange.crypto import is_encrypted
        from kam_desktop.exchange.errors import PasswordRequiredError, WrongPasswordError

        password: str | None = None
        if is_encrypted(data):
            password = self.prompts.password(self.window, path.name, None)
            if password is None:
                return None
        while True:
            try:
                return self.run(
                    self.tr("Import dossier"),
                    self.tr("Checking {file}…").format(file=path.name),
                    lambda progress, cancel, pw=password: self.service.preview_import(
                        data, pw, progress, cancel
                    ),
                )
            except (WrongPasswordError, PasswordRequiredError) as exc:
                password = self.prompts.password(self.window, path.name, str(exc))
                if password is None:
                    return None
            except Exception as exc:  # noqa: BLE001 - damaged, hostile, tampered: shown
                self.report(exc)
                return None

    # -- drag and drop (the main window forwards its drag events here)
    def accept_drag(self, event: QDragEnterEvent) -> bool:
        """Accept a drag that carries a .kamdossier file; False leaves the event alone."""
        if not dossier_paths(event.mimeData()):
            return False
        event.acceptProposedAction()
        return True

    def accept_drop(self, event: QDropEvent) -> bool:
        """Start the import flow of a dropped .kamdossier file (the first, if several)."""
        paths = dossier_paths(event.mimeData())
        if not paths:
            return False
        event.acceptProposedAction()
        # After the drop returns: the drag source waits for it, and the flow opens dialogs.
        QTimer.singleShot(0, self, lambda: self.import_dossier(paths[0]))
        return True

    # -- vCard and calendar (their dialogs live in their own modules)
    def export_vcard(self, client_id: str) -> Path | None:
        from kam_desktop.gui.vcard_dialogs import export_vcard

        return export_vcard(self, client_id)

    def import_vcard(self, client_id: str) -> bool:
        from kam_desktop.gui.vcard_dialogs import import_vcard

        return import_vcard(self, client_id)

    def export_calendar(self) -> Path | None:
        from kam_desktop.gui.calendar_export import export_calendar

        return export_calendar(self)
