"""«Send…»: e-mail drafts per addressee opened in the mail program, then mark the proposal sent;
the follow-up plan of a proposal shown where the proposal is; «Re-quote…» of an expired offer.

The drafts are written by ``MailDraftService`` off the GUI thread (an ``Operation``: each
edition renders in ~100 ms) into a folder per proposal under the data dir, so nothing asks
where. Each ``.eml`` is handed to the system (``open_url``), which opens it in the mail
program as a draft to send. Only the KAM knows whether they pressed Send there, so the app
asks; on Yes the proposal is marked sent today, and ``set_status`` plans the follow-up.

Two hooks place this on screen with a few lines each: ``EditorSending`` (header buttons and a
follow-up line in the proposal editor) and ``TabSending`` (buttons and the follow-up list in
the Proposals tab).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.proposal import Proposal, ProposalStatus, ProposalSummary
from kam_desktop.gui.error_dialog import show_error
from kam_desktop.gui.forms import HINT_STYLE
from kam_desktop.gui.operations import Operation, Outcome
from kam_desktop.gui.plain_text import as_text
from kam_desktop.gui.proposal_checks import SendChecksDialog
from kam_desktop.gui.proposal_requote import RequoteDialog
from kam_desktop.i18n import current_language
from kam_desktop.paths import data_dir
from kam_desktop.services.mail_drafts import DraftsWritten, MailDraftService
from kam_desktop.services.proposal_documents import UNSAFE_IN_FILE_NAMES
from kam_desktop.services.proposal_follow_up import FollowUpStep, ProposalFollowUp
from kam_desktop.services.proposals import ProposalService
from kam_desktop.services.requote import RequoteService

if TYPE_CHECKING:
    from kam_desktop.gui.proposal_editor import ProposalEditor
    from kam_desktop.gui.proposals_tab import ProposalsTab

log = logging.getLogger(__name__)

UrlOpener = Callable[[QUrl], bool]
STATUS_MESSAGE_MS = 10_000
DRAFTS_FOLDER = "mail-drafts"


def drafts_folder(number: str) -> Path:
    """Where the drafts of a proposal go: one folder per number under the data dir."""
    name = UNSAFE_IN_FILE_NAMES.sub("-", number).strip(" .") or "proposal"
    return data_dir() / DRAFTS_FOLDER / name


def show_status(widget: QWidget, text: str) -> None:
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MESSAGE_MS)


def day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def follow_up_message(steps: list[FollowUpStep]) -> str:
    """«Follow-up planned: 5 steps, first on 07.12.2026» for the status bar."""
    if not steps:
        return QCoreApplication.translate("ProposalSending", "Marked as sent.")
    return (
        QCoreApplication.translate(
            "ProposalSending", "Follow-up planned: %1 steps, first on %2 (see Today)."
        )
        .replace("%1", str(len(steps)))
        .replace("%2", day(min(s.due_on for s in steps)))
    )


class DraftsOpenedDialog(QDialog):
    """The drafts are open in the mail program: did the KAM send them?"""

    def __init__(
        self, written: DraftsWritten, folder: Path, ask: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail drafts"))
        self.open_folder_requested = False
        no_mail = self.tr("no e-mail")
        lines = [self.tr("One draft per addressee is open in your mail program:")]
        lines += [f"  • {d.full_name} — {d.recipient or no_mail}" for d in written.drafts]
        lines += ["", self.tr("Saved in %1").replace("%1", str(folder))]
        message = QLabel("\n".join(lines))
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        if written.warnings:
            warning = QLabel("\n".join(written.warnings))
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b06000;")
            layout.addWidget(warning)
        if ask:
            question = QLabel(
                self.tr(
                    "Send them from the mail program. Did you send them? The proposal is then "
                    "marked as sent today and its follow-up is planned."
                )
            )
            question.setWordWrap(True)
            layout.addWidget(question)
        buttons = QDialogButtonBox()
        self.sent_button = QPushButton(self.tr("Yes, mark as sent"))
        self.later_button = QPushButton(self.tr("Not yet") if ask else self.tr("Close"))
        self.folder_button = QPushButton(self.tr("Open the folder"))
        if ask:
            buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.sent_button.setDefault(True)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sent_button.clicked.connect(self.accept)
        self.later_button.clicked.connect(self.reject)
        self.folder_button.clicked.connect(self._open_folder)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _open_folder(self) -> None:
        self.open_folder_requested = True


class ProposalSending:
    """One «Send…» run for a stored proposal; ``send`` settles with the proposal as it is now
    (marked sent when the KAM said so), or None when nothing changed."""

    def tr(self, text: str) -> str:
        """Qt's translation in this class's context (lupdate reads ``self.tr`` calls)."""
        return QCoreApplication.translate(type(self).__name__, text)

    def __init__(
        self,
        parent: QWidget,
        service: ProposalService,
        prompts,
        open_url: UrlOpener,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.parent = parent
        self.service = service
        self.drafts = MailDraftService(service.db)
        self.prompts = prompts
        self.open_url = open_url
        self.today = today
        self.folder_for: Callable[[str], Path] = drafts_folder

    def checks_allow(self, proposal: Proposal) -> bool:
        """The coverage warnings with "Send anyway" / "Back"; none → go on at once."""
        try:
            warnings = self.service.warnings(proposal.saved_id, current_language())
        except KamError:
            log.warning("coverage check failed", exc_info=True)
            return True  # the check never stands between the KAM and sending
        if not warnings:
            return True
        dialog = SendChecksDialog(warnings, proposal.display_number, parent=self.parent)
        return bool(self.prompts.run_dialog(dialog))

    def send(self, proposal: Proposal) -> Outcome:
        outcome = Outcome()
        try:
            folder = self.folder_for(proposal.display_number)
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.prompts.error(self.parent, self.tr("Cannot write the drafts"), str(exc))
            return outcome.settle(None)
        pid = proposal.saved_id

        def written(result: DraftsWritten) -> None:
            self._open_drafts(result, folder)
            outcome.settle(self._ask_and_mark(proposal, result, folder))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KamError):
                self.prompts.error(self.parent, self.tr("Cannot write the drafts"), str(exc))
            else:
                show_error(self.parent, exc)
            outcome.settle(None)

        Operation(
            self.parent, lambda progress, _cancel: self.drafts.write_drafts(pid, folder, progress)
        ).with_progress(
            self.tr("Send %1").replace("%1", proposal.display_number),
            self.tr("Writing the e-mail drafts…"),
            cancellable=False,
        ).success(written).failure(failed).run_in_background()
        return outcome

    def _open_drafts(self, result: DraftsWritten, folder: Path) -> None:
        opened = [self.open_url(QUrl.fromLocalFile(str(d.path))) for d in result.drafts]
        if not all(opened):
            self.prompts.error(
                self.parent,
                self.tr("Cannot open the drafts"),
                self.tr("No mail program opens .eml files here; the drafts are in %1.").replace(
                    "%1", str(folder)
                ),
            )

    def _ask_and_mark(
        self, proposal: Proposal, result: DraftsWritten, folder: Path
    ) -> Proposal | None:
        ask = proposal.status == ProposalStatus.DRAFT
        dialog = DraftsOpenedDialog(result, folder, ask, self.parent)
        answer = bool(self.prompts.run_dialog(dialog))
        if dialog.open_folder_requested:
            self.open_url(QUrl.fromLocalFile(str(folder)))
        if not (ask and answer):
            self._say(self.tr("%1 e-mail drafts written.").replace("%1", str(len(result.drafts))))
            return None
        try:
            stored = self.service.set_status(proposal.saved_id, ProposalStatus.SENT, self.today())
        except KamError as exc:
            self.prompts.error(self.parent, self.tr("Cannot mark the proposal as sent"), str(exc))
            return None
        steps = ProposalFollowUp(self.service.db).steps(stored.saved_id, current_language())
        self._say(follow_up_message(steps))
        return stored

    def _say(self, text: str) -> None:
        show_status(self.parent, text)

    # ---- re-quote ------------------------------------------------------------------------
    def requote(self, proposal: Proposal) -> Proposal | None:
        """Show what a re-quote changes; the stored new revision when the KAM saved it."""
        service = RequoteService(self.service.db)
        try:
            draft, changes = service.requote(proposal.saved_id, self.today())
        except KamError as exc:
            self.prompts.error(self.parent, self.tr("Cannot re-quote"), str(exc))
            return None
        latest = max((p.revision for p in self.service.revisions(proposal.number)), default=1)
        next_revision = latest + 1 if proposal.is_frozen else proposal.revision
        dialog = RequoteDialog(proposal, draft, changes, next_revision, self.parent)
        if not self.prompts.run_dialog(dialog):
            return None
        try:
            stored = service.save(draft)
        except KamError as exc:
            self.prompts.error(self.parent, self.tr("Cannot re-quote"), str(exc))
            return None
        self._say(
            self.tr("Re-quoted as %1 with current prices.").replace("%1", stored.display_number)
        )
        return stored


class FollowUpList(QWidget):
    """The planned steps of one proposal: due, step, done (read-only; acted on in Today)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("Mark steps done or move them in Today."))
        self.hint.setStyleSheet(HINT_STYLE)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Step"), self.tr("Done")])
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(0, 100)
        self.tree.setColumnWidth(2, 100)
        self.tree.setMaximumHeight(150)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.steps: list[FollowUpStep] = []

    def show_steps(self, number: str, steps: list[FollowUpStep], today: date) -> None:
        self.steps = steps
        self.title.setText(self.tr("Follow-up of %1").replace("%1", number))
        self.tree.clear()
        for step in steps:
            done = day(step.done_on) if step.done_on else ""
            item = QTreeWidgetItem([day(step.due_on), step.title, done])
            item.setToolTip(1, as_text(step.title))
            if step.is_overdue(today):
                item.setForeground(0, Qt.GlobalColor.darkRed)
                item.setToolTip(0, self.tr("Overdue"))
            self.tree.addTopLevelItem(item)
        self.setVisible(bool(steps))


