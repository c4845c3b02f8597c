"""Russian for the company profile, settings, member editor and library tags dialogs.

The checked-in ``.qm`` files are compared with their ``.ts`` sources by content (a file time
proves nothing on a fresh clone), and the dialogs are opened in Russian to see the DOMAIN.md
vocabulary where the user reads it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from kam_desktop.paths import resource_path

OUR_CONTEXTS = {
    "shell_ru": ("CompanyDialog", "ImagePicker", "OverviewTab", "SettingsDialog"),
    "dossier_ru": ("MemberEditor",),
    "proposals_ru": ("ArgumentsDialog", "LibraryDialog", "LibraryMenu", "TagsDialog"),
}


def _messages(catalog: str):
    root = ET.parse(resource_path("translations", f"{catalog}.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("catalog", sorted(OUR_CONTEXTS))
def test_our_contexts_are_translated(catalog: str) -> None:
    missing = [
        (name, m.findtext("source"))
        for name, m in _messages(catalog)
        if name in OUR_CONTEXTS[catalog]
        and (
            m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
            or not "".join(m.find("translation").itertext()).strip()
        )
    ]
    assert missing == []


def test_shell_catalogue_is_complete() -> None:
    unfinished = [
        m.findtext("source")
        for _name, m in _messages("shell_ru")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


@pytest.mark.parametrize("catalog", sorted(OUR_CONTEXTS))
def test_compiled_catalogue_matches_its_source(qapp, catalog: str) -> None:
    translator = QTranslator()
    assert translator.load(catalog, str(resource_path("translations")))
    stale = []
    for name, m in _messages(catalog):
        if name not in OUR_CONTEXTS[catalog] or m.get("numerus") == "yes":
            continue
        expected = m.findtext("translation")
        if translator.translate(name, m.findtext("source")) != expected:
            stale.append((name, m.findtext("source")))
    assert stale == [], "run pyside6-lrelease on the .ts files"


@pytest.fixture
def russian(qapp):
    translators = []
    for catalog in OUR_CONTEXTS:
        translator = QTranslator()
        assert translator.load(catalog, str(resource_path("translations")))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_company_dialog_in_russian(russian, qtbot, dossiers):
    from kam_desktop.gui.company_dialog import SIGNATORY_COLUMN, CompanyDialog

    dialog = CompanyDialog(dossiers)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(0) == "&Компания и реквизиты"
    assert dialog.tabs.tabText(1) == "&Рабочая группа и подпись"
    header = dialog.team_table.horizontalHeaderItem(SIGNATORY_COLUMN).text()
    assert header == "Подписант"
    assert dialog.stamp.preview.text() == "Нет печати"
    assert dialog.signature.remove_button.text() == "Убрать"


def test_settings_and_library_in_russian(russian, qtbot, db, dossiers, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from kam_desktop.gui.library_dialogs import TagsDialog
    from kam_desktop.gui.library_menu import add_library_menu
    from kam_desktop.gui.settings_dialog import SettingsDialog
    from kam_desktop.services.library import LibraryService

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(dossiers, settings)
    qtbot.addWidget(dialog)
    assert dialog.min_validity_days.suffix() == " дн."
    assert dialog.min_validity_days.specialValueText() == "не проверять"

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = add_library_menu(window, db)
    assert menu.actions()[-1].text() == "&Ценности и опасения…"
    tags = TagsDialog(LibraryService(db))
    qtbot.addWidget(tags)
    assert tags.windowTitle() == "Ценности и опасения"
    assert tags.undo_button.text() == "Отменить"


def test_member_editor_in_russian(russian, qtbot):
    from kam_desktop.gui.member_editor import MemberEditor

    editor = MemberEditor()
    qtbot.addWidget(editor)
    labels = [editor.gender.itemText(i) for i in range(editor.gender.count())]
    assert labels == ["По отчеству", "Мужской — «Уважаемый»", "Женский — «Уважаемая»"]
    assert "не печатаются" in editor.concerns_hint.text()
