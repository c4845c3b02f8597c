"""Writes that span several records are one transaction: a failure halfway leaves nothing.

(The SIGKILL proof for ``demo`` and ``import`` is tests/cli/test_kills.py.)
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kam_desktop.domain.dossier import Client
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.services.database import Database
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from kam_desktop.services.dossiers import DossierService


def test_nested_units_of_work_are_one_transaction(db: Database, dossiers: DossierService) -> None:
    with pytest.raises(RuntimeError), db.transaction() as outer:
        with db.session() as inner:
            assert inner is outer
        dossiers.save_client(Client("Первый"))
        dossiers.save_client(Client("Второй"))
        raise RuntimeError("stop halfway")
    assert dossiers.count_clients() == 0
    with db.transaction():
        dossiers.save_client(Client("Первый"))
        dossiers.save_client(Client("Второй"))
    assert dossiers.count_clients() == 2


def test_a_demo_that_fails_halfway_leaves_nothing(
    db: Database, dossiers: DossierService, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = DossierService.save_interaction
    calls = []

    def fail_on_the_fifth(self, interaction):
        calls.append(interaction)
        if len(calls) == 5:
            raise ValidationError({"summary": "stop halfway"})
        return saved(self, interaction)

    monkeypatch.setattr(DossierService, "save_interaction", fail_on_the_fifth)
    with pytest.raises(ValidationError):
        load_demo(db)
    assert dossiers.count_clients() == 0
    assert dossiers.team() == [] and dossiers.search("Петров") == []


def test_undoing_a_client_delete_restores_all_of_it_or_nothing(
    db: Database, dossiers: DossierService
) -> None:
    load_demo(db)
    other_member = next(
        m
        for c in dossiers.list_clients()
        if c.id != KEY_CLIENT_ID
        for m in dossiers.list_members(c.id)
    )
    snapshot = dossiers.delete_client(KEY_CLIENT_ID)
    last = snapshot.interactions[-1]
    # The last record to restore is broken: its participant belongs to another client.
    broken = replace(
        snapshot,
        interactions=[*snapshot.interactions[:-1], replace(last, member_ids=[other_member.id])],
    )
    with pytest.raises(ValidationError):
        dossiers.restore_client(broken)
    with pytest.raises(NotFoundError):
        dossiers.get_client(KEY_CLIENT_ID)
    assert dossiers.search("Петров Иван") == []
    dossiers.restore_client(snapshot)
    assert len(dossiers.get_dossier(KEY_CLIENT_ID).members) == len(snapshot.members)
