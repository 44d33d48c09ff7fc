"""Chromium for the benches: Debian's chromium driven by Playwright, with a
profile on disk per driver (as a learner's own browser: its disk cache keeps
Pyodide's wasm for a second visit; an in-memory context does not keep entries
that big).

The bench (bench/site_metrics.py) asks an engine only for what this driver
offers, named as in the browser tests' engine drivers (tests/browser/engines.py:
Firefox over WebDriver BiDi, WebKit over Selenium), so those plug in as they are:

    driver = launch(allowed=base)     # a fresh profile; requests outside base are recorded
    driver.open(url); driver.js(body, *args); driver.wait_for(body, *args, timeout=60)
    driver.page_rss() -> bytes | None; driver.outside_requests(); driver.close()
    driver.js_heap() -> bytes | None  (Chromium only: the page's JS heap)

``js`` runs a function body (``arguments[i]``, ``return``; a returned promise
is awaited) and returns its JSON value. No request routing here: Playwright
turns the HTTP cache off when it routes. No host but 127.0.0.1 resolves (the
flags), and requests to other hosts are recorded.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from browser.engines.procs import private_bytes  # noqa: E402
from browser.livesite import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

VIEWPORT = {"width": 1200, "height": 900}
_playwright = None


def _rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


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


class ChromiumDriver:
    def __init__(self, pw, allowed: str):
        self.name = "chromium"
        self.allowed = allowed
        self._outside: list[str] = []
        self.profile = tempfile.mkdtemp(prefix="cpw-profile-")
        self.ctx = pw.chromium.launch_persistent_context(
            self.profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, viewport=VIEWPORT)
        self.ctx.on("request", lambda req: None if req.url.startswith(
            (allowed, "data:", "blob:", "about:")) else self._outside.append(req.url))
        self.page = self.ctx.pages[0] if self.ctx.pages else self.ctx.new_page()
        self.cdp = self.ctx.new_cdp_session(self.page)
        self.cdp.send("Performance.enable")
        agent = self.page.evaluate("navigator.userAgent")
        self.version = agent.split("Chrome/")[1].split(" ")[0] if "Chrome/" in agent else ""

    def open(self, url: str) -> None:
        self.page.goto(url)

    def js(self, body: str, *args):
        return self.page.evaluate("args => (function () {\n" + body + "\n}).apply(null, args)", list(args))

    def wait_for(self, body: str, *args, timeout: float = 60.0, interval: float = 0.05):
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(body, *args)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"chromium: waited {timeout:.0f} s for {body!r}; last: {value!r}")
            time.sleep(interval)

    def page_rss(self) -> int | None:
        """RSS of the page's renderer process (its frames, workers and Pyodide's
        wasm memory included): the largest renderer of this browser (the others
        are spares of ~75 MB)."""
        sizes = [_rss_bytes(pid) for pid in _renderers(self.profile)]
        return max(sizes) if sizes else None

    def page_private(self) -> int | None:
        """Unshared memory of that renderer (procs.private_bytes)."""
        pids = _renderers(self.profile)
        return private_bytes(max(pids, key=_rss_bytes)) if pids else None

    def js_heap(self) -> int | None:
        """JS heap in use on the page's main thread (workers have their own)."""
        metrics = {m["name"]: m["value"] for m in self.cdp.send("Performance.getMetrics")["metrics"]}
        return int(metrics["JSHeapUsedSize"]) if "JSHeapUsedSize" in metrics else None

    def outside_requests(self) -> list[str]:
        return list(self._outside)

    def close(self) -> None:
        self.ctx.close()
        shutil.rmtree(self.profile, ignore_errors=True)


def launch(name: str = "chromium", *, allowed: str) -> ChromiumDriver:
    """A fresh Chromium profile on its own page; only ``allowed`` is the site."""
    global _playwright
    if name != "chromium":
        raise ValueError(f"bench/chromium.py drives chromium, not {name}")
    if _playwright is None:
        from playwright.sync_api import sync_playwright

        _playwright = sync_playwright().start()
    return ChromiumDriver(_playwright, allowed)


def stop() -> None:
    global _playwright
    if _playwright is not None:
        _playwright.stop()
        _playwright = None
