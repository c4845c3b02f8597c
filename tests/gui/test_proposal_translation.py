"""The Russian catalogue of the proposals area is complete and uses the DOMAIN.md vocabulary."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack

from kam_desktop.domain.proposal import ProposalStatus
from kam_desktop.gui.proposal_editor import status_text
from kam_desktop.paths import resource_path
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo

TS = resource_path("translations", "proposals_ru.ts")


@pytest.fixture
def russian(qapp):
    translator = QTranslator()
    assert translator.load("proposals_ru", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_message_is_translated():
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_status_and_expiry_in_russian(russian):
    assert status_text(ProposalStatus.SENT, expired=True) == "Отправлено · просрочено"
    assert status_text(ProposalStatus.DRAFT, expired=False) == "Черновик"


def test_editor_in_russian(russian, qtbot, db, dossiers):
    from kam_desktop.gui.proposals_tab import ProposalsTab

    load_demo(db)
    tab = ProposalsTab(dossiers, QUndoStack())
    qtbot.addWidget(tab)
    tab.load(dossiers.get_dossier(KEY_CLIENT_ID))
    assert tab.duplicate_button.text() == "Копировать в новый черновик"
    tab.open_current()
    editor = tab.editor
    titles = [editor.sections.tabText(i) for i in range(editor.sections.count())]
    assert titles == ["Условия", "Позиции и цены", "Финансовый результат", "Рабочая группа"]
    assert editor.preview.save_button.text() == "Сохранить PDF…"
    assert editor.preview.variant.itemText(0) == "Вся группа"
