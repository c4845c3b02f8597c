"""The proposal editor's top row: back, number, status chip, revisions, checks, Save and the
status buttons, with the banner under it that says why a revision cannot change.

Layout and what it shows only; the editor connects the buttons. The strings moved here from
the editor keep the ``ProposalEditor`` translation context (literal ``translate`` calls).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from kam_desktop.domain.proposal import STATUS_TRANSITIONS, Proposal, ProposalStatus
from kam_desktop.gui.proposal_checks import ChecksIndicator
from kam_desktop.gui.proposal_status import (
    CHIP_STYLE,
    EXPIRED_COLOR,
    STATUS_COLORS,
    status_label,
    status_text,
)

BANNER_STYLE = "background: #fef7e0; border: 1px solid #f9d67a; border-radius: 3px; padding: 4px;"


class ProposalHeader(QHBoxLayout):
    """A row layout (the editor adds it above the sections); ``banner`` goes under it."""

    def __init__(self) -> None:
        super().__init__()
        self.back_button = QPushButton(QCoreApplication.translate("ProposalEditor", "← Proposals"))
        self.back_button.setToolTip(
            QCoreApplication.translate("ProposalEditor", "Back to the client's proposals")
        )
        self.number_label = QLabel()
        font = self.number_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.number_label.setFont(font)
        self.number_label.setTextFormat(Qt.TextFormat.PlainText)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel()
        self.revision_combo = QComboBox()
        self.revision_combo.setToolTip(
            QCoreApplication.translate("ProposalEditor", "Older revisions open read-only")
        )
        self.checks = ChecksIndicator()
        self.save_button = QPushButton(QCoreApplication.translate("ProposalEditor", "Save"))
        self.save_button.setToolTip(
            QCoreApplication.translate("ProposalEditor", "Save the proposal (Ctrl+S)")
        )
        self.send_button = QPushButton(QCoreApplication.translate("ProposalEditor", "Mark as sent"))
        self.send_button.setToolTip(
            QCoreApplication.translate(
                "ProposalEditor",
                "Shows what the dossier says is missing, then freezes the revision; later "
                "changes become a new revision",
            )
        )
        self.accept_button = QPushButton(QCoreApplication.translate("ProposalEditor", "Accepted"))
        self.accept_button.setToolTip(
            QCoreApplication.translate("ProposalEditor", "The client accepted this proposal")
        )
        self.reject_button = QPushButton(QCoreApplication.translate("ProposalEditor", "Rejected"))
        self.reject_button.setToolTip(
            QCoreApplication.translate("ProposalEditor", "The client turned this proposal down")
        )
        self.setContentsMargins(4, 4, 4, 0)
        self.addWidget(self.back_button)
        self.addSpacing(6)
        self.addWidget(self.number_label)
        self.addWidget(self.status_chip)
        self.addWidget(self.revision_combo)
        self.addStretch(1)
        self.addWidget(self.checks)
        for button in (self.save_button, self.send_button, self.accept_button, self.reject_button):
            self.addWidget(button)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()

    def status_buttons(self) -> dict[ProposalStatus, QPushButton]:
        return {
            ProposalStatus.SENT: self.send_button,
            ProposalStatus.ACCEPTED: self.accept_button,
            ProposalStatus.REJECTED: self.reject_button,
        }

    def fill_revisions(self, proposal: Proposal, revisions: list[Proposal]) -> int:
        """The revisions to switch between (shown when there are several); the latest number."""
        self.revision_combo.clear()
        for rev in revisions:
            text = QCoreApplication.translate("ProposalEditor", "Revision %1 — %2").replace(
                "%1", str(rev.revision)
            )
            self.revision_combo.addItem(text.replace("%2", status_label(rev.status)), rev.id)
        self.revision_combo.setCurrentIndex(max(self.revision_combo.findData(proposal.id), 0))
        self.revision_combo.setVisible(len(revisions) > 1)
        return max((r.revision for r in revisions), default=proposal.revision)

    def show_proposal(
        self, p: Proposal, latest_revision: int, read_only: bool, dirty: bool
    ) -> None:
        """Number, status, the status changes allowed now, Save, and the banner."""
        number = p.number or QCoreApplication.translate("ProposalEditor", "New proposal")
        if p.revision > 1:
            number += " · " + QCoreApplication.translate("ProposalEditor", "revision %1").replace(
                "%1", str(p.revision)
            )
        self.number_label.setText(number)
        expired = p.is_expired()
        color = EXPIRED_COLOR if expired else STATUS_COLORS[p.status]
        self.status_chip.setStyleSheet(CHIP_STYLE % color)
        self.status_chip.setText(status_text(p.status, expired))
        allowed = STATUS_TRANSITIONS[p.status] if p.revision == latest_revision else set()
        for status, button in self.status_buttons().items():
            button.setVisible(status in allowed)
        self.save_button.setVisible(not read_only)
        self.save_button.setEnabled(dirty or p.id is None)
        self.banner.setText(self.banner_text(p, latest_revision))
        self.banner.setVisible(bool(self.banner.text()))

    @staticmethod
    def banner_text(p: Proposal, latest_revision: int) -> str:
        if p.revision < latest_revision:
            return QCoreApplication.translate(
                "ProposalEditor",
                "Revision %1 is kept as it was sent and is shown read-only. "
                "Choose the latest revision above to edit.",
            ).replace("%1", str(p.revision))
        if p.status in (ProposalStatus.ACCEPTED, ProposalStatus.REJECTED):
            return QCoreApplication.translate(
                "ProposalEditor",
                "This proposal is decided and cannot change. Duplicate it from the list to "
                "make a new one.",
            )
        if p.status == ProposalStatus.SENT:
            sent = p.sent_on.strftime("%d.%m.%Y") if p.sent_on else ""
            return (
                QCoreApplication.translate(
                    "ProposalEditor",
                    "Sent on %1: this revision is frozen. Saving your changes creates "
                    "revision %2; the sent one stays as it is.",
                )
                .replace("%1", sent)
                .replace("%2", str(latest_revision + 1))
            )
        return ""
