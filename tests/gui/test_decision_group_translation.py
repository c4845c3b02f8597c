"""The Russian catalogue of the dossier tabs is complete and uses the DOMAIN.md vocabulary."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack

from kam_desktop.domain.dossier import Client
from kam_desktop.domain.enums import Attitude
from kam_desktop.gui.dossier_labels import attitude_label, days_hint
from kam_desktop.paths import resource_path

TS = resource_path("translations", "dossier_ru.ts")


@pytest.fixture
def russian(qapp):
    translator = QTranslator()
    assert translator.load("dossier_ru", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_message_is_translated():
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_labels_in_russian(russian):
    assert attitude_label(Attitude.SUPPORTER) == "сторонник"
    assert attitude_label(Attitude.OPPONENT) == "противник"
    assert days_hint(5) == "через 5 дней"
    assert days_hint(3) == "через 3 дня"


def test_decision_group_tab_in_russian(russian, qtbot, dossiers):
    from kam_desktop.gui.decision_group_tab import DecisionGroupTab

    client = dossiers.save_client(Client("ООО «Ромашка»"))
    tab = DecisionGroupTab(dossiers, QUndoStack())
    qtbot.addWidget(tab)
    tab.load(dossiers.get_dossier(client.id))
    assert tab.new_button.text() == "Новый участник"
    assert tab.model.headers()[0] == "ФИО"
    assert tab.editor.contacts.remove_button.text() == "Удалить"


def test_undo_menu_reads_as_one_russian_phrase(russian):
    """Qt shows «Отменить <command text>»: a capital «Удаление» mid-phrase looked wrong."""
    for context, source in (
        ("DecisionGroupTab", "Delete member «%1»"),
        ("InteractionsTab", "Delete interaction of %1"),
    ):
        text = QCoreApplication.translate(context, source)
        assert text.startswith("удаление"), text
