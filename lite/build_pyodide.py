"""Assemble an offline Pyodide for the exercise pages, from registries only.

What the page's Python (web/src/worker.js) loads, and nothing else:

* the core (pyodide.mjs, pyodide.asm.*, python_stdlib.zip, pyodide-lock.json)
  from the npm package ``pyodide`` (web/node_modules/pyodide, pinned in
  web/package.json);
* the course's wheels (cpw_widgets and its runtime dependencies), added to the
  lock as packages, and the closure of what they depend on in Pyodide's lock:
  pure-Python wheels downloaded from PyPI under the lock's file names (PyPI's
  files differ from Pyodide's CDN copies, so the lock's sha256 is rewritten to
  the downloaded file's).

IPython is left out: ipywidgets imports it, but the page's bridge
(lite/bridge.py) puts a small stand-in in its place (measured: the real one is
2.3 MB more to download and about 3 s more to import). So are micropip and jedi
(no kernel, no completion). The lock is pruned to what is shipped: an import of
anything else fails at once instead of asking a CDN.

    python lite/build_pyodide.py --npm web/node_modules/pyodide \
        --wheels DIR_WITH_COURSE_WHEELS --out SITE_LITE_DIR/pyodide \
        [--download-cache DIR]
"""

from __future__ import annotations

import argparse
import email.parser
import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

