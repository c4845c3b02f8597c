""" "Meeting brief…" on an open dossier: choose the attendees and the date, save the PDF, then
open it (to read or print) or its folder.

The influential members (4–5) come pre-checked. Rendering and writing run as an ``Operation``
through ``MeetingBriefService.write``; the services are imported on first use (start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import Member
from kam_desktop.domain.errors import KamError
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import HINT_STYLE
from kam_desktop.gui.operations import Operation, Outcome
from kam_desktop.gui.prompts import UserPrompts
from kam_desktop.gui.status_messages import exported_message, show_status

if TYPE_CHECKING:
    from kam_desktop.gui.main_window import MainWindow
    from kam_desktop.services.database import Database
    from kam_desktop.services.meeting_brief import MeetingBriefService

LAST_FOLDER_KEY = "meeting_brief/last_folder"
BRIEF_BUTTON = "meeting_brief_button"  # its object name (tests find it by it)
MemberIdRole = Qt.ItemDataRole.UserRole + 1
UrlOpener = Callable[[QUrl], bool]


class MeetingBriefDialog(QDialog):
    """Attendees (checkable, influential pre-checked) and the meeting's date."""

    def __init__(
        self,
        client_name: str,
        group: list[Member],
        role_labels: dict[str, str],
        checked: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting brief: %1").replace("%1", client_name))
        self.attendees = QListWidget()
        chosen = set(checked)
        for m in group:
            role = role_labels.get(m.role_code, m.role_code)
            text = self.tr("%1 — %2, influence %3").replace("%1", m.full_name)
            item = QListWidgetItem(text.replace("%2", role).replace("%3", str(m.influence)))
            item.setData(MemberIdRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in chosen else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.all_button = QPushButton(self.tr("All"))
        self.none_button = QPushButton(self.tr("None"))
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        hint = QLabel(
            self.tr(
                "The brief is internal: it prints the dossier (attitudes, concerns, family). "
                "Do not give it to the client."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.message = QLabel()
        self.message.setStyleSheet("color: #A33A2B;")
        self.message.hide()

        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Date of the meeting:"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who comes to the meeting:")))
        layout.addWidget(self.attendees, 1)
        layout.addLayout(picks)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(600, 440)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.attendees.count()):
            self.attendees.item(row).setCheckState(state)

    def attendee_ids(self) -> list[str]:
        items = (self.attendees.item(row) for row in range(self.attendees.count()))
        return [i.data(MemberIdRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def meeting_date(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[return-value]

    def _accept(self) -> None:
        if self.attendees.count() and not self.attendee_ids():
            self.message.setText(self.tr("Choose at least one attendee."))
            self.message.show()
            return
        self.accept()


class MeetingBriefFlow:
    """One "Meeting brief…" run: ask, write off the GUI thread, offer to open the PDF."""

    def __init__(
        self,
        service: MeetingBriefService,
        parent: QWidget,
        prompts: UserPrompts,
        open_url: UrlOpener = QDesktopServices.openUrl,
        settings: QSettings | None = None,
    ) -> None:
        self.service = service
        self.parent = parent
        self.prompts = prompts
        self.open_url = open_url
        self.settings = settings

    def run(self, client_id: str, client_name: str) -> Outcome:
        """Settles with the written path, or None when cancelled or failed (with a message)."""
        from kam_desktop.services.meeting_brief import influential_ids

        outcome = Outcome()
        try:
            group = self.service.group(client_id)
            roles = self.service.role_labels()
        except KamError as exc:
            self.prompts.error(
                self.parent,
                QCoreApplication.translate("MeetingBriefDialog", "Cannot make the brief"),
                str(exc),
            )
            return outcome.settle(None)
        dialog = MeetingBriefDialog(client_name, group, roles, influential_ids(group), self.parent)
        if not self.prompts.run_dialog(dialog):
            return outcome.settle(None)
        attendees, on = dialog.attendee_ids(), dialog.meeting_date()
        suggested = self._folder() / brief_file_name(client_name, on)
        path = self.prompts.save_file(
            self.parent,
            QCoreApplication.translate("MeetingBriefDialog", "Save the meeting brief"),
            suggested,
            QCoreApplication.translate("MeetingBriefDialog", "PDF documents (*.pdf)"),
        )
        if path is None:
            return outcome.settle(None)
        target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

        def work(_progress, _cancel) -> Path:
            return self.service.write(target, client_id, attendees, on)

        def written(done: Path) -> None:
            if self.settings is not None:
                self.settings.setValue(LAST_FOLDER_KEY, str(done.parent))
            self._offer_to_open(done)
            outcome.settle(done)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KamError):
                self.prompts.error(
                    self.parent,
                    QCoreApplication.translate("MeetingBriefDialog", "Cannot make the brief"),
                    str(exc),
                )
            else:
                show_error(self.parent, exc)
            outcome.settle(None)

        Operation(self.parent, work).with_progress(
            QCoreApplication.translate("MeetingBriefDialog", "Meeting brief"),
            QCoreApplication.translate("MeetingBriefDialog", "Writing the brief…"),
            cancellable=False,
        ).success(written).failure(failed).run_in_background()
        return outcome

    def _folder(self) -> Path:
        stored = str(self.settings.value(LAST_FOLDER_KEY, "") or "") if self.settings else ""
        folder = Path(stored) if stored else Path.home()
        return folder if folder.is_dir() else Path.home()

    def _offer_to_open(self, path: Path) -> None:
        from kam_desktop.gui.proposal_output import SavedEditionsDialog

        show_status(self.parent, exported_message([path]))
        dialog = SavedEditionsDialog([path], self.parent)
        if not self.prompts.run_dialog(dialog) or dialog.action is None:
            return
        target = path if dialog.action == SavedEditionsDialog.OPEN_FILE else path.parent
        if not self.open_url(QUrl.fromLocalFile(str(target))):
            self.prompts.error(
                self.parent,
                QCoreApplication.translate("MeetingBriefDialog", "Cannot open"),
                QCoreApplication.translate(
                    "MeetingBriefDialog", "No application opens %1."
                ).replace("%1", str(target)),
            )


def brief_file_name(client_name: str, on: date) -> str:
    """«Справка УралТяжМаш 2026-12-01.pdf»: no characters file systems refuse."""
    safe = "".join(c if c.isalnum() or c in " -_.«»" else "_" for c in client_name).strip()
    word = QCoreApplication.translate("MeetingBriefDialog", "Brief")
    return f"{word} {safe or 'client'} {on.isoformat()}.pdf"


# ---- the main window's hook -----------------------------------------------------------------
def meeting_brief_service(db: Database) -> MeetingBriefService:
    from kam_desktop.services.meeting_brief import MeetingBriefService

    return MeetingBriefService(db)


def start_meeting_brief(window: MainWindow) -> Outcome | None:
    client_id = window.dossier.client_id
    if client_id is None:
        return None
    name = window.dossier.title.text()
    flow = MeetingBriefFlow(
        meeting_brief_service(window.db), window, window.prompter, settings=window.settings
    )
    return flow.run(client_id, name)


def add_meeting_brief_button(window: MainWindow) -> QPushButton:
    """The dossier header's "Meeting brief…" button (beside the Share button)."""
    button = QPushButton(QCoreApplication.translate("MeetingBriefDialog", "Meeting brief…"))
    button.setObjectName(BRIEF_BUTTON)
    button.setToolTip(
        QCoreApplication.translate(
            "MeetingBriefDialog", "A printable brief for a meeting with this client (internal)"
        )
    )
    button.clicked.connect(lambda: start_meeting_brief(window))
    window.dossier.header_layout.addWidget(button)
    return button
