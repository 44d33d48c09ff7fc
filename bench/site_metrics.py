"""Measure the built course site as a learner's browser meets it, per phase.

Builds nothing: serves each site given (default: after=_build/html) from this
process on 127.0.0.1, with a server that counts the bytes it sends (to workers
too), and opens its exercise pages in a browser: Debian's chromium through
Playwright (bench/chromium.py), or, with ``--engine engines:NAME``, any engine
of the browser tests' drivers (tests/browser/engines.py: firefox, webkit, ...).
Every other host is unreachable or recorded. Per site it prints medians
(min-max) over the runs of:

- cold (a fresh profile), warm (the same profile, second visit) and, where the
  site prefetches, "prefetched" (a fresh profile that first read a chapter
  page and let it prefetch): time from opening a page with three exercises to
  each of them live (scrolled to in turn, as a learner does), and what was
  downloaded until then;
- the 2nd and 3rd exercise's time after the 1st, and each cell's time in the
  page's Python (window.oefenplaats.cells), of which posting to the page;
- the phases the page records (window.oefenplaats.timings, performance marks
  "oefening:*"): snapshot shown, Pyodide's core downloaded and started, Python
  and packages loaded, imports, answers read, bridge ready, first cell run,
  widget render (sites without these marks show "-");
- page memory (JS heap of the page where the engine tells it, RSS of the
  process that renders the page, which holds the workers and Pyodide's memory,
  and the unshared part of that RSS: without the engine's libraries, which
  every page maps) of a chapter page without Python (once it prefetched: what
  the browser costs anyway); of a page with one live exercise in a fresh
  browser, 15 s after it went live; of that page opened right after the page
  with three (the engine may not have given back the memory of the page it
  left yet); and with three live exercises, at once and 15 s later (once the
  widgets' warm-ups ran);
- the time from a click on "Controleer" to the feedback.

    .venv/bin/python bench/site_metrics.py [--site after=_build/html]
        [--site before=/path/to/main/_build/html] [--runs 3] [--engine chromium]

"before" is any earlier build of the site (e.g. `make book` in a checkout of
main). Targets (issue 11, not asserted anywhere): live within 3 s warm and 6 s
cold in Chromium, the 2nd and 3rd exercise within 1 s of the first, feedback
within 200 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import importlib
import os
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

THREE = "notebooks/oefening-intake-intervisie"   # three exercises
ONE = "notebooks/oefening-vragenronde"           # one exercise
CLICK = "notebooks/oefening-progressieverzoek"   # a text, "Controleer", feedback
CHAPTER = "book/04-progressieverzoek"            # a page without exercises
REQUEST = "Zou je om negen uur willen beginnen? Dan zijn we op tijd klaar."
SETTLE = 15.0  # seconds after the 3 exercises went live: memory once the warm-ups ran

# Function bodies for driver.js(body, *args) (``arguments[i]``, ``return``).
# The widgets of exercise i: in the page (this runtime) or in its iframe (the JupyterLite one).
SCOPE = """(i) => {
  const box = document.querySelectorAll('.oefening-live')[i];
  if (!box) return null;
  const frame = box.querySelector('iframe');
  return frame ? frame.contentDocument : box.querySelector('.oefening-uitvoer');
}"""
SHOW = ("const b = document.querySelectorAll('.oefening-live')[arguments[0]];"
        " if (b) b.scrollIntoView({block: 'center'}); return !!b;")
IS_LIVE = ("const b = document.querySelectorAll('.oefening-live')[arguments[0]];"
           " return !!b && b.dataset.state === 'live';")
TIMINGS = "return (window.oefenplaats && window.oefenplaats.timings) || {};"
#: per cell number: {ms, post_ms, msgs} (sites before these figures: none)
CELLS = "return (window.oefenplaats && window.oefenplaats.cells) || {};"
PREFETCHED = "return performance.getEntriesByName('oefening:voorgeladen').length > 0;"
FEEDBACK = """const [i, text] = [arguments[0], arguments[1]];
return (async () => {
  const scope = (%s)(i);
  const area = scope.querySelector('textarea');
  area.value = text;
  area.dispatchEvent(new Event('input', {bubbles: true}));
  area.dispatchEvent(new Event('change', {bubbles: true}));
  await new Promise((r) => setTimeout(r, 300));
  const root = scope.querySelector('.jupyter-widgets');
  const button = [...scope.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Controleer');
  const before = root.innerText;
  const t0 = performance.now();
  button.click();
  return await new Promise((resolve) => {
    const done = () => /Poging \\d/.test(root.innerText) && root.innerText !== before;
    const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); resolve(performance.now() - t0); } });
    obs.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
    setTimeout(() => { obs.disconnect(); resolve(null); }, 60000);
  });
})();""" % SCOPE

#: (label, how to compute it from the timings in ms) of the phases a page records
PHASES = [
    ("snapshot shown (usable)", lambda t: t.get("static")),
    ("worker started", lambda t: t.get("worker")),
    ("Pyodide core: download + start", lambda t: _d(t, "pyodide", "worker")),
    ("Python + packages loaded", lambda t: _d(t, "packages", "pyodide")),
    ("  of which: Python restored from the snapshot", lambda t: _d(t, "restored", "pyodide")),
    ("imports (ipywidgets, cpw_widgets)", lambda t: _d(t, "imports", "packages")),
    ("answers read (IndexedDB)", lambda t: _d(t, "storage", "imports")),
    ("bridge ready (since open)", lambda t: t.get("storage")),
    ("1st cell run", lambda t: _d(t, "cell-1", "storage")),
    ("1st widget render + carry-over", lambda t: _d(t, "live-1", "cell-1")),
]


def _d(t: dict, a: str, b: str):
    return t[a] - t[b] if a in t and b in t else None


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.bytes = 0
        self.requests = 0

    def reset(self) -> tuple[int, int]:
        with self.lock:
            out = (self.bytes, self.requests)
            self.bytes = self.requests = 0
            return out


def serve(html: Path, counter: Counter):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send_response(self, code, message=None):
            with counter.lock:
                counter.requests += 1
            super().send_response(code, message)

        def copyfile(self, source, outputfile):
            try:
                while chunk := source.read(64 * 1024):
                    outputfile.write(chunk)
                    with counter.lock:
                        counter.bytes += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the browser left the page

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def open_exercises(driver, base: str, page: str, count: int) -> list[float]:
    """Seconds from opening ``page`` to each of its first ``count`` exercises live."""
    t0 = time.perf_counter()
    driver.open(f"{base}{page}.html")
    times = []
    for i in range(count):
        driver.wait_for(SHOW, i, timeout=60)
        driver.wait_for(IS_LIVE, i, timeout=180)
        times.append(time.perf_counter() - t0)
    return times


def visit(driver, base: str, counter: Counter, page: str, count: int) -> dict:
    counter.reset()
    live = open_exercises(driver, base, page, count)
    return {"live": live, "bytes": counter.reset(), "timings": driver.js(TIMINGS), "cells": driver.js(CELLS)}


def memory(driver) -> dict:
    heap = driver.js_heap() if hasattr(driver, "js_heap") else None
    rss = driver.page_rss()
    private = driver.page_private()
    return {"js_heap_mb": heap / 2**20 if heap else None, "rss_mb": rss / 2**20 if rss else None,
            "private_mb": private / 2**20 if private else None}


def measure_run(launch, base: str, counter: Counter, prefetches: bool, out: dict) -> None:
    """One run on one site; appends to ``out``'s lists."""
    with browser(launch, base, out) as d:
        out["engine"] = f"{d.name} {getattr(d, 'version', '')}".strip()
        out["cold"].append(visit(d, base, counter, THREE, 3))
        time.sleep(1.0)
        out["mem3"].append(memory(d))
        time.sleep(SETTLE)  # the widgets' warm-ups (the Dutch dictionary) have run by now
        out["mem3_settled"].append(memory(d))
        d.open("about:blank")
        out["warm"].append(visit(d, base, counter, THREE, 3))
        visit(d, base, counter, ONE, 1)
        time.sleep(1.0)
        out["mem1_after3"].append(memory(d))
        visit(d, base, counter, CLICK, 1)
        out["click"].append(d.js(FEEDBACK, 0, REQUEST))
        time.sleep(3.0)
        out["click_later"].append(d.js(FEEDBACK, 0, REQUEST + " Dank je."))
    with browser(launch, base, out) as d:  # a page with one exercise in a browser that showed nothing else
        visit(d, base, counter, ONE, 1)
        time.sleep(SETTLE)
        out["mem1"].append(memory(d))
    if prefetches:
        with browser(launch, base, out) as d:
            d.open(f"{base}{CHAPTER}.html")
            try:
                d.wait_for(PREFETCHED, timeout=120)
            except TimeoutError:
                print("  (the chapter page did not finish prefetching)")
            out["mem0"].append(memory(d))  # what the page costs without any Python
            out["prefetched"].append(visit(d, base, counter, THREE, 3))


