"""Company profile, client КПП, member concerns and greeting, settings: typed as a user would.

Real SQLite through the conftest fixtures; widgets are driven by key presses and clicks, so
the signals a user triggers (``textEdited``, ``editingFinished``) are the ones tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from kam_desktop import i18n
from kam_desktop.domain.dossier import Client, Member, OurCompany, TeamMember
from kam_desktop.domain.enums import Gender
from kam_desktop.gui.company_dialog import SIGNATORY_COLUMN, CompanyDialog
from kam_desktop.gui.settings_dialog import SettingsDialog
from kam_desktop.services.proposals import ProposalService
from tests.gui.dossier_helpers import type_text


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _retype(qtbot, edit, text: str) -> None:
    """Select everything in the field and type over it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _type(qtbot, edit, text: str) -> None:
    """Click into the field, then type (the click gives it the focus a user's typing has)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, text)


def _leave(qtbot, edit) -> None:
    """Tab out of the field: what a user does after typing (emits editingFinished)."""
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _png(path, color: str = "#1f3a5f", size: tuple[int, int] = (300, 120)):
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    image.save(str(path), "PNG")
    return path


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # typing needs the focus an active window gives
    return widget


def _open_company(qtbot, dossiers) -> CompanyDialog:
    return _show(qtbot, CompanyDialog(dossiers))


def _save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


# ---- company profile -----------------------------------------------------------------------
def test_requisites_are_checked_as_they_are_typed(qtbot, dossiers):
    dossiers.save_our_company(OurCompany(name="ПромТех"))
    dialog = _open_company(qtbot, dossiers)
    _type(qtbot, dialog.kpp, "77140100")
    _leave(qtbot, dialog.kpp)
    assert dialog.errors.message("kpp") == "The KPP has 9 digits; this one has 8."
    qtbot.keyClicks(dialog.kpp, "1")  # the message goes as soon as the value is right
    assert dialog.errors.message("kpp") == ""

    _type(qtbot, dialog.bik, "O44525225")  # a letter O for a zero
    _leave(qtbot, dialog.bik)
    assert dialog.errors.message("bik") == "Use digits only."
    _type(qtbot, dialog.settlement_account, "4070 2810 9380 0012 3456")  # spaces are fine
    _leave(qtbot, dialog.settlement_account)
    assert dialog.errors.message("settlement_account") == ""

    # Save from the other tab: refused, the requisites tab comes to the front
    dialog.tabs.setCurrentIndex(1)
    _click(qtbot, _save_button(dialog))
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert dialog.errors.message("bik") == "Use digits only."
    assert dossiers.our_company().bik == ""  # nothing stored

    _retype(qtbot, dialog.bik, "044525225")
    qtbot.keyClicks(dialog.inn, "7714123456")
    qtbot.keyClicks(dialog.ogrn, "1187746123456")
    qtbot.keyClicks(dialog.bank_name, "Bank Rossii, Moscow")
    qtbot.keyClicks(dialog.correspondent_account, "30101810400000000225")
    _click(qtbot, _save_button(dialog))
    assert not dialog.isVisible()
    company = dossiers.our_company()
    assert (company.inn, company.kpp, company.ogrn, company.bik) == (
        "7714123456",
        "771401001",
        "1187746123456",
        "044525225",
    )
    assert company.settlement_account == "40702810938000123456"  # stored without spaces
    assert company.correspondent_account == "30101810400000000225"
    assert company.bank_name == "Bank Rossii, Moscow"


def test_signature_and_stamp_images_are_chosen_previewed_and_removed(qtbot, dossiers, tmp_path):
    dossiers.save_our_company(OurCompany(name="ПромТех"))
    dialog = _open_company(qtbot, dossiers)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.signature.preview.text() == "No signature"
    assert not dialog.signature.remove_button.isEnabled()

    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("not a picture", encoding="utf-8")
    dialog.signature.choose_file = lambda: str(not_an_image)
    _click(qtbot, dialog.signature.choose_button)
    assert dialog.signature.error.text() == "This file is not an image."
    assert dialog.signature.png() is None

    dialog.signature.choose_file = lambda: str(_png(tmp_path / "sign.png"))
    dialog.stamp.choose_file = lambda: str(_png(tmp_path / "stamp.png", "#2050c0", (800, 800)))
    _click(qtbot, dialog.signature.choose_button)
    _click(qtbot, dialog.stamp.choose_button)
    assert not dialog.signature.error.isVisible()
    assert not dialog.signature.preview.pixmap().isNull()
    assert dialog.stamp.remove_button.isEnabled()
    _click(qtbot, _save_button(dialog))
    company = dossiers.our_company()
    assert QImage.fromData(company.signature_png).width() == 300
    assert max(QImage.fromData(company.stamp_png).width(), 0) == 600  # scaled for print

    again = _open_company(qtbot, dossiers)
    again.tabs.setCurrentIndex(1)
    assert not again.stamp.preview.pixmap().isNull()
    _click(qtbot, again.stamp.remove_button)
    assert again.stamp.preview.text() == "No stamp"
    _click(qtbot, _save_button(again))
    company = dossiers.our_company()
    assert company.stamp_png is None and company.signature_png is not None


def test_one_signatory_is_ticked_and_signs_new_proposals(qtbot, dossiers, db):
    dossiers.save_our_company(OurCompany(name="ПромТех"))
    for name in ("Алексеев Олег", "Борисова Анна"):
        dossiers.save_team_member(TeamMember(name, "КАМ"))
    dialog = _open_company(qtbot, dossiers)
    dialog.tabs.setCurrentIndex(1)
    table = dialog.team_table

    def tick(row: int) -> None:
        table.setFocus()
        table.setCurrentCell(row, SIGNATORY_COLUMN)
        qtbot.keyClick(table, Qt.Key.Key_Space)  # Space toggles the current checkbox

    def ticked() -> list[bool]:
        return [
            table.item(r, SIGNATORY_COLUMN).checkState() == Qt.CheckState.Checked
            for r in range(table.rowCount())
        ]

    tick(0)
    assert ticked() == [True, False]
    tick(1)  # ticking another one moves the signature to them
    assert ticked() == [False, True]
    _click(qtbot, _save_button(dialog))
    team = {p.full_name: p.signs_proposals for p in dossiers.team()}
    assert team == {"Алексеев Олег": False, "Борисова Анна": True}
    client = dossiers.save_client(Client("УралТяжМаш"))
    draft = ProposalService(db).new_proposal(client.id)
    signatory = next(p for p in dossiers.team() if p.id == draft.signatory_id)
    assert signatory.full_name == "Борисова Анна"


# ---- client overview -----------------------------------------------------------------------
def test_client_kpp_sits_beside_the_inn_and_follows_the_rule(qtbot, dossiers):
    from kam_desktop.gui.overview_tab import OverviewTab

    client = dossiers.save_client(Client("УралТяжМаш", tax_id="6673012345"))
    tab = _show(qtbot, OverviewTab(dossiers))
    tab.load(dossiers.get_client(client.id))
    _type(qtbot, tab.kpp, "66730100")
    _leave(qtbot, tab.kpp)
    assert tab.errors.message("kpp") == "The KPP has 9 digits; this one has 8."
    assert tab.has_unsaved_changes()
    _click(qtbot, tab.save_button)
    assert dossiers.get_client(client.id).kpp == ""  # refused by the same rule in the service
    qtbot.keyClicks(tab.kpp, "1")
    assert tab.errors.message("kpp") == ""
    tab.kpp.setFocus()
    qtbot.keyClick(tab.kpp, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dossiers.get_client(client.id).kpp == "667301001"
    assert not tab.has_unsaved_changes()


# ---- member editor -------------------------------------------------------------------------
@pytest.fixture
def group_tab(qtbot, dossiers):
    from PySide6.QtGui import QUndoStack

    from kam_desktop.gui.decision_group_tab import DecisionGroupTab

    client = dossiers.save_client(Client("УралТяжМаш"))
    dossiers.save_member(Member("Кузнецов Андрей Викторович", client.id, role_code="financier"))
    tab = _show(qtbot, DecisionGroupTab(dossiers, QUndoStack()))
    tab.load(dossiers.get_dossier(client.id))
    tab.table.selectRow(0)
    return tab


def test_greeting_preview_follows_the_typed_name_and_the_override(
    qtbot, group_tab, dossiers, monkeypatch
):
    editor = group_tab.editor
    name = editor.lines["full_name"]
    assert editor.greeting_preview.text() == "Dear Mr Кузнецов,"  # the UI language's form
    monkeypatch.setattr(i18n, "_language", "ru")
    _retype(qtbot, name, "")
    type_text(name, "Иванова Мария Петровна")
    assert editor.greeting_preview.text() == "Уважаемая Мария Петровна!"

    _retype(qtbot, name, "")
    type_text(name, "Ким Мария")  # no patronymic: the editor asks for the gender
    assert editor.greeting_preview.text().startswith("Здравствуйте, Ким Мария!")
    assert "choose" in editor.greeting_preview.text()
    editor.gender.setFocus()
    qtbot.keyClick(editor.gender, Qt.Key.Key_Down)
    qtbot.keyClick(editor.gender, Qt.Key.Key_Down)
    assert editor.gender.currentData() == Gender.FEMALE.value
    assert editor.greeting_preview.text() == "Уважаемая Ким Мария!"
    assert editor.is_dirty()
    _click(qtbot, group_tab.save_button)
    saved = dossiers.list_members(group_tab._client_id)[0]
    assert (saved.full_name, saved.gender) == ("Ким Мария", Gender.FEMALE)


def test_concerns_are_typed_recognised_and_saved(qtbot, group_tab, dossiers):
    editor = group_tab.editor
    assert not editor.recognised.isVisible()
    type_text(editor.concerns, "Боится, что сроки сорвутся и бюджет вырастет")
    assert editor.is_dirty()
    line = editor.recognised.text()
    assert line.startswith("Recognised for tailoring")
    assert "concerns: cost and savings («бюджет»), speed and deadlines («сроки»)" in line
    assert "never printed" in editor.concerns_hint.text()
    type_text(editor.texts["values"], "Надёжность")
    assert "values: reliability («Надёжность»)" in editor.recognised.text()
    _click(qtbot, group_tab.save_button)
    saved = dossiers.list_members(group_tab._client_id)[0]
    assert saved.concerns == "Боится, что сроки сорвутся и бюджет вырастет"
    assert saved.values == "Надёжность"


# ---- settings ------------------------------------------------------------------------------
def test_settings_show_the_true_next_number_as_the_pattern_is_typed(qtbot, db, dossiers, tmp_path):
    proposals = ProposalService(db)
    client = dossiers.save_client(Client("УралТяжМаш"))
    boss = dossiers.save_member(Member("Петров Иван Сергеевич", client.id, role_code="executive"))
    for _ in range(2):
        draft = proposals.new_proposal(client.id)
        draft.addressee_ids = [boss.id]
        proposals.save(draft)
    year = date.today().year
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = _show(qtbot, SettingsDialog(dossiers, settings, proposals=proposals))
    assert dialog.number_preview.text() == f"КП-{year}-0003"  # not the first of the year

    _retype(qtbot, dialog.number_pattern, "KP/{year}/")
    assert dialog.number_preview.text() == "—"
    assert dialog.errors.message("number_pattern") == "The pattern must contain {seq}."
    qtbot.keyClicks(dialog.number_pattern, "{seq:03d}")
    assert dialog.number_preview.text() == f"KP/{year}/003"
    assert dialog.errors.message("number_pattern") == ""
    assert proposals.number_pattern() == "КП-{year}-{seq:04d}"  # typing stores nothing

    _retype(qtbot, dialog.min_validity_days.lineEdit(), "21")
    type_text(dialog.payment_terms, "Предоплата 50 %")
    type_text(dialog.delivery_terms, "12 недель")
    type_text(dialog.warranty, "24 месяца")
    buttons = dialog.findChild(QDialogButtonBox)
    _click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()
    assert proposals.number_pattern() == "KP/{year}/{seq:03d}"
    assert proposals.min_validity_days() == 21
    assert proposals.default_terms() == ("Предоплата 50 %", "12 недель", "24 месяца")
    assert proposals.next_number() == f"KP/{year}/003"
    fresh = proposals.new_proposal(client.id)
    assert (fresh.payment_terms, fresh.warranty) == ("Предоплата 50 %", "24 месяца")


def test_settings_refuse_a_bad_pattern_and_store_nothing(qtbot, dossiers, db, tmp_path):
    proposals = ProposalService(db)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = _show(qtbot, SettingsDialog(dossiers, settings))
    _retype(qtbot, dialog.min_validity_days.lineEdit(), "5")
    _retype(qtbot, dialog.number_pattern, "KP-{client}-{seq}")
    assert dialog.errors.message("number_pattern").startswith("Use only {year} and {seq}")
    _click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible()
    assert proposals.min_validity_days() == 14  # nothing stored while the pattern is wrong
