"""Tooltips built from data: Qt guesses rich text in tooltips, so data goes in escaped."""

from __future__ import annotations

from html import escape


def plain_tooltip(text: str) -> str:
    """``text`` shown literally (line breaks kept), whatever markup it contains."""
    if not text:
        return ""
    lines = "<br>".join(escape(line) for line in text.split("\n"))
    return f"<p style='white-space:pre-wrap'>{lines}</p>"


def button_text(text: str) -> str:
    """Data as a button's or check box's label: a lone «&» would become a mnemonic."""
    return text.replace("&", "&&")
