"""Our revision chain, read from the migration file names (no Alembic import needed).

Migrations are linear and named ``NNNN_slug.py`` with ``revision = "NNNN_slug"``, so the head
is the highest name. Opening a file uses the chain to recognise our databases before any
connection writes to them.
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The revision that sets PRAGMA application_id: files made before it carry no marker.
MARKER_REVISION = "0005_database_marker"


def known_revisions() -> set[str]:
    return {p.stem for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py")}


def head_revision() -> str:
    return max(known_revisions())


def pre_marker_revisions() -> set[str]:
    """Revisions of databases made before the marker: recognised by our tables instead."""
    return {r for r in known_revisions() if r < MARKER_REVISION}
