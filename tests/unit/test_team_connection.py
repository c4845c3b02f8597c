"""The team database's connection settings: fields checked, the URL in user.json without the
password, the password in a (real, in-memory) keyring or this session only, no keyring said
in words, a password-less ``--db`` URL completed from the keyring, connection failures in our
words — against the local PostgreSQL server when ``KAM_TEST_POSTGRES_URL`` is set."""

from __future__ import annotations

import logging
import os
import socket

import pytest

from kam_desktop import local_settings
from kam_desktop.domain.errors import ValidationError
from kam_desktop.services import team
from kam_desktop.services.team import DatabaseState, TeamConnection
from kam_desktop.storage.server_errors import server_message
from tests.keyrings import MemoryKeyring, keyring_backend, no_keyring

SECRET = "s3cr€t:@/?pass"  # characters a URL must escape
CONN = TeamConnection("db.example.org", "kam_team", "ivanova", 5433)


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


def settings_text() -> str:
    return local_settings.settings_path().read_text(encoding="utf-8")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---- the fields ----------------------------------------------------------------------------
def test_the_fields_are_checked_one_by_one() -> None:
    with pytest.raises(ValidationError) as caught:
        team.validate("", "54x", "", "")
    assert set(caught.value.errors) == {"host", "port", "database", "user"}
    with pytest.raises(ValidationError) as caught:
        team.validate("my host", "70000", "d" * 64, "ivanova")
    assert set(caught.value.errors) == {"host", "port", "database"}
    assert team.validate(" db.example.org ", "5433", "kam_team", "ivanova") == CONN


def test_the_connection_names_no_password() -> None:
    assert CONN.key == "ivanova@db.example.org:5433/kam_team"
    assert CONN.as_text() == "postgresql+psycopg://ivanova@db.example.org:5433/kam_team"
    assert TeamConnection.from_url(CONN.as_text()) == CONN
    assert TeamConnection.from_url("sqlite:///x.sqlite3") is None
    # With a password the URL object holds it, and its text form hides it.
    assert SECRET not in str(CONN.url(SECRET))