#: core files of the npm package that the browser needs (pyodide.js is the
#: classic-script loader; the worker imports pyodide.mjs)
CORE_SKIP = re.compile(r"(\.map|\.d\.ts|\.html|README\.md|package\.json|^pyodide\.js)$")
#: requirements the browser never needs: JupyterLab/Notebook front-end packages,
#: and IPython (lite/bridge.py stands in for the little ipywidgets uses)
NOT_SHIPPED = {"widgetsnbextension", "jupyterlab-widgets", "ipython"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wheel_metadata(wheel: Path) -> tuple[email.message.Message, list[str]]:
    """The wheel's METADATA and its top-level import names."""
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = email.parser.Parser().parsestr(zf.read(meta_name).decode("utf-8"))
        top = next((n for n in names if n.endswith(".dist-info/top_level.txt")), None)
        if top:
            imports = [ln.strip() for ln in zf.read(top).decode().splitlines() if ln.strip()]
        else:
            imports = sorted({n.split("/")[0].removesuffix(".py") for n in names
                              if not n.split("/")[0].endswith((".dist-info", ".data"))
                              and (n.endswith(".py") or "/" in n)})
    return meta, imports


def browser_environment(python: str) -> dict[str, str]:
    env = default_environment()
    env.update({"python_version": ".".join(python.split(".")[:2]), "python_full_version": python,
                "platform_python_implementation": "CPython", "implementation_name": "cpython",
                "sys_platform": "emscripten", "platform_system": "Emscripten",
                "platform_machine": "wasm32", "os_name": "posix"})
    return env


def download(specs: dict[str, str], dest: Path, python: str) -> None:
    """pip-download the named pure wheels (name -> expected file name) into dest."""
    missing = {n: f for n, f in specs.items() if not (dest / f).is_file()}
    if not missing:
        return
    dest.mkdir(parents=True, exist_ok=True)
    reqs = []
    for fname in missing.values():
        dist, version = fname.split("-")[:2]
        reqs.append(f"{dist}=={version}")
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--python-version", ".".join(python.split(".")[:2]), "--implementation", "py",
           "--abi", "none", "--platform", "any", "-q", "-d", str(dest), *reqs]
    subprocess.run(cmd, check=True)
    for name, fname in missing.items():
        if not (dest / fname).is_file():
            raise SystemExit(f"build_pyodide: PyPI gave no {fname} for {name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--npm", type=Path, required=True, help="web/node_modules/pyodide")
    ap.add_argument("--wheels", type=Path, required=True, help="folder of the course's wheels")
    ap.add_argument("--out", type=Path, required=True, help="SITE_LITE_DIR/pyodide")
    ap.add_argument("--download-cache", type=Path, default=None,
                    help="keep wheels downloaded from PyPI here between builds")
    ap.add_argument("--expect-version", default=None,
                    help="fail unless the npm package has this version")
    args = ap.parse_args()

    npm_version = json.loads((args.npm / "package.json").read_text())["version"]
    if args.expect_version and npm_version != args.expect_version:
        raise SystemExit(f"build_pyodide: npm pyodide is {npm_version}, "
                         f"expected {args.expect_version}")
    lock = json.loads((args.npm / "pyodide-lock.json").read_text())
    python = lock["info"]["python"]
    packages: dict = lock["packages"]
    by_norm = {canonicalize_name(k): k for k in packages}
    env = browser_environment(python)

    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    for f in sorted(args.npm.iterdir()):
        if f.is_file() and not CORE_SKIP.search(f.name):
            shutil.copy2(f, args.out / f.name)

    # The course's wheels become lock entries (replacing Pyodide's own build of
    # the same package, e.g. ruamel.yaml).
    extras: dict[str, dict] = {}
    for wheel in sorted(args.wheels.glob("*.whl")):
        meta, imports = wheel_metadata(wheel)
        name = canonicalize_name(meta["Name"])
        depends = []
        for raw in meta.get_all("Requires-Dist") or []:
            req = Requirement(raw)
            if req.marker and not req.marker.evaluate({**env, "extra": ""}):
                continue
            dep = canonicalize_name(req.name)
            if dep in NOT_SHIPPED:
                continue
            depends.append(dep)
        extras[name] = {
            "name": name, "version": meta["Version"], "file_name": wheel.name,
            "install_dir": "site", "sha256": sha256(wheel), "package_type": "package",
            "imports": imports, "depends": depends, "unvendored_tests": False,
        }
        shutil.copy2(wheel, args.out / wheel.name)

    # Closure of what the course's wheels need.
    def key(n: str) -> str:
        return by_norm.get(canonicalize_name(n), canonicalize_name(n))

    needed: set[str] = set()
    todo = [key(d) for e in extras.values() for d in e["depends"]]
    while todo:
        k = todo.pop()
        if k in needed:
            continue
        needed.add(k)
        norm = canonicalize_name(k)
        if norm in extras:
            todo += [key(d) for d in extras[norm]["depends"]]
        elif k in packages:
            todo += [key(d) for d in packages[k]["depends"]]
        else:
            raise SystemExit(f"build_pyodide: {k} is needed but neither shipped nor in the lock")

    from_lock = {k: packages[k]["file_name"] for k in needed
                 if canonicalize_name(k) not in extras}
    for k, fname in from_lock.items():
        if packages[k]["package_type"] != "package" or not fname.endswith("-none-any.whl"):
            raise SystemExit(f"build_pyodide: {k} ({fname}) is not a pure wheel; not on PyPI")
    cache = args.download_cache or (args.out.parent / ".downloads")
    if from_lock:
        download(from_lock, cache, python)

    new_packages = {}
    for k in sorted(needed):
        norm = canonicalize_name(k)
        if norm in extras:
            entry = extras[norm]
            if k in packages:  # keep Pyodide's own import names if it had any
                entry["imports"] = sorted(set(entry["imports"]) | set(packages[k]["imports"]))
            entry["depends"] = [key(d) for d in entry["depends"]]
            new_packages[k] = entry
        else:
            entry = dict(packages[k])
            src = cache / entry["file_name"]
            shutil.copy2(src, args.out / entry["file_name"])
            entry["sha256"] = sha256(src)
            new_packages[k] = entry
    for norm, entry in extras.items():  # shipped but nobody depends on it (cpw-widgets)
        new_packages.setdefault(key(norm), entry)

    lock["packages"] = dict(sorted(new_packages.items()))
    (args.out / "pyodide-lock.json").write_text(json.dumps(lock, indent=1) + "\n")
    total = sum(f.stat().st_size for f in args.out.iterdir())
    print(f"build_pyodide: Pyodide {npm_version} (Python {python}), "
          f"{len(new_packages)} packages in the lock, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
