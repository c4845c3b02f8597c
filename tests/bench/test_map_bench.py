"""The relationship map of a 40-person group on the 5,000-client database (issue 10, «Speed»).

Target: the map of a 40-person group at most 200 ms — read (``RelationshipService.sheet``:
members, links, kept positions, coverage), scene built and first painted. The PDF and PNG
exports are timed too. The shared cached database is copied, never written in place; the
40-person client (a reports-to tree, 10 informal links) is added to the copy through the
services. Nothing here asserts a time.

    python -m pytest tests/bench/test_map_bench.py --benchmark-only -m bench
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.enums import Attitude, ClientStatus
from kam_desktop.domain.relationship_map import LinkKind, MemberLink

GROUP = 40
LINKS = 10
ROLES = ("executive", "financier", "technical", "procurement", "end_user", "hr_director")
ATTITUDES = tuple(Attitude)


@pytest.fixture(scope="module")
def map_db(bench_db_path: Path, tmp_path_factory: pytest.TempPathFactory):
    from kam_desktop.services.database import Database

    copy = tmp_path_factory.mktemp("map-bench") / "bench.sqlite3"
    shutil.copyfile(bench_db_path, copy)
    database = Database.open(str(copy))
    yield database
    database.close()


@pytest.fixture(scope="module")
def group_client(map_db) -> str:
    """A key client with 40 people: a CEO, 5 directors, their teams; 10 informal links."""
    from kam_desktop.services.dossiers import DossierService
    from kam_desktop.services.relationship import RelationshipService

    dossiers = DossierService(map_db)
    client = dossiers.save_client(Client(name="АО «Карта Сорок»", status=ClientStatus.KEY))
    ids: list[str] = []
    for i in range(GROUP):
        boss = None if i == 0 else ids[0] if i <= 5 else ids[1 + (i - 6) % 5]
        member = dossiers.save_member(
            Member(
                f"Участник {i:02d} Иванович",
                client.id,
                f"Должность номер {i}",
                role_code=ROLES[i % len(ROLES)],
                influence=5 if i == 0 else 1 + i % 5,
                attitude=ATTITUDES[i % len(ATTITUDES)],
                reports_to_id=boss,
            )
        )
        ids.append(member.saved_id)
    relationship = RelationshipService(map_db)
    for i in range(LINKS):
        kind = LinkKind.INFLUENCES if i % 2 else LinkKind.FRIENDLY
        relationship.add_link(MemberLink(client.saved_id, ids[6 + i], ids[20 + i], kind))
    return client.saved_id


def test_map_sheet_read(benchmark, map_db, group_client) -> None:
    """The service alone: members, links, positions, role labels, coverage."""
    from kam_desktop.services.relationship import RelationshipService

    sheet = benchmark(RelationshipService(map_db).sheet, group_client)
    assert len(sheet.chart.nodes) == GROUP and len(sheet.links) == LINKS


def test_map_tab_read_build_and_first_paint(benchmark, qapp, map_db, group_client) -> None:
    """From asking for the map to its first paint: read, scene built, viewport painted."""
    from kam_desktop.domain.dossier import Dossier
    from kam_desktop.gui.relationship_map_view import RelationshipMapTab
    from kam_desktop.services.dossiers import DossierService

    dossiers = DossierService(map_db)
    client = dossiers.get_client(group_client)
    tab = RelationshipMapTab(dossiers)
    tab.resize(1000, 650)
    tab.load(Dossier(client, [], []))
    tab.show()
    qapp.processEvents()

    def draw() -> None:
        tab.refresh()
        tab.canvas.viewport().repaint()  # paints now, synchronously

    benchmark.pedantic(draw, rounds=20, iterations=1, warmup_rounds=2)
    assert len(tab.canvas.nodes) == GROUP and len(tab.canvas.edges) == GROUP - 1 + LINKS
    tab.close()
    tab.deleteLater()
    qapp.processEvents()


@pytest.mark.parametrize("file_format", ["pdf", "png"])
def test_map_export(benchmark, map_db, group_client, tmp_path, file_format) -> None:
    """Read, draw and write the file (the GUI's export and the CLI's handler, in-process)."""
    from kam_desktop.services.relationship import RelationshipService

    service = RelationshipService(map_db)
    target = tmp_path / f"map.{file_format}"
    benchmark.pedantic(
        service.export, args=(group_client, target, "ru"), rounds=10, iterations=1, warmup_rounds=1
    )
    assert target.stat().st_size > 10_000
