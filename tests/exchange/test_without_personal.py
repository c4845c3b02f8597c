"""Sharing a dossier without the personal layer (issue 11, item 6, "Sharing with less").

The file holds none of the people's personal values and says so; business facts travel;
an import adds people without personal data and keeps the personal data a database already
has for them (absent = not shared, never "empty"); a file contradicting its own flag is
refused. Real SQLite databases on both sides.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from kam_desktop.domain.dossier import PERSONAL_LAYER, Member
from kam_desktop.domain.proposal import ProposalStatus
from kam_desktop.exchange import crypto, personal
from kam_desktop.exchange.archive import open_archive
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.exchange.format1 import DOSSIER_FIELDS
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import Change, ExchangeService, Resolution
from kam_desktop.services.proposals import ProposalService
from tests.exchange.conftest import dump, fill_rich
from tests.exchange.test_hostile import build, members_of

PASSWORD = "Kam-2026 handover"
BUSINESS = (
    "full_name",
    "position",
    "department",
    "role_code",
    "influence",
    "attitude",
    "decision_style",
    "concerns",
    "gender",
    "reports_to_id",
    "preferred_channel",
    "preferred_time",
    "last_contact_on",
    "consent_on",
    "consent_how",
)


@pytest.fixture
def office(db: Database) -> Database:
    """The demo portfolio with its proposal sent (so a frozen copy of it travels too)."""
    fill_rich(db)
    proposals = ProposalService(db)
    proposal = proposals.list_proposals()[0]
    proposals.set_status(proposal.id, ProposalStatus.SENT)
    return db


@pytest.fixture
def colleague(tmp_path: Path):
    database = Database.open(str(tmp_path / "colleague.sqlite3"))
    yield database
    database.close()


def people(db: Database) -> dict[str, Member]:
    service = DossierService(db)
    return {m.id or "": m for c in service.list_clients() for m in service.list_members(c.id)}


def person(db: Database, surname: str) -> Member:
    return next(m for m in people(db).values() if m.full_name.startswith(surname))


def edit(db: Database, surname: str, **fields) -> None:
    DossierService(db).save_member(replace(person(db, surname), **fields))


def personal_texts(db: Database) -> set[str]:
    """Every personal value of the database as written (whole fields, relatives' names)."""
    texts: set[str] = set()
    for m in people(db).values():
        for name in ("hobbies", "values", "likes", "dislikes", "topics_to_avoid", "notes"):
            if getattr(m, name):
                texts.add(getattr(m, name))
        for relative in m.family:
            texts.update(t for t in (relative.name, relative.notes) if t)
    return texts


def lean_export(db: Database, path: Path, password: str | None = None) -> Path:
    ExchangeService(db).export_to_file(path, password=password, without_personal=True)
    return path


def unpacked(path: Path, password: str | None = None) -> dict[str, bytes]:
    """The JSON members of the file, decrypted."""
    data = path.read_bytes()
    if password is not None:
        data = crypto.decrypt(data, password)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist() if name.endswith(".json")}


def import_file(db: Database, path: Path, resolution: Resolution = Resolution.KEEP_MINE):
    return ExchangeService(db).import_file(path, resolution=resolution)


# ---- the file -------------------------------------------------------------------------------
def test_the_personal_layer_is_one_list_of_member_fields():
    assert set(PERSONAL_LAYER) <= set(Member.__dataclass_fields__)
    file_fields = {f.split(".")[0] for f, _kind in DOSSIER_FIELDS["member"].values()}
    assert set(PERSONAL_LAYER) - {"family"} <= file_fields  # the file's names are the same
    assert frozenset(PERSONAL_LAYER) == personal.PERSONAL_KEYS


def test_the_file_holds_none_of_the_personal_values_and_says_so(office, tmp_path):
    texts = personal_texts(office)
    assert (
        "горные лыжи (Шерегеш, Красная Поляна), охота, коллекционирует старинные карты Урала"
        in (texts)
    )  # the demo's hobbies of Петров, so the check below can fail
    assert "Петрова Елена Викторовна" in texts  # his wife
    full = unpacked(ExchangeService(office).export_to_file(tmp_path / "full.kamdossier").path)
    blob = b"".join(full.values()).decode("utf-8")
    assert all(text in blob for text in texts)  # what the check would find if it leaked

    members = unpacked(lean_export(office, tmp_path / "lean.kamdossier", PASSWORD), PASSWORD)
    manifest = json.loads(members["manifest.json"])
    assert manifest["personal_layer"] is False
    blob = b"".join(members.values()).decode("utf-8")
    assert [text for text in texts if text in blob] == []
    dossiers = [json.loads(data) for name, data in members.items() if name.startswith("clients/")]
    records = [m for d in dossiers for m in d["members"]]
    assert len(records) == len(people(office))
    assert all(personal.personal_fields_in(m) == [] for m in records)
    assert all("birthday" not in m and "family" not in m for m in records)
    # The sent proposal's frozen copy keeps only the words that chose its value blocks.
    snapshots = [p["snapshot"] for d in dossiers for p in d["proposals"] if p["snapshot"]]
    assert len(snapshots) == 1
    addressees = json.loads(snapshots[0])["addressees"]
    petrov = next(a for a in addressees if a["full_name"].startswith("Петров"))
    assert petrov["values"] == "импортозамещение, надёжность, репутация"  # «…завода, …»


