"""Build the exercises' in-browser Python for the course site, offline.

Always a clean build: the output and the staging folder are removed first.

1. wheels of ``cpw_widgets`` (built from this repository with hatchling) and of
   its runtime dependencies ipywidgets, comm and ruamel.yaml, at the versions
   installed in the venv (``pip wheel``); a slimmed simplemma wheel with only
   the Dutch dictionary (lite/slim_simplemma.py);
2. an offline Pyodide from the npm package plus PyPI wheels, its lock holding
   just those wheels and what they need (lite/build_pyodide.py) -> ``pyodide/``;
   every wheel precompiled to bytecode by the same Python (Pyodide under Node,
   lite/precompile_wheels.mjs), and the lock's sha256 updated to match;
3. the wheels unpacked into one archive of site-packages (lite/site_bundle.py,
   ``pyodide/site-packages.tar.gz``; the wheels themselves are kept beside the
   site in ``lite-wheels/``, for bench/pyodide_timing.mjs) and the lock
   emptied: the browser installs no package one by one;
4. a memory snapshot of Python with the exercises' modules imported
   (lite/make_snapshot.mjs, ``pyodide/python-snapshot.bin.gz``);
5. ``oefeningen.json``: the archive and the snapshot, and for each exercise notebook
   the code the live page runs (its code cells, in order, and whether the page
   shows the cell) and the modules those cells import; read by
   web/src/oefening-live.js and web/src/worker.js (with lite/bridge.py).

The site serves the result under ``lite/``. The list of files that every page
prefetches (``voorladen.json``) is written after the book is built
(lite/prefetch_list.py), since it names the pages' own script URLs.

    python lite/build_site.py --out _build/lite
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RUNTIME_DEPS = ["ipywidgets", "comm", "ruamel.yaml"]
#: what the page's worker (web/src/worker.js) loads besides Pyodide's core, in pyodide/
BUNDLE = "site-packages.tar.gz"
SNAPSHOT = "python-snapshot.bin.gz"
#: imported into the snapshot besides the cells' own imports: what the cells and
#: the widgets' warm-ups import later (measured: sys.modules after each page's
#: cells in a restored Python); simplemma alone took 6 s to import in WebKit
SNAPSHOT_EXTRA = ["simplemma", "importlib.resources.readers", "importlib.readers", "unicodedata", "_sha2"]
#: called in the snapshot after the imports ("module:function"): the assessors'
#: warm-up builds simplemma's compact Dutch dictionary (about 5 MB) there, so a
#: page neither reads nor decodes it (in WebKit that took ~9 s after restore);
#: the content's warm-up parses every bundled YAML file (cached) likewise
SNAPSHOT_WARM = ["cpw_widgets.assess:warm_up", "cpw_widgets.content:warm_up"]
# The exercise pages, and the learner's progress page (live the same way).
EXERCISES = sorted((REPO / "notebooks").glob("oefening-*.ipynb")) + [REPO / "notebooks" / "mijn-voortgang.ipynb"]


def run(cmd: list[str], **kw) -> None:
    t = time.monotonic()
    subprocess.run(cmd, check=True, **kw)
    print(f"  ({time.monotonic() - t:.1f} s) {' '.join(str(c) for c in cmd[:6])} ...")


def build_wheels(dest: Path) -> None:
    dest.mkdir(parents=True)
    pins = [f"{name}=={metadata.version(name)}" for name in RUNTIME_DEPS]
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "--only-binary=:all:", "-w", str(dest), *pins])
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(dest), str(REPO)])
    run([sys.executable, str(HERE / "slim_simplemma.py"), str(dest)])
    for whl in sorted(dest.glob("*.whl")):
        if not whl.name.endswith("-py3-none-any.whl"):
            raise SystemExit(f"build_site: {whl.name} is not a pure wheel; Pyodide cannot use it")


def imported_modules(sources: list[str]) -> list[str]:
    """The modules the cells import (absolute imports), in first-seen order."""
    found: list[str] = []
    for source in sources:
        for node in ast.walk(ast.parse(source)):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            found += [n for n in names if n not in found]
    return found


def exercise_pages() -> dict[str, dict]:
    """Page name -> its code cells ({code, shown}) and the modules they import."""
    pages = {}
    for nb_path in EXERCISES:
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        cells = [{"code": "".join(c["source"]),
                  "shown": "remove-cell" not in c.get("metadata", {}).get("tags", [])}
                 for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]
        page = nb_path.relative_to(REPO).with_suffix("").as_posix()
        pages[page] = {"cells": cells, "imports": imported_modules([c["code"] for c in cells])}
    return pages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=REPO / "_build" / "lite")
    ap.add_argument("--work", type=Path, default=REPO / "_build" / "lite-work")
    ap.add_argument("--downloads", type=Path, default=REPO / "_build" / "lite-downloads")
    args = ap.parse_args()
    out, work = args.out.resolve(), args.work.resolve()
    t0 = time.monotonic()

    for d in (out, work):
        if d.exists():
            shutil.rmtree(d)
    work.mkdir(parents=True)
    out.mkdir(parents=True)

    print("lite: wheels")
    build_wheels(work / "wheels")

    print("lite: Pyodide")
    run([sys.executable, str(HERE / "build_pyodide.py"),
         "--npm", str(REPO / "web" / "node_modules" / "pyodide"),
         "--wheels", str(work / "wheels"),
         "--out", str(out / "pyodide"),
         "--download-cache", str(args.downloads)])

    print("lite: bytecode")
    lock_path = out / "pyodide" / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text())
    wheels = [out / "pyodide" / entry["file_name"] for entry in lock["packages"].values()]
    run(["node", str(HERE / "precompile_wheels.mjs"), *map(str, wheels)])
    for entry in lock["packages"].values():
        entry["sha256"] = hashlib.sha256((out / "pyodide" / entry["file_name"]).read_bytes()).hexdigest()
    lock_path.write_text(json.dumps(lock, indent=1) + "\n")
    print("lite: one archive of site-packages, and the snapshot")
    wheels_dir = out.parent / "lite-wheels"
    shutil.rmtree(wheels_dir, ignore_errors=True)
    wheels_dir.mkdir()
    for wheel in wheels:
        shutil.move(wheel, wheels_dir / wheel.name)
    run([sys.executable, str(HERE / "site_bundle.py"), "--out", str(out / "pyodide" / BUNDLE),
         *map(str, sorted(wheels_dir.glob("*.whl")))])
    lock["packages"] = {}
    lock_path.write_text(json.dumps(lock, indent=1) + "\n")
    pages = exercise_pages()
    modules = list(dict.fromkeys([m for page in pages.values() for m in page["imports"]] + SNAPSHOT_EXTRA))
    cells = work / "cells.json"  # every page's cells run once in the snapshot (its warm-up)
    cells.write_text(json.dumps([c["code"] for page in pages.values() for c in page["cells"]]),
                     encoding="utf-8")
    run(["node", str(HERE / "make_snapshot.mjs"), str(out / "pyodide"), str(HERE / "bridge.py"),
         str(out / "pyodide" / SNAPSHOT), f"--cells={cells}", *modules, *SNAPSHOT_WARM])
    site = {"bundle": BUNDLE, "snapshot": SNAPSHOT, "pages": pages}
    (out / "oefeningen.json").write_text(
        json.dumps(site, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(work)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"lite: built {out} ({size / 1e6:.1f} MB) in {time.monotonic() - t0:.0f} s")


if __name__ == "__main__":
    main()
