"""The libraries proposals draw on: catalogue, similar projects with referees, arguments.

Public API (for the GUI and the CLI; every method opens and commits its own transaction and
returns plain dataclasses from ``kam_desktop.domain.proposal``)::

    lib = LibraryService(db)
    # catalogue of products and services (prices net of VAT)
    lib.list_catalogue() -> list[CatalogueItem]            # sorted by name
    lib.get_catalogue_item(item_id) -> CatalogueItem       # NotFoundError
    lib.save_catalogue_item(item) -> CatalogueItem         # ValidationError, ConflictError
    lib.delete_catalogue_item(item_id) -> CatalogueItem    # snapshot for undo (save it back)
    LibraryService.line_from_catalogue(item, quantity=1) -> LineItem
    # similar projects (case studies) and their referees (saved together with the project)
    lib.list_projects() -> list[SimilarProject]            # newest year first
    lib.get_project(project_id) / save_project(project) / delete_project(project_id)
    # argument library, tagged with DMU role codes and a language
    lib.list_arguments(language=None, role_code=None) -> list[ArgumentBlock]
    lib.get_argument(id) / save_argument(block) / delete_argument(id)
    lib.ensure_default_arguments() -> int   # loads resources/content/arguments.<lang>.json once
    lib.restore_default_arguments() -> int  # re-adds shipped blocks the user deleted
    default_arguments(lang) -> list[ArgumentBlock]        # the shipped set, not stored

Saves validate (``ValidationError({field: message})`` with keys such as ``referees.0.email``)
and detect concurrent edits through the version counter (``ConflictError``).
"""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from kam_desktop.domain.errors import ConflictError, NotFoundError
from kam_desktop.domain.proposal import (
    PROPOSAL_LANGUAGES,
    ArgumentBlock,
    CatalogueItem,
    LineItem,
    SimilarProject,
)
from kam_desktop.domain.proposal_validation import (
    argument_errors,
    catalogue_item_errors,
    project_errors,
)
from kam_desktop.domain.validation import raise_if_errors
from kam_desktop.i18n import _
from kam_desktop.paths import resource_path
from kam_desktop.services.database import Database
from kam_desktop.storage.models import SettingRow
from kam_desktop.storage.proposal_mapping import (
    argument_to_domain,
    argument_to_row,
    catalogue_to_domain,
    catalogue_to_row,
    project_to_domain,
    project_to_row,
)
from kam_desktop.storage.proposal_models import ArgumentRow, CatalogueItemRow, SimilarProjectRow

# Set once the shipped arguments were loaded, so a user who deletes them all keeps it that way.
ARGUMENTS_SEEDED_SETTING = "library.default_arguments_loaded"


def default_arguments(lang: str) -> list[ArgumentBlock]:
    """The shipped argument set of one language (``resources/content/arguments.<lang>.json``)."""
    path = resource_path("content", f"arguments.{lang}.json")
    blocks = json.loads(path.read_text(encoding="utf-8"))
    return [
        ArgumentBlock(
            title=b["title"],
            body=b["body"],
            role_codes=list(b["roles"]),
            language=lang,
            sort_order=i * 10,
            key=b["key"],
        )
        for i, b in enumerate(blocks)
    ]


