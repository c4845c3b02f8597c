"""The Map tab of a dossier: the decision group as an org chart, with coverage beside it.

The scene (``gui/relationship_map_scene``) is drawn from the same ``RelationshipMap`` as the PNG
and PDF files. Nodes can be dragged; where they are dropped is kept
(``RelationshipService.keep_positions``), so the next opening shows them there. Informal links
are added from a node's context menu and removed from a link's. Export goes through the
service, so the window writes the file the command line does.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.coverage import AccountWarning
from kam_desktop.domain.dossier import Dossier, Member
from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.relationship_map import (
    ATTITUDE_COLOURS,
    LINK_COLOURS,
    REPORTING_LINE_COLOUR,
    LinkKind,
    MemberLink,
)
from kam_desktop.gui.forms import HINT_STYLE, empty_state_page
from kam_desktop.gui.operations import Operation
from kam_desktop.gui.plain_text import as_text, plain
from kam_desktop.gui.prompts import Prompts, UserPrompts
from kam_desktop.gui.relationship_map_scene import ZOOM_STEP, MapCanvas
from kam_desktop.gui.status_messages import exported_message, show_status
from kam_desktop.i18n import current_language
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.relationship import MapSheet, RelationshipService

log = logging.getLogger(__name__)
MEMBER_ROLE = Qt.ItemDataRole.UserRole


class RelationshipMapTab(QWidget):
    """The client's map | the account coverage; drag, link, export."""

    changed = Signal()  # the dossier's other tabs need not refresh for the map; kept for the view
    member_activated = Signal(str)  # open this member in the Decision group tab
    add_members_requested = Signal()  # the empty state's button

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("RelationshipMapTab", "Relationship map")

    def __init__(
        self,
        service: DossierService | RelationshipService,
        prompts: UserPrompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        db = service.db
        self.service = (
            service if isinstance(service, RelationshipService) else (RelationshipService(db))
        )
        self.prompts: UserPrompts = prompts or Prompts()
        self._client_id: str | None = None
        self._stale = True
        self.sheet: MapSheet | None = None
        self.canvas = MapCanvas()
        self.read_only = bool(getattr(db, "read_only", False))  # drags and links not kept
        self.canvas.movable = not self.read_only
        self.canvas.node_menu_factory = self.node_menu
        self.canvas.link_menu_factory = self.link_menu
        self.canvas.moved.connect(self._keep_moved)
        self.canvas.member_activated.connect(self.member_activated)
        self.coverage = QListWidget()
        self.score_label = plain(QLabel())
        self.message = plain(QLabel())
        self._removed: MemberLink | None = None  # what «Undo» puts back
        self.undo_button = QPushButton(self.tr("Undo: put the link back"))
        self.undo_button.setToolTip(self.tr("Put back the link just removed"))
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        self.fit_button = QPushButton(self.tr("Fit to window"))
        self.reset_button = QPushButton(self.tr("Reset layout"))
        self.png_button = QPushButton(self.tr("Save as PNG…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.add_members_button = QPushButton(self.tr("Go to the decision group"))
        self.stack = QStackedWidget()
        self._build()

    # ---- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.fit_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.pdf_button)
        self.fit_button.setToolTip(self.tr("Show the whole map (Ctrl+0)"))
        self.reset_button.setToolTip(
            self.tr("Forget where people were dragged: the org chart again")
        )

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        heading = plain(QLabel(self.tr("Coverage")))
        heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        side_layout.addWidget(heading)
        side_layout.addWidget(self.score_label)
        self.coverage.setWordWrap(True)
        self.coverage.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.coverage.setSpacing(2)
        self.coverage.itemClicked.connect(self._warning_clicked)
        self.coverage.itemActivated.connect(self._warning_clicked)
        side_layout.addWidget(self.coverage, 1)
        side_layout.addWidget(self._legend())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 250])
        self.splitter.setChildrenCollapsible(False)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(6, 6, 6, 6)
        content_layout.addLayout(buttons)
        content_layout.addWidget(self.splitter, 1)
        self.message.setStyleSheet(HINT_STYLE)
        self.message.setWordWrap(True)  # a long path or the hint must not widen the window
        self.message.setText(self.hint())
        content_layout.addWidget(self.message)
        content_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)

        empty = empty_state_page(
            self.tr(
                "No decision group yet, so there is no map. Add the people who decide in the "
                "Decision group tab and say whom each reports to: the map draws them as an org "
                "chart, coloured by attitude and sized by influence."
            ),
            self.add_members_button,
        )
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.fit_button.clicked.connect(self.canvas.fit_all)
        self.reset_button.clicked.connect(self.reset_layout)
        self.png_button.clicked.connect(lambda: self.export("png"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.add_members_button.clicked.connect(self.add_members_requested)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+0", self.canvas.fit_all),
            ("Ctrl++", lambda: self.canvas.zoom_by(ZOOM_STEP)),
            ("Ctrl+=", lambda: self.canvas.zoom_by(ZOOM_STEP)),
            ("Ctrl+-", lambda: self.canvas.zoom_by(1 / ZOOM_STEP)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def hint(self) -> str:
        return self.tr(
            "Drag people to arrange them (kept); right-click a person to link them, a link to "
            "remove it; double-click to open; Ctrl+wheel zooms."
        )

    def _legend(self) -> QWidget:
        """Coloured dots and line samples beside plain words (no rich text anywhere)."""
        legend = QWidget()
        grid = QGridLayout(legend)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        rows = [
            (ATTITUDE_COLOURS[Attitude.SUPPORTER], "●", self.tr("supporter")),
            (ATTITUDE_COLOURS[Attitude.NEUTRAL], "●", self.tr("neutral")),
            (ATTITUDE_COLOURS[Attitude.SCEPTIC], "●", self.tr("sceptic")),
            (ATTITUDE_COLOURS[Attitude.OPPONENT], "●", self.tr("opponent")),
            (REPORTING_LINE_COLOUR, "──▶", self.tr("reports to")),
            (LINK_COLOURS["influences"], "- -▶", self.tr("influences")),
            (LINK_COLOURS["friendly"], "- - -", self.tr("friendly with")),
        ]
        for row, (colour, sample, text) in enumerate(rows):
            mark = plain(QLabel(sample))
            mark.setStyleSheet(f"color: {colour};")
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(plain(QLabel(text)), row, 1)
        size = plain(QLabel(self.tr("The bigger the circle, the more influence.")))
        size.setWordWrap(True)
        grid.addWidget(size, len(rows), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return legend

    # ---- the dossier's tab interface ------------------------------------------------------------
    def load(self, dossier: Dossier) -> None:
        """A client was opened: draw its map now if the tab is shown, else when it is."""
        if dossier.client.id != self._client_id:  # another client: nothing of theirs to undo
            self._removed = None
            self.undo_button.hide()
        self._client_id = dossier.client.id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def people_changed(self) -> None:
        """Members were saved or deleted elsewhere: redraw on next show."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def has_unsaved_changes(self) -> bool:
        return False  # every drag and link is stored at once

    def discard_or_save(self) -> bool:
        return True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # ---- drawing ----------------------------------------------------------------------------------
    def refresh(self, fit: bool = True) -> None:
        if self._client_id is None:
            return
        try:
            sheet = self.service.sheet(self._client_id, lang=current_language())
        except KamError as exc:
            self.prompts.report_error(self, exc)
            return
        self._stale = False
        self.show_sheet(sheet, fit)

    def show_sheet(self, sheet: MapSheet, fit: bool = True) -> None:
        selected = self.selected_member()
        self.sheet = sheet
        if not sheet.members:
            self.stack.setCurrentIndex(0)
            self.canvas.scene().clear()
            self.canvas.nodes, self.canvas.edges = {}, []
            return
        self.stack.setCurrentIndex(1)
        self.reset_button.setEnabled(not self.read_only)
        self.canvas.show_sheet(sheet)
        self._show_coverage(sheet.warnings, sheet.score)
        if fit:
            self.canvas.fit_all()
        if selected in self.canvas.nodes:
            self.canvas.nodes[selected].setSelected(True)

    def _show_coverage(self, warnings: list[AccountWarning], score: int) -> None:
        self.score_label.setText(self.tr("Coverage score: %1 %").replace("%1", str(score)))
        self.coverage.clear()
        if not warnings:
            item = QListWidgetItem(
                self.tr(
                    "Nothing missing: the main roles, a champion and an executive sponsor are "
                    "there, and key people are in touch."
                )
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.coverage.addItem(item)
            return
        for warning in warnings:
            item = QListWidgetItem("⚠ " + warning.message)
            item.setData(MEMBER_ROLE, warning.member_id)
            tip = self.tr("Click to show this person on the map.") if warning.member_id else ""
            item.setToolTip(as_text(warning.message + ("\n" + tip if tip else "")))
            self.coverage.addItem(item)

    def _warning_clicked(self, item: QListWidgetItem) -> None:
        member_id = item.data(MEMBER_ROLE)
        if member_id:
            self.canvas.select_member(str(member_id))

    def selected_member(self) -> str | None:
        for mid, item in self.canvas.nodes.items():
            if item.isSelected():
                return mid
        return None

    # ---- commands -------------------------------------------------------------------------------
    def _keep_moved(self, positions: dict[str, tuple[float, float]]) -> None:
        if self._client_id is None:
            return
        try:
            self.service.keep_positions(self._client_id, positions)
        except KamError as exc:
            self.prompts.report_error(self, exc)
            self.refresh(fit=False)
            return
        for mid in positions:
            item = self.canvas.nodes.get(mid)
            if item is not None:
                item.node = replace(item.node, pinned=True)
                item.set_outline(item.isSelected())
        self.message.setText(self.tr("The new place is kept."))

    def reset_layout(self) -> None:
        if self._client_id is None:
            return
        try:
            self.service.reset_layout(self._client_id)
        except KamError as exc:
            self.prompts.report_error(self, exc)
            return
        self.refresh()
        self.message.setText(self.tr("Back to the org chart by reports-to."))

    def _members(self) -> dict[str, Member]:
        return {m.saved_id: m for m in (self.sheet.members if self.sheet else []) if m.id}

    def node_menu(self, member_id: str) -> QMenu | None:
        """Open / Influences ▸ / Friendly with ▸ for one person."""
        members = self._members()
        if member_id not in members or self.sheet is None:
            return None
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open in the decision group"))
        open_action.triggered.connect(lambda: self.member_activated.emit(member_id))
        if self.read_only:
            return menu
        others = sorted(
            (m for m in members.values() if m.id != member_id), key=lambda m: m.full_name.casefold()
        )
        for kind, title in (
            (LinkKind.INFLUENCES, self.tr("Influences")),
            (LinkKind.FRIENDLY, self.tr("Friendly with")),
        ):
            submenu = menu.addMenu(title)
            submenu.setObjectName(f"link-{kind.value}")
            taken = self._linked(member_id, kind)
            for other in others:
                action = submenu.addAction(other.full_name.replace("&", "&&"))
                action.setData(other.saved_id)
                action.setEnabled(other.saved_id not in taken)
                action.triggered.connect(
                    lambda _c=False, k=kind, o=other.saved_id: self.add_link(member_id, o, k)
                )
            submenu.setEnabled(bool(others))
        return menu

    def _linked(self, member_id: str, kind: LinkKind) -> set[str]:
        links = self.sheet.links if self.sheet else []
        found = {
            lk.to_member_id for lk in links if lk.kind == kind and lk.from_member_id == member_id
        }
        if kind == LinkKind.FRIENDLY:
            found |= {
                lk.from_member_id
                for lk in links
                if lk.kind == kind and lk.to_member_id == member_id
            }
        return found

    def link_menu(self, link_id: str) -> QMenu:
        menu = QMenu(self)
        action = menu.addAction(self.tr("Remove this link…"))
        action.setEnabled(not self.read_only)
        action.triggered.connect(lambda: self.remove_link(link_id))
        return menu

    def add_link(self, from_id: str, to_id: str, kind: LinkKind) -> bool:
        if self._client_id is None:
            return False
        try:
            self.service.add_link(MemberLink(self._client_id, from_id, to_id, kind))
        except KamError as exc:
            self.prompts.report_error(self, exc)
            return False
        self.refresh(fit=False)
        self.message.setText(self.tr("Link added."))
        return True

    def remove_link(self, link_id: str) -> bool:
        link = next(
            (lk for lk in (self.sheet.links if self.sheet else []) if lk.id == link_id), None
        )
        if link is None:
            return False
        members = self._members()
        first = members[link.from_member_id].full_name if link.from_member_id in members else "?"
        second = members[link.to_member_id].full_name if link.to_member_id in members else "?"
        if link.kind == LinkKind.INFLUENCES:
            what = self.tr("«%1» influences «%2»")
        else:
            what = self.tr("«%1» is friendly with «%2»")
        what = what.replace("%1", first).replace("%2", second)
        question = self.tr("Remove the link: %1?").replace("%1", what)
        if not self.prompts.confirm(self, self.tr("Remove link"), question):
            return False
        try:
            self._removed = self.service.delete_link(link_id)
        except KamError as exc:
            self.prompts.report_error(self, exc)
            self.refresh(fit=False)
            return False
        self.refresh(fit=False)
        self.message.setText(self.tr("Link removed."))
        self.undo_button.show()
        return True

    def undo_remove(self) -> bool:
        """Put back the link removed last (the «Undo» beside «Link removed.»)."""
        link, self._removed = self._removed, None
        self.undo_button.hide()
        if link is None:
            return False
        again = MemberLink(link.client_id, link.from_member_id, link.to_member_id, link.kind)
        if not self.add_link(again.from_member_id, again.to_member_id, again.kind):
            return False
        self.message.setText(self.tr("The link is back."))
        return True

    def export(self, file_format: str) -> Operation | None:
        """Ask for a file and write the map there in a worker thread (the CLI's drawing)."""
        if self._client_id is None or self.sheet is None:
            return None
        name = self.sheet.client.name.strip() or "map"
        suffix = self.tr("relationship map")
        safe = "".join("-" if c in '\\/:*?"<>|' else c for c in f"{name} — {suffix}")
        if file_format == "png":
            title, filters = self.tr("Save the map as PNG"), self.tr("PNG image (*.png)")
        else:
            title, filters = self.tr("Save the map as PDF"), self.tr("PDF document (*.pdf)")
        path = self.prompts.save_file(self, title, Path.home() / f"{safe}.{file_format}", filters)
        if path is None:
            return None
        if path.suffix.lower() != f".{file_format}":
            path = path.with_name(path.name + f".{file_format}")
        client_id, lang = self._client_id, current_language()
        return (
            Operation(self, lambda _p, _c: self.service.export(client_id, path, lang))
            .success(self._exported)
            .with_progress(self.tr("Saving the map"), self.tr("Drawing the map…"), False)
            .run_in_background()
        )

    def _exported(self, path: Path) -> None:
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        show_status(self, exported_message([path]))
