"""How a proposal's status reads and looks: labels (``ProposalStatus`` context) and chip colours.

Shared by the editor's header and the Proposals tab's list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kam_desktop.domain.proposal import ProposalStatus

CHIP_STYLE = "border-radius: 9px; padding: 1px 8px; color: white; background: %s;"
STATUS_COLORS = {
    ProposalStatus.DRAFT: "#5f6368",
    ProposalStatus.SENT: "#1a73e8",
    ProposalStatus.ACCEPTED: "#188038",
    ProposalStatus.REJECTED: "#a50e0e",
}
EXPIRED_COLOR = "#b06000"


def status_label(status: ProposalStatus) -> str:
    labels = {
        ProposalStatus.DRAFT: QCoreApplication.translate("ProposalStatus", "Draft"),
        ProposalStatus.SENT: QCoreApplication.translate("ProposalStatus", "Sent"),
        ProposalStatus.ACCEPTED: QCoreApplication.translate("ProposalStatus", "Accepted"),
        ProposalStatus.REJECTED: QCoreApplication.translate("ProposalStatus", "Rejected"),
    }
    return labels[status]


def status_text(status: ProposalStatus, expired: bool) -> str:
    """«Sent · expired» when the validity date passed while the offer is still open."""
    if not expired:
        return status_label(status)
    expired_text = QCoreApplication.translate("ProposalStatus", "expired")
    return f"{status_label(status)} · {expired_text}"
