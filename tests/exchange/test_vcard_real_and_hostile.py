"""vCards from other programs that used to be refused, and hostile ones.

Fixtures, written the way the programs write them:

- ``android_2.1_photo.vcf``: an Android (AOSP ``VCardBuilder``) 2.1 export — every byte of
  Cyrillic text quoted-printable with ``=`` soft breaks at 67 characters, ``TEL;CELL``,
  ``X-ANDROID-CUSTOM`` relation — and two photos: the first folded as AOSP folds it (a space
  before each continuation line, a blank line after), the second in the vCard 2.1
  specification's base64 layout (continuation lines without leading space, the first one
  not a multiple of 4 characters, a blank line at the end) as other phones write it.
- ``apple_lotus_3.0_photo.vcf``: a macOS Contacts 3.0 card (``item1.``…``item6.`` groups with
  ``X-ABLabel``, ``X-ABADR``, ``X-ABDATE``, ``X-SOCIALPROFILE``, ``X-ABUID``, a folded
  ``PHOTO;X-ABCROP-RECTANGLE=…;ENCODING=b``) and a Lotus Notes 3.0 card whose grouped
  ``PHOTO;ENCODING=b`` lost the leading space of some continuation lines (as ez-vcard 0.9.7 /
  DAVdroid wrote them, ez-vcard issue #33).
"""

from __future__ import annotations

import hashlib
import resource

import pytest

from kam_desktop.cli import run
from kam_desktop.domain import limits
from kam_desktop.domain.dossier import Birthday, ContactPoint, FamilyMember, Member
from kam_desktop.domain.enums import ContactKind
from kam_desktop.exchange.errors import VCardError
from kam_desktop.exchange.vcard import member_vcard, read_vcards
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService
from tests.exchange.conftest import FIXTURES, dump_all

CONTROL = set(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160)]))


def _card(*lines: str, version: str = "3.0") -> bytes:
    return (
        "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"
    ).encode()


def _phones(member: Member) -> list[tuple[str, str]]:
    return [(c.value, c.label) for c in member.contacts if c.kind == ContactKind.PHONE]


def test_android_21_export_with_folded_photos():
    parsed = read_vcards((FIXTURES / "android_2.1_photo.vcf").read_bytes())
    kuzmina, lebedev = parsed.members
    assert kuzmina.full_name == "Татьяна Сергеевна Кузьмина"
    assert (kuzmina.position, kuzmina.department) == ("Финансовый директор", "Финансовая служба")
    assert _phones(kuzmina) == [("+79221304455", "mobile"), ("+73432100061", "work")]
    assert kuzmina.emails() == ["t.kuzmina@uraltyazhmash.ru"]
    assert kuzmina.birthday == Birthday(2, 10, 1979)
    assert [(f.name, f.relation) for f in kuzmina.family] == [("Кузьмин Андрей", "spouse")]
    assert kuzmina.notes == "Считает окупаемость сама, просит цифры заранее."
    assert lebedev.full_name == "Олег Игоревич Лебедев"
    assert lebedev.position == "Начальник службы снабжения"
    assert lebedev.emails() == ["oleg.lebedev@mail.ru"]
    assert parsed.warnings == ["Photos are not imported (a dossier keeps none): 2 skipped."]


def test_apple_and_lotus_30_grouped_properties_and_folded_photos():
    parsed = read_vcards((FIXTURES / "apple_lotus_3.0_photo.vcf").read_bytes())
    kuznetsov, solovyova = parsed.members
    assert kuznetsov.full_name == "Алексей Петрович Кузнецов"
    assert kuznetsov.department == "Служба главного инженера"
    assert [(c.value, c.label) for c in kuznetsov.contacts] == [
        ("a.kuznetsov@uraltyazhmash.ru", "work"),
        ("+7 343 210-00-31", "приёмная"),  # an item group's own X-ABLabel
        ("+7 (912) 605-44-10", "mobile"),
    ]
    assert kuznetsov.birthday == Birthday(8, 3, 1971)
    assert [(f.name, f.relation) for f in kuznetsov.family] == [("Кузнецова Елена", "spouse")]
    assert solovyova.position == "Директор по персоналу"
    assert solovyova.notes == "Ценит рекомендации коллег; просит контакты рекомендателей."
    assert _phones(solovyova) == [("+7 343 210-00-52", "work")]
    assert parsed.warnings == ["Photos are not imported (a dossier keeps none): 2 skipped."]


def test_the_preview_and_the_command_line_say_what_was_skipped(rich_db, database_arg, capsys):
    client_id = next(c.id for c in DossierService(rich_db).list_clients() if c.name == "ВолгаХим")
    data = (FIXTURES / "android_2.1_photo.vcf").read_bytes()
    preview = ExchangeService(rich_db).preview_vcard_import(client_id, data)
    assert len(preview.to_add) == 2 and "Photos are not imported" in preview.warnings[0]
    code = run(
        [
            "--db",
            database_arg,
            "import-vcard",
            str(FIXTURES / "android_2.1_photo.vcf"),
            "--client",
            client_id,
        ]
    )
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].startswith("Added 2 people to ВолгаХим")
    assert out[1] == "  Photos are not imported (a dossier keeps none): 2 skipped."


def test_a_property_that_cannot_be_read_is_skipped_not_the_card():
    parsed = read_vcards(
        _card(
            "FN:Анна Орлова",
            "EMAIL;=broken:a.orlova@example.ru",
            "TEL;TYPE=CELL:+7 912 000-11-22",
            "PHOTO;ENCODING=b;TYPE=png:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA",
            "X-UNKNOWN-THING;ENCODING=b:%%%not base64%%%",
        )
    )
    [orlova] = parsed.members
    assert orlova.phones() == ["+7 912 000-11-22"] and orlova.emails() == []
    assert "Анна Орлова: EMAIL could not be read and was skipped." in parsed.warnings


