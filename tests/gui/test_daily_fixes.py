"""Daily-use fixes of issue 10 (scope 6), through the window as a user drives it, on a real
SQLite file: a person found by search, the filtered list and the open client, new contact rows,
refused saves that show the field, the family birthday hint, status messages, the window title,
Qt's own dialogs in Russian, one dossier's calendar."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QScrollArea,
)

from kam_desktop.domain.dossier import Birthday, Client, ContactPoint, Member
from kam_desktop.domain.enums import ClientStatus, ContactKind
from kam_desktop.gui.client_list_model import MatchedMemberRole
from kam_desktop.gui.dossier_prompts import UnsavedChoice as TabChoice
from kam_desktop.gui.i18n_qt import install_translators
from kam_desktop.gui.main_window import MainWindow
from kam_desktop.gui.prompts import UnsavedChoice
from tests.gui.dossier_helpers import ScriptedPrompts
from tests.gui.shell_helpers import (
    ScriptedPrompter,
    open_dossier,
    type_text,
    wait_for_dossier,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def make_window(qtbot, db, prompter):
    # Edits a test leaves are dropped on close (pytest-qt closes the window after the test):
    # closing must not wait for a question nobody answers.
    prompter.unsaved_answer = UnsavedChoice.DISCARD

    def script_tabs(window: MainWindow) -> None:
        for tab in window.dossier._extra_tabs():
            if not isinstance(getattr(tab, "prompts", None), ScriptedPrompts):
                tab.prompts = ScriptedPrompts()
                tab.prompts.unsaved_answer = TabChoice.DISCARD

    def make() -> MainWindow:
        window = MainWindow(db, prompter=prompter)
        window.dossier.opened.connect(lambda _id: script_tabs(window))
        qtbot.addWidget(window)
        window.resize(1024, 700)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def portfolio(dossiers):
    alpha = dossiers.save_client(Client(name="Альфа Металл", status=ClientStatus.KEY))
    beta = dossiers.save_client(Client(name="Бета Логистик", industry="Logistics"))
    anna = dossiers.save_member(
        Member(
            full_name="Анна Смирнова", client_id=beta.id, position="CEO", birthday=Birthday(3, 4)
        )
    )
    ivan = dossiers.save_member(
        Member(full_name="Иван Петров", client_id=beta.id, position="CFO", hobbies="рыбалка")
    )
    return {"alpha": alpha, "beta": beta, "anna": anna, "ivan": ivan}


def row_of(window: MainWindow, name: str) -> int:
    names = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    return names.index(name)


def select(window: MainWindow, name: str) -> None:
    window.view.setCurrentIndex(window.model.index(row_of(window, name), 0))
    wait_for_dossier(window)


def filter_list(qtbot, window: MainWindow, text: str, rows: int) -> None:
    window.search.clear()
    type_text(window.search, text)
    qtbot.waitUntil(lambda: window.model.query == text and window.model.rowCount() == rows)


def commit(qtbot, table) -> None:
    """Enter commits a cell's editor through a queued event: wait for it."""
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: table.state() != editing)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


# ---- 1. a person found by search -------------------------------------------------------------
def test_enter_on_a_person_found_by_search_lands_on_that_person(make_window, qtbot, portfolio):
    window = make_window()
    window.search.setFocus()
    type_text(window.search, "рыбал")  # Иван's hobby: only he matches, not Анна
    qtbot.waitUntil(lambda: window.model.query == "рыбал")
    with qtbot.waitSignal(window.dossier.opened):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)  # at once: before the list names him
    dossier = window.dossier
    qtbot.waitUntil(lambda: dossier.tabs.currentWidget() is dossier.decision_group)
    assert dossier.decision_group.editor.lines["full_name"].text() == "Иван Петров"


def test_clicking_a_listed_client_found_through_a_person_selects_that_person(
    make_window, qtbot, portfolio
):
    window = make_window()
    filter_list(qtbot, window, "смирн", 1)
    name = window.model.index(0, 0)
    # The list names whom it found once typing pauses; the click uses that.
    qtbot.waitUntil(lambda: name.data(MatchedMemberRole) == portfolio["anna"].id)
    with qtbot.waitSignal(window.dossier.opened):
        window.view.setCurrentIndex(name)
    group = window.dossier.decision_group
    qtbot.waitUntil(lambda: window.dossier.tabs.currentWidget() is group)
    assert group.editor.lines["full_name"].text() == "Анна Смирнова"


# ---- 2. the filtered list and the open client ------------------------------------------------
def test_a_filter_that_drops_the_open_client_clears_the_pane(make_window, qtbot, portfolio):
    window = make_window()
    select(window, "Альфа Металл")
    assert window.dossier.is_showing_client()
    filter_list(qtbot, window, "бета", 1)
    assert not window.dossier.is_showing_client()  # the start page, not a client not listed
    assert window.dossier.client_id is None
    filter_list(qtbot, window, "альф", 1)  # listed again: the user opens it from the list
    select(window, "Альфа Металл")
    assert window.dossier.client_id == portfolio["alpha"].id


