"""The proposal editor and the Proposals tab on a real SQLite file with the demo dossier."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QUndoStack

from kam_desktop.domain.proposal import LineItem, ProposalStatus
from kam_desktop.gui.proposal_editor import ITEMS, LINE_KEYS, TEAM, parse_decimal
from kam_desktop.gui.proposals_tab import ProposalColumn, ProposalsTab
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from kam_desktop.services.proposals import ProposalService
from tests.gui.dossier_helpers import ScriptedPrompts

RENDER_TIMEOUT_MS = 15_000


@pytest.fixture
def demo(db):
    load_demo(db)
    return db


@pytest.fixture
def service(demo) -> ProposalService:
    return ProposalService(demo)


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def tab(qtbot, dossiers, demo, undo_stack) -> ProposalsTab:
    widget = ProposalsTab(dossiers, undo_stack)
    widget.prompts = ScriptedPrompts()
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.load(dossiers.get_dossier(KEY_CLIENT_ID))
    widget.show()
    return widget


def _editor(tab: ProposalsTab):
    editor = tab.editor
    editor.prompts = tab.prompts
    return editor


def wait_for_pdf(qtbot, editor) -> None:
    qtbot.waitUntil(editor.preview.is_up_to_date, timeout=RENDER_TIMEOUT_MS)
    assert editor.preview.document.pageCount() > 0


def set_cell(editor, row: int, key: str, text: str) -> None:
    editor.lines.item(row, LINE_KEYS.index(key)).setText(text)


def error_text(editor, key: str) -> str:
    row = editor.errors._rows[key]
    return "" if row.error_label.isHidden() else row.error_label.text()


def open_new(tab: ProposalsTab):
    tab.new_proposal()
    return _editor(tab)


def test_new_proposal_without_addressee_shows_message_next_to_the_list(tab, service):
    editor = open_new(tab)
    before = len(service.list_proposals(KEY_CLIENT_ID))
    assert not error_text(editor, "addressee_ids")  # nothing is wrong before the first Save

    assert editor.save() is False

    assert "addressee" in error_text(editor, "addressee_ids").lower()
    assert editor.addressees.property("invalid") is True
    assert len(service.list_proposals(KEY_CLIENT_ID)) == before


def test_validity_before_issue_date_is_reported_at_the_date(tab, qtbot):
    editor = open_new(tab)
    editor.valid_until.setDate(editor.issue_date.date().addDays(-3))
    qtbot.waitUntil(lambda: bool(error_text(editor, "valid_until")))
    assert "issue date" in error_text(editor, "valid_until")

    editor.valid_until.setDate(editor.issue_date.date().addDays(10))
    qtbot.waitUntil(lambda: not error_text(editor, "valid_until"))
    assert editor.validity_days.value() == 10


def test_negative_quantity_and_discount_150_mark_their_cells(tab, qtbot, service):
    editor = open_new(tab)
    editor.addressees.item(0).setCheckState(Qt.CheckState.Checked)
    editor.add_line(LineItem(description="Обучение", quantity=Decimal(1), unit_price=Decimal(100)))
    editor.add_line(LineItem(description="Поддержка", quantity=Decimal(1), unit_price=Decimal(50)))
    set_cell(editor, 0, "quantity", "-2")
    set_cell(editor, 1, "discount_pct", "150")
    qtbot.waitUntil(lambda: not editor.lines_error.isHidden())

    message = editor.lines_error.text()
    assert "Line 1, quantity: The quantity cannot be negative." in message
    assert "Line 2, discount: The discount must be between 0 and 100 %." in message
    quantity_cell = editor.lines.item(0, LINE_KEYS.index("quantity"))
    assert quantity_cell.toolTip() == "The quantity cannot be negative."
    assert quantity_cell.background().color().name() == "#fde7ea"
    assert editor.save() is False
    assert editor.sections.currentIndex() == ITEMS  # the items section is shown to the user

    set_cell(editor, 0, "quantity", "2")
    set_cell(editor, 1, "discount_pct", "15")
    assert editor.save() is True
    assert editor.lines_error.isHidden()
    saved = service.get(editor.proposal_id)
    assert [i.quantity for i in saved.line_items] == [Decimal(2), Decimal(1)]


def test_not_a_number_is_reported_without_saving(tab, qtbot):
    editor = open_new(tab)
    editor.addressees.item(0).setCheckState(Qt.CheckState.Checked)
    editor.add_line(LineItem(description="Лицензия", unit_price=Decimal(10)))
    set_cell(editor, 0, "unit_price", "десять")
    assert editor.save() is False
    assert "Line 1, price: Enter a number." in editor.lines_error.text()


def test_totals_update_live(tab, qtbot):
    editor = open_new(tab)
    fmt = editor.fmt
    editor.add_line(LineItem(description="Лицензия", quantity=Decimal(3), unit_price=Decimal(100)))
    qtbot.waitUntil(lambda: editor.total_labels["total"].text() == fmt.money(Decimal(360), "RUB"))

    set_cell(editor, 0, "discount_pct", "10")
    expected = fmt.money(Decimal("324.00"), "RUB")  # 300 − 30, + 20 % VAT
    qtbot.waitUntil(lambda: editor.total_labels["total"].text() == expected)
    assert editor.total_labels["vat"].text() == fmt.money(Decimal("54.00"), "RUB")
    assert editor.lines.item(0, len(LINE_KEYS)).text() == fmt.amount(Decimal(270))


def test_financial_result_shows_payback_and_roi(tab, qtbot):
    editor = open_new(tab)
    editor.add_line(LineItem(description="Внедрение", unit_price=Decimal(1_200_000)))
    qtbot.keyClicks(editor._financial_edits["annual_gain"], "600000")
    qtbot.waitUntil(lambda: editor.payback_label.text().startswith("24"))
    assert editor.roi1_label.text() == editor.fmt.percent(Decimal("-50.0"))
    assert editor.roi3_label.text() == editor.fmt.percent(Decimal("50.0"))


def test_preview_renders_off_the_gui_thread(tab, qtbot):
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    tab.open_proposal(tab.model.summary_at(0).id)
    editor = _editor(tab)
    wait_for_pdf(qtbot, editor)
    first = len(ticks)

    set_cell(editor, 0, "quantity", "41")
    qtbot.waitUntil(lambda: not editor.preview.is_up_to_date(), timeout=1000)
    wait_for_pdf(qtbot, editor)
    timer.stop()
    # The timer kept ticking while rendering ran: the event loop was never blocked for long.
    assert len(ticks) > first
    assert editor.preview.current_pdf().startswith(b"%PDF")
    assert editor.preview.last_refresh_ms is not None


def test_preview_variant_for_one_addressee(tab, qtbot):
    tab.open_proposal(tab.model.summary_at(0).id)
    editor = _editor(tab)
    wait_for_pdf(qtbot, editor)
    whole = editor.preview.current_pdf()
    assert editor.preview.variant.count() == 1 + len(editor.proposal().addressee_ids)
    editor.preview.variant.setCurrentIndex(1)
    qtbot.waitUntil(lambda: editor.preview.current_pdf() != whole, timeout=RENDER_TIMEOUT_MS)
    wait_for_pdf(qtbot, editor)


def test_print_paints_every_page(tab, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    tab.open_proposal(tab.model.summary_at(0).id)
    editor = _editor(tab)
    wait_for_pdf(qtbot, editor)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    assert editor.preview.print_to(printer) == editor.preview.document.pageCount()
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000


def test_editing_a_sent_proposal_creates_revision_2_and_keeps_1(tab, qtbot, service):
    first_id = tab.model.summary_at(0).id
    tab.open_proposal(first_id)
    editor = _editor(tab)
    assert editor.set_status(ProposalStatus.SENT)
    frozen_pdf = service.render_pdf(first_id)
    assert "frozen" in editor.banner.text()

    set_cell(editor, 0, "quantity", "45")
    assert editor.save()

    revisions = service.revisions(service.get(first_id).number)
    assert [r.revision for r in revisions] == [1, 2]
    assert editor.proposal_id == revisions[1].id
    assert "revision 2" in editor.number_label.text()
    assert revisions[0].line_items[0].quantity == Decimal(40)
    assert revisions[1].line_items[0].quantity == Decimal(45)
    assert service.render_pdf(first_id) == frozen_pdf  # byte-identical re-render

    # The older revision opens read-only from the revision selector.
    # As a user does: the first revision chosen from the selector (Home on the combo box).
    qtbot.keyClick(editor.revision_combo, Qt.Key.Key_Home)
    assert editor.revision_combo.currentIndex() == 0
    assert editor.is_read_only()
    assert not editor.sections.widget(0).isEnabled()
    wait_for_pdf(qtbot, editor)
    assert editor.preview.current_pdf() == frozen_pdf
    assert tab.model.summary_at(tab.model.row_of(revisions[1].id)).revision == 2


def test_duplicate_creates_a_new_draft_with_a_new_number(tab, service):
    source = tab.model.summary_at(0)
    tab.table.selectRow(0)
    tab.duplicate_current()
    rows = service.list_proposals(KEY_CLIENT_ID)
    assert len(rows) == 2
    copy = next(r for r in rows if r.id != source.id)
    assert copy.number != source.number
    assert copy.status == ProposalStatus.DRAFT
    assert tab.is_editing() and tab.editor.proposal_id == copy.id


def test_expired_shown_for_a_sent_proposal_past_its_date(tab, service):
    draft = service.new_proposal(KEY_CLIENT_ID, issue_date=date.today() - timedelta(days=60))
    draft.addressee_ids = [tab.dossiers.list_members(KEY_CLIENT_ID)[0].id]
    draft.valid_until = date.today() - timedelta(days=30)
    stored = service.save(draft)
    service.set_status(stored.id, ProposalStatus.SENT, on=draft.issue_date)
    tab.refresh()

    row = tab.model.row_of(stored.id)
    status = tab.model.index(row, ProposalColumn.STATUS)
    assert tab.model.data(status) == "Sent · expired"
    assert tab.model.data(status, Qt.ItemDataRole.ForegroundRole) is not None
    tab.open_proposal(stored.id)
    assert tab.editor.status_chip.text() == "Sent · expired"


def test_delete_draft_with_confirmation_and_undo(tab, service, undo_stack):
    number = tab.model.summary_at(0).number
    tab.table.selectRow(0)
    tab.delete_current()
    assert any("Delete the draft proposal" in q for q in tab.prompts.asked)
    assert service.list_proposals(KEY_CLIENT_ID) == []
    assert tab.stack.currentIndex() == 0  # the empty state

    undo_stack.undo()
    rows = service.list_proposals(KEY_CLIENT_ID)
    assert [r.number for r in rows] == [number]
    assert tab.model.rowCount() == 1


def test_delete_is_refused_for_a_sent_proposal(tab, service):
    service.set_status(tab.model.summary_at(0).id, ProposalStatus.SENT)
    tab.refresh()
    assert not tab.delete_button.isEnabled()
    tab.delete_current()
    assert tab.prompts.errors and len(service.list_proposals(KEY_CLIENT_ID)) == 1


def test_referee_without_consent_is_reported(tab, service):
    tab.open_proposal(tab.model.summary_at(0).id)
    editor = _editor(tab)
    refused = next(
        i
        for i in range(editor.referees.count())
        if editor.referees.item(i).foreground().color().name() == "#80868b"
    )
    editor.referees.item(refused).setCheckState(Qt.CheckState.Checked)
    assert editor.save() is False
    assert "consent" in error_text(editor, "referee_ids")
    assert editor.sections.currentIndex() == TEAM


def test_unsaved_edits_are_guarded(tab, qtbot):
    tab.open_proposal(tab.model.summary_at(0).id)
    editor = _editor(tab)
    assert not tab.has_unsaved_changes()
    qtbot.keyClicks(editor.title_edit, " v2")
    assert tab.has_unsaved_changes()
    tab.prompts.unsaved_answer = "cancel"
    assert tab.discard_or_save() is False
    tab.prompts.unsaved_answer = "discard"
    assert tab.discard_or_save() is True


def test_issue_date_moves_the_validity_date(tab):
    editor = open_new(tab)
    days = editor.validity_days.value()
    editor.issue_date.setDate(QDate(2027, 3, 1))
    assert editor.valid_until.date() == QDate(2027, 3, 1).addDays(days)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1 234,5", "ru", Decimal("1234.5")),
        ("1,5", "ru", Decimal("1.5")),
        ("1,234.50", "en", Decimal("1234.50")),
        ("1,500", "en", Decimal("1500")),
        ("150 000,50", "en", Decimal("150000.50")),
        ("1,500", "ru", Decimal("1.5")),
        ("-3", "en", Decimal("-3")),
        ("abc", "ru", None),
    ],
)
def test_parse_decimal(text, lang, value):
    assert parse_decimal(text, lang) == value


def test_accepting_a_sent_proposal_with_edits_keeps_the_sent_revision(tab, service):
    first_id = tab.model.summary_at(0).id
    tab.open_proposal(first_id)
    editor = _editor(tab)
    assert editor.set_status(ProposalStatus.SENT)
    set_cell(editor, 0, "quantity", "99")
    tab.prompts.confirm_answer = True

    assert editor.set_status(ProposalStatus.ACCEPTED)

    accepted = service.get(first_id)
    assert accepted.status == ProposalStatus.ACCEPTED
    assert accepted.line_items[0].quantity == Decimal(40)
    assert len(service.revisions(accepted.number)) == 1
    assert editor.is_read_only()
    assert "decided" in editor.banner.text()


def test_stale_rendering_is_discarded(tab, qtbot):
    tab.open_proposal(tab.model.summary_at(0).id)
    editor = _editor(tab)
    wait_for_pdf(qtbot, editor)
    shown = editor.preview.current_pdf()
    stale = editor.preview._generation - 1
    editor.preview._on_rendered(stale, b"%PDF-stale")  # a late result of an older render
    qtbot.wait(50)
    assert editor.preview.current_pdf() == shown

    # Two edits in a row: only the newest state reaches the screen.
    set_cell(editor, 0, "quantity", "50")
    editor.preview.refresh_now()
    set_cell(editor, 0, "quantity", "60")
    editor.preview.refresh_now()
    wait_for_pdf(qtbot, editor)
    expected = ProposalService.render_context(editor.preview_context())
    assert editor.preview.current_pdf() == expected


def test_lines_can_be_reordered_and_removed(tab, service):
    tab.open_proposal(tab.model.summary_at(0).id)
    editor = _editor(tab)
    before = [i.description for i in editor.proposal().line_items]
    editor.lines.setCurrentCell(1, 0)
    editor.move_current_line(-1)
    editor.lines.setCurrentCell(2, 0)
    editor.remove_current_line()
    assert editor.save()
    after = [i.description for i in service.get(editor.proposal_id).line_items]
    assert after == [before[1], before[0], *before[3:]]
