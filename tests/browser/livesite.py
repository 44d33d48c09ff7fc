"""Helpers of the browser tests: the site, the watch on requests, axe-core, a live exercise."""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = REPO / "web" / "node_modules" / "axe-core" / "axe.min.js"
#: Every page with a live exercise, as the site build finds them (lite/build_site.py);
#: the first is the one the single-page tests open.
EXERCISES = ["notebooks/oefening-interventie"] + sorted(
    f"notebooks/{p.stem}" for p in (REPO / "notebooks").glob("oefening-*.ipynb")
    if p.stem != "oefening-interventie") + ["notebooks/mijn-voortgang"]
LIVE_TIMEOUT_MS = 150_000
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    # Backstop behind the route handler: no host but 127.0.0.1 even resolves.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


def toc_pages() -> list[str]:
    """Every page of the book, from _toc.yml (the lead's helper, shared)."""
    import conftest  # tests/conftest.py (this package's own is browser.conftest)

    return conftest.toc_files()


@dataclass
class Site:
    html: Path
    url: str                  # http://127.0.0.1:PORT/
    log: Path                 # the server's request log

    def log_offset(self) -> int:
        return self.log.stat().st_size

    def errors_since(self, offset: int) -> list[str]:
        """Request lines with a 4xx/5xx status logged after ``offset``."""
        with self.log.open("rb") as fh:
            fh.seek(offset)
            text = fh.read().decode("utf-8", "replace")
        return [ln for ln in text.splitlines() if re.search(r'" [45]\d\d ', ln)]


@dataclass
class Watch:
    """What a browser context asked of hosts other than the site."""
    outside: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def new_context(chromium, site: Site, watch: Watch, **kw):
    """A browser context that lets only the site through and records the rest."""
    ctx = chromium.new_context(viewport={"width": 1200, "height": 900}, locale="nl-NL", **kw)
    prefix = site.url

    def route(r):
        if r.request.url.startswith(prefix) or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            watch.outside.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    ctx.on("response", lambda resp: watch.failed.append(f"{resp.status} {resp.url}")
           if resp.status >= 400 else None)
    ctx.on("requestfailed", lambda req: watch.failed.append(f"failed {req.url}")
           if not req.url.startswith(prefix) else None)
    return ctx


class LiveExercise:
    """One live exercise of a page: its widgets are elements of the page itself,
    inside the box ``div.oefening-live``. Offers what the tests use (as they once
    used a frame), scoped to the exercise; page-wide calls go to the page."""

    def __init__(self, page, index: int):
        self.page = page
        self.index = index
        self.box = page.locator(".oefening-live").nth(index)
        self.root = self.box.locator(".oefening-uitvoer")

    # -- scoped to the exercise
    def locator(self, selector: str, **kw):
        return self.root.locator(selector, **kw)

    def get_by_label(self, text, **kw):
        return self.root.get_by_label(text, **kw)

    def get_by_text(self, text, **kw):
        return self.root.get_by_text(text, **kw)

    def get_by_role(self, role, **kw):
        return self.root.get_by_role(role, **kw)

    def inner_text(self, selector: str) -> str:
        return self.root.locator(selector).first.inner_text()

    def wait_for_selector(self, selector: str, timeout: float | None = None, state: str = "visible"):
        target = self.root.locator(selector).first
        target.wait_for(timeout=timeout, state=state)
        return target

    def query_selector(self, selector: str):
        found = self.root.locator(selector)
        return found.first.element_handle() if found.count() else None

    def eval_on_selector_all(self, selector: str, expression: str):
        return self.root.locator(selector).evaluate_all(expression)

    # -- the page
    def wait_for_function(self, expression: str, arg=None, timeout: float | None = None):
        return self.page.wait_for_function(expression, arg=arg, timeout=timeout)

    def evaluate(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)


def exercise_frame(page, index: int = 0, timeout: int = LIVE_TIMEOUT_MS) -> LiveExercise:
    """Wait until the page's ``index``-th exercise is live; return it."""
    box = page.locator(".oefening-live").nth(index)
    box.scroll_into_view_if_needed()
    page.wait_for_function(
        "i => document.querySelectorAll('.oefening-live')[i].dataset.state === 'live'",
        arg=index, timeout=timeout)
    return LiveExercise(page, index)


def wait_live(page, timeout: int = LIVE_TIMEOUT_MS) -> dict:
    """Wait until every exercise of the page is live; return window.oefenplaats."""
    page.wait_for_function("() => window.oefenplaats && window.oefenplaats.state === 'live'",
                           timeout=timeout)
    return page.evaluate("() => window.oefenplaats")


def inject_axe(target) -> None:
    target.add_script_tag(path=str(AXE))


def axe_serious(target, selector: str | None = None) -> list[dict]:
    """axe-core violations of impact serious or critical (of the page, or of ``selector``)."""
    inject_axe(target)
    ctx = f"document.querySelector({selector!r})" if selector else "document"
    result = target.evaluate(
        f"async () => (await axe.run({ctx}, {{iframes: false, resultTypes: ['violations']}}))"
        ".violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.html.slice(0, 200) + ' -- ' + (n.failureSummary || '')"
        ".replace(/\\s+/g, ' ').slice(0, 300))}))")
    return [v for v in result if v["impact"] in ("serious", "critical")]
