"""The team database on a PostgreSQL server: its connection settings, the password, the check.

Where things go (and where they never go):

- host, port, database and user: this user's own settings (``local_settings``, key
  ``team_database``) as a URL **without** the password;
- the password: the system keyring (``keyring``; service ``kam-desktop``, user name
  ``user@host:port/database``), or, when this computer has no keyring, kept in memory for
  this session only — never in a settings file, a log line, a message or a window title;
- neither stored: libpq's own ``PGPASSWORD`` and ``~/.pgpass`` still work, because a URL
  without a password leaves it to libpq.

The window opens the saved team database when started without ``--db``; a ``--db`` URL
without a password (window or command line) takes it from the keyring when one is stored.
Nothing here imports Qt; ``keyring`` and the driver are imported only when needed.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.engine import URL, make_url

from kam_desktop import local_settings
from kam_desktop.domain.errors import DatabaseError, KamError, ValidationError
from kam_desktop.i18n import _
from kam_desktop.paths import database_url

log = logging.getLogger(__name__)

SETTING = local_settings.TEAM_DATABASE_KEY  # in user.json: the URL without the password
KEYRING_SERVICE = "kam-desktop"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5  # libpq's minimum is 2 s; a dialog should not hang longer than this
# A restart keeps a session-only password this way (the child pops it at once, see
# ``adopt_session_password``): never on the command line, where ``ps`` would show it.
SESSION_PASSWORD_ENV = "KAM_DESKTOP_TEAM_PASSWORD"
MAX_HOST = 253  # a DNS name
MAX_NAME = 63  # PostgreSQL's identifier limit (NAMEDATALEN - 1)

_session_passwords: dict[str, str] = {}  # key → password, for this process only


class KeyringUnavailable(KamError):
    """No system keyring can take the password (none installed, locked, refused)."""


@dataclass(frozen=True, slots=True)
class TeamConnection:
    """Where the team database is; the password is never part of it."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def key(self) -> str:
        """The keyring's user name for this connection's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> URL:
        return URL.create(
            DRIVER,
            username=self.user,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
        )

    def as_text(self) -> str:
        """The URL without the password (what the settings file and the window show)."""
        return self.url().render_as_string(hide_password=True)

    @classmethod
    def from_url(cls, url: str | URL) -> TeamConnection | None:
        """The connection a PostgreSQL URL names; None for any other database."""
        parsed = make_url(url) if isinstance(url, str) else url
        if parsed.get_backend_name() != "postgresql":
            return None
        return cls(
            parsed.host or "localhost",
            parsed.database or "",
            parsed.username or "",
            parsed.port or DEFAULT_PORT,
        )


def validate(host: str, port: str, database: str, user: str) -> TeamConnection:
    """The connection the dialog's fields describe; ``ValidationError`` keyed by field."""
    errors: dict[str, str] = {}
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        errors["host"] = _("Enter the server's name or address.")
    elif len(host) > MAX_HOST or any(c.isspace() or c in "/@?#" for c in host):
        errors["host"] = _("A host name or address has no spaces or / @ ? #.")
    number = 0
    try:
        number = int(port.strip())
    except ValueError:
        errors["port"] = _("The port is a number from 1 to 65535 (PostgreSQL's is 5432).")
    else:
        if not 1 <= number <= 65535:
            errors["port"] = _("The port is a number from 1 to 65535 (PostgreSQL's is 5432).")
    for key, value, what in (
        ("database", database, _("Enter the database name.")),
        ("user", user, _("Enter the user name.")),
    ):
        if not value:
            errors[key] = what
        elif len(value.encode("utf-8")) > MAX_NAME:
            errors[key] = _("At most {limit} bytes (PostgreSQL's limit for names).").format(
                limit=MAX_NAME
            )
        elif any(ord(c) < 32 for c in value):
            errors[key] = _("No control characters, please.")
    if errors:
        raise ValidationError(errors)
    return TeamConnection(host, database, user, number)


