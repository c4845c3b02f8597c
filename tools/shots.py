"""What the screenshot tools share: a data dir in the chosen language, waiting until the
window is idle, and a dialog drawn over its window (offscreen windows are grabbed one by one,
so a dialog would otherwise be a picture of its own)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZES = ((1024, 700), (1280, 720), (1366, 768))


def prepare(lang: str, prefix: str) -> Path:
    """A fresh data dir whose settings choose ``lang``; Qt offscreen unless said otherwise.
    Call before anything of Qt or KAM Desktop is imported."""
    data = Path(tempfile.mkdtemp(prefix=f"kam-{prefix}-shots-"))
    os.environ["KAM_DESKTOP_DATA_DIR"] = str(data)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (data / "settings.ini").write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")
    return data


def settle(busy: Callable[[], bool] | None = None, pause_ms: int = 50) -> None:
    """Let the event loop run until no background work (and nothing ``busy`` says) is left."""
    from PySide6.QtTest import QTest

    from kam_desktop.gui.operations import running_operations

    for _ in range(2000):
        QTest.qWait(10)
        if not running_operations() and not (busy is not None and busy()):
            break
    QTest.qWait(pause_ms)


def over_window(window: Any, dialog: Any, *, dim: bool = False, top: int = 0) -> Any:
    """The window's picture with ``dialog`` drawn centred on it (not above ``top``), framed as
    a window manager would; ``dim`` darkens the window behind as a modal dialog does."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    shot = dialog.grab()
    painter = QPainter(picture)
    if dim:
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    corner = QPoint(
        (picture.width() - shot.width()) // 2,
        max(top, (picture.height() - shot.height()) // 2),
    )
    painter.drawPixmap(corner, shot)
    painter.setPen(QColor("#80868b"))
    painter.drawRect(corner.x() - 1, corner.y() - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    return picture
