"""Our own files are always readable: whatever the services accept exports to a file that the
same version imports without complaint — into an empty database, and back into the same one.

Data goes in only through the public services (the forms' rules apply), with any text the
rules allow: Cyrillic, emoji, tabs and line breaks in free text, every field at its maximum
length (repetitive text at the maximum is what compresses "suspiciously well").
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kam_desktop.domain import limits
from kam_desktop.domain.dossier import (
    Birthday,
    Client,
    ContactPoint,
    FamilyMember,
    Interaction,
    Member,
    Tender,
)
from kam_desktop.domain.enums import Attitude, ClientStatus, ContactKind, InteractionKind
from kam_desktop.domain.proposal import LineItem, ProposalStatus
from kam_desktop.domain.validation import LINE_FORBIDDEN_RE
from kam_desktop.exchange import codec
from kam_desktop.exchange.archive import ArchiveWriter, Limits
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService
from kam_desktop.services.proposals import ProposalService

LINE_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
TEXT_CHARS = st.one_of(LINE_CHARS, st.sampled_from("\n\t\r\n"))
AT_THE_LIMIT = ("Я", "🙂", "a", "ё\n", "Ж ")  # Cyrillic, 4-byte UTF-8, ASCII, lines, words


def _line(limit: limits.TextLimit, required: bool = False) -> st.SearchStrategy[str]:
    chars = TEXT_CHARS if limit.multiline else LINE_CHARS
    short = st.text(chars, min_size=1 if required else 0, max_size=min(limit.max_length, 30))
    longest = st.sampled_from(AT_THE_LIMIT).map(
        lambda unit: (unit * limit.max_length)[: limit.max_length]
    )
    text = st.one_of(short, longest)
    if not limit.multiline:
        text = text.filter(lambda t: not LINE_FORBIDDEN_RE.search(t))
    return text.filter(lambda t: t.strip()) if required else text


def _fields(rules: dict[str, limits.TextLimit], required=()) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(
        {name: _line(rule, name in required) for name, rule in rules.items()}
    )


DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
BIRTHDAYS = st.one_of(
    st.none(),
    st.builds(
        Birthday, st.integers(1, 28), st.integers(1, 12), st.none() | st.integers(1900, 2100)
    ),
    st.just(Birthday(29, 2)),
)
EMAILS = st.sampled_from(["ivan.petrov@uraltyazhmash.ru", "o.smirnova+hr@mail.ru", "x@y.co"])
PHONES = st.sampled_from(["+7 495 123-45-67", "8 (343) 210-00-45 доб. 214", "+49 30 1234567"])


def _contacts() -> st.SearchStrategy[list[ContactPoint]]:
    label = _line(limits.CONTACT["label"])
    one = st.one_of(
        st.builds(ContactPoint, st.just(ContactKind.EMAIL), EMAILS, label),
        st.builds(ContactPoint, st.just(ContactKind.PHONE), PHONES, label),
        st.builds(
            ContactPoint,
            st.just(ContactKind.MESSENGER),
            _line(limits.CONTACT["value"], True),
            label,
        ),
    )
    return st.lists(one, max_size=3)


@st.composite
def members(draw) -> list[Member]:
    people = []
    for _i in range(draw(st.integers(0, 3))):
        texts = draw(_fields(limits.MEMBER, required=("full_name",)))
        family = [
            FamilyMember(
                **draw(_fields(limits.FAMILY, required=("name",))), birthday=draw(BIRTHDAYS)
            )
            for _j in range(draw(st.integers(0, 2)))
        ]
        people.append(
            Member(
                **texts,
                influence=draw(st.integers(1, 5)),
                attitude=draw(st.sampled_from(list(Attitude))),
                role_code=draw(st.sampled_from(["executive", "financier", "technical", "other"])),
                contacts=draw(_contacts()),
                family=family,
                birthday=draw(BIRTHDAYS),
                anniversary=draw(BIRTHDAYS),
            )
        )
    return people


@st.composite
def portfolios(draw) -> list[tuple[Client, list[Member], list[dict], bool]]:
    result = []
    for _i in range(draw(st.integers(1, 2))):
        texts = draw(_fields(limits.CLIENT, required=("name",)))
        texts["website"] = draw(st.sampled_from(["", "uraltyazhmash.ru", "https://пример.рф"]))
        texts["kpp"] = draw(st.sampled_from(["", "667301001"]))  # a КПП is 9 digits
        client = Client(
            **texts,
            status=draw(st.sampled_from(list(ClientStatus))),
            tags=draw(st.lists(_line(limits.TAG, True), max_size=3)),
            annual_revenue=draw(
                st.none()
                | st.decimals(
                    0, Decimal(10) ** limits.MAX_MONEY_DIGITS - 1, places=2, allow_nan=False
                )
            ),
            sales_share_pct=draw(st.none() | st.decimals(0, 100, places=2, allow_nan=False)),
            tenders=[
                Tender(**draw(_fields(limits.TENDER, required=("title",))), tender_date=draw(DAYS))
                for _j in range(draw(st.integers(0, 2)))
            ],
        )
        talks = [
            {**draw(_fields(limits.INTERACTION, required=("summary",))), "on": draw(DAYS)}
            for _j in range(draw(st.integers(0, 2)))
        ]
        result.append((client, draw(members()), talks, draw(st.booleans())))
    return result


@lru_cache(maxsize=1)
def _empty_database() -> Path:
    """One migrated empty database, copied for every example (migrating costs ~0.5 s)."""
    folder = Path(tempfile.mkdtemp(prefix="kam-exportable-"))
    Database.open(str(folder / "empty.sqlite3")).close()
    return folder / "empty.sqlite3"


def _open_copy(folder: Path, name: str) -> Database:
    shutil.copy(_empty_database(), folder / name)
    return Database.open(str(folder / name))


def _fill(db: Database, portfolio) -> None:
    dossiers, proposals = DossierService(db), ProposalService(db)
    for client, people, talks, with_proposal in portfolio:
        saved = dossiers.save_client(client)
        ids = []
        for person in people:
            boss = ids[0] if ids else None
            person.client_id, person.reports_to_id = saved.id, boss
            ids.append(dossiers.save_member(person).id)
        for talk in talks:
            due = talk["on"] + timedelta(days=7) if talk["next_step"].strip() else None
            dossiers.save_interaction(
                Interaction(
                    saved.id,
                    talk["on"],
                    InteractionKind.MEETING,
                    talk["summary"],
                    member_ids=ids[:2],
                    next_step=talk["next_step"],
                    next_step_due=due,
                )
            )
        if with_proposal and ids:
            draft = proposals.new_proposal(saved.id)
            draft.title = people[0].full_name
            draft.addressee_ids = ids[:1]
            draft.line_items = [LineItem(people[0].notes.strip() or "Станок", Decimal("2.5"))]
            sent = proposals.save(draft)
            proposals.set_status(sent.id, ProposalStatus.SENT)  # frozen: a snapshot is stored


def _contents(data: bytes) -> dict[str, dict[str, str]]:
    """Every record of a file by member: id → content fingerprint."""
    out: dict[str, dict[str, str]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("clients/"):
                doc = json.loads(archive.read(name))
                records = [doc["client"], *doc["members"], *doc["interactions"]]
                records += doc.get("proposals", [])
                out[name] = {r["id"]: codec.fingerprint(r) for r in records}
    return out


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(portfolios())
def test_whatever_the_services_accept_exports_and_imports_back(portfolio):
    with tempfile.TemporaryDirectory() as folder:
        source = _open_copy(Path(folder), "source.sqlite3")
        target = _open_copy(Path(folder), "target.sqlite3")
        try:
            _fill(source, portfolio)
            data = ExchangeService(source).export_archive().data

            preview = ExchangeService(target).preview_import(data)
            assert preview.refused == [] and preview.conflicts == []
            ExchangeService(target).apply_import(preview)
            assert _contents(ExchangeService(target).export_archive().data) == _contents(data)

            again = ExchangeService(source).preview_import(data)
            assert again.refused == [] and not again.has_changes
            ExchangeService(source).apply_import(again)
        finally:
            source.close()
            target.close()


def _at_the_limit(rules: dict[str, limits.TextLimit], unit: str = "a") -> dict[str, str]:
    return {name: (unit * rule.max_length)[: rule.max_length] for name, rule in rules.items()}


def test_a_dossier_with_every_field_at_its_limit_reads_back(tmp_path):
    """Repetitive text at the limits deflates ~1000:1 — the reader's zip-bomb check refused
    our own export of such a client (the writer now stores such members uncompressed)."""
    source = _open_copy(tmp_path, "source.sqlite3")
    target = _open_copy(tmp_path, "target.sqlite3")
    try:
        texts = _at_the_limit(limits.CLIENT)
        texts["website"] = "uraltyazhmash.ru"
        texts["kpp"] = "667301001"  # digits of a fixed length, checked as such
        people = [
            Member(**_at_the_limit(limits.MEMBER, unit), role_code="other")
            for unit in ("a", "Я", "🙂")
        ]
        _fill(source, [(Client(**texts), people, [], True)])
        data = ExchangeService(source).export_archive().data
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            dossier = next(i for i in archive.infolist() if i.filename.startswith("clients/"))
            assert dossier.file_size > 1024 * 1024  # big enough for the ratio check
        preview = ExchangeService(target).preview_import(data)
        ExchangeService(target).apply_import(preview)
        assert _contents(ExchangeService(target).export_archive().data) == _contents(data)
    finally:
        source.close()
        target.close()


def test_the_writer_refuses_what_the_reader_would_refuse():
    """Beyond a cap the export stops with a message instead of writing an unreadable file."""
    writer = ArchiveWriter("ivanova\x1b[2K", Limits(max_json_bytes=1000))
    dossier = {"client": {"id": "c1", "name": "ООО «Большое»"}, "members": [], "interactions": []}
    dossier["interactions"] = [{"summary": "x" * 2000}]
    with pytest.raises(ArchiveError, match="Cannot export: the dossier of «ООО «Большое»»"):
        writer.add_dossier(dossier)
    writer.discard()
    writer = ArchiveWriter("ivanova\x1b[2K")
    writer.add_shared({})
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(writer.finish())).read("manifest.json"))
    assert manifest["exported_by"] == "ivanova[2K"  # no control characters in our files
