"""The main window's "Library" menu: Catalogue…, Similar projects…, Arguments…, Values and
concerns…

Light on purpose: the editors (and the proposal modules they use) are imported only when the
user opens one, so the menu costs start-up nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

if TYPE_CHECKING:
    from kam_desktop.services.database import Database


def add_library_menu(window: QMainWindow, db: Database, before: QAction | None = None) -> QMenu:
    """Add the menu before the ``before`` menu action (e.g. Help's), else last."""
    translate = QCoreApplication.translate
    menu = QMenu(translate("LibraryMenu", "&Library"), window)
    if before is None:
        window.menuBar().addMenu(menu)
    else:
        window.menuBar().insertMenu(before, menu)
    entries = (
        (
            translate("LibraryMenu", "&Catalogue…"),
            translate("LibraryMenu", "Products and services with prices"),
            "catalogue",
        ),
        (
            translate("LibraryMenu", "&Similar projects…"),
            translate("LibraryMenu", "Case studies and referees for proposals"),
            "projects",
        ),
        (
            translate("LibraryMenu", "&Arguments…"),
            translate("LibraryMenu", "Reusable arguments for each role in the decision group"),
            "arguments",
        ),
        (
            translate("LibraryMenu", "&Values and concerns…"),
            translate(
                "LibraryMenu", "What arguments speak to, and the words that find it in a dossier"
            ),
            "tags",
        ),
    )
    for text, tip, which in entries:
        action = menu.addAction(text)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _c=False, which=which: open_library(window, db, which))
    return menu


def library_dialog(window: QMainWindow, db: Database, which: str) -> QDialog:
    from kam_desktop.gui.library_dialogs import (
        ArgumentsDialog,
        CatalogueDialog,
        ProjectsDialog,
        TagsDialog,
    )
    from kam_desktop.services.dossiers import DossierService
    from kam_desktop.services.library import LibraryService

    library = LibraryService(db)
    if which == "catalogue":
        return CatalogueDialog(library, window)
    if which == "projects":
        return ProjectsDialog(library, window)
    if which == "tags":
        return TagsDialog(library, window)
    return ArgumentsDialog(library, DossierService(db), window)


def open_library(window: QMainWindow, db: Database, which: str) -> None:
    dialog = library_dialog(window, db, which)
    dialog.exec()
    dialog.deleteLater()
