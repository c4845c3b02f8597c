"""A Russian amount in words, in the accounting form used on commercial documents:

    123456.78 RUB → «Сто двадцать три тысячи четыреста пятьдесят шесть рублей 78 копеек»

The whole units are in words (num2words handles the feminine «тысяча»/«две тысячи»), the
fraction in digits, and both nouns agree with their number (1 рубль, 2 рубля, 5 рублей, 11
рублей, 21 рубль…).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# currency → (forms of the major unit, forms of the minor unit): one / few / many
RU_CURRENCY_FORMS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "RUB": (("рубль", "рубля", "рублей"), ("копейка", "копейки", "копеек")),
    "USD": (("доллар США", "доллара США", "долларов США"), ("цент", "цента", "центов")),
    "EUR": (("евро", "евро", "евро"), ("цент", "цента", "центов")),
    "CNY": (("юань", "юаня", "юаней"), ("фэнь", "фэня", "фэней")),
}


def ru_plural(n: int, forms: tuple[str, str, str]) -> str:
    """Russian noun form for ``n``: 1 рубль, 2–4 рубля, 5–20 рублей, 21 рубль …"""
    n = abs(n) % 100
    if 11 <= n <= 14:
        return forms[2]
    last = n % 10
    if last == 1:
        return forms[0]
    if 2 <= last <= 4:
        return forms[1]
    return forms[2]


def amount_in_words_ru(amount: Decimal, currency: str = "RUB") -> str:
    amount = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "минус " if amount < 0 else ""
    amount = abs(amount)
    whole = int(amount)
    cents = int((amount - whole) * 100)
    from num2words import num2words  # ~25 ms to import: only when a Russian total is worded

    words = num2words(whole, lang="ru")
    forms = RU_CURRENCY_FORMS.get(currency.upper())
    if forms is None:
        text = f"{sign}{words} {currency.upper()} {cents:02d}"
    else:
        major, minor = forms
        text = f"{sign}{words} {ru_plural(whole, major)} {cents:02d} {ru_plural(cents, minor)}"
    return text[0].upper() + text[1:]
