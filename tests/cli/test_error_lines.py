"""Whatever goes wrong in a verb, stderr gets one line — and never SQL, parameters or data.

Environment failures (memory, files, a busy or full database) are exit 2 with our own words;
a bug is exit 1 pointing to the log, where the details (SQL included) are kept.
"""

from __future__ import annotations

import sqlite3
import sys
import types
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kam_desktop import cli

NAME = "Петров Иван Сергеевич"


def locked_write(path: Path) -> None:
    """A real "database is locked": another connection holds the write lock."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE IF NOT EXISTS person (name TEXT)")
    holder.execute("BEGIN IMMEDIATE")
    try:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO person VALUES (:name)"), {"name": NAME})
    finally:
        holder.close()


def missing_table(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("SELECT * FROM nowhere WHERE name = :name"), {"name": NAME})


def out_of_memory(args, db) -> int:
    raise MemoryError


def permission_denied(args, db) -> int:
    raise PermissionError(13, "Permission denied", "/srv/share/out.pdf")


def verbs(tmp_path: Path) -> dict[str, object]:
    target = tmp_path / "other.sqlite3"
    return {
        "oom": out_of_memory,
        "denied": permission_denied,
        "locked": lambda args, db: locked_write(target),
        "bug": lambda args, db: missing_table(target),
    }


@pytest.fixture
def run_fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    handlers = verbs(tmp_path)

    def register(subparsers) -> None:
        for name, handler in handlers.items():
            subparsers.add_parser(name).set_defaults(handler=handler)

    module = types.ModuleType("fake_failing_verbs")
    module.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_failing_verbs", module)
    monkeypatch.setattr(cli, "VERB_MODULES", (*cli.VERB_MODULES, "fake_failing_verbs"))
    monkeypatch.setattr(cli, "BUSY_RETRY_PAUSES", ())

    def run(verb: str) -> tuple[int, str]:
        code = cli.run(["--db", str(tmp_path / "kam.sqlite3"), verb])
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("kam-desktop: "), err
        return code, err

    return run


def test_out_of_memory_is_exit_2(run_fake) -> None:
    code, err = run_fake("oom")
    assert code == 2 and "Not enough memory" in err


def test_a_file_the_system_refuses_is_exit_2(run_fake) -> None:
    code, err = run_fake("denied")
    assert code == 2 and err == "kam-desktop: Cannot use /srv/share/out.pdf: Permission denied\n"


def test_a_locked_database_is_exit_2_without_sql(run_fake) -> None:
    code, err = run_fake("locked")
    assert code == 2 and "busy in another KAM Desktop window" in err
    assert "INSERT" not in err and NAME not in err


def test_a_database_bug_is_exit_1_and_its_sql_stays_in_the_log(run_fake) -> None:
    code, err = run_fake("bug")
    assert code == 1 and "OperationalError" in err and "kam-desktop.log" in err
    assert "SELECT" not in err and "nowhere" not in err and NAME not in err