# ---- hooks -------------------------------------------------------------------------------------
class TabSending:
    """«Send…», «Re-quote…» and the follow-up list in the Proposals tab's list page."""

    def tr(self, text: str) -> str:
        """Qt's translation in this class's context (lupdate reads ``self.tr`` calls)."""
        return QCoreApplication.translate(type(self).__name__, text)

    def __init__(self, tab: ProposalsTab, page: QVBoxLayout) -> None:
        self.tab = tab
        self.open_url: UrlOpener = QDesktopServices.openUrl  # tests record instead
        self.send_button = QPushButton(self.tr("Send…"))
        self.send_button.setToolTip(
            self.tr(
                "Write an e-mail draft per addressee with their edition attached, open them in "
                "your mail program, then mark the proposal as sent"
            )
        )
        self.requote_button = QPushButton(self.tr("Re-quote…"))
        self.requote_button.setToolTip(
            self.tr("The offer expired: a new revision with current catalogue prices and new dates")
        )
        first = page.itemAt(0)
        buttons_row = first.layout() if first is not None else None
        assert isinstance(buttons_row, QHBoxLayout)  # RecordListTab._list_page: buttons first
        index = buttons_row.count() - 1  # before the stretch
        buttons_row.insertWidget(index, self.send_button)
        buttons_row.insertWidget(index + 1, self.requote_button)
        self.follow_up = FollowUpList()
        self.follow_up.hide()
        page.addWidget(self.follow_up)
        self.send_button.clicked.connect(lambda: self.send_current())
        self.requote_button.clicked.connect(lambda: self.requote_current())
        self.update(None)

    def flow(self) -> ProposalSending:
        tab = self.tab
        return ProposalSending(tab, tab.service, tab.prompts, self.open_url, tab.today)

    def update(self, current: ProposalSummary | None) -> None:
        sendable = current is not None and current.status in (
            ProposalStatus.DRAFT,
            ProposalStatus.SENT,
        )
        self.send_button.setEnabled(sendable)
        self.requote_button.setVisible(current is not None and current.is_expired)
        if current is None or current.status == ProposalStatus.DRAFT:
            self.follow_up.hide()
            return
        steps = ProposalFollowUp(self.tab.service.db).steps(current.id, current_language())
        number = current.number if current.revision <= 1 else f"{current.number}/{current.revision}"
        self.follow_up.show_steps(number, steps, self.tab.today())

    def _proposal(self) -> Proposal | None:
        current = self.tab._current()
        if current is None:
            return None
        try:
            return self.tab.service.get(current.id)
        except KamError as exc:
            self.tab.prompts.error(self.tab, self.tr("Cannot open the proposal"), str(exc))
            return None

    def send_current(self) -> Outcome:
        proposal = self._proposal()
        flow = self.flow()
        if proposal is None or (
            proposal.status == ProposalStatus.DRAFT and not flow.checks_allow(proposal)
        ):
            return Outcome().settle(None)
        return flow.send(proposal).on_settled(lambda _stored: self._after(proposal.saved_id))

    def requote_current(self) -> Proposal | None:
        proposal = self._proposal()
        if proposal is None:
            return None
        stored = self.flow().requote(proposal)
        if stored is not None:
            self._after(stored.saved_id)
            self.tab.open_proposal(stored.saved_id)  # the new revision, to check and send
        return stored

    def _after(self, proposal_id: str) -> None:
        self.tab.refresh(proposal_id)
        self.tab.changed.emit()


