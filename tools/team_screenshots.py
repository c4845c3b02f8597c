"""Screenshots of File → Team database (PostgreSQL)… (docs/screenshots/team-database-*.png).

    QT_QPA_PLATFORM=offscreen python tools/team_screenshots.py ru OUT_DIR [POSTGRES_URL]

The dialog is drawn over the main window (on the demo dossier) at each screen size, filled in
and after «Test connection»: against POSTGRES_URL when given (the answer a reachable server
gives), else against a closed port (the error). Also the fields' messages
(``team-database-errors-*``) and the start-up offer of the local database
(``team-database-offer-*``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1366, 768), (1280, 720), (1024, 700))


def main(lang: str, out: Path, server: str | None = None) -> None:
    data = Path(tempfile.mkdtemp(prefix="kam-team-shots-"))
    os.environ["KAM_DESKTOP_DATA_DIR"] = str(data)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (data / "settings.ini").write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtTest import QTest
    from sqlalchemy.engine import make_url

    from kam_desktop.gui.app import build_main_window, create_application
    from kam_desktop.gui.operations import running_operations
    from kam_desktop.gui.team_dialog import TeamDatabaseDialog, local_database_offer
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo
    from kam_desktop.storage.server_errors import server_message

    app = create_application([])
    db = Database.open(str(data / "kam.sqlite3"))
    load_demo(db)
    window = build_main_window(db)
    window.show()

    def settle() -> None:
        for _ in range(2000):
            QTest.qWait(10)
            if not running_operations():
                break
        QTest.qWait(50)

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
        picture = window.grab()
        painter = QPainter(picture)
        shot = dialog.grab()
        corner = QPoint((width - shot.width()) // 2, (height - shot.height()) // 2)
        painter.drawPixmap(corner, shot)
        painter.setPen(QColor("#80868b"))  # the frame a window manager would draw
        painter.drawRect(corner.x() - 1, corner.y() - 1, shot.width() + 1, shot.height() + 1)
        painter.end()
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
