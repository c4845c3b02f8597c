"""Why Qt would fail to start its window, found out before ``QApplication`` exists.

When no platform plugin can start (no display, a missing ``libxcb-*`` library), Qt ends the
process from C++ (``qFatal`` → "Aborted"): Python never sees an exception and the reason is
only in the log. So before the application object is made, this module looks at what Qt will
try — the ``QT_QPA_PLATFORM`` list, or Qt's own default order — and checks each candidate the
way Qt would need it: a display for xcb and wayland, and every shared library its plugin
links against. Nothing here imports Qt; the check costs a few milliseconds (the libraries it
loads are the ones Qt loads next anyway).
"""

from __future__ import annotations

import ctypes
import importlib.util
import mmap
import os
import socket
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from kam_desktop.i18n import _

# Debian/Ubuntu packages of the libraries Qt's xcb platform and Qt's GUI libraries link
# against (from `ldd` on PySide6's plugins/platforms/libqxcb.so and lib/libQt6XcbQpa.so.6).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Plugin file of each platform we know; other names are left for Qt to judge.
PLUGINS = {
    "xcb": "libqxcb.so",
    "wayland": "libqwayland.so",
    "wayland-egl": "libqwayland.so",
    "offscreen": "libqoffscreen.so",
    "minimal": "libqminimal.so",
    "vnc": "libqvnc.so",
    "eglfs": "libqeglfs.so",
    "linuxfb": "libqlinuxfb.so",
}
_BUNDLED_PREFIXES = ("libQt6", "libicu", "libpyside6", "libshiboken6")
_PT_LOAD, _PT_DYNAMIC, _DT_NEEDED, _DT_STRTAB = 1, 2, 1, 5