def test_a_full_export_keeps_the_manifest_older_versions_read(office, tmp_path):
    path = ExchangeService(office).export_to_file(tmp_path / "full.kamdossier").path
    manifest = json.loads(unpacked(path)["manifest.json"])
    assert personal.MANIFEST_KEY not in manifest
    assert open_archive(path.read_bytes()).personal_layer is True  # absent = the full layer


def test_a_frozen_copy_reduces_once_and_renders_the_same(office):
    proposals = ProposalService(office)
    sent = proposals.list_proposals()[0]
    with office.engine.connect() as conn:
        from sqlalchemy import text

        snapshot = conn.execute(
            text("SELECT snapshot FROM proposal WHERE id = :id"), {"id": sent.id}
        ).scalar_one()
    reduced = personal.reduce_snapshot(snapshot)
    assert reduced != snapshot and personal.reduce_snapshot(reduced) == reduced
    assert personal.snapshot_is_reduced(reduced) and not personal.snapshot_is_reduced(snapshot)
    assert personal.snapshot_is_reduced(None) and not personal.snapshot_is_reduced("not json")
    from kam_desktop.documents.composer import ProposalComposer
    from kam_desktop.domain.proposal_context import context_from_json

    full, lean = context_from_json(snapshot), context_from_json(reduced or "")
    assert [a.values for a in lean.addressees] != [a.values for a in full.addressees]
    for addressee_id in [None, *(a.id for a in full.addressees)]:  # every edition, same words
        composer = ProposalComposer()
        assert composer.compose(lean, addressee_id) == composer.compose(full, addressee_id)


def test_a_lean_file_back_into_its_own_database_changes_nothing(office, tmp_path):
    before = dump(office)
    _preview, result = import_file(office, lean_export(office, tmp_path / "lean.kamdossier"))
    assert result.added == result.updated == result.copies == 0
    assert dump(office) == before


# ---- import ---------------------------------------------------------------------------------
def test_business_facts_travel_and_new_people_have_no_personal_data(office, colleague, tmp_path):
    path = lean_export(office, tmp_path / "lean.kamdossier")
    preview = ExchangeService(colleague).preview_import(path.read_bytes())
    assert preview.personal_layer is False
    _preview, result = import_file(colleague, path)
    assert "no personal details" in result.summary()

    mine, theirs = people(office), people(colleague)
    assert theirs.keys() == mine.keys()
    for member_id, original in mine.items():
        copy = theirs[member_id]
        assert [getattr(copy, f) for f in BUSINESS] == [getattr(original, f) for f in BUSINESS]
        assert [(c.kind, c.value, c.label) for c in copy.contacts] == [
            (c.kind, c.value, c.label) for c in original.contacts
        ]
        assert copy.birthday is None and copy.anniversary is None and copy.family == []
        assert [
            getattr(copy, f)
            for f in PERSONAL_LAYER
            if f not in ("birthday", "anniversary", "family")
        ] == [""] * 6
    assert personal_texts(colleague) == set()
    # The sent revision is the same document at the colleague's.
    number = ProposalService(office).list_proposals()[0].number
    assert ProposalService(colleague).compose(
        ProposalService(colleague).get_by_number(number).id
    ) == ProposalService(office).compose(ProposalService(office).get_by_number(number).id)
    # The same file again changes nothing.
    before = dump(colleague)
    _preview, again = import_file(colleague, path)
    assert again.added == again.updated == 0
    assert dump(colleague) == before


def test_merge_keeps_the_personal_data_already_here(office, colleague, tmp_path):
    """The colleague had the full dossier; the office edits a position and the hobbies and
    hands over without the personal layer: an update (not a conflict) of the position only."""
    import_file(
        colleague, ExchangeService(office).export_to_file(tmp_path / "full.kamdossier").path
    )
    kept = person(colleague, "Петров")
    assert kept.hobbies and kept.birthday and kept.family
    edit(office, "Петров", position="Президент", hobbies="теннис")

    path = lean_export(office, tmp_path / "lean.kamdossier")
    preview = ExchangeService(colleague).preview_import(path.read_bytes())
    changes = [r for r in preview.records if r.id == kept.id]
    assert [(r.change, r.fields) for r in changes] == [(Change.UPDATE, ["position"])]
    assert preview.conflicts == []
    ExchangeService(colleague).apply_import(preview)

    after = person(colleague, "Петров")
    assert after.position == "Президент"
    assert [getattr(after, f) for f in PERSONAL_LAYER] == [getattr(kept, f) for f in PERSONAL_LAYER]
    # Nothing else about anybody changed, personal or not.
    before_people = {
        i: replace(m, version=0, updated_at=None) for i, m in people(colleague).items()
    }
    _preview, again = import_file(colleague, path)
    assert again.updated == again.added == 0
    assert {i: replace(m, version=0, updated_at=None) for i, m in people(colleague).items()} == (
        before_people
    )


