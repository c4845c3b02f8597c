"""A dossier file never moves or rewrites a record that belongs to another client here.

Each hostile file below is a real export of client A edited the way an attacker holding an
older export of client B would: B's records (or their ids) are listed in A's dossier, with a
history entry that matches B's current fingerprint, so that the merge rule alone would call
them an update. Whatever the resolution, the import is refused and the database is unchanged.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from kam_desktop.cli import run
from kam_desktop.exchange import codec
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.services.database import Database
from kam_desktop.services.exchange import ExchangeService, Resolution
from kam_desktop.storage.models import ClientRow
from tests.exchange.conftest import dump_all
from tests.exchange.test_hostile import build, members_of

A_NAME = "Caspian Energy Services Ltd"
B_NAME = "УралТяжМаш"  # the demo client with a proposal, many people and interactions


def _client_id(db: Database, name: str) -> str:
    with db.session() as s:
        return s.scalars(select(ClientRow.id).where(ClientRow.name == name)).one()


def _dossier(db: Database, client_id: str) -> tuple[dict[str, bytes], dict]:
    """One client's dossier from a whole export (its shared.json has the whole library)."""
    members = members_of(ExchangeService(db).export_archive().data)
    name = f"clients/{client_id}.json"
    members = {n: d for n, d in members.items() if not n.startswith("clients/") or n == name}
    return members, json.loads(members[name])


def _as_update(record: dict, **changes) -> dict:
    """B's record as an attacker lists it: edited, with B's current state in its history."""
    hostile = copy.deepcopy(record)
    hostile["history"] = [codec.fingerprint(record)]
    hostile.update(changes)
    return hostile


def _b_person(b: dict) -> dict:
    """A person of B at the top of B's reporting lines (the file needs no one else of B)."""
    return next(m for m in b["members"] if m["reports_to"] is None)


def _new_id() -> str:
    return str(uuid.uuid4())


# ---- the hostile edits: (A's dossier, B's dossier) → A's dossier changed in place ---------
def _member_of_b(a: dict, b: dict) -> None:
    a["members"].append(_as_update(_b_person(b), full_name="Захвачен Захват Захватович"))


def _contact_of_b(a: dict, b: dict) -> None:
    stolen = next(c for m in b["members"] for c in m["contacts"])
    a["members"][0]["contacts"].append({**stolen, "value": "+7 900 000-00-00"})


def _family_of_b(a: dict, b: dict) -> None:
    stolen = next(f for m in b["members"] for f in m["family"])
    a["members"][0]["family"].append({**stolen, "name": "Чужой Родственник"})


def _interaction_of_b(a: dict, b: dict) -> None:
    stolen = _as_update(b["interactions"][0], summary="Переписано из чужого файла")
    stolen["participants"] = {"members": [a["members"][0]["id"]], "team": []}
    a["interactions"].append(stolen)


def _participant_of_b(a: dict, b: dict) -> None:
    b_person = _b_person(b)
    a["members"].append(copy.deepcopy(b_person))
    a["interactions"][0]["participants"]["members"].append(b_person["id"])


def _reports_to_b(a: dict, b: dict) -> None:
    b_boss = _b_person(b)
    a["members"].append(copy.deepcopy(b_boss))
    a["members"][0]["reports_to"] = b_boss["id"]


def _proposal_of_b(a: dict, b: dict) -> None:
    stolen = _as_update(b["proposals"][0], title="Переписано")
    stolen["addressee_ids"] = [a["members"][0]["id"]]
    a["proposals"] = [stolen]


def _new_proposal(a: dict, b: dict) -> dict:
    proposal = copy.deepcopy(b["proposals"][0])
    proposal.pop("history", None)
    proposal["id"] = _new_id()
    proposal["number"] = "КП-ЧУЖОЙ-1"
    proposal["addressee_ids"] = [a["members"][0]["id"]]
    for line in proposal["lines"]:
        line["id"] = _new_id()
    return proposal


def _addressee_of_b(a: dict, b: dict) -> None:
    proposal = _new_proposal(a, b)
    a["members"].append(copy.deepcopy(_b_person(b)))
    proposal["addressee_ids"] = [_b_person(b)["id"]]
    a["proposals"] = [proposal]