@contextlib.contextmanager
def browser(launch, base: str, out: dict):
    """A fresh browser for one part of a run; its requests to other hosts are
    added to ``out`` and it is closed, whatever happens."""
    d = launch(base)
    try:
        yield d
        out["outside"] += d.outside_requests()
    finally:
        close(d)


def close(driver) -> None:
    """Close the browser; a driver that fails to shut down loses no figures
    (WebKitWebDriver once reset the connection on quit, ending a 14-minute run)."""
    try:
        driver.close()
    except Exception as err:  # noqa: BLE001 - the figures are what matters here
        print(f"  (closing {driver.name} failed: {err!r})", flush=True)


def launcher(spec: str):
    """``chromium`` (bench/chromium.py) or ``engines:NAME`` (tests/browser/engines.py)."""
    if spec.startswith("engines:"):
        sys.path.insert(0, str(REPO / "tests"))
        from browser import engines

        name = spec.split(":", 1)[1]
        return (lambda base: engines.launch(name, allowed=base)), lambda: None
    module = importlib.import_module(spec)
    return (lambda base: module.launch(allowed=base)), module.stop


def fmt(values, unit: str = "s", scale: float = 1.0, digits: int = 1) -> str:
    vals = [v * scale for v in values if v is not None]
    if not vals:
        return "-"
    med = statistics.median(vals)
    if len(vals) == 1:
        return f"{med:.{digits}f} {unit}"
    return f"{med:.{digits}f} {unit} ({min(vals):.{digits}f}-{max(vals):.{digits}f})"