def test_an_open_client_with_unsaved_edits_stays_and_the_status_bar_says_why(
    make_window, qtbot, portfolio
):
    window = make_window()
    select(window, "Альфа Металл")
    type_text(window.dossier.overview.industry, "Металлургия")
    assert window.dossier.has_unsaved_changes()
    filter_list(qtbot, window, "бета", 1)
    assert window.dossier.is_showing_client()
    assert window.dossier.client_id == portfolio["alpha"].id
    assert "Альфа Металл" in status(window) and "unsaved" in status(window)


# ---- 3. a new contact row types into its value --------------------------------------------------
def test_a_new_contact_row_starts_in_its_value_cell(make_window, qtbot, portfolio):
    window = make_window()
    open_dossier(qtbot, window, portfolio["beta"].id)
    window.dossier.show_member(portfolio["ivan"].id)
    contacts = window.dossier.decision_group.editor.contacts
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    assert contacts.table.state() == QAbstractItemView.State.EditingState
    assert contacts.table.currentColumn() == 2
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "ivan@beta.ru")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    commit(qtbot, contacts.table)
    assert [c.value for c in contacts.contacts()] == ["ivan@beta.ru"]


# ---- 4. a refused save shows the field and says so ---------------------------------------------
def _scroll_of(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_a_refused_member_save_scrolls_to_the_wrong_row_and_says_so(make_window, qtbot, portfolio):
    window = make_window()
    open_dossier(qtbot, window, portfolio["beta"].id)
    group = window.dossier.decision_group
    window.dossier.show_member(portfolio["ivan"].id)
    family = group.editor.family
    qtbot.mouseClick(family.add_button, Qt.MouseButton.LeftButton)
    type_text(QApplication.focusWidget(), "Пётр")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    commit(qtbot, family.table)
    family.table.item(0, 2).setText("31.02.2010")  # a date that does not exist
    scroll = _scroll_of(family)
    scroll.verticalScrollBar().setValue(0)
    assert scroll.verticalScrollBar().maximum() > 0, "the card must scroll at 1024×700"
    assert family.table.visibleRegion().isEmpty()  # below the fold before saving
    assert group.save() is False
    assert not family.table.visibleRegion().isEmpty()
    assert family.table.hasFocus()
    assert status(window) == "Not saved: fix the marked fields."


def test_a_refused_client_save_scrolls_to_the_field_and_focuses_it(make_window, qtbot, portfolio):
    window = make_window()
    select(window, "Альфа Металл")
    overview = window.dossier.overview
    overview.sales_share.setFocus()
    qtbot.keyClicks(overview.sales_share, "150")
    scroll = _scroll_of(overview.sales_share)
    bar = scroll.verticalScrollBar()
    for value in (0, bar.maximum()):  # scroll to whichever end hides the field
        bar.setValue(value)
        if overview.sales_share.visibleRegion().isEmpty():
            break
    overview.name.setFocus()
    assert overview.save() is False
    assert not overview.sales_share.visibleRegion().isEmpty()
    assert overview.sales_share.hasFocus()
    assert status(window) == "Not saved: fix the marked fields."


# ---- 5. the family birthday cell says how to type it ---------------------------------------------
def test_the_family_birthday_editor_shows_the_format(make_window, qtbot, portfolio):
    window = make_window()
    open_dossier(qtbot, window, portfolio["beta"].id)
    window.dossier.show_member(portfolio["anna"].id)
    family = window.dossier.decision_group.editor.family
    family.add_row()
    family.table.setCurrentCell(0, 2)
    family.table.editItem(family.table.item(0, 2))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.placeholderText() == "DD.MM or DD.MM.YYYY"
    qtbot.keyClicks(editor, "14.03")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    commit(qtbot, family.table)
    members, errors = family.family()
    assert errors == {} and members[0].birthday == Birthday(14, 3)


# ---- 6. status messages after save, undo/redo and export -----------------------------------------
def test_save_undo_and_redo_say_what_happened(make_window, qtbot, portfolio, prompter):
    window = make_window()
    select(window, "Альфа Металл")
    type_text(window.dossier.overview.industry, "Металлургия")
    qtbot.mouseClick(window.dossier.overview.save_button, Qt.MouseButton.LeftButton)
    assert status(window) == "Saved «Альфа Металл»."
    window.view.setFocus()
    window.delete_action.trigger()
    window.undo_action.trigger()
    wait_for_dossier(window)
    assert status(window) == "Undone: Delete client «Альфа Металл»"
    window.redo_action.trigger()
    assert status(window) == "Redone: Delete client «Альфа Металл»"


def test_a_member_save_says_so(make_window, qtbot, portfolio):
    window = make_window()
    open_dossier(qtbot, window, portfolio["beta"].id)
    group = window.dossier.decision_group
    window.dossier.show_member(portfolio["ivan"].id)
    type_text(group.editor.lines["position"], " и член правления")
    assert group.save() is True
    assert status(window) == "Saved «Иван Петров»."


# ---- 7. the window title names the database ----------------------------------------------------
def test_the_title_names_the_database_and_marks_unsaved_edits(
    make_window, qtbot, portfolio, db_path
):
    window = make_window()
    assert window.windowTitle() == f"KAM Desktop — kam.sqlite3[*] ({db_path.parent})"
    assert not window.isWindowModified()
    select(window, "Альфа Металл")
    type_text(window.dossier.overview.industry, "Металлургия")
    assert window.isWindowModified()
    qtbot.mouseClick(window.dossier.overview.save_button, Qt.MouseButton.LeftButton)
    assert not window.isWindowModified()


def test_the_default_database_is_named_without_its_folder():
    from kam_desktop.gui.daily_use import window_title
    from kam_desktop.paths import default_database_path

    assert window_title(default_database_path(), False) == "KAM Desktop — kam-desktop.sqlite3[*]"
    read_only = window_title(Path("/srv/shared/team.sqlite3"), True)
    assert read_only == "KAM Desktop — team.sqlite3[*] (/srv/shared) (read-only)"


# ---- 8. Qt's own dialogs in Russian -------------------------------------------------------------
@pytest.fixture
def russian(qapp):
    translators = install_translators(qapp, "ru")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_qt_standard_buttons_and_the_file_dialog_speak_russian(russian, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "КП", "Сохранить?")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Отмена"
    assert box.button(QMessageBox.StandardButton.Save).text() == "Сохранить"
    dialog = QFileDialog(None, "Экспорт")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_the_bundle_collects_qts_russian_catalogue():
    """build.spec's own functions, run without PyInstaller: qtbase_ru.qm is collected by name
    into the folder QLibraryInfo names in the bundle, and the data filter keeps it."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    wanted = {"QT_CATALOGUES", "qt_catalogues", "wanted_data", "KEEP_LOCALES"}
    nodes = [
        n
        for n in tree.body
        if (isinstance(n, ast.FunctionDef) and n.name in wanted)
        or (isinstance(n, ast.Assign) and any(getattr(t, "id", "") in wanted for t in n.targets))
    ]
    namespace: dict = {"Path": Path}
    exec(compile(ast.Module(nodes, []), "build.spec", "exec"), namespace)  # noqa: S102
    collected = namespace["qt_catalogues"]()
    assert [(Path(src).name, dest) for src, dest in collected] == [
        ("qtbase_ru.qm", "PySide6/Qt/translations")
    ]
    assert namespace["wanted_data"]("PySide6/Qt/translations/qtbase_ru.qm")
    assert "datas += qt_catalogues()" in (ROOT / "build.spec").read_text(encoding="utf-8")


def test_the_family_birthday_hint_in_russian(russian):
    from kam_desktop.gui.family_editor import birthday_format_hint

    assert birthday_format_hint() == "ДД.ММ или ДД.ММ.ГГГГ"
    assert QCoreApplication.translate("MainWindow", "Not saved: fix the marked fields.") == (
        "Не сохранено: исправьте выделенные поля."
    )


# ---- 9. one dossier's calendar ---------------------------------------------------------------
def test_the_share_menu_exports_the_open_dossiers_calendar(
    make_window, qtbot, portfolio, prompter, dossiers, tmp_path
):
    dossiers.save_member(
        Member(
            full_name="Ольга Альфина",
            client_id=portfolio["alpha"].id,
            birthday=Birthday(5, 6),
            contacts=[ContactPoint(ContactKind.EMAIL, "olga@alfa.ru")],
        )
    )
    target = tmp_path / "beta.ics"
    asked: list[Path] = []

    def save_file(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return target

    prompter.save_file = save_file  # type: ignore[method-assign]
    window = make_window()
    window.exchange.prompts = prompter
    open_dossier(qtbot, window, portfolio["beta"].id)
    action = next(a for a in window.exchange.share_menu.actions() if a.text() == "Export calendar…")
    window.exchange.share_menu.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()  # what the Share menu item does
    qtbot.waitUntil(target.exists, timeout=30000)
    assert asked[0].name == "Calendar — Бета Логистик.ics"
    cal = Calendar.from_ical(target.read_bytes())
    summaries = [str(e["summary"]) for e in cal.walk("VEVENT")]
    assert any("Анна Смирнова" in s for s in summaries)
    assert not any("Ольга Альфина" in s for s in summaries)  # another client's person
    assert "Saved 1 events" in status(window)
