"""The Today page's items in sections a KAM scans top-down: what is overdue, what is due today,
this week, later, and the tenders already in preparation (a two-level item model).

Sections by time, not by kind: the question each morning is "what must I do now", and every
kind of item (a call, a birthday, an expiring proposal) can answer it. The kind is a column.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kam_desktop.domain.agenda import AgendaItem, AgendaKind
from kam_desktop.gui.dossier_labels import OVERDUE_COLOR, format_date, ui_locale
from kam_desktop.gui.plain_text import as_text

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
WEEK_DAYS = 7
ItemRole = Qt.ItemDataRole.UserRole + 1  # the AgendaItem of a row (None on a section row)

SECTION_COLOR = QColor("#1a73e8")
NO_FLAGS = Qt.ItemFlag.NoItemFlags
USED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        ItemRole,
    }
)
SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled  # a section title is not selectable
ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class Section(IntEnum):
    OVERDUE = 0
    TODAY = 1
    WEEK = 2
    LATER = 3
    TENDERS = 4
    CONSENT = 5  # last: paperwork, not the morning's calls; would fill «Overdue» otherwise


class Column(IntEnum):
    DATE = 0
    KIND = 1
    WHAT = 2
    CLIENT = 3


def section_title(section: Section) -> str:
    return {
        Section.OVERDUE: QCoreApplication.translate("TodayModel", "Overdue"),
        Section.TODAY: QCoreApplication.translate("TodayModel", "Today"),
        Section.WEEK: QCoreApplication.translate("TodayModel", "This week"),
        Section.LATER: QCoreApplication.translate("TodayModel", "Later"),
        Section.TENDERS: QCoreApplication.translate("TodayModel", "Tenders in preparation"),
        Section.CONSENT: QCoreApplication.translate("TodayModel", "Consent to renew"),
    }[section]


def kind_label(kind: AgendaKind) -> str:
    return {
        AgendaKind.BIRTHDAY: QCoreApplication.translate("TodayModel", "Birthday"),
        AgendaKind.PROPOSAL_EXPIRING: QCoreApplication.translate("TodayModel", "Proposal expires"),
        AgendaKind.PROPOSAL_EXPIRED: QCoreApplication.translate("TodayModel", "Proposal expired"),
        AgendaKind.NEXT_STEP: QCoreApplication.translate("TodayModel", "Next step"),
        AgendaKind.TENDER: QCoreApplication.translate("TodayModel", "Tender"),
        AgendaKind.STALE_CONTACT: QCoreApplication.translate("TodayModel", "Stay in touch"),
        AgendaKind.RENEW_CONSENT: QCoreApplication.translate("TodayModel", "Renew consent"),
    }[kind]


def section_of(item: AgendaItem, today: date) -> Section:
    if item.kind is AgendaKind.RENEW_CONSENT:
        return Section.CONSENT
    if item.overdue or item.date < today:
        return Section.OVERDUE
    if item.kind is AgendaKind.TENDER and item.extra.get("preparation_from", "") <= str(today):
        return Section.TENDERS  # the window is open: work goes on until the tender
    if item.date == today:
        return Section.TODAY
    if item.date <= today + timedelta(days=WEEK_DAYS):
        return Section.WEEK
    return Section.LATER


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def describe(item: AgendaItem) -> str:
    """The What column: the item with what a KAM needs to act (age, relation, cadence)."""
    if item.kind is AgendaKind.BIRTHDAY:
        return _birthday_text(item)
    if item.kind is AgendaKind.STALE_CONTACT:
        last = _iso(item.extra.get("last_contact", ""))
        days = int(item.extra.get("cadence_days", "0") or 0)
        when = format_date(last) if last else QCoreApplication.translate("TodayModel", "never")
        return QCoreApplication.translate(
            "TodayModel", "{name} — last contact {when}, every {days} days"
        ).format(name=item.title, when=when, days=days)
    if item.kind is AgendaKind.TENDER:
        tender_on = _iso(item.extra.get("tender_date", ""))
        starts = _iso(item.extra.get("preparation_from", ""))
        if tender_on == item.date:  # the window is open: the date column is the tender's
            text = QCoreApplication.translate("TodayModel", "{title} — preparing since {start}")
        else:
            text = QCoreApplication.translate(
                "TodayModel", "{title} — preparation starts; the tender is on {date}"
            )
        return text.format(title=item.title, date=format_date(tender_on), start=format_date(starts))
    if item.kind is AgendaKind.RENEW_CONSENT:
        return QCoreApplication.translate(
            "TodayModel", "{name} — consent of {date} is past its {months}-month period"
        ).format(
            name=item.title,
            date=format_date(_iso(item.extra.get("consent_on", ""))),
            months=item.extra.get("consent_months", ""),
        )
    if item.kind is AgendaKind.PROPOSAL_EXPIRED:
        return QCoreApplication.translate(
            "TodayModel", "{title} — still open after its validity date"
        ).format(title=item.title)
    return item.title


def _birthday_text(item: AgendaItem) -> str:
    if item.person and item.person != item.title:  # a relative: "name (member)"
        member = item.person[len(item.title) :].strip().removeprefix("(").removesuffix(")")
        relation = item.extra.get("relation", "")
        who = (
            QCoreApplication.translate("TodayModel", "{name} ({relation} of {member})")
            if relation
            else QCoreApplication.translate("TodayModel", "{name} ({member})")
        )
        text = who.format(name=item.title, relation=relation, member=member)
    else:
        text = item.title
    if item.age is not None:
        text = QCoreApplication.translate("TodayModel", "{who} — turns {age}").format(
            who=text, age=item.age
        )
    return text


def date_text(item: AgendaItem) -> str:
    weekday = ui_locale().dayName(item.date.isoweekday(), ui_locale().FormatType.ShortFormat)
    return f"{weekday} {format_date(item.date)}"


@dataclass
class _Group:
    section: Section
    items: list[AgendaItem]


class TodayModel(QAbstractItemModel):
    """Sections (top level) with their items (children); only non-empty sections are shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._text_cache: dict[int, tuple[str, str, str, str]] = {}  # id(item) → texts
        self.today = date.today()

    # ---- filling ---------------------------------------------------------------------------
    def set_items(self, items: Iterable[AgendaItem], today: date) -> None:
        by_section: dict[Section, list[AgendaItem]] = {s: [] for s in Section}
        for item in items:
            by_section[section_of(item, today)].append(item)
        self.beginResetModel()
        self.today = today
        self._groups = [_Group(s, found) for s, found in by_section.items() if found]
        self._text_cache.clear()
        self.endResetModel()

    def item_count(self) -> int:
        return sum(len(g.items) for g in self._groups)

    def sections(self) -> list[Section]:
        return [g.section for g in self._groups]

    def items_of(self, section: Section) -> list[AgendaItem]:
        return next((list(g.items) for g in self._groups if g.section is section), [])

    def count(self, section: Section) -> int:
        return len(self.items_of(section))

    def item_at(self, index: Index) -> AgendaItem | None:
        parent = index.internalId() if index.isValid() else 0
        if not index.isValid() or parent == 0:
            return None
        return self._groups[parent - 1].items[index.row()]

    def index_of(self, predicate) -> Index:
        """The first item row for which ``predicate(item)`` holds (invalid: none)."""
        for g, group in enumerate(self._groups):
            for row, item in enumerate(group.items):
                if predicate(item):
                    return self.createIndex(row, 0, g + 1)
        return QModelIndex()

    # ---- the model -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not parent.isValid():
            if 0 <= row < len(self._groups):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        group = parent.row()
        if parent.internalId() != 0 or not 0 <= row < len(self._groups[group].items):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, index: Index = ROOT) -> Index:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def hasChildren(self, parent: Index = ROOT) -> bool:
        # Only sections have children: answered without asking for the item rows' counts.
        return not parent.isValid() or (parent.internalId() == 0 and parent.column() == 0)

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.DATE: QCoreApplication.translate("TodayModel", "Date"),
            Column.KIND: QCoreApplication.translate("TodayModel", "What"),
            Column.WHAT: QCoreApplication.translate("TodayModel", "Details"),
            Column.CLIENT: QCoreApplication.translate("TodayModel", "Client"),
        }[Column(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Called for every row when a section is laid out: constants, no enum arithmetic.
        if not index.isValid():
            return NO_FLAGS
        return SECTION_FLAGS if index.internalId() == 0 else ITEM_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Qt asks for a dozen roles per cell on every paint: the unused ones return at once.
        if role not in USED_ROLES or not index.isValid():
            return None
        if index.internalId() == 0:
            return self._section_data(self._groups[index.row()], index.column(), role)
        item = self._groups[index.internalId() - 1].items[index.row()]
        return self._item_data(item, Column(index.column()), role)

    def _section_data(self, group: _Group, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{section_title(group.section)} ({len(group.items)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            color = OVERDUE_COLOR if group.section is Section.OVERDUE else SECTION_COLOR
            return QBrush(color)
        return None

    def _texts(self, item: AgendaItem) -> tuple[str, str, str, str]:
        """The row's four texts, made once per fill (painting asks for them again and again)."""
        texts = self._text_cache.get(id(item))
        if texts is None:
            texts = (date_text(item), kind_label(item.kind), describe(item), item.client)
            self._text_cache[id(item)] = texts
        return texts

    def _item_data(self, item: AgendaItem, column: Column, role: int):
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(item)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.WHAT, Column.CLIENT):
            how = item.extra.get("consent_how", "") if column is Column.WHAT else ""
            if how:  # how the consent was obtained: what the KAM asks for again
                return as_text(
                    QCoreApplication.translate("TodayModel", "{what}\nObtained: {how}").format(
                        what=self._texts(item)[column], how=how
                    )
                )
            return as_text(self._texts(item)[column])
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.DATE and item.overdue:
            return QBrush(OVERDUE_COLOR)
        return None
