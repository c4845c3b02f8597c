"""The one font family every PDF text uses: Liberation Sans (Latin + Cyrillic, SIL OFL 1.1).

ReportLab's base-14 fonts have no Cyrillic and are not embedded, so they must never be used:
the renderer passes these names to every paragraph style, table style and chart label.

Parsing a TTF face costs ~7 ms of a cold command's time, so only the faces the renderer's styles
name are registered, each once per process, when the first document is rendered: regular, bold
and italic (the notes). Bold-italic is never used — all text is escaped, so no markup can ask
for it — and is not registered; ``<b><i>`` would fall back to bold.
"""

from __future__ import annotations

from functools import cache

from kam_desktop.paths import resource_path

REGULAR = "KamSans"
BOLD = "KamSans-Bold"
ITALIC = "KamSans-Italic"
BOLD_ITALIC = "KamSans-BoldItalic"

FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}
USED_FACES = (REGULAR, BOLD, ITALIC)


@cache
def register_face(name: str) -> str:
    """Parse and register one face of the family (once per process)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FILES[name]))))
    return name


@cache
def register_fonts() -> str:
    """Register the faces the renderer uses and map markup onto them; returns the regular one."""
    from reportlab.lib.fonts import addMapping

    for name in USED_FACES:
        register_face(name)
    # <b>/<i> in paragraph markup pick the right face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
