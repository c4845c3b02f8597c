"""Proposals travel in the dossier file: revisions with lines, the library records they use."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import select

from kam_desktop.domain.dossier import Client
from kam_desktop.exchange.tables import json_schema
from kam_desktop.paths import resource_path
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import Change, ExchangeService, proposal_specs
from kam_desktop.storage.proposal_models import ProposalRow
from tests.exchange.conftest import dump_all


def test_schema_file_matches_the_proposal_tables():
    """The JSON Schema is generated from the ORM columns; a new column must update it."""
    schema = json.loads(resource_path("schema", "kamdossier-1.schema.json").read_text("utf-8"))
    for kind, spec in proposal_specs().items():
        assert schema["$defs"][kind] == json_schema(spec, record=True), kind


def _proposals(db) -> list[ProposalRow]:
    with db.session() as s:
        return list(s.scalars(select(ProposalRow).order_by(ProposalRow.number)))


def test_proposal_with_lines_round_trips(rich_db, other_db):
    target = ExchangeService(other_db)
    preview = target.preview_import(ExchangeService(rich_db).export_archive().data)
    kinds = {r.kind for r in preview.added}
    assert {"catalogue_item", "similar_project", "argument_block"} <= kinds
    assert sum(r.includes["proposal"] for r in preview.added if r.includes) == 1
    target.apply_import(preview)
    [mine], [theirs] = _proposals(rich_db), _proposals(other_db)
    assert (theirs.number, theirs.total, theirs.valid_until) == (
        mine.number,
        mine.total,
        mine.valid_until,
    )


def test_clashing_proposal_number_is_renumbered_once(rich_db, other_db):
    """Both KAMs have a «КП-2026-0001»: theirs arrives as «…-2», every time the same."""
    [source] = _proposals(rich_db)
    client = DossierService(other_db).save_client(Client("ООО «Своя»"))
    with other_db.session() as s:
        s.add(
            ProposalRow(
                client_id=client.id,
                number=source.number,
                number_year=source.number_year,
                number_seq=source.number_seq,
                issue_date=date.today(),
                valid_until=date.today() + timedelta(days=30),
            )
        )
    data = ExchangeService(rich_db).export_archive().data
    target = ExchangeService(other_db)
    preview = target.preview_import(data)
    assert preview._renumber == {source.number: f"{source.number}-2"}
    target.apply_import(preview)
    assert sorted(p.number for p in _proposals(other_db)) == [source.number, f"{source.number}-2"]

    before = dump_all(other_db)
    again = target.preview_import(data)
    assert again.records == []
    target.apply_import(again)
    assert dump_all(other_db) == before


def test_edited_proposal_comes_back_as_an_update(rich_db, other_db, tmp_path):
    path = tmp_path / "first.kamdossier"
    ExchangeService(rich_db).export_to_file(path)
    ExchangeService(other_db).apply_import(
        ExchangeService(other_db).preview_import(path.read_bytes())
    )
    with other_db.session() as s:
        s.scalars(select(ProposalRow)).one().title = "КП на вторую очередь MES (уточнённое)"
    back = ExchangeService(other_db).export_archive().data
    preview = ExchangeService(rich_db).preview_import(back)
    assert [(r.kind, r.change, r.fields) for r in preview.records] == [
        ("proposal", Change.UPDATE, ["title"])
    ]
    ExchangeService(rich_db).apply_import(preview)
    assert _proposals(rich_db)[0].title == "КП на вторую очередь MES (уточнённое)"
