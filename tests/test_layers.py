"""The package's layers import in one direction only (see cpw_widgets/__init__.py):
content -> assess -> grading -> widgets; ``answers`` (stored answers) sits
beside content, ``cli`` on top of assess, ``report`` (the trainer's class view)
on top of grading, ``workbook`` (the printable PDF) on top of content and
assess. A module that imports a layer above its own fails here, and so does
any module that imports a top layer (``cli``, ``report``, ``workbook``):
nothing imports those."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cpw_widgets"
# a layer may import the layers with a lower or equal rank
RANK = {"content": 0, "answers": 0, "assess": 1, "grading": 2, "cli": 2, "report": 2, "widgets": 3,
        "workbook": 4}
# top layers: commands and builds that no other layer may import (whatever the ranks say)
TOP = {"cli", "report", "workbook"}


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imported_layers(path: Path, source: str | None = None) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    here = _layer(path)
    depth = len(path.relative_to(PACKAGE).parts) - 1  # 0 for a top-level module
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0 and (node.module or "").startswith("cpw_widgets."):
                found.add(node.module.split(".")[1])
            elif node.level > depth:  # leaves the layer's own package: "from ..assess import x"
                if node.module:
                    found.add(node.module.split(".")[0])
                else:
                    found |= {a.name for a in node.names}
            elif node.level and depth == 0 and node.module:  # a top-level module: "from .assess import x"
                found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("cpw_widgets.")}
    return {f for f in found if f in RANK and f != here}


def _forbidden(path: Path, source: str | None = None) -> set[str]:
    """The layers ``path`` imports but may not: a higher rank, or a top layer."""
    layer = _layer(path)
    return {o for o in _imported_layers(path, source) if RANK[o] > RANK[layer] or o in TOP}


def test_no_layer_imports_upward():
    upward = [f"{path.relative_to(PACKAGE)} ({_layer(path)}) imports {other}"
              for path in PACKAGE.rglob("*.py") if _layer(path) in RANK for other in _forbidden(path)]
    assert not upward, upward


def test_every_layer_is_known():
    found = {_layer(p) for p in PACKAGE.rglob("*.py")} - {"__init__"}
    assert found <= set(RANK), found - set(RANK)


def test_the_check_sees_an_upward_import():
    probe = PACKAGE / "assess" / "probe.py"  # never written: only its place counts
    assert _imported_layers(probe, "from ..widgets import common\n") == {"widgets"}
    assert _imported_layers(probe, "from cpw_widgets.grading import x\n") == {"grading"}
    assert _imported_layers(probe, "from .nl import quote\nfrom ..content import y\n") == {"content"}
    # a widget may import grading (lower rank) but never the report (a top layer)
    widget = PACKAGE / "widgets" / "probe.py"
    assert _forbidden(widget, "from ..report import build\nfrom ..grading import x\n") == {"report"}
    assert _forbidden(PACKAGE / "report" / "probe.py", "from ..widgets import common\nfrom ..assess import y\n") == {"widgets"}
