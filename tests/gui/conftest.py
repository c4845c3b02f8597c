"""GUI tests end with no background operation still running: a render or an import left from
one test must not compete with (or call back into) the next."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _operations_end_with_the_test() -> Iterator[None]:
    yield
    from PySide6.QtTest import QTest

    from kam_desktop.gui.operations import running_operations

    deadline = time.monotonic() + 60
    while running_operations() and time.monotonic() < deadline:
        QTest.qWait(10)  # their answers arrive through the event loop
