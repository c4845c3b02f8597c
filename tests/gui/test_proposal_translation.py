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
    assert titles == ["Общее", "Тексты", "Позиции", "Финансы", "Рабочая группа", "Адаптация"]
    assert editor.preview.save_button.text() == "PDF / Word…"
    assert editor.preview.variant.itemText(0) == "Вся группа"
    # DOMAIN.md's words: НДС сверху / в т. ч. НДС / без НДС, подписант, рабочая группа.
    modes = [editor.vat_mode.itemText(i) for i in range(editor.vat_mode.count())]
    assert modes == ["НДС сверху", "В т. ч. НДС (цены с НДС)", "Без НДС"]
    assert editor.tailoring.edition.itemText(0) == "Вся группа (общий вариант)"
    assert "Черновик из досье" in editor.texts.understanding_draft.text()
    assert editor.send_button.text() == "Отметить как отправленное"


def test_new_dialogs_in_russian(russian, qtbot, tmp_path):
    from pathlib import Path

    from kam_desktop.domain.coverage import CoverageCode, CoverageWarning
    from kam_desktop.gui.proposal_checks import SendChecksDialog
    from kam_desktop.gui.proposal_output import Addressee, SavedEditionsDialog, SaveEditionsDialog

    people = [Addressee("p1", "Петров Иван Сергеевич", "Петров Иван Сергеевич — руководитель")]
    save = SaveEditionsDialog(people, None, "КП-2026-0001", word_available=False)
    qtbot.addWidget(save)
    assert save.joint_radio.text() == "Вариант для всей группы"
    assert save.each_hint.text() == "Имена файлов вида «КП-2026-0001 Петров И. С.pdf»"
    saved = SavedEditionsDialog([Path(tmp_path / "a.pdf")])
    qtbot.addWidget(saved)
    assert saved.open_folder_button.text() == "Открыть папку"
    warning = CoverageWarning(CoverageCode.SHORT_VALIDITY, "Срок действия 7 дней")
    checks = SendChecksDialog([warning], "КП-2026-0001")
    qtbot.addWidget(checks)
    assert checks.send_button.text() == "Всё равно отправить"
    assert checks.back_button.text() == "Вернуться к КП"
