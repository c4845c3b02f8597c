"""Similar projects (case studies) with their referees and consent to be contacted."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.proposal import (
    Referee,
    SimilarProject,
)
from kam_desktop.gui.forms import (
    ERROR_STYLE,
    HINT_STYLE,
    INVALID_CELL,
)
from kam_desktop.gui.library_dialog_base import LibraryDialog
from kam_desktop.gui.plain_text import as_text, plain
from kam_desktop.gui.tables import (
    RECORD_ID_ROLE,
    append_record_row,
    record_table,
    stretch_columns,
)
from kam_desktop.services.library import LibraryService

REFEREE_KEYS = ("full_name", "position", "company", "phone", "email")
CONSENT_COLUMN = len(REFEREE_KEYS)


class ProjectsDialog(LibraryDialog):
    """Similar projects (case studies) with their referees and consent to be contacted."""

    def __init__(self, library: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.setWindowTitle(self.tr("Similar projects and referees"))
        self.resize(1060, 680)
        self.reload()

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.company, company_row = self._line("client_company")
        self.industry, industry_row = self._line("industry")
        self.year, year_row = self._line("year", self.tr("e.g. 2024"))
        self.year.setMaximumWidth(90)
        self.summary, summary_row = self._text("summary", max_height=80)
        self.results, results_row = self._text(
            "results", self.tr("One result per line, e.g. downtime −18 % in a year"), 80
        )
        form.addRow(self.tr("Client company:"), company_row)
        form.addRow(self.tr("Industry:"), industry_row)
        form.addRow(self.tr("Year:"), year_row)
        form.addRow(self.tr("Summary:"), summary_row)
        form.addRow(self.tr("Quantified results:"), results_row)
        layout.addLayout(form)
        referees_bar = QHBoxLayout()
        referees_bar.addWidget(QLabel(self.tr("Referees:")))
        referees_bar.addStretch(1)
        add = QPushButton(self.tr("Add referee"))
        remove = QPushButton(self.tr("Remove referee"))
        add.clicked.connect(self.add_referee)
        remove.clicked.connect(self.remove_referee)
        referees_bar.addWidget(add)
        referees_bar.addWidget(remove)
        layout.addLayout(referees_bar)
        self.referees = record_table(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Company"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Consent"),
            ]
        )
        stretch_columns(self.referees, fit=(CONSENT_COLUMN,))
        consent_header = self.referees.horizontalHeaderItem(CONSENT_COLUMN)
        if consent_header is not None:  # set just above with setHorizontalHeaderLabels
            consent_header.setToolTip(self.tr("The referee agreed to be contacted by our clients"))
        self.referees.itemChanged.connect(self.mark_dirty)
        layout.addWidget(self.referees, 1)
        self.referee_errors = plain(QLabel())
        self.referee_errors.setStyleSheet(ERROR_STYLE)
        self.referee_errors.setWordWrap(True)
        self.referee_errors.hide()
        layout.addWidget(self.referee_errors)
        hint = QLabel(
            self.tr(
                "Only referees who consented to be contacted are printed in proposals; "
                "the others stay here for your own notes."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        return page

    def _load_records(self) -> list[SimilarProject]:
        return self.library.list_projects()

    def _label(self, record: SimilarProject) -> str:
        return record.client_company + (f" ({record.year})" if record.year else "")

    def _blank(self) -> SimilarProject:
        return SimilarProject(client_company="")

    def _fill(self, record: SimilarProject) -> None:
        self.company.setText(record.client_company)
        self.industry.setText(record.industry)
        self.year.setText(str(record.year) if record.year else "")
        self.summary.setPlainText(record.summary)
        self.results.setPlainText("\n".join(record.results))
        self.referees.setRowCount(0)
        for referee in record.referees:
            self._append_referee(referee)
        self._show_referee_errors({})

    def _append_referee(self, referee: Referee) -> None:
        texts = [getattr(referee, key) for key in REFEREE_KEYS]
        append_record_row(self.referees, referee.id, texts, referee.consent_to_be_contacted)

    def _cell_text(self, row: int, column: int) -> str:
        item = self.referees.item(row, column)
        return item.text().strip() if item else ""

    def add_referee(self) -> None:
        self._append_referee(Referee(full_name=""))
        row = self.referees.rowCount() - 1
        self.referees.setCurrentCell(row, 0)
        first = self.referees.item(row, 0)
        if first is not None:
            self.referees.editItem(first)
        self.mark_dirty()

    def remove_referee(self) -> None:
        row = self.referees.currentRow()
        if row >= 0:
            self.referees.removeRow(row)
            self.mark_dirty()

    def _collect(self) -> SimilarProject:
        year_text = self.year.text().strip()
        year = None
        if year_text:
            if not year_text.isdigit():
                raise ValidationError({"year": self.tr("Enter a year such as 2024.")})
            year = int(year_text)
        referees = []
        for row in range(self.referees.rowCount()):
            texts = {key: self._cell_text(row, c) for c, key in enumerate(REFEREE_KEYS)}
            first = self.referees.item(row, 0)
            consent = self.referees.item(row, CONSENT_COLUMN)
            referees.append(
                Referee(
                    **texts,
                    consent_to_be_contacted=consent is not None
                    and consent.checkState() == Qt.CheckState.Checked,
                    id=first.data(RECORD_ID_ROLE) if first else None,
                )
            )
        results = [line.strip() for line in self.results.toPlainText().splitlines()]
        return replace(
            self._current,
            client_company=self.company.text().strip(),
            industry=self.industry.text().strip(),
            year=year,
            summary=self.summary.toPlainText().strip(),
            results=[r for r in results if r],
            referees=referees,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        referee_errors = {k: v for k, v in errors.items() if k.startswith("referees.")}
        super().show_errors({k: v for k, v in errors.items() if k not in referee_errors})
        self._show_referee_errors(referee_errors)

    def _show_referee_errors(self, errors: dict[str, str]) -> None:
        captions = dict(
            zip(
                REFEREE_KEYS,
                (
                    self.tr("name"),
                    self.tr("position"),
                    self.tr("company"),
                    self.tr("phone"),
                    self.tr("e-mail"),
                ),
                strict=True,
            )
        )
        self.referees.blockSignals(True)
        for row in range(self.referees.rowCount()):
            for column, key in enumerate(REFEREE_KEYS):
                item = self.referees.item(row, column)
                message = errors.get(f"referees.{row}.{key}")
                if item is not None:
                    item.setBackground(QBrush(INVALID_CELL) if message else QBrush())
                    item.setToolTip(as_text(message or ""))
        self.referees.blockSignals(False)
        lines = []
        for key, message in errors.items():
            _prefix, row_text, field = key.split(".", 2)
            where = (
                self.tr("Referee %1, %2:")
                .replace("%1", str(int(row_text) + 1))
                .replace("%2", captions.get(field, field))
            )
            lines.append(f"{where} {message}")
        self.referee_errors.setText("\n".join(lines))
        self.referee_errors.setVisible(bool(lines))

    def _store(self, record: SimilarProject) -> SimilarProject:
        return self.library.save_project(record)

    def _remove(self, record_id: str) -> SimilarProject:
        return self.library.delete_project(record_id)
