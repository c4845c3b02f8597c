"""Short status-bar confirmations (saved, undone, exported): editors say what happened without
knowing the window; strings in the ``MainWindow`` context (shell catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

STATUS_MS = 5000  # a short confirmation: long enough to read, gone before it is stale


def show_status(widget: QWidget, text: str, timeout_ms: int = STATUS_MS) -> None:
    """One line in the status bar of the main window that holds ``widget`` (if any)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)


def saved_message(name: str) -> str:
    return QCoreApplication.translate("MainWindow", "Saved «{name}».").format(name=name)


def interaction_saved_message() -> str:
    return QCoreApplication.translate("MainWindow", "The interaction is saved.")


def exported_message(paths: list) -> str:
    """«Saved to <file>.» after an export (the first file and how many more)."""
    text = QCoreApplication.translate("MainWindow", "Saved to {path}.").format(path=paths[0])
    if len(paths) > 1:
        more = QCoreApplication.translate("MainWindow", "{count} more files in the same folder.")
        text += " " + more.format(count=len(paths) - 1)
    return text


def not_saved_message() -> str:
    return QCoreApplication.translate("MainWindow", "Not saved: fix the marked fields.")
