"""What the client list asks for: one definition of its filter, order and page.

``DossierService.list_clients`` takes these as arguments (its callers name them), storage takes
the value, and the window's start-up stand-in (``gui.deferred_open.FirstScreenService``) binds
whatever it is called with to it to tell the first page from any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from kam_desktop.domain.enums import ClientStatus


@dataclass(frozen=True, slots=True)
class ClientListQuery:
    query: str = ""  # typed text: any word prefix, any case (empty: no text filter)
    status: ClientStatus | None = None
    order_by: str = "name"  # a column of the list (storage maps it), then id
    descending: bool = False
    limit: int | None = None  # None: every row
    offset: int = 0
