"""The Export dossier… dialog: what to export, an optional password, the target file."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import ClientSummary
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.prompts import UserPrompts

log = logging.getLogger(__name__)

DOSSIER_SUFFIX = ".kamdossier"
MIN_PASSWORD_LENGTH = 8
COMMON_PASSWORDS = {"password", "12345678", "123456789", "qwertyui", "qwerty123", "11111111"}
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


# ---- export ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExportRequest:
    client_ids: list[str] | None  # None: every client
    password: str | None
    path: Path
    without_personal: bool = False  # leave the people's personal layer out


class ExportDialog(QDialog):
    """What to export (this client / chosen clients / all), optional password, target file."""

    def __init__(
        self,
        clients: list[ClientSummary],
        current_client_id: str | None,
        folder: Path,
        prompts: UserPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export dossier"))
        self._clients = clients
        self._current = next((c for c in clients if c.id == current_client_id), None)
        self._folder = folder
        self._prompts = prompts
        self._path_edited = False
        self._personal_chosen = False  # the user set the switch: it no longer follows the scope
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
        layout.addWidget(self._build_personal())
        return box

    def _build_personal(self) -> QWidget:
        """The switch that leaves the personal layer out (domain.dossier.PERSONAL_LAYER).

        On by default for one or chosen clients — a handover to a colleague carries business
        facts without private details unless chosen (issue 11) — and off for all clients,
        which is a full copy (another computer of the same KAM, a move of the database)."""
        self.without_personal = QCheckBox(
            self.tr("Without personal details (family, birthdays, hobbies, values, notes)")
        )
        self.without_personal.setToolTip(
            self.tr(
                "Left out: birthdays and the wedding anniversary, family (with their birthdays), "
                "hobbies, values, likes and dislikes, topics to avoid and personal notes. "
                "Travel: names, positions, roles in the decision, influence, attitude, concerns, "
                "work contacts, interactions and proposals. The file says it carries no personal "
                "details, and importing it keeps the receiver's own."
            )
        )
        self.without_personal.clicked.connect(self._on_personal_clicked)
        self.personal_hint = plain(
            QLabel(
                self.tr(
                    "On for a handover to a colleague: the business facts travel, the people's "
                    "private details stay here. Off for a full copy, e.g. to your other computer."
                )
            )
        )
        self.personal_hint.setWordWrap(True)
        self.personal_hint.setStyleSheet(HINT_STYLE)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.without_personal)
        layout.addWidget(self.personal_hint)
        return widget

    def _on_personal_clicked(self) -> None:
        self._personal_chosen = True

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
        self.protect.toggled.connect(self._on_password_changed)
        self.password.textChanged.connect(self._on_password_changed)
        self.confirm.textChanged.connect(self._on_password_changed)
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
        if not self._personal_chosen:
            self.without_personal.setChecked(not self.all_radio.isChecked())
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
        self._request = ExportRequest(ids, password, path, self.without_personal.isChecked())
        self.accept()

    def request(self) -> ExportRequest | None:
        return self._request
