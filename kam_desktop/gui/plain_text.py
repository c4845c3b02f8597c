"""Text from files and the database is shown as text, never as HTML.

QLabel, QMessageBox and tooltips guess (``Qt.AutoText``): a name, a file name or a file's
``exported_by`` holding ``<img src=…>`` or ``<font size=50>`` would render as HTML — and load
a local image. Labels get ``plain()``; tooltips and the static message boxes have no format
switch, so ``as_text()`` turns text that Qt would take for HTML into an escaped paragraph
that shows it literally (and leaves everything else as it is).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def as_text(text: str) -> str:
    """For tooltips and static message boxes: shown literally whatever it holds."""
    if text and GuiQt.mightBeRichText(text):
        return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def button_text(text: str) -> str:
    """Data as a button's or check box's label: a lone «&» would become a mnemonic."""
    return text.replace("&", "&&")
