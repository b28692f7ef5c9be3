"""The package's shape: stages as packages, imports running one way, no cycle, small modules and functions."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "extractor"
# Lowest first: a package may import only packages before it in this order (and itself).
LAYERS = ("models", "lang", "read", "normalise", "find", "facts", "output", "evaluate", "engine", "cli")
MAX_LINES = 300
MAX_FUNCTION_LINES = 40


def _module(path: Path) -> str:
    """``extractor/find/orgs.py`` -> ``find.orgs``; a package's ``__init__`` is the package."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts) or "extractor"


def _target(node: ast.ImportFrom, modules: set[str]) -> set[str]:
    """The package modules one ``from extractor... import ...`` names (at any depth of the file)."""
    if node.level or not node.module or not node.module.startswith("extractor"):
        return set()
    base = node.module.removeprefix("extractor").lstrip(".")
    found = {f"{base}.{a.name}".lstrip(".") for a in node.names} & modules
    return found or ({base} & modules)


def _imports() -> dict[str, set[str]]:
    """Module -> the package modules it imports, lazy imports included."""
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module(p) for p in paths}
    edges: dict[str, set[str]] = {}
    for path in paths:
        tree = ast.parse(path.read_text("utf-8"))
        deps = set().union(*(_target(n, modules) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)))
        edges[_module(path)] = deps - {_module(path)}
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the list of modules on it, or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for d in sorted(edges.get(m, ())):
            if state.get(d) == 1:
                return path[path.index(d) :] + [d]
            if d not in state and (found := visit(d)):
                return found
        state[m] = 2
        path.pop()
        return None

    for m in sorted(edges):
        if m not in state and (found := visit(m)):
            return found
    return None


def _layer(module: str) -> int | None:
    return LAYERS.index(module.split(".")[0]) if module.split(".")[0] in LAYERS else None


def test_no_import_cycle_in_the_package():
    assert _cycle(_imports()) is None, " -> ".join(_cycle(_imports()) or [])


def test_the_cycle_check_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]


def test_every_module_sits_in_a_stage():
    loose = [m for m in _imports() if _layer(m) is None and m not in ("extractor", "__main__")]
    assert not loose, f"modules outside the stage packages {LAYERS}: {loose}"


def test_stages_import_only_the_stages_below_them():
    upward = [
        f"{m} -> {d}"
        for m, deps in _imports().items()
        for d in deps
        if _layer(m) is not None and _layer(d) is not None and _layer(d) > _layer(m)
    ]
    assert not upward, "imports against the stage order:\n" + "\n".join(sorted(upward))


def test_the_layer_check_finds_an_upward_import(monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "_imports", lambda: {"find.orgs": {"facts.roles"}})
    with pytest.raises(AssertionError, match="find.orgs -> facts.roles"):
        test_stages_import_only_the_stages_below_them()


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: _module(p))
def test_modules_stay_small(path):
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= MAX_LINES, f"{_module(path)} has {lines} lines (at most {MAX_LINES})"


def _long_functions(source: str) -> list[str]:
    """Functions (and methods) longer than ``MAX_FUNCTION_LINES``, signature and docstring included."""
    return [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: _module(p))
def test_functions_stay_short(path):
    assert not _long_functions(path.read_text("utf-8")), _module(path)


def test_the_length_check_finds_a_long_function():
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))
    assert _long_functions(f"def long():\n{body}") == [f"long ({MAX_FUNCTION_LINES + 1} lines)"]
    assert _long_functions("def short():\n    return 1\n") == []


def test_the_package_version_is_the_one_pyproject_declares():
    import tomllib

    from extractor import __version__

    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))
    assert __version__ == pyproject["project"]["version"]
