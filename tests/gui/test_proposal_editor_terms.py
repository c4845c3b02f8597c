"""The editor's client-facing texts, VAT modes, terms and signatory — typed as a user types
them, saved to a real SQLite file, and shown with digit grouping and one percent format."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from kam_desktop.domain.proposal import LineItem, VatMode
from kam_desktop.gui.proposal_editor import ITEMS, LINE_KEYS, TEXTS
from kam_desktop.gui.proposal_items import VAT_COLUMN
from kam_desktop.services.demo import KEY_CLIENT_ID
from tests.gui import proposal_helpers
from tests.gui.dossier_helpers import type_text
from tests.gui.proposal_helpers import open_demo, open_new

# The shared fixtures: the demo dossier, its proposal service, the Proposals tab.
demo, service, tab = proposal_helpers.demo, proposal_helpers.service, proposal_helpers.tab


def tick_first_addressee(qtbot, editor) -> None:
    editor.addressees.setCurrentRow(0)
    qtbot.keyClick(editor.addressees, Qt.Key.Key_Space)


def choose_vat_mode(qtbot, editor, mode: VatMode) -> None:
    """Down/Up on the closed combo, as with the keyboard."""
    combo = editor.vat_mode
    target = combo.findData(mode.value)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def type_in_cell(qtbot, editor, row: int, key: str, text: str) -> None:
    """Select the cell, type over it and press Enter, as a user does."""
    editor.lines.setFocus()
    editor.lines.setCurrentCell(row, LINE_KEYS.index(key))
    qtbot.keyClick(editor.lines, Qt.Key.Key_F2)
    cell_editor = editor.lines.focusWidget()
    cell_editor.selectAll()
    qtbot.keyClicks(cell_editor, text)
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: editor.lines.state() != editing)  # the commit is queued


def test_a_new_proposal_says_its_texts_are_dossier_drafts(tab, qtbot, dossiers):
    client = dossiers.get_dossier(KEY_CLIENT_ID).client
    editor = open_new(tab)
    editor.sections.setCurrentIndex(TEXTS)
    texts = editor.texts
    assert editor.understanding_edit.toPlainText() == client.strategy.strip()
    assert editor.goals_edit.toPlainText() == client.growth_areas.strip()
    assert texts.understanding_draft.isVisible() and texts.goals_draft.isVisible()
    assert "Draft from the dossier" in texts.understanding_draft.text()
    assert texts.printed_note.isVisible() and "is ever printed" in texts.printed_note.text()
    # Nothing else from the dossier is in the form: weak points and how they buy stay out.
    shown = " ".join(
        e.toPlainText() for e in (editor.understanding_edit, editor.goals_edit, editor.payment_edit)
    )
    assert client.weak_points[:20] not in shown and client.buying_process[:20] not in shown

    editor.understanding_edit.moveCursor(editor.understanding_edit.textCursor().MoveOperation.End)
    type_text(editor.understanding_edit, " Для клиента.")

    assert not texts.understanding_draft.isVisible()  # rewritten: the note goes
    assert texts.goals_draft.isVisible()  # still the dossier's words
    assert editor.has_unsaved_changes()


def test_texts_and_terms_are_saved_as_typed(tab, qtbot, service):
    editor = open_demo(tab)
    editor.sections.setCurrentIndex(TEXTS)
    assert not editor.texts.understanding_draft.isVisible()  # the demo's own text
    for edit, text in (
        (editor.payment_edit, "Prepayment 50 %"),
        (editor.delivery_edit, "Pilot in 6 weeks"),
        (editor.warranty_edit, "24 months"),
    ):
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(editor.warranty_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.warranty_edit, "on all work")
    assert editor.has_unsaved_changes()
    assert editor.save()
    stored = service.get(editor.proposal_id)
    assert stored.payment_terms == "Prepayment 50 %"
    assert stored.delivery_terms == "Pilot in 6 weeks"
    assert stored.warranty == "24 months\non all work"  # multi-line


def test_vat_included_reads_as_in_the_document(tab, qtbot, service):
    editor = open_new(tab)
    tick_first_addressee(qtbot, editor)
    editor.add_line(LineItem(description="Лицензия", quantity=Decimal(1), unit_price=Decimal(120)))
    choose_vat_mode(qtbot, editor, VatMode.INCLUDED)
    fmt = editor.fmt
    qtbot.waitUntil(lambda: editor.total_labels["vat"].text() == fmt.money(Decimal(20), "RUB"))
    assert editor.total_labels["total"].text() == fmt.money(Decimal(120), "RUB")
    assert editor.items.total_captions["vat"].text() == "Including VAT:"
    assert editor.items.total_labels["net"].isHidden()
    assert editor.lines.item(0, len(LINE_KEYS)).text() == fmt.amount(Decimal(120))
    assert editor.save()
    assert service.get(editor.proposal_id).vat_mode == VatMode.INCLUDED


def test_without_vat_needs_a_reason_next_to_the_field(tab, qtbot, service):
    editor = open_new(tab)
    tick_first_addressee(qtbot, editor)
    editor.add_line(LineItem(description="Лицензия", quantity=Decimal(1), unit_price=Decimal(100)))
    choose_vat_mode(qtbot, editor, VatMode.WITHOUT)
    row = editor.errors._rows["vat_exempt_reason"]
    assert not row.isHidden() and row.error_label.isHidden()  # asked for, not yet an error
    assert editor.lines.isColumnHidden(VAT_COLUMN)
    qtbot.waitUntil(lambda: editor.total_labels["vat"].text() == "not charged")
    assert editor.total_labels["total"].text() == editor.fmt.money(Decimal(100), "RUB")

    assert editor.save() is False
    assert "State why no VAT is charged" in row.error_label.text()
    assert editor.sections.currentIndex() == ITEMS

    type_text(editor.vat_reason, "УСН, ст. 346.11 НК РФ")
    qtbot.waitUntil(lambda: row.error_label.isHidden())
    assert editor.save()
    stored = service.get(editor.proposal_id)
    assert (stored.vat_mode, stored.vat_exempt_reason) == (VatMode.WITHOUT, "УСН, ст. 346.11 НК РФ")


def test_signatory_defaults_to_who_signs_and_can_change(tab, qtbot, service, dossiers):
    signer = next(t for t in dossiers.team() if t.signs_proposals)
    editor = open_new(tab)
    assert editor.signatory.currentData() == signer.id
    assert editor.team_page.signatory_position.text() == signer.position
    tick_first_addressee(qtbot, editor)
    combo = editor.signatory
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # «nobody: no signature block»
    assert combo.currentData() is None
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    other = combo.currentData()
    assert editor.save()
    assert service.get(editor.proposal_id).signatory_id == other


def test_amounts_are_grouped_and_percents_read_alike(tab, qtbot):
    editor = open_demo(tab)
    editor.sections.setCurrentIndex(ITEMS)
    fmt = editor.fmt
    assert editor.lines.item(0, LINE_KEYS.index("discount_pct")).text() == fmt.percent(10)
    assert editor.lines.item(2, LINE_KEYS.index("discount_pct")).text() == fmt.percent(0)
    assert fmt.percent(0) == "0\u00a0%"

    type_in_cell(qtbot, editor, 1, "unit_price", "1500000")
    price = editor.lines.item(1, LINE_KEYS.index("unit_price")).text()
    assert price == fmt.amount(Decimal(1_500_000)) == "1,500,000.00"  # English UI here
    type_in_cell(qtbot, editor, 1, "discount_pct", "7")
    assert editor.lines.item(1, LINE_KEYS.index("discount_pct")).text() == "7\u00a0%"
    assert editor.has_unsaved_changes()
    assert editor.proposal().line_items[1].unit_price == Decimal(1_500_000)

    gain = editor._financial_edits["annual_gain"]
    gain.setFocus()
    gain.selectAll()
    qtbot.keyClicks(gain, "12500000")
    qtbot.keyClick(gain, Qt.Key.Key_Tab)  # leaving the field groups the digits
    assert gain.text() == fmt.amount(Decimal(12_500_000))
    assert editor.proposal().financials.annual_gain == Decimal(12_500_000)


def test_russian_fields_group_digits_with_spaces(qtbot, dossiers, demo):
    from PySide6.QtGui import QUndoStack

    from kam_desktop.gui.proposals_tab import ProposalsTab
    from kam_desktop.i18n import current_language, set_language

    before = current_language()
    set_language("ru")
    try:
        tab = ProposalsTab(dossiers, QUndoStack())
        qtbot.addWidget(tab)
        tab.load(dossiers.get_dossier(KEY_CLIENT_ID))
        tab.open_current()
        editor = tab.editor
        price = editor.lines.item(1, LINE_KEYS.index("unit_price")).text()
        assert price == "1\u00a0450\u00a0000,00"  # «1 450 000,00»
        assert editor.lines.item(0, LINE_KEYS.index("vat_pct")).text() == "20\u00a0%"
        cost = editor._financial_edits["current_annual_cost"].text()
        assert cost == "46\u00a0000\u00a0000,00"
    finally:
        set_language(before)
