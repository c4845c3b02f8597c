"""Format 1 of .kamdossier is written out (exchange/format1.py); the database may not change it.

A model column that is neither exported nor listed as not exported, or whose kind differs from
the one the format states, fails here: change format 1 only with a schema_version decision.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import JSON, Boolean, Column, Date, Integer, Numeric, Table

from kam_desktop.exchange import format1
from kam_desktop.exchange.tables import TableSpec
from kam_desktop.paths import resource_path
from kam_desktop.storage.models import Base, UTCDateTime

PARENT_KEYS = {
    "proposal": {"client_id"},
    "proposal_line": {"proposal_id"},
    "referee": {"project_id"},
}


def column_kind(column: Column) -> str:
    """The kind a column's type means in the file (tables.py's vocabulary)."""
    kind = column.type
    if "exchange" in column.info:
        return str(column.info["exchange"])
    if isinstance(kind, UTCDateTime):
        return "timestamp"
    if isinstance(kind, Numeric):
        return f"decimal{kind.scale}"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, JSON):
        default = column.default
        is_object = default is not None and callable(default.arg)
        return "object" if is_object and isinstance(default.arg(None), dict) else "list"
    return "text"


def late_default(column: Column) -> object:
    """A column added by a later migration (server default, not null): its value when a file
    written before it lacks it."""
    default = column.default.arg if column.default is not None else None
    if default is not None and not callable(default):
        return default
    return {"list": [], "switches": {}}.get(column_kind(column), "")


def _specs() -> dict[str, TableSpec]:
    found: dict[str, TableSpec] = {}
    for spec in format1.PROPOSAL_SPECS.values():
        found[spec.name] = spec
        found.update({child.name: child for child in spec.children.values()})
    return found


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def test_every_table_is_in_the_format_or_listed_as_not_exported() -> None:
    described = set(_specs()) | set(format1.DOSSIER_FIELDS) | set(format1.NOT_EXPORTED_TABLES)
    assert set(Base.metadata.tables) == described


@pytest.mark.parametrize("name", sorted(_specs()))
def test_proposal_side_columns_are_format_1(name: str) -> None:
    spec = _specs()[name]
    table = _table(name)
    skipped = format1.NOT_EXPORTED.get(name, {})
    bookkeeping = format1.BOOKKEEPING - set(skipped)
    columns = [c for c in table.columns if c.name not in bookkeeping | set(skipped)]
    assert {c.name for c in columns} == set(spec.columns), "a column changed format 1"
    for column in columns:
        assert spec.columns[column.name] == (column_kind(column), bool(column.nullable)), column
    late = {
        c.name: late_default(c) for c in columns if c.server_default is not None and not c.nullable
    }
    assert late == spec.late
    assert set(skipped) - {"created_at", "updated_at", "version"} == PARENT_KEYS.get(name, set())


@pytest.mark.parametrize("name", sorted(format1.DOSSIER_FIELDS))
def test_dossier_side_columns_are_format_1(name: str) -> None:
    fields = format1.DOSSIER_FIELDS[name]
    skipped = format1.NOT_EXPORTED.get(name, {})
    table = _table(name)
    columns = {c.name: c for c in table.columns}
    bookkeeping = (format1.BOOKKEEPING & set(columns)) - set(skipped)
    assert set(columns) == set(fields) | set(skipped) | bookkeeping, "a column changed format 1"
    assert not set(fields) & set(skipped)
    for column_name, (_field, kind) in fields.items():
        assert kind == column_kind(columns[column_name]), column_name


def test_dossier_fields_are_in_the_schema_file() -> None:
    schema = json.loads(resource_path("schema", "kamdossier-1.schema.json").read_text("utf-8"))
    record_of = {
        "client": "client",
        "tender": "tender",
        "member": "member",
        "contact_point": "contact",
        "family_member": "family_member",
        "interaction": "interaction",
        "interaction_member": "interaction",
        "interaction_team": "interaction",
        "team_member": "team_member",
        "our_company": "company",
        "dmu_role": "role",
    }
    assert set(record_of) == set(format1.DOSSIER_FIELDS)
    for table, fields in format1.DOSSIER_FIELDS.items():
        properties = schema["$defs"][record_of[table]]["properties"]
        for column, (field, _kind) in fields.items():
            assert field.split(".")[0] in properties, (table, column, field)
