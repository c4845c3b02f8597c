"""Show the main window before SQLAlchemy is imported: the first screen from ``sqlite3``, the
full database opened on the event-loop turn after the first paint.

``DeferredDatabase`` stands for the ``Database`` of a file already known to be ours and at the
newest schema (``storage.first_screen`` checked it without writing): what the window reads while
it is built (``path``, ``read_only``) is known up front; anything else opens the real database
first (``Database.open``, which still runs its checks and the — here empty — migration step).
``FirstScreenService`` answers the window's first list page and client count from the rows read
at start; any other call, and every call once the real service exists, goes to the real
``DossierService``. So the app behaves as before; only the order of the work changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kam_desktop.domain.client_list import ClientListQuery
from kam_desktop.domain.dossier import ClientSummary
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.storage.first_screen import FirstScreen

if TYPE_CHECKING:
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService


class DeferredDatabase:
    """A ``Database`` opened on first use (see the module docstring)."""

    backup_path: str | None = None  # the file is at the newest schema: nothing is migrated

    def __init__(self, path: Path | None, read_only: bool, target: str | None = None) -> None:
        self.path = path
        self.target = target  # a team database's URL (no password); None for the file
        self.read_only = read_only
        self._db: Database | None = None

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def opened(self) -> Database:
        """The real database; opening it may raise ``DatabaseError`` like ``Database.open``."""
        if self._db is None:
            from kam_desktop.services.database import Database

            self._db = Database.open(self.target or str(self.path))
            self.read_only = self._db.read_only
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

    def __getattr__(self, name: str) -> Any:
        # Only names not set above get here: engine, session, transaction, dialect, …
        return getattr(self.opened(), name)


class FirstScreenService:
    """``DossierService`` for the window, with its first page and count read at start."""

    def __init__(self, first: FirstScreen, db: DeferredDatabase, page_size: int) -> None:
        self._first = first
        self.db = db
        self._page_size = page_size
        self._service: DossierService | None = None

    @property
    def real(self) -> DossierService:
        if self._service is None:
            from kam_desktop.services.dossiers import DossierService

            self._service = DossierService(self.db.opened())
        return self._service

    def open(self) -> None:
        """Open the database and build the real service now (may raise ``DatabaseError``)."""
        self._service = self.real

    def list_clients(self, *args: Any, **kwargs: Any) -> list[ClientSummary]:
        """``DossierService.list_clients``, with the same arguments (those of
        ``ClientListQuery``): the first page, before the real service exists, from start."""
        first_page = ClientListQuery(limit=self._page_size)
        if self._service is None and ClientListQuery(*args, **kwargs) == first_page:
            return list(self._first.clients)
        return self.real.list_clients(*args, **kwargs)

    def count_clients(self, query: str = "", status: ClientStatus | None = None) -> int:
        if (query, status) == ("", None) and self._service is None:
            return self._first.total
        return self.real.count_clients(query, status)

    @property  # type: ignore[misc]  # isinstance() asks __class__: tabs check the service kind
    def __class__(self) -> type:
        return type(self.real)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)
