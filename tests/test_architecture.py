"""The shape of the package: imports point one way (no cycles) and every module says what it owns.

Imports are read from the source with ``ast``, at module level, inside
functions and under ``if TYPE_CHECKING:`` alike: an import inside a function
or kept for the type checker still makes two modules depend on each other, so
moving it there does not break a cycle, it only hides it. The implicit import
of a parent package is not counted.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newslab"

#: Known cycles still to be broken, each as the set of modules in it: none.
ALLOWED_CYCLES: list[set[str]] = []


def module_files() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _import_nodes(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth."""
    return [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]


def imports_of(name: str, path: Path, modules: set[str]) -> set[str]:
    """The newslab modules that module ``name`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _import_nodes(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
            continue
        if node.level:
            base = package.split(".")
            base = base[: len(base) - (node.level - 1)]
            source = ".".join(base + ([node.module] if node.module else []))
        else:
            source = node.module or ""
        for alias in node.names:
            # `from newslab import sentiment` imports a module; `from newslab.x import f` imports x.
            sub = f"{source}.{alias.name}"
            targets.add(sub if sub in modules else source)
    return {t for t in targets if t in modules and t != name}


def import_graph() -> dict[str, set[str]]:
    files = module_files()
    names = set(files)
    return {name: imports_of(name, path, names) for name, path in files.items()}


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = [0]

    def connect(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_architecture_reads_function_level_imports():
    graph = import_graph()
    # The CLI imports the pipeline inside a function (start-up speed): still an edge.
    assert "newslab.pipeline" in graph["newslab.cli"]
    assert "newslab.extract" in graph["newslab.pipeline"]


def test_architecture_reads_every_kind_of_import(tmp_path):
    source = tmp_path / "mod.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "import newslab.io\n"
        "from . import schema\n"
        "from newslab import errors, __version__\n"
        "if TYPE_CHECKING:\n"
        "    from newslab.tables import Tables\n"
        "def f():\n"
        "    from .store import read_dataset\n",
        encoding="utf-8",
    )
    modules = {"newslab", "newslab.io", "newslab.schema", "newslab.errors", "newslab.tables", "newslab.store", "newslab.mod"}
    assert imports_of("newslab.mod", source, modules) == {
        "newslab.io", "newslab.schema", "newslab.errors", "newslab", "newslab.tables", "newslab.store",
    }


@pytest.mark.parametrize(("graph", "expected"), [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"a"}}, [{"a", "b"}]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [{"a", "b", "c"}]),
])
def test_architecture_cycle_finder(graph, expected):
    assert cycles(graph) == expected


def test_architecture_no_import_cycles():
    found = [c for c in cycles(import_graph()) if c not in ALLOWED_CYCLES]
    assert not found, "import cycles among newslab modules: " + "; ".join(" <-> ".join(sorted(c)) for c in found)


@pytest.mark.parametrize(("lower", "upper"), [
    ("newslab.tables", "newslab.pipeline"),
    ("newslab.extract", "newslab.pipeline"),
    ("newslab.parallel", "newslab.pipeline"),
    ("newslab.cache", "newslab.pipeline"),
    ("newslab.dask", "newslab.pipeline"),
    ("newslab.parallel", "newslab.extract"),
    ("newslab.cache", "newslab.extract"),
    ("newslab.cache", "newslab.parallel"),
    ("newslab.store", "newslab.tables"),
    ("newslab.io", "newslab.store"),
    ("newslab.io", "newslab.cache"),
])
def test_architecture_dependency_direction(lower, upper):
    """Strategies never reach the orchestrator; the store and io never reach the tables or the cache."""
    graph = import_graph()
    seen, todo = set(), [lower]
    while todo:
        module = todo.pop()
        for target in graph[module] - seen:
            seen.add(target)
            todo.append(target)
    assert upper not in seen, f"{lower} depends on {upper}"


def first_line(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return doc.split("\n")[0].strip()


#: Openings that name no thing owned: a junk drawer, or a description of the file instead of its job.
_VAGUE = re.compile(r"^(utilit|helper|misc|various|common|stuff|this module|module for|functions for|code for)", re.IGNORECASE)


@pytest.mark.parametrize("name", sorted(module_files()))
def test_architecture_module_says_what_it_owns(name):
    """The docstring's first line names what the module owns ("The sources table: ...")."""
    line = first_line(module_files()[name])
    assert line, f"{name} has no module docstring"
    assert len(line) <= 120, f"{name}: keep the first line to one line of at most 120 characters: {line!r}"
    assert not _VAGUE.match(line), f"{name}: the first line should name what the module owns, not {line!r}"


@pytest.mark.parametrize(("line", "vague"), [
    ("Utilities for text.", True),
    ("Helper functions.", True),
    ("This module contains the cache.", True),
    ("The per-article result cache, so re-runs skip the NLP work.", False),
])
def test_architecture_vague_first_lines_are_caught(line, vague):
    assert bool(_VAGUE.match(line)) is vague


def test_architecture_docs_list_every_module():
    """docs/architecture.md has a line for each module, so a new module gets documented."""
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([\w.]+)` \|", page, flags=re.MULTILINE))
    missing = sorted(set(module_files()) - listed)
    assert not missing, f"docs/architecture.md does not describe {missing}"
