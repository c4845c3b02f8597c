"""The window opens a read-only database for reading and says so; a save is a plain message."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kam_desktop.gui.main_window import MainWindow
from kam_desktop.services.database import Database
from kam_desktop.services.demo import KEY_CLIENT_ID, load_demo
from tests.filesystems import read_only_mount, unwritable_folder
from tests.gui.shell_helpers import ScriptedPrompter, open_dossier


@pytest.fixture
def read_only_demo(tmp_path: Path) -> Iterator[Path]:
    source = tmp_path / "demo.sqlite3"
    db = Database.open(str(source))
    load_demo(db)
    db.close()
    # As root only a read-only mount refuses writes; as a user, the permissions do.
    place = read_only_mount(source) if os.geteuid() == 0 else unwritable_folder(source)
    with place as folder:
        yield folder / source.name


@pytest.fixture
def empty_read_only(tmp_path: Path) -> Iterator[Path]:
    source = tmp_path / "empty.sqlite3"
    Database.open(str(source)).close()
    place = read_only_mount(source) if os.geteuid() == 0 else unwritable_folder(source)
    with place as folder:
        yield folder / source.name


def test_the_window_reads_a_read_only_database_and_refuses_saves_plainly(
    qtbot, read_only_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    db = Database.open(str(read_only_demo))
    try:
        assert db.read_only
        window = MainWindow(db, prompter=ScriptedPrompter())
        qtbot.addWidget(window)
        window.show()
        title = window.windowTitle()
        assert title.startswith(f"KAM Desktop — {read_only_demo.name}") and "(read-only)" in title
        assert "cannot be saved" in window.read_only_label.text()
        assert window.model.rowCount() == 7
        open_dossier(qtbot, window, KEY_CLIENT_ID)
        overview = window.dossier.overview
        overview.name.setText("УралТяжМаш — переименован")
        assert overview.save() is False
        assert shown == ["The database file is read-only: changes cannot be saved."]
    finally:
        db.close()
    assert sorted(p.name for p in read_only_demo.parent.iterdir()) == [read_only_demo.name]


def test_an_empty_read_only_database_offers_no_demo(qtbot, empty_read_only: Path) -> None:
    prompter = ScriptedPrompter()
    db = Database.open(str(empty_read_only))
    try:
        window = MainWindow(db, prompter=prompter)
        qtbot.addWidget(window)
        window.offer_demo_if_empty()
        assert prompter.kinds() == []
    finally:
        db.close()