class LibraryService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._defaults_checked = False  # once per service: the check is a query per preview

    # ---- catalogue ---------------------------------------------------------------------------
    def list_catalogue(self) -> list[CatalogueItem]:
        with self.db.session() as s:
            rows = s.scalars(select(CatalogueItemRow).order_by(CatalogueItemRow.name))
            return [catalogue_to_domain(r) for r in rows]

    def get_catalogue_item(self, item_id: str) -> CatalogueItem:
        with self.db.session() as s:
            return catalogue_to_domain(self._get(s, CatalogueItemRow, item_id))

    def save_catalogue_item(self, item: CatalogueItem) -> CatalogueItem:
        raise_if_errors(catalogue_item_errors(item))
        with self._saving(), self.db.session() as s:
            row = self._row_for_save(s, CatalogueItemRow, item.id, item.version)
            catalogue_to_row(item, row)
            s.flush()
            return catalogue_to_domain(row)

    def delete_catalogue_item(self, item_id: str) -> CatalogueItem:
        with self.db.session() as s:
            row = self._get(s, CatalogueItemRow, item_id)
            snapshot = catalogue_to_domain(row)
            s.delete(row)
        snapshot.version = 0
        return snapshot

    @staticmethod
    def line_from_catalogue(item: CatalogueItem, quantity: Decimal = Decimal(1)) -> LineItem:
        """A proposal line that copies the item's current price (later price changes do not
        alter proposals already made)."""
        text = item.name if not item.description else f"{item.name} — {item.description}"
        return LineItem(
            description=text,
            quantity=quantity,
            unit=item.unit,
            unit_price=item.price,
            vat_pct=item.vat_pct,
            catalogue_item_id=item.id,
        )

    # ---- similar projects --------------------------------------------------------------------
    def list_projects(self) -> list[SimilarProject]:
        with self.db.session() as s:
            rows = s.scalars(
                select(SimilarProjectRow)
                .options(selectinload(SimilarProjectRow.referees))
                .order_by(SimilarProjectRow.year.desc(), SimilarProjectRow.client_company)
            )
            return [project_to_domain(r) for r in rows]

    def get_project(self, project_id: str) -> SimilarProject:
        with self.db.session() as s:
            return project_to_domain(self._get(s, SimilarProjectRow, project_id))

    def save_project(self, project: SimilarProject) -> SimilarProject:
        raise_if_errors(project_errors(project))
        with self._saving(), self.db.session() as s:
            row = self._row_for_save(s, SimilarProjectRow, project.id, project.version)
            project_to_row(project, row)
            s.flush()
            return project_to_domain(row)

    def delete_project(self, project_id: str) -> SimilarProject:
        with self.db.session() as s:
            row = self._get(s, SimilarProjectRow, project_id)
            snapshot = project_to_domain(row)
            s.delete(row)
        snapshot.version = 0
        return snapshot

    # ---- arguments ---------------------------------------------------------------------------
    def list_arguments(
        self, language: str | None = None, role_code: str | None = None
    ) -> list[ArgumentBlock]:
        self.ensure_default_arguments()
        with self.db.session() as s:
            stmt = select(ArgumentRow).order_by(ArgumentRow.sort_order, ArgumentRow.title)
            if language is not None:
                stmt = stmt.where(ArgumentRow.language == language)
            blocks = [argument_to_domain(r) for r in s.scalars(stmt)]
        if role_code is not None:
            blocks = [b for b in blocks if role_code in b.role_codes]
        return blocks

    def get_argument(self, argument_id: str) -> ArgumentBlock:
        with self.db.session() as s:
            return argument_to_domain(self._get(s, ArgumentRow, argument_id))

    def save_argument(self, block: ArgumentBlock) -> ArgumentBlock:
        raise_if_errors(argument_errors(block))
        with self._saving(), self.db.session() as s:
            row = self._row_for_save(s, ArgumentRow, block.id, block.version)
            argument_to_row(block, row)
            s.flush()
            return argument_to_domain(row)

    def delete_argument(self, argument_id: str) -> ArgumentBlock:
        with self.db.session() as s:
            row = self._get(s, ArgumentRow, argument_id)
            snapshot = argument_to_domain(row)
            s.delete(row)
        snapshot.version = 0
        return snapshot

    def ensure_default_arguments(self) -> int:
        """Load the shipped argument set on first use; returns how many blocks were added."""
        if self._defaults_checked or self.db.read_only:  # a read-only file cannot take them
            return 0
        with self.db.session() as s:
            self._defaults_checked = True
            if s.get(SettingRow, ARGUMENTS_SEEDED_SETTING) is not None:
                return 0
            s.add(SettingRow(key=ARGUMENTS_SEEDED_SETTING, value="1"))
            return self._add_missing_defaults(s)

    def restore_default_arguments(self) -> int:
        """Put back shipped blocks the user deleted (edited ones are left as they are)."""
        with self.db.session() as s:
            return self._add_missing_defaults(s)

    # ---- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _add_missing_defaults(s: Session) -> int:
        present = {
            (key, lang) for key, lang in s.execute(select(ArgumentRow.key, ArgumentRow.language))
        }
        added = 0
        for lang in PROPOSAL_LANGUAGES:
            for block in default_arguments(lang):
                if (block.key, lang) not in present:
                    row = ArgumentRow()
                    argument_to_row(block, row)
                    s.add(row)
                    added += 1
        return added

    @staticmethod
    def _get(s: Session, model: type, row_id: str):
        row = s.get(model, row_id)
        if row is None:
            raise NotFoundError(_("No library record with id {id}.").format(id=row_id))
        return row

    @staticmethod
    def _row_for_save(s: Session, model: type, row_id: str | None, version: int):
        row = s.get(model, row_id) if row_id else None
        if row is None:
            row = model(id=row_id) if row_id else model()
            s.add(row)
        elif version and row.version != version:
            raise ConflictError(_("This record was changed elsewhere; reload it."))
        return row

    @staticmethod
    def _saving():
        return _StaleAsConflict()


class _StaleAsConflict:
    """Turns SQLAlchemy's stale-version error at commit into our ConflictError."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None and issubclass(exc_type, StaleDataError):
            raise ConflictError(_("This record was changed elsewhere; reload it.")) from None
        return False
