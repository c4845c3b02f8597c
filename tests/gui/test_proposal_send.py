"""«Send…» and «Re-quote…» as the KAM uses them: in the Proposals tab and in the editor.

The drafts are written for real (into the test's data dir), the mail program is the one thing
replaced: ``open_url`` records what would have been opened.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QMainWindow

from kam_desktop.domain.dossier import ContactPoint, Member
from kam_desktop.domain.enums import ContactKind
from kam_desktop.domain.proposal import ProposalStatus
from kam_desktop.domain.workdays import add_working_days
from kam_desktop.gui.operations import running_operations
from kam_desktop.gui.proposal_requote import RequoteDialog
from kam_desktop.gui.proposal_send import DraftsOpenedDialog, drafts_folder
from kam_desktop.services.demo import KEY_CLIENT_ID
from kam_desktop.services.library import LibraryService
from tests.gui import proposal_helpers
from tests.gui.proposal_helpers import User, click, open_demo

demo, service, tab = proposal_helpers.demo, proposal_helpers.service, proposal_helpers.tab


@pytest.fixture
def window(tab, qtbot) -> QMainWindow:
    """The tab in a main window, whose status bar says what happened."""
    main = QMainWindow()
    qtbot.addWidget(main)
    main.setCentralWidget(tab)
    main.resize(1200, 800)
    main.show()
    return main


def record_urls(owner) -> list[QUrl]:
    opened: list[QUrl] = []
    owner.open_url = lambda url: opened.append(url) or True
    return opened


def answer(qtbot, button: str, seen: list | None = None):
    def act(dialog) -> bool:
        if seen is not None:
            seen.append(dialog)
        assert isinstance(dialog, DraftsOpenedDialog)
        click(qtbot, getattr(dialog, button))
        return dialog.result() == 1

    return act


def wait_for_drafts(qtbot) -> None:
    qtbot.waitUntil(lambda: not running_operations(), timeout=60_000)


def test_send_from_the_list_opens_each_draft_then_marks_sent_and_lists_the_follow_up(
    tab, qtbot, service, window
):
    opened = record_urls(tab.sending)
    User(tab.prompts).then(answer(qtbot, "sent_button"))
    proposal_id = tab.model.summary_at(0).id
    assert tab.sending.send_button.isEnabled() and tab.sending.requote_button.isHidden()

    click(qtbot, tab.sending.send_button)
    wait_for_drafts(qtbot)

    folder = drafts_folder("КП-2026-0001")
    assert sorted(Path(u.toLocalFile()) for u in opened) == sorted(folder.glob("*.eml"))
    assert len(opened) == 4
    sent = service.get(proposal_id)
    assert (sent.status, sent.sent_on) == (ProposalStatus.SENT, date.today())
    first_call = add_working_days(date.today(), 1).strftime("%d.%m.%Y")
    assert window.statusBar().currentMessage() == (
        f"Follow-up planned: 5 steps, first on {first_call} (see Today)."
    )
    follow_up = tab.sending.follow_up
    assert follow_up.isVisible() and follow_up.tree.topLevelItemCount() == 5
    assert follow_up.tree.topLevelItem(0).text(0) == first_call
    assert "Call to confirm proposal КП-2026-0001 arrived" in follow_up.tree.topLevelItem(0).text(1)


def test_not_yet_keeps_the_draft_and_the_files(tab, qtbot, service):
    record_urls(tab.sending)
    User(tab.prompts).then(answer(qtbot, "later_button"))
    click(qtbot, tab.sending.send_button)
    wait_for_drafts(qtbot)
    assert service.get(tab.model.summary_at(0).id).status == ProposalStatus.DRAFT
    assert len(list(drafts_folder("КП-2026-0001").glob("*.eml"))) == 4
    assert tab.sending.follow_up.isHidden()


def test_an_addressee_without_e_mail_is_named_in_the_dialog(tab, qtbot, service, dossiers):
    proposal = service.get(tab.model.summary_at(0).id)
    orlova = dossiers.save_member(
        Member(
            "Орлова Мария Петровна",
            KEY_CLIENT_ID,
            contacts=[ContactPoint(ContactKind.PHONE, "+7 343 000-00-00")],
        )
    )
    service.save(replace(proposal, addressee_ids=[*proposal.addressee_ids, orlova.saved_id]))
    record_urls(tab.sending)
    seen: list = []
    User(tab.prompts).then(answer(qtbot, "later_button", seen))
    click(qtbot, tab.sending.send_button)
    wait_for_drafts(qtbot)
    shown = " ".join(label.text() for label in seen[0].findChildren(QLabel))
    assert "Орлова Мария Петровна — no e-mail" in shown
    assert "Орлова Мария Петровна has no e-mail in the dossier" in shown
    draft = drafts_folder("КП-2026-0001") / "КП-2026-0001 Орлова М. П.eml"
    assert BytesParser(policy=policy.default).parsebytes(draft.read_bytes())["To"] is None


def test_send_in_the_editor_marks_sent_and_shows_the_follow_up_line(tab, qtbot, service):
    editor = open_demo(tab)
    record_urls(editor)
    User(tab.prompts).then(answer(qtbot, "sent_button"))
    assert editor.sending.send_button.isVisible()
    assert editor.sending.follow_up_label.isHidden()  # nothing planned for a draft

    click(qtbot, editor.sending.send_button)
    wait_for_drafts(qtbot)

    assert service.get(editor.proposal_id).status == ProposalStatus.SENT
    assert editor.status_chip.text() == "Sent"
    line = editor.sending.follow_up_label
    assert line.isVisible()
    assert line.text().startswith("Follow-up: 5 of 5 steps open; next on ")
    assert editor.sending.send_button.isVisible()  # the drafts can be made again
    assert not editor.sending.requote_button.isVisible()


def expire_and_reprice(service) -> tuple[str, Decimal]:
    """The demo proposal sent two months ago, expired; its first item now costs 5 000 more."""
    proposal = service.get(service.list_proposals(KEY_CLIENT_ID)[0].id)
    issue = date.today() - timedelta(days=60)
    proposal = service.save(replace(proposal, issue_date=issue, valid_until=issue + timedelta(30)))
    service.set_status(proposal.saved_id, ProposalStatus.SENT, on=issue)
    library = LibraryService(service.db)
    item = library.get_catalogue_item(proposal.line_items[0].catalogue_item_id)
    library.save_catalogue_item(replace(item, price=item.price + 5000))
    return proposal.saved_id, item.price + 5000


def test_requote_shows_what_changed_then_opens_the_new_revision(tab, qtbot, service, window):
    proposal_id, new_price = expire_and_reprice(service)
    tab.refresh(proposal_id)
    assert tab.sending.requote_button.isVisible()
    seen: list[RequoteDialog] = []

    def check_and_save(dialog) -> bool:
        seen.append(dialog)
        click(qtbot, dialog.save_button)
        return dialog.result() == 1

    User(tab.prompts).then(check_and_save)
    click(qtbot, tab.sending.requote_button)

    dialog = seen[0]
    assert isinstance(dialog, RequoteDialog)
    assert dialog.save_button.text() == "Save as КП-2026-0001/2"
    assert dialog.table.rowCount() == 7
    assert dialog.table.item(0, 2).text().replace("\u00a0", " ").startswith("90,000.00")
    assert dialog.table.item(0, 3).text() == "+5,000"
    assert dialog.table.item(1, 3).text() == "unchanged"
    assert "→" in dialog.total_label.text()
    revision = service.get_by_number("КП-2026-0001")
    assert revision.revision == 2 and revision.status == ProposalStatus.DRAFT
    assert revision.line_items[0].unit_price == new_price
    assert revision.issue_date == date.today()
    assert tab.is_editing() and tab.editor.proposal_id == revision.id
    assert window.statusBar().currentMessage() == "Re-quoted as КП-2026-0001/2 with current prices."
