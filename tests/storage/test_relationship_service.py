"""The relationship service on a real database: kept layout, links checked, coverage, export."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kam_desktop.domain.coverage import AccountCoverageCode
from kam_desktop.domain.dossier import Client, Interaction, Member
from kam_desktop.domain.enums import Attitude, ClientStatus
from kam_desktop.domain.errors import KamError, NotFoundError, ValidationError
from kam_desktop.domain.relationship_map import LinkKind, MemberLink
from kam_desktop.services.relationship import RelationshipService


@pytest.fixture
def group(dossiers):
    """A key client with a CEO, a CFO and a CTO under him; another client with one person."""
    client = dossiers.save_client(Client(name="УралТяжМаш", status=ClientStatus.KEY))
    ceo = dossiers.save_member(
        Member(
            "Петров Иван Сергеевич",
            client.id,
            "Генеральный директор",
            role_code="executive",
            influence=5,
            attitude=Attitude.NEUTRAL,
        )
    )
    cfo = dossiers.save_member(
        Member(
            "Кузнецов Андрей",
            client.id,
            "Финансовый директор",
            role_code="financier",
            influence=4,
            attitude=Attitude.OPPONENT,
            reports_to_id=ceo.id,
        )
    )
    cto = dossiers.save_member(
        Member(
            "Волков Сергей",
            client.id,
            "Главный инженер",
            role_code="technical",
            influence=3,
            attitude=Attitude.SUPPORTER,
            reports_to_id=ceo.id,
        )
    )
    other = dossiers.save_client(Client(name="СибАгро"))
    stranger = dossiers.save_member(Member("Чужой Человек", other.id))
    return client, ceo, cfo, cto, stranger


def test_a_dragged_position_is_there_after_reopening(db, group) -> None:
    client, ceo, cfo, _cto, _stranger = group
    before = RelationshipService(db).chart(client.id)
    RelationshipService(db).keep_positions(client.id, {cfo.id: (512.5, 333.0)})
    again = RelationshipService(db).chart(client.id)  # a new service: nothing cached
    assert (again.node(cfo.id).x, again.node(cfo.id).y) == (512.5, 333.0)
    assert again.node(cfo.id).pinned
    assert again.node(ceo.id) == before.node(ceo.id)  # the others stay where the tree put them
    RelationshipService(db).reset_layout(client.id)
    assert RelationshipService(db).chart(client.id).node(cfo.id) == before.node(cfo.id)


def test_positions_only_for_the_clients_own_members(db, group) -> None:
    client, _ceo, cfo, _cto, stranger = group
    service = RelationshipService(db)
    with pytest.raises(ValidationError):
        service.keep_positions(client.id, {cfo.id: (1.0, 2.0), stranger.id: (3.0, 4.0)})
    with pytest.raises(ValidationError):
        service.keep_positions(client.id, {cfo.id: (float("nan"), 2.0)})
    assert not service.chart(client.id).node(cfo.id).pinned  # nothing of the refused call kept


def test_links_are_checked_and_drawn(db, group) -> None:
    client, ceo, cfo, cto, stranger = group
    service = RelationshipService(db)
    link = service.add_link(MemberLink(client.id, cto.id, cfo.id, LinkKind.INFLUENCES))
    service.add_link(MemberLink(client.id, cfo.id, cto.id, LinkKind.FRIENDLY))
    with pytest.raises(ValidationError):  # another client's member
        service.add_link(MemberLink(client.id, cto.id, stranger.id, LinkKind.FRIENDLY))
    with pytest.raises(ValidationError):  # the same person
        service.add_link(MemberLink(client.id, cto.id, cto.id, LinkKind.FRIENDLY))
    with pytest.raises(ValidationError):  # friendly has no direction: the same link again
        service.add_link(MemberLink(client.id, cto.id, cfo.id, LinkKind.FRIENDLY))
    with pytest.raises(NotFoundError):
        service.add_link(MemberLink("no-such-client", cto.id, cfo.id, LinkKind.FRIENDLY))
    edges = {(e.from_id, e.to_id, e.kind): e for e in service.chart(client.id).edges}
    assert edges[(cto.id, cfo.id, "influences")].link_id == link.id
    assert edges[(ceo.id, cfo.id, "reports_to")].dashed is False
    assert service.delete_link(link.saved_id).to_member_id == cfo.id
    assert (cto.id, cfo.id, "influences") not in {
        (e.from_id, e.to_id, e.kind) for e in service.chart(client.id).edges
    }
    with pytest.raises(NotFoundError):
        service.delete_link(link.saved_id)


def test_coverage_names_the_opponent_and_a_contact_resets_staleness(db, dossiers, group) -> None:
    client, ceo, cfo, _cto, _stranger = group
    service = RelationshipService(db)
    today = date(2026, 12, 1)
    codes = {w.code: w for w in service.coverage(client.id, today, "ru")}
    assert codes[AccountCoverageCode.INFLUENTIAL_OPPONENT].member_id == cfo.id
    assert "Кузнецов Андрей" in codes[AccountCoverageCode.INFLUENTIAL_OPPONENT].message
    assert AccountCoverageCode.NO_SPONSOR in codes  # the CEO is neutral
    stale = {
        w.member_id for w in service.coverage(client.id, today) if w.code == "stale_key_person"
    }
    assert ceo.id in stale
    dossiers.save_interaction(
        Interaction(
            client_id=client.id,
            occurred_on=today - timedelta(days=3),
            summary="Встреча",
            member_ids=[ceo.id],
        )
    )
    stale = {
        w.member_id for w in service.coverage(client.id, today) if w.code == "stale_key_person"
    }
    assert ceo.id not in stale
    sheet = service.sheet(client.id, today, "ru")
    assert 0 <= sheet.score < 100 and sheet.role_labels["financier"] == "финансист"


def test_export_refuses_other_formats_and_unknown_clients(db, group, tmp_path) -> None:
    client = group[0]
    service = RelationshipService(db)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KamError, match=r"\.png or \.pdf"):
        service.export(client.id, out / "map.svg")
    with pytest.raises(NotFoundError):
        service.export("nobody", out / "map.png")
    assert not list(out.iterdir())
    written = service.export(client.id, out / "map.pdf")
    assert written.read_bytes().startswith(b"%PDF")
