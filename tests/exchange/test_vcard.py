"""vCard 4.0 export (our writer) and import of 2.1 / 3.0 / 4.0 files from common programs."""

from __future__ import annotations

import pytest
import vobject

from kam_desktop.domain.dossier import Birthday, ContactPoint, FamilyMember, Member
from kam_desktop.domain.enums import ContactKind
from kam_desktop.exchange.errors import VCardError
from kam_desktop.exchange.vcard import escape_text, fold, member_vcard, read_vcards, split_name
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.exchange import ExchangeService, normalise_phone
from tests.exchange.conftest import FIXTURES, dump_all


def _person() -> Member:
    return Member(
        full_name="Смирнова Ольга Николаевна",
        id="3f2b8c1e-0d4a-4e5f-9a6b-7c8d9e0f1a2b",
        position="Директор по персоналу; член правления, HR",
        department="Дирекция по персоналу",
        role_code="hr_director",
        contacts=[
            ContactPoint(ContactKind.EMAIL, "o.smirnova@uraltyazhmash.ru", "рабочий"),
            ContactPoint(ContactKind.PHONE, "+7 (343) 210-00-45 доб. 214", "рабочий"),
            ContactPoint(ContactKind.PHONE, "+7 922 140-55-66", "мобильный"),
        ],
        birthday=Birthday(29, 2),
        anniversary=Birthday(17, 8, 2005),
        family=[
            FamilyMember("Мария", "дочь", Birthday(5, 11, 2010)),
            FamilyMember("Андрей Павлович", "муж"),
        ],
        hobbies="йога, театр (абонемент в Театр драмы, ложа), орхидеи",
        likes="зелёный чай",
        notes="Первая строка\nвторая строка с запятой, точкой с запятой; и обратной косой \\ чертой "
        + "и очень длинным хвостом, чтобы строку пришлось переносить несколько раз подряд.",
    )


def _lines(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    return text.split("\r\n")[:-1]


def test_vcard_40_structure_escaping_and_folding():
    text = member_vcard(_person(), "АО «УралТяжМаш»", "директор по персоналу")
    lines = _lines(text)
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:4.0" and lines[-1] == "END:VCARD"
    for line in lines:
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")  # no split UTF-8 sequence in any physical line
    unfolded = text.replace("\r\n ", "")
    assert "UID:urn:uuid:3f2b8c1e-0d4a-4e5f-9a6b-7c8d9e0f1a2b" in unfolded
    assert "N:Смирнова;Ольга;Николаевна;;" in unfolded
    assert "TITLE:Директор по персоналу\\; член правления\\, HR" in unfolded
    assert "ROLE:директор по персоналу" in unfolded
    assert "EMAIL;TYPE=work:o.smirnova@uraltyazhmash.ru" in unfolded
    assert 'TEL;VALUE=uri;TYPE="work,voice":tel:+7-343-210-00-45;ext=214' in unfolded
    assert "TEL;VALUE=uri;TYPE=cell:tel:+7-922-140-55-66" in unfolded
    assert "BDAY:--0229" in unfolded
    assert "RELATED;TYPE=child;VALUE=text:Мария" in unfolded
    assert "RELATED;TYPE=spouse;VALUE=text:Андрей Павлович" in unfolded
    assert "HOBBY:театр (абонемент в Театр драмы\\, ложа)" in unfolded
    assert "INTEREST:зелёный чай" in unfolded
    assert (
        "\\nвторая строка с запятой\\, точкой с запятой\\; и обратной косой \\\\ чертой" in unfolded
    )


def test_fold_keeps_multibyte_characters_whole():
    line = "NOTE:" + "ё" * 100
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_escape_text():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович")),
        ("Иван Иванович Иванов", ("Иванов", "Иван", "Иванович")),
        ("Петрова Анна", ("Петрова", "Анна", "")),
        ("James Whitfield", ("Whitfield", "James", "")),
    ],
)
def test_split_name(full, expected):
    assert split_name(full) == expected