def start_problem(env: Mapping[str, str] | None = None) -> str | None:
    """One line saying why Qt's window cannot start here and how to fix it, or None."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    qt_dir = _qt_dir()
    problems = []
    for name in requested_platforms(env):
        problem = _platform_problem(name, env, qt_dir)
        if problem is None:
            return None  # Qt takes the first candidate that starts
        problems.append(problem)
    return problems[-1] if problems else None


def requested_platforms(env: Mapping[str, str]) -> list[str]:
    """The platforms Qt will try, in order (QT_QPA_PLATFORM, or Qt 6's default on Linux)."""
    explicit = env.get("QT_QPA_PLATFORM", "")
    if explicit:
        names = [part.split(":", 1)[0].strip() for part in explicit.split(";")]
        return [name for name in names if name]
    order = []
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        order.append("wayland")
    order.append("xcb")
    return order


def _platform_problem(name: str, env: Mapping[str, str], qt_dir: Path | None) -> str | None:
    if name == "xcb":
        problem = _x11_display_problem(env.get("DISPLAY", ""))
    elif name.startswith("wayland"):
        problem = _wayland_display_problem(env)
    else:
        problem = None
    if problem is not None or qt_dir is None or "QT_QPA_PLATFORM_PLUGIN_PATH" in env:
        return problem
    plugin = qt_dir / "plugins" / "platforms" / PLUGINS.get(name, f"libq{name}.so")
    if not plugin.is_file():
        return _(
            "The window cannot open: this Qt has no «{name}» platform (QT_QPA_PLATFORM); "
            "use xcb, wayland or offscreen."
        ).format(name=name)
    missing = missing_libraries(plugin, qt_dir / "lib")
    return _missing_libraries_message(name, missing) if missing else None


def _x11_display_problem(display: str) -> str | None:
    fix = _(
        "start it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a window"
    )
    if not display:
        return _("The window cannot open: there is no display (DISPLAY is not set); {fix}.").format(
            fix=fix
        )
    if not _x11_display_answers(display):
        return _("The window cannot open: the display {display} does not answer; {fix}.").format(
            display=display, fix=fix
        )
    return None


def _x11_display_answers(display: str) -> bool:
    """A local display (":0", "unix:0") is a socket in /tmp/.X11-unix; others are not probed."""
    host, _sep, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if host not in ("", "unix") or not number.isdigit():
        return True  # remote or unusual: let Qt try
    path = f"/tmp/.X11-unix/X{number}"
    for address in (path, f"\0{path}"):  # the file, or Linux's abstract socket of that name
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(address)
                return True
            except OSError:
                continue
    return False


def _wayland_display_problem(env: Mapping[str, str]) -> str | None:
    # The compositor's socket: WAYLAND_DISPLAY (default wayland-0) in XDG_RUNTIME_DIR.
    name = env.get("WAYLAND_DISPLAY") or "wayland-0"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if name.startswith("/") and Path(name).exists():
        return None
    if runtime and Path(runtime, name).exists():
        return None
    return _(
        "The window cannot open: there is no Wayland display; start it in a desktop session, "
        "or set QT_QPA_PLATFORM=offscreen to run it without a window."
    )


def _missing_libraries_message(platform: str, missing: list[str]) -> str:
    packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
    return _(
        "The window cannot open: Qt's {platform} platform needs libraries that are missing "
        "({libraries}); install them (Debian/Ubuntu: apt-get install {packages}), or set "
        "QT_QPA_PLATFORM=offscreen to run it without a window."
    ).format(platform=platform, libraries=", ".join(missing), packages=" ".join(packages))


# ---- shared libraries ----------------------------------------------------------------------
def _qt_dir() -> Path | None:
    """PySide6's Qt folder (plugins/, lib/), found without importing PySide6."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return qt if qt.is_dir() else None


def missing_libraries(binary: Path, bundled_dir: Path) -> list[str]:
    """System libraries ``binary`` (and the Qt libraries it uses) need but cannot load."""
    system: list[str] = []
    seen: set[str] = set()
    pending = [binary]
    while pending:
        for name in needed_libraries(pending.pop()):
            if name in seen:
                continue
            seen.add(name)
            if name.startswith(_BUNDLED_PREFIXES):
                if (bundled_dir / name).is_file():  # Qt's own: look at what it needs in turn
                    pending.append(bundled_dir / name)
            else:
                system.append(name)
    return unloadable(system)


def unloadable(names: Iterable[str]) -> list[str]:
    """The libraries that the dynamic loader cannot load, named as it names them."""
    missing: list[str] = []
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError as exc:
            # "libxcb-util.so.1: cannot open shared object file": it may be a dependency's.
            culprit = str(exc).split(":", 1)[0].strip()
            culprit = culprit if culprit.startswith("lib") and ".so" in culprit else name
            if culprit not in missing:
                missing.append(culprit)
    return missing


def needed_libraries(path: Path) -> list[str]:
    """DT_NEEDED entries of a 64-bit little-endian ELF file ([] for anything else)."""
    try:
        with (
            path.open("rb") as handle,
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as elf,
        ):
            return _dt_needed(elf)
    except (OSError, ValueError, struct.error):
        return []


def _dt_needed(elf: mmap.mmap) -> list[str]:
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:  # ELF, 64-bit, little-endian
        return []
    phoff = struct.unpack_from("<Q", elf, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    loads, dynamic = [], None
    for i in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", elf, phoff + i * phentsize
        )
        if p_type == _PT_LOAD:
            loads.append((vaddr, offset, filesz))
        elif p_type == _PT_DYNAMIC:
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    needed, strtab = [], None
    for entry in range(dynamic[0], dynamic[0] + dynamic[1], 16):
        tag, value = struct.unpack_from("<qQ", elf, entry)
        if tag == 0:
            break
        if tag == _DT_NEEDED:
            needed.append(value)
        elif tag == _DT_STRTAB:
            strtab = next((value - v + o for v, o, size in loads if v <= value < v + size), None)
    if strtab is None:
        return []
    names = []
    for offset in needed:
        start = strtab + offset
        names.append(elf[start : elf.find(b"\0", start)].decode("ascii", "replace"))
    return names
