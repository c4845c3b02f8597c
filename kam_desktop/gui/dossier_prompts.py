"""Kept so the dossier tabs' imports hold: the one prompts protocol lives in ``gui.prompts``.

Import ``Prompts`` and ``UnsavedChoice`` from ``kam_desktop.gui.prompts`` in new code.
"""

from __future__ import annotations

from kam_desktop.gui.prompts import Prompts, UnsavedChoice

__all__ = ["Prompts", "UnsavedChoice"]
