"""Import with preview: add / update / conflict / skip, per-record resolutions, one transaction.

The scenario is the office PC (``office``) and the laptop (``laptop``) of one KAM, or two
colleagues: dossiers travel both ways and each side edits in between.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kam_desktop.domain.errors import ConflictError
from kam_desktop.exchange.errors import Cancelled
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import (
    Change,
    ExchangeService,
    Resolution,
    classify,
)
from tests.exchange.conftest import dump, dump_all


@pytest.mark.parametrize(
    ("mine", "theirs", "mine_history", "theirs_history", "expected"),
    [
        (None, "t", [], [], Change.ADD),
        ("a", "a", [], [], Change.UNCHANGED),
        ("a", "t", [], ["a"], Change.UPDATE),  # theirs was edited from exactly my state
        ("a", "t", ["t"], [], Change.SKIP),  # theirs is a state I had and moved on from
        ("a", "t", [], [], Change.CONFLICT),  # no common history: the user decides
        ("a", "t", ["b"], ["b"], Change.CONFLICT),  # both edited the same base
        ("a", "t", ["t"], ["a"], Change.CONFLICT),  # seen by both, still different
    ],
)
def test_classify(mine, theirs, mine_history, theirs_history, expected):
    assert classify(mine, theirs, mine_history, theirs_history) == expected


@pytest.fixture
def office(rich_db):
    return rich_db


@pytest.fixture
def laptop(other_db):
    return other_db


def _send(source, target, tmp_path, name="handover.kamdossier"):
    """Export everything from source to a file and preview it on target."""
    path = tmp_path / name
    ExchangeService(source).export_to_file(path)
    return ExchangeService(target).preview_import(path.read_bytes())


def _key_person(db):
    service = DossierService(db)
    client = next(c for c in service.list_clients() if c.name == "УралТяжМаш")
    return next(m for m in service.list_members(client.id) if m.full_name.startswith("Смирнова"))


def _edit(db, **fields):
    service = DossierService(db)
    return service.save_member(replace(_key_person(db), **fields))


def _handed_over(office, laptop, tmp_path):
    ExchangeService(laptop).apply_import(_send(office, laptop, tmp_path, "first.kamdossier"))


def test_theirs_edited_mine_untouched_is_an_update(office, laptop, tmp_path):
    _handed_over(office, laptop, tmp_path)
    _edit(laptop, position="Директор по персоналу и оргразвитию")

    preview = _send(laptop, office, tmp_path)
    assert [(r.kind, r.change) for r in preview.records] == [("member", Change.UPDATE)]
    assert preview.updated[0].fields == ["position"]
    result = ExchangeService(office).apply_import(preview)
    assert result.updated == 1
    assert _key_person(office).position == "Директор по персоналу и оргразвитию"


def test_changed_on_both_sides_is_a_conflict_and_mine_is_kept_by_default(office, laptop, tmp_path):
    _handed_over(office, laptop, tmp_path)
    _edit(office, notes="Офис: любит орхидеи фаленопсис.")
    _edit(laptop, position="Директор по персоналу и оргразвитию")
    before = dump(office)

    preview = _send(laptop, office, tmp_path)
    [conflict] = preview.conflicts
    assert conflict.kind == "member" and set(conflict.fields) == {"notes", "position"}
    assert conflict.resolution == Resolution.KEEP_MINE
    assert conflict.mine_updated_at and conflict.theirs_updated_at
    result = ExchangeService(office).apply_import(preview)
    assert result.kept_mine == 1
    assert dump(office) == before

    again = ExchangeService(office).preview_import((tmp_path / "handover.kamdossier").read_bytes())
    assert again.conflicts == []  # decided once; the same file does not ask again


def test_conflict_take_theirs(office, laptop, tmp_path):
    _handed_over(office, laptop, tmp_path)
    _edit(office, notes="Офис")
    _edit(laptop, notes="Ноутбук")
    preview = _send(laptop, office, tmp_path)
    preview.resolve(preview.conflicts[0].id, Resolution.TAKE_THEIRS)
    ExchangeService(office).apply_import(preview)
    assert _key_person(office).notes == "Ноутбук"


def test_conflict_keep_both_adds_a_copy_with_new_ids(office, laptop, tmp_path):
    _handed_over(office, laptop, tmp_path)
    mine = _edit(office, notes="Офис")
    _edit(laptop, notes="Ноутбук")
    preview = _send(laptop, office, tmp_path)
    preview.resolve_all(Resolution.KEEP_BOTH)
    result = ExchangeService(office).apply_import(preview)
    assert result.copies == 1

    people = [
        m
        for m in DossierService(office).list_members(mine.client_id)
        if m.full_name == mine.full_name
    ]
    assert sorted(m.notes for m in people) == ["Ноутбук", "Офис"]
    copy = next(m for m in people if m.id != mine.id)
    assert {c.id for c in copy.contacts}.isdisjoint({c.id for c in mine.contacts})
    assert [c.value for c in copy.contacts] == [c.value for c in mine.contacts]


def test_client_conflict_keep_both_makes_a_named_copy(office, laptop, tmp_path):
    _handed_over(office, laptop, tmp_path)
    for db, text in ((office, "офис"), (laptop, "ноутбук")):
        service = DossierService(db)
        client = next(c for c in service.list_clients() if c.name == "УралТяжМаш")
        service.save_client(replace(service.get_client(client.id), strategy=text))
    preview = _send(laptop, office, tmp_path)
    assert [r.kind for r in preview.conflicts] == ["client"]
    preview.resolve_all(Resolution.KEEP_BOTH)
    ExchangeService(office).apply_import(preview)
    names = [c.name for c in DossierService(office).list_clients()]
    assert "УралТяжМаш" in names and "УралТяжМаш (imported copy)" in names


def test_unchanged_copy_coming_back_does_not_undo_my_edit(office, laptop, tmp_path):
    _handed_over(office, laptop, tmp_path)
    _edit(office, notes="Отредактировано в офисе после передачи")
    preview = _send(laptop, office, tmp_path)
    assert [(r.kind, r.change) for r in preview.records] == [("member", Change.SKIP)]
    ExchangeService(office).apply_import(preview)
    assert _key_person(office).notes == "Отредактировано в офисе после передачи"


def test_relay_through_a_colleague_is_an_update(office, laptop, tmp_path, db_path):
    """office → laptop → (edit) → colleague; the colleague got office's state earlier."""
    from kam_desktop.services.database import Database

    colleague = Database.open(str(tmp_path / "colleague.sqlite3"))
    try:
        ExchangeService(colleague).apply_import(_send(office, colleague, tmp_path, "c.kamdossier"))
        _handed_over(office, laptop, tmp_path)
        _edit(laptop, position="Новая должность")
        preview = _send(laptop, colleague, tmp_path)
        assert [(r.kind, r.change) for r in preview.records] == [("member", Change.UPDATE)]
    finally:
        colleague.close()


