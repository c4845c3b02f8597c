"""Start-up of the GUI: application object, translations, logging, error handling, database.

Start-up is kept fast: the window is shown as soon as the first page of clients is loaded.
For a file that is ours and at the newest schema, that page and the client count are read with
``sqlite3`` (``storage.first_screen``) and SQLAlchemy, the ORM and Alembic are imported, and the
database opened, on the event-loop turn after the first paint (``gui.deferred_open``); any other
file is opened first, as before. The last opened dossier is loaded after that, and heavy modules
(PDF rendering, dialogs) are imported only when used.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kam_desktop import __version__
from kam_desktop.gui.error_dialog import install_excepthook
from kam_desktop.gui.forms import INVALID_STYLESHEET
from kam_desktop.gui.i18n_qt import app_settings, install_translators, ui_language
from kam_desktop.i18n import set_language
from kam_desktop.logsetup import configure_logging
from kam_desktop.paths import APP_NAME, default_database_path, masked_url, resource_path
from kam_desktop.storage.first_screen import FirstScreen, read_first_screen

if TYPE_CHECKING:
    from kam_desktop.gui.deferred_open import DeferredDatabase, FirstScreenService
    from kam_desktop.gui.main_window import MainWindow
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService

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
    app = cast(
        QApplication,
        QApplication.instance() or QApplication(argv if argv is not None else sys.argv),
    )
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


def build_main_window(db: Database, service: DossierService | None = None) -> MainWindow:
    from kam_desktop.gui.main_window import MainWindow

    return MainWindow(db, service=service)


def _database_error_box(app: QApplication, exc: Exception) -> None:
    log.error("database cannot be opened: %s", exc)
    # The headline goes into the text: a long window title is elided by narrow boxes.
    headline = app.translate("App", "KAM Desktop cannot open the database")
    details = app.translate("App", "{error}\n\nThe file was not changed.").format(error=exc)
    QMessageBox.critical(None, APP_TITLE, f"{headline}\n\n{details}")


def _open_database(app: QApplication, db_arg: str | None) -> Database | None:
    """Today's path: open (and migrate) before the window; None after telling the user why not.

    A team database that cannot be reached (server down, password refused) is no dead end:
    the user is offered the local database instead."""
    from kam_desktop.domain.errors import DatabaseError
    from kam_desktop.services.database import Database

    try:
        db = Database.open(db_arg)
    except DatabaseError as exc:
        if not _is_server(db_arg):
            _database_error_box(app, exc)
            return None
        from kam_desktop.gui.team_dialog import offer_local_database

        log.error("team database cannot be opened: %s", exc)
        if not offer_local_database(exc):
            return None
        return _open_database(app, None)
    if db.backup_path:
        log.info("database migrated; previous version kept at %s", db.backup_path)
    return db


def _is_server(db_arg: str | None) -> bool:
    return bool(db_arg) and str(db_arg).startswith("postgresql")


def _start_target(db_arg: str | None) -> str | None:
    """``--db`` when given, else the team database this user chose (its URL without the
    password; the keyring supplies that), else None: the local file."""
    from kam_desktop.local_settings import team_database_url

    target = db_arg or team_database_url()
    if _is_server(target):
        from kam_desktop.services.team import adopt_session_password

        adopt_session_password()  # a session-only password handed over by a restart
    return target


def _first_screen(db_arg: str | None, page_size: int) -> FirstScreen | None:
    """The first screen read with sqlite3 (a plain file path that needs no migration) or
    with psycopg (a team database at the newest schema)."""
    if db_arg and _is_server(db_arg):
        return _server_first_screen(db_arg, page_size)
    if db_arg and "://" in db_arg:
        return None  # another URL is opened the usual way
    path = Path(db_arg).expanduser().resolve() if db_arg else default_database_path()
    return read_first_screen(path, page_size)


def _server_first_screen(db_arg: str, page_size: int) -> FirstScreen | None:
    from sqlalchemy.engine import URL, make_url

    from kam_desktop.services.team import connect_target
    from kam_desktop.storage.first_screen import ServerAddress, read_server_first_screen

    try:
        target = connect_target(db_arg)  # the keyring's password, as a URL object
        url = target if isinstance(target, URL) else make_url(target)
    except Exception:  # the usual opening says what is wrong with it
        return None
    address = ServerAddress(url.host, url.port, url.database, url.username, url.password)
    return read_server_first_screen(address, db_arg, page_size)


def _window_on_first_screen(
    first: FirstScreen,
) -> tuple[MainWindow, FirstScreenService]:
    from kam_desktop.gui.client_list_model import ClientListModel
    from kam_desktop.gui.deferred_open import DeferredDatabase, FirstScreenService

    db = DeferredDatabase(first.path, first.read_only, first.target)
    service = FirstScreenService(first, db, ClientListModel.PAGE_SIZE)
    window = build_main_window(db, service)  # type: ignore[arg-type]  # stand-ins, see module
    return window, service


class _AfterFirstPaint(QObject):
    """Runs ``then`` on the event-loop turn after the window's first paint (or after
    ``FALLBACK_MS`` should no paint come, e.g. a window that is never exposed)."""

    FALLBACK_MS = 1000

    def __init__(self, app: QApplication, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._app, self._window = app, window
        self._then: Callable[[], None] | None = then
        app.installEventFilter(self)  # a child widget's paint is the window's first paint too
        QTimer.singleShot(self.FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._app.removeEventFilter(self)
            then()


def _finish_opening(app: QApplication, window: MainWindow, service: FirstScreenService) -> None:
    """After the first paint: import the storage stack and open the database, then go on."""
    from kam_desktop.domain.errors import DatabaseError

    try:
        service.open()  # later pages and counts come from the database
    except DatabaseError as exc:
        window.hide()
        _database_error_box(app, exc)
        app.exit(EXIT_DATABASE_ERROR)
        return
    _after_opening(window)


def _after_opening(window: MainWindow) -> None:
    from kam_desktop.gui.backup_timer import DailyBackup

    QTimer.singleShot(0, window.open_pending_client)
    QTimer.singleShot(0, window.offer_demo_if_empty)
    DailyBackup(window).start()  # a copy soon after start, then daily


def run_gui(db_arg: str | None) -> int:
    configure_logging()
    qInstallMessageHandler(_qt_message_handler)
    app = create_application()
    install_excepthook()
    db_arg = _start_target(db_arg)
    shown = masked_url(db_arg) if db_arg else "default"
    log.info("KAM Desktop %s starting (database: %s)", __version__, shown)

    from kam_desktop.gui.client_list_model import ClientListModel

    first = _first_screen(db_arg, ClientListModel.PAGE_SIZE)
    db: Database | DeferredDatabase
    if first is None:
        opened = _open_database(app, db_arg)
        if opened is None:
            return EXIT_DATABASE_ERROR
        db = opened
        window = build_main_window(opened)
        window.show()
        _after_opening(window)
    else:
        window, service = _window_on_first_screen(first)
        db = service.db
        window.show()
        _AfterFirstPaint(app, window, lambda: _finish_opening(app, window, service))
    try:
        return app.exec()
    finally:
        db.close()
