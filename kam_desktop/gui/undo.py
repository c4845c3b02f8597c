"""Undo for deletions: one command type shared by clients, members, interactions, proposals.

The delete runs before the push (so a refusal shows up at once and nothing lands on the stack);
the command's first ``redo`` therefore only refreshes the view (unless the caller does that
itself: ``refresh_on_push=False``). Undo puts the service's snapshot back with
the same ids; a later redo deletes again and keeps the fresh snapshot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from kam_desktop.domain.errors import KamError

log = logging.getLogger(__name__)
Snapshot = TypeVar("Snapshot")


def _log_error(error: KamError) -> None:
    log.error("undo/redo of a deletion failed: %s", error)


class DeletionCommand(QUndoCommand, Generic[Snapshot]):
    def __init__(
        self,
        text: str,
        snapshot: Snapshot,
        delete: Callable[[Snapshot], Snapshot],
        restore: Callable[[Snapshot], None],
        after_redo: Callable[[Snapshot], None],
        after_undo: Callable[[Snapshot], None],
        on_error: Callable[[KamError], None] = _log_error,
        refresh_on_push: bool = True,
    ) -> None:
        super().__init__(text)
        self.snapshot = snapshot
        self._delete, self._restore = delete, restore
        self._after_redo, self._after_undo = after_redo, after_undo
        self._on_error = on_error
        self._first_redo = True
        self._refresh_on_push = refresh_on_push

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            if self._refresh_on_push:
                self._after_redo(self.snapshot)
            return
        try:
            self.snapshot = self._delete(self.snapshot)
        except KamError as exc:
            self._on_error(exc)
            return
        self._after_redo(self.snapshot)

    def undo(self) -> None:
        try:
            self._restore(self.snapshot)
        except KamError as exc:
            self._on_error(exc)
            return
        self._after_undo(self.snapshot)
