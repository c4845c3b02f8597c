"""``render-proposal`` reads the proposal with sqlite3 (no SQLAlchemy): the context it reads
equals the service's, column types included, and the command writes the same bytes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, Numeric
from sqlalchemy.types import JSON

from kam_desktop.domain.dossier import Member
from kam_desktop.domain.proposal import LineItem, ProposalStatus
from kam_desktop.services.database import Database
from kam_desktop.services.demo import load_demo
from kam_desktop.services.demo_proposals import DEMO_PROPOSAL_ID
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.library import LibraryService, default_tags
from kam_desktop.services.proposals import ProposalService
from kam_desktop.services.quick_render import render_proposal_files
from kam_desktop.storage import proposal_reader
from kam_desktop.storage.models import Base, UTCDateTime

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(db_path: Path):
    db = Database.open(str(db_path))
    load_demo(db)
    ProposalService(db).context(DEMO_PROPOSAL_ID)  # seeds the library, as the app does
    yield db
    db.close()


def read(db_path: Path, proposal_id: str):
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return proposal_reader.read_context(conn, proposal_id, default_tags())
    finally:
        conn.close()


def test_the_demo_draft_reads_the_same(demo, db_path):
    assert read(db_path, DEMO_PROPOSAL_ID) == ProposalService(demo).context(DEMO_PROPOSAL_ID)


def test_selections_numbers_and_edge_cases_read_the_same(demo, db_path):
    service, dossiers = ProposalService(demo), DossierService(demo)
    p = service.get(DEMO_PROPOSAL_ID)
    projects = LibraryService(demo).list_projects()
    referee = projects[0].referees[0]
    arguments = LibraryService(demo).list_arguments(language="ru")
    p = replace(
        p,
        project_ids=[projects[-1].id, projects[0].id],
        referee_ids=[referee.id],
        argument_ids=[arguments[3].id, arguments[0].id],
        line_items=[
            LineItem(
                "Дробное количество", Decimal("2.125"), "ч", Decimal("1234.56"), Decimal("7.5")
            ),
            LineItem("Бесплатно", Decimal("1"), "", Decimal("0"), Decimal("0"), Decimal("0")),
        ],
        tailoring={"joint": {"part:concerns": True}},
        sent_on=None,
    )
    saved = service.save(p)
    # a deleted addressee and a signatory who left simply drop out, on both paths
    person = dossiers.save_member(Member("Временный Гость Иванович", saved.client_id))
    saved = service.save(replace(saved, addressee_ids=[*saved.addressee_ids, person.id]))
    dossiers.delete_member(person.id)
    assert read(db_path, saved.id) == service.context(saved.id)
    company = dossiers.our_company()
    company.logo_png = None
    dossiers.save_our_company(company)
    assert read(db_path, saved.id) == service.context(saved.id)


def test_a_sent_revision_reads_its_snapshot(demo, db_path):
    sent = ProposalService(demo).set_status(DEMO_PROPOSAL_ID, ProposalStatus.SENT, on=date.today())
    assert read(db_path, sent.id) == ProposalService(demo).context(sent.id)


def test_every_typed_column_is_converted():
    """A Numeric, Date, timestamp, JSON or Boolean column the reader does not convert would come
    back as SQLite's float or text: the context would differ from the ORM's."""
    typed = (Numeric, Date, UTCDateTime, JSON, Boolean)
    for table, kinds in proposal_reader.COLUMN_KINDS.items():
        columns = Base.metadata.tables[table].columns
        expected = {c.name for c in columns if isinstance(c.type, typed)}
        assert expected == set(kinds), table
        for column in columns:
            if isinstance(column.type, Numeric):
                assert kinds[column.name] == column.type.scale, (table, column.name)


def test_the_quick_path_writes_the_same_bytes_and_falls_back_when_it_must(demo, db_path, tmp_path):
    service = ProposalService(demo)
    number = service.get(DEMO_PROPOSAL_ID).number
    quick = tmp_path / "quick.pdf"
    shown, paths = render_proposal_files(str(db_path), number, out=str(quick))
    assert shown == number and paths == [quick]
    assert quick.read_bytes() == service.render_pdf(DEMO_PROPOSAL_ID)
    person = service.get(DEMO_PROPOSAL_ID).addressee_ids[1]
    shown, paths = render_proposal_files(
        str(db_path), number, out=str(tmp_path / "v.docx"), addressee_id=person
    )
    assert paths[0].read_bytes() == service.render_docx(DEMO_PROPOSAL_ID, person)
    assert (
        render_proposal_files(f"sqlite:///{db_path}?mode=rwc", number, str(quick)) is None
    )  # a URL


def test_a_library_not_yet_seeded_takes_the_ordinary_path(db_path, tmp_path):
    db = Database.open(str(db_path))
    load_demo(db)
    with db.session() as s:
        from kam_desktop.storage.models import SettingRow

        row = s.get(SettingRow, "library.default_tags_loaded")
        if row is not None:
            s.delete(row)
    number = ProposalService(db).get(DEMO_PROPOSAL_ID).number
    db.close()
    assert render_proposal_files(str(db_path), number, out=str(tmp_path / "x.pdf")) is None


def test_the_command_imports_no_sqlalchemy(demo, db_path, tmp_path):
    number = ProposalService(demo).get(DEMO_PROPOSAL_ID).number
    demo.close()
    code = (
        "import sys\n"
        "from kam_desktop.cli import run\n"
        f"code = run(['--db', {str(db_path)!r}, 'render-proposal', {number!r}, '--out',"
        f" {str(tmp_path / 'c.pdf')!r}])\n"
        "assert code == 0, code\n"
        "assert 'sqlalchemy' not in sys.modules, 'SQLAlchemy was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
