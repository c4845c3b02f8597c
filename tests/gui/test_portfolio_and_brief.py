"""The portfolio window (sort by header, filters, double-click opens the client) and the
dossier's "Meeting brief…" flow (attendees pre-checked, PDF saved through an operation)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kam_desktop.domain.dossier import Client, Interaction, Member
from kam_desktop.domain.enums import ClientStatus, ReliabilityResult
from kam_desktop.gui.main_window import MainWindow
from kam_desktop.gui.meeting_brief_dialog import (
    BRIEF_BUTTON,
    MeetingBriefDialog,
    start_meeting_brief,
)
from kam_desktop.gui.portfolio_view import PortfolioModel, show_portfolio
from tests.gui.shell_helpers import ScriptedPrompter, finish, open_dossier, wait_for_dossier


class BriefPrompter(ScriptedPrompter):
    """Accepts dialogs (unticking people named in ``untick``) and saves to ``path``."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.untick: set[str] = set()
        self.dialogs: list[object] = []

    def run_dialog(self, dialog) -> bool:
        self.dialogs.append(dialog)
        if isinstance(dialog, MeetingBriefDialog):
            for row in range(dialog.attendees.count()):
                item = dialog.attendees.item(row)
                if any(name in item.text() for name in self.untick):
                    item.setCheckState(Qt.CheckState.Unchecked)
            return True
        return False  # "Saved": close without opening

    def save_file(self, parent, title, suggested, filters):
        self.asked.append(("save", suggested.name))
        return self.path


@pytest.fixture
def book(dossiers):
    today = date.today()
    alpha = dossiers.save_client(
        Client(
            "Альфа",
            status=ClientStatus.KEY,
            sales_share_pct=D("40"),
            reliability_result=ReliabilityResult.RELIABLE,
            reliability_checked_on=today - timedelta(days=30),
        )
    )
    beta = dossiers.save_client(Client("Бета", sales_share_pct=D("80")))
    gamma = dossiers.save_client(Client("Гамма", sales_share_pct=D("10")))
    boss = dossiers.save_member(Member("Петров Иван", alpha.id, role_code="executive", influence=5))
    dossiers.save_member(Member("Зайцев Михаил", alpha.id, influence=2))
    dossiers.save_interaction(Interaction(alpha.id, today, summary="Встреча", member_ids=[boss.id]))
    return {"alpha": alpha, "beta": beta, "gamma": gamma}


def names(model: PortfolioModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_portfolio_sorts_by_header_filters_and_opens_a_client(qtbot, db, book) -> None:
    window = MainWindow(db, prompter=ScriptedPrompter())
    qtbot.addWidget(window)
    view = show_portfolio(window)
    model = view.model
    assert names(model) == ["Бета", "Альфа", "Гамма"]  # share, highest first
    assert "80 %" in model.index(0, PortfolioModel.SHARE).data()
    assert model.index(1, PortfolioModel.COVERAGE).data().endswith("%")
    header = view.table.horizontalHeader()
    header.setSortIndicator(PortfolioModel.NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Альфа", "Бета", "Гамма"]
    view.stale_check.setChecked(True)  # reliability older than a year (or never)
    assert names(model) == ["Бета", "Гамма"]
    assert view.count_label.text().endswith("2")
    view.stale_check.setChecked(False)
    view.no_contact_check.setChecked(True)
    assert names(model) == ["Бета", "Гамма"]
    view.no_contact_check.setChecked(False)
    view.band_combo.setCurrentIndex(view.band_combo.findText("key 30–55 %"))
    assert names(model) == ["Альфа"]
    view.table.doubleClicked.emit(model.index(0, 0))
    wait_for_dossier(window)
    assert window.dossier.client_id == book["alpha"].id


def test_meeting_brief_from_the_dossier_header(qtbot, db, book, tmp_path) -> None:
    out = tmp_path / "brief.pdf"
    prompter = BriefPrompter(out)
    prompter.untick = {"Зайцев"}
    window = MainWindow(db, prompter=prompter)
    qtbot.addWidget(window)
    open_dossier(qtbot, window, book["alpha"].id)
    button = window.findChild(QPushButton, BRIEF_BUTTON)
    assert button is not None and button.text() == "Meeting brief…"
    outcome = start_meeting_brief(window)
    assert outcome is not None
    assert finish(outcome) == out
    dialog = prompter.dialogs[0]
    assert isinstance(dialog, MeetingBriefDialog)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True).stdout.decode()
    assert "Петров Иван" in text and "Зайцев Михаил" not in text.split("Last interactions")[0]
    assert ("save", f"Brief Альфа {date.today().isoformat()}.pdf") in prompter.asked


def test_influential_people_are_pre_checked(qtbot, db, book) -> None:
    from kam_desktop.services.meeting_brief import MeetingBriefService, influential_ids

    group = MeetingBriefService(db).group(book["alpha"].id)
    dialog = MeetingBriefDialog("Альфа", group, {}, influential_ids(group))
    qtbot.addWidget(dialog)
    assert [dialog.attendees.item(r).text().split(" — ")[0] for r in range(2)] == [
        "Петров Иван",
        "Зайцев Михаил",
    ]
    assert dialog.attendee_ids() == [group[0].id]
    dialog.none_button.click()
    dialog.save_button.click()
    assert dialog.message.isVisibleTo(dialog) and dialog.result() == 0
