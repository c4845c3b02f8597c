"""«Save PDF / Word…»: the KAM picks the edition(s) and the format, then opens the result."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl

from kam_desktop.gui.proposal_output import (
    SavedEditionsDialog,
    SaveEditionsDialog,
    with_extension,
    word_export_available,
)
from kam_desktop.services.proposals import edition_file_name
from tests.gui import proposal_helpers
from tests.gui.proposal_helpers import ScriptedFiles, User, click, open_demo, open_new
from tests.gui.shell_helpers import finish

# The shared fixtures: the demo dossier, its proposal service, the Proposals tab.
demo, service, tab = proposal_helpers.demo, proposal_helpers.service, proposal_helpers.tab


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(path.read_bytes())).pages)


def choose(qtbot, *radios_and_actions):
    """A handler that clicks the given widgets of the dialog (by attribute name), then Save."""

    def act(dialog) -> bool:
        for name in radios_and_actions:
            click(qtbot, getattr(dialog, name))
        click(qtbot, dialog.save_button)
        return dialog.result() == 1

    return act


def opened_with(qtbot, button: str):
    def act(dialog) -> bool:
        click(qtbot, getattr(dialog, button))
        return dialog.result() == 1

    return act


def set_up(editor, files: ScriptedFiles) -> list[QUrl]:
    opened: list[QUrl] = []
    editor.files = files
    editor.open_url = lambda url: opened.append(url) or True  # the one thing we inject
    return opened


def test_joint_edition_as_pdf_then_open_the_file(tab, qtbot, tmp_path):
    editor = open_demo(tab)
    files = ScriptedFiles(path=tmp_path / "offer")
    opened = set_up(editor, files)
    user = User(tab.prompts).then(choose(qtbot, "joint_radio", "pdf_radio"))
    user.then(opened_with(qtbot, "open_file_button"))

    written = finish(editor.save_documents())

    assert written == [tmp_path / "offer.pdf"]
    assert files.suggested[0].name == "КП-2026-0001.pdf"
    assert "Уважаемые коллеги" in pdf_text(written[0])
    assert isinstance(user.dialogs[1], SavedEditionsDialog)
    assert opened == [QUrl.fromLocalFile(str(written[0]))]


def test_one_addressee_gets_their_own_edition(tab, qtbot, tmp_path):
    editor = open_demo(tab)
    boss = next(m for m in editor._members if m.role_code == "executive")
    files = ScriptedFiles(path=tmp_path / "boss.pdf")
    set_up(editor, files)

    def pick_the_boss(dialog) -> bool:
        click(qtbot, dialog.one_radio)
        dialog.one_combo.setCurrentIndex(dialog.one_combo.findData(boss.id))
        click(qtbot, dialog.save_button)
        return dialog.result() == 1

    User(tab.prompts).then(pick_the_boss).then(lambda dialog: False)

    [written] = finish(editor.save_documents())

    assert files.suggested[0].name == edition_file_name("КП-2026-0001", boss.full_name, "pdf")
    text = pdf_text(written)
    assert "Уважаемый Иван Сергеевич" in text
    assert "Уважаемые коллеги" not in text


def test_one_file_per_addressee_then_open_the_folder(tab, qtbot, tmp_path, service):
    editor = open_demo(tab)
    folder = tmp_path / "out"
    folder.mkdir()
    opened = set_up(editor, ScriptedFiles(folder=folder))
    user = User(tab.prompts).then(choose(qtbot, "each_radio"))
    user.then(opened_with(qtbot, "open_folder_button"))

    written = finish(editor.save_documents())

    people = [m for m in editor._members if m.id in editor.proposal().addressee_ids]
    assert sorted(p.name for p in written) == sorted(
        edition_file_name("КП-2026-0001", m.full_name, "pdf") for m in people
    )
    assert all(p.parent == folder and p.stat().st_size > 10_000 for p in written)
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert user.dialogs[1].open_file_button.parent() is None  # several files: only the folder


def test_the_dialog_starts_with_the_edition_on_screen(tab, qtbot):
    editor = open_demo(tab)
    editor.preview.variant.setCurrentIndex(2)
    shown = editor.preview.addressee_id()
    set_up(editor, ScriptedFiles())
    user = User(tab.prompts).then(lambda dialog: False)
    assert finish(editor.save_documents()) == []
    dialog = user.dialogs[0]
    assert isinstance(dialog, SaveEditionsDialog)
    assert dialog.one_radio.isChecked() and dialog.one_combo.currentData() == shown
    assert dialog.pdf_radio.isChecked()
    assert dialog.word_radio.isEnabled() == word_export_available()


def test_a_folder_that_is_gone_is_a_message_not_a_traceback(tab, qtbot, tmp_path):
    editor = open_demo(tab)
    set_up(editor, ScriptedFiles(path=tmp_path / "gone" / "offer.pdf"))
    User(tab.prompts).then(choose(qtbot, "joint_radio"))
    assert finish(editor.save_documents()) == []
    assert tab.prompts.errors and "Cannot write" in tab.prompts.errors[0]
    assert not (tmp_path / "gone").exists()


def test_cancelling_the_file_question_writes_nothing(tab, qtbot, tmp_path):
    editor = open_demo(tab)
    files = ScriptedFiles(path=None)
    set_up(editor, files)
    user = User(tab.prompts).then(choose(qtbot, "joint_radio"))
    assert finish(editor.save_documents()) == []
    assert len(user.dialogs) == 1 and len(files.suggested) == 1  # no "Saved" afterwards


def test_a_new_proposal_is_saved_first_to_get_its_number(tab, qtbot, tmp_path, service):
    editor = open_new(tab)
    editor.addressees.item(0).setCheckState(Qt.CheckState.Checked)
    set_up(editor, ScriptedFiles(path=tmp_path / "new.pdf"))
    User(tab.prompts).then(choose(qtbot, "joint_radio")).then(lambda dialog: False)
    [written] = finish(editor.save_documents())
    assert editor.proposal_id is not None
    assert service.get(editor.proposal_id).number in pdf_text(written)


def test_the_format_decides_the_extension():
    assert with_extension(Path("offer"), "pdf") == Path("offer.pdf")
    assert with_extension(Path("offer.PDF"), "pdf") == Path("offer.PDF")
    assert with_extension(Path("offer.docx"), "pdf") == Path("offer.pdf")
    assert with_extension(Path("v1.2"), "docx") == Path("v1.2.docx")
