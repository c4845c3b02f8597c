"""A PostgreSQL server's refusal to connect, in our own words.

libpq reports every connection failure as one ``OperationalError`` whose text is the only
thing that tells a wrong password from a host that does not answer (no SQLSTATE reaches the
client before the session exists). These texts are stable across libpq versions and never
quote the password, so they are matched here and turned into a sentence a user can act on.
"""

from __future__ import annotations

import logging
import re

from kam_desktop.domain.errors import DatabaseError
from kam_desktop.i18n import _

log = logging.getLogger(__name__)

_DATABASE_MISSING = re.compile(r'database "([^"]*)" does not exist')
_ROLE_MISSING = re.compile(r'role "([^"]*)" does not exist')
_AT_SERVER = re.compile(r'server at "([^"]*)"(?:\s*\([^)]*\))?, port (\d+)')


def driver_missing_error() -> DatabaseError:
    return DatabaseError(
        _(
            "The PostgreSQL driver (psycopg) is not installed, so a team database cannot be "
            "opened. Install KAM Desktop with it, or use the local database."
        )
    )


def _where(text: str) -> str:
    found = _AT_SERVER.search(text)
    return f"{found.group(1)}:{found.group(2)}" if found else _("the server")


def server_message(text: str) -> str | None:
    """Our sentence for libpq's connection failure ``text``; None when it is not one."""
    if "password authentication failed" in text or "authentication failed" in text:
        return _("The server refused the user name or password.")
    if "no password supplied" in text:
        return _(
            "The server asks for a password and none is known: enter it in File → Team "
            "database, store it in the keyring, or set PGPASSWORD or ~/.pgpass."
        )
    found = _DATABASE_MISSING.search(text)
    if found:
        return _("There is no database «{name}» on the server.").format(name=found.group(1))
    found = _ROLE_MISSING.search(text)
    if found:
        return _("There is no user «{name}» on the server.").format(name=found.group(1))
    if "Connection refused" in text:
        return _(
            "Nothing answers at {where} (connection refused): is the server running, and are "
            "the host and port right?"
        ).format(where=_where(text))
    if (
        "failed to resolve host" in text
        or "could not translate host name" in text
        or "Name or service not known" in text
    ):
        return _("The server's host name is not known: check the host.")
    if "timeout expired" in text or "timed out" in text:
        return _(
            "{where} did not answer in time: the host is unreachable, or a firewall is in the way."
        ).format(where=_where(text))
    if "no route to host" in text.lower() or "network is unreachable" in text.lower():
        return _("{where} cannot be reached from this computer (no route to the host).").format(
            where=_where(text)
        )
    if "no pg_hba.conf entry" in text:
        return _(
            "The server does not accept this user and database from this computer (its "
            "pg_hba.conf has no entry for them)."
        )
    if "too many connections" in text or "the database system is starting up" in text:
        return _("The server is busy or starting up; try again in a moment.")
    return None


def server_connection_error(exc: BaseException) -> DatabaseError | None:
    """Our error for a PostgreSQL connection failure (``exc`` or its ``orig``), else None."""
    orig = getattr(exc, "orig", None) or exc
    module = type(orig).__module__
    if isinstance(orig, ImportError) and "psycopg" in str(orig):
        return driver_missing_error()
    if not module.startswith("psycopg"):
        return None
    text = str(orig)
    message = server_message(text)
    if message is None:
        if not text.startswith(("connection failed", "connection to server")):
            return None
        # A failure libpq reports that we have no words for: its first line, our frame.
        first = text.splitlines()[0].split("failed:", 1)[-1].strip()
        message = _("The server could not be connected to: {reason}").format(reason=first[:200])
    log.info("team database connection failed: %s", message)
    return DatabaseError(message)
