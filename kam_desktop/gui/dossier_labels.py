"""Translated labels and colours for dossier enums, shared by the member and interaction views."""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QColor

from kam_desktop.domain.enums import Attitude, ContactKind, InteractionKind
from kam_desktop.i18n import current_language

ATTITUDE_COLORS: dict[Attitude, str] = {
    Attitude.SUPPORTER: "#2e7d32",
    Attitude.NEUTRAL: "#455a64",
    Attitude.SCEPTIC: "#d35400",
    Attitude.OPPONENT: "#c62828",
}
OVERDUE_COLOR = QColor("#c62828")
DATE_FORMAT = "dd.MM.yyyy"


def attitude_label(attitude: Attitude) -> str:
    return {
        Attitude.SUPPORTER: QCoreApplication.translate("DossierLabels", "supporter"),
        Attitude.NEUTRAL: QCoreApplication.translate("DossierLabels", "neutral"),
        Attitude.SCEPTIC: QCoreApplication.translate("DossierLabels", "sceptic"),
        Attitude.OPPONENT: QCoreApplication.translate("DossierLabels", "opponent"),
    }[attitude]


def attitude_color(attitude: Attitude) -> QColor:
    return QColor(ATTITUDE_COLORS[attitude])


def contact_kind_label(kind: ContactKind) -> str:
    return {
        ContactKind.PHONE: QCoreApplication.translate("DossierLabels", "phone"),
        ContactKind.EMAIL: QCoreApplication.translate("DossierLabels", "e-mail"),
        ContactKind.MESSENGER: QCoreApplication.translate("DossierLabels", "messenger"),
    }[kind]


def interaction_kind_label(kind: InteractionKind) -> str:
    return {
        InteractionKind.MEETING: QCoreApplication.translate("DossierLabels", "meeting"),
        InteractionKind.CALL: QCoreApplication.translate("DossierLabels", "call"),
        InteractionKind.EMAIL: QCoreApplication.translate("DossierLabels", "e-mail"),
        InteractionKind.LETTER: QCoreApplication.translate("DossierLabels", "letter"),
        InteractionKind.EVENT: QCoreApplication.translate("DossierLabels", "event"),
    }[kind]


def influence_dots(influence: int) -> str:
    """1–5 as filled and empty circles: readable at a glance in a table column."""
    level = max(0, min(5, influence))
    return "●" * level + "○" * (5 - level)


def ui_locale() -> QLocale:
    """The locale of the UI language (month names), independent of the system locale."""
    return QLocale(
        QLocale.Language.Russian if current_language() == "ru" else QLocale.Language.English
    )


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def days_hint(days: int) -> str:
    """Today, tomorrow or "in N days" (N ≥ 2 here, so English needs no plural forms)."""
    if days == 0:
        return QCoreApplication.translate("DossierLabels", "today")
    if days == 1:
        return QCoreApplication.translate("DossierLabels", "tomorrow")
    return _plurals().in_days(days)


class DossierLabels(QObject):
    """The plural messages of this context: lupdate (6.11) marks a ``%n`` message as plural
    only in a ``self.tr`` call, not in ``QCoreApplication.translate``."""

    def in_days(self, days: int) -> str:
        return self.tr("in %n days", "", days)


@cache
def _plurals() -> DossierLabels:
    return DossierLabels()
