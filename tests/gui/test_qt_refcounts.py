"""The Qt binding keeps Python's reference counts: a long session must not abort.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call of a Qt method
that returns nothing; after a few thousand calls (a drag on the relationship map, a long
editing session) the interpreter aborted with "none_dealloc". pyproject.toml keeps PySide6
below 6.12 for that; this test fails on a binding with the bug.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QLabel

CALLS = 500


def test_void_qt_calls_keep_the_reference_count_of_none(qapp) -> None:
    if sys.getrefcount(None) > 2**30:
        pytest.skip("None is immortal on this Python (3.12+): its count cannot drift")
    label, point = QLabel(), QPointF()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        point.setX(1.0)
    drift = sys.getrefcount(None) - before
    assert abs(drift) < CALLS // 10, f"None lost {-drift} references in {2 * CALLS} Qt calls"
