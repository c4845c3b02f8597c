"""Scrolling a long form with the mouse wheel must scroll it, not change the combo box or date
that happens to pass under the pointer (seen in the member card: the wheel turned «neutral» into
«opponent»). A value field takes the wheel only after the user clicked or tabbed into it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

VALUE_WIDGETS = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers QDateEdit too


def _scrollable_ancestor(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest enclosing area that can scroll (a fitted table inside a card cannot)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.verticalScrollBar().maximum() > 0:
            return parent
        parent = parent.parentWidget()
    return None


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scrollable_ancestor(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


_GUARD = _WheelGuard()


def guard_wheel(widget: QWidget) -> None:
    """Protect ``widget`` if it is a value field, and every value field inside it."""
    fields = [widget] if isinstance(widget, VALUE_WIDGETS) else []
    for kind in VALUE_WIDGETS:
        fields += widget.findChildren(kind)
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus by wheel either
        field.installEventFilter(_GUARD)
