"""A writer for the concurrency test: for ``seconds``, adds 1 to a counter kept in a shared
client (read, add, save — the version check refuses a save over someone else's) and saves a
new interaction of its own; prints one line per acknowledged increment and, at the end, its
counts as JSON.

A database error the app does not turn into its own (a PostgreSQL deadlock or serialization
failure: ``user_facing_error`` knows SQLite's codes only) is what a user would get as an error
dialog: it is counted as an error that reached the user, with its SQLSTATE, and the writer goes
on, so the test reports every one instead of dying at the first.

    python -m tests.cli.counting_process DATABASE CLIENT_ID SECONDS

``DATABASE`` is a file path or a database URL (the PostgreSQL pass).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date

from sqlalchemy.exc import DBAPIError

from kam_desktop.domain.dossier import Interaction
from kam_desktop.domain.errors import ConflictError, KamError
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService


def main(path: str, client_id: str, seconds: float) -> None:
    db = Database.open(path)
    dossiers = DossierService(db)
    counts = {"increments": 0, "conflicts": 0, "interactions": 0, "errors": []}
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        client = dossiers.get_client(client_id)
        client.strategy = str(int(client.strategy or "0") + 1)
        try:
            dossiers.save_client(client)
        except ConflictError:
            counts["conflicts"] += 1  # another writer was first: read again, as a user would
            continue
        except KamError as exc:  # what a user would see (say, «database is busy»)
            counts["errors"].append(str(exc))
            continue
        except DBAPIError as exc:  # not one of ours: the user would see an error dialog
            counts["errors"].append(_unexpected(exc))
            continue
        counts["increments"] += 1
        try:
            dossiers.save_interaction(Interaction(client_id, date(2026, 12, 1), summary="Звонок"))
            counts["interactions"] += 1
        except KamError as exc:
            counts["errors"].append(str(exc))
        except DBAPIError as exc:
            counts["errors"].append(_unexpected(exc))
    print(json.dumps(counts), flush=True)


def _unexpected(exc: DBAPIError) -> str:
    orig = exc.orig
    return f"{type(orig).__name__} (SQLSTATE {getattr(orig, 'sqlstate', None)})"


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
