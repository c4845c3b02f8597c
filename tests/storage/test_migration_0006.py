"""Migration 0006 (proposal content) keeps everything a release-1 user had, and the models and
the migrations describe the same schema."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from kam_desktop.domain.enums import Gender
from kam_desktop.domain.proposal import ArgumentKind, VatMode
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.library import ARGUMENTS_SEEDED_SETTING, LibraryService, default_arguments
from kam_desktop.services.proposals import ProposalService
from kam_desktop.storage.db import create_db_engine
from kam_desktop.storage.migrate import upgrade_to_head
from kam_desktop.storage.models import Base

CLIENT = "11111111-1111-4111-8111-111111111111"
MEMBER = "22222222-2222-4222-8222-222222222222"
PROPOSAL = "44444444-4444-4444-8444-444444444444"
ARGUMENT = "55555555-5555-4555-8555-555555555555"
TEAM = "66666666-6666-4666-8666-666666666666"
STAMP = "2026-11-20 10:00:00.000000"


def make_release_1_database(path: Path) -> None:
    """What the previous release left: schema 0004, a shipped argument, a draft proposal."""
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine, target="0004_member_anniversary")
    finally:
        engine.dispose()
    meta = f"'{STAMP}', '{STAMP}', 1"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO client (id, name, legal_name, tax_id, industry, region, address, website,"
            " status, tags, revenue_currency, strategy, weak_points, growth_areas,"
            " buying_process, competitors, reliability_checklist, reliability_result,"
            " reliability_notes, created_at, updated_at, version) VALUES (?, 'УралТяжМаш', '',"
            " '6673012345', '', '', '', '', 'key', '[]', 'RUB', 'Модернизация', '', 'MES', '',"
            f" '', '{{}}', 'not_checked', '', {meta})",
            (CLIENT,),
        )
        conn.execute(
            "INSERT INTO member (id, client_id, full_name, position, department, role_code,"
            " influence, attitude, decision_style, preferred_channel, preferred_time, hobbies,"
            ' "values", likes, dislikes, topics_to_avoid, notes, consent_how, created_at,'
            " updated_at, version) VALUES (?, ?, 'Петров Иван Сергеевич', 'Генеральный директор',"
            f" '', 'executive', 5, 'neutral', '', '', '', '', 'надёжность', '', '', '', '', '', {meta})",
            (MEMBER, CLIENT),
        )
        conn.execute(
            "INSERT INTO team_member (id, full_name, position, phone, email, created_at,"
            f" updated_at, version) VALUES (?, 'Соколова Анна Сергеевна', 'КАМ', '', '', {meta})",
            (TEAM,),
        )
        block = default_arguments("ru")[0]
        conn.execute(
            "INSERT INTO argument_block (id, key, title, body, role_codes, language, sort_order,"
            f" created_at, updated_at, version) VALUES (?, ?, ?, ?, '[\"executive\"]', 'ru', 0, {meta})",
            (ARGUMENT, block.key, block.title, block.body),
        )
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, '1')", (ARGUMENTS_SEEDED_SETTING,)
        )
        conn.execute(
            "INSERT INTO proposal (id, client_id, number, number_year, number_seq, revision,"
            " title, language, currency, status, issue_date, valid_until, addressee_ids,"
            " team_member_ids, project_ids, referee_ids, argument_ids, total, created_at,"
            " updated_at, version) VALUES (?, ?, 'КП-2026-0007', 2026, 7, 1, 'КП', 'ru', 'RUB',"
            f" 'draft', '2026-11-20', '2026-12-20', '[\"{MEMBER}\"]', '[\"{TEAM}\"]', '[]', '[]',"
            f" '[]', 0, {meta})",
            (PROPOSAL, CLIENT),
        )
    conn.close()


def test_release_1_data_survives_and_gets_the_new_defaults(db_path: Path) -> None:
    make_release_1_database(db_path)
    db = Database.open(str(db_path))
    try:
        assert db.backup_path is not None  # copied aside before migrating
        proposal = ProposalService(db).get(PROPOSAL)
        assert proposal.number == "КП-2026-0007" and proposal.addressee_ids == [MEMBER]
        assert proposal.vat_mode == VatMode.ON_TOP and proposal.tailoring == {}
        assert proposal.business_understanding == "" and proposal.signatory_id is None
        member = DossierService(db).get_member(MEMBER)
        assert member.concerns == "" and member.gender == Gender.AUTO
        assert DossierService(db).team()[0].signs_proposals is False
        # the release-1 shipped block gets its tags; blocks new in this release arrive once
        library = LibraryService(db)
        blocks = {b.key: b for b in library.list_arguments(language="ru")}
        assert blocks[default_arguments("ru")[0].key].tags == ["prestige"]
        assert blocks["val.reliability"].tags == ["reliability"]
        assert blocks["obj.cost"].kind == ArgumentKind.OBJECTION
        assert {t.code for t in library.list_tags()} >= {"reliability", "cost", "people"}
        # the old draft renders with the new composer
        assert ProposalService(db).render_pdf(PROPOSAL).startswith(b"%PDF")
    finally:
        db.close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4B414D44
        loaded = json.loads(
            conn.execute(
                "SELECT value FROM setting WHERE key = ?", (ARGUMENTS_SEEDED_SETTING,)
            ).fetchone()[0]
        )
        assert "val.reliability" in loaded and "exec.exclusive_terms" in loaded
    finally:
        conn.close()


def test_shipped_blocks_the_user_deleted_stay_deleted(db_path: Path) -> None:
    db = Database.open(str(db_path))
    try:
        library = LibraryService(db)
        value = next(b for b in library.list_arguments(language="ru") if b.key == "val.cost")
        library.delete_argument(value.id)
        again = LibraryService(db)
        assert again.ensure_default_arguments() == 0
        assert "val.cost" not in {b.key for b in again.list_arguments(language="ru")}
    finally:
        db.close()


def test_models_and_migrations_describe_the_same_schema(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    Database.open(str(db_path)).close()
    engine = create_db_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_server_default": False})
            diff = [
                d
                for d in compare_metadata(context, Base.metadata)
                # the FTS5 search tables are created by hand (no model)
                if not (d[0] == "remove_table" and d[1].name.startswith("search_"))
            ]
    finally:
        engine.dispose()
    assert diff == []
