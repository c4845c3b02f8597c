"""Helpers for the sharing GUI tests: prompts answered from a script, two real databases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from kam_desktop.gui.prompts import Prompts
from kam_desktop.services.database import Database
from kam_desktop.services.dossiers import DossierService
from tests.gui.shell_helpers import finish

__all__ = ["ScriptedExchangePrompts", "edit_person", "finish", "key_client", "key_person"]


class ScriptedExchangePrompts(Prompts):
    """Acts as the user: file choices, passwords and dialogs come from the test."""

    def __init__(self) -> None:
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.passwords: list[str | None] = []
        self.password_errors: list[str | None] = []  # the message shown with each prompt
        self.on_dialog: Callable[[QDialog], bool] | None = None
        self.dialogs: list[QDialog] = []
        self.confirm_answer = True
        self.infos: list[str] = []
        self.errors: list[BaseException] = []

    def run_dialog(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        return bool(self.on_dialog and self.on_dialog(dialog))

    def open_file(self, parent, title, folder, filters) -> Path | None:
        return self.open_path

    def save_file(self, parent, title, suggested, filters) -> Path | None:
        return self.save_path

    def password(self, parent: QWidget | None, file_name: str, error: str | None) -> str | None:
        self.password_errors.append(error)
        return self.passwords.pop(0) if self.passwords else None

    def confirm(self, parent, title, text, default_yes=False) -> bool:
        return self.confirm_answer

    def info(self, parent, title, text) -> None:
        self.infos.append(text)

    def report_error(self, parent, exc: BaseException) -> None:
        self.errors.append(exc)


def key_client(db: Database):
    return next(c for c in DossierService(db).list_clients() if c.name == "УралТяжМаш")


def key_person(db: Database, surname: str = "Смирнова"):
    service = DossierService(db)
    return next(
        m for m in service.list_members(key_client(db).id) if m.full_name.startswith(surname)
    )


def edit_person(db: Database, surname: str = "Смирнова", **fields):
    return DossierService(db).save_member(replace(key_person(db, surname), **fields))

