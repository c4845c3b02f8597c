"""A writer for the kill test: saves interactions one by one through the dossier service and
prints each saved id once its transaction has committed (an acknowledged save).

    python -m tests.cli.saving_process DATABASE CLIENT_ID
"""

from __future__ import annotations

import sys
from datetime import date

from kam_desktop.domain.dossier import Interaction
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService


def main(path: str, client_id: str) -> None:
    db = Database.open(path)
    dossiers = DossierService(db)
    n = 0
    while True:
        n += 1
        saved = dossiers.save_interaction(
            Interaction(
                client_id, date(2026, 12, 1), summary=f"Звонок {n}", next_step="Перезвонить"
            )
        )
        print(saved.saved_id, flush=True)  # after the commit: acknowledged


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
