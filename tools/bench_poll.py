"""How long the window's poll for others' changes takes (README, Performance).

    python tools/bench_poll.py [DATABASE]

Loads the demo portfolio and one client with 300 members and 300 interactions into a new file
(or uses DATABASE as it is), then times ``DossierService.stamps`` for that client, 50 times.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

POLLS = 50


def main(database: Path | None) -> None:
    os.environ.setdefault("KAM_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="kam-poll-"))
    from kam_desktop.domain.dossier import Client, Interaction, Member
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo
    from kam_desktop.services.dossiers import DossierService

    path = database or Path(tempfile.mkdtemp(prefix="kam-poll-")) / "poll.sqlite3"
    db = Database.open(str(path))
    service = DossierService(db)
    big = next((c for c in service.list_clients() if c.member_count >= 300), None)
    if big is None:
        load_demo(db)
        client = service.save_client(Client(name="300 members"))
        with db.transaction():
            ids = [
                service.save_member(Member(f"Person {n}", client_id=client.id)).saved_id
                for n in range(300)
            ]
            for n in range(300):
                meeting = Interaction(
                    client.saved_id,
                    date(2026, 1, 1),
                    summary=f"Meeting {n}",
                    member_ids=ids[n : n + 2],
                )
                service.save_interaction(meeting)
        client_id = client.saved_id
    else:
        client_id = big.id
    service.stamps(client_id)
    times = []
    for _ in range(POLLS):
        start = time.perf_counter()
        stamps = service.stamps(client_id)
        times.append((time.perf_counter() - start) * 1000)
    records = len(stamps.records or {})
    print(
        f"stamps(): median {statistics.median(times):.1f} ms, max {max(times):.1f} ms "
        f"over {POLLS} polls of {records} records"
    )
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
