"""Time to a live exercise, and page memory, in Firefox ESR and WebKit.

For each exercise page: a cold visit (a new browser with a fresh profile: empty
cache) and a warm one (the same browser opening the page again, as a returning
learner). Prints per visit:

- the time from the start of navigation to each exercise of the page being live
  (the runtime's own figure when it publishes one, ``window.oefenplaats``;
  otherwise the moment the page saw the box turn live);
- the runtime's phase marks (``performance`` marks ``oefening:*``: start,
  pyodide, packages, imports, cell-N, live ...), when it sets them;
- the page's memory where the engine lets us read it: the resident size of
  WebKit's WebKitWebProcess, of Firefox's content process of the page, from
  /proc, once the first exercise is live and once all are;
- the bytes the site served for the visit.

Chromium's figures come from bench/site_metrics.py (Playwright turns the HTTP
cache off when it routes requests, as the test driver does).

The exercises of a page are scrolled into view one after the other (the
JupyterLite runtime starts an exercise only when it comes near the screen).
Nothing here is a pass/fail: the targets of issue 11 are printed beside the
figures.

    .venv/bin/python bench/engine_metrics.py [--html _build/html] [--engines firefox,webkit]
        [--pages oefening-progressieverzoek,oefening-interventie] [--runs 1]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browser import live_dom  # noqa: E402
from browser.engines import ENGINES, EngineMissing, launch  # noqa: E402

PAGES = ["oefening-progressieverzoek", "oefening-interventie", "oefening-cirkeltechniek"]
TARGETS = ("targets (issue 11): WebKit live <= 8 s warm; the 2nd and 3rd exercise within 1 s "
           "of the first; WebKit page memory with three live exercises <= 500 MB")


class Server(http.server.ThreadingHTTPServer):
    """The built site on 127.0.0.1, counting the bytes it sends."""
    sent = 0


def serve(html: Path) -> Server:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def copyfile(self, source, outputfile):
            try:
                while chunk := source.read(64 * 1024):
                    outputfile.write(chunk)
                    self.server.sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass      # the browser went on to another page

    server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def runtime_of(html: Path) -> str:
    if (html / "lite" / "repl").is_dir():
        return "JupyterLite REPL per exercise (one Pyodide per exercise, in an iframe)"
    return "one Pyodide per page in a Web Worker, widgets in the page"


def visit(driver, url: str, timeout: float) -> dict:
    """Open ``url``, bring every exercise live (in page order); the figures."""
    driver.open(url)
    live_dom.watch_live(driver)
    # The runtime makes its boxes after the load event (the older one once it
    # has read lite/oefeningen.json): wait for them before counting.
    boxes = driver.wait_for("return document.querySelectorAll('.oefening-live').length;",
                            timeout=30, what="the exercise boxes")
    rss_first = rss_all = None
    for index in range(boxes):
        try:
            live_dom.wait_live(driver, index, timeout=timeout)
        except (TimeoutError, AssertionError) as e:
            print(f"    exercise {index + 1}: {str(e).splitlines()[0][:160]}")
            break
        if index == 0:
            rss_first = driver.page_rss()
    else:
        rss_all = driver.page_rss()
    return {"live": live_dom.live_times(driver), "marks": live_dom.phase_marks(driver),
            "rss_first": rss_first, "rss_all": rss_all, "boxes": boxes}


def seconds(ms) -> str:
    return "—" if ms is None else f"{ms / 1000:.1f}"


def mib(size) -> str:
    return "—" if size is None else f"{size / 2 ** 20:.0f}"


def report(engine: str, page: str, kind: str, figures: dict, sent: int) -> None:
    live = figures["live"]
    firsts = [t for t in live if t is not None]
    spread = (f"; last {seconds(max(firsts) - min(firsts))} s after the first"
              if len(firsts) > 1 else "")
    print(f"  {engine:<15} {page:<28} {kind:<4} live (s): {' '.join(seconds(t) for t in live):<24}"
          f" memory MiB first/all: {mib(figures['rss_first'])}/{mib(figures['rss_all'])}"
          f"  served {sent / 1e6:.1f} MB{spread}")
    marks = figures["marks"]["marks"]
    if marks:
        print("      marks (s): " + ", ".join(f"{k} {v / 1000:.2f}"
                                             for k, v in sorted(marks.items(), key=lambda kv: kv[1])))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--html", type=Path, default=REPO / "_build" / "html")
    ap.add_argument("--engines", default="firefox,webkit",
                    help=f"comma-separated, of: {', '.join(n for n in ENGINES if 'nowasm' not in n)}")
    ap.add_argument("--pages", default=",".join(PAGES))
    ap.add_argument("--runs", type=int, default=1, help="cold+warm pairs per engine and page")
    ap.add_argument("--timeout", type=float, default=240, help="seconds per exercise")
    args = ap.parse_args()

    html = args.html.resolve()
    if not (html / "lite").is_dir():
        sys.exit(f"{html} has no lite/: build the site first (make book)")
    print(f"Site: {html}\nRuntime: {runtime_of(html)}\n{TARGETS}")
    server = serve(html)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        for engine in args.engines.split(","):
            for page in args.pages.split(","):
                for _ in range(args.runs):
                    try:
                        driver = launch(engine, allowed=base)
                    except EngineMissing as e:
                        print(f"  {engine}: skipped ({e})")
                        break
                    try:
                        url = f"{base}notebooks/{page}.html"
                        server.sent = 0
                        report(engine, page, "cold", visit(driver, url, args.timeout), server.sent)
                        driver.open("about:blank")
                        time.sleep(1)
                        server.sent = 0
                        report(engine, page, "warm", visit(driver, url, args.timeout), server.sent)
                        outside = driver.outside_requests()
                        if outside:
                            print(f"      requests to outside hosts: {outside}")
                    except Exception as e:        # a crashed browser: say so, go on
                        print(f"  {engine:<15} {page:<28} failed: {type(e).__name__}: {str(e)[:200]}")
                    finally:
                        driver.close()
                    sys.stdout.flush()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
