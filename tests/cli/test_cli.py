"""The real command line in a subprocess: exit codes, one-line errors, untouched user files."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import types
import uuid
from pathlib import Path

import pytest

from tests.filesystems import rerun_as_nobody

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, lang: str = "C.UTF-8", timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ)  # carries KAM_DESKTOP_DATA_DIR (a tmp dir) from conftest
    env.update(LANG=lang, LC_ALL=lang, LANGUAGE="", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, code: int = 2) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("kam-desktop: ")
    return lines[0]


def fingerprint(path: Path) -> tuple:
    if path.is_dir():
        return ("dir", sorted(p.name for p in path.iterdir()), path.stat().st_mtime_ns)
    stat = path.stat()
    siblings = sorted(p.name for p in path.parent.iterdir())
    return (hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns, siblings)


@pytest.fixture(scope="module")
def demo_db(module_database_arg: str) -> str:
    """The demo portfolio: an SQLite file, or a PostgreSQL database in that pass."""
    path = module_database_arg
    result = run_cli("--db", path, "demo")
    assert result.returncode == 0, result.stderr
    assert "7" in result.stdout and result.stderr == ""
    return path


def search_json(db: Path, *text: str) -> list[dict]:
    result = run_cli("--db", str(db), "search", *text, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


# ---- the happy paths -----------------------------------------------------------------------
def test_version_and_help() -> None:
    from kam_desktop import __version__

    version = run_cli("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"kam-desktop {__version__}")
    helped = run_cli("--help")
    assert helped.returncode == 0 and helped.stderr == ""
    assert "--db PATH" in helped.stdout and "demo" in helped.stdout and "search" in helped.stdout
    search_help = run_cli("search", "--help")
    assert search_help.returncode == 0 and "--json" in search_help.stdout


def test_help_is_in_russian_on_a_russian_system() -> None:
    helped = run_cli("--help", lang="ru_RU.UTF-8")
    assert helped.returncode == 0
    assert "использование: kam-desktop" in helped.stdout and "команды" in helped.stdout


@pytest.mark.parametrize("typed", ["иван", "ИВА", "иВаН пЕТРов", "петров"])
def test_search_json_finds_cyrillic_names_in_any_case(demo_db: Path, typed: str) -> None:
    hits = search_json(demo_db, typed)
    ivan = [h for h in hits if h["name"] == "Петров Иван Сергеевич"]
    assert len(ivan) == 1
    hit = ivan[0]
    assert hit["type"] == "person" and hit["client"] == "УралТяжМаш"
    uuid.UUID(hit["id"])
    uuid.UUID(hit["client_id"])
    assert all({"type", "id", "name", "client"} <= set(h) for h in hits)


def test_search_json_finds_clients_and_english_names(demo_db: Path) -> None:
    (client,) = search_json(demo_db, "уралтяжмаш")
    assert client["type"] == "client" and client["name"] == client["client"] == "УралТяжМаш"
    assert client["id"] == client["client_id"]
    (sarah,) = search_json(demo_db, "O'CONNOR")
    assert (sarah["name"], sarah["client"]) == ("Sarah O'Connor", "Northwind Components GmbH")
    assert search_json(demo_db, "several", "words", "nobody", "has") == []
    assert len(search_json(demo_db, "уралтяжмаш", "--limit", "1")) <= 1


def test_search_without_json_prints_a_table(demo_db: Path) -> None:
    result = run_cli("--db", str(demo_db), "search", "смирнова")
    assert result.returncode == 0 and result.stderr == ""
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["Type", "Name", "Client", "ID"]
    assert any("Смирнова Ольга Николаевна" in row and "УралТяжМаш" in row for row in rows)
    nothing = run_cli("--db", str(demo_db), "search", "zzzzzz")
    assert (nothing.returncode, nothing.stdout.strip()) == (0, "Nothing found.")


@pytest.mark.parametrize(
    "typed",
    ['"', "«ёлочки»", "'", "*", "-", "AND", "OR", "(", ")", "[x]", "NEAR(a b)", "", "я" * 5000],
)
def test_search_hostile_text_is_safe(demo_db: Path, typed: str) -> None:
    # "--" makes everything after it text, even "-x" or "--json"
    result = run_cli("--db", str(demo_db), "search", "--json", "--", typed)
    assert (result.returncode, result.stderr) == (0, "")
    assert isinstance(json.loads(result.stdout), list)


def test_demo_twice_does_not_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    assert run_cli("--db", str(path), "demo").returncode == 0
    first = search_json(path, "у")
    second_run = run_cli("--db", str(path), "demo")
    assert second_run.returncode == 0, second_run.stderr
    assert sorted(h["id"] for h in search_json(path, "у")) == sorted(h["id"] for h in first)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM client").fetchone() == (7,)
        assert conn.execute("SELECT COUNT(*) FROM team_member").fetchone() == (3,)
    finally:
        conn.close()


def test_demo_refuses_to_mix_with_own_clients_unless_forced(tmp_path: Path) -> None:
    from kam_desktop.domain.dossier import Client
    from kam_desktop.services.database import Database
    from kam_desktop.services.dossiers import DossierService

    path = tmp_path / "mine.sqlite3"
    db = Database.open(str(path))
    DossierService(db).save_client(Client("Мой клиент"))
    db.close()
    refused = run_cli("--db", str(path), "demo")
    assert "--force" in assert_one_line_error(refused)
    assert [h["name"] for h in search_json(path, "клиент")] == ["Мой клиент"]
    forced = run_cli("--db", str(path), "demo", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "8" in forced.stdout
    assert [h["name"] for h in search_json(path, "мой")] == ["Мой клиент"]


# ---- bad input: one line, exit 2, nothing touched ------------------------------------------
def make_text(path: Path) -> None:
    path.write_text("Клиенты: УралТяжМаш\n", encoding="utf-8")


def make_binary(path: Path) -> None:
    path.write_bytes(os.urandom(4096))


def make_json(path: Path) -> None:
    path.write_text(json.dumps([{"type": "person", "name": "Иван"}], ensure_ascii=False))


def make_foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Иван')")
    conn.close()


def make_newer_kam_db(path: Path) -> None:
    from kam_desktop.services.database import Database

    Database.open(str(path)).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()


@pytest.mark.parametrize("verb", [["demo"], ["search", "иван", "--json"]])
@pytest.mark.parametrize(
    "make", [make_text, make_binary, make_json, make_foreign_sqlite, make_newer_kam_db]
)
def test_a_file_that_is_not_our_database_is_refused_and_untouched(
    tmp_path: Path, make, verb: list[str]
) -> None:
    path = tmp_path / "user" / "users-file.db"  # apart from the data dir, which gets a log
    path.parent.mkdir()
    make(path)
    before = fingerprint(path)
    result = run_cli("--db", str(path), *verb)
    assert_one_line_error(result)
    assert result.stdout == ""
    assert fingerprint(path) == before


def test_a_folder_and_a_missing_folder_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "user"
    folder.mkdir()
    before = fingerprint(folder)
    assert "folder" in assert_one_line_error(run_cli("--db", str(folder), "demo"))
    missing = folder / "no" / "such" / "kam.sqlite3"
    assert "does not exist" in assert_one_line_error(run_cli("--db", str(missing), "demo"))
    assert fingerprint(folder) == before


def test_search_does_not_create_a_database_from_a_typo(tmp_path: Path) -> None:
    path = tmp_path / "typo.sqlite3"
    assert "does not exist" in assert_one_line_error(run_cli("--db", str(path), "search", "x"))
    assert not path.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["frobnicate"],
        ["search"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", "many"],
        ["--db"],
        ["--db", "", "search", "x"],
        ["demo", "--json"],
        ["--db", "nosuchdialect://x/y", "search", "x"],
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args: list[str]) -> None:
    result = run_cli(*args)
    assert_one_line_error(result)
    assert result.stdout == ""


def test_errors_are_in_russian_on_a_russian_system(tmp_path: Path) -> None:
    line = assert_one_line_error(run_cli("--db", str(tmp_path), "demo", lang="ru_RU.UTF-8"))
    assert "это папка" in line


def test_an_unreadable_file_is_refused(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if rerun_as_nobody(request, spawns_python=True):  # as root the file would be readable
        return
    path = tmp_path / "locked.db"
    make_foreign_sqlite(path)
    path.chmod(0)
    try:
        assert_one_line_error(run_cli("--db", str(path), "search", "x"))
    finally:
        path.chmod(0o600)


def test_an_unexpected_error_points_to_the_log_with_the_traceback(tmp_path: Path) -> None:
    from kam_desktop.services.database import Database

    path = tmp_path / "damaged.sqlite3"
    Database.open(str(path)).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TABLE search_index")  # damage no user input could cause
    conn.close()
    result = run_cli("--db", str(path), "search", "x")
    line = assert_one_line_error(result, code=1)
    log = Path(os.environ["KAM_DESKTOP_DATA_DIR"]) / "kam-desktop.log"
    assert str(log) in line
    assert "Traceback" in log.read_text(encoding="utf-8")


# ---- start-up: no Qt, nothing heavy ----------------------------------------------------------
PROBE = """
import sys
from kam_desktop.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'sqlalchemy', 'alembic', 'reportlab'})
print('LOADED', ','.join(heavy), file=sys.stderr)
sys.exit(code)
"""


def probe(*args: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LANG="C.UTF-8")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    line = [x for x in result.stderr.splitlines() if x.startswith("LOADED")][-1]
    return {m for m in line.removeprefix("LOADED").strip().split(",") if m}


def test_help_and_version_import_nothing_heavy() -> None:
    assert probe("--version") == set()
    assert probe("--help") == set()


def test_verbs_never_import_qt(demo_db: Path) -> None:
    loaded = probe("--db", str(demo_db), "search", "иван", "--json")
    assert "sqlalchemy" in loaded  # the probe really ran the verb
    assert not loaded & {"PySide6", "shiboken6"}


def test_no_verb_starts_the_gui_with_the_db_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []
    fake_gui = types.ModuleType("kam_desktop.gui.app")
    fake_gui.run_gui = lambda db_arg: calls.append(db_arg) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kam_desktop.gui.app", fake_gui)
    from kam_desktop.__main__ import main

    assert main(["--db", "/some/file.sqlite3"]) == 0
    assert main([]) == 0
    assert calls == ["/some/file.sqlite3", None]


# ---- the contract for every verb module (other areas register their own verbs) --------------
def install_fake_verbs(monkeypatch: pytest.MonkeyPatch) -> None:
    from kam_desktop import cli
    from kam_desktop.domain.errors import NotFoundError

    def show(args, db) -> int:
        raise NotFoundError(f"No client with id {args.id}.")

    def crash(args, db) -> int:
        raise RuntimeError("boom\nsecond line")

    def register(subparsers) -> None:
        subparsers.add_parser("show").set_defaults(handler=show)
        subparsers.choices["show"].add_argument("id")
        subparsers.add_parser("crash").set_defaults(handler=crash)

    module = types.ModuleType("fake_verbs_for_tests")
    module.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_verbs_for_tests", module)
    monkeypatch.setattr(cli, "VERB_MODULES", (*cli.VERB_MODULES, "fake_verbs_for_tests"))


def test_any_verb_error_becomes_one_line_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kam_desktop.cli import run

    install_fake_verbs(monkeypatch)
    assert run(["--db", str(tmp_path / "a.sqlite3"), "show", "1234"]) == 2
    err = capsys.readouterr().err
    assert err == "kam-desktop: No client with id 1234.\n"


def test_an_unexpected_verb_error_exits_1_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kam_desktop.cli import run

    install_fake_verbs(monkeypatch)
    assert run(["--db", str(tmp_path / "a.sqlite3"), "crash"]) == 1
    err = capsys.readouterr().err
    assert (
        err.count("\n") == 1
        and "RuntimeError: boom second line" in err
        and "kam-desktop.log" in err
    )


def test_missing_verb_modules_are_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    from kam_desktop import cli

    monkeypatch.setattr(cli, "VERB_MODULES", ("kam_desktop.cli_dossier", "kam_desktop.cli_not_yet"))
    assert set(cli.build_parser()._subparsers._group_actions[0].choices) == {"demo", "search"}