def test_new_records_from_theirs_are_added(office, laptop, tmp_path):
    _handed_over(office, laptop, tmp_path)
    service = DossierService(laptop)
    client = next(c for c in service.list_clients() if c.name == "УралТяжМаш")
    from kam_desktop.domain.dossier import Member

    service.save_member(Member("Орлов Пётр Ильич", client_id=client.id, position="Юрист"))
    preview = _send(laptop, office, tmp_path)
    assert [(r.kind, r.change, r.label) for r in preview.records] == [
        ("member", Change.ADD, "Орлов Пётр Ильич")
    ]
    ExchangeService(office).apply_import(preview)
    assert any(h.name == "Орлов Пётр Ильич" for h in DossierService(office).search("орлов"))


def test_local_edit_between_preview_and_apply_is_refused(office, laptop, tmp_path):
    _handed_over(office, laptop, tmp_path)
    _edit(laptop, position="Новая должность")
    preview = _send(laptop, office, tmp_path)
    _edit(office, notes="Изменено, пока открыт предпросмотр")
    before = dump_all(office)
    with pytest.raises(ConflictError, match="preview"):
        ExchangeService(office).apply_import(preview)
    assert dump_all(office) == before


def test_cancel_during_apply_leaves_nothing(rich_db, other_db):
    data = ExchangeService(rich_db).export_archive().data
    target = ExchangeService(other_db)
    preview = target.preview_import(data)
    calls = []

    def cancel_after_two_dossiers() -> bool:
        calls.append(1)
        return len(calls) > 2

    before = dump_all(other_db)
    with pytest.raises(Cancelled):
        target.apply_import(preview, should_cancel=cancel_after_two_dossiers)
    assert dump_all(other_db) == before
    assert DossierService(other_db).search("смирн") == []  # the search index rolled back too


def test_progress_is_reported(rich_db, other_db):
    steps = []
    data = ExchangeService(rich_db).export_archive(progress=lambda d, t: steps.append((d, t))).data
    assert steps[-1][0] == steps[-1][1] == 7
    target = ExchangeService(other_db)
    seen = []
    target.apply_import(target.preview_import(data), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (7, 7)


def test_new_client_added_elsewhere_after_preview_is_refused(rich_db, other_db):
    data = ExchangeService(rich_db).export_archive().data
    target = ExchangeService(other_db)
    preview = target.preview_import(data)
    # Meanwhile the same file is imported in another window.
    ExchangeService(other_db).apply_import(ExchangeService(other_db).preview_import(data))
    before = dump_all(other_db)
    with pytest.raises(ConflictError, match="preview"):
        target.apply_import(preview)
    assert dump_all(other_db) == before


def test_cancelled_export_leaves_no_file(rich_db, tmp_path):
    path = tmp_path / "cancelled.kamdossier"
    before = dump_all(rich_db)
    with pytest.raises(Cancelled):
        ExchangeService(rich_db).export_to_file(path, should_cancel=lambda: True)
    assert not path.exists() and list(tmp_path.glob(".cancelled*")) == []
    assert dump_all(rich_db) == before  # nothing recorded as sent either


def test_the_result_names_the_clients_an_import_wrote(office, laptop, tmp_path):
    """A window refreshes what changed: the result says which dossiers were written."""
    first = ExchangeService(laptop).apply_import(_send(office, laptop, tmp_path, "first.kamdossier"))
    every_client = {c.id for c in DossierService(office).list_clients()}
    assert first.client_ids == every_client  # all new on the laptop
    assert first.shared_changed  # our team and company came with them

    _edit(laptop, position="Директор по персоналу и оргразвитию")
    result = ExchangeService(office).apply_import(_send(laptop, office, tmp_path))
    assert result.client_ids == {_key_person(office).client_id}  # one member of one client
    assert not result.shared_changed
