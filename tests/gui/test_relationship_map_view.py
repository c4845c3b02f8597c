"""The Map tab with a real database: drag and keep, links from the menus, coverage, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kam_desktop.domain.dossier import Client, Dossier, Member
from kam_desktop.domain.enums import Attitude, ClientStatus
from kam_desktop.domain.relationship_map import LinkKind, MemberLink
from kam_desktop.gui.relationship_map_view import RelationshipMapTab
from kam_desktop.services.relationship import RelationshipService
from tests.gui.shell_helpers import ScriptedPrompter, open_dossier, wait_for_operations


class MapPrompts(ScriptedPrompter):
    def __init__(self, save_to: Path | None = None) -> None:
        super().__init__()
        self.save_to = save_to
        self.errors: list[BaseException] = []

    def save_file(self, parent, title, suggested, filters):
        self.asked.append(("save", str(suggested)))
        return self.save_to

    def report_error(self, parent, exc):
        self.errors.append(exc)


@pytest.fixture
def group(dossiers):
    client = dossiers.save_client(Client(name="УралТяжМаш", status=ClientStatus.KEY))
    ceo = dossiers.save_member(
        Member("Петров Иван", client.id, "Генеральный директор", role_code="executive", influence=5)
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
            attitude=Attitude.SUPPORTER,
            reports_to_id=ceo.id,
        )
    )
    return client, ceo, cfo, cto


def open_tab(qtbot, dossiers, client, prompts=None) -> RelationshipMapTab:
    tab = RelationshipMapTab(dossiers, prompts or MapPrompts())
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.load(Dossier(client, [], []))
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_a_node_dragged_with_the_mouse_is_in_the_same_place_after_reopening(
    qtbot, dossiers, group
) -> None:
    client, _ceo, cfo, _cto = group
    tab = open_tab(qtbot, dossiers, client)
    canvas = tab.canvas
    item = canvas.nodes[cfo.id]
    start = canvas.mapFromScene(item.scenePos())
    end = start + QPoint(90, 60)
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):  # a drag is a series of moves with the button held
        point = start + (end - start) * step / 10
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    moved_to = (item.pos().x(), item.pos().y())
    assert moved_to != (item.node.x, item.node.y) or item.node.pinned
    kept = RelationshipService(dossiers.db).chart(client.id).node(cfo.id)
    assert kept.pinned and (kept.x, kept.y) == pytest.approx(moved_to)

    again = open_tab(qtbot, dossiers, client)  # reopened: a new tab, a new read
    assert (again.canvas.nodes[cfo.id].pos().x(), again.canvas.nodes[cfo.id].pos().y()) == (
        pytest.approx(moved_to)
    )
    again.reset_button.click()
    assert not RelationshipService(dossiers.db).chart(client.id).node(cfo.id).pinned


def test_coverage_is_listed_beside_the_map_and_a_click_selects_the_person(
    qtbot, dossiers, group
) -> None:
    client, _ceo, cfo, _cto = group
    tab = open_tab(qtbot, dossiers, client)
    texts = [tab.coverage.item(i).text() for i in range(tab.coverage.count())]
    assert any("Кузнецов Андрей" in t and "opponent" in t for t in texts)
    assert any("executive sponsor" in t for t in texts)
    assert "%" in tab.score_label.text()
    row = next(i for i, t in enumerate(texts) if "opponent" in t)
    rect = tab.coverage.visualItemRect(tab.coverage.item(row))
    QTest.mouseClick(tab.coverage.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_member() == cfo.id


def test_links_are_added_from_a_nodes_menu_and_removed_after_a_confirmation(
    qtbot, dossiers, group
) -> None:
    client, _ceo, cfo, cto = group
    prompts = MapPrompts()
    tab = open_tab(qtbot, dossiers, client, prompts)
    menu = tab.node_menu(cto.id)
    submenu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Influences")
    target = next(a for a in submenu.actions() if a.data() == cfo.id)
    target.trigger()
    links = RelationshipService(dossiers.db).links(client.id)
    assert [(lk.from_member_id, lk.to_member_id, lk.kind) for lk in links] == [
        (cto.id, cfo.id, LinkKind.INFLUENCES)
    ]
    dashed = [e for e in tab.canvas.edges if e.edge.dashed]
    assert len(dashed) == 1 and dashed[0].edge.link_id == links[0].id
    # the same link again is offered no more
    menu = tab.node_menu(cto.id)
    submenu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Influences")
    assert not next(a for a in submenu.actions() if a.data() == cfo.id).isEnabled()

    prompts.confirm_answer = False
    tab.link_menu(links[0].saved_id).actions()[0].trigger()
    assert RelationshipService(dossiers.db).links(client.id) != []
    prompts.confirm_answer = True
    tab.link_menu(links[0].saved_id).actions()[0].trigger()
    assert RelationshipService(dossiers.db).links(client.id) == []
    assert "Волков Сергей" in prompts.asked[-1][1] and not tab.canvas.edges[0].edge.dashed

    assert tab.undo_button.isVisibleTo(tab)  # the removal can be taken back
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    back = RelationshipService(dossiers.db).links(client.id)
    assert [(lk.from_member_id, lk.to_member_id, lk.kind) for lk in back] == [
        (cto.id, cfo.id, LinkKind.INFLUENCES)
    ]
    assert not tab.undo_button.isVisibleTo(tab)
    assert any(e.edge.dashed for e in tab.canvas.edges)


def test_another_clients_member_cannot_be_linked(qtbot, dossiers, group) -> None:
    client, _ceo, cfo, _cto = group
    other = dossiers.save_client(Client(name="СибАгро"))
    stranger = dossiers.save_member(Member("Чужой", other.id))
    prompts = MapPrompts()
    tab = open_tab(qtbot, dossiers, client, prompts)
    assert not tab.add_link(cfo.id, stranger.saved_id, LinkKind.FRIENDLY)
    assert prompts.errors and "decision group" in str(prompts.errors[0])
    assert RelationshipService(dossiers.db).links(client.id) == []
    # and a hand-made link to them is refused by the service as well
    with pytest.raises(Exception, match="decision group"):
        RelationshipService(dossiers.db).add_link(
            MemberLink(client.id, cfo.id, stranger.saved_id, LinkKind.FRIENDLY)
        )


def test_export_from_the_window_writes_the_file_the_command_line_writes(
    qtbot, dossiers, group, tmp_path
) -> None:
    client = group[0]
    out = tmp_path / "map.pdf"
    prompts = MapPrompts(out)
    tab = open_tab(qtbot, dossiers, client, prompts)
    tab.pdf_button.click()
    wait_for_operations(qtbot)
    assert out.exists()
    same = RelationshipService(dossiers.db).export(client.id, tmp_path / "cli.pdf", "en")
    assert out.read_bytes() == same.read_bytes()
    assert "map.pdf" in tab.message.text()
    prompts.save_to = tmp_path / "picture"  # no extension typed: the chosen format's is added
    tab.png_button.click()
    wait_for_operations(qtbot)
    assert (tmp_path / "picture.png").read_bytes().startswith(b"\x89PNG")


def test_an_empty_group_says_how_to_add_people(qtbot, dossiers) -> None:
    client = dossiers.save_client(Client(name="Пустой клиент"))
    tab = open_tab(qtbot, dossiers, client)
    assert tab.stack.currentIndex() == 0
    with qtbot.waitSignal(tab.add_members_requested):
        tab.add_members_button.click()


def test_the_tab_in_the_dossier_opens_a_double_clicked_person(qtbot, db, group) -> None:
    from kam_desktop.gui.app import build_main_window

    client, _ceo, cfo, _cto = group
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    open_dossier(qtbot, window, client.saved_id)
    tabs = window.dossier.tabs
    tab = window.dossier.relationship
    tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert tabs.tabText(tabs.indexOf(tab)) == "Relationship map"
    assert set(tab.canvas.nodes) == {m.saved_id for m in group[1:]}
    item = tab.canvas.nodes[cfo.id]
    QTest.mouseDClick(
        tab.canvas.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.canvas.mapFromScene(item.scenePos()),
    )
    assert tabs.currentWidget() is window.dossier.decision_group
    assert window.dossier.decision_group.editor.member().id == cfo.id
    window.close()


def test_ctrl_wheel_zooms_and_fit_brings_the_whole_map_back(qtbot, dossiers, group) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    tab = open_tab(qtbot, dossiers, group[0])
    canvas = tab.canvas
    before = canvas.transform().m11()
    centre = QPointF(canvas.viewport().rect().center())
    event = QWheelEvent(
        centre,
        canvas.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.transform().m11() > before and not canvas.auto_fit
    tab.fit_button.click()
    assert canvas.transform().m11() == pytest.approx(before) and canvas.auto_fit


def test_a_new_interaction_clears_a_stale_contact_from_the_coverage(qtbot, db, group) -> None:
    from datetime import date

    from kam_desktop.domain.dossier import Interaction
    from kam_desktop.gui.app import build_main_window
    from kam_desktop.services.dossiers import DossierService

    client, ceo, _cfo, _cto = group
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    open_dossier(qtbot, window, client.saved_id)
    tab = window.dossier.relationship
    window.dossier.tabs.setCurrentWidget(tab)

    def stale_ceo() -> bool:
        texts = [tab.coverage.item(i).text() for i in range(tab.coverage.count())]
        return any("Петров Иван" in t and "cadence" in t for t in texts)

    assert stale_ceo()
    DossierService(db).save_interaction(
        Interaction(
            client_id=client.id,
            occurred_on=date.today(),
            summary="Звонок",
            member_ids=[ceo.saved_id],
        )
    )
    window.dossier.dossier_changed.emit()  # what the Interactions tab sends after a save
    assert not stale_ceo()
    window.close()
