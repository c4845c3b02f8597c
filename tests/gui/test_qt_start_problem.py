"""When Qt's window cannot start, the user reads why and what to do, not "Aborted".

Qt aborts from C++ when no platform plugin starts, so the check runs before QApplication:
these tests start the real ``kam-desktop`` without a usable display.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kam_desktop.gui import qt_platform

ROOT = Path(__file__).resolve().parents[2]


def start_window(lang: str = "C.UTF-8", **env: str) -> subprocess.CompletedProcess:
    full = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM")
    }
    full.update(LANG=lang, LC_ALL=lang, LANGUAGE="", PYTHONPATH=str(ROOT), **env)
    return subprocess.run(
        [sys.executable, "-m", "kam_desktop"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full,
        cwd=ROOT,
        timeout=60,
    )


def one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode not in (0, -6), result  # -6: SIGABRT, Qt's "Aborted"
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(
        ("kam-desktop: The window cannot open", "kam-desktop: Окно не открыть")
    )
    return lines[0]


def test_xcb_without_a_display_says_so_and_how_to_fix_it() -> None:
    line = one_line(start_window(QT_QPA_PLATFORM="xcb"))
    assert "DISPLAY is not set" in line and "QT_QPA_PLATFORM=offscreen" in line


def test_the_default_platform_without_any_display_says_so_in_russian() -> None:
    line = one_line(start_window(lang="ru_RU.UTF-8"))
    assert "нет дисплея" in line and "QT_QPA_PLATFORM=offscreen" in line


def test_a_platform_qt_does_not_have_is_named() -> None:
    line = one_line(start_window(QT_QPA_PLATFORM="nosuchplatform"))
    assert "«nosuchplatform»" in line


@pytest.fixture
def listening_display() -> Iterator[str]:
    """Something listening where X display :N would be, so only the libraries are judged."""
    folder = Path("/tmp/.X11-unix")
    folder.mkdir(mode=0o1777, exist_ok=True)
    number = next(n for n in range(4100, 4200) if not (folder / f"X{n}").exists())
    path = folder / f"X{number}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        try:
            yield f":{number}"
        finally:
            path.unlink(missing_ok=True)


def xcb_plugin() -> Path:
    qt = qt_platform._qt_dir()
    assert qt is not None
    return qt / "plugins" / "platforms" / "libqxcb.so"


def test_missing_xcb_libraries_are_named_with_their_packages(listening_display: str) -> None:
    qt = qt_platform._qt_dir()
    missing = qt_platform.missing_libraries(xcb_plugin(), qt / "lib")
    if not missing:
        pytest.skip("every library of Qt's xcb platform is installed on this machine")
    line = one_line(start_window(QT_QPA_PLATFORM="xcb", DISPLAY=listening_display))
    for library in missing:
        assert library in line and qt_platform.PACKAGES.get(library, library) in line
    assert "apt-get install" in line and "QT_QPA_PLATFORM=offscreen" in line


def test_offscreen_needs_no_display() -> None:
    assert qt_platform.start_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_xcb_plugin_links_against_the_listed_libraries() -> None:
    needed = set(qt_platform.needed_libraries(xcb_plugin()))
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= needed
    assert {lib for lib in needed if lib.startswith("libxcb")} <= set(qt_platform.PACKAGES)


def test_only_libraries_that_cannot_load_are_reported() -> None:
    assert qt_platform.unloadable(["libc.so.6", "libkam-not-there.so.9"]) == [
        "libkam-not-there.so.9"
    ]
    with tempfile.NamedTemporaryFile(suffix=".so") as not_elf:
        assert qt_platform.needed_libraries(Path(not_elf.name)) == []
