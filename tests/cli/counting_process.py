"""A writer for the concurrency test: for ``seconds``, adds 1 to a counter kept in a shared
client (read, add, save — the version check refuses a save over someone else's) and saves a
new interaction of its own; prints one line per acknowledged increment and, at the end, its
counts as JSON.

    python -m tests.cli.counting_process DATABASE CLIENT_ID SECONDS
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date

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
        counts["increments"] += 1
        try:
            dossiers.save_interaction(Interaction(client_id, date(2026, 12, 1), summary="Звонок"))
            counts["interactions"] += 1
        except KamError as exc:
            counts["errors"].append(str(exc))
    print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
