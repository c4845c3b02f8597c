"""The follow-up plan on working days: weekends, Russian public holidays and their transfer."""

from __future__ import annotations

from datetime import date

from kam_desktop.domain.follow_up import StepKind, plan_follow_up
from kam_desktop.domain.workdays import add_working_days, is_working_day, working_day_on_or_before


def test_next_working_day_after_friday_is_monday() -> None:
    assert add_working_days(date(2026, 12, 4), 1) == date(2026, 12, 7)


def test_public_holidays_are_days_off() -> None:
    assert not is_working_day(date(2027, 3, 8))  # Monday, International Women's Day
    assert not is_working_day(date(2027, 1, 5))  # the New Year holidays
    assert is_working_day(date(2027, 3, 9))


def test_a_holiday_on_a_weekend_moves_the_day_off_to_monday() -> None:
    # 4 November 2028 is a Saturday: Monday the 6th is off (ТК РФ ст. 112).
    assert not is_working_day(date(2028, 11, 6))
    assert add_working_days(date(2028, 11, 3), 1) == date(2028, 11, 7)


def test_reminder_before_validity_falls_on_a_working_day() -> None:
    # 3 days before Wednesday 16 June 2027 is Sunday 13 June; 12 June (Russia Day) is Saturday,
    # so the reminder goes back to Friday 11 June.
    assert working_day_on_or_before(date(2027, 6, 13)) == date(2027, 6, 11)


def test_plan_after_sending_on_friday_before_the_23_february_holiday() -> None:
    # Sent Friday 19 February 2027; Monday 22nd works, Tuesday 23rd is a holiday.
    steps = plan_follow_up("КП-2027-001", date(2027, 2, 19), date(2027, 3, 22))
    assert [(s.kind, s.due_on) for s in steps] == [
        (StepKind.CONFIRM_RECEIPT, date(2027, 2, 22)),
        (StepKind.NEXT_STEPS, date(2027, 2, 24)),
        (StepKind.URGENCY, date(2027, 2, 25)),
        (StepKind.AGREE_MEETING, date(2027, 3, 1)),
        (StepKind.VALIDITY_REMINDER, date(2027, 3, 19)),
    ]
    assert "КП-2027-001" in steps[0].title


def test_a_short_offer_squeezes_the_plan_and_drops_a_reminder_before_the_first_call() -> None:
    steps = plan_follow_up("КП-7", date(2026, 12, 1), date(2026, 12, 3), reminder_days=3)
    assert [s.kind for s in steps] == [
        StepKind.CONFIRM_RECEIPT,
        StepKind.NEXT_STEPS,
        StepKind.URGENCY,
        StepKind.AGREE_MEETING,
    ]
    assert max(s.due_on for s in steps) == date(2026, 12, 3)
