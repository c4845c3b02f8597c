"""The Today page in the main window, on a real SQLite file filled through the services: what it
lists, where a double-click takes the KAM, mark done and move (with undo), the empty states."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from kam_desktop.domain.agenda import AgendaKind
from kam_desktop.domain.dossier import Birthday, Client, Interaction, Member, Tender
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.gui.main_window import MainWindow
from kam_desktop.gui.today_dialogs import MarkDoneDialog, MoveStepDialog
from kam_desktop.gui.today_model import Section
from kam_desktop.services.proposals import ProposalService
from tests.gui.shell_helpers import ScriptedPrompter, type_text, wait_for_operations

TODAY = date.today()


class TodayPrompter(ScriptedPrompter):
    """Answers Today's dialogs as a user would type them."""

    def __init__(self) -> None:
        super().__init__()
        self.outcome = "Получили, ждут решения правления"
        self.move_to = TODAY + timedelta(days=5)
        self.dialogs: list[QDialog] = []

    def run_dialog(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        if isinstance(dialog, MarkDoneDialog):
            type_text(dialog.outcome, self.outcome)
        if isinstance(dialog, MoveStepDialog):
            dialog.due_on.setDate(QDate(self.move_to))
        return True


@pytest.fixture
def prompter() -> TodayPrompter:
    return TodayPrompter()


@pytest.fixture
def make_window(qtbot, db, prompter):
    def make() -> MainWindow:
        window = MainWindow(db, prompter=prompter)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        window.open_pending_client()  # as after start-up: Today reads its items
        wait_for_operations(qtbot)
        return window

    return make


@pytest.fixture
def book(dossiers, db):
    """A key client with a birthday in 3 days, an overdue next step, an expiring proposal and a
    tender in five months."""
    alpha = dossiers.save_client(
        Client(
            name="Альфа Металл",
            status=ClientStatus.KEY,
            tenders=[Tender("Тендер на поставку станков", TODAY + timedelta(days=150))],
        )
    )
    birthday = TODAY + timedelta(days=3)
    ivan = dossiers.save_member(
        Member(
            full_name="Иван Петров",
            client_id=alpha.id,
            influence=2,  # below every cadence: no stay-in-touch item for him
            birthday=Birthday(birthday.day, birthday.month, birthday.year - 57),
        )
    )
    step = dossiers.save_interaction(
        Interaction(
            client_id=alpha.id,
            occurred_on=TODAY - timedelta(days=10),
            summary="Встреча по модернизации",
            member_ids=[ivan.id],
            next_step="Отправить расчёт окупаемости",
            next_step_due=TODAY - timedelta(days=2),
        )
    )
    proposals = ProposalService(db)
    draft = proposals.new_proposal(alpha.id, language="ru")
    draft.title = "Модернизация линии"
    draft.valid_until = TODAY + timedelta(days=3)
    draft.addressee_ids = [ivan.saved_id]
    proposal = proposals.save(draft)
    return {"alpha": alpha, "ivan": ivan, "step": step, "proposal": proposal}


def item_of(window: MainWindow, kind: AgendaKind):
    return next(i for i in window.today.page.items() if i.kind is kind)


def double_click(qtbot, window: MainWindow, kind: AgendaKind) -> None:
    page = window.today.page
    index = page.model.index_of(lambda i: i.kind is kind)
    assert index.isValid()
    view = page.view
    view.scrollTo(index)
    rect = view.visualRect(index.siblingAtColumn(2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for_operations(qtbot)  # the dossier is read in the background


def texts_of(window: MainWindow, section: Section) -> list[str]:
    from kam_desktop.gui.today_model import describe

    return [describe(i) for i in window.today.page.model.items_of(section)]


def test_today_is_the_start_page_and_lists_what_is_due(make_window, book) -> None:
    window = make_window()
    page = window.today.page
    assert page.isVisible() and window.dossier.client_id is None
    model = page.model
    assert model.sections() == [Section.OVERDUE, Section.WEEK, Section.TENDERS]
    assert texts_of(window, Section.OVERDUE) == ["Отправить расчёт окупаемости"]
    week = {i.kind: i for i in model.items_of(Section.WEEK)}
    assert set(week) == {AgendaKind.BIRTHDAY, AgendaKind.PROPOSAL_EXPIRING}
    assert "Иван Петров — turns 57" in texts_of(window, Section.WEEK)
    assert week[AgendaKind.PROPOSAL_EXPIRING].date == TODAY + timedelta(days=3)
    assert "Модернизация линии" in week[AgendaKind.PROPOSAL_EXPIRING].title
    assert "Тендер на поставку станков" in texts_of(window, Section.TENDERS)[0]
    assert "overdue: 1" in page.summary.text()


def test_a_birthday_opens_the_member_in_the_decision_group(make_window, book, qtbot) -> None:
    window = make_window()
    double_click(qtbot, window, AgendaKind.BIRTHDAY)
    dossier = window.dossier
    assert dossier.client_id == book["alpha"].id
    assert dossier.tabs.currentWidget() is dossier.decision_group
    assert dossier.decision_group._current_id() == book["ivan"].id
    assert dossier.decision_group.editor.lines["full_name"].text() == "Иван Петров"


def test_each_kind_opens_its_own_tab(make_window, book, qtbot) -> None:
    window = make_window()
    dossier = window.dossier
    page = window.today.page

    def open_with_button(kind: AgendaKind) -> None:
        window.today.action.trigger()  # back to Today (Go → Today)
        wait_for_operations(qtbot)
        assert page.isVisible()
        assert page.select(lambda i: i.kind is kind)
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        wait_for_operations(qtbot)

    open_with_button(AgendaKind.NEXT_STEP)
    assert dossier.tabs.currentWidget() is dossier.interactions
    current = dossier.interactions.table.currentIndex()
    assert dossier.interactions.model.interaction_at(current.row()).id == book["step"].id

    open_with_button(AgendaKind.TENDER)
    assert dossier.tabs.currentWidget() is dossier.overview
    assert dossier.overview.tenders.currentRow() == 0

    open_with_button(AgendaKind.PROPOSAL_EXPIRING)
    assert dossier.tabs.currentWidget() is dossier.proposals
    assert dossier.proposals.is_editing()
    assert dossier.proposals.editor.proposal_id == book["proposal"].id


def test_mark_done_records_an_interaction_and_undo_takes_it_back(
    make_window, book, qtbot, dossiers, prompter
) -> None:
    window = make_window()
    page = window.today.page
    assert page.select(lambda i: i.kind is AgendaKind.NEXT_STEP)
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)

    interactions = dossiers.get_dossier(book["alpha"].id).interactions
    outcome = next(i for i in interactions if i.id != book["step"].id)
    assert outcome.occurred_on == TODAY
    assert "Отправить расчёт окупаемости" in outcome.summary
    assert prompter.outcome in outcome.summary
    assert outcome.member_ids == [book["ivan"].id]
    assert all(i.kind is not AgendaKind.NEXT_STEP for i in page.items())
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    window.undo_action.trigger()
    wait_for_operations(qtbot)
    assert [i.id for i in dossiers.get_dossier(book["alpha"].id).interactions] == [book["step"].id]
    assert item_of(window, AgendaKind.NEXT_STEP).overdue


def test_move_gives_the_step_a_new_date(make_window, book, qtbot, prompter) -> None:
    window = make_window()
    page = window.today.page
    assert page.select(lambda i: i.kind is AgendaKind.NEXT_STEP)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    moved = item_of(window, AgendaKind.NEXT_STEP)
    assert moved.date == prompter.move_to and not moved.overdue
    assert moved in page.model.items_of(Section.WEEK)

    window.undo_action.trigger()
    wait_for_operations(qtbot)
    assert item_of(window, AgendaKind.NEXT_STEP).date == TODAY - timedelta(days=2)


def test_only_next_steps_can_be_marked_done_or_moved(make_window, book) -> None:
    page = make_window().today.page
    assert page.select(lambda i: i.kind is AgendaKind.BIRTHDAY)
    assert page.open_button.isEnabled()
    assert not page.done_button.isEnabled() and not page.move_button.isEnabled()


def test_an_empty_database_says_what_to_do(make_window) -> None:
    window = make_window()
    page = window.today.page
    assert page.is_empty_state()
    assert page.empty_title.text() == "No clients yet"
    for button in (page.empty_new, page.empty_import, page.empty_demo):
        assert not button.isHidden()
    assert not window.welcome_import.isHidden()  # the first-start page offers the import too


def test_nothing_due_says_so_and_offers_a_new_client(make_window, dossiers) -> None:
    dossiers.save_client(Client(name="Бета Логистик"))  # active, nobody in the group
    page = make_window().today.page
    assert page.is_empty_state()
    assert page.empty_title.text() == "Nothing due"
    assert "14 days" in page.empty_text.text()
    assert page.empty_demo.isHidden() and not page.empty_new.isHidden()


def test_go_today_leaves_the_client_for_the_start_page(make_window, book, qtbot) -> None:
    window = make_window()
    window.open_client(book["alpha"].id)
    wait_for_operations(qtbot)
    assert window.dossier.client_id == book["alpha"].id
    assert not window.today.page.isVisible()
    assert window.today.action.shortcut().toString() == "Ctrl+T"
    window.today.action.trigger()
    wait_for_operations(qtbot)
    assert window.dossier.client_id is None and window.today.page.isVisible()
    assert window.view.selectionModel().selectedRows() == []


class FakeTray:
    """Stands in for the system tray, which the offscreen platform does not have."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, body: str, *_args) -> None:  # noqa: N802 (Qt's name)
        self.messages.append((title, body))


@pytest.fixture
def fake_tray(monkeypatch) -> FakeTray:
    from kam_desktop.gui.today_tray import DailyNotifier

    tray = FakeTray()
    monkeypatch.setattr(DailyNotifier, "available", staticmethod(lambda: True))
    monkeypatch.setattr(DailyNotifier, "_tray", lambda self: tray)
    return tray


def test_the_morning_message_lists_what_is_due_once_a_day(
    make_window, book, qtbot, fake_tray
) -> None:
    window = make_window()  # starting Today also checks the tray
    wait_for_operations(qtbot)
    assert len(fake_tray.messages) == 1
    title, body = fake_tray.messages[0]
    assert title == "Today: 1 to act on (1 overdue)"
    assert "Отправить расчёт окупаемости — Альфа Металл" in body
    window.today.check_tray()  # the same day again: nothing new
    wait_for_operations(qtbot)
    assert len(fake_tray.messages) == 1


def test_the_morning_message_can_be_switched_off(make_window, book, db, qtbot, fake_tray) -> None:
    from kam_desktop.services.agenda import AgendaService

    AgendaService(db).set_notify_daily(False)
    make_window()
    wait_for_operations(qtbot)
    assert fake_tray.messages == []


def test_a_long_kind_shows_its_first_items_and_all_of_them_on_request(
    make_window, dossiers, qtbot, monkeypatch
) -> None:
    """The page holds the first of each kind (the real limit is 100, here 2); «show all» reads
    the whole kind, and «Everything» brings the short page back."""
    monkeypatch.setattr("kam_desktop.gui.today_controller.PAGE_LIMIT", 2)
    key = dossiers.save_client(Client(name="Бета Строй", status=ClientStatus.KEY))
    for name in ("Андреев Олег", "Борисова Инна", "Васильев Пётр"):  # never contacted: due today
        dossiers.save_member(Member(full_name=name, client_id=key.id, influence=5))
    window = make_window()
    page = window.today.page

    def stale() -> list[str]:
        return [i.title for i in page.model.items_of(Section.TODAY)]

    assert stale() == ["Андреев Олег", "Борисова Инна"]
    assert page.more.isVisible()
    assert "2" in page.more.text() and "3" in page.more.text()
    assert "3" in page.summary.text()  # shown: 2 of 3

    page.more.linkActivated.emit(AgendaKind.STALE_CONTACT.value)
    wait_for_operations(qtbot)
    assert page.kind_filter.currentData() == AgendaKind.STALE_CONTACT.value
    assert stale() == ["Андреев Олег", "Борисова Инна", "Васильев Пётр"]
    assert not page.more.isVisible()

    page.kind_filter.setCurrentIndex(page.kind_filter.findData(None))
    wait_for_operations(qtbot)
    assert len(stale()) == 2 and page.more.isVisible()
