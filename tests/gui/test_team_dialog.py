"""File → Team database (PostgreSQL)…: the fields with their messages beside them, the
keyring (a real in-memory backend, and none), a test of the connection off the GUI thread —
against a closed port, and against the local server when ``KAM_TEST_POSTGRES_URL`` is set —
switching to the team database and back, and the start-up offer of the local database."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kam_desktop import local_settings
from kam_desktop.gui.team_dialog import TeamDatabaseDialog, local_database_offer
from kam_desktop.services import team
from tests.gui.shell_helpers import ScriptedPrompter
from tests.keyrings import MemoryKeyring, keyring_backend, no_keyring

SECRET = "team-S3cret.pass"  # typed with keyClicks: ASCII (QTest asserts on others)


@pytest.fixture(autouse=True)
def _fresh_session():
    team._session_passwords.clear()
    yield
    team._session_passwords.clear()


@pytest.fixture
def memory_keyring():
    with keyring_backend(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def without_keyring():
    with keyring_backend(no_keyring()) as backend:
        yield backend


def make_dialog(qtbot, answer: bool = True) -> tuple[TeamDatabaseDialog, ScriptedPrompter]:
    prompts = ScriptedPrompter()
    prompts.confirm_answer = answer
    dialog = TeamDatabaseDialog(prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, prompts


def fill(
    qtbot,
    dialog: TeamDatabaseDialog,
    host="db.example.org",
    port="5432",
    database="kam",
    user="ivanova",
    password="",
) -> None:
    for edit, value in (
        (dialog.host, host),
        (dialog.port, port),
        (dialog.database, database),
        (dialog.user, user),
        (dialog.password, password),
    ):
        edit.clear()
        if value:
            qtbot.keyClicks(edit, value)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_each_field_says_what_is_wrong_beside_it(qtbot, memory_keyring) -> None:
    dialog, _prompts = make_dialog(qtbot)
    fill(qtbot, dialog, host="", port="54x", database="", user="")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    for key in ("host", "port", "database", "user"):
        assert dialog.errors.message(key), key
    assert not dialog.errors.message("password")
    assert dialog.isVisible() and team.saved_connection() is None
    qtbot.keyClicks(dialog.host, "db")  # typing clears that field's message
    assert not dialog.errors.message("host")


def test_saving_stores_the_password_in_the_keyring_not_in_user_json(
    qtbot, memory_keyring: MemoryKeyring
) -> None:
    dialog, prompts = make_dialog(qtbot)
    assert "stored in the system keyring" in dialog.keyring_notice.text()
    fill(qtbot, dialog, password=SECRET)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == TeamDatabaseDialog.DialogCode.Accepted
    assert dialog.restart_wanted and dialog.session_password is None
    assert prompts.kinds() == ["confirm"]
    saved = team.saved_connection()
    assert saved is not None and saved.key == "ivanova@db.example.org:5432/kam"
    assert memory_keyring.passwords == {("kam-desktop", saved.key): SECRET}
    text = local_settings.settings_path().read_text(encoding="utf-8")
    assert SECRET not in text and "postgresql+psycopg://ivanova@db.example.org:5432/kam" in text

    again, _ = make_dialog(qtbot)  # opened again: the fields, and the password kept unseen
    assert again.host.text() == "db.example.org" and again.password.text() == ""
    assert "stored" in again.password.placeholderText()
    assert "ivanova@db.example.org:5432/kam" in again.current.text()


def test_without_a_keyring_the_dialog_says_so_and_offers_this_session(
    qtbot, without_keyring
) -> None:
    dialog, _prompts = make_dialog(qtbot, answer=False)
    assert "no system keyring" in dialog.keyring_notice.text()
    fill(qtbot, dialog, password=SECRET)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "for this session only" in dialog.errors.message("password")
    assert team.saved_connection() is None

    dialog.session_only.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == TeamDatabaseDialog.DialogCode.Accepted
    assert not dialog.restart_wanted  # answered «not now»
    saved = team.saved_connection()
    assert saved is not None and team.password_for(saved) == SECRET
    assert dialog.session_password == SECRET  # what a restart would hand over
    assert SECRET not in local_settings.settings_path().read_text(encoding="utf-8")


def test_back_to_the_local_database(qtbot, memory_keyring: MemoryKeyring) -> None:
    team.save_connection(team.TeamConnection("db.example.org", "kam", "ivanova"), SECRET, False)
    dialog, prompts = make_dialog(qtbot)
    assert dialog.local_button.isEnabled()
    qtbot.mouseClick(dialog.local_button, Qt.MouseButton.LeftButton)
    assert dialog.restart_wanted and prompts.kinds() == ["confirm"]
    assert team.saved_connection() is None and memory_keyring.passwords == {}


def test_a_closed_port_is_reported_in_the_dialog(qtbot, memory_keyring) -> None:
    dialog, _prompts = make_dialog(qtbot)
    fill(qtbot, dialog, host="127.0.0.1", port=str(closed_port()), password="x")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog._operation is not None
    qtbot.waitUntil(dialog._operation.is_finished, timeout=15000)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5000)
    assert "connection refused" in dialog.check_label.text()
    assert dialog.last_check is not None and not dialog.last_check.ok


def test_the_test_button_checks_the_fields_first(qtbot, memory_keyring) -> None:
    dialog, _prompts = make_dialog(qtbot)
    fill(qtbot, dialog, host="", database="")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog._operation is None
    assert dialog.errors.message("host") and dialog.errors.message("database")


def test_the_local_server_answers_with_its_version(
    qtbot, memory_keyring, postgres_server_url: str
) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(postgres_server_url)
    dialog, _prompts = make_dialog(qtbot)
    fill(
        qtbot,
        dialog,
        host=url.host or "localhost",
        port=str(url.port or 5432),
        database=url.database or "",
        user=url.username or "",
        password=url.password or "",
    )
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog._operation is not None
    qtbot.waitUntil(dialog._operation.is_finished, timeout=15000)
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=5000)
    assert dialog.last_check is not None and dialog.last_check.usable, dialog.check_label.text()
    assert "Connected: PostgreSQL" in dialog.check_label.text()

    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "not-the-password")
    dialog.last_check = None
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=15000)
    assert "refused the user name or password" in dialog.check_label.text()


def test_at_start_a_team_database_that_fails_offers_the_local_one(
    qtbot, memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kam_desktop.gui import app as app_module
    from kam_desktop.gui import team_dialog
    from kam_desktop.paths import default_database_path

    offered: list[str] = []

    def answer(error: BaseException) -> bool:
        offered.append(str(error))
        return True

    monkeypatch.setattr(team_dialog, "offer_local_database", answer)
    url = f"postgresql+psycopg://kam@127.0.0.1:{closed_port()}/kam"
    db = app_module._open_database(app_module.create_application(), url)
    try:
        assert db is not None and db.path == default_database_path()
        assert len(offered) == 1 and "connection refused" in offered[0]
    finally:
        if db is not None:
            db.close()


def test_the_start_up_offer_names_the_error_and_both_ways_out(qtbot) -> None:
    box = local_database_offer(RuntimeError("The server refused the user name or password."))
    qtbot.addWidget(box)
    assert "refused the user name or password" in box.text()
    roles = sorted(box.buttonRole(b).name for b in box.buttons())
    assert roles == [QMessageBox.ButtonRole.AcceptRole.name, QMessageBox.ButtonRole.RejectRole.name]


def test_the_window_title_names_a_team_database_without_its_password() -> None:
    from types import SimpleNamespace

    from sqlalchemy.engine import make_url

    from kam_desktop.gui.daily_use import server_label, window_title

    url = make_url(f"postgresql+psycopg://ivanova:{SECRET}@db.example.org:5433/kam")
    label = server_label(SimpleNamespace(engine=SimpleNamespace(url=url)))
    assert label == "ivanova@db.example.org:5433/kam"
    title = window_title(None, False, label)
    assert title == "KAM Desktop — ivanova@db.example.org:5433/kam[*]" and SECRET not in title
    assert server_label(SimpleNamespace(engine=SimpleNamespace(url=make_url("sqlite:///x")))) == ""


def test_without_db_the_window_starts_on_the_saved_team_database(
    memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kam_desktop.gui import app as app_module

    assert app_module._start_target(None) is None  # nothing chosen: the local file
    conn = team.TeamConnection("db.example.org", "kam", "ivanova")
    team.save_connection(conn, None, session_only=True)
    monkeypatch.setenv(team.SESSION_PASSWORD_ENV, SECRET)
    target = app_module._start_target(None)
    assert target == "postgresql+psycopg://ivanova@db.example.org:5432/kam"
    assert team.SESSION_PASSWORD_ENV not in os.environ and team.password_for(conn) == SECRET
    assert app_module._start_target("/tmp/other.sqlite3") == "/tmp/other.sqlite3"  # --db wins


def test_the_saved_team_database_opens_with_the_keyrings_password(
    memory_keyring, postgres_server_url: str
) -> None:
    from sqlalchemy.engine import make_url

    from kam_desktop.gui import app as app_module

    url = make_url(postgres_server_url)
    conn = team.TeamConnection.from_url(url)
    assert conn is not None
    team.save_connection(conn, url.password, session_only=False)
    target = app_module._start_target(None)
    assert target is not None and f":{url.password}@" not in target
    db = app_module._open_database(app_module.create_application(), target)
    try:
        assert db is not None and db.dialect == "postgresql"
    finally:
        if db is not None:
            db.close()
