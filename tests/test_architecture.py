"""Rules that keep the code base in shape, checked by reading the source (AST), not by review.

- Qt (PySide6/shiboken6) is imported only under ``kam_desktop/gui/``.
- Layers point one way: gui → services → storage/documents/exchange → domain.
- The command line imports no GUI at module level (it runs on headless machines).
- Services build no SQL: every query lives in ``kam_desktop/storage/`` (stores per aggregate).
- Every string literal given to ``_()`` has a Russian translation in a message catalog.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kam_desktop"
CATALOGS = ROOT / "resources" / "translations" / "messages"
QT_PACKAGES = ("PySide6", "shiboken6")

# layer → packages it must not import (whole package, also inside functions)
FORBIDDEN_IMPORTS: dict[str, tuple[str, ...]] = {
    "domain": (
        "kam_desktop.storage",
        "kam_desktop.services",
        "kam_desktop.documents",
        "kam_desktop.exchange",
        "kam_desktop.gui",
    ),
    "storage": (
        "kam_desktop.services",
        "kam_desktop.documents",
        "kam_desktop.exchange",
        "kam_desktop.gui",
    ),
    "services": ("kam_desktop.gui",),
    "documents": ("kam_desktop.gui", "kam_desktop.services"),
    "exchange": ("kam_desktop.gui", "kam_desktop.services"),
}


def python_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, top_level_only: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import; relative imports are resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = (
        module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else module_name(path)
    )
    nodes = tree.body if top_level_only else ast.walk(tree)
    found: list[tuple[int, str]] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            # `from kam_desktop import gui` names the subpackage through the alias
            found += [(node.lineno, f"{name}.{alias.name}") for alias in node.names]
    return found


def _is_within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_the_scan_sees_the_package() -> None:
    names = {module_name(p) for p in python_files()}
    assert {
        "kam_desktop.cli",
        "kam_desktop.services.dossiers",
        "kam_desktop.domain.dossier",
    } <= names


def test_qt_is_imported_only_under_gui() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in python_files()
        if not _is_within(module_name(path), "kam_desktop.gui")
        for line, name in imported_modules(path)
        if any(_is_within(name, qt) for qt in QT_PACKAGES)
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", sorted(FORBIDDEN_IMPORTS))
def test_layers_point_one_way(layer: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in python_files()
        if _is_within(module_name(path), f"kam_desktop.{layer}")
        for line, name in imported_modules(path)
        if any(_is_within(name, banned) for banned in FORBIDDEN_IMPORTS[layer])
    ]
    assert offenders == []


def test_command_line_imports_no_gui_at_module_level() -> None:
    cli_files = [
        p for p in PACKAGE.glob("*.py") if p.name.startswith("cli") or p.name == "__main__.py"
    ]
    assert cli_files
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in cli_files
        for line, name in imported_modules(path, top_level_only=True)
        if _is_within(name, "kam_desktop.gui") or any(_is_within(name, q) for q in QT_PACKAGES)
    ]
    assert offenders == []


# ---- storage owns the queries -------------------------------------------------------------------
SQL_CALLS = frozenset({"select", "insert", "update", "delete", "text"})
# sqlalchemy names that build statements: a service asks a store in storage/ instead
SQL_BUILDERS = SQL_CALLS | {"union", "union_all", "literal", "func", "bindparam", "selectinload"}
SQL_EXEMPT: set[str] = set()  # a module that must build SQL says why here


def sql_in_module(path: Path) -> list[str]:
    """Statement building in one module: calls such as ``select(…)`` / ``sa.update(…)``, and
    imports of sqlalchemy's statement builders (``s.delete(row)`` / ``dict.update`` are fine)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    sqlalchemy_aliases = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            found += [
                f"{node.lineno} imports {alias.name} from {node.module}"
                for alias in node.names
                if alias.name in SQL_BUILDERS
            ]
        elif isinstance(node, ast.Import):
            sqlalchemy_aliases |= {
                alias.asname or alias.name
                for alias in node.names
                if alias.name.split(".")[0] == "sqlalchemy"
            }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in SQL_CALLS:
            found.append(f"{node.lineno} calls {func.id}()")
        elif (
            isinstance(func, ast.Attribute)
            and func.attr in SQL_BUILDERS
            and isinstance(func.value, ast.Name)
            and func.value.id in sqlalchemy_aliases
        ):
            found.append(f"{node.lineno} calls {func.value.id}.{func.attr}()")
    return sorted(found, key=lambda finding: int(finding.split()[0]))


def test_the_sql_scan_finds_statements(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlalchemy as sa\n"
        "from sqlalchemy import select, text\n"
        "rows = s.execute(select(Row).where(Row.id == 1))  # select( in a comment is fine\n"
        "sa.update(Row)\n"
        "s.delete(row); seen.update(more)\n",
        encoding="utf-8",
    )
    assert sql_in_module(sample) == [
        "2 imports select from sqlalchemy",
        "2 imports text from sqlalchemy",
        "3 calls select()",
        "4 calls sa.update()",
    ]


def test_services_leave_the_queries_to_storage() -> None:
    services = sorted((PACKAGE / "services").glob("*.py"))
    assert services
    offenders = [
        f"{path.relative_to(ROOT)}:{finding}"
        for path in services
        if str(path.relative_to(ROOT)) not in SQL_EXEMPT
        for finding in sql_in_module(path)
    ]
    assert offenders == []


# ---- translations ----------------------------------------------------------------------------
TRANSLATING_CALLS = ("_", "N_", "t")  # ``t`` is the documents' ``_`` in the proposal's language


def _translating(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in TRANSLATING_CALLS
    return isinstance(func, ast.Attribute) and func.attr == "t"  # self.t(...)


def translatable_strings() -> dict[str, str]:
    """Every literal passed to ``_()`` (or ``N_()``/``t()``) → where it is (first occurrence)."""
    found: dict[str, str] = {}
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and _translating(node.func)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def russian_catalog() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted(CATALOGS.glob("*.ru.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def test_catalogs_are_json_objects_of_strings() -> None:
    paths = sorted(CATALOGS.glob("*.ru.json"))
    assert paths, "no Russian message catalogs"
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict), path
        bad = [
            k
            for k, v in data.items()
            if not (isinstance(k, str) and isinstance(v, str) and v.strip())
        ]
        assert bad == [], f"{path.name}: empty or non-string translations {bad}"


def test_every_translatable_string_has_russian() -> None:
    catalog = russian_catalog()
    missing = [
        f"{where}: {text!r}"
        for text, where in translatable_strings().items()
        if text not in catalog
    ]
    assert missing == [], (
        "add these to resources/translations/messages/<area>.ru.json:\n" + "\n".join(missing)
    )


PLACEHOLDER_RE = re.compile(r"\{(\w*)[^{}]*\}")


def test_translations_keep_placeholders() -> None:
    """A Russian text that drops or renames ``{path}`` would crash ``.format`` at run time."""
    wrong = [
        f"{english!r} → {russian!r}"
        for english, russian in russian_catalog().items()
        if sorted(PLACEHOLDER_RE.findall(english)) != sorted(PLACEHOLDER_RE.findall(russian))
    ]
    assert wrong == []
