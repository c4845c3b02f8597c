"""Reads and writes of the libraries proposals draw on: catalogue, similar projects with their
referees, argument blocks and their tags.

Each function takes the caller's ``Session`` and takes or returns domain objects. ``*_version``
answers the service's conflict check (None: not stored); ``write_*`` inserts a new record (or
one bringing its own id) and updates a stored one; ``delete_*`` returns the record as it was,
or None when there was none.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain.proposal import ArgumentBlock, ArgumentTag, CatalogueItem, SimilarProject
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
    RefereeRow,
    SimilarProjectRow,
)


def _version(s: Session, model: type[Any], row_id: str | None) -> int | None:
    row = s.get(model, row_id) if row_id else None
    return row.version if row is not None else None


def _row_for_write(s: Session, model: type[Any], row_id: str | None) -> Any:
    row = s.get(model, row_id) if row_id else None
    if row is None:
        row = model(id=row_id) if row_id else model()
        s.add(row)
    return row


# ---- catalogue ----------------------------------------------------------------------------------
def load_catalogue(s: Session) -> list[CatalogueItem]:
    rows = s.scalars(select(CatalogueItemRow).order_by(CatalogueItemRow.name))
    return [catalogue_to_domain(r) for r in rows]


def find_catalogue_item(s: Session, item_id: str) -> CatalogueItem | None:
    row = s.get(CatalogueItemRow, item_id)
    return catalogue_to_domain(row) if row is not None else None


def catalogue_item_version(s: Session, item_id: str | None) -> int | None:
    return _version(s, CatalogueItemRow, item_id)


def write_catalogue_item(s: Session, item: CatalogueItem) -> CatalogueItem:
    row = _row_for_write(s, CatalogueItemRow, item.id)
    catalogue_to_row(item, row)
    s.flush()
    return catalogue_to_domain(row)


def delete_catalogue_item(s: Session, item_id: str) -> CatalogueItem | None:
    row = s.get(CatalogueItemRow, item_id)
    if row is None:
        return None
    snapshot = catalogue_to_domain(row)
    s.delete(row)
    return snapshot


# ---- similar projects ---------------------------------------------------------------------------
def load_projects(s: Session, ordered: bool = True) -> list[SimilarProject]:
    """Projects with their referees; newest year first unless ``ordered`` is False."""
    stmt = select(SimilarProjectRow).options(selectinload(SimilarProjectRow.referees))
    if ordered:
        stmt = stmt.order_by(SimilarProjectRow.year.desc(), SimilarProjectRow.client_company)
    return [project_to_domain(r) for r in s.scalars(stmt)]


def project_version(s: Session, project_id: str | None) -> int | None:
    return _version(s, SimilarProjectRow, project_id)


def write_project(s: Session, project: SimilarProject) -> SimilarProject:
    row = _row_for_write(s, SimilarProjectRow, project.id)
    project_to_row(project, row)
    s.flush()
    return project_to_domain(row)


def delete_project(s: Session, project_id: str) -> SimilarProject | None:
    row = s.get(SimilarProjectRow, project_id)
    if row is None:
        return None
    snapshot = project_to_domain(row)
    s.delete(row)
    return snapshot


def referees_without_consent(s: Session, referee_ids: Collection[str]) -> list[str]:
    """Names of the given referees who did not consent to be contacted."""
    stmt = select(RefereeRow.full_name).where(
        RefereeRow.id.in_(referee_ids), RefereeRow.consent_to_be_contacted.is_(False)
    )
    return list(s.scalars(stmt).all())


# ---- arguments ----------------------------------------------------------------------------------
def load_arguments(
    s: Session, language: str | None = None, ordered: bool = True
) -> list[ArgumentBlock]:
    """Argument blocks (of one language, or all), in the library's order unless not ``ordered``."""
    stmt = select(ArgumentRow)
    if ordered:
        stmt = stmt.order_by(ArgumentRow.sort_order, ArgumentRow.title)
    if language is not None:
        stmt = stmt.where(ArgumentRow.language == language)
    return [argument_to_domain(r) for r in s.scalars(stmt)]


def find_argument(s: Session, argument_id: str) -> ArgumentBlock | None:
    row = s.get(ArgumentRow, argument_id)
    return argument_to_domain(row) if row is not None else None


def argument_version(s: Session, argument_id: str | None) -> int | None:
    return _version(s, ArgumentRow, argument_id)


def write_argument(s: Session, block: ArgumentBlock) -> ArgumentBlock:
    row = _row_for_write(s, ArgumentRow, block.id)
    argument_to_row(block, row)
    s.flush()
    return argument_to_domain(row)


def add_arguments(s: Session, blocks: Iterable[ArgumentBlock]) -> None:
    """Insert blocks as new records (fresh ids), e.g. the shipped defaults."""
    for block in blocks:
        row = ArgumentRow()
        argument_to_row(block, row)
        s.add(row)


def delete_argument(s: Session, argument_id: str) -> ArgumentBlock | None:
    row = s.get(ArgumentRow, argument_id)
    if row is None:
        return None
    snapshot = argument_to_domain(row)
    s.delete(row)
    return snapshot


def argument_keys(s: Session) -> set[tuple[str, str]]:
    """(key, language) of every stored block (shipped blocks carry a key)."""
    return {(key, lang) for key, lang in s.execute(select(ArgumentRow.key, ArgumentRow.language))}


def tag_untagged_blocks(s: Session, tags: dict[tuple[str, str], list[str]]) -> None:
    """Give the blocks with these (key, language) and no tags yet the tags listed."""
    keys = {key for key, _lang in tags}
    for row in s.scalars(select(ArgumentRow).where(ArgumentRow.key.in_(keys))):
        given = tags.get((row.key, row.language))
        if given is not None and not row.tags:
            row.tags = list(given)


# ---- tags ---------------------------------------------------------------------------------------
def load_tags(s: Session) -> list[ArgumentTag]:
    rows = s.scalars(select(ArgumentTagRow).order_by(ArgumentTagRow.sort_order))
    return [tag_to_domain(r) for r in rows]


def tag_exists(s: Session, code: str) -> bool:
    return s.get(ArgumentTagRow, code) is not None


def find_tag(s: Session, code: str) -> ArgumentTag | None:
    row = s.get(ArgumentTagRow, code)
    return tag_to_domain(row) if row is not None else None


def write_tag(s: Session, tag: ArgumentTag, code: str) -> ArgumentTag:
    """Insert or update the tag stored under ``code``."""
    row = s.get(ArgumentTagRow, code)
    if row is None:
        row = ArgumentTagRow(code=code)
        s.add(row)
    tag_to_row(tag, row)
    row.builtin = bool(row.builtin)  # a user cannot make or unmake a shipped tag
    s.flush()
    return tag_to_domain(row)


def add_tag(s: Session, tag: ArgumentTag) -> None:
    """Insert a shipped tag as it is (its code and builtin flag)."""
    row = ArgumentTagRow(code=tag.code)
    tag_to_row(tag, row)
    s.add(row)


def delete_tag(s: Session, code: str) -> ArgumentTag | None:
    row = s.get(ArgumentTagRow, code)
    if row is None:
        return None
    snapshot = tag_to_domain(row)
    s.delete(row)
    return snapshot
