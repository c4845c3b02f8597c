"""The one reader of members (``client_store.load_members``) and the record scheme."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from kam_desktop.domain.dossier import (
    Client,
    ContactPoint,
    FamilyMember,
    Member,
    UnsavedRecordError,
)
from kam_desktop.domain.enums import ContactKind
from kam_desktop.storage import client_store


def _group(dossiers, name: str, people: int) -> str:
    client = dossiers.save_client(Client(name=name))
    for n in range(people):
        dossiers.save_member(
            Member(
                full_name=f"{name} {n}",
                client_id=client.id,
                influence=1 + n % 5,
                contacts=[ContactPoint(ContactKind.EMAIL, f"p{n}@{name}.example")],
                family=[FamilyMember(f"child {n}")],
            )
        )
    return client.saved_id


def _statements(db):
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_load_members_reads_contacts_and_family_in_three_queries(db, dossiers):
    first, second = _group(dossiers, "alpha", 7), _group(dossiers, "beta", 4)
    _group(dossiers, "gamma", 2)
    seen = _statements(db)
    with db.session() as s:
        found = client_store.load_members(s, [first, second])
    assert len([sql for sql in seen if sql.lstrip().upper().startswith("SELECT")]) == 3
    assert sorted(found) == sorted([first, second])
    assert [len(found[first]), len(found[second])] == [7, 4]
    member = found[first][0]
    assert member.contacts[0].value.endswith("@alpha.example")
    assert member.family[0].name.startswith("child")
    # the dossier's order: most influential first, then by name
    assert [m.influence for m in found[first]] == sorted(
        (m.influence for m in found[first]), reverse=True
    )
    assert found[first] == dossiers.get_dossier(first).members


def test_load_members_of_everyone_of_no_one_and_by_member_id(db, dossiers):
    first = _group(dossiers, "alpha", 3)
    _group(dossiers, "beta", 2)
    with db.session() as s:
        assert sum(len(group) for group in client_store.load_members(s).values()) == 5
        assert client_store.load_members(s, []) == {}
        wanted = dossiers.list_members(first)[1]
        assert client_store.members_by_id(s, [wanted.saved_id, "missing"]) == {
            wanted.saved_id: wanted
        }


def test_new_records_have_no_id_and_saved_ones_say_theirs(dossiers):
    new = Client(name="Новый")
    assert new.is_new
    with pytest.raises(UnsavedRecordError):
        _ = new.saved_id
    saved = dossiers.save_client(new)
    assert not saved.is_new and saved.saved_id == saved.id
