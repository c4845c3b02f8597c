"""Screenshots of consent on the demo dossier (docs/screenshots/consent-*.png).

    QT_QPA_PLATFORM=offscreen python tools/consent_screenshots.py ru OUT_DIR

Grabs, at 1024×700, 1280×720 and 1366×768: Today with a «Renew consent» item selected
(``consent-today-*``), the decision group of a client with outdated and missing consent
(``consent-group-*``) and with «No consent recorded» ticked (``consent-filter-*``), and the
portfolio's list (``consent-list-*``); Settings → Today once (``consent-settings-*``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shots  # noqa: E402  (tools/shots.py)

SIZES = shots.SIZES
CLIENT = "СибАгроХолдинг"  # the demo client with an outdated and a missing consent


def main(lang: str, out: Path) -> None:
    data = shots.prepare(lang, "consent")

    from kam_desktop.domain.agenda import AgendaKind
    from kam_desktop.gui.app import build_main_window, create_application
    from kam_desktop.gui.consent_view import show_consent
    from kam_desktop.gui.settings_dialog import SettingsDialog
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import load_demo

    app = create_application([])
    db = Database.open(str(data / "kam.sqlite3"))
    load_demo(db)
    window = build_main_window(db)
    window.show()
    window.open_pending_client()

    settle = shots.settle

    settle()
    out.mkdir(parents=True, exist_ok=True)
    page = window.today.page

    def grab(name: str) -> None:
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            if name == "consent-today":  # the item in view at every size
                page.select(lambda i: i.kind is AgendaKind.RENEW_CONSENT)
                settle()
            window.grab().save(str(out / f"{name}-{lang}-{width}x{height}.png"))

    grab("consent-today")
    client_id = next(c.id for c in window.service.list_clients() if c.name == CLIENT)
    window.open_client(client_id)
    settle()
    dossier = window.dossier
    tab = dossier.decision_group
    assert dossier.tabs is not None and tab is not None
    dossier.tabs.setCurrentWidget(tab)
    settle()
    grab("consent-group")
    tab.consent_filter.setChecked(True)
    settle()
    grab("consent-filter")
    tab.consent_filter.setChecked(False)

    view = show_consent(window)
    for width, height in SIZES:
        view.resize(width, height)
        settle()
        view.grab().save(str(out / f"consent-list-{lang}-{width}x{height}.png"))
    view.close()

    settings = SettingsDialog(window.service, window.settings, window)
    settings.show()
    settings.tabs.setCurrentWidget(settings.agenda)
    settle()
    settings.grab().save(str(out / f"consent-settings-{lang}.png"))
    settings.close()
    window.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