def test_handovers_without_the_layer_in_a_row_update_and_an_older_one_is_skipped(
    office, colleague, tmp_path
):
    """No full exchange ever: the business entries of the ledgers are the common base."""
    import_file(colleague, lean_export(office, tmp_path / "first.kamdossier"))
    edit(office, "Смирнова", position="HR-директор")
    second = lean_export(office, tmp_path / "second.kamdossier")
    preview = ExchangeService(colleague).preview_import(second.read_bytes())
    member_id = person(colleague, "Смирнова").id
    assert [(r.change, r.fields) for r in preview.records if r.id == member_id] == [
        (Change.UPDATE, ["position"])
    ]
    ExchangeService(colleague).apply_import(preview)
    edit(colleague, "Смирнова", position="HR-директор (коллега)", hobbies="керамика")
    preview = ExchangeService(colleague).preview_import(second.read_bytes())
    assert [r.change for r in preview.records if r.id == member_id] == [Change.SKIP]
    ExchangeService(colleague).apply_import(preview)
    assert person(colleague, "Смирнова").position == "HR-директор (коллега)"
    assert person(colleague, "Смирнова").hobbies == "керамика"


def test_a_full_exchange_notes_no_business_entries(office, colleague, tmp_path):
    """Full exports and imports keep the ledger they always kept (no cost for them)."""
    from sqlalchemy import text

    import_file(colleague, ExchangeService(office).export_to_file(tmp_path / "f.kamdossier").path)
    for db in (office, colleague):
        with db.engine.connect() as conn:
            values = conn.execute(
                text("SELECT value FROM setting WHERE key LIKE 'exchange.synced.%'")
            ).scalars()
            assert not any("#business" in value for value in values)


def test_personal_details_edited_here_are_no_difference(office, colleague, tmp_path):
    import_file(
        colleague, ExchangeService(office).export_to_file(tmp_path / "full.kamdossier").path
    )
    edit(colleague, "Смирнова", hobbies="йога, театр, орхидеи, керамика", family=[])
    path = lean_export(office, tmp_path / "lean.kamdossier")
    preview = ExchangeService(colleague).preview_import(path.read_bytes())
    assert not preview.has_changes
    assert person(colleague, "Смирнова").hobbies == "йога, театр, орхидеи, керамика"


def test_a_conflict_lists_business_fields_and_taking_theirs_keeps_mine_personal(
    office, colleague, tmp_path
):
    import_file(
        colleague, ExchangeService(office).export_to_file(tmp_path / "full.kamdossier").path
    )
    edit(office, "Смирнова", position="HR (офис)", notes="офис")
    edit(colleague, "Смирнова", position="HR (коллега)", likes="чай улун")
    kept = person(colleague, "Смирнова")
    path = lean_export(office, tmp_path / "lean.kamdossier")
    preview = ExchangeService(colleague).preview_import(path.read_bytes())
    assert [(r.id, r.fields) for r in preview.conflicts] == [(kept.id, ["position"])]
    preview.resolve_all(Resolution.TAKE_THEIRS)
    ExchangeService(colleague).apply_import(preview)
    after = person(colleague, "Смирнова")
    assert after.position == "HR (офис)"
    assert [getattr(after, f) for f in PERSONAL_LAYER] == [getattr(kept, f) for f in PERSONAL_LAYER]


def test_a_person_new_to_a_known_client_comes_without_personal_data(office, colleague, tmp_path):
    import_file(
        colleague, ExchangeService(office).export_to_file(tmp_path / "full.kamdossier").path
    )
    service = DossierService(office)
    client = next(c for c in service.list_clients() if c.name == "УралТяжМаш")
    service.save_member(
        Member(
            "Новикова Анна Сергеевна",
            client.id,
            position="Главный инженер",
            hobbies="парусный спорт",
        )
    )
    import_file(colleague, lean_export(office, tmp_path / "lean.kamdossier"))
    newcomer = person(colleague, "Новикова")
    assert newcomer.position == "Главный инженер" and newcomer.hobbies == ""


