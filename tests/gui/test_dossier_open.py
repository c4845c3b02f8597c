"""Opening a dossier off the GUI thread: the latest request wins, the unsaved-changes prompt
still comes first, a failed read is reported and leaves a usable window, and the demo load
re-reads only an affected dossier. Real SQLite files throughout; only the timing of a read is
held back (a service that waits for the test before it reads)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from kam_desktop.domain.dossier import Client, Dossier, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.gui import dossier_view
from kam_desktop.gui.dossier_view import DossierView
from kam_desktop.gui.main_window import MainWindow
from kam_desktop.gui.prompts import UnsavedChoice
from kam_desktop.services.dossiers import DossierService
from tests.gui.shell_helpers import (
    ScriptedPrompter,
    open_dossier,
    wait_for_dossier,
    wait_for_operations,
)


class HeldService(DossierService):
    """The real service; a read of a held client waits until the test releases it."""

    def __init__(self, db) -> None:
        super().__init__(db)
        self.held: dict[str, threading.Event] = {}
        self.started: dict[str, threading.Event] = {}

    def hold(self, client_id: str) -> threading.Event:
        self.started[client_id] = threading.Event()
        self.held[client_id] = threading.Event()
        return self.held[client_id]

    def get_dossier(self, client_id: str) -> Dossier:
        if client_id in self.held:
            self.started[client_id].set()
            assert self.held[client_id].wait(30), "the test never released the read"
        return super().get_dossier(client_id)


@pytest.fixture
def portfolio(dossiers):
    # Not a key client: the demo proposal is addressed to the first key client by name.
    alpha = dossiers.save_client(Client(name="Альфа Металл", status=ClientStatus.ACTIVE))
    beta = dossiers.save_client(Client(name="Бета Логистик"))
    dossiers.save_member(Member(full_name="Иван Петров", client_id=beta.id, position="CFO"))
    return {"alpha": alpha.id, "beta": beta.id}


@pytest.fixture
def held(db) -> HeldService:
    return HeldService(db)


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def window(qtbot, db, held, prompter, portfolio) -> MainWindow:
    main = MainWindow(db, prompter=prompter, service=held)
    qtbot.addWidget(main)
    main.show()
    return main


def select(window: MainWindow, name: str) -> None:
    names = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    window.view.setCurrentIndex(window.model.index(names.index(name), 0))


def test_the_latest_request_wins_and_a_late_older_read_is_dropped(qtbot, held, portfolio):
    view = DossierView(held, QUndoStack(), ScriptedPrompter())
    qtbot.addWidget(view)
    view.show()
    opened: list[str] = []
    view.opened.connect(opened.append)
    release_alpha = held.hold(portfolio["alpha"])

    view.open_client(portfolio["alpha"])
    assert held.started[portfolio["alpha"]].wait(10)  # its read is under way
    with qtbot.waitSignal(view.opened, timeout=10000):
        view.open_client(portfolio["beta"])
    assert view.client_id == portfolio["beta"]

    release_alpha.set()  # Alpha's read ends after Beta's was shown
    wait_for_operations(qtbot)
    assert opened == [portfolio["beta"]]
    assert view.client_id == portfolio["beta"]
    assert view.title.text() == "Бета Логистик"
    assert view.overview.name.text() == "Бета Логистик"
    assert [m.full_name for m in view.decision_group.model.members()] == ["Иван Петров"]


def test_while_a_read_is_pending_the_old_dossier_stays_whole_then_a_busy_cursor(
    qtbot, window, held, portfolio
):
    select(window, "Альфа Металл")
    wait_for_dossier(window)
    release = held.hold(portfolio["beta"])
    select(window, "Бета Логистик")
    assert window.dossier.is_loading()
    assert window.dossier.client_id == portfolio["alpha"]
    assert window.dossier.overview.name.text() == "Альфа Металл"  # not half of Beta
    qtbot.waitUntil(lambda: window.dossier.cursor().shape() == Qt.CursorShape.BusyCursor)

    release.set()
    wait_for_dossier(window)
    assert window.dossier.client_id == portfolio["beta"]
    assert window.dossier.cursor().shape() != Qt.CursorShape.BusyCursor
    assert window.view.currentIndex().data() == "Бета Логистик"


def test_arrowing_through_the_list_shows_only_the_client_stopped_on(
    qtbot, window, dossiers, portfolio
):
    northwind = dossiers.save_client(Client(name="Northwind Traders")).id
    window.refresh_list()
    opened: list[str] = []
    window.dossier.opened.connect(opened.append)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0, 0))
    for _ in range(window.model.rowCount() - 1):
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
    wait_for_operations(qtbot)
    last = window.model.client_id(window.model.rowCount() - 1)
    assert window.dossier.client_id == last
    assert opened[-1] == last
    assert window.view.currentIndex().row() == window.model.rowCount() - 1
    assert northwind in {window.model.client_id(r) for r in range(window.model.rowCount())}


def test_cancel_in_the_unsaved_prompt_keeps_the_client_and_its_selection(
    qtbot, window, prompter, portfolio
):
    select(window, "Альфа Металл")
    wait_for_dossier(window)
    window.dossier.overview.region.setText("Урал")
    prompter.unsaved_answer = UnsavedChoice.CANCEL
    window.view.setFocus()

    qtbot.keyClick(window.view, Qt.Key.Key_Down)  # to Beta

    assert prompter.kinds() == ["unsaved"]  # asked before any read started
    assert not window.dossier.is_loading()
    assert window.dossier.client_id == portfolio["alpha"]
    assert window.dossier.overview.region.text() == "Урал"
    qtbot.waitUntil(lambda: window.view.currentIndex().data() == "Альфа Металл")


def test_edits_typed_while_a_read_runs_are_not_lost_without_asking(
    qtbot, window, held, prompter, portfolio
):
    select(window, "Альфа Металл")
    wait_for_dossier(window)
    release = held.hold(portfolio["beta"])
    select(window, "Бета Логистик")
    window.dossier.overview.region.setText("Урал")  # typed into Alpha before Beta arrived
    prompter.unsaved_answer = UnsavedChoice.CANCEL

    release.set()
    wait_for_dossier(window)

    assert prompter.kinds() == ["unsaved"]
    assert window.dossier.client_id == portfolio["alpha"]
    assert window.dossier.overview.region.text() == "Урал"
    qtbot.waitUntil(lambda: window.view.currentIndex().data() == "Альфа Металл")


def test_a_failed_read_shows_the_error_and_the_window_stays_usable(
    qtbot, window, db, portfolio, monkeypatch
):
    shown: list[BaseException] = []
    monkeypatch.setattr(dossier_view, "show_error", lambda _parent, exc: shown.append(exc))
    failed: list[str] = []
    window.dossier.open_failed.connect(failed.append)
    DossierService(db).delete_client(portfolio["beta"])  # deleted elsewhere; still listed

    select(window, "Бета Логистик")
    wait_for_dossier(window)

    [error] = shown
    assert isinstance(error, NotFoundError) and portfolio["beta"] in str(error)
    assert failed == [portfolio["beta"]]
    assert window.dossier.client_id is None
    assert not window.dossier.is_showing_client()  # the placeholder, not a half dossier
    assert not window.delete_action.isEnabled()

    select(window, "Альфа Металл")
    wait_for_dossier(window)
    assert window.dossier.client_id == portfolio["alpha"]
    assert window.dossier.overview.name.text() == "Альфа Металл"
    assert window.delete_action.isEnabled()


def test_the_demo_load_reads_again_only_a_dossier_it_wrote(
    qtbot, window, portfolio, monkeypatch
):
    from kam_desktop.services.demo import KEY_CLIENT_ID

    open_dossier(qtbot, window, portfolio["alpha"])
    reloads: list[str | None] = []
    original = window.dossier.reload
    monkeypatch.setattr(
        window.dossier,
        "reload",
        lambda: (reloads.append(window.dossier.requested_client_id), original())[1],
    )

    window.load_demo()
    wait_for_operations(qtbot)
    ids = {window.model.client_id(r) for r in range(window.model.rowCount())}
    assert KEY_CLIENT_ID in ids  # the list shows the demo clients
    assert reloads == []  # the user's own client was not read again
    assert window.dossier.client_id == portfolio["alpha"]

    open_dossier(qtbot, window, KEY_CLIENT_ID)
    window.load_demo()
    wait_for_operations(qtbot)
    assert reloads == [KEY_CLIENT_ID]
    assert window.dossier.client_id == KEY_CLIENT_ID


def test_load_demo_returns_the_clients_it_wrote(db):
    from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo

    written = load_demo(db)
    assert KEY_CLIENT_ID in written
    assert sorted(written) == sorted(c.id for c in DossierService(db).list_clients())


def test_cancel_while_a_read_is_pending_drops_that_read_too(
    qtbot, window, held, prompter, dossiers, portfolio
):
    dossiers.save_client(Client(name="Northwind Traders"))
    window.refresh_list()
    select(window, "Альфа Металл")
    wait_for_dossier(window)
    release = held.hold(portfolio["beta"])
    select(window, "Бета Логистик")
    window.dossier.overview.region.setText("Урал")  # typed into Alpha before Beta arrived
    prompter.unsaved_answer = UnsavedChoice.CANCEL

    select(window, "Northwind Traders")  # asks; Cancel means "stay on Alpha"
    release.set()
    wait_for_operations(qtbot)

    assert prompter.kinds() == ["unsaved"]  # Beta's late read does not ask again
    assert window.dossier.client_id == portfolio["alpha"]
    assert window.dossier.overview.region.text() == "Урал"
    qtbot.waitUntil(lambda: window.view.currentIndex().data() == "Альфа Металл")
