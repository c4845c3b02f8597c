"""The follow-up plan of one proposal, as its own screen lists it (read-only).

``ProposalService.set_status(SENT)`` writes the plan (``services/agenda.plan_after_sending``);
the steps are acted on in Today. Here they are read back for the proposal's place, with their
titles in the UI language (the stored title is in the language of the day it was planned).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kam_desktop.domain.follow_up import StepKind, step_title
from kam_desktop.services.database import Database
from kam_desktop.storage import cockpit_store, proposal_store


@dataclass(frozen=True, slots=True)
class FollowUpStep:
    step_id: str
    kind: StepKind
    title: str
    due_on: date
    done_on: date | None

    def is_overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today


class ProposalFollowUp:
    def __init__(self, db: Database) -> None:
        self.db = db

    def steps(self, proposal_id: str, lang: str | None = None) -> list[FollowUpStep]:
        """The planned steps of this revision by due date; [] before it is sent."""
        with self.db.session() as s:
            found = proposal_store.find_proposal(s, proposal_id)
            rows = cockpit_store.steps_of_proposal(s, proposal_id) if found else []
        number = found.display_number if found else ""
        return [
            FollowUpStep(sid, kind, step_title(kind, number, lang), due, done)
            for sid, kind, due, done in rows
        ]
