"""The package's shape: imports run downward only, feature folders stay apart, no cycles.

A newcomer fixing "a wrong event recipient" should find it under events/ alone; these checks keep
the layout that makes that true from eroding one convenient import at a time.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwire"

# Lower floors never import higher ones; a module may import its own floor or below.
FLOORS: dict[str, int] = {
    "model": 0,
    "sectors": 0,
    "lexicons": 0,
    "choices": 0,
    "geo": 0,
    "limits": 1,
    "cache": 1,
    "timing": 1,
    "heap": 1,
    "output": 1,
    "codes": 1,
    "code_phrases": 1,
    "place_codes": 1,
    "outgrown_divisions": 1,
    "states_then": 1,
    "given_names": 1,
    "known_names": 1,
    "ingest": 1,
    "parse": 2,
    "actors": 3,
    "quotes": 3,
    "times": 3,
    "places": 3,
    "events": 3,
    "pipeline": 4,
    "parallel": 5,
    "warm": 5,
    "resume": 5,
    "report": 5,
    "spark": 5,
    "store": 5,
    "export": 6,
    "serve": 6,
    "cli": 7,
    "cli_checks": 7,
    "cli_store": 7,
}
FEATURES = {"actors", "quotes", "times", "places", "events"}
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """Every eventwire module a file imports, at top level or inside a function.

    `from eventwire.store import tables` imports the module `eventwire.store.tables`, not the
    package's `__init__`, so it is no edge back to the package.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] == "eventwire"}


def _graph() -> dict[str, set[str]]:
    return {module: _imports(path) for module, path in MODULES.items()}


def _unit(module: str) -> str:
    """The top-level part of the package a module belongs to ('events', 'cli', ...)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "eventwire"


GRAPH = _graph()
EDGES = sorted((a, b) for a, targets in GRAPH.items() for b in targets)


def test_every_part_of_the_package_has_a_floor():
    units = {_unit(module) for module in GRAPH} - {"eventwire"}
    assert units <= set(FLOORS), f"give these a floor in FLOORS: {units - set(FLOORS)}"


@pytest.mark.parametrize("source,target", EDGES)
def test_imports_run_downward_and_features_stay_apart(source: str, target: str):
    here, there = _unit(source), _unit(target)
    if here == there or "eventwire" in (here, there):
        return
    assert FLOORS[there] <= FLOORS[here], f"{source} (floor {here}) imports up into {target}"
    assert not (here in FEATURES and there in FEATURES), (
        f"{source} reaches into another feature's module {target}: pass records instead"
    )


def test_no_import_cycles():
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in GRAPH.get(module, ()):
            if state.get(target) == "open":
                raise AssertionError(" → ".join([*trail, module, target]))
            if target in GRAPH and target not in state:
                visit(target, [*trail, module])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [])


def test_feature_folders_expose_one_entry_function():
    for feature in sorted(FEATURES):
        init = PACKAGE / feature / "__init__.py"
        tree = ast.parse(init.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{feature}/__init__.py should say what it reads and writes"
        exported = next(node.value for node in tree.body if isinstance(node, ast.Assign))  # __all__
        assert isinstance(exported, ast.List)
        assert [elt.value for elt in exported.elts] == [f"extract_{feature}"]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_source_file_is_over_the_line_limit(module: str):
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by what its parts do"
