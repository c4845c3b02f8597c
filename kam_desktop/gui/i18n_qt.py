"""UI language and Qt translators; settings stored under the data dir (tests stay isolated)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kam_desktop.i18n import SUPPORTED_LANGUAGES, system_language
from kam_desktop.paths import data_dir, resource_path

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"  # "ru", "en", or "" for the system language


def app_settings() -> QSettings:
    """The shell's own settings (window layout, UI language): an INI file in the data dir."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def system_ui_language() -> str:
    code = QLocale.system().name()[:2].lower()
    return code if code in SUPPORTED_LANGUAGES else system_language()


def ui_language(settings: QSettings) -> str:
    """The language chosen in Settings, else the system locale's (Russian or English)."""
    chosen = str(settings.value(LANGUAGE_KEY, "") or "")
    return chosen if chosen in SUPPORTED_LANGUAGES else system_ui_language()


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load every ``resources/translations/*_<lang>.qm`` and Qt's own qtbase catalogue.

    The translators are returned so the caller keeps them alive (Qt does not own them).
    """
    if lang == "en":
        return []
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)]
    candidates += [
        (path.stem, str(path.parent))
        for path in sorted(resource_path("translations").glob(f"*_{lang}.qm"))
    ]
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, directory)
    return translators
