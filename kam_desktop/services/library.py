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
    lib.save_project(project) / delete_project(project_id)
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
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from sqlalchemy.orm import Session
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
from kam_desktop.storage import library_store
from kam_desktop.storage.settings_store import read_setting, write_setting


def _not_found(row_id: str) -> NotFoundError:
    return NotFoundError(_("No library record with id {id}.").format(id=row_id))


def _check_version(stored: int | None, version: int) -> None:
    if stored is not None and version and stored != version:
        raise ConflictError(_("This record was changed elsewhere; reload it."))


class LibraryService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._defaults_checked = False  # once per service: the check is a query per preview
        self._tags_checked = False

    # ---- catalogue ---------------------------------------------------------------------------
    def list_catalogue(self) -> list[CatalogueItem]:
        with self.db.session() as s:
            return library_store.load_catalogue(s)

    def get_catalogue_item(self, item_id: str) -> CatalogueItem:
        with self.db.session() as s:
            item = library_store.find_catalogue_item(s, item_id)
        if item is None:
            raise _not_found(item_id)
        return item

    def save_catalogue_item(self, item: CatalogueItem) -> CatalogueItem:
        raise_if_errors(catalogue_item_errors(item))
        with _stale_as_conflict(), self.db.session() as s:
            _check_version(library_store.catalogue_item_version(s, item.id), item.version)
            return library_store.write_catalogue_item(s, item)

    def delete_catalogue_item(self, item_id: str) -> CatalogueItem:
        with self.db.session() as s:
            snapshot = library_store.delete_catalogue_item(s, item_id)
        if snapshot is None:
            raise _not_found(item_id)
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
            return library_store.load_projects(s)

    def save_project(self, project: SimilarProject) -> SimilarProject:
        raise_if_errors(project_errors(project))
        with _stale_as_conflict(), self.db.session() as s:
            _check_version(library_store.project_version(s, project.id), project.version)
            return library_store.write_project(s, project)

    def delete_project(self, project_id: str) -> SimilarProject:
        with self.db.session() as s:
            snapshot = library_store.delete_project(s, project_id)
        if snapshot is None:
            raise _not_found(project_id)
        snapshot.version = 0
        return snapshot

    # ---- arguments ---------------------------------------------------------------------------
    def list_arguments(
        self, language: str | None = None, role_code: str | None = None
    ) -> list[ArgumentBlock]:
        self.ensure_default_arguments()
        with self.db.session() as s:
            blocks = library_store.load_arguments(s, language)
        if role_code is not None:
            blocks = [b for b in blocks if role_code in b.role_codes]
        return blocks

    def get_argument(self, argument_id: str) -> ArgumentBlock:
        with self.db.session() as s:
            block = library_store.find_argument(s, argument_id)
        if block is None:
            raise _not_found(argument_id)
        return block

    def save_argument(self, block: ArgumentBlock) -> ArgumentBlock:
        raise_if_errors(argument_errors(block))
        with _stale_as_conflict(), self.db.session() as s:
            _check_version(library_store.argument_version(s, block.id), block.version)
            return library_store.write_argument(s, block)

    def delete_argument(self, argument_id: str) -> ArgumentBlock:
        with self.db.session() as s:
            snapshot = library_store.delete_argument(s, argument_id)
        if snapshot is None:
            raise _not_found(argument_id)
        snapshot.version = 0
        return snapshot

    def ensure_default_arguments(self) -> int:
        """Load shipped blocks not offered before; returns how many blocks were added."""
        if self._defaults_checked or self.db.read_only:  # a read-only file cannot take them
            return 0
        with self.db.session() as s:
            self._defaults_checked = True
            offered = offered_keys(read_setting(s, ARGUMENTS_SEEDED_SETTING))
            shipped = {b.key for lang in PROPOSAL_LANGUAGES for b in default_arguments(lang)}
            if shipped <= offered:
                return 0
            if offered >= set(FIRST_RELEASE_KEYS):
                _tag_first_release_blocks(s)
            added = self._add_missing_defaults(s, skip=offered)
            write_setting(s, ARGUMENTS_SEEDED_SETTING, json.dumps(sorted(offered | shipped)))
            return added

    def restore_default_arguments(self) -> int:
        """Put back shipped blocks the user deleted (edited ones are left as they are)."""
        with self.db.session() as s:
            return self._add_missing_defaults(s)

    # ---- value and concern tags --------------------------------------------------------------
    def list_tags(self) -> list[ArgumentTag]:
        self.ensure_default_tags()
        with self.db.session() as s:
            return library_store.load_tags(s)

    def save_tag(self, tag: ArgumentTag) -> ArgumentTag:
        """Create (empty code: one is made from the English name) or update a tag."""
        raise_if_errors(tag_errors(tag))
        with self.db.session() as s:
            code = tag.code or _new_tag_code(s, tag.name_en or tag.name_ru)
            return library_store.write_tag(s, tag, code)

    def delete_tag(self, code: str) -> ArgumentTag:
        with self.db.session() as s:
            tag = library_store.find_tag(s, code)
            if tag is None:
                raise NotFoundError(_("No tag {code}.").format(code=code))
            if tag.builtin:
                raise ValidationError({"code": _("A shipped tag cannot be deleted; edit it.")})
            library_store.delete_tag(s, code)
            return tag

    def ensure_default_tags(self) -> int:
        """Seed the shipped tags once (and any a later release adds)."""
        if self._tags_checked or self.db.read_only:  # a read-only file cannot take them
            return 0
        with self.db.session() as s:
            self._tags_checked = True
            offered = offered_keys(read_setting(s, TAGS_SEEDED_SETTING))
            added = 0
            for tag in default_tags():
                if tag.code in offered or library_store.tag_exists(s, tag.code):
                    continue
                library_store.add_tag(s, tag)
                added += 1
            value = json.dumps(sorted(offered | {t.code for t in default_tags()}))
            write_setting(s, TAGS_SEEDED_SETTING, value)
            return added

    # ---- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _add_missing_defaults(s: Session, skip: frozenset[str] | set[str] = frozenset()) -> int:
        present = library_store.argument_keys(s)
        missing = [
            block
            for lang in PROPOSAL_LANGUAGES
            for block in default_arguments(lang)
            if (block.key, lang) not in present and block.key not in skip
        ]
        library_store.add_arguments(s, missing)
        return len(missing)


def _tag_first_release_blocks(s: Session) -> None:
    """Release-1 blocks had no tags: give untouched shipped blocks the shipped tags once."""
    first_release = set(FIRST_RELEASE_KEYS)
    shipped = {
        (b.key, b.language): list(b.tags)
        for lang in PROPOSAL_LANGUAGES
        for b in default_arguments(lang)
        if b.key in first_release
    }
    library_store.tag_untagged_blocks(s, shipped)


def _new_tag_code(s: Session, name: str) -> str:
    base = "".join(ch if ch.isalnum() else "_" for ch in name.casefold()).strip("_")[:30]
    base = base if base.isascii() and base else "tag"
    code, n = base, 1
    while library_store.tag_exists(s, code):
        n += 1
        code = f"{base}_{n}"
    return code


@contextmanager
def _stale_as_conflict() -> Iterator[None]:
    """Turns SQLAlchemy's stale-version error at commit into our ConflictError."""
    try:
        yield
    except StaleDataError:
        raise ConflictError(_("This record was changed elsewhere; reload it.")) from None
