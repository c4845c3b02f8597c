"""Library editors: catalogue, similar projects with referees, arguments (real SQLite)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kam_desktop.gui.library_dialogs import (
    CONSENT_COLUMN,
    ArgumentsDialog,
    CatalogueDialog,
    ProjectsDialog,
)
from kam_desktop.services.demo import load_demo
from kam_desktop.services.library import LibraryService
from tests.gui.dossier_helpers import ScriptedPrompts


@pytest.fixture
def library(db) -> LibraryService:
    load_demo(db)
    return LibraryService(db)


def _open(qtbot, dialog):
    dialog.prompts = ScriptedPrompts()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_catalogue_add_item_and_reject_negative_price(qtbot, library):
    dialog = _open(qtbot, CatalogueDialog(library))
    count = len(library.list_catalogue())
    dialog.new_record()
    dialog.name.setText("Аудит производства")
    dialog.price.setText("-5")
    assert dialog.save() is False
    assert dialog.errors._rows["price"].error_label.text() == "The price cannot be negative."

    dialog.price.setText("150 000,50")
    dialog.vat.setText("20")
    assert dialog.save() is True
    items = library.list_catalogue()
    assert len(items) == count + 1
    added = next(i for i in items if i.name == "Аудит производства")
    assert added.price == Decimal("150000.50")


def test_project_referee_consent_and_email_check(qtbot, library):
    dialog = _open(qtbot, ProjectsDialog(library))
    dialog.new_record()
    dialog.company.setText("АО «Тестовый завод»")
    dialog.year.setText("2025")
    dialog.add_referee()
    dialog.referees.item(0, 0).setText("Иванова Мария")
    dialog.referees.item(0, 4).setText("not-an-email")
    assert dialog.save() is False
    assert "Referee 1, e-mail:" in dialog.referee_errors.text()

    dialog.referees.item(0, 4).setText("m.ivanova@example.com")
    dialog.referees.item(0, CONSENT_COLUMN).setCheckState(Qt.CheckState.Checked)
    assert dialog.save() is True
    project = next(p for p in library.list_projects() if p.client_company.startswith("АО «Тест"))
    assert project.year == 2025
    assert project.referees[0].consent_to_be_contacted is True
    assert project.consenting_referees()[0].email == "m.ivanova@example.com"


def test_argument_needs_a_role_then_saves_with_roles(qtbot, library, dossiers):
    dialog = _open(qtbot, ArgumentsDialog(library, dossiers))
    dialog.new_record()
    dialog.title.setText("Гарантия сроков")
    dialog.body.setPlainText("Фиксируем сроки внедрения в договоре.")
    assert dialog.save() is False
    assert "role" in dialog.errors._rows["role_codes"].error_label.text()

    codes = [
        dialog.roles.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.roles.count())
    ]
    dialog.roles.item(codes.index("executive")).setCheckState(Qt.CheckState.Checked)
    assert dialog.save() is True
    saved = [
        a
        for a in library.list_arguments(language=dialog.language.currentData())
        if a.title == "Гарантия сроков"
    ]
    assert saved and saved[0].role_codes == ["executive"]


def test_deleted_default_argument_can_be_restored(qtbot, library, dossiers):
    dialog = _open(qtbot, ArgumentsDialog(library, dossiers))
    before = len(library.list_arguments())
    dialog.list.setCurrentRow(0)
    dialog.delete_record()
    assert len(library.list_arguments()) == before - 1
    assert dialog.restore_defaults() == 1
    assert len(library.list_arguments()) == before


def test_library_menu_lists_the_editors(qtbot, db):
    from PySide6.QtWidgets import QMainWindow

    from kam_desktop.gui.library_menu import add_library_menu

    window = QMainWindow()
    qtbot.addWidget(window)
    help_menu = window.menuBar().addMenu("Help")
    menu = add_library_menu(window, db, before=help_menu.menuAction())
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Library", "Help"]
    assert [a.text() for a in menu.actions()] == [
        "&Catalogue…",
        "&Similar projects…",
        "&Arguments…",
        "&Values and concerns…",
    ]
