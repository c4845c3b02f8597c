"""Russian working days: weekends and the public holidays of the Labour Code (ТК РФ ст. 112).

Follow-up steps fall on working days: a call planned for "the next day" after an offer sent on
Friday is on Monday, and one after 8 March is on the 9th. Modelled: Saturdays and Sundays, the
fixed holidays of art. 112 (1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November)
and the rule that a holiday falling on a weekend moves the day off to the next working day.
The government's yearly decree may move days further (e.g. the January weekend days); those
transfers are not modelled — the app plans a day that is at worst one day early or late.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# (month, day) of the non-working public holidays, art. 112 of the Labour Code.
PUBLIC_HOLIDAYS: tuple[tuple[int, int], ...] = (
    *((1, d) for d in range(1, 9)),
    (2, 23),
    (3, 8),
    (5, 1),
    (5, 9),
    (6, 12),
    (11, 4),
)
# January holidays that fall on a weekend are moved by decree, not by the next-Monday rule.
_MOVED_BY_DECREE_ONLY = frozenset((1, d) for d in range(1, 9))


def _is_weekend(day: date) -> bool:
    return day.weekday() >= 5


@lru_cache(maxsize=64)
def days_off(year: int) -> frozenset[date]:
    """Every non-working day of ``year`` besides the weekends: holidays and their transfers."""
    holidays = [date(year, month, day) for month, day in PUBLIC_HOLIDAYS]
    off = set(holidays)
    for holiday in holidays:
        if not _is_weekend(holiday) or (holiday.month, holiday.day) in _MOVED_BY_DECREE_ONLY:
            continue
        moved = holiday + timedelta(days=1)
        while _is_weekend(moved) or moved in off:
            moved += timedelta(days=1)
        off.add(moved)
    return frozenset(off)


def is_working_day(day: date) -> bool:
    return not _is_weekend(day) and day not in days_off(day.year)


def add_working_days(start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` (``count`` ≥ 1); ``start`` itself not counted."""
    if count < 1:
        raise ValueError("count must be at least 1")
    day = start
    while count:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def working_day_on_or_before(day: date) -> date:
    """``day`` if people work then, else the last working day before it (a reminder is early)."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
