"""Start-up of the GUI: application object, translations, logging, error handling, database.

Start-up is kept fast: the window is shown as soon as the first page of clients is loaded;
the last opened dossier is loaded on the first turn of the event loop, and heavy modules
(PDF rendering, dialogs) are imported only when used.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kam_desktop import __version__
from kam_desktop.gui.error_dialog import install_excepthook
from kam_desktop.gui.forms import INVALID_STYLESHEET
from kam_desktop.gui.i18n_qt import app_settings, install_translators, ui_language
from kam_desktop.i18n import set_language
from kam_desktop.logsetup import configure_logging
from kam_desktop.paths import APP_NAME, resource_path

if TYPE_CHECKING:
    from kam_desktop.gui.main_window import MainWindow
    from kam_desktop.services.database import Database

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

EXIT_DATABASE_ERROR = 2
APP_TITLE = "KAM Desktop"  # the product name, the same in every language
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_LOCALES = {"ru": "ru_RU", "en": "en_GB"}
_translators: list = []  # installed translators must stay referenced while the app runs


def _qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "kam-desktop.svg")))


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon, stylesheet and the UI language's translators."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(INVALID_STYLESHEET)
    lang = ui_language(app_settings())
    set_language(lang)
    QLocale.setDefault(QLocale(_LOCALES[lang]))
    _translators[:] = install_translators(app, lang)
    return app


def build_main_window(db: Database) -> MainWindow:
    from kam_desktop.gui.main_window import MainWindow

    return MainWindow(db)


def run_gui(db_arg: str | None) -> int:
    configure_logging()
    qInstallMessageHandler(_qt_message_handler)
    app = create_application()
    install_excepthook()
    log.info("KAM Desktop %s starting (database: %s)", __version__, db_arg or "default")

    from kam_desktop.domain.errors import DatabaseError
    from kam_desktop.services.database import Database

    try:
        db = Database.open(db_arg)
    except DatabaseError as exc:
        log.error("database cannot be opened: %s", exc)
        # The headline goes into the text: a long window title is elided by narrow boxes.
        headline = app.translate("App", "KAM Desktop cannot open the database")
        details = app.translate("App", "{error}\n\nThe file was not changed.").format(error=exc)
        QMessageBox.critical(None, APP_TITLE, f"{headline}\n\n{details}")
        return EXIT_DATABASE_ERROR
    if db.backup_path:
        log.info("database migrated; previous version kept at %s", db.backup_path)

    window = build_main_window(db)
    window.show()
    QTimer.singleShot(0, window.open_pending_client)
    QTimer.singleShot(0, window.offer_demo_if_empty)
    try:
        return app.exec()
    finally:
        db.close()
