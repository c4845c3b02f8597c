"""A list of the whole portfolio (Portfolio, Consent) in a window of its own beside the main
window: one per main window, made on first use, read again and raised when asked for again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class Refreshable(Protocol):
    def apply_filter(self) -> None: ...


View = TypeVar("View", bound=QWidget)


def show_tool_window(
    owner: QWidget, attribute: str, make: Callable[[], View], size: tuple[int, int]
) -> View:
    """The view kept on ``owner.<attribute>`` (``make`` builds it the first time), shown."""
    view: View | None = getattr(owner, attribute, None)
    if view is None:
        view = make()
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.resize(*size)
        setattr(owner, attribute, view)
    else:
        refresh: Refreshable = view  # type: ignore[assignment]
        refresh.apply_filter()  # the dossiers may have changed since
    view.show()
    view.raise_()
    view.activateWindow()
    return view
