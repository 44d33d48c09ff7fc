"""Build the in-browser Python part of the course site (JupyterLite), offline.

Always a clean build (an incremental JupyterLite build once lost ``pyodideUrl``):
the staging folder and the output are removed first. Steps:

1. wheels of ``cpw_widgets`` (built from this repository with hatchling) and of
   its runtime dependencies ipywidgets, comm and ruamel.yaml, at the versions
   installed in the venv (``pip wheel``); a slimmed simplemma wheel with only
   the Dutch dictionary (lite/slim_simplemma.py);
2. an offline Pyodide from the npm package plus PyPI wheels, with those wheels
   in its lock (lite/build_pyodide.py);
3. ``jupyter lite build`` of only the REPL app, with only the Pyodide kernel
   and the ipywidgets manager as extensions (never nbgrader's);
4. ``oefeningen.json``: for each exercise notebook, the code the live page runs
   (its code cells, in order), read by web/static/oefening-live.js.

    python lite/build_site.py --out _build/lite
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RUNTIME_DEPS = ["ipywidgets", "comm", "ruamel.yaml"]
EXTENSIONS = ["@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager"]
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


def exercise_code() -> dict[str, dict]:
    """Page name -> the code the live exercise runs (all code cells, in order)."""
    pages = {}
    for nb_path in EXERCISES:
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        cells = ["".join(c["source"]) for c in nb["cells"]
                 if c["cell_type"] == "code" and "".join(c["source"]).strip()]
        page = nb_path.relative_to(REPO).with_suffix("").as_posix()
        pages[page] = {"code": cells}
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
    shutil.copy2(HERE / "jupyter-lite.json", work / "jupyter-lite.json")
    # Only the extensions the REPL needs, from the venv (sys.prefix ones are ignored).
    labext = Path(sys.prefix) / "share" / "jupyter" / "labextensions"
    config = json.loads((HERE / "jupyter_lite_config.json").read_text())
    config["LiteBuildConfig"]["federated_extensions"] = [str(labext / e) for e in EXTENSIONS]
    (work / "jupyter_lite_config.json").write_text(json.dumps(config, indent=2))

    print("lite: wheels")
    build_wheels(work / "wheels")

    print("lite: Pyodide")
    kernel_constants = __import__("jupyterlite_pyodide_kernel.constants", fromlist=["x"])
    run([sys.executable, str(HERE / "build_pyodide.py"),
         "--npm", str(REPO / "web" / "node_modules" / "pyodide"),
         "--expect-version", kernel_constants.PYODIDE_VERSION,
         "--wheels", str(work / "wheels"),
         "--out", str(work / "static" / "pyodide"),
         "--download-cache", str(args.downloads)])

    print("lite: jupyter lite build")
    env = {**os.environ, "JUPYTERLITE_NO_LIBARCHIVE": "1"}
    run([sys.executable, "-m", "jupyter", "lite", "build", "--lite-dir", str(work),
         "--output-dir", str(out)], cwd=work, env=env)
    (work / ".jupyterlite.doit.db").unlink(missing_ok=True)

    # The kernel must use the local Pyodide, never a CDN.
    cfg = json.loads((out / "jupyter-lite.json").read_text())
    kernel = cfg["jupyter-config-data"]["litePluginSettings"][
        "@jupyterlite/pyodide-kernel-extension:kernel"]
    if not kernel.get("pyodideUrl", "").startswith("./"):
        raise SystemExit(f"build_site: pyodideUrl is not local: {kernel.get('pyodideUrl')!r}")
    if (out / "extensions" / "@jupyter" / "nbgrader").exists():
        raise SystemExit("build_site: nbgrader's extension leaked into the lite site")

    # The app page: Dutch, and its own icon (browsers otherwise ask /favicon.ico).
    repl = out / "repl" / "index.html"
    html = repl.read_text(encoding="utf-8")
    html = re.sub(r"<html[^>]*>", '<html lang="nl">', html, count=1)
    html = html.replace("<title>REPLite</title>", "<title>Oefening</title>", 1)
    html = html.replace("<head>", '<head>\n  <link rel="icon" type="image/png" '
                        'href="../icon-120x120.png">', 1)
    repl.write_text(html, encoding="utf-8")

    (out / "oefeningen.json").write_text(
        json.dumps(exercise_code(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"lite: built {out} ({size / 1e6:.1f} MB) in {time.monotonic() - t0:.0f} s")


if __name__ == "__main__":
    main()
