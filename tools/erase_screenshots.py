"""Screenshots of the erasure confirmation on the demo (docs/screenshots/erase-person-*.png).

    QT_QPA_PLATFORM=offscreen python tools/erase_screenshots.py ru|en OUT_DIR

The window shows the key client's decision group with Кузнецов selected; the dialog is drawn
centred over it at each window size, as a user would see it (offscreen, top-level windows are
grabbed apart, so the two pictures are put together here).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shots  # noqa: E402  (tools/shots.py)

SIZES = shots.SIZES


def main(lang: str, out: Path) -> None:
    data = shots.prepare(lang, "erase")

    from kam_desktop.gui.app import build_main_window, create_application
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
        shots.settle(window.dossier.is_loading)

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
        picture = shots.over_window(window, dialog)
        picture.save(str(out / f"erase-person-{lang}-{width}x{height}.png"))
        dialog.close()
    window.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
