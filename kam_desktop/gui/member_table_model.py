"""Table model of a client's decision group; sorts and filters itself (no proxy model needed).

The Consent column says at a glance whose consent to keep personal data is missing, outdated
(older than the period of Settings → Today) or recorded without a date; the filter keeps only
the people with none recorded (the decision group's «No consent recorded» toggle).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kam_desktop.domain.consent import (
    DEFAULT_CONSENT_MONTHS,
    ConsentState,
    consent_state,
    valid_until,
)
from kam_desktop.domain.dossier import Member
from kam_desktop.gui.birthday_edit import format_birthday, upcoming_days
from kam_desktop.gui.dossier_labels import (
    attitude_color,
    attitude_label,
    days_hint,
    format_date,
    influence_dots,
)
from kam_desktop.gui.plain_text import as_text
from kam_desktop.gui.record_table_model import ModelIndex, RecordTableModel

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole
ATTITUDE_ORDER = {"supporter": 0, "neutral": 1, "sceptic": 2, "opponent": 3}
# The member editor's consent warning colours: the same alarm in the table and in the card.
CONSENT_WARNING_BACKGROUND = QBrush(QColor("#fff4e0"))
CONSENT_WARNING_FOREGROUND = QBrush(QColor("#8a4b00"))
CONSENT_ORDER = {  # sorted by the consent column: what needs doing first
    ConsentState.MISSING: 0,
    ConsentState.EXPIRED: 1,
    ConsentState.UNDATED: 2,
    ConsentState.VALID: 3,
}


class MemberColumn(IntEnum):
    NAME = 0
    POSITION = 1
    ROLE = 2
    INFLUENCE = 3
    ATTITUDE = 4
    REPORTS_TO = 5
    BIRTHDAY = 6
    LAST_CONTACT = 7
    CONSENT = 8


class MemberTableModel(RecordTableModel[Member]):
    columns = MemberColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role_labels: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._today = date.today()
        self._all: list[Member] = []  # the whole group; ``_rows`` what the filter keeps
        self._consent_months = DEFAULT_CONSENT_MONTHS
        self._missing_only = False

    def headers(self) -> list[str]:
        return [
            self.tr("Full name"),
            self.tr("Position"),
            self.tr("Role"),
            self.tr("Influence"),
            self.tr("Attitude"),
            self.tr("Reports to"),
            self.tr("Birthday"),
            self.tr("Last contact"),
            self.tr("Consent"),
        ]

    def set_members(
        self,
        members: list[Member],
        role_labels: dict[str, str],
        today: date | None = None,
        consent_months: int | None = None,
    ) -> None:
        """The group to show; ``consent_months`` is the period after which consent is
        outdated (None: as before; 0: never)."""
        self.beginResetModel()
        self._all = list(members)
        self._role_labels = dict(role_labels)
        self._names = {m.id: m.full_name for m in members if m.id}
        self._today = today or date.today()
        if consent_months is not None:
            self._consent_months = consent_months
        self._filter_rows()
        self.endResetModel()

    def set_missing_consent_only(self, only: bool) -> None:
        """Show only the people with no consent recorded (or everyone again)."""
        if only == self._missing_only:
            return
        self.beginResetModel()
        self._missing_only = only
        self._filter_rows()
        self.endResetModel()

    def _filter_rows(self) -> None:
        self._rows = [
            m
            for m in self._all
            if not self._missing_only or self.consent(m) is ConsentState.MISSING
        ]
        self._sort_rows()

    def consent(self, member: Member) -> ConsentState:
        return consent_state(
            member.consent_on, member.consent_how, self._today, self._consent_months
        )

    def missing_consent_count(self) -> int:
        """People of the whole group (whatever the filter) with no consent recorded."""
        return sum(1 for m in self._all if self.consent(m) is ConsentState.MISSING)

    def members(self) -> list[Member]:
        return list(self._rows)

    def member_at(self, row: int) -> Member:
        return self._rows[row]

    # ---- QAbstractTableModel --------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(MemberColumn):
            return self.headers()[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        member = self._rows[index.row()]
        column = MemberColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column)
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.ForegroundRole and column == MemberColumn.ATTITUDE:
            return attitude_color(member.attitude)
        if role == Qt.ItemDataRole.FontRole and column == MemberColumn.ATTITUDE:
            font = QFont()
            font.setBold(True)
            return font
        if column == MemberColumn.CONSENT and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            if self.consent(member) not in (ConsentState.MISSING, ConsentState.EXPIRED):
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return CONSENT_WARNING_BACKGROUND
            return CONSENT_WARNING_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(self._tooltip(member, column) or "") or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MemberColumn.INFLUENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, member: Member, column: MemberColumn) -> str:
        if column == MemberColumn.NAME:
            return member.full_name
        if column == MemberColumn.POSITION:
            return member.position
        if column == MemberColumn.ROLE:
            return self._role_labels.get(member.role_code, member.role_code)
        if column == MemberColumn.INFLUENCE:
            return influence_dots(member.influence)
        if column == MemberColumn.ATTITUDE:
            return attitude_label(member.attitude)
        if column == MemberColumn.REPORTS_TO:
            return self._names.get(member.reports_to_id or "", "")
        if column == MemberColumn.BIRTHDAY:
            text = format_birthday(member.birthday)
            days = upcoming_days(member.birthday, self._today)
            return f"{text} · {days_hint(days)}" if days is not None else text
        if column == MemberColumn.CONSENT:
            return self._consent_text(member)
        return format_date(member.last_contact_on)

    def _consent_text(self, member: Member) -> str:
        state = self.consent(member)
        if state is ConsentState.MISSING:
            return self.tr("no")
        if state is ConsentState.UNDATED:
            return self.tr("no date")
        day = format_date(member.consent_on)
        return self.outdated_text(day) if state is ConsentState.EXPIRED else day

    def outdated_text(self, day: str) -> str:
        return self.tr("outdated · %1").replace("%1", day)

    def _consent_tooltip(self, member: Member) -> str:
        state = self.consent(member)
        how = member.consent_how.strip()
        if state is ConsentState.MISSING:
            return self.tr(
                "No consent recorded. Personal data (birthday, family, hobbies) may be kept "
                "only with the person's consent (152-FZ, GDPR)."
            )
        if state is ConsentState.UNDATED:
            return self.tr("Recorded without a date: %1").replace("%1", how)
        assert member.consent_on is not None  # dated: valid or outdated
        obtained = self.tr("Obtained: %1").replace("%1", how or "—")
        if state is ConsentState.EXPIRED:
            return (
                self.tr("Older than %1 months: ask for it again.").replace(
                    "%1", str(self._consent_months)
                )
                + "\n"
                + obtained
            )
        if self._consent_months > 0:
            until = valid_until(member.consent_on, self._consent_months)
            return obtained + "\n" + self.tr("Valid through %1").replace("%1", format_date(until))
        return obtained

    def _tooltip(self, member: Member, column: MemberColumn) -> str | None:
        """Full text of cells a narrow column may cut, and the department beside the name."""
        if column == MemberColumn.INFLUENCE:
            return self.tr("Influence %1 of 5").replace("%1", str(member.influence))
        if column == MemberColumn.CONSENT:
            return self._consent_tooltip(member)
        text = self._display(member, column)
        if column in (MemberColumn.NAME, MemberColumn.POSITION) and member.department:
            return f"{text}\n{member.department}"
        return text or None

    def _sort_key(self, column: int) -> Callable[[Member], Any]:
        today = self._today

        def birthday_key(m: Member) -> int:
            # Soonest upcoming birthday first; unknown or invalid ones last.
            if m.birthday is None or not m.birthday.is_valid():
                return 10_000
            return (m.birthday.next_occurrence(today) - today).days

        keys = {
            MemberColumn.INFLUENCE: lambda m: (m.influence, m.full_name.casefold()),
            MemberColumn.ATTITUDE: lambda m: (
                ATTITUDE_ORDER[m.attitude.value],
                m.full_name.casefold(),
            ),
            MemberColumn.BIRTHDAY: birthday_key,
            MemberColumn.LAST_CONTACT: lambda m: m.last_contact_on or date.min,
            MemberColumn.CONSENT: lambda m: (
                CONSENT_ORDER[self.consent(m)],
                m.consent_on or date.min,
                m.full_name.casefold(),
            ),
        }
        return keys.get(
            MemberColumn(column),
            lambda m: (self._display(m, MemberColumn(column)).casefold(), m.full_name.casefold()),
        )
