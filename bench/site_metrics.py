"""Measure the built course site as a learner's browser meets it.

Prints:
- the site's size (total, and the in-browser Python part under lite/);
- what the browser downloads to open an exercise page until it is live
  (cold: empty cache; warm: the same browser opening it again);
- the time from opening an exercise page to a live exercise (cold, warm);
- the time from a click on "Controleer" to the feedback;
- axe-core's violations per page (by impact).

Uses the site `make book` built (_build/html), served from this process on
127.0.0.1 with a server that counts the bytes it sends (also to workers),
and Debian's chromium with every other host blocked.

    .venv/bin/python bench/site_metrics.py [--html _build/html] [--runs 3]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import statistics
import sys
import shutil
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browser.livesite import AXE, CHROMIUM, CHROMIUM_ARGS, EXERCISES, toc_pages  # noqa: E402

PAGE = "notebooks/oefening-progressieverzoek"


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.bytes = 0
        self.requests = 0
        self.paths: list[tuple[str, int]] = []

    def reset(self) -> tuple[int, int]:
        with self.lock:
            out = (self.bytes, self.requests)
            self.bytes = self.requests = 0
            self.paths = []
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
            with counter.lock:
                counter.paths.append((self.path, self.code if hasattr(self, "code") else 0))
            try:
                while chunk := source.read(64 * 1024):
                    outputfile.write(chunk)
                    with counter.lock:
                        counter.bytes += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the browser left the page (it navigates on)

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


VIEWPORT = {"width": 1200, "height": 900}


def watch(ctx, base: str, outside: list[str]):
    """No request routing here: Playwright turns the HTTP cache off when it routes,
    and the warm figures need it. Other hosts cannot be reached anyway (the
    chromium flags resolve no host but 127.0.0.1); asking for one is recorded."""
    ctx.on("request", lambda req: None if req.url.startswith((base, "data:", "blob:", "about:"))
           else outside.append(req.url))
    return ctx


def new_context(browser, base: str, outside: list[str]):
    return watch(browser.new_context(viewport=VIEWPORT), base, outside)


def new_profile(pw, base: str, outside: list[str]):
    """A browser with a fresh profile on disk, as a learner's own browser: its
    disk cache keeps Pyodide's 9.5 MB wasm for the next visit (a throwaway
    in-memory context does not store entries that big, so "warm" there still
    downloads it)."""
    folder = tempfile.mkdtemp(prefix="cpw-profile-")
    ctx = pw.chromium.launch_persistent_context(folder, executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                viewport=VIEWPORT)
    return watch(ctx, base, outside), folder


def open_live(page, url: str) -> float:
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_function(
        "() => document.querySelector('.oefening-live')?.dataset.state === 'live'",
        timeout=180_000)
    return time.perf_counter() - t0


def click_to_feedback(page, pause: float = 0.0) -> float:
    """Seconds from a click on Controleer to the feedback; first ``pause``
    seconds pass after the exercise went live (a learner reading and typing)."""
    frame = page.locator(".oefening-live iframe").first.element_handle().content_frame()
    time.sleep(pause)
    frame.locator("textarea").first.fill(
        "Zou je om negen uur willen beginnen? Dan zijn we op tijd klaar.")
    frame.locator("textarea").first.blur()
    button = frame.locator("button.widget-button.mod-primary").first
    before = frame.evaluate("() => document.querySelector('.jupyter-widgets').innerText")
    t0 = time.perf_counter()
    button.click()
    frame.wait_for_function(
        "b => document.querySelector('.jupyter-widgets').innerText !== b "
        "&& /Poging \\d/.test(document.querySelector('.jupyter-widgets').innerText)",
        arg=before, timeout=60_000)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--html", type=Path, default=REPO / "_build" / "html")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--verbose", action="store_true", help="list what a warm load downloads")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    html = args.html
    lite = html / "lite"
    pyodide = lite / "static" / "pyodide"
    print(f"Site: {dir_size(html) / 1e6:.1f} MB in total; lite/ (Python in the browser) "
          f"{dir_size(lite) / 1e6:.1f} MB, of which Pyodide + wheels {dir_size(pyodide) / 1e6:.1f} MB")
    wheels = sorted(pyodide.glob("*.whl"), key=lambda p: -p.stat().st_size)
    print("  largest wheels: " + ", ".join(f"{w.name} {w.stat().st_size / 1e3:.0f} kB"
                                           for w in wheels[:4]))

    counter = Counter()
    server, base = serve(html, counter)
    outside: list[str] = []
    cold, warm, cold_bytes, warm_bytes, clicks, later_clicks = [], [], [], [], [], []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for _ in range(args.runs):
                ctx, profile = new_profile(pw, base, outside)
                page = ctx.pages[0] if ctx.pages else ctx.new_page()
                counter.reset()
                cold.append(open_live(page, f"{base}{PAGE}.html"))
                cold_bytes.append(counter.reset())
                clicks.append(click_to_feedback(page))
                page.goto("about:blank")
                counter.reset()
                warm.append(open_live(page, f"{base}{PAGE}.html"))
                if args.verbose:
                    print("  warm downloads:", sorted({p.split("?")[0] for p, _ in counter.paths}))
                warm_bytes.append(counter.reset())
                later_clicks.append(click_to_feedback(page, pause=5.0))
                ctx.close()
                shutil.rmtree(profile, ignore_errors=True)

            med = statistics.median
            print(f"Exercise page ({PAGE}), {args.runs} runs, medians:")
            print(f"  download until live: cold {med(b for b, _ in cold_bytes) / 1e6:.1f} MB "
                  f"in {med(n for _, n in cold_bytes):.0f} requests; "
                  f"warm {med(b for b, _ in warm_bytes) / 1e6:.2f} MB "
                  f"in {med(n for _, n in warm_bytes):.0f} requests")
            print(f"  page open -> live exercise: cold {med(cold):.1f} s "
                  f"(min {min(cold):.1f}, max {max(cold):.1f}); warm {med(warm):.1f} s "
                  f"(min {min(warm):.1f}, max {max(warm):.1f})")
            for label, times in (("right after live", clicks), ("5 s after live", later_clicks)):
                print(f"  click 'Controleer' -> feedback, {label}: {med(times) * 1000:.0f} ms "
                      f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")

            print("axe-core per page (violations by impact; live exercise frames included):")
            ctx = new_context(browser, base, outside)
            page = ctx.new_page()
            for name in toc_pages() + ["search", "genindex"]:
                page.goto(f"{base}{name}.html")
                targets = [("", page)]
                if name in EXERCISES:
                    page.wait_for_function(
                        "() => document.querySelector('.oefening-live')?.dataset.state === 'live'",
                        timeout=180_000)
                    frame = page.locator(".oefening-live iframe").first.element_handle().content_frame()
                    targets.append((" (live frame)", frame))
                for label, target in targets:
                    target.add_script_tag(path=str(AXE))
                    impacts = target.evaluate(
                        "async () => (await axe.run(document.querySelector('.jp-CodeConsole-content') "
                        "|| document, {iframes: false, resultTypes: ['violations']}))"
                        ".violations.map(v => v.impact + ':' + v.id)")
                    summary = ", ".join(sorted(impacts)) or "none"
                    print(f"  {name}{label}: {summary}")
            ctx.close()
            browser.close()
    finally:
        server.shutdown()
    print(f"Requests to outside hosts: {len(outside)}" + (f" {outside[:5]}" if outside else ""))


if __name__ == "__main__":
    main()
