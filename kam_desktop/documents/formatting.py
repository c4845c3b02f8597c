"""Dates, numbers and money in the proposal's language (Babel), independent of the UI language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal, get_currency_symbol

LOCALES = {"ru": "ru_RU", "en": "en_GB"}
# «руб.» is what Russian commercial documents print (and the shipped font has no ₽ glyph).
CURRENCY_LABELS = {("RUB", "ru"): "руб.", ("RUB", "en"): "RUB"}
BCP47 = {"ru": "ru-RU", "en": "en-GB"}


class Formatter:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = LOCALES.get(lang, "en_GB")

    def date_long(self, value: date) -> str:
        """«27 декабря 2026 г.» / "27 December 2026"."""
        pattern = "long" if self.lang == "ru" else "d MMMM y"
        # Plain spaces: the sentence must read (and be found by search) exactly as typed.
        text = format_date(value, format=pattern, locale=self.locale)
        return text.replace("\u202f", " ").replace("\u00a0", " ")

    def amount(self, value: Decimal) -> str:
        """A money amount without symbol, always two decimals: «1 234 567,80»."""
        return format_decimal(value, format="#,##0.00", locale=self.locale)

    def money(self, value: Decimal, currency: str) -> str:
        return f"{self.amount(value)}\u00a0{self.currency_symbol(currency)}"

    def number(self, value: Decimal) -> str:
        """Quantities and percentages: as few decimals as needed («1,5», «20»)."""
        return format_decimal(value, format="#,##0.###", locale=self.locale)

    def one_decimal(self, value: Decimal) -> str:
        """Chart labels: always one decimal, so bars of one chart read alike («10,0», «9,2»)."""
        return format_decimal(value, format="#,##0.0", locale=self.locale)

    def percent(self, value: Decimal) -> str:
        return f"{self.number(value)}\u00a0%"

    def currency_symbol(self, currency: str) -> str:
        label = CURRENCY_LABELS.get((currency, self.lang))
        return label or get_currency_symbol(currency, locale=self.locale)
