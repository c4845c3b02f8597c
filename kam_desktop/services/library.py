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
    lib.ensure_default_arguments() -> int   # loads resources/content/arguments.<lang>.json;
                                            # shipped blocks of a newer release are added once
    lib.restore_default_arguments() -> int  # re-adds shipped blocks the user deleted
    default_arguments(lang) -> list[ArgumentBlock]        # the shipped set, not stored
    # value and concern tags the arguments carry (seeded from resources/content/tags.json)
    lib.list_tags() -> list[ArgumentTag]
    lib.save_tag(tag) -> ArgumentTag         # ValidationError; a new code for a new tag
    lib.delete_tag(code) -> ArgumentTag      # builtin tags cannot be deleted
    lib.ensure_default_tags() -> int

Saves validate (``ValidationError({field: message})`` with keys such as ``referees.0.email``)
and detect concurrent edits through the version counter (``ConflictError``).
"""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.domain.proposal import (
    PROPOSAL_LANGUAGES,
    ArgumentBlock,
    ArgumentTag,
    CatalogueItem,
    LineItem,
    SimilarProject,
)
from kam_desktop.domain.proposal_validation import (
    argument_errors,
    catalogue_item_errors,
    project_errors,
    tag_errors,
)
from kam_desktop.domain.validation import raise_if_errors
from kam_desktop.i18n import _
from kam_desktop.services.database import Database
from kam_desktop.services.library_content import (  # noqa: F401  (also this module's API)
    ARGUMENTS_SEEDED_SETTING,
    FIRST_RELEASE_KEYS,
    TAGS_SEEDED_SETTING,
    default_arguments,
    default_tags,
    offered_keys,
)
from kam_desktop.storage.models import SettingRow
from kam_desktop.storage.proposal_mapping import (
    argument_to_domain,
    argument_to_row,
    catalogue_to_domain,
    catalogue_to_row,
    project_to_domain,
    project_to_row,
    tag_to_domain,
    tag_to_row,
)
from kam_desktop.storage.proposal_models import (
    ArgumentRow,
    ArgumentTagRow,
    CatalogueItemRow,
    SimilarProjectRow,
)


class LibraryService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._defaults_checked = False  # once per service: the check is a query per preview
        self._tags_checked = False

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
        """Load shipped blocks not offered before; returns how many blocks were added."""
        if self._defaults_checked or self.db.read_only:  # a read-only file cannot take them
            return 0
        with self.db.session() as s:
            self._defaults_checked = True
            row = s.get(SettingRow, ARGUMENTS_SEEDED_SETTING)
            offered = offered_keys(row.value if row else None)
            shipped = {b.key for lang in PROPOSAL_LANGUAGES for b in default_arguments(lang)}
            if shipped <= offered:
                return 0
            if offered >= set(FIRST_RELEASE_KEYS):
                _tag_first_release_blocks(s)
            added = self._add_missing_defaults(s, skip=offered)
            value = json.dumps(sorted(offered | shipped))
            if row is None:
                s.add(SettingRow(key=ARGUMENTS_SEEDED_SETTING, value=value))
            else:
                row.value = value
            return added

    def restore_default_arguments(self) -> int:
        """Put back shipped blocks the user deleted (edited ones are left as they are)."""
        with self.db.session() as s:
            return self._add_missing_defaults(s)

    # ---- value and concern tags --------------------------------------------------------------
    def list_tags(self) -> list[ArgumentTag]:
        self.ensure_default_tags()
        with self.db.session() as s:
            rows = s.scalars(select(ArgumentTagRow).order_by(ArgumentTagRow.sort_order))
            return [tag_to_domain(r) for r in rows]

    def save_tag(self, tag: ArgumentTag) -> ArgumentTag:
        """Create (empty code: one is made from the English name) or update a tag."""
        raise_if_errors(tag_errors(tag))
        with self.db.session() as s:
            code = tag.code or _new_tag_code(s, tag.name_en or tag.name_ru)
            row = s.get(ArgumentTagRow, code)
            if row is None:
                row = ArgumentTagRow(code=code)
                s.add(row)
            tag_to_row(tag, row)
            row.builtin = bool(row.builtin)  # a user cannot make or unmake a shipped tag
            s.flush()
            return tag_to_domain(row)

    def delete_tag(self, code: str) -> ArgumentTag:
        with self.db.session() as s:
            row = s.get(ArgumentTagRow, code)
            if row is None:
                raise NotFoundError(_("No tag {code}.").format(code=code))
            if row.builtin:
                raise ValidationError({"code": _("A shipped tag cannot be deleted; edit it.")})
            snapshot = tag_to_domain(row)
            s.delete(row)
            return snapshot

    def ensure_default_tags(self) -> int:
        """Seed the shipped tags once (and any a later release adds)."""
        if self._tags_checked or self.db.read_only:  # a read-only file cannot take them
            return 0
        with self.db.session() as s:
            self._tags_checked = True
            row = s.get(SettingRow, TAGS_SEEDED_SETTING)
            offered = offered_keys(row.value if row else None)
            added = 0
            for tag in default_tags():
                if tag.code in offered or s.get(ArgumentTagRow, tag.code) is not None:
                    continue
                new = ArgumentTagRow(code=tag.code)
                tag_to_row(tag, new)
                s.add(new)
                added += 1
            value = json.dumps(sorted(offered | {t.code for t in default_tags()}))
            if row is None:
                s.add(SettingRow(key=TAGS_SEEDED_SETTING, value=value))
            elif row.value != value:
                row.value = value
            return added

    # ---- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _add_missing_defaults(s: Session, skip: frozenset[str] | set[str] = frozenset()) -> int:
        present = {
            (key, lang) for key, lang in s.execute(select(ArgumentRow.key, ArgumentRow.language))
        }
        added = 0
        for lang in PROPOSAL_LANGUAGES:
            for block in default_arguments(lang):
                if (block.key, lang) not in present and block.key not in skip:
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


def _tag_first_release_blocks(s: Session) -> None:
    """Release-1 blocks had no tags: give untouched shipped blocks the shipped tags once."""
    shipped = {
        (b.key, b.language): b for lang in PROPOSAL_LANGUAGES for b in default_arguments(lang)
    }
    for row in s.scalars(select(ArgumentRow).where(ArgumentRow.key.in_(FIRST_RELEASE_KEYS))):
        block = shipped.get((row.key, row.language))
        if block is not None and not row.tags:
            row.tags = list(block.tags)


def _new_tag_code(s: Session, name: str) -> str:
    base = "".join(ch if ch.isalnum() else "_" for ch in name.casefold()).strip("_")[:30]
    base = base if base.isascii() and base else "tag"
    code, n = base, 1
    while s.get(ArgumentTagRow, code) is not None:
        n += 1
        code = f"{base}_{n}"
    return code


class _StaleAsConflict:
    """Turns SQLAlchemy's stale-version error at commit into our ConflictError."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None and issubclass(exc_type, StaleDataError):
            raise ConflictError(_("This record was changed elsewhere; reload it.")) from None
        return False
