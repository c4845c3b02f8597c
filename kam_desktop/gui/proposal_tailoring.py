"""The tailoring panel: per edition, which parts and blocks the rules chose, why, and switches.

The rules live in ``domain/tailoring.py``; this panel shows an ``EditionPlan``, reports the
KAM's clicks and, as the editor's Tailoring section, keeps them (``load``/``read``; stored with
``with_switch``: only differences from the automatic choice). The editor asks the service for
the new plan.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.proposal import JOINT_EDITION, Proposal
from kam_desktop.domain.tailoring import BlockChoice, EditionPlan, PartChoice, Reason, ReasonKind
from kam_desktop.gui.forms import HINT_STYLE
from kam_desktop.gui.plain_text import as_text, button_text

Tailoring = dict[str, dict[str, bool]]
SWITCHED_STYLE = "color: #8a4b00;"  # the KAM's own choice stands out from the rules' choice
REASON_STYLE = HINT_STYLE + " font-size: 11px;"
BLOCK_INDENT = 22


def with_switch(
    tailoring: Tailoring, edition: str, key: str, on: bool, automatic: bool
) -> Tailoring:
    """A copy with ``key`` switched for ``edition``; a switch equal to the rules is dropped."""
    result = {e: dict(switches) for e, switches in tailoring.items()}
    switches = result.setdefault(edition, {})
    if on == automatic:
        switches.pop(key, None)
    else:
        switches[key] = on
    if not switches:
        del result[edition]
    return result


def part_title(kind: str) -> str:
    """The part as its heading reads in the document (in the UI language)."""
    titles = {
        "executive": QCoreApplication.translate("TailoringPanel", "Exclusive terms (executive)"),
        "people": QCoreApplication.translate(
            "TailoringPanel", "Similar projects and recommendations"
        ),
        "finance": QCoreApplication.translate("TailoringPanel", "Economics and financial result"),
        "technical": QCoreApplication.translate(
            "TailoringPanel", "Technical solution and measured results"
        ),
        "general": QCoreApplication.translate("TailoringPanel", "Our approach"),
        "concerns": QCoreApplication.translate("TailoringPanel", "Answers to your concerns"),
    }
    return titles.get(kind, kind)


def reasons_text(reasons: tuple[Reason, ...], lang: str) -> str:
    return "; ".join(r.text(lang) for r in reasons)


def is_unmatched(block: BlockChoice) -> bool:
    """Left out because nothing in the dossier speaks to it: grouped out of the way."""
    return not block.included and all(r.kind == ReasonKind.NO_MATCH for r in block.reasons)


def _reason_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # dossier words are quoted in reasons
    label.setWordWrap(True)
    label.setStyleSheet(REASON_STYLE)
    return label


class TailoringPanel(QWidget):
    """Shows one edition's plan; ``switched`` reports a click, ``edition_chosen`` the edition."""

    switched = Signal(str, str, bool, bool)  # edition, key, on, automatic
    edition_chosen = Signal(object)  # the addressee id, or None for the whole group

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: EditionPlan | None = None
        self._lang = "en"
        self._read_only = False
        self._expanded: set[str] = set()  # parts whose unmatched blocks are shown
        self._scroll = 0
        self._frames: list[QFrame] = []  # one per part, in the order shown
        self._scroll_timer = QTimer(self)  # dies with the panel, unlike a single-shot lambda
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self._restore_scroll)
        # The KAM's switches per edition (edition → block/part key → on), as the form holds them
        self.switches: dict[str, dict[str, bool]] = {}
        self.boxes: dict[tuple[str, str], QCheckBox] = {}  # (part kind, key) → its switch
        self.edition = QComboBox()
        self.edition.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.edition.setMinimumContentsLength(16)
        self.edition.currentIndexChanged.connect(
            lambda _i: self.edition_chosen.emit(self.edition.currentData())
        )
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may carry a service message
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        self.hint = QLabel(
            self.tr(
                "Ticked parts and blocks are printed in this edition. The rules chose them by "
                "each reader's role, values, decision style and concerns in the dossier; "
                "switch any of them off or on — only this edition changes."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidget(self.body)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Edition:")))
        top.addWidget(self.edition, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.area, 1)
        self.note.hide()

    # ---- the section's load / read ---------------------------------------------------------
    def load(self, proposal: Proposal) -> None:
        self.switches = {e: dict(s) for e, s in proposal.tailoring.items()}

    def read(self, addressee_ids: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
        """The switches for the editions this proposal has (an unticked addressee's wait)."""
        editions = {JOINT_EDITION, *addressee_ids}
        kept = {e: dict(s) for e, s in self.switches.items() if e in editions and s}
        return {"tailoring": kept}, {}

    def apply_switch(self, edition: str, key: str, on: bool, automatic: bool) -> None:
        self.switches = with_switch(self.switches, edition, key, on, automatic)

    # ---- inputs ----------------------------------------------------------------------------
    def set_editions(self, editions: list[tuple[str | None, str]]) -> None:
        """(addressee id or None, label); the chosen edition is kept when still there."""
        keep = self.edition.currentData()
        self.edition.blockSignals(True)
        self.edition.clear()
        self.edition.addItem(self.tr("Whole group (joint edition)"), None)
        for person_id, label in editions:
            self.edition.addItem(label, person_id)
        self.edition.setCurrentIndex(max(self.edition.findData(keep), 0) if keep else 0)
        self.edition.blockSignals(False)

    def select_edition(self, addressee_id: str | None) -> None:
        index = self.edition.findData(addressee_id) if addressee_id else 0
        if index >= 0 and index != self.edition.currentIndex():
            self.edition.blockSignals(True)  # the caller already follows this edition
            self.edition.setCurrentIndex(index)
            self.edition.blockSignals(False)

    def chosen_edition(self) -> str:
        """The key of the chosen edition in ``Proposal.tailoring``."""
        return self.edition.currentData() or JOINT_EDITION

    def set_read_only(self, read_only: bool, note: str = "") -> None:
        self._read_only = read_only
        self.note.setText(note)
        self.note.setVisible(bool(note))
        for box in self.boxes.values():
            box.setEnabled(not read_only and box.property("part_on") is not False)

    def show_message(self, text: str) -> None:
        """An empty state instead of a plan (no addressees yet, or the plan cannot be made)."""
        self._plan = None
        self._clear()
        self.summary.setText(text)
        self.summary.setStyleSheet(HINT_STYLE)

    def show_plan(self, plan: EditionPlan, lang: str) -> None:
        """Rebuild the list for ``plan``, keeping the scroll position and the focused switch."""
        focused = next((k for k, box in self.boxes.items() if box.hasFocus()), None)
        scroll = self.area.verticalScrollBar().value()
        self._plan, self._lang = plan, lang
        self._clear()
        self.summary.setStyleSheet("")
        self.summary.setText(self._summary(plan))
        for part in plan.parts:
            self._add_part(part)
        self.body_layout.addStretch(1)
        self.set_read_only(self._read_only, self.note.text())
        # Show and measure the new rows now: painted before the scroll area re-measured them,
        # they would be squeezed into the old height for a moment.
        for frame in self._frames:
            frame.show()
        self.body_layout.activate()
        QCoreApplication.sendPostedEvents(self.body, QEvent.Type.LayoutRequest)
        if focused in self.boxes:
            self.boxes[focused].setFocus()
        self._scroll = scroll
        self._scroll_timer.start()  # once the new rows have their heights

    def _restore_scroll(self) -> None:
        self.area.verticalScrollBar().setValue(self._scroll)

    # ---- building --------------------------------------------------------------------------
    def _clear(self) -> None:
        self.boxes = {}
        self._frames = []
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()

    def _summary(self, plan: EditionPlan) -> str:
        parts = plan.included_parts()
        blocks = sum(len(p.included_blocks()) for p in parts)
        changed = sum(
            1
            for p in plan.parts
            for choice in (p, *p.blocks)
            if choice.included != choice.automatic
        )
        text = self.tr("Printed — parts: %1, blocks: %2.").replace("%1", str(len(parts)))
        text = text.replace("%2", str(blocks))
        if changed:
            text += " " + self.tr("Changed by you: %1.").replace("%1", str(changed))
        return text

    def _switch(self, part: PartChoice, key: str, text: str, choice) -> QCheckBox:
        box = QCheckBox(button_text(text))
        box.setChecked(choice.included)
        box.setToolTip(as_text(reasons_text(choice.reasons, self._lang)))
        if choice.included != choice.automatic:
            box.setStyleSheet(SWITCHED_STYLE)
        box.toggled.connect(
            lambda on, k=key, auto=choice.automatic: self.switched.emit(
                self._plan.edition if self._plan else JOINT_EDITION, k, on, auto
            )
        )
        self.boxes[(part.kind, key)] = box
        return box

    def _add_part(self, part: PartChoice) -> None:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setSpacing(2)
        box = self._switch(part, part.switch_key, part_title(part.kind), part)
        font = box.font()
        font.setBold(True)
        box.setFont(font)
        layout.addWidget(box)
        layout.addWidget(self._indented(_reason_label(reasons_text(part.reasons, self._lang))))
        shown = [b for b in part.blocks if not is_unmatched(b)]
        hidden = [b for b in part.blocks if is_unmatched(b)]
        for block in shown:
            layout.addWidget(self._block_row(part, block))
        if hidden:
            layout.addWidget(self._unmatched_group(part, hidden))
        self.body_layout.addWidget(frame)
        self._frames.append(frame)

    def _indented(self, widget: QWidget, depth: int = 1) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(BLOCK_INDENT * depth, 0, 0, 0)
        layout.addWidget(widget, 1)
        return row

    def _block_row(self, part: PartChoice, block: BlockChoice) -> QWidget:
        title = block.title
        if block.kind.value == "objection":
            title = self.tr("Answer: %1").replace("%1", block.title)
        box = self._switch(part, block.key, title, block)
        box.setProperty("part_on", part.included)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(BLOCK_INDENT, 0, 0, 2)
        layout.setSpacing(0)
        layout.addWidget(box)
        layout.addWidget(self._indented(_reason_label(reasons_text(block.reasons, self._lang))))
        return row

    def _unmatched_group(self, part: PartChoice, blocks: list[BlockChoice]) -> QWidget:
        group = QWidget()
        layout = QVBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        toggle = QToolButton()
        toggle.setCheckable(True)
        toggle.setAutoRaise(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setText(
            self.tr("Nothing in the dossier matches: %1").replace("%1", str(len(blocks)))
        )
        toggle.setToolTip(
            self.tr("Blocks left out because the dossier records nothing they answer")
        )
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for block in blocks:
            inner.addWidget(self._block_row(part, block))
        expanded = part.kind in self._expanded

        def show(on: bool) -> None:
            content.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
            (self._expanded.add if on else self._expanded.discard)(part.kind)

        toggle.setChecked(expanded)
        toggle.toggled.connect(show)
        show(expanded)
        row = QHBoxLayout()
        row.setContentsMargins(BLOCK_INDENT, 0, 0, 0)
        row.addWidget(toggle)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(content)
        return group
