"""Start-up, translations, error handling, settings and our-company dialogs."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kam_desktop.domain.dossier import TeamMember
from kam_desktop.domain.errors import ValidationError
from kam_desktop.gui import error_dialog
from kam_desktop.gui.company_dialog import CompanyDialog
from kam_desktop.gui.i18n_qt import LANGUAGE_KEY, app_settings, install_translators, ui_language
from kam_desktop.gui.prompts import Prompts
from kam_desktop.gui.settings_dialog import (
    NUMBER_PATTERN_KEY,
    VALIDITY_DAYS_KEY,
    SettingsDialog,
)


def test_database_error_at_start_shows_a_dialog_and_exits_2(qapp, tmp_path, monkeypatch):
    from kam_desktop.gui import app

    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("my notes, not a database\n" * 50, encoding="utf-8")
    before = not_a_db.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert app.run_gui(str(not_a_db)) == 2
    assert shown and "Traceback" not in shown[0]
    # The headline is in the text (a long title was elided in the narrow box).
    assert shown[0].startswith("KAM Desktop cannot open the database")
    assert not_a_db.read_bytes() == before


def test_russian_translators_are_loaded(qapp):
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, "ru")
    assert ui_language(settings) == "ru"
    translators = install_translators(qapp, "ru")
    try:
        assert len(translators) >= 2  # Qt's own + ours
        assert QCoreApplication.translate("MainWindow", "&New client") == "&Новый клиент"
        assert QCoreApplication.translate("ClientStatus", "Key client") == "Ключевой клиент"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&New client") == "&New client"


def test_user_errors_are_a_plain_message(qapp, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    error_dialog.show_error(None, ValidationError({"name": "Enter the client's name."}))
    assert shown == ["name: Enter the client's name."]


def test_unexpected_errors_show_copyable_details_and_are_logged(qapp, monkeypatch, caplog):
    dialogs: list[error_dialog.ErrorDialog] = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec", lambda self: dialogs.append(self))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialog.install_excepthook()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())
    assert len(dialogs) == 1
    details = dialogs[0].details.toPlainText()
    assert "Traceback" in details and "RuntimeError: boom" in details
    dialogs[0].copy_details()
    assert "RuntimeError: boom" in qapp.clipboard().text()
    assert "boom" in caplog.text


def test_default_prompter_confirm_uses_a_question_box(qapp, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert Prompts().confirm(None, "Delete", "Sure?")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not Prompts().confirm(None, "Delete", "Sure?")


def test_demo_offer_defaults_to_yes_deletes_default_to_no(qapp, monkeypatch):
    defaults = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: defaults.append(args[4]) or QMessageBox.StandardButton.Yes,
    )
    assert Prompts().offer_demo(None)
    assert Prompts().confirm(None, "Delete", "Sure?")
    assert defaults == [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]


def test_settings_dialog_stores_language_and_proposal_defaults(qtbot, dossiers):
    settings = app_settings()
    dialog = SettingsDialog(dossiers, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.validity_days.value() == 30
    assert dialog.number_pattern.text() == "КП-{year}-{seq:04d}"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.validity_days.setValue(45)
    dialog.number_pattern.setText("{nonsense}")
    dialog.accept()
    assert dialog.errors._rows["number_pattern"].error_label.isVisible()
    assert dossiers.setting(VALIDITY_DAYS_KEY, "") == ""  # nothing stored while invalid
    dialog.number_pattern.setText("KP/{year}/{seq:03d}")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.value(LANGUAGE_KEY) == "en"
    assert dossiers.setting(VALIDITY_DAYS_KEY) == "45"
    assert dossiers.setting(NUMBER_PATTERN_KEY) == "KP/{year}/{seq:03d}"


def test_company_dialog_saves_profile_logo_and_team(qtbot, dossiers, tmp_path):
    from PySide6.QtGui import QColor, QImage

    dossiers.save_team_member(TeamMember(full_name="Old Member"))
    logo = tmp_path / "logo.png"
    image = QImage(1200, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a78c2"))
    image.save(str(logo))

    dialog = CompanyDialog(dossiers)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("ООО «Ромашка»")
    from kam_desktop.gui.company_dialog import logo_png_from_file

    dialog.set_logo(logo_png_from_file(str(logo)))
    dialog.team_table.selectRow(0)
    dialog._remove_team_row()
    dialog._add_team_row(TeamMember(full_name="Анна Смирнова", position="КАМ", email="bad"))
    dialog.accept()
    assert dialog.team_errors.isVisible()
    assert "e-mail" in dialog.team_errors.text()
    dialog.team_table.item(0, 3).setText("anna@romashka.ru")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    company = dossiers.our_company()
    assert company.name == "ООО «Ромашка»"
    stored_logo = QImage.fromData(company.logo_png)
    assert max(stored_logo.width(), stored_logo.height()) == 600
    assert [(p.full_name, p.email) for p in dossiers.team()] == [
        ("Анна Смирнова", "anna@romashka.ru")
    ]
