"""Screenshots of the Export dossier dialog over the window, and of the import preview of a
file without personal details (docs/screenshots/export-dialog-*.png, import-no-personal-*).

    QT_QPA_PLATFORM=offscreen python tools/export_dialog_screenshots.py ru OUT_DIR

At each screen size the window fills the screen and the dialog is drawn where a window
manager centres it, no taller than the screen allows (as on a 1024×700 laptop).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1366, 768), (1280, 720), (1024, 700))
TITLE_BAR = 30  # what a window manager adds above a dialog


def main(lang: str, out: Path) -> None:
    data = Path(tempfile.mkdtemp(prefix="kam-export-shots-"))
    os.environ["KAM_DESKTOP_DATA_DIR"] = str(data)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (data / "settings.ini").write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest

    from kam_desktop.gui.app import build_main_window, create_application
    from kam_desktop.gui.exchange_export_dialog import ExportDialog
    from kam_desktop.gui.exchange_import_preview import ImportPreviewDialog
    from kam_desktop.gui.operations import running_operations
    from kam_desktop.gui.prompts import Prompts
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo
    from kam_desktop.services.exchange import ExchangeService

    app = create_application([])
    db = Database.open(str(data / "kam.sqlite3"))
    load_demo(db)
    window = build_main_window(db)
    window.show()
    window.open_pending_client()

    def settle() -> None:
        for _ in range(2000):
            QTest.qWait(10)
            if not running_operations():
                break
        QTest.qWait(50)

    settle()
    out.mkdir(parents=True, exist_ok=True)
    service = window.service
    clients = service.list_clients()
    current = next(c for c in clients if c.name in ("УралТяжМаш", "UralTyazhMash"))
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        dialog = ExportDialog(clients, current.id, data, Prompts(), window)
        dialog.resize(560, min(640, height - TITLE_BAR - 10))
        dialog.show()
        settle()
        shot = window.grab()
        painter = QPainter(shot)
        x = (width - dialog.width()) // 2
        y = max(TITLE_BAR, (height - dialog.height()) // 2)
        painter.drawPixmap(QPoint(x, y), dialog.grab())
        painter.end()
        shot.save(str(out / f"export-dialog-{lang}-{width}x{height}.png"))
        dialog.close()

    path = data / "handover.kamdossier"
    ExchangeService(db).export_to_file(path, [current.id], without_personal=True)
    other = Database.open(str(data / "colleague.sqlite3"))
    preview = ExchangeService(other).preview_import(path.read_bytes())
    dialog = ImportPreviewDialog(preview, path.name, window)
    dialog.show()
    settle()
    dialog.grab().save(str(out / f"import-no-personal-{lang}.png"))
    dialog.close()
    other.close()
    window.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
