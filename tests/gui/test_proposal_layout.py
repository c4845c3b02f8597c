"""The proposal editor fits the screen: at 1024×700 and 1280×720 nothing is cut — item names,
totals, the amount in words, the addressee list, the tabs; the client list steps aside."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from kam_desktop.gui.main_window import LIST_WHILE_EDITING_KEY, MainWindow
from kam_desktop.gui.proposal_editor import FORM_SHARE_KEY, ITEMS, LINE_KEYS
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from tests.gui.shell_helpers import ScriptedPrompter, open_dossier

SIZES = [(1024, 700), (1280, 720)]


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, db, settings, size) -> MainWindow:
    window = MainWindow(db, settings=settings, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    open_dossier(qtbot, window, KEY_CLIENT_ID)
    return window


def open_proposal(qtbot, window):
    dossier = window.dossier
    dossier.tabs.setCurrentWidget(dossier.proposals)
    dossier.proposals.open_current()
    editor = dossier.proposals.editor
    qtbot.wait(50)  # let the layout settle at the new width
    return editor


def fits(label: QLabel) -> bool:
    """A label shows all of its text: wide enough, and tall enough for its wrapped lines."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.fontMetrics().horizontalAdvance(label.text())


@pytest.mark.parametrize("size", SIZES)
def test_nothing_in_the_editor_is_cut(qtbot, db, settings, size):
    load_demo(db)
    window = open_window(qtbot, db, settings, size)
    editor = open_proposal(qtbot, window)

    assert not window.left.isVisible()  # the client list stepped aside
    bar = editor.sections.tabBar()
    for i in range(bar.count()):  # every tab title in full, no scroll arrows
        assert bar.tabRect(i).right() <= bar.width()
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i))

    # Each page fits the width: no sideways scrolling anywhere.
    for i in range(editor.sections.count()):
        editor.sections.setCurrentIndex(i)
        qtbot.wait(20)
        for area in editor.sections.widget(i).findChildren(QScrollArea) + [
            editor.sections.widget(i)
        ]:
            if isinstance(area, QScrollArea):
                assert area.horizontalScrollBar().maximum() == 0, editor.sections.tabText(i)

    editor.sections.setCurrentIndex(ITEMS)
    qtbot.wait(20)
    lines = editor.lines
    description = lines.columnWidth(0)
    assert description >= 150
    for row in range(lines.rowCount()):  # names wrap in full: the row is as tall as needed
        assert lines.rowHeight(row) >= lines.sizeHintForRow(row)
        for column in range(1, len(LINE_KEYS) + 1):
            text = lines.item(row, column).text()
            assert lines.columnWidth(column) >= lines.fontMetrics().horizontalAdvance(text)
    for key, label in editor.total_labels.items():
        if label.isVisible():
            assert fits(label), key
    assert editor.words_label.isVisible() and fits(editor.words_label)

    editor.sections.setCurrentIndex(0)
    qtbot.wait(20)
    addressees = editor.addressees
    assert addressees.verticalScrollBar().maximum() == 0  # all seven people in view
    for row in range(addressees.count()):
        rect = addressees.visualItemRect(addressees.item(row))
        assert rect.height() >= addressees.sizeHintForRow(row) - 1


def test_the_list_comes_back_and_f9_keeps_it(qtbot, db, settings):
    load_demo(db)
    window = open_window(qtbot, db, settings, (1280, 720))
    editor = open_proposal(qtbot, window)
    assert not window.left.isVisible()
    assert "F9" in window.statusBar().currentMessage()

    window.client_list_action.trigger()  # F9
    assert window.left.isVisible()
    assert settings.value(LIST_WHILE_EDITING_KEY, type=bool) is True

    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert window.left.isVisible()
    window.client_list_action.trigger()
    assert window.left.isVisible()  # outside the editor the list always shows
    open_proposal(qtbot, window)
    assert not window.left.isVisible()
    window.dossier.tabs.setCurrentWidget(window.dossier.overview)
    assert window.left.isVisible()  # another dossier tab: the list is back


def test_the_form_preview_split_is_remembered(qtbot, db, settings):
    load_demo(db)
    window = open_window(qtbot, db, settings, (1280, 720))
    editor = open_proposal(qtbot, window)
    splitter = editor.splitter
    handle = splitter.handle(1)
    start = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start - QPoint(120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start - QPoint(120, 0))
    share = float(settings.value(FORM_SHARE_KEY))
    form, preview = splitter.sizes()
    assert share == pytest.approx(form / (form + preview), abs=0.01)
    window.close()

    again = open_window(qtbot, db, settings, (1024, 700))
    editor = open_proposal(qtbot, again)
    form, preview = editor.splitter.sizes()
    assert form / (form + preview) == pytest.approx(share, abs=0.02)
