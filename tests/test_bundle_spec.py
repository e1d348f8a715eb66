"""build.spec, the recipe of the installed bundle, kept in step with the code: everything the code
reads or imports is bundled (the built bundle's --self-check proves it works; this catches a stale
recipe without building)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


def _spec_list(name: str) -> list[str]:
    for node in ast.parse(SPEC).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} not found in build.spec")


def _planner_sources() -> list[tuple[Path, ast.Module]]:
    sources = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if path.name == "build_gazetteer.py":  # build time only, left out on purpose
            continue
        sources.append((path, ast.parse(path.read_text(encoding="utf-8"))))
    # The script VROOM's child process runs (a string the analysis cannot see).
    from planner.optimize.vroom_start import _CHILD

    sources.append((Path("planner/optimize/vroom_start.py:_CHILD"), ast.parse(_CHILD)))
    return sources


def _imports() -> dict[str, str]:
    """Imported module -> where (absolute imports of planner's code)."""
    found: dict[str, str] = {}
    for path, tree in _planner_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                found.setdefault(name, str(path.relative_to(ROOT)) if path.is_absolute() else str(path))
    return found


def test_every_resources_folder_the_code_reads_is_bundled():
    folders = set()
    for _path, tree in _planner_sources():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "resource" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                folders.add(node.args[0].value)
    assert {"templates", "translations", "data", "fonts"} <= folders
    bundled = set(re.findall(r'ROOT / "resources" / "(\w+)"', SPEC))
    assert folders <= bundled, f"resources/ folders read by the code but not bundled: {folders - bundled}"


def test_nothing_the_code_imports_is_left_out_of_the_bundle():
    qt_left_out = {f"PySide6.{name}" for name in _spec_list("UNUSED_QT")}
    left_out = set(_spec_list("UNUSED_PACKAGES"))
    imports = _imports()
    assert "PySide6.QtNetwork" in imports and "vroom" in imports and "pyvrp" in imports
    wrong = {
        name: where
        for name, where in imports.items()
        if name in qt_left_out or any(name == out or name.startswith(out + ".") for out in left_out)
    }
    assert not wrong, f"imported by Planner but excluded in build.spec: {wrong}"


def test_unused_qt_modules_stay_out():
    # A bundle of reasonable size: the heavy Qt modules Planner never uses are excluded.
    qt_left_out = set(_spec_list("UNUSED_QT"))
    assert {"QtWebEngineCore", "QtQuick", "QtQml", "Qt3DCore", "QtMultimedia", "QtPdf"} <= qt_left_out
    assert "QtNetwork" not in qt_left_out
    assert '"/tls/"' not in SPEC  # the TLS plugins serve the map's HTTPS tiles
