"""The conflict dialog: a save found the record changed by someone else since it was opened.

It lists only the fields whose values differ — the form's label, «Yours» (the unsaved edit) and
«Theirs» (what is stored now) — with a choice per field, and «Keep all mine», «Take all
theirs», «Save merged». ``save_resolving`` drives it: the merged record is saved against the
stored version, and a save that meets yet another change opens the dialog again. The
comparison and the merge are ``domain/merge_fields.py``; this module only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dossier import Birthday, ContactPoint, FamilyMember, Tender
from kam_desktop.domain.enums import (
    RELIABILITY_CHECKLIST,
    Attitude,
    ClientStatus,
    InteractionKind,
    ReliabilityResult,
)
from kam_desktop.domain.errors import ConflictError
from kam_desktop.domain.merge_fields import Choice, FieldConflict, all_choices, conflict_of, merged
from kam_desktop.gui.dossier_labels import attitude_label, interaction_kind_label
from kam_desktop.gui.forms import HINT_STYLE
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.prompts import UserPrompts
from kam_desktop.i18n import current_language

if TYPE_CHECKING:
    from kam_desktop.services.database import Database

R = TypeVar("R")
MAX_ROUNDS = 5  # saves met by yet another change in a row before we give up asking
VALUE_CHARS = 400  # of a long text shown in a cell (the tooltip holds all of it)


@dataclass
class ConflictTexts:
    """What the dialog says about the record: its name, the form's labels, who changed it."""

    record: str
    labels: Mapping[str, str]
    changed_by: str = ""  # «Борис, 01.12.2026 19:40», or "" when the log does not say
    names: Mapping[str, str] | None = None  # ids → names (people, roles) for lists of ids
    # field → how the form shows its value, for values a plain text would not say well (a
    # proposal's lines as «3 lines, 1 250 000 ₽»); the other fields go through value_text
    formats: Mapping[str, Callable[[Any], str]] | None = None


def value_text(value: Any, names: Mapping[str, str] | None = None) -> str:
    """A field's value as the user reads it in the form."""
    names = names or {}
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        yes = QCoreApplication.translate("ConflictDialog", "yes")
        return yes if value else QCoreApplication.translate("ConflictDialog", "no")
    if isinstance(value, Enum):
        return _enum_text(value)
    if isinstance(value, Decimal):
        from kam_desktop.gui.overview_tab import format_decimal

        return format_decimal(value)
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Birthday):
        return f"{value.day:02d}.{value.month:02d}" + (f".{value.year}" if value.year else "")
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, Mapping):  # the reliability checklist: what is ticked
        lang = current_language()
        ticked = [ru if lang == "ru" else en for k, ru, en in RELIABILITY_CHECKLIST if value.get(k)]
        return "; ".join(ticked) or "—"
    if isinstance(value, list):
        return "; ".join(_item_text(v, names) for v in value)
    return str(value)


def _shown(texts: ConflictTexts, name: str, value: Any, names: Mapping[str, str] | None) -> str:
    """The field's own format when the form gave one, else the plain value text."""
    own = (texts.formats or {}).get(name)
    return own(value) if own is not None else value_text(value, names)


def _names_ids(field: str) -> bool:
    """Fields that hold ids (people, a role code), shown by the names they stand for."""
    return field.endswith(("_id", "_ids")) or field == "role_code"


def _item_text(item: Any, names: Mapping[str, str]) -> str:
    if isinstance(item, ContactPoint):
        return item.value
    if isinstance(item, FamilyMember):
        return f"{item.name} ({item.relation})" if item.relation else item.name
    if isinstance(item, Tender):
        return f"{item.title}, {item.tender_date.strftime('%d.%m.%Y')}"
    return value_text(item, names)


def _enum_text(value: Enum) -> str:
    if isinstance(value, ClientStatus):
        from kam_desktop.gui.client_list_model import status_label

        return status_label(value)
    if isinstance(value, Attitude):
        return attitude_label(value)
    if isinstance(value, InteractionKind):
        return interaction_kind_label(value)
    if isinstance(value, ReliabilityResult):
        return {
            ReliabilityResult.NOT_CHECKED: QCoreApplication.translate("OverviewTab", "Not checked"),
            ReliabilityResult.RELIABLE: QCoreApplication.translate("OverviewTab", "Reliable"),
            ReliabilityResult.ACCEPTABLE: QCoreApplication.translate(
                "OverviewTab", "Acceptable, keep an eye on it"
            ),
            ReliabilityResult.RISKY: QCoreApplication.translate("OverviewTab", "Risky"),
        }[value]
    return str(value.value)


def _cell(text: str) -> QLabel:
    shown = text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"
    label = plain(QLabel(shown))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setToolTip(text if len(text) > VALUE_CHARS else "")
    label.setMinimumWidth(180)
    return label


