"""The follow-up plan after a proposal is sent (DOMAIN.md, "After sending").

Sending is step 1; then the KAM calls the next working day to check the offer arrived, asks
about the next steps, asks what drives the urgency of the decision and agrees the date of the
next call or meeting — neither sending and waiting nor chasing every day. Steps 2–4 are spread
over the first working week (``STEP_OFFSETS``), and a reminder comes a few days (a setting,
default 3) before the validity date so an offer does not expire unnoticed. Dates are working
days (``workdays``): a plan made on Friday starts on Monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kam_desktop.domain.workdays import add_working_days, working_day_on_or_before
from kam_desktop.i18n import _

DEFAULT_REMINDER_DAYS = 3


class StepKind(StrEnum):
    CONFIRM_RECEIPT = "confirm_receipt"
    NEXT_STEPS = "next_steps"
    URGENCY = "urgency"
    AGREE_MEETING = "agree_meeting"
    VALIDITY_REMINDER = "validity_reminder"
    MANUAL = "manual"


# Working days after sending on which each conversation step is planned.
STEP_OFFSETS: tuple[tuple[StepKind, int], ...] = (
    (StepKind.CONFIRM_RECEIPT, 1),
    (StepKind.NEXT_STEPS, 2),
    (StepKind.URGENCY, 3),
    (StepKind.AGREE_MEETING, 5),
)


def step_title(kind: StepKind, number: str, lang: str | None = None) -> str:
    """What the KAM reads in Today: the step and the proposal it follows up."""
    titles = {
        StepKind.CONFIRM_RECEIPT: _("Call to confirm proposal {number} arrived", lang),
        StepKind.NEXT_STEPS: _("Ask about the next steps on proposal {number}", lang),
        StepKind.URGENCY: _("Ask what drives the urgency of the decision on {number}", lang),
        StepKind.AGREE_MEETING: _("Agree the date of the next call or meeting on {number}", lang),
        StepKind.VALIDITY_REMINDER: _("Proposal {number} expires soon: call before it does", lang),
        StepKind.MANUAL: "{number}",
    }
    return titles[kind].format(number=number)


@dataclass(frozen=True, slots=True)
class PlannedStep:
    kind: StepKind
    due_on: date
    title: str


def plan_follow_up(
    number: str,
    sent_on: date,
    valid_until: date,
    reminder_days: int = DEFAULT_REMINDER_DAYS,
    lang: str | None = None,
) -> list[PlannedStep]:
    """The steps to plan when proposal ``number`` is sent on ``sent_on``, in date order.

    A conversation step never falls after the validity date (a short offer squeezes the plan
    to its last working day); the reminder is left out when it would come before the first call.
    """
    last_day = max(working_day_on_or_before(valid_until), add_working_days(sent_on, 1))
    steps = [
        PlannedStep(kind, min(add_working_days(sent_on, offset), last_day), "")
        for kind, offset in STEP_OFFSETS
    ]
    remind_on = working_day_on_or_before(valid_until - timedelta(days=max(reminder_days, 0)))
    if remind_on > steps[0].due_on:
        steps.append(PlannedStep(StepKind.VALIDITY_REMINDER, remind_on, ""))
    return [
        PlannedStep(step.kind, step.due_on, step_title(step.kind, number, lang))
        for step in sorted(steps, key=lambda s: s.due_on)
    ]
