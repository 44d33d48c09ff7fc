"""Shared fixtures: a clean build of the book, made once per test session."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

# Never copied into the clean tree: environments, caches and earlier output.
_SKIP = {".venv", ".git", "_build", "node_modules", ".pytest_cache", "__pycache__",
         ".ipynb_checkpoints", "_contents", ".jupyter_cache"}


@dataclass
class BookBuild:
    root: Path        # the clean copy of the repository that was built
    html: Path        # its _build/html
    log: str          # stdout + stderr of the build
    returncode: int


def _copy_tree(dst: Path) -> None:
    def ignore(_dir: str, names: list[str]) -> set[str]:
        return {n for n in names if n in _SKIP}

    shutil.copytree(REPO, dst, ignore=ignore, symlinks=True)


@pytest.fixture(scope="session")
def book_build(tmp_path_factory: pytest.TempPathFactory) -> BookBuild:
    """Build the book from a clean copy of the working tree (no cache, no old
    output), warnings as errors, exactly as `make book` does."""
    root = tmp_path_factory.mktemp("book") / "repo"
    _copy_tree(root)
    proc = subprocess.run(
        [str(VENV_BIN / "jupyter-book"), "build", str(root), "--builder", "html",
         "-W", "-n", "--keep-going"],
        cwd=root, capture_output=True, text=True, timeout=1800,
    )
    return BookBuild(root, root / "_build" / "html", proc.stdout + proc.stderr, proc.returncode)


@pytest.fixture(scope="session")
def nbgrader_round(tmp_path_factory: pytest.TempPathFactory):
    """The nbgrader course run once through its whole cycle (test_nbgrader_e2e.build_round,
    about five minutes). Read it; a test that changes it takes a copy (Course.copy_to)."""
    from test_nbgrader_e2e import build_round

    return build_round(tmp_path_factory.mktemp("nbgrader"))


def toc_files(toc_path: Path = REPO / "_toc.yml") -> list[str]:
    """Every document named in _toc.yml (root, chapters, sections), in order."""
    from ruamel.yaml import YAML

    toc = YAML(typ="safe", pure=True).load(toc_path.read_text(encoding="utf-8"))
    found = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            if "file" in entry:
                found.append(entry["file"])
            for key in ("chapters", "sections", "parts"):
                walk(entry.get(key, []))

    walk(toc.get("parts", []) + toc.get("chapters", []))
    return found
