"""An import writes the change log too: one entry per record it created or changed, by the
importing user's name «(import)»."""

from __future__ import annotations

from dataclasses import replace

from kam_desktop.domain.change_log import ChangeAction, EntityKind
from kam_desktop.local_settings import USER_NAME_ENV
from kam_desktop.services.change_history import ChangeHistoryService
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService


def _send(source, target, tmp_path, name):
    path = tmp_path / name
    ExchangeService(source).export_to_file(path)
    return ExchangeService(target).preview_import(path.read_bytes())


def _client(db):
    return next(c for c in DossierService(db).list_clients() if c.name == "УралТяжМаш")


def test_imported_records_are_logged_by_import(rich_db, other_db, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(USER_NAME_ENV, "Борис")
    ExchangeService(other_db).apply_import(_send(rich_db, other_db, tmp_path, "first.kamdossier"))
    client = _client(other_db)
    first = ChangeHistoryService(other_db).page(client.id).entries
    assert first and {(e.action, e.author, e.by_import) for e in first} == {
        (ChangeAction.CREATED, "Борис", True)
    }
    assert {e.kind for e in first} >= {EntityKind.CLIENT, EntityKind.MEMBER}

    # the office edits one person; the laptop takes the update
    service = DossierService(rich_db)
    person = service.list_members(_client(rich_db).id)[0]
    monkeypatch.setenv(USER_NAME_ENV, "Анна")
    service.save_member(replace(person, position="Директор по развитию"))
    monkeypatch.setenv(USER_NAME_ENV, "Борис")
    ExchangeService(other_db).apply_import(_send(rich_db, other_db, tmp_path, "second.kamdossier"))
    newest = ChangeHistoryService(other_db).page(client.id).entries[0]
    assert (newest.kind, newest.entity_id, newest.action, newest.fields) == (
        EntityKind.MEMBER,
        person.id,
        ChangeAction.CHANGED,
        ["position"],
    )
    assert newest.author == "Борис" and newest.by_import
