"""The Russian catalogue of the sharing dialogs is complete, compiled, and used by the dialogs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kam_desktop.domain.dossier import ClientSummary
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.gui.exchange_export_dialog import ExportDialog
from kam_desktop.gui.exchange_import_preview import change_label
from kam_desktop.gui.prompts import Prompts
from kam_desktop.paths import resource_path
from tests.translations import compiled

TS = resource_path("translations", "exchange_ru.ts")


@pytest.fixture
def russian(qapp):
    translator = QTranslator()
    assert translator.load("exchange_ru", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_message_is_translated_and_compiled():
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert unfinished == []
    assert TS.with_suffix(".qm").read_bytes() == compiled(TS)  # by content, not file time


def test_dialogs_speak_russian(russian, qtbot, tmp_path: Path):
    client = ClientSummary("c1", "УралТяжМаш", ClientStatus.KEY, "", "", 4, None)
    dialog = ExportDialog([client], "c1", tmp_path, Prompts())
    qtbot.addWidget(dialog)
    assert dialog.export_button.text() == "Экспортировать"
    assert dialog.this_radio.text() == "Этот клиент: «УралТяжМаш»"
    assert change_label("conflict") == "Изменено с обеих сторон"
