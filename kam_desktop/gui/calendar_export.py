"""File → Export calendar…: birthdays (members and their families), proposal validity dates and
agreed next steps as one .ics for Outlook, Google Calendar or Thunderbird. The dossier header's
Share menu exports the same for the open client only."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kam_desktop.gui.operations import Outcome

if TYPE_CHECKING:
    from kam_desktop.gui.exchange_controller import ExchangeController

UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # as for proposal files


def export_calendar(controller: ExchangeController, client_id: str | None = None) -> Outcome:
    """Collect the dates (of every client, or of ``client_id``'s dossier) off the GUI thread,
    ask where, write; settles with the path or None."""
    outcome = Outcome()
    title = QCoreApplication.translate("CalendarExport", "Export calendar")
    # Resolved on the GUI thread: a deferred start opens the database on first use.
    service, dossiers = controller.service, controller.dossiers

    def fail(exc: BaseException) -> None:
        controller.report(exc)
        outcome.settle(None)

    def work(_progress: object, _cancel: object) -> tuple[bytes, dict[str, int], str]:
        data, counts = service.export_calendar(client_id=client_id)
        name = dossiers.get_client(client_id).name if client_id is not None else ""
        return data, counts, name

    def collected(result: tuple[bytes, dict[str, int], str]) -> None:
        outcome.settle(_save(controller, title, *result))

    label = QCoreApplication.translate("CalendarExport", "Collecting the dates…")
    controller.run(title, label, work, collected, False).failure(fail).run_in_background()
    return outcome


def _file_name(client_name: str) -> str:
    """«KAM calendar.ics», or «Calendar — <client>.ics» for one dossier (no path characters)."""
    if not client_name:
        return QCoreApplication.translate("CalendarExport", "KAM calendar") + ".ics"
    safe = UNSAFE_IN_FILE_NAMES.sub("-", client_name).strip(" .") or "client"
    text = QCoreApplication.translate("CalendarExport", "Calendar — {client}")
    return text.format(client=safe) + ".ics"


def _save(
    controller: ExchangeController,
    title: str,
    data: bytes,
    counts: dict[str, int],
    client_name: str = "",
) -> Path | None:
    window, prompts = controller.window, controller.prompts
    events, todos = counts.get("events", 0), counts.get("todos", 0)
    if not events and not todos:
        prompts.info(
            window,
            title,
            QCoreApplication.translate(
                "CalendarExport",
                "Nothing to put in a calendar yet: no birthdays, proposal validity dates "
                "or next steps with a date.",
            ),
        )
        return None
    suggested = controller.last_folder() / _file_name(client_name)
    file_filter = QCoreApplication.translate("CalendarExport", "iCalendar (*.ics)")
    path = controller.save_file(title, suggested, file_filter, (".ics",), data)
    if path is None:
        return None
    controller.status.emit(
        QCoreApplication.translate(
            "CalendarExport",
            "Saved {events} events and {todos} tasks to {path}. Import the file into Outlook, "
            "Google Calendar or Thunderbird.",
        ).format(events=events, todos=todos, path=path)
    )
    return path
