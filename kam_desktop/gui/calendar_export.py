"""File → Export calendar…: birthdays (members and their families), proposal validity dates and
agreed next steps as one .ics for Outlook, Google Calendar or Thunderbird."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kam_desktop.gui.operations import Outcome

if TYPE_CHECKING:
    from kam_desktop.gui.exchange_controller import ExchangeController


def export_calendar(controller: ExchangeController) -> Outcome:
    """Collect the dates off the GUI thread, ask where, write; settles with the path or None."""
    outcome = Outcome()
    title = QCoreApplication.translate("CalendarExport", "Export calendar")

    def fail(exc: BaseException) -> None:
        controller.report(exc)
        outcome.settle(None)

    def collected(result: tuple[bytes, dict[str, int]]) -> None:
        outcome.settle(_save(controller, title, *result))

    label = QCoreApplication.translate("CalendarExport", "Collecting the dates…")
    controller.run(
        title, label, lambda _p, _c: controller.service.export_calendar(), collected, False
    ).failure(fail).run_in_background()
    return outcome


def _save(
    controller: ExchangeController, title: str, data: bytes, counts: dict[str, int]
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
    suggested = controller.last_folder() / (
        QCoreApplication.translate("CalendarExport", "KAM calendar") + ".ics"
    )
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
