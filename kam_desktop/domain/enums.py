"""Domain enumerations. Values are stable identifiers stored in the database and in exports."""

from __future__ import annotations

from enum import StrEnum


class ClientStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    KEY = "key"
    DORMANT = "dormant"
    LOST = "lost"


class Attitude(StrEnum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SCEPTIC = "sceptic"
    OPPONENT = "opponent"


class Gender(StrEnum):
    """How a Russian letter greets the person; ``auto`` reads it from the patronymic."""

    AUTO = "auto"
    MALE = "male"
    FEMALE = "female"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    MESSENGER = "messenger"


class InteractionKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    LETTER = "letter"
    EVENT = "event"


class ReliabilityResult(StrEnum):
    NOT_CHECKED = "not_checked"
    RELIABLE = "reliable"
    ACCEPTABLE = "acceptable"
    RISKY = "risky"


# Seeded decision roles (code, Russian label, English label). Users may add more.
SEEDED_ROLES: tuple[tuple[str, str, str], ...] = (
    ("executive", "руководитель", "executive / decision maker"),
    ("hr_director", "директор по персоналу", "HR director"),
    ("financier", "финансист", "financier"),
    ("technical", "технический специалист", "technical specialist"),
    ("procurement", "закупки", "procurement"),
    ("legal", "юрист", "legal"),
    ("end_user", "конечный пользователь", "end user"),
    ("champion", "сторонник внутри (чемпион)", "champion"),
    ("gatekeeper", "привратник", "gatekeeper"),
    ("other", "другое", "other"),
)

# Reliability checklist items (key, Russian, English): a standard list so dossiers compare.
RELIABILITY_CHECKLIST: tuple[tuple[str, str, str], ...] = (
    ("registry", "выписка из реестра (ЕГРЮЛ) проверена", "company registry extract checked"),
    ("financials", "финансовая отчётность проанализирована", "financial statements reviewed"),
    ("courts", "судебные дела проверены", "court cases checked"),
    ("payment_discipline", "платёжная дисциплина в норме", "payment discipline is good"),
    ("references", "отзывы партнёров собраны", "partner references collected"),
)
