"""The main window's actions and menu bar (File, Edit, Go, View, Library, Help).

Built here so ``main_window`` keeps to the window's behaviour; the strings keep the
``MainWindow`` translation context, spelled out in each call so that lupdate sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from kam_desktop.gui.consent_view import consent_action
from kam_desktop.gui.library_menu import add_library_menu
from kam_desktop.gui.portfolio_view import portfolio_action
from kam_desktop.gui.team_dialog import team_database_action

if TYPE_CHECKING:
    from kam_desktop.gui.main_window import MainWindow

# While a proposal is open the client list steps aside; F9 brings it back (remembered).
LIST_WHILE_EDITING_KEY = "proposal_editor/client_list_visible"


def _action(
    window: MainWindow, text: str, slot: Callable[..., object], shortcut=None, tip: str = ""
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _show_backups(window: MainWindow) -> None:
    from kam_desktop.gui.backup_dialog import show_backups  # imported when first asked for

    show_backups(window)


def build_menus(window: MainWindow) -> None:
    """The window's actions (with shortcuts) and the menu bar; the actions stay attributes of
    the window (``window.new_action`` …), as the tests and the rest of the shell use them."""
    window.new_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New client"),
        window.new_client,
        QKeySequence.StandardKey.New,
    )
    window.demo_action = _action(
        window, QCoreApplication.translate("MainWindow", "Load &demo dossier"), window.load_demo
    )
    window.company_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Our &company and team…"),
        window.edit_company,
    )
    window.settings_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Settings…"),
        window.edit_settings,
        QKeySequence("Ctrl+,"),
    )
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.quit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence("Ctrl+Q"),
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    window.undo_action = window.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    window.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
    window.redo_action = window.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    # Del acts on the client list only, so it never steals Delete from text fields/tables.
    window.delete_action = QAction(
        QCoreApplication.translate("MainWindow", "&Delete client…"), window
    )
    window.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.delete_action.triggered.connect(window.delete_current_client)
    window.view.addAction(window.delete_action)

    window.find_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find client or person"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
    )
    # Not Alt+Down/Up: those open the list of a combo box or date field in the forms.
    window.next_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Next client"),
        lambda: window.move_selection(1),
        QKeySequence("Alt+PgDown"),
    )
    window.previous_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Previous client"),
        lambda: window.move_selection(-1),
        QKeySequence("Alt+PgUp"),
    )
    window.client_list_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Client &list beside a proposal"),
        window._on_client_list_toggled,
        QKeySequence("F9"),
        QCoreApplication.translate(
            "MainWindow", "Show or hide the client list while a proposal is open"
        ),
    )
    window.client_list_action.setCheckable(True)
    shown = window.settings.value(LIST_WHILE_EDITING_KEY, False, type=bool)
    window.client_list_action.setChecked(bool(shown))
    window.about_action = _action(
        window, QCoreApplication.translate("MainWindow", "&About KAM Desktop"), window.about
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (
        window.new_action,
        window.demo_action,
        None,
        *window.exchange.build_actions(window, lambda: window.dossier.client_id),
        None,
        window.company_action,
        window.settings_action,
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Backups…"),
            lambda: _show_backups(window),
            tip=QCoreApplication.translate(
                "MainWindow", "Copies of the database: make one now, or put one back"
            ),
        ),
        team_database_action(window),
        None,
        window.quit_action,
    ):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for action in (window.undo_action, window.redo_action, None, window.delete_action):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go_actions = (window.today.action, window.find_action, None, window.next_action)
    for action in (*go_actions, window.previous_action):
        go_menu.addSeparator() if action is None else go_menu.addAction(action)
    go_menu.addSeparator()
    go_menu.addAction(portfolio_action(window))
    go_menu.addAction(consent_action(window))
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(window.client_list_action)
    window.library_menu = add_library_menu(window, window.db)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.about_action)
    window.undo_stack.indexChanged.connect(window._update_actions)
