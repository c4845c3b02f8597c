"""One reading of typed numbers for every field (kam_desktop.domain.numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kam_desktop.domain.numbers import parse_decimal

D = Decimal

CASES: list[tuple[str, str, Decimal | None]] = [
    # (typed, language, value)
    ("1500000", "ru", D("1500000")),
    ("1500000", "en", D("1500000")),
    ("1 500 000,50", "ru", D("1500000.50")),
    ("1 500 000,50", "en", D("1500000.50")),  # a lone non-grouping comma is decimal in en too
    ("1\u00a0500\u00a0000,50", "ru", D("1500000.50")),  # NBSP, as Babel formats ru
    ("1\u202f500,5", "ru", D("1500.5")),  # narrow NBSP
    ("1500000.50", "ru", D("1500000.50")),
    ("1500000.50", "en", D("1500000.50")),
    ("1,5", "ru", D("1.5")),
    ("1,5", "en", D("1.5")),
    # the ambiguous case: commas that group thousands
    ("1,500", "ru", D("1.5")),
    ("1,500", "en", D("1500")),
    ("1,500,000", "en", D("1500000")),
    ("1,500,000", "ru", None),  # two decimal commas
    ("1.500", "ru", D("1.5")),
    ("1.500", "en", D("1.5")),
    # both separators: the rightmost is decimal, the other groups thousands
    ("1,234.50", "en", D("1234.50")),
    ("1,234.50", "ru", D("1234.50")),
    ("1.234,50", "ru", D("1234.50")),
    ("1.234,50", "en", D("1234.50")),
    ("1,500,000.50", "en", D("1500000.50")),
    ("12,34.5", "en", None),
    ("1.2.3,4", "ru", None),
    # signs, percent, small forms
    ("-3", "ru", D("-3")),
    ("-3", "en", D("-3")),
    ("\u22123,5", "ru", D("-3.5")),
    ("-1 500,25", "ru", D("-1500.25")),
    ("-1,500", "en", D("-1500")),
    ("+7", "en", D("7")),
    ("20 %", "ru", D("20")),
    ("20%", "en", D("20")),
    (",5", "ru", D("0.5")),
    (".5", "en", D("0.5")),
    ("0", "ru", D("0")),
    ("  42  ", "en", D("42")),
    # empty and garbage
    ("", "ru", None),
    ("   ", "en", None),
    ("%", "ru", None),
    ("abc", "ru", None),
    ("lots", "en", None),
    ("12abc", "en", None),
    ("1e5", "en", None),
    ("1_000", "ru", None),
    ("NaN", "en", None),
    ("Infinity", "ru", None),
    ("--3", "ru", None),
    ("3-", "en", None),
    ("1,2,3", "ru", None),
    ("1..5", "en", None),
    ("2 % 3", "ru", None),
    (",", "en", None),
    ("-", "ru", None),
]


@pytest.mark.parametrize(("text", "lang", "value"), CASES)
def test_parse_decimal(text: str, lang: str, value: Decimal | None) -> None:
    assert parse_decimal(text, lang) == value


def test_the_comma_is_decimal_in_russian_and_groups_in_english() -> None:
    assert parse_decimal("1,500,000", "en") == Decimal(1_500_000)
    assert parse_decimal("1,500", "ru") == Decimal("1.5")


def test_an_unknown_language_reads_like_russian() -> None:
    assert parse_decimal("1,500", "xx-unknown") == parse_decimal("1,500", "ru")


def test_the_default_language_is_russian() -> None:
    assert parse_decimal("1,500") == Decimal("1.5")


def test_the_value_keeps_the_typed_precision() -> None:
    assert str(parse_decimal("1 234,50", "ru")) == "1234.50"
