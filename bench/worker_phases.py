"""Where the exercise page's Python spends its start-up, step by step, per engine.

Serves a small probe page (bench/worker_phases/) beside a built site's
``lite/`` (Pyodide, the course's packages, oefeningen.json) on 127.0.0.1 and
opens it in a fresh browser per run (cold cache). The probe's worker does what
web/src/worker.js does, split into steps it times one by one: importing
pyodide.mjs; loadPyodide (wasm compile and Python's own start); a pure-Python
loop (how fast the engine runs the interpreter); the site-packages, by
``--mode``:

- ``wheels``: each wheel fetched, then unpacked by Pyodide (Python's zipfile),
  as ``loadPyodide({packages})`` did before this bench was written;
- ``bundle``: the one prebuilt archive ``lite/pyodide/site-packages.tar.gz``
  (lite/site_bundle.py) fetched, inflated and written by web/src/site-bundle.mjs
  before Python starts;
- ``snapshot``: as ``bundle``, and Python restored from the memory snapshot
  ``lite/pyodide/python-snapshot.bin.gz`` (lite/make_snapshot.mjs) instead of
  started: the imports are then done already;
- ``loadpackage``: ``pyodide.loadPackage`` of all of them at once;

then each module import, the page's cells, and the page process's memory.
Prints the median (min-max) per step and the modules the page holds.

    .venv/bin/python bench/worker_phases.py [--html _build/html] [--engine webkit]
        [--mode wheels] [--runs 3] [--page notebooks/oefening-intake-intervisie]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browser.engines import launch  # noqa: E402


def serve(html: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    routes = {"/probe/site-bundle.mjs": REPO / "web" / "src" / "site-bundle.mjs",
              "/bridge.py": REPO / "lite" / "bridge.py",
              "/oefeningen.json": html / "lite" / "oefeningen.json"}
    dirs = {"/probe/": REPO / "bench" / "worker_phases", "/pyodide/": html / "lite" / "pyodide"}

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                          ".mjs": "text/javascript", ".js": "text/javascript",
                          ".wasm": "application/wasm"}

        def log_message(self, *args):
            pass

        def translate_path(self, path):
            path = path.split("?")[0]
            if path in routes:
                return str(routes[path])
            for prefix, folder in dirs.items():
                if path.startswith(prefix):
                    return str(folder / path[len(prefix):])
            return "/nonexistent"

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory="/"))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def one_run(engine: str, base: str, mode: str, page: str) -> dict:
    with launch(engine, allowed=base) as d:
        d.open(f"{base}probe/index.html?mode={mode}&page={page}")
        d.wait_for("return window.probe && window.probe.done", timeout=300, interval=0.5)
        time.sleep(1.0)
        result = d.js("return window.probe")
        result["rss_mb"] = (d.page_rss() or 0) / 2**20
    if result.get("error"):
        raise SystemExit(f"{engine}: the probe failed: {result['error']}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--html", type=Path, default=REPO / "_build" / "html")
    ap.add_argument("--engine", default="webkit")
    ap.add_argument("--mode", default="wheels", choices=["wheels", "bundle", "snapshot", "loadpackage"])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--page", default="notebooks/oefening-intake-intervisie")
    args = ap.parse_args()
    server, base = serve(args.html)
    runs = []
    try:
        for n in range(args.runs):
            load = os.getloadavg()[0]
            r = one_run(args.engine, base, args.mode, args.page)
            r["load"] = load
            runs.append(r)
            total = max(m["at"] for m in r["marks"])
            print(f"run {n + 1}: {total / 1000:.2f} s to the end, load {load:.2f}", flush=True)
    finally:
        server.shutdown()
    print(f"\n{args.engine}, mode {args.mode}, {args.runs} runs (cold), Pyodide {runs[0].get('version')}; "
          f"load average {min(r['load'] for r in runs):.2f}-{max(r['load'] for r in runs):.2f}; "
          "ms, median (min-max)")
    names = [m["name"] for m in runs[0]["marks"]]
    for name in names:
        vals = [next((m.get("ms") for m in r["marks"] if m["name"] == name), None) for r in runs]
        vals = [v for v in vals if v is not None]
        if vals:
            print(f"  {name:52} {statistics.median(vals):8.0f} ({min(vals):.0f}-{max(vals):.0f})")
    ends = [max(m["at"] for m in r["marks"]) for r in runs]
    print(f"  {'total, worker start to the end':52} {statistics.median(ends):8.0f} ({min(ends):.0f}-{max(ends):.0f})")
    rss = [r["rss_mb"] for r in runs]
    print(f"  {'page process RSS at the end (MiB)':52} {statistics.median(rss):8.0f} ({min(rss):.0f}-{max(rss):.0f})")
    mods = runs[0]["modules"]
    print(f"  sys.modules after the cells: {sum(c for _, c in mods)} modules; by top package: "
          + ", ".join(f"{n} {c}" for n, c in mods[:25]))


if __name__ == "__main__":
    main()
