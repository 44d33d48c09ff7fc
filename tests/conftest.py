"""Shared fixtures: a clean build of the book and the nbgrader round, each made once per
test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

# Work that runs beside the tests (the clean book build, the nbgrader round) runs at this
# lower CPU priority, so that the tests in front keep their speed.
BACKGROUND_NICE = 10

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


def _lower_priority() -> None:
    """Lower the CPU priority of the calling thread; on Linux every process and thread it
    starts inherits it. Elsewhere the work simply runs at normal priority."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
    except (AttributeError, OSError):
        pass


def in_background(name: str, fn, *args, **kwargs) -> Future:
    """``fn(*args, **kwargs)`` started in a thread of its own at a lower CPU priority."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name, initializer=_lower_priority)
    started = pool.submit(fn, *args, **kwargs)
    pool.shutdown(wait=False)
    return started


def _build_book(root: Path, env: dict[str, str]) -> BookBuild:
    _copy_tree(root)
    proc = subprocess.run(
        [str(VENV_BIN / "jupyter-book"), "build", str(root), "--builder", "html", "-W", "-n", "--keep-going"],
        cwd=root, env=env, capture_output=True, text=True, timeout=1800)
    return BookBuild(root, root / "_build" / "html", proc.stdout + proc.stderr, proc.returncode)


@pytest.fixture(scope="session")
def book_build_started(tmp_path_factory: pytest.TempPathFactory) -> Future:
    """The clean build of ``book_build``, started in the background. The browser tests
    start it once `make book` has built the site's JavaScript (which the clean copy takes
    along), so that it runs beside them."""
    return in_background("book-build", _build_book, tmp_path_factory.mktemp("book") / "repo", dict(os.environ))


@pytest.fixture(scope="session")
def book_build(book_build_started: Future) -> BookBuild:
    """Build the book from a clean copy of the working tree (no cache, no old
    output), warnings as errors, exactly as `make book` does."""
    return book_build_started.result()


# -- the nbgrader round, built in the background -----------------------------------------
#
# The round takes two to three minutes, nearly all of it waiting for nbgrader commands
# (each a process of its own). When the session will need it, it starts in the background
# (a thread at a lower CPU priority) beside the first test that is not a browser test, so
# that it uses what the tests before it leave free; the fixture then waits for what is left.

_round: Future | None = None
_ROUND_NEEDED = pytest.StashKey[bool]()
_round_stop = threading.Event()


def _start_nbgrader_round(factory: pytest.TempPathFactory) -> Future:
    global _round
    if _round is None:
        from test_nbgrader_e2e import build_round

        _round = in_background("nbgrader-round", build_round, factory.mktemp("nbgrader"),
                               base_env=dict(os.environ), stop=_round_stop)
    return _round


def session_uses(session: pytest.Session, fixture: str) -> bool:
    """Does a test this session runs use ``fixture``?"""
    return any(fixture in getattr(item, "fixturenames", ()) for item in session.items)


def pytest_collection_finish(session: pytest.Session) -> None:
    session.config.stash[_ROUND_NEEDED] = not session.config.option.collectonly and session_uses(
        session, "nbgrader_round")


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Start the round at the first test that is not a browser test: the browser tests
    come first and wait on timeouts, the tests after them only on themselves."""
    factory = getattr(item.config, "_tmp_path_factory", None)  # set by pytest's tmp_path plugin
    if (_round is None and factory is not None and item.config.stash.get(_ROUND_NEEDED, False)
            and item.get_closest_marker("browser") is None):
        _start_nbgrader_round(factory)


def pytest_sessionfinish(session: pytest.Session) -> None:
    _round_stop.set()  # an unfinished round (-x, Ctrl-C) starts no further command


@pytest.fixture(scope="session")
def nbgrader_round(tmp_path_factory: pytest.TempPathFactory):
    """The nbgrader course run once through its whole cycle (test_nbgrader_e2e.build_round).
    Read it; a test that changes it takes a copy (Course.copy_to)."""
    return _start_nbgrader_round(tmp_path_factory).result()


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
