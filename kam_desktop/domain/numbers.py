"""Numbers as users type them: one reading for every field (amounts, shares, prices).

The rule, for the UI language ``lang`` (its decimal and group symbols come from Babel's CLDR
data: ru has "," decimal and a space to group, en has "." decimal and "," to group):

- Spaces of every kind (plain, NBSP, narrow NBSP, thin) group digits and are dropped:
  «1 500 000,50» in ru and «150 000.50» in en.
- One trailing "%" is dropped («20 %»); a "−" (U+2212) is read as a minus.
- Both "," and "." in one number: the rightmost is the decimal separator and the other must
  group thousands («1,500,000.50», «1.500.000,50»); anything else is not a number.
- Only dots: the dot is decimal, in every language («1500000.50», and «1.500» is 1.5).
- Only commas — the ambiguous case: «1,500» is 1.5 in ru (the comma is the decimal separator)
  and 1500 in en (the comma groups). In a language whose group symbol is "," a number whose
  commas group thousands exactly («1,500», «1,500,000») is read as grouped; any other comma
  («1,5», «150 000,50») is decimal there too, since that is the only way to read it.
- Plain digits with an optional sign, at most one decimal separator; exponents («1e5»),
  underscores, «NaN»/«Infinity» and letters are not numbers.

``parse_decimal`` returns None for an empty text as well as for garbage: a caller that must tell
"left empty" from "unreadable" checks ``text.strip()`` first.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.core import UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

__all__ = ["parse_decimal"]

SPACES = str.maketrans("", "", " \t\u00a0\u202f\u2009")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
DEFAULT_LANGUAGE = "ru"


def _grouped(separator: str) -> re.Pattern[str]:
    """Digits grouped by three with ``separator`` («1,500,000»), a sign and a tail allowed."""
    sep = re.escape(separator)
    return re.compile(rf"[+-]?\d{{1,3}}({sep}\d{{3}})+")


COMMA_GROUPED = _grouped(",")
DOT_GROUPED = _grouped(".")


@lru_cache(maxsize=8)
def _comma_groups(lang: str) -> bool:
    """True when the language writes "," between thousands (en), False when it is decimal (ru)."""
    try:
        return get_group_symbol(lang) == "," and get_decimal_symbol(lang) != ","
    except (UnknownLocaleError, ValueError, TypeError):
        return _comma_groups(DEFAULT_LANGUAGE) if lang != DEFAULT_LANGUAGE else False


def _normalise(text: str, lang: str) -> str | None:
    """The text as «-1234.5» (a dot, no grouping), or None when it cannot be read as a number."""
    cleaned = text.translate(SPACES).replace("\u2212", "-")
    cleaned = cleaned.removesuffix("%")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        decimal_sep = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        whole, _sep, fraction = cleaned.rpartition(decimal_sep)
        grouped = COMMA_GROUPED if group_sep == "," else DOT_GROUPED
        if not grouped.fullmatch(whole):
            return None
        cleaned = f"{whole.replace(group_sep, '')}.{fraction}"
    elif "," in cleaned:
        if _comma_groups(lang) and COMMA_GROUPED.fullmatch(cleaned):
            cleaned = cleaned.replace(",", "")
        else:
            cleaned = cleaned.replace(",", ".")
    return cleaned if PLAIN_NUMBER.fullmatch(cleaned) else None


def parse_decimal(text: str, lang: str = DEFAULT_LANGUAGE) -> Decimal | None:
    """The number a user typed in language ``lang`` (see the module docstring), else None."""
    normalised = _normalise(text, lang)
    if normalised is None:
        return None
    try:
        return Decimal(normalised)
    except InvalidOperation:  # not reached for a PLAIN_NUMBER; kept so garbage never raises
        return None
