"""Export → import keeps every field; importing the same file again changes nothing."""

from __future__ import annotations

from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService
from tests.exchange.conftest import EXCHANGED_TABLES, dump, dump_all

# Sub-rows travel inside their parent record, without their own bookkeeping columns.
LIBRARY_TABLES = ("catalogue_item", "similar_project", "referee", "argument_block")
SUB_ROW_TABLES = {"tender", "contact_point", "family_member", "proposal_line", "referee"}


def _comparable(db) -> dict[str, list[tuple]]:
    tables = dump(db, EXCHANGED_TABLES)
    for name in SUB_ROW_TABLES:
        # id, data…, created_at, updated_at, version: drop the last three
        tables[name] = sorted(row[:-3] for row in tables[name])
    return tables


def test_round_trip_into_empty_database_preserves_everything(rich_db, other_db):
    exported = ExchangeService(rich_db).export_archive()
    target = ExchangeService(other_db)
    preview = target.preview_import(exported.data)
    assert not preview.conflicts and not preview.updated
    # New clients come as one record each, with what they include counted.
    new_clients = [r for r in preview.added if r.kind == "client"]
    assert len(new_clients) == 7 and all(r.includes is not None for r in new_clients)
    assert sum(r.includes["member"] for r in new_clients) == exported.counts["members"]
    assert {r.kind for r in preview.added} >= {"client", "team_member", "role", "argument_block"}
    result = target.apply_import(preview)
    assert result.added == preview.added_count - 1  # the custom role is not a counted record

    mine, theirs = _comparable(rich_db), _comparable(other_db)
    # The proposal library travels only as far as the proposals use it.
    for table in LIBRARY_TABLES:
        assert theirs[table] and set(theirs[table]) <= set(mine[table])
        mine[table] = theirs[table]
    assert theirs == mine
    assert len(theirs["argument_block"]) == 2 and len(theirs["similar_project"]) == 1


def test_round_trip_keeps_search_working(rich_db, other_db):
    target = ExchangeService(other_db)
    target.apply_import(target.preview_import(ExchangeService(rich_db).export_archive().data))
    hits = DossierService(other_db).search("смирн")
    assert any(h.type == "person" and h.name.startswith("Смирнова") for h in hits)


def test_second_import_changes_nothing(rich_db, other_db):
    data = ExchangeService(rich_db).export_archive().data
    target = ExchangeService(other_db)
    target.apply_import(target.preview_import(data))
    before = dump_all(other_db)

    preview = target.preview_import(data)
    assert not preview.has_changes and preview.records == []
    assert preview.unchanged > 0
    result = target.apply_import(preview)
    assert (result.added, result.updated, result.copies) == (0, 0, 0)
    assert dump_all(other_db) == before


def test_importing_own_export_changes_no_record(rich_db):
    service = ExchangeService(rich_db)
    data = service.export_archive().data
    before = dump(rich_db)
    preview = service.preview_import(data)
    assert preview.records == []
    service.apply_import(preview)
    assert dump(rich_db) == before


def test_export_of_chosen_clients_only(rich_db, other_db):
    dossiers = DossierService(rich_db)
    chosen = dossiers.list_clients()[:2]
    exported = ExchangeService(rich_db).export_archive([c.id for c in chosen])
    assert exported.counts["clients"] == 2
    target = ExchangeService(other_db)
    target.apply_import(target.preview_import(exported.data))
    assert {c.id for c in DossierService(other_db).list_clients()} == {c.id for c in chosen}
