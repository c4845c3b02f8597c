"""No silent overwrite of a proposal: two `Database` objects on one SQLite file are two users;
saving in the editor after the other one saved the draft opens the field-by-field conflict
dialog, and what the user chooses there is what gets stored."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kam_desktop.domain.merge_fields import Choice
from kam_desktop.domain.proposal import LineItem, Proposal
from kam_desktop.gui.conflict_dialog import ConflictDialog
from kam_desktop.gui.proposal_editor import ProposalEditor
from kam_desktop.services.database import Database
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from kam_desktop.services.proposals import ProposalService
from tests.gui.test_conflicts import Answering


@pytest.fixture
def service(db) -> ProposalService:
    load_demo(db)
    return ProposalService(db)


@pytest.fixture
def other(db, service):
    second = Database.open(str(db.path))
    yield ProposalService(second)
    second.close()


def draft(service: ProposalService, dossiers) -> tuple[Proposal, list]:
    members = dossiers.get_dossier(KEY_CLIENT_ID).members
    new = service.new_proposal(KEY_CLIENT_ID)
    lines = [
        LineItem("Внедрение MES", quantity=Decimal(1), unit_price=Decimal(1_000_000)),
        LineItem("Обучение", quantity=Decimal(2), unit_price=Decimal(125_000)),
    ]
    stored = service.save(
        replace(
            new,
            title="MES",
            addressee_ids=[members[0].saved_id],
            line_items=lines,
            payment_terms="100 % предоплата",
        )
    )
    return stored, members


def open_editor(qtbot, service, dossiers, proposal, members) -> ProposalEditor:
    editor = ProposalEditor(service, dossiers)
    qtbot.addWidget(editor)
    editor.resize(1024, 700)
    editor.load(proposal, members)
    editor.show()
    return editor


def test_take_theirs_lists_only_the_fields_that_differ(qtbot, service, other, dossiers) -> None:
    proposal, members = draft(service, dossiers)
    editor = open_editor(qtbot, service, dossiers, proposal, members)
    theirs = other.get(proposal.saved_id)
    other.save(replace(theirs, title="MES, второй этап", payment_terms="30 % аванс"))

    editor.prompts = answers = Answering(lambda d: d.take_all_button.click())
    editor.title_edit.setText("MES для цеха 2")
    editor.title_edit.textEdited.emit("MES для цеха 2")
    assert editor.save()
    [dialog] = answers.dialogs
    assert list(dialog.conflict.fields) == ["title", "payment_terms"]
    assert dialog.conflict.defaults == {"title": Choice.MINE, "payment_terms": Choice.THEIRS}
    stored = service.get(proposal.saved_id)
    assert (stored.title, stored.payment_terms) == ("MES, второй этап", "30 % аванс")
    assert editor.title_edit.text() == "MES, второй этап" and not editor.has_unsaved_changes()


def test_a_field_by_field_merge_and_a_second_conflict(qtbot, service, other, dossiers) -> None:
    proposal, members = draft(service, dossiers)
    editor = open_editor(qtbot, service, dossiers, proposal, members)
    other.save(replace(other.get(proposal.saved_id), title="Их заголовок", warranty="12 мес."))

    def merge_and_meanwhile_again(dialog: ConflictDialog) -> None:
        dialog.choose("title", Choice.MINE)
        dialog.choose("warranty", Choice.THEIRS)
        stored = other.get(proposal.saved_id)
        other.save(replace(stored, line_items=stored.line_items[:1]))  # yet another save
        dialog.merge_button.click()

    def look_at_lines(dialog: ConflictDialog) -> None:
        grid_texts = [label.text() for label in dialog.findChildren(type(editor.words_label))]
        # the lines are one field, shown as a short summary (totals with 20 % VAT on top)
        assert "Lines: 2, total 1,500,000.00\u00a0RUB" in grid_texts  # mine
        assert "Lines: 1, total 1,200,000.00\u00a0RUB" in grid_texts  # theirs
        dialog.choose("line_items", Choice.MINE)
        dialog.merge_button.click()

    editor.prompts = answers = Answering(merge_and_meanwhile_again, look_at_lines)
    editor.title_edit.setText("Мой заголовок")
    editor.title_edit.textEdited.emit("Мой заголовок")
    assert editor.save()
    assert [list(d.conflict.fields) for d in answers.dialogs] == [
        ["title", "warranty"],
        ["title", "line_items"],  # they still have their title: asked again, mine by default
    ]
    assert answers.dialogs[1].conflict.defaults["title"] is Choice.MINE
    stored = service.get(proposal.saved_id)
    assert (stored.title, stored.warranty) == ("Мой заголовок", "12 мес.")
    assert [line.description for line in stored.line_items] == ["Внедрение MES", "Обучение"]


def test_cancel_keeps_the_edits_and_saves_nothing(qtbot, service, other, dossiers) -> None:
    proposal, members = draft(service, dossiers)
    editor = open_editor(qtbot, service, dossiers, proposal, members)
    other.save(replace(other.get(proposal.saved_id), title="Их заголовок"))
    editor.prompts = Answering()  # Cancel
    editor.title_edit.setText("Мой заголовок")
    editor.title_edit.textEdited.emit("Мой заголовок")
    assert not editor.save()
    assert editor.has_unsaved_changes() and editor.title_edit.text() == "Мой заголовок"
    assert service.get(proposal.saved_id).title == "Их заголовок"
