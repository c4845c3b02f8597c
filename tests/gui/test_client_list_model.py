"""The client list model, tested without a view: paging, SQL sorting and filtering."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kam_desktop.domain.dossier import Client, Member
from kam_desktop.domain.enums import ClientStatus
from kam_desktop.gui.client_list_model import ClientIdRole, ClientListModel

NAMES = ["Альфа Металл", "Бета Логистик", "Northwind", "Contoso", "Гамма", "Дельта", "Эпсилон"]


@pytest.fixture
def model(qapp, dossiers):
    for i, name in enumerate(NAMES):
        status = ClientStatus.KEY if i % 2 == 0 else ClientStatus.ACTIVE
        share = Decimal(80) if name == "Гамма" else None
        dossiers.save_client(Client(name=name, status=status, sales_share_pct=share))
    beta = dossiers.list_clients("Бета")[0]
    dossiers.save_member(Member(full_name="Иван Петров", client_id=beta.id, position="CFO"))
    model = ClientListModel(dossiers)
    model.reload()
    return model


def names(model: ClientListModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(model, qtmodeltester):
    qtmodeltester.check(model)


def test_rows_arrive_a_page_at_a_time(model, qtmodeltester):
    model.PAGE_SIZE = 3
    model.reload()
    assert model.rowCount() == 3
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetchMore()
    assert model.rowCount() == 7
    assert not model.canFetchMore()
    assert model.total_count() == 7
    qtmodeltester.check(model)


def test_sorting_is_done_by_the_service(model):
    model.sort(ClientListModel.NAME, Qt.SortOrder.DescendingOrder)
    shown = names(model)
    assert shown == sorted(NAMES, reverse=True)
    model.sort(ClientListModel.MEMBERS, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Бета Логистик"
    assert model.index(0, ClientListModel.MEMBERS).data() == 1


def test_filter_by_status_and_text(model):
    model.set_filter("", ClientStatus.ACTIVE)
    assert sorted(names(model)) == sorted(NAMES[1::2])
    model.set_filter("ива", None)  # a member's first name, lower case
    assert names(model) == ["Бета Логистик"]
    model.set_filter("АЛЬФ", None)
    assert names(model) == ["Альфа Металл"]
    model.set_filter("nothing like this", None)
    assert model.rowCount() == 0
    assert model.total_count() == 0


def test_status_is_shown_translated_and_id_is_available(model):
    model.set_filter("Northwind", None)
    assert model.index(0, ClientListModel.STATUS).data() == "Key client"
    client_id = model.index(0, 0).data(ClientIdRole)
    assert model.row_of(client_id) == 0


def test_mono_dependent_client_gets_an_icon_and_tooltip(model):
    model.set_filter("Гамма", None)
    index = model.index(0, ClientListModel.NAME)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "75" in index.data(Qt.ItemDataRole.ToolTipRole)
    model.set_filter("Дельта", None)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_a_search_that_matched_a_person_says_who(model, qtmodeltester):
    from kam_desktop.gui.client_list_model import MatchedPersonRole

    assert model.headerData(ClientListModel.INDUSTRY, Qt.Orientation.Horizontal) == "Industry"
    model.set_filter("петр", None)
    assert names(model) == ["Бета Логистик"]
    model.load_matched_people()
    index = model.index(0, ClientListModel.NAME)
    assert index.data() == "Бета Логистик"  # the name itself stays the name
    assert index.data(MatchedPersonRole) == "Иван Петров"
    assert "Иван Петров" in index.data(Qt.ItemDataRole.ToolTipRole)
    # While searching, the third column says whom the search found.
    header = model.headerData(ClientListModel.INDUSTRY, Qt.Orientation.Horizontal)
    assert header == "Found in DMU"
    assert model.index(0, ClientListModel.INDUSTRY).data() == "Иван Петров"

    model.set_filter("бета", None)  # the client's own name matched: nobody to name
    model.load_matched_people()
    assert model.index(0, ClientListModel.NAME).data(MatchedPersonRole) is None
    assert model.index(0, ClientListModel.INDUSTRY).data() == ""
    qtmodeltester.check(model)
