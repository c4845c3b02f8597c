"""Column-driven JSON (de)serialisation for the proposal side of a dossier file.

Proposals, their lines and the proposal library (catalogue items, similar projects with
referees, argument blocks) are written column by column from a ``TableSpec``; format 1's specs
are written out in ``format1.py`` (a test keeps them equal to the ORM tables, another the JSON
Schema definitions generated from them to the schema file).
Values are canonical (decimals with the column's scale, ISO dates), like ``codec``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from kam_desktop.domain import limits
from kam_desktop.domain.validation import printable, text_error
from kam_desktop.exchange.errors import ArchiveError
from kam_desktop.i18n import _

# Column kinds: text, int, bool, date, timestamp, decimal<scale>, list (JSON array of strings),
# switches (JSON object: edition → key → on/off, a proposal's tailoring).
MAX_TEXT = limits.LIBRARY_TEXT
MAX_LIST_ITEM = limits.LIBRARY_LIST_ITEM.max_length
MAX_SWITCHES = 1000


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: dict[str, tuple[str, bool]]  # column → (kind, nullable)
    children: dict[str, TableSpec] = field(default_factory=dict)  # attribute → child spec
    # Columns added after format 1 was published: optional in a file (older versions of the
    # app do not write them) and given this value when missing.
    late: dict[str, object] = field(default_factory=dict)


def _out(kind: str, value: Any) -> object:
    if value is None:
        return None
    if kind.startswith("decimal"):
        return f"{Decimal(value):.{int(kind[7:])}f}"
    if kind in ("date", "timestamp"):
        return value.isoformat()
    if kind == "list":
        return list(value)
    if kind == "switches":
        return {edition: dict(sorted(sw.items())) for edition, sw in sorted(value.items())}
    return value


def _get(source: object, name: str) -> Any:
    return source[name] if isinstance(source, dict) else getattr(source, name)


def to_json(source: object, spec: TableSpec) -> dict:
    """One record (an ORM row or a ``from_json`` dict) with its child rows, canonical."""
    record = {"id": _get(source, "id")}
    for name, (kind, _nullable) in spec.columns.items():
        record[name] = _out(kind, _get(source, name))
    for attribute, child_spec in spec.children.items():
        record[attribute] = [to_json(child, child_spec) for child in _get(source, attribute)]
    return record


def _bad(where: str, column: str, value: object) -> ArchiveError:
    return ArchiveError(
        _("{where}: field {field} has an invalid value {value!r}.").format(
            where=where, field=column, value=printable(str(value)[:60], keep_newlines=False)
        )
    )


def _checked_text(value: str, limit: limits.TextLimit, where: str, column: str) -> str:
    problem = text_error(value, limit)
    if problem:
        raise ArchiveError(
            _("{where}: field {field}: {problem}").format(
                where=where, field=column, problem=problem
            )
        )
    return value


def _in(kind: str, value: Any, where: str, column: str) -> object:
    try:
        if kind.startswith("decimal"):
            number = Decimal(str(value))
            if not number.is_finite() or abs(number) >= Decimal(10) ** 16:
                raise _bad(where, column, value)
            return number.quantize(Decimal(1).scaleb(-int(kind[7:])))
        if kind == "date":
            return date.fromisoformat(str(value))
        if kind == "timestamp":
            stamp = datetime.fromisoformat(str(value))
            if stamp.tzinfo is None:
                raise _bad(where, column, value)
            return stamp.astimezone(UTC)
    except (InvalidOperation, ValueError, OverflowError):
        raise _bad(where, column, value) from None
    if kind == "text":
        return _checked_text(value, limits.LIBRARY, where, column)
    if kind == "list":
        return [_checked_text(item, limits.LIBRARY_LIST_ITEM, where, column) for item in value]
    if kind == "switches":
        item = limits.LIBRARY_LIST_ITEM
        return {
            _checked_text(e, item, where, column): {
                _checked_text(k, item, where, column): bool(v) for k, v in sw.items()
            }
            for e, sw in value.items()
        }
    return value


def from_json(obj: dict, spec: TableSpec, where: str) -> dict[str, object]:
    """A schema-checked record as Python values: id, columns and child lists."""
    values: dict[str, object] = {"id": obj["id"]}
    for name, (kind, _nullable) in spec.columns.items():
        if name not in obj and name in spec.late:
            late = spec.late[name]
            values[name] = type(late)(late) if isinstance(late, list | dict) else late
            continue
        value = obj.get(name)
        values[name] = None if value is None else _in(kind, value, where, name)
    for attribute, child_spec in spec.children.items():
        values[attribute] = [from_json(child, child_spec, where) for child in obj[attribute]]
    return values


def _column_schema(kind: str, nullable: bool) -> dict:
    if kind == "text":
        schema: dict = {"type": "string", "maxLength": MAX_TEXT}
    elif kind == "int":
        schema = {"type": "integer", "minimum": -(2**31), "maximum": 2**31}
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "date":
        schema = {"$ref": "#/$defs/date"}
    elif kind == "timestamp":
        schema = {"$ref": "#/$defs/timestamp"}
    elif kind == "switches":
        schema = {
            "type": "object",
            "maxProperties": MAX_SWITCHES,
            "additionalProperties": {
                "type": "object",
                "maxProperties": MAX_SWITCHES,
                "additionalProperties": {"type": "boolean"},
            },
        }
    elif kind == "list":
        items = {"type": "string", "maxLength": MAX_LIST_ITEM}
        schema = {"type": "array", "maxItems": 10000, "items": items}
    else:  # decimal<scale>
        schema = {"type": "string", "pattern": rf"^-?[0-9]{{1,16}}(\.[0-9]{{1,{kind[7:]}}})?$"}
    return {"oneOf": [{"type": "null"}, schema]} if nullable else schema


def json_schema(spec: TableSpec, record: bool) -> dict:
    """The JSON Schema of a spec; ``record`` adds id, timestamps, version and history."""
    properties = {name: _column_schema(k, n) for name, (k, n) in spec.columns.items()}
    if record:
        properties.update(
            {
                "created_at": {"$ref": "#/$defs/timestamp"},
                "updated_at": {"$ref": "#/$defs/timestamp"},
                "version": {"type": "integer", "minimum": 0, "maximum": 2**31},
                "history": {"$ref": "#/$defs/history"},
            }
        )
    properties["id"] = {"$ref": "#/$defs/uuid"}
    for attribute, child in spec.children.items():
        properties[attribute] = {
            "type": "array",
            "maxItems": 10000,
            "items": json_schema(child, record=False),
        }
    required = ["id", *spec.children]
    required += [
        n for n, (_k, nullable) in spec.columns.items() if not nullable and n not in spec.late
    ]
    if record:
        required += ["created_at", "updated_at", "version"]
    return {
        "type": "object",
        "additionalProperties": False,
        "required": sorted(set(required)),
        "properties": dict(sorted(properties.items())),
    }