# ---- the keyring ---------------------------------------------------------------------------
def test_saving_puts_the_password_in_the_keyring_and_never_in_user_json(
    memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert team.keyring_problem() is None
    team.save_connection(CONN, SECRET, session_only=False)

    assert memory_keyring.passwords == {("kam-desktop", CONN.key): SECRET}
    text = settings_text()
    assert CONN.as_text() in text
    assert SECRET not in text and "s3cr" not in text
    assert team.saved_connection() == CONN
    assert team.password_for(CONN) == SECRET
    assert all("s3cr" not in record.getMessage() for record in caplog.records)


def test_a_password_less_db_url_takes_the_stored_password(memory_keyring: MemoryKeyring) -> None:
    team.store_password(CONN, SECRET)
    target = team.connect_target(CONN.as_text())
    assert not isinstance(target, str)  # a URL object: the password never becomes text
    assert target.password == SECRET
    assert SECRET not in str(target)
    # A URL with its own password, another server, a file: left as they are.
    given = "postgresql+psycopg://ivanova:other@db.example.org:5433/kam_team"
    assert team.connect_target(given) == given
    assert team.connect_target("postgresql+psycopg://petrov@elsewhere/kam") == (
        "postgresql+psycopg://petrov@elsewhere/kam"
    )
    assert str(team.connect_target("/tmp/kam.sqlite3")).startswith("sqlite:///")


def test_without_a_keyring_it_says_so_and_offers_this_session_only(without_keyring) -> None:
    problem = team.keyring_problem()
    assert problem is not None and "no system keyring" in problem
    with pytest.raises(team.KeyringUnavailable) as caught:
        team.save_connection(CONN, SECRET, session_only=False)
    assert "keyring" in str(caught.value)
    assert not local_settings.settings_path().exists()  # nothing chosen by a refused save

    team.save_connection(CONN, SECRET, session_only=True)
    assert team.password_for(CONN) == SECRET  # in memory, for this process
    assert SECRET not in settings_text()
    assert team.stored_password(CONN) is None
    target = team.connect_target(CONN.as_text())
    assert not isinstance(target, str) and target.password == SECRET


def test_a_restart_hands_a_session_password_over_in_the_environment(
    without_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    team.save_connection(CONN, None, session_only=True)
    monkeypatch.setenv(team.SESSION_PASSWORD_ENV, SECRET)
    team.adopt_session_password()
    assert team.SESSION_PASSWORD_ENV not in os.environ  # programs started later never see it
    assert team.password_for(CONN) == SECRET


def test_back_to_the_local_database_forgets_the_team_one(memory_keyring: MemoryKeyring) -> None:
    local_settings.set_user_name("Иванова")
    team.save_connection(CONN, SECRET, session_only=False)
    team.use_local_database()
    assert team.saved_connection() is None
    assert memory_keyring.passwords == {}
    assert local_settings.user_name() == "Иванова"  # the other settings stay
    assert local_settings.team_database_url() is None


def test_a_damaged_setting_reads_as_the_local_database() -> None:
    local_settings.write_value(local_settings.TEAM_DATABASE_KEY, "postgresql+psycopg://[")
    assert team.saved_connection() is None


# ---- connection failures in words ------------------------------------------------------------
@pytest.mark.parametrize(
    ("libpq", "expected"),
    [
        (
            'connection to server at "127.0.0.1", port 5432 failed: FATAL:  password '
            'authentication failed for user "kam"',
            "refused the user name or password",
        ),
        (
            'connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "nope" '
            "does not exist",
            "no database «nope»",
        ),
        (
            'connection to server at "127.0.0.1", port 5999 failed: Connection refused',
            "Nothing answers at 127.0.0.1:5999",
        ),
        (
            "failed to resolve host 'nosuch.invalid': [Errno -2] Name or service not known",
            "host name is not known",
        ),
        (
            'connection to server at "10.1.1.1", port 5432 failed: timeout expired',
            "10.1.1.1:5432 did not answer in time",
        ),
        ("connection to server failed: fe_sendauth: no password supplied", "asks for a password"),
    ],
)
def test_libpq_failures_become_sentences(libpq: str, expected: str) -> None:
    message = server_message(libpq)
    assert message is not None and expected in message


def test_a_closed_port_is_reported_not_raised() -> None:
    check = team.check_connection(
        TeamConnection("127.0.0.1", "kam", "kam", closed_port()), "kam", timeout=2
    )
    assert not check.ok and not check.usable
    assert "connection refused" in check.message


def test_the_check_against_the_local_server(postgres_server_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(postgres_server_url)
    conn = TeamConnection.from_url(url)
    assert conn is not None
    check = team.check_connection(conn, url.password)
    assert check.ok, check.message
    assert check.server_version and check.server_version[0].isdigit()
    assert check.state in (DatabaseState.EMPTY, DatabaseState.CURRENT, DatabaseState.OLDER)
    assert f"PostgreSQL {check.server_version}" in check.message

    wrong = team.check_connection(conn, "not-the-password")
    assert not wrong.ok and "refused the user name or password" in wrong.message
    missing = TeamConnection(conn.host, "kam_no_such_database", conn.user, conn.port)
    assert (
        "no database «kam_no_such_database»" in team.check_connection(missing, url.password).message
    )


def test_without_the_driver_it_says_psycopg_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from kam_desktop.domain.errors import DatabaseError
    from kam_desktop.services.database import Database

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an installation without it
    check = team.check_connection(CONN, SECRET, timeout=2)
    assert not check.ok and "psycopg" in check.message and "not installed" in check.message
    with pytest.raises(DatabaseError) as caught:
        Database.open(CONN.as_text())
    assert "psycopg" in str(caught.value)
