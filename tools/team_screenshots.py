"""Screenshots of File → Team database (PostgreSQL)… (docs/screenshots/team-database-*.png).

    QT_QPA_PLATFORM=offscreen python tools/team_screenshots.py ru OUT_DIR [POSTGRES_URL]

The dialog is drawn over the main window (on the demo dossier) at each screen size, filled in
and after «Test connection»: against POSTGRES_URL when given (the answer a reachable server
gives), else against a closed port (the error). Also the fields' messages
(``team-database-errors-*``) and the start-up offer of the local database
(``team-database-offer-*``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shots  # noqa: E402  (tools/shots.py)

SIZES = shots.SIZES


def main(lang: str, out: Path, server: str | None = None) -> None:
    data = shots.prepare(lang, "team")

    from sqlalchemy.engine import make_url

    from kam_desktop.gui.app import build_main_window, create_application
    from kam_desktop.gui.team_dialog import TeamDatabaseDialog, local_database_offer
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo
    from kam_desktop.storage.server_errors import server_message

    app = create_application([])
    db = Database.open(str(data / "kam.sqlite3"))
    load_demo(db)
    window = build_main_window(db)
    window.show()

    settle = shots.settle

    url = make_url(server) if server else None
    dialog = TeamDatabaseDialog(window.prompter, window)
    dialog.host.setText(url.host if url and url.host else "127.0.0.1")
    dialog.port.setText(str(url.port or 5432) if url else "1")
    dialog.database.setText(url.database if url and url.database else "kam_team")
    dialog.user.setText(url.username if url and url.username else "ivanova")
    dialog.password.setText(url.password if url and url.password else "secret")
    dialog.show()
    dialog.test_connection()
    settle()
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        picture = shots.over_window(window, dialog)
        picture.save(str(out / f"team-database-{lang}-{width}x{height}.png"))

    for edit in (dialog.host, dialog.database, dialog.user):
        edit.clear()
    dialog.port.setText("54x")
    dialog.save()
    settle()
    dialog.grab().save(str(out / f"team-database-errors-{lang}.png"))
    dialog.close()

    refused = 'connection to server at "10.0.0.5", port 5432 failed: Connection refused'
    box = local_database_offer(RuntimeError(server_message(refused)))
    box.show()
    settle()
    box.grab().save(str(out / f"team-database-offer-{lang}.png"))
    box.close()
    window.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
