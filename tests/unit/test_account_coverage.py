"""Account-level coverage of a decision group (map, brief, portfolio use the same rules)."""

from __future__ import annotations

from datetime import date

from kam_desktop.domain.coverage import (
    AccountCoverageCode,
    account_warnings,
    coverage_score,
)
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.enums import Attitude, ClientStatus

TODAY = date(2026, 12, 1)


def person(
    mid: str, role: str, attitude: Attitude = Attitude.NEUTRAL, influence: int = 3
) -> Member:
    return Member(full_name=mid, id=mid, role_code=role, attitude=attitude, influence=influence)


def codes(group: list[Member], contacts: dict[str, date | None]) -> list[AccountCoverageCode]:
    return [w.code for w in account_warnings(group, ClientStatus.KEY, TODAY, contacts)]


def test_a_complete_group_has_no_warnings_and_full_score() -> None:
    group = [
        person("ceo", "executive", Attitude.SUPPORTER, 5),
        person("cfo", "financier"),
        person("cto", "technical"),
        person("buyer", "procurement"),
    ]
    contacts: dict[str, date | None] = {m.saved_id: date(2026, 11, 20) for m in group}
    warnings = account_warnings(group, ClientStatus.KEY, TODAY, contacts)
    assert warnings == []
    assert coverage_score(warnings) == 100


def test_missing_roles_champion_sponsor_and_an_influential_opponent() -> None:
    group = [person("cfo", "financier", Attitude.OPPONENT, 5)]
    found = codes(group, {"cfo": date(2026, 11, 25)})
    assert found.count(AccountCoverageCode.ROLE_UNCOVERED) == 3
    assert AccountCoverageCode.NO_CHAMPION in found
    assert AccountCoverageCode.NO_SPONSOR in found
    assert AccountCoverageCode.INFLUENTIAL_OPPONENT in found
    assert AccountCoverageCode.STALE_KEY_PERSON not in found


def test_a_key_person_not_contacted_within_the_cadence() -> None:
    group = [person("ceo", "executive", Attitude.SUPPORTER, 5)]
    assert AccountCoverageCode.STALE_KEY_PERSON in codes(group, {"ceo": date(2026, 10, 1)})
    assert AccountCoverageCode.STALE_KEY_PERSON in codes(group, {})
    assert AccountCoverageCode.STALE_KEY_PERSON not in codes(group, {"ceo": date(2026, 11, 30)})


def test_score_counts_each_failed_check_once() -> None:
    warnings = account_warnings([], ClientStatus.KEY, TODAY, {})
    assert coverage_score(warnings) == 40  # roles, champion, sponsor fail; no opponent, none stale
