"""Screenshots of the Export dossier dialog over the window, and of the import preview of a
file without personal details (docs/screenshots/export-dialog-*.png, import-no-personal-*).

    QT_QPA_PLATFORM=offscreen python tools/export_dialog_screenshots.py ru OUT_DIR

At each screen size the window fills the screen and the dialog is drawn where a window
manager centres it, no taller than the screen allows (as on a 1024×700 laptop).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shots  # noqa: E402  (tools/shots.py)

SIZES = shots.SIZES
TITLE_BAR = 30  # what a window manager adds above a dialog


def main(lang: str, out: Path) -> None:
    data = shots.prepare(lang, "export")

    from kam_desktop.gui.app import build_main_window, create_application
    from kam_desktop.gui.exchange_export_dialog import ExportDialog
    from kam_desktop.gui.exchange_import_preview import ImportPreviewDialog
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

    settle = shots.settle

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
        shot = shots.over_window(window, dialog, top=TITLE_BAR)
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
