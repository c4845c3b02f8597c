"""Explainable tailoring in the editor: per edition, what was chosen and why, and the KAM's
switches — typed by mouse, stored only where they differ, saved, previewed, frozen once sent."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kam_desktop.domain.proposal import JOINT_EDITION, ProposalStatus
from kam_desktop.domain.tailoring import PART_SWITCH
from kam_desktop.gui.proposal_editor import TAILORING
from kam_desktop.gui.proposal_tailoring import part_title, with_switch
from tests.gui import proposal_helpers
from tests.gui.proposal_helpers import click, open_demo, open_new, wait_for_pdf

# The shared fixtures: the demo dossier, its proposal service, the Proposals tab.
demo, service, tab = proposal_helpers.demo, proposal_helpers.service, proposal_helpers.tab

FINANCE = PART_SWITCH + "finance"


def show_tailoring(qtbot, editor):
    editor.sections.setCurrentIndex(TAILORING)
    qtbot.waitUntil(lambda: bool(editor.tailoring.boxes))
    return editor.tailoring


def box_titled(panel, text: str):
    return next(box for box in panel.boxes.values() if box.text() == text)


def test_with_switch_keeps_only_differences_from_the_rules():
    switched = with_switch({}, "p1", "block-a", False, automatic=True)
    assert switched == {"p1": {"block-a": False}}
    assert with_switch(switched, "p1", "block-a", True, automatic=True) == {}
    both = with_switch(switched, JOINT_EDITION, FINANCE, False, automatic=True)
    assert both == {"p1": {"block-a": False}, JOINT_EDITION: {FINANCE: False}}
    assert switched == {"p1": {"block-a": False}}  # the original is not changed


def test_joint_edition_explains_each_choice(tab, qtbot, service):
    editor = open_demo(tab)
    panel = show_tailoring(qtbot, editor)
    plan = service.tailoring(editor.proposal_id)[0]
    titles = [box.text() for (kind, key), box in panel.boxes.items() if key.startswith("part:")]
    assert titles == [part_title(p.kind) for p in plan.parts]
    assert "Printed — parts: 5" in panel.summary.text()
    # The reasons are the service's, in the UI language, next to each block.
    first = plan.parts[0].blocks[0]
    box = panel.boxes[(plan.parts[0].kind, first.key)]
    assert box.isChecked() and "role: executive" in box.toolTip()
    labels = panel.body.findChildren(type(panel.summary))
    assert any("role: executive" in label.text() for label in labels)
    # Reasons quote the dossier's words: never read as markup.
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    # Blocks that nothing in the dossier matches wait behind a collapsed toggle.
    unmatched = next(b for b in plan.parts[0].blocks if not b.included)
    assert not panel.boxes[(plan.parts[0].kind, unmatched.key)].isVisible()


def test_switching_a_block_off_for_one_addressee(tab, qtbot, service):
    editor = open_demo(tab)
    wait_for_pdf(qtbot, editor)
    panel = show_tailoring(qtbot, editor)
    financier = next(m for m in editor._members if m.role_code == "financier")
    panel.edition.setCurrentIndex(panel.edition.findData(financier.id))
    assert editor.preview.addressee_id() == financier.id  # the preview shows that edition
    qtbot.waitUntil(lambda: panel._plan is not None and panel._plan.edition == financier.id)
    plan = panel._plan
    block = plan.part("finance").included_blocks()[0]
    before = editor.preview._generation

    click(qtbot, panel.boxes[("finance", block.key)])

    assert editor.has_unsaved_changes()
    assert editor.proposal().tailoring == {financier.id: {block.key: False}}
    qtbot.waitUntil(lambda: editor.preview._generation > before)  # the preview follows
    qtbot.waitUntil(lambda: "switched off by you" in panel.boxes[("finance", block.key)].toolTip())
    assert not panel.boxes[("finance", block.key)].isChecked()
    assert "Changed by you: 1." in panel.summary.text()

    assert editor.save()
    stored = service.get(editor.proposal_id)
    assert stored.tailoring == {financier.id: {block.key: False}}
    assert not editor.has_unsaved_changes()

    # Switching it back on restores the automatic choice: nothing is stored any more.
    qtbot.waitUntil(lambda: ("finance", block.key) in panel.boxes)
    click(qtbot, panel.boxes[("finance", block.key)])
    assert editor.proposal().tailoring == {}
    assert editor.save()
    assert service.get(editor.proposal_id).tailoring == {}


def test_switching_a_part_on_for_an_addressee(tab, qtbot):
    editor = open_demo(tab)
    panel = show_tailoring(qtbot, editor)
    boss = next(m for m in editor._members if m.role_code == "executive")
    panel.edition.setCurrentIndex(panel.edition.findData(boss.id))
    qtbot.waitUntil(lambda: panel._plan is not None and panel._plan.edition == boss.id)
    finance = panel.boxes[("finance", FINANCE)]
    assert not finance.isChecked()

    click(qtbot, finance)

    assert editor.proposal().tailoring == {boss.id: {FINANCE: True}}
    # Re-planned: the part now carries the financier's arguments for this reader.
    qtbot.waitUntil(
        lambda: any(kind == "finance" and not k.startswith("part:") for kind, k in panel.boxes)
    )
    assert panel.boxes[("finance", FINANCE)].isChecked()


def test_the_preview_variant_chooses_the_edition_explained(tab, qtbot):
    editor = open_demo(tab)
    panel = show_tailoring(qtbot, editor)
    editor.preview.variant.setCurrentIndex(2)
    person = editor.preview.addressee_id()
    assert panel.edition.currentData() == person
    qtbot.waitUntil(lambda: panel._plan is not None and panel._plan.edition == person)


def test_a_sent_revision_keeps_its_tailoring(tab, qtbot):
    editor = open_demo(tab)
    assert editor.set_status(ProposalStatus.SENT)
    panel = show_tailoring(qtbot, editor)
    assert all(not box.isEnabled() for box in panel.boxes.values())
    assert "keeps its tailoring" in panel.note.text()
    qtbot.keyClick(next(iter(panel.boxes.values())), Qt.Key.Key_Space)
    assert not editor.has_unsaved_changes()


def test_without_addressees_the_tab_says_what_to_do(tab, qtbot):
    editor = open_new(tab)
    editor.sections.setCurrentIndex(TAILORING)
    assert "Tick the addressees" in editor.tailoring.summary.text()
    assert not editor.tailoring.boxes