def median_of(visits: list[dict], cell: int, key: str) -> str:
    """Median seconds of one figure of ``cell`` (window.oefenplaats.cells) over the visits."""
    vals = [v["cells"][str(cell)][key] for v in visits if str(cell) in v.get("cells", {})]
    return f"{statistics.median(vals) / 1000:.2f} s" if vals else "-"


def report(label: str, html: Path, data: dict) -> None:
    lite = html / "lite"
    print(f"\n== {label}: {html} ==")
    print(f"Site {dir_size(html) / 1e6:.1f} MB; lite/ (Python in the browser) {dir_size(lite) / 1e6:.1f} MB")
    modes = [m for m in ("cold", "warm", "prefetched") if data[m]]
    print(f"{'':44}" + "".join(f"{m:>24}" for m in modes))
    for n in range(3):
        print(f"{f'exercise {n + 1} live (since open)':44}" +
              "".join(f"{fmt([v['live'][n] for v in data[m]]):>24}" for m in modes))
    for n in (1, 2):  # target: within 1 s of the first
        print(f"{f'exercise {n + 1} live after the 1st':44}" +
              "".join(f"{fmt([v['live'][n] - v['live'][0] for v in data[m]], 's', 1, 2):>24}" for m in modes))
    for n in (1, 2, 3):  # the cell's time in the page's Python, and of it posting to the page
        print(f"{f'cell {n}: in Python / of which posting (median)':44}" + "".join(
            f"{median_of(data[m], n, 'ms') + ' / ' + median_of(data[m], n, 'post_ms'):>24}" for m in modes))
    print(f"{'download until live':44}" + "".join(
        f"{fmt([v['bytes'][0] for v in data[m]], 'MB', 1e-6):>24}" for m in modes))
    print(f"{'requests until live':44}" + "".join(
        f"{fmt([v['bytes'][1] for v in data[m]], '', 1, 0):>24}" for m in modes))
    for name, fn in PHASES:
        print(f"{name:44}" + "".join(
            f"{fmt([fn(v['timings']) for v in data[m]], 's', 1e-3, 2):>24}" for m in modes))
    for key, text in (("mem0", "a chapter page, no Python"), ("mem1", f"1 live, {SETTLE:.0f} s later"),
                      ("mem1_after3", "1 live, after the 3-exercise page"), ("mem3", "3 live exercises"),
                      ("mem3_settled", f"3 live, {SETTLE:.0f} s later")):
        for part, field in (("JS heap", "js_heap_mb"), ("process RSS", "rss_mb"), ("unshared", "private_mb")):
            label = f"page memory, {text}: {part}"
            print(f"{label:60}{fmt([m.get(field) for m in data[key]], 'MB', 1, 0):>12}")
    print(f"{'click Controleer -> feedback, at once':44}{fmt(data['click'], 'ms', 1, 0):>24}")
    print(f"{'click Controleer -> feedback, 3 s later':44}{fmt(data['click_later'], 'ms', 1, 0):>24}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", action="append", default=[],
                    help="LABEL=PATH of a built site (default: after=_build/html)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engine", default="chromium",
                    help="chromium (bench/chromium.py) or engines:NAME (tests/browser/engines.py)")
    args = ap.parse_args()
    sites = [s.split("=", 1) for s in (args.site or [f"after={REPO / '_build' / 'html'}"])]
    launch, stop = launcher(args.engine)
    print(f"Load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    runs = []
    for label, path in sites:
        html = Path(path)
        counter = Counter()
        server, base = serve(html, counter)
        data = {k: [] for k in ("cold", "warm", "prefetched", "mem0", "mem1", "mem1_after3", "mem3", "mem3_settled", "click", "click_later",
                                "outside")}
        runs.append((label, html, server, counter, base, data))
    try:
        for n in range(args.runs):  # the sites take turns, so a busy minute hits each
            for label, html, _, counter, base, data in runs:
                print(f"run {n + 1}: {label}", flush=True)
                measure_run(launch, base, counter, (html / "lite" / "voorladen.json").is_file(), data)
    finally:
        stop()
        for run in runs:
            run[2].shutdown()
    for label, html, _, _, _, data in runs:
        print(f"\nEngine: {data.get('engine', args.engine)}; {args.runs} runs; medians (min-max)")
        report(label, html, data)
        print(f"Requests to outside hosts: {len(data['outside'])}" +
              (f" {data['outside'][:5]}" if data["outside"] else ""))
    print(f"Load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
