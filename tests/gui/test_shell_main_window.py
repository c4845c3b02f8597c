"""Main flows of the shell through the UI: create, validate, search, delete + undo, unsaved
changes, empty state with the demo, layout memory. Real SQLite files throughout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.gui.dossier_prompts import UnsavedChoice as TabChoice
from kam_desktop.gui.main_window import MainWindow
from kam_desktop.gui.prompts import UnsavedChoice
from tests.gui.dossier_helpers import ScriptedPrompts
from tests.gui.shell_helpers import (
    ScriptedPrompter,
    type_text,
    wait_for_dossier,
    wait_for_operations,
)


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def make_window(qtbot, db, prompter):
    def make() -> MainWindow:
        window = MainWindow(db, prompter=prompter)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # shortcuts and focus need the active window
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def portfolio(dossiers):
    """Three clients; «Иван Петров» sits in the decision group of «Бета Логистик»."""
    alpha = dossiers.save_client(Client(name="Альфа Металл", status=ClientStatus.KEY))
    beta = dossiers.save_client(Client(name="Бета Логистик", industry="Logistics"))
    northwind = dossiers.save_client(Client(name="Northwind Traders"))
    dossiers.save_member(Member(full_name="Иван Петров", client_id=beta.id, position="CFO"))
    return {"alpha": alpha, "beta": beta, "northwind": northwind}


def list_names(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def select(window: MainWindow, name: str) -> None:
    row = list_names(window).index(name)
    window.view.setCurrentIndex(window.model.index(row, 0))
    wait_for_dossier(window)  # the dossier is read off the GUI thread


def test_create_a_client_through_the_form(make_window, qtbot, dossiers):
    window = make_window()
    assert window.central.currentWidget() is window.welcome
    window.new_action.trigger()
    overview = window.dossier.overview
    type_text(overview.name, "Альфа Металл")
    type_text(overview.industry, "Металлургия")
    qtbot.keyClicks(overview.sales_share, "35")
    assert overview.has_unsaved_changes()
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)

    assert not overview.has_unsaved_changes()
    assert list_names(window) == ["Альфа Металл"]
    assert window.view.currentIndex().row() == 0
    stored = dossiers.list_clients()
    assert [c.name for c in stored] == ["Альфа Металл"]
    client = dossiers.get_client(stored[0].id)
    assert client.industry == "Металлургия"
    assert client.sales_share_pct == Decimal(35)
    assert window.dossier.title.text() == "Альфа Металл"
    assert "1" in window.count_label.text()


def test_validation_messages_appear_next_to_the_fields(make_window, qtbot, dossiers):
    window = make_window()
    window.new_action.trigger()
    overview = window.dossier.overview
    qtbot.keyClicks(overview.name, "Test")
    qtbot.keyClicks(overview.website, "not a site")
    qtbot.keyClicks(overview.sales_share, "150")
    assert overview.mono_warning.isVisible()  # 150 > 75: the risk is flagged while typing
    overview.save_button.click()

    website_row = overview.errors._rows["website"]
    share_row = overview.errors._rows["sales_share_pct"]
    assert website_row.error_label.isVisible()
    assert "example.com" in website_row.error_label.text()
    assert share_row.error_label.isVisible()
    assert "100" in share_row.error_label.text()
    assert dossiers.count_clients() == 0
    # Fixing the fields saves and clears the messages.
    overview.website.setText("alfa-metal.ru")
    overview.sales_share.setText("40")
    overview.save_button.click()
    assert not website_row.error_label.isVisible()
    assert dossiers.count_clients() == 1


def test_unreadable_number_is_reported_next_to_the_field(make_window, qtbot, dossiers):
    window = make_window()
    window.new_action.trigger()
    overview = window.dossier.overview
    overview.name.setText("Test")
    overview.annual_revenue.setText("lots")
    overview.save()
    assert overview.errors._rows["annual_revenue"].error_label.isVisible()
    assert dossiers.count_clients() == 0


def test_search_narrows_the_list_as_you_type(make_window, qtbot, portfolio):
    window = make_window()
    assert window.model.rowCount() == 3
    qtbot.keyClicks(window.search, "North")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert list_names(window) == ["Northwind Traders"]
    qtbot.waitUntil(lambda: "found" in window.count_label.text())  # the count follows the list
    assert "1" in window.count_label.text() and "3" in window.count_label.text()
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("ива", "Бета Логистик"), ("ИВА", "Бета Логистик"), ("АЛЬФ", "Альфа Металл")],
)
def test_cyrillic_search_ignores_case_and_reaches_members(
    make_window, qtbot, portfolio, typed, expected
):
    window = make_window()
    type_text(window.search, typed)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert list_names(window) == [expected]


def test_the_list_names_the_person_a_search_found_once_typing_pauses(make_window, qtbot, portfolio):
    from kam_desktop.gui.client_list_model import MatchedPersonRole

    window = make_window()
    type_text(window.search, "ива")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    name = window.model.index(0, 0)
    qtbot.waitUntil(lambda: name.data(MatchedPersonRole) is not None)
    assert name.data() == "Бета Логистик"
    assert "Иван" in name.data(MatchedPersonRole)


def test_search_that_finds_nothing_says_so(make_window, qtbot, portfolio):
    window = make_window()
    qtbot.keyClicks(window.search, 'zz "(AND*')
    qtbot.waitUntil(lambda: window.list_pages.currentWidget() is window.nothing_found)
    assert "zz" in window.nothing_found.text()
    assert window.central.currentWidget() is window.splitter  # not the first-start page


def test_delete_client_asks_then_can_be_undone(make_window, qtbot, dossiers, portfolio, prompter):
    window = make_window()
    select(window, "Бета Логистик")
    assert window.dossier.client_id == portfolio["beta"].id

    prompter.confirm_answer = False
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert prompter.kinds() == ["confirm"]
    assert dossiers.count_clients() == 3

    prompter.confirm_answer = True
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert dossiers.count_clients() == 2
    assert "Бета Логистик" not in list_names(window)

    window.undo_action.trigger()
    wait_for_dossier(window)
    assert dossiers.count_clients() == 3
    assert "Бета Логистик" in list_names(window)
    restored = dossiers.get_dossier(portfolio["beta"].id)
    assert [m.full_name for m in restored.members] == ["Иван Петров"]
    assert window.dossier.client_id == portfolio["beta"].id

    window.redo_action.trigger()
    assert dossiers.count_clients() == 2


def test_switching_client_with_unsaved_edits_asks(
    make_window, qtbot, dossiers, portfolio, prompter
):
    window = make_window()
    select(window, "Альфа Металл")
    overview = window.dossier.overview
    overview.industry.setText("Металлургия")
    assert overview.has_unsaved_changes()

    prompter.unsaved_answer = UnsavedChoice.CANCEL
    select(window, "Northwind Traders")
    assert prompter.kinds() == ["unsaved"]
    assert window.dossier.client_id == portfolio["alpha"].id
    assert overview.industry.text() == "Металлургия"
    qtbot.waitUntil(lambda: window.view.currentIndex().data() == "Альфа Металл")

    prompter.unsaved_answer = UnsavedChoice.SAVE
    select(window, "Northwind Traders")
    assert window.dossier.client_id == portfolio["northwind"].id
    assert dossiers.get_client(portfolio["alpha"].id).industry == "Металлургия"

    overview.region.setText("Москва")
    prompter.unsaved_answer = UnsavedChoice.DISCARD
    select(window, "Альфа Металл")
    assert window.dossier.client_id == portfolio["alpha"].id
    assert dossiers.get_client(portfolio["northwind"].id).region == ""


def test_closing_with_unsaved_edits_can_be_cancelled(make_window, portfolio, prompter):
    window = make_window()
    select(window, "Альфа Металл")
    window.dossier.overview.tax_id.setText("7701234567")
    prompter.unsaved_answer = UnsavedChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    prompter.unsaved_answer = UnsavedChoice.DISCARD
    assert window.close()


def test_empty_database_offers_the_demo(make_window, qtbot, dossiers, prompter):
    window = make_window()
    assert window.central.currentWidget() is window.welcome
    assert window.welcome_demo.isVisible() and window.welcome_new.isVisible()
    window.offer_demo_if_empty()
    wait_for_operations(qtbot)
    assert prompter.kinds() == ["demo"]
    assert dossiers.count_clients() > 0
    assert window.central.currentWidget() is window.splitter
    key_clients = dossiers.list_clients(status=ClientStatus.KEY)
    assert window.dossier.client_id in {c.id for c in key_clients}
    window.offer_demo_if_empty()  # offered once only
    assert prompter.kinds() == ["demo"]


def test_demo_button_on_the_empty_page_loads_it(make_window, qtbot, dossiers):
    window = make_window()
    qtbot.mouseClick(window.welcome_demo, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    assert window.model.rowCount() == dossiers.count_clients() > 0


def test_layout_is_restored_after_reopening(make_window, qtbot, portfolio):
    window = make_window()
    window.resize(760, 560)  # the offscreen screen is 800×600
    window.splitter.setSizes([300, 460])
    window.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    window.view.horizontalHeader().resizeSection(2, 134)
    select(window, "Northwind Traders")
    sizes = window.splitter.sizes()
    window.close()

    again = make_window()
    again.open_pending_client()
    wait_for_dossier(again)
    header = again.view.horizontalHeader()
    assert again.size().width() == 760 and again.size().height() == 560
    assert again.splitter.sizes() == sizes
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sectionSize(2) == 134
    assert again.dossier.client_id == portfolio["northwind"].id
    assert again.view.currentIndex().data() == "Northwind Traders"


def test_mono_dependent_client_is_flagged(make_window, dossiers):
    dossiers.save_client(Client(name="Mono", sales_share_pct=Decimal(80)))
    window = make_window()
    select(window, "Mono")
    assert window.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert window.dossier.overview.mono_warning.isVisible()
    assert window.dossier.mono_flag.isVisible()


def test_keyboard_navigation_between_clients(make_window, qtbot, portfolio):
    window = make_window()
    window.focus_search()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.view.hasFocus()
    wait_for_dossier(window)
    first = window.dossier.client_id
    window.next_action.trigger()
    wait_for_dossier(window)
    assert window.dossier.client_id not in (None, first)
    window.previous_action.trigger()
    wait_for_dossier(window)
    assert window.dossier.client_id == first


# ---- regressions found by driving the real app (QA pass) -----------------------------------
def test_first_start_window_fits_the_screen(make_window):
    """A 1366×768 laptop is shorter than 800 px: the window must not hang off the screen."""
    window = make_window()
    area = window.screen().availableGeometry()  # the offscreen screen is 800×600
    assert area.contains(window.frameGeometry())
    assert window.width() >= area.width() - 16 - 1


def test_undo_of_a_client_delete_keeps_unsaved_edits_of_the_shown_client(
    make_window, dossiers, portfolio, prompter
):
    window = make_window()
    select(window, "Northwind Traders")
    window.delete_current_client()
    select(window, "Альфа Металл")
    window.dossier.overview.region.setText("Урал")
    prompter.unsaved_answer = UnsavedChoice.CANCEL

    window.undo_action.trigger()
    wait_for_dossier(window)

    assert dossiers.count_clients() == 3  # the undo itself happened
    assert "Northwind Traders" in list_names(window)
    assert window.dossier.client_id == portfolio["alpha"].id
    assert window.dossier.overview.region.text() == "Урал"  # the typed edit survived
    assert prompter.kinds() == ["confirm", "unsaved"]


def _edit_member_in_decision_group(window: MainWindow) -> ScriptedPrompts:
    tab = window.dossier.decision_group
    tab.prompts = ScriptedPrompts()
    window.dossier.tabs.setCurrentWidget(tab)
    tab.editor.lines["position"].setText("Финансовый директор")
    tab.editor.lines["position"].textEdited.emit("Финансовый директор")
    assert window.dossier.has_unsaved_changes()
    return tab.prompts


def test_unsaved_member_edits_are_guarded_on_switch_close_and_marked_on_the_tab(
    make_window, dossiers, portfolio
):
    window = make_window()
    select(window, "Бета Логистик")
    prompts = _edit_member_in_decision_group(window)
    tabs = window.dossier.tabs
    assert tabs.tabText(tabs.indexOf(window.dossier.decision_group)).endswith("•")

    prompts.unsaved_answer = TabChoice.CANCEL
    select(window, "Альфа Металл")
    assert window.dossier.client_id == portfolio["beta"].id
    assert not window.close()
    assert prompts.asked == ["unsaved:Иван Петров", "unsaved:Иван Петров"]

    prompts.unsaved_answer = TabChoice.SAVE
    assert window.close()
    saved = dossiers.list_members(portfolio["beta"].id)[0]
    assert saved.position == "Финансовый директор"
    assert not tabs.tabText(tabs.indexOf(window.dossier.decision_group)).endswith("•")


def test_overview_stacks_its_boxes_in_one_column_when_narrow(make_window, portfolio):
    window = make_window()
    select(window, "Альфа Металл")
    overview = window.dossier.overview
    overview.resize(560, 600)  # the dossier's width in a 1024 px window
    assert overview.columns == 1
    overview.resize(1000, 600)
    assert overview.columns == 2


def test_alt_down_in_a_combo_box_opens_it_instead_of_switching_client(
    make_window, qtbot, portfolio
):
    window = make_window()
    select(window, "Альфа Металл")
    status = window.dossier.overview.status
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_for_dossier(window)
    assert window.dossier.client_id == portfolio["alpha"].id
    status.hidePopup()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    wait_for_dossier(window)
    assert window.dossier.client_id != portfolio["alpha"].id  # the listed shortcut works


def test_renamed_team_member_shows_in_the_interactions_after_the_company_dialog(
    make_window, dossiers, portfolio
):
    from kam_desktop.domain.dossier import Interaction, TeamMember
    from kam_desktop.gui.interaction_model import InteractionColumn

    ours = dossiers.save_team_member(TeamMember("Соколова Анна"))
    dossiers.save_interaction(
        Interaction(
            portfolio["alpha"].id, date(2026, 3, 2), summary="Звонок", team_member_ids=[ours.id]
        )
    )
    window = make_window()
    select(window, "Альфа Металл")
    dossiers.save_team_member(replace(dossiers.team()[0], full_name="Соколова Анна Сергеевна"))
    window.dossier.people_changed()  # what edit_company() calls after the dialog saved
    window.dossier.tabs.setCurrentWidget(window.dossier.interactions)
    model = window.dossier.interactions.model
    assert model.data(model.index(0, InteractionColumn.PARTICIPANTS)) == "Соколова Анна Сергеевна"
