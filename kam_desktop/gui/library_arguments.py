"""Arguments and objections, per DMU role and language, tagged with values and concerns."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.proposal import (
    PROPOSAL_LANGUAGES,
    ArgumentBlock,
    ArgumentKind,
)
from kam_desktop.gui.forms import (
    HINT_STYLE,
    plain_tip,
)
from kam_desktop.gui.library_dialog_base import LibraryDialog, keep_compact
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.proposal_pages import check_item, checked_ids
from kam_desktop.i18n import current_language
from kam_desktop.services.dossiers import DossierService
from kam_desktop.services.library import LibraryService


class ArgumentsDialog(LibraryDialog):
    """Reusable arguments, tagged with the DMU roles they serve and written in one language."""

    def __init__(
        self, library: LibraryService, dossiers: DossierService, parent: QWidget | None = None
    ) -> None:
        self.dossiers = dossiers
        super().__init__(library, parent)
        self.setWindowTitle(self.tr("Argument library"))
        self.resize(1060, 680)
        self.reload()

    def _top_of_list(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.filter_language = QComboBox()
        self.filter_language.addItem(self.tr("All languages"), None)
        self.filter_language.addItem(self.tr("Russian"), "ru")
        self.filter_language.addItem(self.tr("English"), "en")
        self.filter_language.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.restore_button.setToolTip(
            self.tr("Put back the shipped arguments you deleted; your edits stay")
        )
        self.restore_button.clicked.connect(self.restore_defaults)
        bar.addWidget(self.filter_language, 1)
        bar.addWidget(self.restore_button)
        self.notice = plain(QLabel())
        self.notice.setStyleSheet(HINT_STYLE)
        self.notice.hide()
        column = QVBoxLayout()
        column.addLayout(bar)
        column.addWidget(self.notice)
        wrapper = QHBoxLayout()
        wrapper.addLayout(column)
        return wrapper

    def _build_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title, title_row = self._line("title")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Argument: a reason to choose us"), ArgumentKind.ARGUMENT.value)
        self.kind.addItem(
            self.tr("Answer to an objection: for sceptics and opponents"),
            ArgumentKind.OBJECTION.value,
        )
        self.kind.currentIndexChanged.connect(self.mark_dirty)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language = QComboBox()
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.addItem(self.tr("English"), "en")
        self.language.currentIndexChanged.connect(self.mark_dirty)
        self.roles = QListWidget()
        self.roles.setMaximumHeight(150)
        self.roles.itemChanged.connect(self.mark_dirty)
        self.tags = QListWidget()
        self.tags.setMaximumHeight(150)
        self.tags.itemChanged.connect(self.mark_dirty)
        self.roles_caption = QLabel(self.tr("For roles:"))
        self.tags_caption = QLabel()
        self.serves_hint = QLabel()
        self.serves_hint.setWordWrap(True)
        self.serves_hint.setStyleSheet(HINT_STYLE)
        self.body, body_row = self._text("body")
        self.order = QSpinBox()
        self.order.setRange(0, 10_000)
        self.order.setToolTip(self.tr("Arguments with smaller numbers come first"))
        self.order.valueChanged.connect(self.mark_dirty)
        self.order.setMaximumWidth(100)
        self.language.setMaximumWidth(200)
        serves = QWidget()
        grid = QGridLayout(serves)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.roles_caption, 0, 0)
        grid.addWidget(self.tags_caption, 0, 1)
        roles_row = self.errors.add("role_codes", self.roles)
        tags_row = self.errors.add("tags", self.tags)
        for column, row in enumerate((roles_row, tags_row)):
            keep_compact(row)
            grid.addWidget(row, 1, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.serves_hint, 2, 0, 1, 2)
        form.addRow(self.tr("Title:"), title_row)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Language:"), self.errors.add("language", self.language))
        form.addRow(serves)
        form.addRow(self.tr("Text:"), body_row)
        form.addRow(self.tr("Order:"), self.order)
        self._kind_changed()
        return page

    def _kind_changed(self, *_args: object) -> None:
        """Tags are the values an argument speaks to, or the concerns an answer meets."""
        if self.kind.currentData() == ArgumentKind.OBJECTION.value:
            self.tags_caption.setText(self.tr("Concerns it answers:"))
            self.serves_hint.setText(
                self.tr(
                    "Goes into the variant of a sceptic or an opponent whose recorded concerns "
                    "match; roles (optional) narrow it to those roles."
                )
            )
        else:
            self.tags_caption.setText(self.tr("Values it speaks to:"))
            self.serves_hint.setText(
                self.tr(
                    "Roles are optional when values are chosen: the argument then goes to "
                    "anyone whose values or decision style mention them."
                )
            )

    def _filter_changed(self) -> None:
        if self._leave_current():
            self.reload()

    def restore_defaults(self) -> int:
        if not self._leave_current():
            return 0
        added = self.library.restore_default_arguments()
        self.reload(self._current.id if self._current else None)
        self.notice.setText(self.tr("Shipped arguments restored: {n}.").format(n=added))
        self.notice.show()
        return added

    def _load_records(self) -> list[ArgumentBlock]:
        lang = current_language()
        self._roles = self.dossiers.roles()
        self._tag_list = self.library.list_tags()
        self._role_names = {r.code: r.label(lang) for r in self._roles}
        self._tag_names = {t.code: t.label(lang) for t in self._tag_list}
        return self.library.list_arguments(language=self.filter_language.currentData())

    def _label(self, record: ArgumentBlock) -> str:
        return f"[{record.language}] {record.title}" if record.title else ""

    def _list_text(self, record: ArgumentBlock) -> str:
        """Title, then what it is and whom it serves: «Аргумент · финансист · надёжность»."""
        kind = (
            self.tr("Answer to an objection")
            if record.kind == ArgumentKind.OBJECTION
            else self.tr("Argument")
        )
        roles = [self._role_names.get(c, c) for c in record.role_codes]
        tags = [self._tag_names.get(c, c) for c in record.tags]
        return self._label(record) + "\n" + " · ".join([kind, *roles, *tags])

    def _blank(self) -> ArgumentBlock:
        lang = self.filter_language.currentData() or current_language()
        return ArgumentBlock(title="", body="", language=lang)

    def _fill(self, record: ArgumentBlock) -> None:
        lang = current_language()
        self.title.setText(record.title)
        self.language.setCurrentIndex(max(PROPOSAL_LANGUAGES.index(record.language), 0))
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind.value)))
        self.roles.clear()
        for role in self._roles:
            self.roles.addItem(
                check_item(
                    role.label(lang),
                    role.code,
                    role.code in record.role_codes,
                    plain_tip(role.label(lang)),
                )
            )
        self.tags.clear()
        for tag in self._tag_list:
            tip = plain_tip(self.tr("Found by: %1").replace("%1", ", ".join(tag.keywords)))
            self.tags.addItem(check_item(tag.label(lang), tag.code, tag.code in record.tags, tip))
        for code in record.tags:
            if code not in self._tag_names:  # its tag was deleted: keep it unless unticked
                gone = self.tr("%1 (no longer in the library)").replace("%1", code)
                self.tags.addItem(check_item(gone, code, True, plain_tip(gone)))
        self.body.setPlainText(record.body)
        self.order.setValue(record.sort_order)

    def _collect(self) -> ArgumentBlock:
        return replace(
            self._current,
            title=self.title.text().strip(),
            body=self.body.toPlainText().strip(),
            language=self.language.currentData(),
            role_codes=checked_ids(self.roles),
            kind=ArgumentKind(self.kind.currentData()),
            tags=checked_ids(self.tags),
            sort_order=self.order.value(),
        )

    def _store(self, record: ArgumentBlock) -> ArgumentBlock:
        return self.library.save_argument(record)

    def _remove(self, record_id: str) -> ArgumentBlock:
        return self.library.delete_argument(record_id)
