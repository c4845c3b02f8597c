"""The coverage check before sending: listed, never blocking; a small indicator in the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kam_desktop.domain.proposal import ProposalStatus
from kam_desktop.gui.proposal_checks import SendChecksDialog
from tests.gui import proposal_helpers
from tests.gui.proposal_helpers import User, click, open_demo

# The shared fixtures: the demo dossier, its proposal service, the Proposals tab.
demo, service, tab = proposal_helpers.demo, proposal_helpers.service, proposal_helpers.tab


def untick_the_executive(qtbot, editor) -> str:
    """Take the influential executive off the addressees, as the user would: Space on the row."""
    row = next(i for i, m in enumerate(editor._members) if m.role_code == "executive")
    editor.addressees.setCurrentRow(row)
    qtbot.keyClick(editor.addressees, Qt.Key.Key_Space)
    assert editor.addressees.item(row).checkState() == Qt.CheckState.Unchecked
    return editor._members[row].full_name


def test_without_warnings_it_is_sent_as_before(tab, service):
    editor = open_demo(tab)
    assert service.warnings(editor.proposal_id) == []
    assert editor.checks.isHidden()
    assert editor.set_status(ProposalStatus.SENT)
    assert "dialog" not in tab.prompts.asked  # nothing to ask about
    assert service.get(editor.proposal_id).status == ProposalStatus.SENT


def test_back_to_the_proposal_keeps_it_a_draft(tab, qtbot, service):
    editor = open_demo(tab)
    name = untick_the_executive(qtbot, editor)
    qtbot.waitUntil(lambda: editor.checks.isVisible())
    assert editor.checks.text() == "⚠ Checks: 1"
    user = User(tab.prompts)
    user.then(lambda dialog: (click(qtbot, dialog.back_button), dialog.result())[1] == 1)

    assert editor.set_status(ProposalStatus.SENT) is False

    dialog = user.dialogs[0]
    assert isinstance(dialog, SendChecksDialog)
    [item] = [label.text() for label in dialog.items]
    assert item.startswith(f"•  {name} (executive") and "is not among the addressees" in item
    assert dialog.items[0].textFormat() == Qt.TextFormat.PlainText  # names from the dossier
    stored = service.get(editor.proposal_id)
    assert stored.status == ProposalStatus.DRAFT  # saved before the check, never sent
    assert len(stored.addressee_ids) == 3


def test_send_anyway(tab, qtbot, service):
    editor = open_demo(tab)
    untick_the_executive(qtbot, editor)
    User(tab.prompts).then(
        lambda dialog: (click(qtbot, dialog.send_button), dialog.result())[1] == 1
    )

    assert editor.set_status(ProposalStatus.SENT)

    assert service.get(editor.proposal_id).status == ProposalStatus.SENT
    assert editor.checks.isHidden()  # a sent revision has nothing left to check


def test_the_indicator_lists_the_same_checks(tab, qtbot):
    editor = open_demo(tab)
    untick_the_executive(qtbot, editor)
    qtbot.waitUntil(lambda: editor.checks.isVisible())
    user = User(tab.prompts).then(lambda dialog: False)
    click(qtbot, editor.checks)
    dialog = user.dialogs[0]
    assert [label.text() for label in dialog.items] == [
        f"•  {w.message}" for w in editor.checks.warnings
    ]
    assert not hasattr(dialog, "send_button")  # it only informs
