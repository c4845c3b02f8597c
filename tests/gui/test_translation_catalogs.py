"""The committed Qt catalogues are fresh: lupdate finds in the sources exactly the messages
the .ts files hold, and each .qm is what lrelease makes of its .ts (compared by content)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.translations import Message, catalogues, compiled, extracted_messages, messages


def test_the_catalogues_hold_exactly_the_messages_of_the_sources() -> None:
    committed: Counter[Message] = Counter()
    for ts in catalogues():
        committed += messages(ts)
    extracted = extracted_messages()
    missing = sorted(extracted - committed, key=str)  # new tr() strings not in any catalogue
    stale = sorted(committed - extracted, key=str)  # strings no source has any more
    assert (missing, stale) == ([], []), "run pyside6-lupdate on the .ts files, then translate"


def test_no_context_is_split_between_catalogues() -> None:
    owner: dict[str | None, str] = {}
    split = set()
    for ts in catalogues():
        for context, *_ in messages(ts):
            if owner.setdefault(context, ts.name) != ts.name:
                split.add(context)
    assert split == set()


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.name)
def test_each_compiled_catalogue_is_its_source_compiled(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists()
    assert qm.read_bytes() == compiled(ts), f"run pyside6-lrelease {ts.name}"
