"""Start on the first screen: the window shows the list read with sqlite3, the database opens
after the first paint, and from then on everything goes to the real database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.errors import DatabaseError
from kam_desktop.gui import app as gui_app
from kam_desktop.gui.client_list_model import ClientListModel
from kam_desktop.services.dossiers import DossierService
from kam_desktop.storage.first_screen import read_first_screen
from tests.gui.shell_helpers import open_dossier


@pytest.fixture
def portfolio(dossiers: DossierService) -> dict[str, str]:
    alpha = dossiers.save_client(Client("Альфа Металл"))
    beta = dossiers.save_client(Client("Бета Логистик"))
    dossiers.save_member(Member("Иван Петров", beta.id))
    return {"alpha": alpha.id, "beta": beta.id}


def names(window) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def test_the_window_shows_the_first_screen_then_opens_the_database(
    qtbot, db, dossiers, portfolio
) -> None:
    first = read_first_screen(db.path, ClientListModel.PAGE_SIZE)
    assert first is not None
    window, service = gui_app._window_on_first_screen(first)
    qtbot.addWidget(window)
    window.show()
    assert names(window) == ["Альфа Металл", "Бета Логистик"]
    assert window.count_label.text() == "Clients: 2"
    assert not service.db.is_open  # nothing needed SQLAlchemy yet
    gui_app._finish_opening(QApplication.instance(), window, service)
    assert service.db.is_open
    assert isinstance(window.service, DossierService)
    # A client saved elsewhere now shows: pages come from the database.
    dossiers.save_client(Client("Гамма"))
    window.refresh_list()
    assert names(window) == ["Альфа Металл", "Бета Логистик", "Гамма"]
    window.search.setText("иван")
    window.apply_filter()
    assert names(window) == ["Бета Логистик"]
    open_dossier(qtbot, window, portfolio["beta"])
    service.db.close()


def test_a_database_that_cannot_be_opened_after_the_paint_is_reported(
    qtbot, db, portfolio, monkeypatch
) -> None:
    first = read_first_screen(db.path, ClientListModel.PAGE_SIZE)
    assert first is not None
    window, service = gui_app._window_on_first_screen(first)
    qtbot.addWidget(window)
    window.show()

    def busy(*_args, **_kwargs):
        raise DatabaseError("The database is busy")

    shown: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr("kam_desktop.services.database.Database.open", busy)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    qapp = QApplication.instance()
    monkeypatch.setattr(qapp, "exit", exits.append)
    gui_app._finish_opening(qapp, window, service)
    assert shown and shown[0].startswith("KAM Desktop cannot open the database")
    assert exits == [gui_app.EXIT_DATABASE_ERROR]
    assert not window.isVisible()
