"""The proposals area inside the main window: a Proposals tab per dossier, a Library menu."""

from __future__ import annotations

from kam_desktop.gui.dossier_prompts import UnsavedChoice
from kam_desktop.gui.proposals_tab import ProposalsTab
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from tests.gui.dossier_helpers import ScriptedPrompts
from tests.gui.shell_helpers import open_dossier


def test_dossier_has_a_proposals_tab_and_the_window_a_library_menu(qtbot, db):
    from kam_desktop.gui.app import build_main_window

    load_demo(db)
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    open_dossier(qtbot, window, KEY_CLIENT_ID)

    tab = window.dossier.proposals
    assert isinstance(tab, ProposalsTab)
    assert window.dossier.tabs.tabText(window.dossier.tabs.indexOf(tab)) == "Proposals"
    assert tab.model.rowCount() == 1  # the demo proposal

    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Library" in menus
    assert menus.index("&Library") < len(menus) - 1  # before Help

    # Unsaved edits in the editor are guarded when the user leaves the client.
    tab.open_current()
    prompts = ScriptedPrompts()
    tab.editor.prompts = prompts
    qtbot.keyClicks(tab.editor.title_edit, " (v2)")
    assert window.dossier.has_unsaved_changes()
    title = window.dossier.tabs.tabText(window.dossier.tabs.indexOf(tab))
    assert title == "Proposals •"
    prompts.unsaved_answer = UnsavedChoice.CANCEL
    assert window.dossier.confirm_leave() is False
    assert prompts.asked == ["unsaved:КП-2026-0001"]

    # Leaving asks; "Discard" lets the window close (and keeps teardown free of a modal box).
    asked: list[str] = []

    def discard(_parent, what: str) -> UnsavedChoice:
        asked.append(what)
        return UnsavedChoice.DISCARD

    tab.editor.prompts.unsaved_changes = discard
    assert window.close()
    assert asked == ["КП-2026-0001"]
