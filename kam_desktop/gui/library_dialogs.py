"""Editors of the libraries proposals draw on, one module each (this module names them all).

- ``library_dialog_base``: the shared list + form + Save/Delete/Undo dialog (``LibraryDialog``)
- ``library_catalogue``: products and services (``CatalogueDialog``)
- ``library_projects``: similar projects and their referees (``ProjectsDialog``)
- ``library_arguments``: arguments and objections (``ArgumentsDialog``)
- ``library_tags``: values and concerns with their keywords (``TagsDialog``)
"""

from __future__ import annotations

from kam_desktop.gui.library_arguments import ArgumentsDialog
from kam_desktop.gui.library_catalogue import CatalogueDialog
from kam_desktop.gui.library_dialog_base import LibraryDialog, TwoLineDelegate, keep_compact
from kam_desktop.gui.library_projects import CONSENT_COLUMN, REFEREE_KEYS, ProjectsDialog
from kam_desktop.gui.library_tags import TagsDialog, parse_keywords

__all__ = [
    "CONSENT_COLUMN",
    "REFEREE_KEYS",
    "ArgumentsDialog",
    "CatalogueDialog",
    "LibraryDialog",
    "ProjectsDialog",
    "TagsDialog",
    "TwoLineDelegate",
    "keep_compact",
    "parse_keywords",
]