def _line_of_b(a: dict, b: dict) -> None:
    proposal = _new_proposal(a, b)
    proposal["lines"][0]["id"] = b["proposals"][0]["lines"][0]["id"]
    a["proposals"] = [proposal]


def _revision_of_b(a: dict, b: dict) -> None:
    proposal = _new_proposal(a, b)
    proposal["previous_id"] = b["proposals"][0]["id"]
    proposal["revision"] = 2
    previous = copy.deepcopy(b["proposals"][0])
    previous["addressee_ids"] = [a["members"][0]["id"]]
    a["proposals"] = [previous, proposal]


def _member_with_interaction_id(a: dict, b: dict) -> None:
    old, new = a["members"][0]["id"], b["interactions"][0]["id"]  # another record type here
    a["members"][0]["id"] = new
    for member in a["members"]:
        if member["reports_to"] == old:
            member["reports_to"] = new
    for interaction in a["interactions"]:
        people = interaction["participants"]["members"]
        interaction["participants"]["members"] = [new if p == old else p for p in people]


def _tender_of_b(a: dict, b: dict) -> None:
    stolen = b["client"]["tenders"][0]
    a["client"]["tenders"].append({**stolen, "title": "Чужой тендер"})


HOSTILE: dict[str, Callable[[dict, dict], None]] = {
    "member of another client": _member_of_b,
    "contact of another client's member": _contact_of_b,
    "family member of another client's member": _family_of_b,
    "interaction of another client": _interaction_of_b,
    "participant from another client": _participant_of_b,
    "reports to someone of another client": _reports_to_b,
    "proposal of another client": _proposal_of_b,
    "addressee from another client": _addressee_of_b,
    "line of another client's proposal": _line_of_b,
    "revision of another client's proposal": _revision_of_b,
    "member with the id of an interaction": _member_with_interaction_id,
    "tender of another client": _tender_of_b,
}


def hostile_file(db: Database, case: str) -> bytes:
    a_id, b_id = _client_id(db, A_NAME), _client_id(db, B_NAME)
    members, a = _dossier(db, a_id)
    _b_members, b = _dossier(db, b_id)
    HOSTILE[case](a, b)
    members[f"clients/{a_id}.json"] = json.dumps(a, ensure_ascii=False).encode()
    return build(members)


@pytest.mark.parametrize("resolution", list(Resolution))
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_file_cannot_take_records_of_another_client(rich_db, case, resolution):
    data = hostile_file(rich_db, case)
    service = ExchangeService(rich_db)
    before = dump_all(rich_db)
    with pytest.raises(ArchiveError) as refused:
        preview = service.preview_import(data)
        preview.resolve_all(resolution)
        service.apply_import(preview)
    message = str(refused.value)
    assert A_NAME in message and B_NAME in message, message
    assert dump_all(rich_db) == before


def test_the_preview_lists_the_refused_records_naming_both_owners(rich_db):
    preview = ExchangeService(rich_db).preview_import(
        hostile_file(rich_db, "member of another client")
    )
    assert len(preview.refused) == 1
    assert A_NAME in preview.refused[0] and B_NAME in preview.refused[0]


def test_the_command_line_refuses_with_one_line_and_exit_2(rich_db, database_arg, tmp_path, capsys):
    path = tmp_path / "hostile.kamdossier"
    path.write_bytes(hostile_file(rich_db, "interaction of another client"))
    before = dump_all(rich_db)
    code = run(["--db", database_arg, "import", str(path), "--on-conflict", "take-theirs"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and B_NAME in err and A_NAME in err
    assert dump_all(rich_db) == before


def test_an_honest_file_still_imports(rich_db, other_db):
    """The ownership check does not get in the way of a normal hand-over."""
    a_id = _client_id(rich_db, B_NAME)
    data = ExchangeService(rich_db).export_archive([a_id]).data
    service = ExchangeService(other_db)
    preview = service.preview_import(data)
    assert preview.refused == []
    assert service.apply_import(preview).added > 0
    again = ExchangeService(rich_db).preview_import(data)
    assert again.refused == [] and not again.has_changes
