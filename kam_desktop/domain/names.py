"""People's names as Russian business letters use them: greeting, short form, gender.

Dossiers hold full names as the KAM typed them: «Петров Иван Сергеевич» (surname first, the
usual order in Russian records), «Иван Сергеевич Петров», «Мамедов Эльчин Гейдар оглы», or a
foreign «John Smith». A letter greets by first name and patronymic («Уважаемый Иван
Сергеевич!»), and the patronymic tells the gender unless the dossier overrides it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kam_desktop.domain.enums import Gender

MALE_PATRONYMIC = re.compile(r"(вич|ич)$", re.IGNORECASE)
FEMALE_PATRONYMIC = re.compile(r"(вна|чна)$", re.IGNORECASE)
TURKIC_MALE = ("оглы", "улы", "уулу")
TURKIC_FEMALE = ("кызы", "гызы")
MIN_PATRONYMIC = 5  # «Ильич» is the shortest; shorter words ending in «ич» are surnames


@dataclass(frozen=True, slots=True)
class RussianName:
    surname: str
    first: str
    patronymic: str

    @property
    def gender(self) -> Gender:
        tail = self.patronymic.split()[-1].lower()
        if tail in TURKIC_FEMALE or FEMALE_PATRONYMIC.search(tail):
            return Gender.FEMALE
        return Gender.MALE


def _is_patronymic(word: str) -> bool:
    return len(word) >= MIN_PATRONYMIC and bool(
        MALE_PATRONYMIC.search(word) or FEMALE_PATRONYMIC.search(word)
    )


def parse_russian_name(full_name: str) -> RussianName | None:
    """Surname, first name and patronymic, or None when the name has no patronymic."""
    words = full_name.split()
    if len(words) == 4 and words[3].lower() in TURKIC_MALE + TURKIC_FEMALE:
        return RussianName(words[0], words[1], f"{words[2]} {words[3]}")
    if len(words) != 3:
        return None
    if _is_patronymic(words[2]):
        return RussianName(words[0], words[1], words[2])
    if _is_patronymic(words[1]):
        return RussianName(words[2], words[0], words[1])
    return None


def gender_of(full_name: str, override: Gender = Gender.AUTO) -> Gender:
    """The override when set, otherwise what the patronymic says (AUTO = unknown)."""
    if override != Gender.AUTO:
        return override
    name = parse_russian_name(full_name)
    return name.gender if name else Gender.AUTO


def greeting(full_name: str, lang: str, override: Gender = Gender.AUTO) -> str:
    """«Уважаемый Иван Сергеевич!» / "Dear Mr Petrov,"; neutral when the gender is unknown."""
    name = parse_russian_name(full_name)
    gender = gender_of(full_name, override)
    if lang == "ru":
        if gender == Gender.AUTO:
            return f"Здравствуйте, {full_name}!"
        dear = "Уважаемая" if gender == Gender.FEMALE else "Уважаемый"
        addressed = f"{name.first} {name.patronymic}" if name else full_name
        return f"{dear} {addressed}!"
    if name is None:
        return f"Dear {full_name},"
    if gender == Gender.AUTO:
        return f"Dear {name.first} {name.surname},"
    title = "Ms" if gender == Gender.FEMALE else "Mr"
    return f"Dear {title} {name.surname},"


def short_name(full_name: str) -> str:
    """«Петров И. С.» for signatures and file names; other names stay as they are."""
    name = parse_russian_name(full_name)
    if name is None:
        return " ".join(full_name.split())
    initials = " ".join(f"{w[0]}." for w in (name.first, name.patronymic.split()[0]))
    return f"{name.surname} {initials}"
