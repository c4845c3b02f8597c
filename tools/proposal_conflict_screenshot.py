"""The conflict dialog over the proposal editor (docs/screenshots/proposal-conflict-*.png).

    QT_QPA_PLATFORM=offscreen python tools/proposal_conflict_screenshot.py ru OUT_DIR

Two users on one database file: the colleague saves the draft's title, payment terms and lines
while this user edits the title; saving in the editor opens the dialog, drawn over the editor
as on screen (see tools/teamwork_screenshots.py), at 1024×700.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shots  # noqa: E402  (tools/shots.py)

WIDTH, HEIGHT = 1024, 700


def main(lang: str, out: Path) -> None:
    data = shots.prepare(lang, "proposal-conflict")
    me, colleague = (
        ("Анна Смирнова", "Борис Котов") if lang == "ru" else ("Anna Smith", "Boris Cole")
    )

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog

    from kam_desktop.domain.proposal import LineItem
    from kam_desktop.gui.app import create_application
    from kam_desktop.gui.conflict_dialog import ConflictDialog
    from kam_desktop.gui.dossier_prompts import Prompts
    from kam_desktop.gui.proposal_editor import ProposalEditor
    from kam_desktop.local_settings import USER_NAME_ENV
    from kam_desktop.services.database import Database
    from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
    from kam_desktop.services.dossiers import DossierService
    from kam_desktop.services.proposals import ProposalService

    app = create_application([])
    path = data / "kam.sqlite3"
    db = Database.open(str(path))
    os.environ[USER_NAME_ENV] = me
    load_demo(db)
    service, dossiers = ProposalService(db), DossierService(db)
    members = dossiers.get_dossier(KEY_CLIENT_ID).members
    lines = [
        LineItem("Внедрение MES, цех 2", quantity=Decimal(1), unit_price=Decimal(1_000_000)),
        LineItem("Обучение операторов", quantity=Decimal(2), unit_price=Decimal(125_000)),
    ]
    draft = service.save(
        replace(
            service.new_proposal(KEY_CLIENT_ID),
            title="Внедрение MES",
            addressee_ids=[members[0].saved_id],
            line_items=lines,
            payment_terms="100 % предоплата",
        )
    )
    editor = ProposalEditor(service, dossiers)
    editor.resize(WIDTH, HEIGHT)
    editor.load(draft, members)
    editor.show()
    QTest.qWait(300)

    other_db = Database.open(str(path))
    other = ProposalService(other_db)
    os.environ[USER_NAME_ENV] = colleague
    theirs = other.get(draft.saved_id)
    other.save(
        replace(
            theirs,
            title="Внедрение MES, второй этап",
            payment_terms="30 % аванс в течение 10 рабочих дней, остальное по этапам",
            line_items=theirs.line_items[:1],
        )
    )
    os.environ[USER_NAME_ENV] = me
    editor.title_edit.setText("Внедрение MES в цехах 2 и 5")
    editor.title_edit.textEdited.emit(editor.title_edit.text())
    QTest.qWait(200)

    class Shoot(Prompts):
        def run_dialog(self, dialog: QDialog) -> bool:
            if not isinstance(dialog, ConflictDialog):
                return super().run_dialog(dialog)
            dialog.resize(min(820, WIDTH - 80), min(dialog.height(), HEIGHT - 120))
            dialog.show()
            QTest.qWait(200)
            picture = shots.over_window(editor, dialog, dim=True)
            out.mkdir(parents=True, exist_ok=True)
            picture.save(str(out / f"proposal-conflict-{lang}-{WIDTH}x{HEIGHT}.png"))
            dialog.reject()
            return False

    editor.prompts = Shoot()
    editor.save()
    editor.close()
    other_db.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
