"""Showing errors: user-caused ``KamError`` as a plain message, bugs with copyable details.

Every unexpected exception is also written to the log file in the data dir.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import __version__
from kam_desktop.domain.errors import KamError
from kam_desktop.gui.plain_text import as_text, plain
from kam_desktop.paths import log_path

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """An unexpected error: a short explanation, the traceback to copy, where the log is."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Something went wrong: {message}\n\nYour data is safe. The details below were "
                "written to the log file {log}. Please copy them into your report."
            ).format(message=message, log=log_path()),
            self,
        )
        intro.setWordWrap(True)
        plain(intro)  # the message may quote names and files
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def format_details(exc: BaseException) -> str:
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return f"KAM Desktop {__version__}, Python {sys.version.split()[0]}\n\n{trace}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc``: a ``KamError`` as its message only, anything else with its traceback."""
    if isinstance(exc, KamError):
        log.info("user error: %s", exc)
        title = QApplication.translate("ErrorDialog", "KAM Desktop")
        QMessageBox.warning(parent, title, as_text(str(exc)))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    ErrorDialog(str(exc) or type(exc).__name__, format_details(exc), parent).exec()


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if QApplication.instance() is None:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        sys.__excepthook__(exc_type, exc, tb)
        return
    show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    """Route uncaught exceptions (including those in Qt slots) to ``show_error``."""
    sys.excepthook = _excepthook