# ---- the keyring ---------------------------------------------------------------------------
def _keyring() -> Any:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def keyring_problem() -> str | None:
    """Why the password cannot be kept in a keyring here; None when a keyring works."""
    keyring = _keyring()
    if keyring is None:
        return _("The keyring module is not installed: the password cannot be stored.")
    backend = keyring.get_keyring()
    from keyring.backends import chainer, fail, null

    no_backend = isinstance(backend, fail.Keyring | null.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    )
    if no_backend:
        return _(
            "This computer has no system keyring (such as GNOME Keyring, KWallet, the macOS "
            "Keychain or the Windows Credential Manager): the password cannot be stored."
        )
    return None


def store_password(conn: TeamConnection, password: str) -> None:
    """Put the password in the keyring; ``KeyringUnavailable`` when it cannot take it."""
    problem = keyring_problem()
    if problem is not None:
        raise KeyringUnavailable(problem)
    try:
        _keyring().set_password(KEYRING_SERVICE, conn.key, password)
    except Exception as exc:  # any backend's failure (locked, refused, D-Bus gone)
        log.warning("the keyring refused the password: %s", type(exc).__name__)
        raise KeyringUnavailable(
            _("The system keyring did not take the password ({error}).").format(
                error=type(exc).__name__
            )
        ) from None


def stored_password(conn: TeamConnection) -> str | None:
    """The keyring's password for ``conn``; None when none is stored or there is no keyring."""
    if keyring_problem() is not None:
        return None
    try:
        found = _keyring().get_password(KEYRING_SERVICE, conn.key)
    except Exception as exc:  # a locked or broken keyring: as if none were stored
        log.warning("the keyring could not be read: %s", type(exc).__name__)
        return None
    return found if isinstance(found, str) else None


def forget_password(conn: TeamConnection) -> None:
    """Remove the password from the keyring and from this session (best effort)."""
    _session_passwords.pop(conn.key, None)
    if keyring_problem() is not None:
        return
    try:
        _keyring().delete_password(KEYRING_SERVICE, conn.key)
    except Exception:  # none stored, or a keyring that cannot delete: nothing to undo
        log.info("no keyring password removed for the team database")


def remember_for_session(conn: TeamConnection, password: str) -> None:
    _session_passwords[conn.key] = password


def session_password(conn: TeamConnection) -> str | None:
    return _session_passwords.get(conn.key)


def password_for(conn: TeamConnection) -> str | None:
    """The password to connect with: this session's, else the keyring's, else None (libpq
    then looks at PGPASSWORD and ~/.pgpass)."""
    return session_password(conn) or stored_password(conn)


def adopt_session_password() -> None:
    """At start: take a session-only password handed over by a restart, out of the
    environment (so programs started from here do not inherit it)."""
    password = os.environ.pop(SESSION_PASSWORD_ENV, None)
    saved = saved_connection()
    if password and saved is not None:
        remember_for_session(saved, password)


# ---- the saved choice ----------------------------------------------------------------------
def saved_connection() -> TeamConnection | None:
    """The team database this user chose to open (None: the local database)."""
    value = local_settings.team_database_url()
    if value is None:
        return None
    try:
        found = TeamConnection.from_url(value)
        if found is not None:  # what the dialog would accept, or nothing
            found = validate(found.host, str(found.port), found.database, found.user)
    except Exception:  # a damaged settings file: the local database, as if never chosen
        log.warning("the saved team database setting is not a usable URL; ignored")
        return None
    return found


def save_connection(conn: TeamConnection, password: str | None, session_only: bool) -> None:
    """Choose ``conn`` as this user's database. The password (when given) goes to the
    keyring, or to this session only; the settings file gets the URL without it."""
    if password:
        if session_only:
            remember_for_session(conn, password)
        else:
            store_password(conn, password)
            _session_passwords.pop(conn.key, None)
    local_settings.write_value(SETTING, conn.as_text())
    log.info("team database chosen: %s", conn.as_text())


def use_local_database() -> None:
    """Back to the local database: the team database and its password are forgotten."""
    saved = saved_connection()
    if saved is not None:
        forget_password(saved)
    local_settings.remove_value(SETTING)
    log.info("the local database chosen again")