def test_old_phones_8bit_encoding_is_plain_text():
    parsed = read_vcards(
        _card(
            "N;CHARSET=UTF-8;ENCODING=8BIT:Фролов;Игорь;;;",
            "FN;CHARSET=UTF-8;ENCODING=8BIT:Игорь Фролов",
            "NOTE;ENCODING=8BIT:Заметка",
            version="2.1",
        )
    )
    assert (parsed.members[0].full_name, parsed.members[0].notes) == ("Игорь Фролов", "Заметка")


@pytest.mark.parametrize(
    "line",
    [
        "FN:Иван \x1b[2K Петров",
        "FN:Иван\x07Петров",
        "FN:Иван\x00Петров",
        "FN;CHARSET=UTF-7:Ivan +2AA-Petrov\x1b",
        "FN:" + "Я" * (limits.MEMBER["full_name"].max_length + 1),
    ],
)
def test_a_card_whose_name_breaks_the_rules_is_skipped(line):
    parsed = read_vcards(_card(line) + _card("FN:Пётр Смирнов"))
    assert [m.full_name for m in parsed.members] == ["Пётр Смирнов"]
    assert parsed.warnings[0].startswith("A contact «")
    assert not CONTROL & set("".join(parsed.warnings))


def test_other_fields_that_break_the_rules_are_left_out():
    parsed = read_vcards(
        _card(
            "FN:Пётр Смирнов",
            "TITLE:Директор\x1b[31m",
            "NOTE:" + "x" * (limits.LONG_TEXT + 1),
            "X-ABRELATEDNAMES:Мария\x07",
            "IMPP;X-SERVICE-TYPE=Telegram:@smirnov",
            "BDAY:99991231T235959+1400",
            "ANNIVERSARY:00010101T000000+1400",
        )
    )
    [smirnov] = parsed.members
    assert (smirnov.position, smirnov.notes, smirnov.family) == ("", "", [])
    assert smirnov.contacts[0].value == "@smirnov"
    assert smirnov.birthday is None
    assert len(parsed.warnings) == 4
    assert any("99991231T235959+1400" in w and "not a valid date" in w for w in parsed.warnings)


def test_a_five_megabyte_name_is_refused_quickly_and_in_little_memory():
    """Was accepted (910 MB RSS), and the client's export then read as a zip bomb."""
    huge = b"A" * (5 * 1024 * 1024)
    folded = b"\r\n ".join(huge[i : i + 74] for i in range(0, len(huge), 74))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for name in (huge, folded):
        data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + b"\r\nEND:VCARD\r\n"
        with pytest.raises(VCardError, match="longer than a dossier field"):
            read_vcards(data)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 150


def test_files_and_card_counts_have_a_cap():
    with pytest.raises(VCardError, match="too large"):
        read_vcards(b"BEGIN:VCARD" + b" " * limits.MAX_VCARD_FILE_BYTES)
    many = _card("FN:A B") * (limits.MAX_VCARD_CARDS + 1)
    with pytest.raises(VCardError, match="too many contacts"):
        read_vcards(many)


def test_the_command_line_refuses_a_file_with_nothing_importable(
    rich_db, database_arg, tmp_path, capsys
):
    path = tmp_path / "hostile.vcf"
    path.write_bytes(_card("FN:\x1b[2K\rImported: 5 added\x07"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    client_id = DossierService(rich_db).list_clients()[0].id
    before = dump_all(rich_db)
    code = run(["--db", database_arg, "import-vcard", str(path), "--client", client_id])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert not CONTROL & set(err) and "\\u001b" in err
    assert dump_all(rich_db) == before
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_writers_never_emit_control_characters(rich_db, tmp_path):
    """Old data may hold control characters (written before the rules): vCard and iCalendar
    output leave them out (RFC 6350 §3.3, RFC 5545 §3.3.11)."""
    from sqlalchemy import text

    dossiers = DossierService(rich_db)
    client = dossiers.list_clients()[0]
    nul = "\x00" if rich_db.dialect == "sqlite" else ""  # PostgreSQL text cannot hold NUL at all
    with rich_db.engine.begin() as conn:
        conn.execute(
            text("UPDATE member SET full_name = :n, notes = :t WHERE client_id = :c"),
            {"n": "Иван\x1b[31m Петров\x07", "t": f"строка{nul}\nвторая\x9b", "c": client.id},
        )
    card, _count = ExchangeService(rich_db).export_vcard(client.id)
    assert not CONTROL & set(card)
    assert "Иван[31m Петров" in card and "строка\\nвторая" in card
    calendar, _counts = ExchangeService(rich_db).export_calendar()
    assert not CONTROL & set(calendar.decode("utf-8"))


def test_our_own_vcard_of_a_person_at_every_limit_reads_back():
    person = Member(
        full_name="Я" * limits.MEMBER["full_name"].max_length,
        position="🙂" * limits.MEMBER["position"].max_length,
        notes="ё\n" * (limits.LONG_TEXT // 2),
        contacts=[
            ContactPoint(ContactKind.EMAIL, "a@b.ru", "р" * limits.CONTACT["label"].max_length)
        ],
        family=[FamilyMember("М" * limits.FAMILY["name"].max_length, "дочь")],
        id="3f2b8c1e-0d4a-4e5f-9a6b-7c8d9e0f1a2b",
    )
    parsed = read_vcards(member_vcard(person, "Org", "").encode())
    [back] = parsed.members
    assert back.full_name == person.full_name and back.position == person.position
    assert back.family[0].name == person.family[0].name
