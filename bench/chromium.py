"""Chromium for the benches: Debian's chromium driven by Playwright, one profile
on disk per session (as a learner's own browser: its disk cache keeps
Pyodide's wasm for a second visit; an in-memory context does not keep entries
that big).

The bench (bench/site_metrics.py) needs only this of an engine, so another one
(Firefox over WebDriver BiDi, WebKit over Selenium: tests/browser/engines.py)
can be plugged in with a class offering the same methods:

    engine = Engine(); engine.start()
    session = engine.session(base)    # a fresh profile; requests outside base are recorded
    session.open(url); session.js(expression, arg); session.wait(expression, arg, timeout_s)
    session.memory() -> {"js_heap_mb": float | None, "rss_mb": float | None}
    session.close(); engine.stop()

``js`` evaluates a JavaScript function expression (it may be async) and returns
its JSON value. No request routing here: Playwright turns the HTTP cache off when
it routes. No host but 127.0.0.1 resolves (the flags), and requests to other
hosts are recorded in ``outside``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from browser.livesite import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

VIEWPORT = {"width": 1200, "height": 900}


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _renderers(profile: str) -> list[int]:
    """Renderer processes (pages, not the browser's own UI) of the browser on ``profile``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            # Chromium rewrites its command line as one string (its process title).
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ") + b" "
        except OSError:
            continue
        if (b"--type=renderer " in cmd and b"--top-chrome-webui" not in cmd
                and f"--user-data-dir={profile} ".encode() in cmd):
            found.append(int(entry.name))
    return found


class Session:
    def __init__(self, pw, outside: list[str], base: str):
        self.profile = tempfile.mkdtemp(prefix="cpw-profile-")
        self.ctx = pw.chromium.launch_persistent_context(
            self.profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, viewport=VIEWPORT)
        self.ctx.on("request", lambda req: None if req.url.startswith(
            (base, "data:", "blob:", "about:")) else outside.append(req.url))
        self.page = self.ctx.pages[0] if self.ctx.pages else self.ctx.new_page()
        self.cdp = self.ctx.new_cdp_session(self.page)
        self.cdp.send("Performance.enable")

    def open(self, url: str) -> None:
        self.page.goto(url)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def wait(self, expression: str, arg=None, timeout_s: float = 180.0):
        return self.page.wait_for_function(expression, arg=arg, timeout=timeout_s * 1000).json_value()

    def memory(self) -> dict:
        """The page's JS heap (main thread) and the RSS of its renderer process
        (the page, its frames and workers, Pyodide's wasm memory included): the
        largest renderer of this browser (the others are spares of ~75 MB)."""
        metrics = {m["name"]: m["value"] for m in self.cdp.send("Performance.getMetrics")["metrics"]}
        rss = [_rss_mb(pid) for pid in _renderers(self.profile)]
        return {"js_heap_mb": metrics.get("JSHeapUsedSize", 0) / 2**20,
                "rss_mb": max(rss) if rss else None}

    def close(self) -> None:
        self.ctx.close()
        shutil.rmtree(self.profile, ignore_errors=True)


class Engine:
    name = "Chromium"

    def __init__(self):
        self.outside: list[str] = []
        self._pw = None

    def start(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self.name = f"Chromium {browser.version}"
        browser.close()

    def session(self, base: str) -> Session:
        return Session(self._pw, self.outside, base)

    def stop(self) -> None:
        self._pw.stop()