class ConflictDialog(QDialog):
    """Asks, field by field, which version to keep; ``choices()`` after it was accepted."""

    def __init__(
        self, conflict: FieldConflict, texts: ConflictTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Changed by someone else"))
        who = texts.changed_by or self.tr("another user")
        intro = plain(
            QLabel(
                self.tr(
                    "«%1» was saved by %2 after you opened it. Your edits are not saved yet. "
                    "For each field that differs, choose which value to keep."
                )
                .replace("%1", texts.record)
                .replace("%2", who)
            )
        )
        intro.setWordWrap(True)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        for column, heading in enumerate(
            (self.tr("Field"), self.tr("Yours"), self.tr("Theirs (saved now)"), self.tr("Keep"))
        ):
            label = QLabel(heading)
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, name in enumerate(conflict.fields, start=1):
            label_text = texts.labels.get(name, name).rstrip(":").rstrip("*").strip()
            grid.addWidget(plain(QLabel(label_text)), row, 0, Qt.AlignmentFlag.AlignTop)
            names = texts.names if _names_ids(name) else None
            mine, theirs = (
                _shown(texts, name, getattr(record, name), names)
                for record in (conflict.mine, conflict.theirs)
            )
            grid.addWidget(_cell(mine), row, 1)
            grid.addWidget(_cell(theirs), row, 2)
            keep_mine = QRadioButton(self.tr("mine"))
            take_theirs = QRadioButton(self.tr("theirs"))
            group = QButtonGroup(self)
            group.addButton(keep_mine)
            group.addButton(take_theirs)
            chosen = conflict.defaults.get(name, Choice.MINE)
            (keep_mine if chosen is Choice.MINE else take_theirs).setChecked(True)
            pair = QWidget()
            pair_layout = QVBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(keep_mine)
            pair_layout.addWidget(take_theirs)
            grid.addWidget(pair, row, 3, Qt.AlignmentFlag.AlignTop)
            self.groups[name] = group
            self.radios[name] = (keep_mine, take_theirs)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(conflict.fields) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        hint = plain(
            QLabel(
                self.tr(
                    "Fields you did not touch start as theirs, fields you edited as yours. "
                    "Nothing else of the record differs."
                )
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        self.keep_all_button = QPushButton(self.tr("Keep all mine"))
        self.take_all_button = QPushButton(self.tr("Take all theirs"))
        self.merge_button = QPushButton(self.tr("Save merged"))
        self.merge_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.keep_all_button.clicked.connect(lambda: self.finish(Choice.MINE))
        self.take_all_button.clicked.connect(lambda: self.finish(Choice.THEIRS))
        self.merge_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_all_button)
        buttons.addWidget(self.take_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.merge_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.resize(820, min(620, 220 + 70 * len(conflict.fields)))

    def choose(self, name: str, choice: Choice) -> None:
        keep_mine, take_theirs = self.radios[name]
        (keep_mine if choice is Choice.MINE else take_theirs).setChecked(True)

    def finish(self, choice: Choice) -> None:
        """«Keep all mine» / «Take all theirs»: every field so, and save."""
        for name in self.conflict.fields:
            self.choose(name, choice)
        self.accept()

    def choices(self) -> dict[str, Choice]:
        found = all_choices(self.conflict, Choice.MINE)
        for name, (_mine, theirs) in self.radios.items():
            if theirs.isChecked():
                found[name] = Choice.THEIRS
        return found


def save_resolving(
    parent: QWidget,
    prompts: UserPrompts,
    record: R,
    base: R | None,
    save: Callable[[R], R],
    reread: Callable[[], R],
    texts: Callable[[R], ConflictTexts],
) -> R | None:
    """Save ``record``; when someone else saved it meanwhile, ask which values to keep and
    save the merge against the stored version. None: the user cancelled (nothing saved).

    ``base`` is the record as this user loaded it (fields they left alone start as theirs);
    other errors (validation, a deleted record) propagate to the caller as before.
    """
    for _round in range(MAX_ROUNDS):
        try:
            return save(record)
        except ConflictError:
            theirs = reread()
        conflict = conflict_of(record, theirs, base)
        if conflict.fields:
            dialog = ConflictDialog(conflict, texts(theirs), parent)
            if not prompts.run_dialog(dialog):
                return None
            record = merged(conflict, dialog.choices())
        else:  # they saved the same values: save against their version, nothing to ask
            record = merged(conflict, {})
        base = theirs
    raise ConflictError(
        QCoreApplication.translate(
            "ConflictDialog", "The record keeps being changed elsewhere; try again in a moment."
        )
    )


def changed_by(db: Database, entity_id: str) -> str:
    """«Борис, 01.12.2026 19:40» from the change log's newest entry of the record ("" if none)."""
    from kam_desktop.gui.change_history_view import author_text, local_time
    from kam_desktop.services.change_history import ChangeHistoryService

    entry = ChangeHistoryService(db).last_change(entity_id)
    return f"{author_text(entry)}, {local_time(entry)}" if entry is not None else ""