def test_vobject_reads_what_we_write():
    text = member_vcard(_person(), "АО «УралТяжМаш»", "директор по персоналу")
    card = vobject.readOne(text)
    assert card.fn.value == "Смирнова Ольга Николаевна"
    assert card.n.value.family == "Смирнова" and card.n.value.given == "Ольга"
    assert card.org.value == ["АО «УралТяжМаш»", "Дирекция по персоналу"]
    assert card.title.value == "Директор по персоналу; член правления, HR"
    assert card.email.value == "o.smirnova@uraltyazhmash.ru"
    assert [t.value for t in card.contents["tel"]][1] == "tel:+7-922-140-55-66"
    assert card.bday.value == "--0229"
    assert card.anniversary.value == "20050817"
    assert [r.value for r in card.contents["related"]] == ["Мария", "Андрей Павлович"]
    assert card.note.value.startswith("Первая строка\nвторая строка с запятой, точкой с запятой;")


def test_our_vcard_reads_back_through_our_importer():
    person = _person()
    [back] = read_vcards(member_vcard(person, "Org", "").encode()).members
    assert back.full_name == person.full_name and back.position == person.position
    assert back.birthday == Birthday(29, 2)
    assert back.anniversary == Birthday(17, 8, 2005)
    assert back.emails() == person.emails()
    assert [normalise_phone(p) for p in back.phones()] == [
        normalise_phone(p) for p in person.phones()
    ]
    assert [f.name for f in back.family] == ["Мария", "Андрей Павлович"]


def _parse(name: str) -> list[Member]:
    return read_vcards((FIXTURES / name).read_bytes()).members


def test_outlook_russian_21_windows1251_quoted_printable():
    sokolov, smirnova = _parse("outlook_ru_2.1_windows-1251.vcf")
    assert sokolov.full_name == "Соколов Дмитрий Андреевич"
    assert sokolov.position == "Начальник отдела закупок"
    assert sokolov.department == "Отдел закупок"
    assert sokolov.notes.startswith("Познакомились на выставке «Металлообработка-2026».")
    assert "согласует с главным инженером.\nПредпочитает звонки после 15:00." in sokolov.notes
    assert sokolov.phones() == ["+7 (343) 210-00-70", "+7 (912) 640-11-90"]
    assert [c.label for c in sokolov.contacts if c.kind == ContactKind.PHONE] == [
        "work",
        "mobile",
    ]
    assert sokolov.emails() == ["d.sokolov@uraltyazhmash.ru"]
    assert sokolov.birthday == Birthday(17, 9, 1981)
    assert [(f.name, f.relation) for f in sokolov.family] == [("Соколова Анна", "spouse")]
    assert smirnova.full_name == "Смирнова Ольга"


def test_apple_contacts_30_labels_relatives_and_year_less_birthday():
    [guseva] = _parse("apple_contacts_3.0.vcf")
    assert guseva.full_name == "Марина Олеговна Гусева"
    assert guseva.birthday == Birthday(5, 12, None)  # X-APPLE-OMIT-YEAR
    assert [(c.value, c.label) for c in guseva.contacts if c.kind == ContactKind.PHONE] == [
        ("+7 (922) 118-40-77", "mobile"),
        ("+7 343 210-00-88", "work"),
    ]
    assert [(f.name, f.relation) for f in guseva.family] == [
        ("Гусев Олег", "spouse"),
        ("Гусева Алиса", "child"),
    ]
    assert guseva.notes == "Ведёт договоры поставки, любит точность. Не звонить до 10:00."


def test_android_21_quoted_printable_utf8_and_custom_relation():
    [frolov] = _parse("android_2.1_qp_utf8.vcf")
    assert frolov.full_name == "Игорь Викторович Фролов"
    assert frolov.position == "Начальник цеха № 3"
    assert frolov.notes == (
        "Рыбак, ездит на Чусовую. Сторонник пилота в цехе № 3, говорит прямо и коротко."
    )
    assert [(f.name, f.relation) for f in frolov.family] == [("Фролова Светлана", "spouse")]
    assert frolov.birthday == Birthday(22, 4, 1977)


