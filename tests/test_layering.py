"""The package's layering, as docs/design.md draws it, read from the source's import statements
(at module level and inside functions alike): dependencies point one way, only the crawling
side runs Scrapy, and no module binds one of its top-level names twice."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "crawler"

# What each part may import of ours (docs/design.md, "Dependencies point one way").
ALLOWED = {
    "items": set(),
    "sites": set(),
    "normalize": {"items"},
    "extract": {"items", "normalize", "sites"},
    "discovery": {"normalize"},
    "archive": {"items", "normalize", "sites", "extract"},
    "crawling": {"items", "normalize", "sites", "extract", "discovery", "archive", "report"},
    "report": {"crawling", "extract"},
}
ENGINE = ("scrapy", "twisted")
# discovery's two parsing utilities of Scrapy: bytes in, dicts out, never the engine.
DISCOVERY_SCRAPY = {"scrapy.utils.sitemap", "scrapy.utils.gz"}
MODULES = sorted(PACKAGE.rglob("*.py"))


def part_of(path: Path) -> str:
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it (relative imports named absolutely)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                found.add("crawler." + part_of(path))
            elif node.module:
                found.add(node.module)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_dependencies_point_one_way(path: Path) -> None:
    part = part_of(path)
    if part not in ALLOWED:  # cli.py and __init__.py see every side
        return
    ours = {m.split(".")[1] for m in imported(path) if m.startswith("crawler.")} - {part}
    assert ours <= ALLOWED[part], f"{part} imports {sorted(ours - ALLOWED[part])}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_crawling_side_runs_scrapy(path: Path) -> None:
    part = part_of(path)
    engine = {m for m in imported(path) if m.split(".")[0] in ENGINE}
    if part in ("crawling", "cli"):
        return
    if part == "discovery":
        engine -= DISCOVERY_SCRAPY
    assert not engine, f"{path.name} imports {sorted(engine)}"


def top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    # A second binding silently changes what every earlier use reads (a pattern redefined
    # further down a module applies to the rules above it too).
    names = top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted({n for n in names if names.count(n) > 1} - {"__all__"})
    assert not twice, f"{path.name} binds {twice} twice"


def test_the_checks_read_what_they_should() -> None:
    # The checks above pass vacuously if the reading finds nothing: it must find the known
    # edges and the known second binding shape.
    extract_init = PACKAGE / "extract" / "__init__.py"
    assert "crawler.normalize.article" in imported(extract_init)
    assert "scrapy.utils.sitemap" in set().union(*(imported(p) for p in MODULES
                                                   if part_of(p) == "discovery"))
    assert top_level_names(ast.parse("A = 1\ndef f(): pass\nA = 2\n")).count("A") == 2
    assert {part_of(p) for p in MODULES} >= set(ALLOWED)