def connect_target(db: str | None) -> str | URL:
    """What ``Database.open`` connects to: a PostgreSQL URL without a password gets the one
    stored for it (as a ``URL`` object, so it never becomes text); anything else as given."""
    text = database_url(db)
    if "://" not in text or text.startswith("sqlite"):
        return text
    try:
        parsed = make_url(text)
    except Exception:
        return text  # open_engine says what is wrong with it
    conn = TeamConnection.from_url(parsed)
    if conn is None or parsed.password is not None:
        return text
    password = password_for(conn)
    return parsed.set(password=password) if password else text


# ---- checking a connection -----------------------------------------------------------------
class DatabaseState(StrEnum):
    EMPTY = "empty"  # no tables: KAM Desktop creates them when it first opens it
    CURRENT = "current"  # ours, at the newest revision
    OLDER = "older"  # ours, upgraded when opened
    NEWER = "newer"  # made by a newer KAM Desktop
    FOREIGN = "foreign"  # another application's tables


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    ok: bool  # connected (whatever the database holds)
    message: str  # what to tell the user
    server_version: str = ""
    state: DatabaseState | None = None
    revision: str | None = None

    @property
    def usable(self) -> bool:
        return self.ok and self.state in (
            DatabaseState.EMPTY,
            DatabaseState.CURRENT,
            DatabaseState.OLDER,
        )


def _state(tables: set[str], revision: str | None) -> DatabaseState:
    from kam_desktop.storage.revisions import known_revisions
    from kam_desktop.storage.sqlite_files import OWN_TABLES

    if not tables:
        return DatabaseState.EMPTY
    if "alembic_version" not in tables or not tables & OWN_TABLES or revision is None:
        return DatabaseState.FOREIGN
    if revision not in known_revisions():
        return DatabaseState.NEWER
    from kam_desktop.storage.revisions import head_revision

    return DatabaseState.CURRENT if revision == head_revision() else DatabaseState.OLDER


def _describe(version: str, state: DatabaseState, revision: str | None, tables: int) -> str:
    from kam_desktop.storage.revisions import head_revision

    connected = _("Connected: PostgreSQL {version}.").format(version=version)
    said = {
        DatabaseState.EMPTY: _(
            "The database is empty: KAM Desktop creates its tables when it first opens it."
        ),
        DatabaseState.CURRENT: _(
            "A KAM Desktop database, up to date (revision {revision})."
        ).format(revision=revision),
        DatabaseState.OLDER: _(
            "A KAM Desktop database at revision {revision}; it is upgraded to {head} when opened."
        ).format(revision=revision, head=head_revision()),
        DatabaseState.NEWER: _(
            "The database was made by a newer KAM Desktop (revision {revision}): update the "
            "application before using it."
        ).format(revision=revision),
        DatabaseState.FOREIGN: _(
            "The database holds another application's tables ({count}): KAM Desktop will not "
            "use it. Choose an empty database or one of ours."
        ).format(count=tables),
    }[state]
    return f"{connected} {said}"


def check_connection(
    conn: TeamConnection, password: str | None, timeout: int = CONNECT_TIMEOUT_S
) -> ConnectionCheck:
    """Connect once (within ``timeout`` seconds), read the server's version and what the
    database holds; changes nothing. Failures come back as a message, never raised."""
    from sqlalchemy.exc import NoSuchModuleError, SQLAlchemyError

    from kam_desktop.storage.server_errors import driver_missing_error, server_connection_error
    from kam_desktop.storage.server_probe import look_at_server

    try:
        look = look_at_server(conn.url(password or None), timeout)
    except (NoSuchModuleError, ImportError):
        return ConnectionCheck(False, str(driver_missing_error()))
    except SQLAlchemyError as exc:
        known = server_connection_error(exc)
        if known is None:
            log.warning("team database check failed", exc_info=True)
            known = DatabaseError(_("The connection failed; the details are in the log file."))
        return ConnectionCheck(False, str(known))
    state = _state(set(look.tables), look.revision)
    message = _describe(look.version, state, look.revision, len(look.tables))
    return ConnectionCheck(True, message, look.version, state, look.revision)
