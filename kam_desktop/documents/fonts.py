"""The one font family every PDF text uses: Liberation Sans (Latin + Cyrillic, SIL OFL 1.1).

ReportLab's base-14 fonts have no Cyrillic and are not embedded, so they must never be used:
the renderer passes these names to every paragraph style, table style and chart label.
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


@cache
def register_fonts() -> str:
    """Register the family once per process (parsing the TTFs is the costly part)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # <b>/<i> in paragraph markup pick the right face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
