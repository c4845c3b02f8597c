"""Screenshots of the erasure confirmation on the demo (docs/screenshots/erase-person-*.png).

    QT_QPA_PLATFORM=offscreen python tools/erase_screenshots.py ru|en OUT_DIR

The window shows the key client's decision group with Кузнецов selected; the dialog is drawn
centred over it at each window size, as a user would see it (offscreen, top-level windows are
grabbed apart, so the two pictures are put together here).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1366, 768), (1280, 720), (1024, 700))


def main(lang: str, out: Path) -> None:
    data = Path(tempfile.mkdtemp(prefix="kam-erase-shots-"))
    os.environ["KAM_DESKTOP_DATA_DIR"] = str(data)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (data / "settings.ini").write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtTest import QTest

    from kam_desktop.gui.app import build_main_window, create_application
    from kam_desktop.gui.operations import running_operations
    from kam_desktop.gui.person_erase import ErasePersonDialog, _backups_kept
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
    from kam_desktop.services.dossiers import DossierService
    from kam_desktop.services.personal_data import PersonalDataService, plan_lines

    app = create_application([])
    db = Database.open(str(data / "kam.sqlite3"))
    load_demo(db)
    window = build_main_window(db)
    window.show()

    def settle() -> None:
        for _ in range(2000):
            QTest.qWait(10)
            if not running_operations() and not window.dossier.is_loading():
                break
        QTest.qWait(50)

    settle()
    window.dossier.open_client(KEY_CLIENT_ID)
    settle()
    person = next(
        m
        for m in DossierService(db).list_members(KEY_CLIENT_ID)
        if m.full_name.startswith("Кузнецов")
    )
    window.dossier.show_member(person.id)
    settle()
    plan = plan_lines(PersonalDataService(db).erasure_plan(person.id or ""))
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        dialog = ErasePersonDialog(person.full_name, plan, _backups_kept(window.exchange), window)
        dialog.show()
        dialog.adjustSize()
        settle()
        picture = window.grab()
        painter = QPainter(picture)
        shown = dialog.grab()
        corner = QPoint((width - shown.width()) // 2, (height - shown.height()) // 2)
        painter.drawPixmap(corner, shown)
        painter.setPen(QColor("#777777"))  # the frame a window manager would draw
        painter.drawRect(corner.x() - 1, corner.y() - 1, shown.width() + 1, shown.height() + 1)
        painter.end()
        picture.save(str(out / f"erase-person-{lang}-{width}x{height}.png"))
        dialog.close()
    window.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
