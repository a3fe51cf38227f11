"""The package's import graph: layers are checked by import-linter; here, no cycles at all."""

from __future__ import annotations

from pathlib import Path

import grimp


def _strongly_connected(graph: grimp.ImportGraph, modules: set[str]) -> list[set[str]]:
    """Tarjan's algorithm over the module-level import graph (function-level imports included)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.find_modules_directly_imported_by(node) & modules):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            found.append(component)

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles() -> None:
    """No module imports itself through others, even from inside a function."""
    graph = grimp.build_graph("datacensus")
    modules = set(graph.modules)
    cycles = [sorted(c) for c in _strongly_connected(graph, modules) if len(c) > 1]
    assert cycles == []


def test_a_cycle_is_detected() -> None:
    """The cycle finder itself works: a two-module cycle in a toy graph is found."""
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    cycles = [c for c in _strongly_connected(graph, set(graph.modules)) if len(c) > 1]
    assert cycles == [{"pkg.a", "pkg.b"}]


def _module_level_imports(path: Path) -> set[str]:
    """Top-level package names imported at module level (not inside functions) by one file."""
    import ast

    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        # `if TYPE_CHECKING:` imports nothing at run time; `try: ... except ImportError` turns a
        # missing optional package into an install hint
        if isinstance(node, ast.If | ast.Try):
            continue
        for item in ast.walk(node):
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                break
            if isinstance(item, ast.Import):
                found |= {alias.name.split(".")[0] for alias in item.names}
            elif isinstance(item, ast.ImportFrom) and item.level == 0 and item.module:
                found.add(item.module.split(".")[0])
    return found


def test_module_level_imports_are_declared_runtime_dependencies() -> None:
    """What `import datacensus...` needs is installed by `pip install datacensus` (no extras):
    every third-party package a module imports at module level is a declared dependency."""
    import importlib.metadata
    import re
    import sys
    import tomllib

    root = Path(__file__).resolve().parents[1]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        re.split(r"[<>=!~;\[ ]", requirement)[0].lower().replace("_", "-")
        for requirement in project["dependencies"]
    }
    owners = importlib.metadata.packages_distributions()
    undeclared = {}
    for path in sorted((root / "src" / "datacensus").rglob("*.py")):
        for name in _module_level_imports(path):
            if name in sys.stdlib_module_names or name in ("datacensus", "__future__"):
                continue
            dists = {d.lower().replace("_", "-") for d in owners.get(name, [name])}
            if not dists & declared:
                undeclared[f"{path.relative_to(root)}: {name}"] = sorted(dists)
    assert undeclared == {}
