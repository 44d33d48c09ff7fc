"""The package parts that run in the learner's browser import only what the
browser build ships (lite/build_site.py: the package's own dependencies, and
the standard library). A stray ``import yaml`` once kept every live exercise
from starting while all CPython tests passed."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cpw_widgets"
# Trainer-side parts never run in the browser (report: cpw-overzicht, workbook:
# the PDF, cli: the command line, grading/feedback.py: nbgrader's feedback pages).
TRAINER_SIDE = ("report/", "workbook/", "cli.py", "grading/feedback.py")
# What the browser build installs besides the standard library: the package's
# dependencies (pyproject.toml) and the Jupyter kernel's own (ipywidgets, comm).
BROWSER_MODULES = {"cpw_widgets", "ipywidgets", "comm", "ruamel", "simplemma", "IPython", "traitlets"}


def _runtime_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py")
            if not p.relative_to(PACKAGE).as_posix().startswith(TRAINER_SIDE)]


def _top_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_browser_side_imports_only_what_the_browser_build_ships():
    files = _runtime_files()
    assert any(p.name == "question.py" for p in files)  # the check sees the assessors
    bad = {}
    for path in files:
        extra = {m for m in _top_imports(path)
                 if m not in sys.stdlib_module_names and m not in BROWSER_MODULES}
        if extra:
            bad[str(path.relative_to(PACKAGE))] = sorted(extra)
    assert bad == {}, bad


def test_the_guard_catches_a_stray_import(tmp_path):
    stray = tmp_path / "x.py"
    stray.write_text("import yaml\nfrom ruamel.yaml import YAML\nimport json\n", encoding="utf-8")
    assert {m for m in _top_imports(stray) if m not in sys.stdlib_module_names and m not in BROWSER_MODULES} == {"yaml"}
