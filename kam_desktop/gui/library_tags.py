"""The values and concerns (tags) arguments speak to, with the keywords that recognise them."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.proposal import (
    ArgumentTag,
)
from kam_desktop.domain.tailoring import recognise
from kam_desktop.gui.forms import (
    HINT_STYLE,
)
from kam_desktop.gui.library_dialog_base import LibraryDialog
from kam_desktop.i18n import current_language
from kam_desktop.services.library import LibraryService


def _stacked(*widgets: QWidget) -> QWidget:
    """A field with its hint under it (a form row of its own left a gap above a wrapped hint)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return box


def parse_keywords(text: str) -> list[str]:
    """«надёжн, стабильн; гарант» → the word beginnings, in order, without repeats."""
    words = (w.strip() for w in re.split(r"[,;\n]", text))
    return list(dict.fromkeys(w for w in words if w))


class TagsDialog(LibraryDialog):
    """The values and concerns arguments are tagged with, and the words that reveal them."""

    def __init__(self, library: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.setWindowTitle(self.tr("Values and concerns"))
        self.resize(900, 560)
        self.reload()

    def _top_of_list(self) -> QHBoxLayout:
        hint = QLabel(
            self.tr(
                "Arguments are tagged with these. A proposal looks for the keywords in each "
                "addressee's values, decision style and concerns."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        bar = QHBoxLayout()
        bar.addWidget(hint)
        return bar

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name_ru, name_ru_row = self._line("name_ru", self.tr("e.g. надёжность"))
        self.name_en, name_en_row = self._line("name_en", self.tr("e.g. reliability"))
        self.keywords, keywords_row = self._text(
            "keywords", self.tr("надёжн, стабильн, гарант"), 90
        )
        keywords_hint = QLabel(
            self.tr(
                "Beginnings of words, separated by commas: «надёжн» finds «надёжность» and "
                "«надёжный». Case and ё/е do not matter; several words find a phrase."
            )
        )
        keywords_hint.setWordWrap(True)
        keywords_hint.setStyleSheet(HINT_STYLE)
        self.trial = QLineEdit()
        self.trial.setPlaceholderText(self.tr("Type a phrase from a dossier to try the keywords"))
        self.trial_result = QLabel()
        self.trial_result.setTextFormat(Qt.TextFormat.PlainText)
        self.trial_result.setWordWrap(True)
        self.trial.textChanged.connect(self._try_keywords)
        self.keywords.textChanged.connect(self._try_keywords)
        self.usage = QLabel()
        self.usage.setWordWrap(True)
        self.usage.setStyleSheet(HINT_STYLE)
        form.addRow(self.tr("Name in Russian:"), name_ru_row)
        form.addRow(self.tr("Name in English:"), name_en_row)
        form.addRow(self.tr("Keywords:"), _stacked(keywords_row, keywords_hint))
        form.addRow(self.tr("Try:"), _stacked(self.trial, self.trial_result))
        layout.addLayout(form)
        layout.addWidget(self.usage)
        layout.addStretch(1)
        return page

    def _load_records(self) -> list[ArgumentTag]:
        self._arguments = self.library.list_arguments()
        return self.library.list_tags()

    def _key(self, record: ArgumentTag) -> str | None:
        return record.code or None

    def _label(self, record: ArgumentTag) -> str:
        return record.label(current_language()) or record.name_ru or record.name_en

    def _list_text(self, record: ArgumentTag) -> str:
        words = ", ".join(record.keywords)
        words = words if len(words) <= 48 else words[:47].rstrip(", ") + "…"
        if record.builtin:
            words = self.tr("built-in") + " · " + words
        return self._label(record) + "\n" + words

    def _blank(self) -> ArgumentTag:
        return ArgumentTag(code="", name_ru="", name_en="")

    def _users(self, record: ArgumentTag) -> int:
        return sum(record.code in a.tags for a in self._arguments) if record.code else 0

    def _fill(self, record: ArgumentTag) -> None:
        self.name_ru.setText(record.name_ru)
        self.name_en.setText(record.name_en)
        self.keywords.setPlainText(", ".join(record.keywords))
        used = self.tr("Arguments in the library that carry it: {n}.").format(n=self._users(record))
        if record.builtin:
            used += " " + self.tr(
                "Built in: it can be renamed and its keywords changed, but not deleted."
            )
        self.usage.setText(used if record.code else "")
        self._try_keywords()

    def _delete_refusal(self, record: ArgumentTag) -> str:
        if record.builtin:
            return self.tr(
                "A built-in value cannot be deleted: the shipped arguments use it. "
                "Rename it or change its keywords instead."
            )
        return ""

    def _delete_question(self, record: ArgumentTag) -> str:
        question = super()._delete_question(record)
        users = self._users(record)
        if users:
            question += " " + self.tr(
                "Arguments that carry it and will no longer be matched by it: {n}."
            ).format(n=users)
        return question

    def _try_keywords(self, *_args: object) -> None:
        text = self.trial.text()
        if not text.strip():
            self.trial_result.setText("")
            return
        probe = ArgumentTag("probe", "", "", parse_keywords(self.keywords.toPlainText()))
        match = recognise(text, [probe], "values").get("probe")
        if match is None:
            self.trial_result.setText(self.tr("No match."))
        else:
            found = ", ".join(f"«{w}»" for w in match.words)
            self.trial_result.setText(self.tr("Finds: %1").replace("%1", found))

    def _collect(self) -> ArgumentTag:
        return replace(
            self._current,
            name_ru=self.name_ru.text().strip(),
            name_en=self.name_en.text().strip(),
            keywords=parse_keywords(self.keywords.toPlainText()),
        )

    def _store(self, record: ArgumentTag) -> ArgumentTag:
        return self.library.save_tag(record)

    def _remove(self, record_id: str) -> ArgumentTag:
        return self.library.delete_tag(record_id)
