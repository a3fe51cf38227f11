"""The package's import graph: layers are checked by import-linter; here, no cycles at all."""

from __future__ import annotations

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
