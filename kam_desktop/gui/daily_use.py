"""Small behaviours of the main window found in daily use (issue 10, scope 6), kept out of
``main_window`` so it stays about the window: the title names the database, undo/redo and saves
say what happened in the status bar, a filter that drops the open client clears the pane, and a
client opened for a person the search found lands on that person.

Strings use the ``MainWindow`` translation context (shell catalogue), spelled out for lupdate.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from kam_desktop.gui.client_list_model import ClientIdRole, MatchedMemberRole
from kam_desktop.gui.status_messages import show_status

if TYPE_CHECKING:
    from kam_desktop.gui.main_window import MainWindow


# ---- the window title -------------------------------------------------------------------
def window_title(path: Path | None, read_only: bool, server: str = "") -> str:
    """«KAM Desktop — kam-desktop.sqlite3[*]»; a file other than the default one also shows
    its folder, so two windows on two databases can be told apart. ``[*]`` is where Qt puts
    the «*» of unsaved edits. A team database shows as ``user@host:port/database`` (never
    with its password)."""
    from kam_desktop.paths import default_database_path

    title = QCoreApplication.translate("MainWindow", "KAM Desktop")
    if server:
        title += f" — {server}[*]"
    elif path is not None:
        title += f" — {path.name}[*]"
        if path.resolve() != default_database_path().resolve():
            title += f" ({path.parent})"
    else:
        title += "[*]"
    if read_only:
        title += " " + QCoreApplication.translate("MainWindow", "(read-only)")
    return title


def server_label(db: object) -> str:
    """``user@host:port/database`` of a server database, "" for a file (or a stand-in).

    A database opened after the first paint is not opened for this: a file needs no label,
    and a team database's label comes from the URL it will open."""
    from kam_desktop.gui.deferred_open import DeferredDatabase

    if getattr(db, "path", None) is not None:
        return ""
    url: Any
    if isinstance(db, DeferredDatabase) and not db.is_open:
        if db.target is None:
            return ""
        from sqlalchemy.engine import make_url

        url = make_url(db.target)
    else:
        url = getattr(getattr(db, "engine", None), "url", None)
    if url is None or url.get_backend_name() == "sqlite":
        return ""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def install_window_title(window: MainWindow) -> None:
    db_path = getattr(window.db, "path", None)
    title = window_title(db_path, bool(window.db.read_only), server_label(window.db))
    window.setWindowTitle(title)
    window.dossier.unsaved_changed.connect(window.setWindowModified)


# ---- status messages ----------------------------------------------------------------------
def install_undo_messages(window: MainWindow) -> None:
    """After Ctrl+Z / Ctrl+Shift+Z the status bar names what was undone or redone."""
    stack = window.undo_stack

    def undone() -> None:
        text = stack.text(stack.index())  # the command just undone sits at the new index
        message = QCoreApplication.translate("MainWindow", "Undone: {what}")
        show_status(window, message.format(what=text))

    def redone() -> None:
        text = stack.text(stack.index() - 1)
        message = QCoreApplication.translate("MainWindow", "Redone: {what}")
        show_status(window, message.format(what=text))

    window.undo_action.triggered.connect(undone)
    window.redo_action.triggered.connect(redone)


# ---- the filtered list and the open client -------------------------------------------------
def settle_unlisted_client(window: MainWindow) -> None:
    """After a filter change: a client the list no longer shows leaves the right pane, unless
    it holds unsaved edits (then it stays, and the status bar says why).

    Only a fully loaded list proves a client is not listed: on a list with pages still to
    fetch the client may be further down, and it stays."""
    dossier = window.dossier
    client_id = dossier.requested_client_id
    if client_id is None or not window.model.is_complete():
        return
    if window.model.row_of(client_id) is not None:
        return
    if dossier.has_unsaved_changes():
        name = dossier.overview.client.name if dossier.overview is not None else ""
        message = QCoreApplication.translate(
            "MainWindow",
            "«{name}» is not in the filtered list; it stays open: it has unsaved edits.",
        )
        show_status(window, message.format(name=name), 8000)
        return
    dossier.clear()  # the caller updates the pages


# ---- a person found by search ----------------------------------------------------------------
class MemberLanding:
    """Remembers which person the search found in the client being opened, and selects that
    person in the decision group once the dossier arrives."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._pending: tuple[str, str] | None = None  # (client id, member id)
        window.dossier.opened.connect(self._on_opened)

    def client_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """A row of the list was chosen: note its matched person, if the search found one."""
        window = self._window
        self._pending = None
        client_id = index.data(ClientIdRole)
        if not client_id or not window.model.query:
            return
        member_id = index.data(MatchedMemberRole)
        if member_id is None:  # chosen before the list looked up who matched (Enter at once)
            member_id = window.model.matched_member_of(client_id)
        if member_id is not None:
            self._pending = (client_id, member_id)
            if window.dossier.client_id == client_id and not window.dossier.is_loading():
                self._on_opened(client_id)  # already shown: only the tab changes

    def _on_opened(self, client_id: str) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] == client_id:
            self._window.dossier.show_member(pending[1])
