"""Screenshots of working as a team (docs/screenshots/team-*.png), on the demo portfolio.

    QT_QPA_PLATFORM=offscreen python tools/teamwork_screenshots.py ru OUT_DIR

Two users on one database file (two ``Database`` objects, named by KAM_DESKTOP_USER) edit the
first key client; the shots are the dossier's «Change history» tab, the conflict dialog a save
opens after the other user's change (drawn over the window, as on screen), and the bar shown
when the other user changed the dossier while this one has unsaved edits — each at
1366×768, 1280×720 and 1024×700; and Settings with the name in the team (team-settings-*).
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

SIZES = ((1366, 768), (1280, 720), (1024, 700))


def main(lang: str, out: Path) -> None:
    data = Path(tempfile.mkdtemp(prefix="kam-team-shots-"))
    os.environ["KAM_DESKTOP_DATA_DIR"] = str(data)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (data / "settings.ini").write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")
    me, colleague = (
        ("Анна Смирнова", "Борис Котов") if lang == "ru" else ("Anna Smith", "Boris Cole")
    )

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog

    from kam_desktop.domain.enums import ClientStatus
    from kam_desktop.gui.app import build_main_window, create_application
    from kam_desktop.gui.conflict_dialog import ConflictDialog
    from kam_desktop.gui.operations import running_operations
    from kam_desktop.gui.prompts import Prompts
    from kam_desktop.local_settings import USER_NAME_ENV
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo
    from kam_desktop.services.dossiers import DossierService

    def settle() -> None:
        for _ in range(2000):
            QTest.qWait(10)
            if not running_operations():
                break
        QTest.qWait(80)

    app = create_application([])
    path = data / "kam.sqlite3"
    db = Database.open(str(path))
    os.environ[USER_NAME_ENV] = me
    load_demo(db)
    other_db = Database.open(str(path))
    other = DossierService(other_db)
    mine = DossierService(db)
    client = next(c for c in mine.list_clients() if c.status is ClientStatus.KEY)
    client_id = client.id
    people = mine.list_members(client_id)
    os.environ[USER_NAME_ENV] = colleague
    other.save_client(
        replace(other.get_client(client_id), region=other.get_client(client_id).region + " ")
    )
    other.save_member(replace(other.get_member(people[0].saved_id), hobbies="горные лыжи, шахматы"))
    os.environ[USER_NAME_ENV] = me
    mine.save_member(replace(mine.get_member(people[1].saved_id), position="Финансовый директор"))

    window = build_main_window(db)
    window.change_watch.timer.stop()  # the shots decide when to look
    window.show()
    window.dossier.open_client(client_id)
    settle()
    view = window.dossier
    view.tabs.setCurrentWidget(view.history)
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        window.grab().save(str(out / f"team-history-{lang}-{width}x{height}.png"))

    # The other user saves the client while this one edits it: the bar, then the dialog.
    view.tabs.setCurrentWidget(view.overview)
    view.overview.industry.setText(view.overview.industry.text() + " / энергетика")
    view.overview.strategy.setPlainText("Расширить поставки на второй завод в 2027 году.")
    os.environ[USER_NAME_ENV] = colleague
    theirs = other.get_client(client_id)
    other.save_client(
        replace(
            theirs, strategy="Удержать долю: тендер на сервис в марте.", website="promteh.example"
        )
    )
    os.environ[USER_NAME_ENV] = me
    window.change_watch.poll()
    settle()
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        window.grab().save(str(out / f"team-stale-bar-{lang}-{width}x{height}.png"))

    class Shoot(Prompts):
        def run_dialog(self, dialog: QDialog) -> bool:
            if not isinstance(dialog, ConflictDialog):
                return super().run_dialog(dialog)
            for width, height in SIZES:
                window.resize(width, height)
                dialog.resize(min(820, width - 80), min(dialog.height(), height - 120))
                dialog.show()
                settle()
                picture = window.grab()
                painter = QPainter(picture)
                painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the window behind
                x = (width - dialog.width()) // 2
                y = (height - dialog.height()) // 2
                painter.drawPixmap(QPoint(x, y), dialog.grab())
                painter.setPen(QColor("#555"))
                painter.drawRect(x - 1, y - 1, dialog.width() + 1, dialog.height() + 1)
                painter.end()
                picture.save(str(out / f"team-conflict-{lang}-{width}x{height}.png"))
            dialog.reject()
            return False

    view.overview.prompts = Shoot()
    view.overview.save()
    from kam_desktop.gui.settings_dialog import SettingsDialog

    settings = SettingsDialog(window.service, window.settings, window)
    settings.show()
    settle()
    settings.grab().save(str(out / f"team-settings-{lang}.png"))
    settings.user_name.clear()  # the hint when the name is not set
    settle()
    settings.grab().save(str(out / f"team-settings-no-name-{lang}.png"))
    settings.close()
    window.close()
    other_db.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