def test_an_erasure_forgets_the_business_entries_too(office, tmp_path):
    """A handover without the personal layer notes the business form's hash; erasing the
    person later forgets it with the rest (no hash of them stays)."""
    from sqlalchemy import text

    from kam_desktop.services.personal_data import PersonalDataService

    lean_export(office, tmp_path / "lean.kamdossier")
    member_id = person(office, "Смирнова").id or ""

    def ledger() -> str:
        with office.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT value FROM setting WHERE key LIKE 'exchange.synced.%'")
            )
            return " ".join(rows.scalars())

    assert personal.business_id(member_id) in ledger()
    PersonalDataService(office).erase(member_id, "test")
    assert member_id not in ledger()


# ---- a file that contradicts its own flag ----------------------------------------------------
def _lean_members(office: Database, tmp_path: Path) -> dict[str, bytes]:
    return members_of(lean_export(office, tmp_path / "lean.kamdossier").read_bytes())


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("hobbies", "рыбалка"),
        ("birthday", {"day": 14, "month": 3, "year": None}),
        ("family", []),  # even an empty list: the layer is absent, not empty
        ("notes", ""),
    ],
)
def test_personal_fields_in_a_file_without_the_layer_are_refused(
    office, colleague, tmp_path, field, value
):
    members = _lean_members(office, tmp_path)
    name = next(
        n for n in sorted(members) if n.startswith("clients/") and b'"members":[{' in members[n]
    )
    doc = json.loads(members[name])
    doc["members"][0][field] = value
    members[name] = json.dumps(doc, ensure_ascii=False).encode()
    before = dump(colleague)
    with pytest.raises(ArchiveError, match="carries no personal details") as refused:
        ExchangeService(colleague).preview_import(build(members))
    assert field in str(refused.value)
    assert dump(colleague) == before


def test_a_frozen_copy_with_the_addressees_values_is_refused(office, colleague, tmp_path):
    full = members_of(ExchangeService(office).export_archive().data)
    members = _lean_members(office, tmp_path)
    name = next(n for n in members if n.startswith("clients/") and b'"snapshot":"' in members[n])
    doc = json.loads(members[name])
    full_doc = json.loads(full[name])
    doc["proposals"][0]["snapshot"] = full_doc["proposals"][0]["snapshot"]  # values in full
    members[name] = json.dumps(doc, ensure_ascii=False).encode()
    with pytest.raises(ArchiveError, match="carries no personal details"):
        ExchangeService(colleague).preview_import(build(members))


def test_the_flag_must_be_a_boolean(office, colleague, tmp_path):
    members = _lean_members(office, tmp_path)
    with pytest.raises(ArchiveError, match="personal_layer"):
        ExchangeService(colleague).preview_import(build(members, personal_layer="no"))


def test_the_same_members_marked_full_are_a_full_file(office, colleague, tmp_path):
    """The flag is what makes absent mean "not shared": without it a reader must take the
    missing fields for empty ones, and the preview lists them as changes (never silently)."""
    import_file(
        colleague, ExchangeService(office).export_to_file(tmp_path / "full.kamdossier").path
    )
    members = _lean_members(office, tmp_path)
    manifest = json.loads(members["manifest.json"])
    del manifest["personal_layer"]
    members["manifest.json"] = json.dumps(manifest).encode()
    preview = ExchangeService(colleague).preview_import(build(members))
    assert preview.personal_layer is True
    petrov = person(colleague, "Петров").id
    changed = [r for r in preview.records if r.id == petrov]
    assert [r.change for r in changed] == [Change.UPDATE]
    assert {"birthday", "family", "hobbies", "values"} <= set(changed[0].fields)


# ---- command line -----------------------------------------------------------------------------
def test_command_line_export_without_personal_and_import(office, database_arg, tmp_path):
    from tests.exchange.test_cli import ok, run

    path = tmp_path / "handover.kamdossier"
    client = next(c for c in DossierService(office).list_clients() if c.name == "УралТяжМаш")
    line = ok(
        run("--db", database_arg, "export", client.id, "--out", str(path), "--without-personal")
    )
    assert "Without personal details" in line
    assert json.loads(unpacked(path)["manifest.json"])["personal_layer"] is False
    line = ok(run("--db", str(tmp_path / "colleague.sqlite3"), "import", str(path)))
    assert "no personal details" in line and "kept as they are" in line
    colleague = Database.open(str(tmp_path / "colleague.sqlite3"))
    try:
        assert personal_texts(colleague) == set()
        assert person(colleague, "Петров").position == person(office, "Петров").position
    finally:
        colleague.close()
    # In Russian too, and the flag is in the help.
    line = ok(
        run(
            "--db",
            str(tmp_path / "ru.sqlite3"),
            "import",
            str(path),
            env={"LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8", "LANGUAGE": ""},
        )
    )
    assert "В файле нет личных данных" in line
    assert "--without-personal" in run("export", "--help").stdout
