"""Settings → the user's name in the team: kept in this user's own file, not the database."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from kam_desktop import local_settings
from kam_desktop.gui.settings_dialog import SettingsDialog


def make_dialog(qtbot, dossiers, tmp_path) -> SettingsDialog:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(dossiers, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_name_in_the_team_is_stored_per_user(qtbot, dossiers, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(local_settings.USER_NAME_ENV, raising=False)
    dialog = make_dialog(qtbot, dossiers, tmp_path)
    assert dialog.user_name.text() == ""
    assert "name not set" in dialog.user_name_hint.text()
    qtbot.keyClicks(dialog.user_name, "  Anna Smirnova ")
    assert "name not set" not in dialog.user_name_hint.text()
    dialog.accept()
    assert local_settings.user_name() == "Anna Smirnova"
    assert dossiers.setting("user_name") == ""  # never in the shared database
    again = make_dialog(qtbot, dossiers, tmp_path)
    assert again.user_name.text() == "Anna Smirnova"


def test_a_name_that_cannot_be_written_is_reported_at_the_field(
    qtbot, dossiers, tmp_path, monkeypatch
) -> None:
    monkeypatch.delenv(local_settings.USER_NAME_ENV, raising=False)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(local_settings, "settings_path", lambda: blocked / "user.json")
    dialog = make_dialog(qtbot, dossiers, tmp_path)
    qtbot.keyClicks(dialog.user_name, "Ivan")
    dialog.accept()
    assert dialog.isVisible()  # stays open with the message
    assert "Cannot write" in dialog.errors.message("user_name")
