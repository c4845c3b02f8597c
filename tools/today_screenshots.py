"""Screenshots of the Today page on the demo dossier (docs/screenshots/today-*.png).

    QT_QPA_PLATFORM=offscreen python tools/today_screenshots.py ru OUT_DIR [DATABASE]

The demo's dates are relative to the day it is loaded, so its Today is never empty. Also
grabs the Settings dialog and the mark-done dialog for a look (today-settings-*, today-done-*).
With a DATABASE (a copy of the benchmark database, say) only the page is grabbed, as
``today-big-*``: a portfolio whose kinds run into thousands shows the first of each.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1366, 768), (1280, 720), (1024, 700))


def main(lang: str, out: Path, database: Path | None = None) -> None:
    data = Path(tempfile.mkdtemp(prefix="kam-today-shots-"))
    os.environ["KAM_DESKTOP_DATA_DIR"] = str(data)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (data / "settings.ini").write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")

    from PySide6.QtTest import QTest

    from kam_desktop.gui.app import build_main_window, create_application
    from kam_desktop.gui.operations import running_operations
    from kam_desktop.gui.settings_dialog import SettingsDialog
    from kam_desktop.gui.today_dialogs import MarkDoneDialog
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo

    app = create_application([])
    db = Database.open(str(database or data / "kam.sqlite3"))
    if database is None:
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
    name = "today-big" if database else "today"
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        window.grab().save(str(out / f"{name}-{lang}-{width}x{height}.png"))
    if database is not None:
        window.close()
        db.close()
        return
    page = window.today.page
    page.select(lambda i: i.kind.value == "next-step")
    dialog = MarkDoneDialog(page.current_item(), window)
    dialog.show()
    settle()
    dialog.grab().save(str(out / f"today-done-{lang}.png"))
    dialog.close()
    settings = SettingsDialog(window.service, window.settings, window)
    settings.show()
    settle()
    settings.grab().save(str(out / f"settings-general-{lang}.png"))
    settings.tabs.setCurrentWidget(settings.agenda)
    settle()
    settings.grab().save(str(out / f"today-settings-{lang}.png"))
    settings.close()
    window.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
