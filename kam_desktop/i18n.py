"""Translation of user-facing strings outside Qt (services, CLI, documents).

Source strings are English; ``resources/translations/messages/<area>.<lang>.json`` files map
them to other languages (one file per area, merged at load). The GUI uses Qt's own translator for its widgets and calls ``set_language`` so that
messages coming from services match the UI language.
"""

from __future__ import annotations

import json
import locale
import os
from functools import lru_cache

from kam_desktop.paths import resource_path

SUPPORTED_LANGUAGES = ("ru", "en")
_language = "en"


def system_language() -> str:
    """The user's language from the environment, falling back to English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value[:2].lower() in SUPPORTED_LANGUAGES:
            return value[:2].lower()
    code = (locale.getlocale()[0] or "")[:2].lower()
    return code if code in SUPPORTED_LANGUAGES else "en"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in SUPPORTED_LANGUAGES else "en"


def current_language() -> str:
    return _language


@lru_cache(maxsize=4)
def _catalog(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    catalog: dict[str, str] = {}
    for path in sorted(resource_path("translations", "messages").glob(f"*.{lang}.json")):
        catalog.update(json.loads(path.read_text(encoding="utf-8")))
    return catalog


def _(message: str, lang: str | None = None) -> str:
    """Translate ``message`` into ``lang`` (default: the current UI language)."""
    return _catalog(lang or _language).get(message, message)


def N_(message: str) -> str:  # noqa: N802 (gettext's name)
    """Mark a string for translation where it is defined; ``_()`` translates it where used."""
    return message
