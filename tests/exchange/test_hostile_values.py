"""Bad values inside a well-formed file: refused with one clear message, nothing changed.

Control characters where the forms refuse them, a JSON-escaped lone surrogate, timestamps
that leave years 1–9999 once turned into UTC, reporting loops — each once through the
service (the message) and once through the command line (exit 2, one line, nothing changed).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kam_desktop.cli import run
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.services.exchange import ExchangeService
from tests.exchange.conftest import dump_all
from tests.exchange.test_hostile import build, first_dossier_with, members_of, valid_archive

ESC_NAME = "Иван\x1b[2K\rImported: 999 added\x07"


def _edit(predicate: Callable[[dict], bool], edit: Callable[[dict], None]) -> bytes:
    members, name, doc = first_dossier_with(predicate)
    edit(doc)
    members[name] = json.dumps(doc, ensure_ascii=False).encode()
    return build(members)


def _edit_raw(predicate: Callable[[dict], bool], old: bytes, new: bytes) -> bytes:
    """Replace bytes of a dossier member as they are written (for JSON escapes)."""
    members, name, doc = first_dossier_with(predicate)
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    assert old in raw
    members[name] = raw.replace(old, new, 1)
    return build(members)


def _edit_shared(edit: Callable[[dict], None]) -> bytes:
    members = members_of(valid_archive())
    shared = json.loads(members["shared.json"])
    edit(shared)
    members["shared.json"] = json.dumps(shared, ensure_ascii=False).encode()
    return build(members)


def _manifest(**changes) -> bytes:
    return build(members_of(valid_archive()), **changes)


def _has_members(doc: dict) -> bool:
    return len(doc["members"]) >= 3


def _loop(doc: dict, length: int) -> None:
    people = doc["members"][:length]
    for person, boss in zip(people, people[1:] + people[:1], strict=True):
        person["reports_to"] = boss["id"]


def _member(field: str, value) -> bytes:
    return _edit(lambda d: d["members"], lambda d: d["members"][0].__setitem__(field, value))


def _with_proposal(edit: Callable[[dict], None]) -> bytes:
    return _edit(lambda d: d.get("proposals"), lambda d: edit(d["proposals"][0]))


CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "ESC and BEL in a name": (lambda: _member("full_name", ESC_NAME), "U+001B"),
    "NUL in a position": (lambda: _member("position", "Директор\x00"), "U+0000"),
    "line break in a one-line field": (lambda: _member("department", "Отдел\nпродаж"), "U+000A"),
    "DEL in a client name": (
        lambda: _edit(lambda d: True, lambda d: d["client"].__setitem__("name", "ООО\x7f")),
        "U+007F",
    ),
    "C1 control in notes": (lambda: _member("notes", "заметка \x9b31m"), "U+009B"),
    "control character in a contact": (
        lambda: _edit(
            lambda d: any(m["contacts"] for m in d["members"]),
            lambda d: next(m for m in d["members"] if m["contacts"])["contacts"][0].__setitem__(
                "label", "раб\x1b"
            ),
        ),
        "contacts.0.label",
    ),
    "control character in a tag": (
        lambda: _edit(lambda d: True, lambda d: d["client"].__setitem__("tags", ["ключ\x1b"])),
        "tags",
    ),
    "control character in an interaction": (
        lambda: _edit(
            lambda d: d["interactions"],
            lambda d: d["interactions"][0].__setitem__("summary", "встреча\x1b]0;title\x07"),
        ),
        "summary",
    ),
    "control character in a team member": (
        lambda: _edit_shared(lambda s: s["team"][0].__setitem__("position", "КАМ\x1b")),
        "shared.json",
    ),
    "control character in a role": (
        lambda: _edit_shared(lambda s: s["roles"][0].__setitem__("name_en", "sponsor\x07")),
        "name_en",
    ),
    "control character in a proposal": (
        lambda: _with_proposal(lambda p: p.__setitem__("title", "КП\x1b[5m")),
        "title",
    ),
    "control character in a catalogue item": (
        lambda: _edit_shared(lambda s: s["catalogue"][0].__setitem__("name", "Станок\x00")),
        "name",
    ),
    "control character in who exported": (
        lambda: _manifest(exported_by="ivanova\x1b[2K"),
        "exported_by",
    ),
    "lone surrogate in a name": (
        lambda: _edit_raw(lambda d: d["members"], b'"full_name":"', b'"full_name":"\\ud800'),
        "lone UTF-16 surrogate",
    ),
    "lone low surrogate in notes": (
        lambda: _edit_raw(lambda d: d["members"], b'"notes":"', b'"notes":"\\uDC00x'),
        "lone UTF-16 surrogate",
    ),
    "year 9999 with a zone": (
        lambda: _member("updated_at", "9999-12-31T23:59:59-01:00"),
        "9999-12-31T23:59:59-01:00",
    ),
    "year 1 with +14:00": (
        lambda: _member("created_at", "0001-01-01T00:00:00+14:00"),
        "0001-01-01T00:00:00+14:00",
    ),
    "year 1 with +14:00 in a proposal": (
        lambda: _with_proposal(lambda p: p.__setitem__("updated_at", "0001-01-01T00:00:00+14:00")),
        "0001-01-01T00:00:00+14:00",
    ),
    "year 9999 with a zone in the manifest": (
        lambda: _manifest(created_at="9999-12-31T23:30:00-05:00"),
        "manifest.json",
    ),
    "reporting loop A→B→A": (lambda: _edit(_has_members, lambda d: _loop(d, 2)), "loop"),
    "reporting loop A→B→C→A": (lambda: _edit(_has_members, lambda d: _loop(d, 3)), "loop"),
    "previous revision not in the file": (
        lambda: _with_proposal(
            lambda p: p.__setitem__("previous_id", "00000000-0000-4000-8000-000000000000")
        ),
        "previous_id",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_values_are_refused_with_a_clear_message(case, rich_db):
    make, expected = CASES[case]
    before = dump_all(rich_db)
    with pytest.raises(ArchiveError) as refused:
        ExchangeService(rich_db).preview_import(make())
    message = str(refused.value)
    assert expected in message
    assert "\x1b" not in message and "\x07" not in message and "\r" not in message
    assert dump_all(rich_db) == before


@pytest.mark.parametrize(
    "case",
    [
        "ESC and BEL in a name",
        "lone surrogate in a name",
        "year 9999 with a zone",
        "year 1 with +14:00 in a proposal",
        "reporting loop A→B→C→A",
    ],
)
def test_the_command_line_says_one_line_and_exits_2(case, rich_db, database_arg, tmp_path, capsys):
    path: Path = tmp_path / "bad.kamdossier"
    path.write_bytes(CASES[case][0]())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    before = dump_all(rich_db)
    code = run(["--db", database_arg, "import", str(path), "--on-conflict", "take-theirs"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.count("\n") == 1 and "Unexpected error" not in captured.err
    assert not any(c in captured.err for c in "\x1b\x07\r\x00")
    assert captured.out == ""
    assert dump_all(rich_db) == before
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_mixed_choices_cannot_close_a_reporting_loop(dossiers, db):
    """Theirs for X (X → Y) and mine for Y (Y → X) would make a loop neither side had."""
    from kam_desktop.domain.dossier import Client, Member
    from kam_desktop.exchange import codec
    from kam_desktop.services.exchange import Resolution

    client = dossiers.save_client(Client("ООО «Круг»"))
    boss = dossiers.save_member(Member("Иванов Иван", client_id=client.id))
    report = dossiers.save_member(Member("Петров Пётр", client_id=client.id, reports_to_id=boss.id))
    service = ExchangeService(db)
    exported = service.export_archive([client.id])
    service.record_export(exported)
    members = members_of(exported.data)
    name = f"clients/{client.id}.json"
    doc = json.loads(members[name])
    by_id = {m["id"]: m for m in doc["members"]}
    x, y = by_id[boss.id], by_id[report.id]
    x_fp, y_fp = codec.fingerprint(x), codec.fingerprint(y)
    x.update(reports_to=y["id"], history=[x_fp])  # an update of mine: taken
    y.update(reports_to=None, notes="их правка", history=[y_fp])
    members[name] = json.dumps(doc, ensure_ascii=False).encode()
    local = dossiers.get_member(report.id)
    local.notes = "моя правка"
    dossiers.save_member(local)  # Y changed on both sides: a conflict
    before = dump_all(db)
    preview = service.preview_import(build(members))
    assert [r.id for r in preview.conflicts] == [report.id]
    preview.resolve_all(Resolution.KEEP_MINE)
    with pytest.raises(ArchiveError, match="reporting loop"):
        service.apply_import(preview)
    assert dump_all(db) == before
