"""Shared set-up for the proposal editor's GUI tests: the demo dossier on a real SQLite file,
the Proposals tab with scripted prompts, and a user who answers dialogs and file questions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QDialog, QRadioButton

from kam_desktop.gui.proposals_tab import ProposalsTab
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from kam_desktop.services.proposals import ProposalService
from tests.gui.dossier_helpers import ScriptedPrompts

RENDER_TIMEOUT_MS = 15_000


@pytest.fixture
def demo(db):
    load_demo(db)
    return db


@pytest.fixture
def service(demo) -> ProposalService:
    return ProposalService(demo)


@pytest.fixture
def tab(qtbot, dossiers, demo) -> ProposalsTab:
    widget = ProposalsTab(dossiers, QUndoStack())
    widget.prompts = ScriptedPrompts()
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.load(dossiers.get_dossier(KEY_CLIENT_ID))
    widget.show()
    return widget


def open_demo(tab: ProposalsTab):
    """The demo proposal in the editor, with the tab's scripted prompts."""
    tab.open_proposal(tab.model.summary_at(0).id)
    editor = tab.editor
    editor.prompts = tab.prompts
    return editor


def open_new(tab: ProposalsTab):
    tab.new_proposal()
    editor = tab.editor
    editor.prompts = tab.prompts
    return editor


def wait_for_pdf(qtbot, editor) -> None:
    qtbot.waitUntil(editor.preview.is_up_to_date, timeout=RENDER_TIMEOUT_MS)
    assert editor.preview.document.pageCount() > 0


def click(qtbot, widget) -> None:
    """A left click; on a check or radio box, on its box (stretched, it is empty on the right)."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


class User:
    """Acts in the editor's dialogs: ``on_dialog`` gets each dialog and returns the answer."""

    def __init__(self, prompts: ScriptedPrompts) -> None:
        self.prompts = prompts
        self.dialogs: list[QDialog] = []
        self.handlers: list[Callable[[QDialog], bool]] = []
        prompts.fill_dialog = self._answer

    def then(self, handler: Callable[[QDialog], bool]) -> User:
        self.handlers.append(handler)
        return self

    def _answer(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        if not self.handlers:
            return False
        return self.handlers.pop(0)(dialog)


class ScriptedFiles:
    """The file and folder answers of a user; records what was suggested."""

    def __init__(self, path: Path | None = None, folder: Path | None = None) -> None:
        self.path, self.folder_answer = path, folder
        self.suggested: list[Path] = []

    def save_path(self, parent, title, suggested: Path, filters: str) -> Path | None:
        self.suggested.append(suggested)
        return self.path

    def folder(self, parent, title, start: Path) -> Path | None:
        return self.folder_answer
