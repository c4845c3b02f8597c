"""Share → Erase this person's data…: the right to erasure (152-ФЗ / GDPR) for the person
selected in the decision group. A confirmation lists what goes (the service's plan) and what
sent proposals keep, says it cannot be undone, starts on Cancel and erases only after an
explicit tick. The command line's ``erase-person`` does the same (``services/personal_data``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE
from kam_desktop.gui.plain_text import plain

if TYPE_CHECKING:
    from kam_desktop.gui.exchange_controller import ExchangeController
    from kam_desktop.services.personal_data import ErasureResult


def _label(text: str, style: str = "") -> QLabel:
    label = plain(QLabel(text))
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class ErasePersonDialog(QDialog):
    """The confirmation: what will be erased, what sent proposals keep, no undo."""

    def __init__(
        self, name: str, plan: list[str], keep_backups: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase this person's data"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = _label(self.tr("Erase everything held about «%1»?").replace("%1", name))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(_label(self.tr("This is erased or changed:")))
        self.plan_label = _label("\n".join(f"• {line}" for line in plan[1:]))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.plan_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(
            _label(
                self.tr(
                    "Mentions of them in texts are replaced by a neutral marker. Sent proposals "
                    "keep only what the document printed (name, position, form of address), so "
                    "the document stays what the client received."
                ),
                HINT_STYLE,
            )
        )
        if keep_backups is not None:
            backups = self.tr(
                "Backups made before now still hold the person until they rotate out (the "
                "newest %1 are kept); backups made from now on do not."
            ).replace("%1", str(keep_backups))
            layout.addWidget(_label(backups, HINT_STYLE))
        layout.addWidget(
            _label(self.tr("This cannot be undone, not even with Ctrl+Z."), ERROR_STYLE)
        )
        self.understood = QCheckBox(self.tr("I understand that the erasure cannot be undone"))
        layout.addWidget(self.understood)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase"))
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter cancels; erasing takes the tick and a click
        self.understood.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()


def erase_person_data(controller: ExchangeController, member_id: str, name: str) -> bool:
    """Confirm, then erase off the GUI thread (rewriting a big file takes seconds); True when
    the erasure started. ``person_erased`` follows when it is done (the window refreshes)."""
    from kam_desktop.services.personal_data import PersonalDataService, plan_lines

    if not controller.confirm_leave():  # unsaved edits first: they may be this person's
        return False
    service = PersonalDataService(controller.db)
    try:
        plan = service.erasure_plan(member_id)
        keep = _backups_kept(controller)
    except Exception as exc:  # noqa: BLE001 - a person deleted meanwhile, a busy database
        controller.report(exc)
        return False
    dialog = ErasePersonDialog(name, plan_lines(plan), keep, controller.window)
    if not controller.prompts.run_dialog(dialog):
        return False

    def done(result: ErasureResult) -> None:
        controller.person_erased.emit(result.client_id)
        if result.file_rewritten:
            message = QCoreApplication.translate("PersonErase", "The person's data was erased.")
        else:
            message = QCoreApplication.translate(
                "PersonErase",
                "The person's data was erased; the database was busy, so deleted bytes may stay "
                "in the file until the next erasure.",
            )
        controller.status.emit(message)

    controller.run(
        QCoreApplication.translate("PersonErase", "Erase this person's data"),
        QCoreApplication.translate("PersonErase", "Erasing and rewriting the database file…"),
        lambda _progress, _cancel: service.erase(member_id),
        done,
        cancellable=False,  # one transaction, then the rewrite: nothing to stop halfway
    ).failure(controller.report).run_in_background()  # read-only, busy: nothing was erased
    return True


def _backups_kept(controller: ExchangeController) -> int | None:
    """How many automatic backups are kept (None: not an SQLite file, no backups)."""
    if controller.db.path is None:
        return None
    from kam_desktop.services.backups import BackupService

    return BackupService(controller.db).keep()
