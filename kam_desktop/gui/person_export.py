"""Share → Export a person's data…: everything the database holds about the person selected in
the decision group, as a readable PDF or JSON, for a subject-access request (152-ФЗ / GDPR).
The command line's ``person-export`` writes the same (``services/personal_data``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kam_desktop.gui.calendar_export import UNSAFE_IN_FILE_NAMES

if TYPE_CHECKING:
    from kam_desktop.gui.exchange_controller import ExchangeController


def export_person_data(controller: ExchangeController, member_id: str, name: str) -> Path | None:
    """Ask where (PDF or JSON, by the name's extension) and write; None when cancelled or the
    write failed (the error is shown)."""
    from kam_desktop.services.personal_data import PersonalDataService

    title = QCoreApplication.translate("PersonExport", "Export a person's data")
    label = QCoreApplication.translate("PersonExport", "personal data")
    safe = UNSAFE_IN_FILE_NAMES.sub("-", f"{name} — {label}").strip(" .-") or "person"
    filters = QCoreApplication.translate("PersonExport", "PDF (*.pdf);;JSON (*.json)")
    path = controller.prompts.save_file(
        controller.window, title, controller.last_folder() / f"{safe}.pdf", filters
    )
    if path is None:
        return None
    if path.suffix.lower() not in (".pdf", ".json"):
        path = path.with_name(path.name + ".pdf")
    try:
        written = PersonalDataService(controller.db).write(member_id, path)
    except Exception as exc:  # noqa: BLE001 - a full disk, a locked file, a deleted person
        controller.report(exc)
        return None
    controller.remember_folder(written)
    controller.status.emit(
        QCoreApplication.translate("PersonExport", "Written: {path}").format(path=written)
    )
    return written