class EditorSending:
    """«Send…» and «Re-quote…» in the editor's header, and a one-line follow-up under it."""

    def tr(self, text: str) -> str:
        """Qt's translation in this class's context (lupdate reads ``self.tr`` calls)."""
        return QCoreApplication.translate(type(self).__name__, text)

    def __init__(self, editor: ProposalEditor) -> None:
        self.editor = editor
        header = editor.header
        self.send_button = QPushButton(self.tr("Send…"))
        self.send_button.setToolTip(
            self.tr(
                "Write an e-mail draft per addressee with their edition attached, open them in "
                "your mail program, then mark the proposal as sent"
            )
        )
        self.requote_button = QPushButton(self.tr("Re-quote…"))
        self.requote_button.setToolTip(
            self.tr("The offer expired: a new revision with current catalogue prices and new dates")
        )
        index = header.indexOf(header.send_button)
        header.insertWidget(index, self.requote_button)
        header.insertWidget(index + 1, self.send_button)
        self.follow_up_label = QLabel()
        self.follow_up_label.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_up_label.setStyleSheet(HINT_STYLE)
        self.follow_up_label.setContentsMargins(6, 0, 4, 0)  # in line with the header row
        self.follow_up_label.hide()
        self.send_button.clicked.connect(lambda: self.send())
        self.requote_button.clicked.connect(lambda: self.requote())

    def place_follow_up(self, layout: QVBoxLayout, index: int) -> None:
        layout.insertWidget(index, self.follow_up_label)

    def flow(self) -> ProposalSending:
        e = self.editor
        return ProposalSending(e, e.service, e.prompts, e.open_url, self.today)

    @staticmethod
    def today() -> date:
        return date.today()

    def update(self, proposal: Proposal, latest_revision: int, read_only: bool) -> None:
        latest = proposal.revision == latest_revision
        open_ = proposal.status in (ProposalStatus.DRAFT, ProposalStatus.SENT)
        self.send_button.setVisible(latest and open_ and not read_only)
        self.requote_button.setVisible(latest and proposal.is_expired() and not read_only)
        self._show_follow_up(proposal)

    def _show_follow_up(self, proposal: Proposal) -> None:
        if proposal.id is None or proposal.status == ProposalStatus.DRAFT:
            self.follow_up_label.hide()
            return
        steps = ProposalFollowUp(self.editor.service.db).steps(proposal.id, current_language())
        open_steps = [s for s in steps if s.done_on is None]
        if not steps:
            self.follow_up_label.hide()
            return
        if open_steps:
            text = (
                self.tr("Follow-up: %1 of %2 steps open; next on %3: %4")
                .replace("%1", str(len(open_steps)))
                .replace("%2", str(len(steps)))
                .replace("%3", day(open_steps[0].due_on))
                .replace("%4", open_steps[0].title)
            )
        else:
            text = self.tr("Follow-up: all %1 steps done.").replace("%1", str(len(steps)))
        self.follow_up_label.setText(text)
        self.follow_up_label.setToolTip(
            as_text("\n".join(f"{day(s.due_on)}  {s.title}" for s in steps))
        )
        self.follow_up_label.show()

    def send(self) -> Outcome:
        editor = self.editor
        if not editor.prepare_sending():
            return Outcome().settle(None)
        proposal = editor.stored_proposal()
        if proposal is None:
            return Outcome().settle(None)
        return self.flow().send(proposal).on_settled(self._after_send)

    def _after_send(self, stored: object) -> None:
        if isinstance(stored, Proposal):
            self.editor.show_stored(stored)

    def requote(self) -> Proposal | None:
        editor = self.editor
        if not editor.discard_or_save():
            return None
        proposal = editor.stored_proposal()
        if proposal is None:
            return None
        stored = self.flow().requote(proposal)
        if stored is not None:
            editor.show_stored(stored)
        return stored
