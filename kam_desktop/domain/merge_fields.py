"""Field-by-field comparison of two versions of a record: what the change log records and
what the conflict dialog shows.

Records are the domain dataclasses (``Client``, ``Member``, ``Interaction``, ``Proposal``). Two
values are compared as the user sees them, not as storage keeps them: the ids of nested rows
(a contact, a tender) and the bookkeeping stamps are left out, and lists of ids (participants,
addressees) are sets — a save that only re-orders them changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

# Kept by storage, never typed by a user: neither a change nor a conflict.
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "client_id"})

# Tick lists where a missing key means unticked (the form sends every key, storage may not).
TICK_MAPS = frozenset({"reliability_checklist"})

R = TypeVar("R")


class Choice(Enum):
    MINE = "mine"
    THEIRS = "theirs"


def _is_id_list(name: str, value: object) -> bool:
    return name.endswith("_ids") and isinstance(value, list)


def comparable(value: Any, name: str = "") -> Any:
    """A hashable form of ``value`` in which only what a user can see or type counts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(
            (f.name, comparable(getattr(value, f.name), f.name))
            for f in dataclasses.fields(value)
            if f.name not in BOOKKEEPING
        )
    if _is_id_list(name, value):
        return tuple(sorted(value))
    if isinstance(value, (list, tuple)):
        return tuple(comparable(v) for v in value)
    if isinstance(value, Mapping) and name in TICK_MAPS:
        return tuple(sorted(str(k) for k, v in value.items() if v))
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), comparable(v)) for k, v in value.items()))
    return value


def record_fields(record: object) -> list[str]:
    """The names of a record's own fields, in declaration order (the form's order)."""
    return [f.name for f in dataclasses.fields(record) if f.name not in BOOKKEEPING]  # type: ignore[arg-type]


def same(name: str, a: object, b: object) -> bool:
    return bool(comparable(getattr(a, name), name) == comparable(getattr(b, name), name))


def differing_fields(a: object, b: object) -> list[str]:
    """The fields whose values differ between two versions of one record."""
    return [name for name in record_fields(a) if not same(name, a, b)]


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """Two saves of one record disagree: the record as this user has it and as stored now."""

    mine: Any
    theirs: Any
    fields: tuple[str, ...]  # the fields whose values differ, in the form's order
    defaults: Mapping[str, Choice]  # what each field starts as in the dialog


def conflict_of(mine: R, theirs: R, base: R | None = None) -> FieldConflict:
    """The differing fields of ``mine`` (the unsaved edit) and ``theirs`` (stored meanwhile).

    With ``base`` (the record as this user loaded it) a field this user did not touch starts
    as theirs — their edit is kept unless chosen otherwise — and one this user typed, as mine.
    """
    fields = tuple(differing_fields(mine, theirs))
    defaults: dict[str, Choice] = {}
    for name in fields:
        untouched = base is not None and same(name, mine, base)
        defaults[name] = Choice.THEIRS if untouched else Choice.MINE
    return FieldConflict(mine, theirs, fields, defaults)


def merged(conflict: FieldConflict, choices: Mapping[str, Choice]) -> Any:
    """The record to save: ``mine`` with the fields chosen as theirs taken from the stored
    version, and the stored version's counter, so the save goes against what is stored now."""
    taken = {
        name: getattr(conflict.theirs, name)
        for name in conflict.fields
        if choices.get(name, conflict.defaults.get(name, Choice.MINE)) is Choice.THEIRS
    }
    record = dataclasses.replace(conflict.mine, **taken)
    stamps = {
        name: getattr(conflict.theirs, name)
        for name in ("version", "updated_at")
        if hasattr(record, name)
    }
    return dataclasses.replace(record, **stamps)


def all_choices(conflict: FieldConflict, choice: Choice) -> dict[str, Choice]:
    return {name: choice for name in conflict.fields}