def test_gmail_30():
    belova, _smirnova = _parse("gmail_3.0.vcf")
    assert belova.full_name == "Ekaterina Belova"
    assert belova.emails() == ["e.belova@uraltyazhmash.ru", "katya.belova@gmail.com"]
    assert belova.birthday == Birthday(29, 2, None)
    assert belova.family[0].name == "Pavel Belov"
    assert belova.notes == "Runs the CNC operator training programme, prefers e-mail."


def test_thunderbird_40_folded_note_and_tel_uri():
    [kovalev] = _parse("thunderbird_4.0.vcf")
    assert kovalev.full_name == "Ковалёв Антон Сергеевич"
    assert (
        kovalev.notes
        == "Отвечает за внедрение MES во втором цехе; любит технические детали и схемы."
    )
    assert kovalev.phones()[-1] == "+7-343-210-00-45 доб. 12"
    assert kovalev.birthday == Birthday(11, 6, 1990)


@pytest.mark.parametrize(
    "data",
    [b"", b"hello", b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n", b"\xff\xfe" * 100],
)
def test_broken_vcard_files(data):
    with pytest.raises(VCardError):
        read_vcards(data)


def _key_client(db) -> str:
    return next(c.id for c in DossierService(db).list_clients() if c.name == "УралТяжМаш")


@pytest.mark.parametrize(
    ("fixture", "new", "duplicates"),
    [
        (
            "outlook_ru_2.1_windows-1251.vcf",
            ["Соколов Дмитрий Андреевич"],
            [("Смирнова Ольга", "email")],
        ),
        ("android_2.1_qp_utf8.vcf", [], [("Игорь Викторович Фролов", "phone")]),
        ("gmail_3.0.vcf", ["Ekaterina Belova"], [("ольга николаевна СМИРНОВА", "name")]),
        ("apple_contacts_3.0.vcf", ["Марина Олеговна Гусева"], []),
        ("thunderbird_4.0.vcf", ["Ковалёв Антон Сергеевич"], []),
    ],
)
def test_duplicate_detection_by_email_phone_or_name(rich_db, fixture, new, duplicates):
    service = ExchangeService(rich_db)
    preview = service.preview_vcard_import(_key_client(rich_db), (FIXTURES / fixture).read_bytes())
    assert [e.member.full_name for e in preview.to_add] == new
    assert [(e.member.full_name, e.reason) for e in preview.duplicates] == duplicates
    for entry in preview.duplicates:
        assert entry.duplicate_of_name.startswith("Смирнова Ольга")


def test_preview_writes_nothing_and_apply_adds_the_new_people(rich_db):
    service = ExchangeService(rich_db)
    client_id = _key_client(rich_db)
    data = (FIXTURES / "outlook_ru_2.1_windows-1251.vcf").read_bytes()
    before = dump_all(rich_db)
    preview = service.preview_vcard_import(client_id, data)
    assert dump_all(rich_db) == before

    result = service.apply_vcard_import(preview)
    assert (result.added, result.skipped) == (1, 1)
    sokolov = next(
        m
        for m in DossierService(rich_db).list_members(client_id)
        if m.full_name.startswith("Соколов")
    )
    assert sokolov.family[0].name == "Соколова Анна" and sokolov.role_code == "other"
    assert DossierService(rich_db).search("соколов")[0].name == "Соколов Дмитрий Андреевич"

    again = service.preview_vcard_import(client_id, data)
    assert again.to_add == []  # the second import finds everyone


def test_exported_group_is_all_duplicates_when_imported_back(rich_db):
    service = ExchangeService(rich_db)
    client_id = _key_client(rich_db)
    text, count = service.export_vcard(client_id)
    assert count == len(DossierService(rich_db).list_members(client_id))
    preview = service.preview_vcard_import(client_id, text.encode())
    assert preview.to_add == [] and len(preview.duplicates) == count
