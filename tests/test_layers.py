"""The layers of the code, and the one rule between them: imports only go down.

Each package belongs to one layer of LAYERS (README: "How the code is laid out"). A module may
import its own layer and the layers below it, never one above: every import statement is
walked, those inside functions too (a function-level import is how a cycle hides). The
classifier is pure: it imports nothing of pactwatch but itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("storage", "monitor", "crawlers")

# Lowest first. A module belongs to the layer of the longest package name that prefixes it.
LAYERS = (
    ("storage",),
    ("monitor.classify",),
    ("monitor.config",),
    ("monitor.analysis",),
    ("crawlers",),
    ("monitor.runs", "monitor.alerts", "monitor.output", "monitor.web", "monitor.report", "monitor.demo"),
    ("monitor.scheduler",),
    ("monitor.commands",),
    ("monitor",),  # the entry points: monitor/cli.py, monitor/__main__.py
)
PURE = "monitor.classify"
# The entry points: the CLI, and the confidence fitting tool run as `python -m monitor.calibrate`.
ENTRY_POINTS = {"__init__.py", "__main__.py", "cli.py", "calibrate.py"}


def layer_of(module: str) -> int:
    matches = [(len(package), rank) for rank, packages in enumerate(LAYERS) for package in packages
               if module == package or module.startswith(package + ".")]
    if not matches:
        raise LookupError(f"{module} is in no layer of LAYERS")
    return max(matches)[1]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_in(text: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import of pactwatch code in a module's text, at any depth."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                target = ".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from monitor.alerts import outbox` imports the module monitor.alerts.outbox
            found += [(node.lineno, f"{target}.{alias.name}" if _is_module(f"{target}.{alias.name}") else target)
                      for alias in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] in PACKAGES]


def violations(module: str, imports: list[tuple[int, str]]) -> list[str]:
    """Why each upward import of `module` breaks the rule."""
    found = []
    for line, target in imports:
        if module == PURE or module.startswith(PURE + "."):
            if target != PURE and not target.startswith(PURE + "."):
                found.append(f"{line}: imports {target} (the classifier is pure: it imports only itself)")
        elif layer_of(target) > layer_of(module):
            found.append(f"{line}: imports {target} ({'/'.join(LAYERS[layer_of(target)])} is above "
                         f"{'/'.join(LAYERS[layer_of(module)])})")
    return found


def _is_module(name: str) -> bool:
    path = REPO.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def source_files() -> list[Path]:
    return [path for package in PACKAGES for path in sorted((REPO / package).rglob("*.py"))]


def upward_imports() -> list[str]:
    found = []
    for path in source_files():
        module = module_name(path)
        imports = imports_in(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
        found += [f"{path.relative_to(REPO)}:{why}" for why in violations(module, imports)]
    return found


def test_no_module_imports_a_layer_above_its_own():
    assert upward_imports() == []


def test_every_module_is_in_a_layer():
    unplaced = []
    for path in source_files():
        try:
            layer_of(module_name(path))
        except LookupError as exc:
            unplaced.append(str(exc))
    assert unplaced == []


def test_monitors_root_holds_only_entry_points_and_layer_packages():
    root = REPO / "monitor"
    assert {path.name for path in root.glob("*.py")} == ENTRY_POINTS
    packages = {f"monitor.{path.parent.name}" for path in root.glob("*/__init__.py")}
    placed = {package for packages in LAYERS for package in packages}
    assert packages - placed == set()


@pytest.mark.parametrize("source, module, words", [
    ("from monitor.commands.crawl import crawl\n", "storage.bad", "monitor.commands is above storage"),
    ("def late():\n    from monitor.scheduler import daemon\n", "monitor.config.bad",
     "monitor.scheduler is above monitor.config"),
    ("from ..runs import crawling\n", "monitor.analysis.bad", "imports monitor.runs.crawling"),
    ("import storage.db\n", "monitor.classify.bad", "the classifier is pure"),
])
def test_the_check_finds_an_upward_import_even_inside_a_function(source, module, words):
    """The check itself: a planted upward import, at module level or in a function, is reported."""
    [why] = violations(module, imports_in(source, module))
    assert words in why
