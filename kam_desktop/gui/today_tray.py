"""The morning notification: once a day, while the app runs, a tray message lists what is due
today or overdue (the count and the first few). Shown at start-up when not yet shown that day,
and when the date changes while the app runs; switched off in Settings (``notify_daily``).

Where there is no system tray (offscreen, some desktops) nothing is shown and nothing fails.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from kam_desktop.domain.agenda import AgendaItem
from kam_desktop.gui.today_model import describe, kind_label

log = logging.getLogger(__name__)

NOTIFIED_KEY = "today/notified_on"  # the ISO date of the last morning message
FIRST_FEW = 3
MESSAGE_MS = 15_000


def due_now(items: Sequence[AgendaItem], today: date) -> list[AgendaItem]:
    return [i for i in items if i.overdue or i.date <= today]


def notification_text(items: Sequence[AgendaItem], today: date) -> tuple[str, str] | None:
    """(title, body) of the morning message; None when nothing is due."""
    due = due_now(items, today)
    if not due:
        return None
    overdue = sum(1 for i in due if i.overdue or i.date < today)
    title = QCoreApplication.translate("DailyNotifier", "Today: {count} to act on").format(
        count=len(due)
    )
    if overdue:
        title += " " + QCoreApplication.translate("DailyNotifier", "({overdue} overdue)").format(
            overdue=overdue
        )
    lines = [f"• {kind_label(i.kind)}: {describe(i)} — {i.client}" for i in due[:FIRST_FEW]]
    if len(due) > FIRST_FEW:
        lines.append(
            QCoreApplication.translate(
                "DailyNotifier", "…and {more} more in Today (Ctrl+T)"
            ).format(more=len(due) - FIRST_FEW)
        )
    return title, "\n".join(lines)


class DailyNotifier(QObject):
    """The tray icon and its once-a-day message; the controller feeds it the items."""

    open_requested = Signal()  # the message or the icon was clicked: show Today

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.tray: QSystemTrayIcon | None = None

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def is_due(self, today: date) -> bool:
        """A message may be shown: a tray exists and none was shown today."""
        if not self.available():
            return False
        return str(self._settings.value(NOTIFIED_KEY, "") or "") != today.isoformat()

    def notify(self, items: Sequence[AgendaItem], today: date) -> bool:
        """Show the message for ``items`` (once a day); True when one was shown."""
        if not self.is_due(today):
            return False
        self._settings.setValue(NOTIFIED_KEY, today.isoformat())
        text = notification_text(items, today)
        if text is None:
            return False
        tray = self._tray()
        tray.showMessage(text[0], text[1], QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        return True

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            from kam_desktop.gui.app import app_icon

            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("KAM Desktop")
            menu = QMenu(self._window)
            menu.addAction(
                QCoreApplication.translate("DailyNotifier", "Show Today"), self.open_requested.emit
            )
            self.tray.setContextMenu(menu)
            self.tray.messageClicked.connect(self.open_requested)
            self.tray.activated.connect(self._on_activated)
            self.tray.show()
        return self.tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()
