"""Browser fixtures: the built site served on 127.0.0.1, Debian's chromium, every
other host blocked and recorded, and a check for 404s after each test.

The site is the one `make book` builds (book + the in-browser Python under
lite/); the lead's ``book_build`` fixture builds the book alone from a clean
copy, without the lite part, so these tests build through make instead (a
no-op when nothing changed). Set OEFENPLAATS_SITE=/path/to/html to test an
already built site.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = REPO / "web" / "node_modules" / "axe-core" / "axe.min.js"
EXERCISES = ["notebooks/oefening-interventie", "notebooks/oefening-progressieverzoek",
             "notebooks/oefening-cirkeltechniek"]
LIVE_TIMEOUT_MS = 150_000
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    # Backstop behind the route handler: no host but 127.0.0.1 even resolves.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def site_html() -> Path:
    if os.environ.get("OEFENPLAATS_SITE"):
        html = Path(os.environ["OEFENPLAATS_SITE"])
    else:
        proc = subprocess.run(["make", "book"], cwd=REPO, capture_output=True, text=True,
                              timeout=1800)
        assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
        html = REPO / "_build" / "html"
    assert (html / "lite" / "oefeningen.json").is_file(), "the site has no lite/ part"
    return html


@pytest.fixture(scope="session")
def site(site_html: Path, tmp_path_factory: pytest.TempPathFactory):
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "requests.log"
    with log.open("w") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
             "--directory", str(site_html)],
            stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("the test server did not start")
            time.sleep(0.2)
    yield Site(site_html, url, log)
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make system-deps-test)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


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


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def live_context(chromium, site: Site, watch: Watch):
    """A fresh browser profile per test; at the end: no outside host, no 404."""
    offset = site.log_offset()
    ctx = new_context(chromium, site, watch)
    yield ctx
    ctx.close()
    assert watch.outside == [], f"requests to outside hosts: {watch.outside}"
    assert [f for f in watch.failed if not f.startswith("failed")] == [], watch.failed
    assert site.errors_since(offset) == [], site.errors_since(offset)


@pytest.fixture
def live_page(live_context):
    pg = live_context.new_page()
    yield pg


def exercise_frame(page, timeout: int = LIVE_TIMEOUT_MS):
    """Wait until the page's exercise is live; return the frame it runs in."""
    page.wait_for_selector('.oefening-live[data-state="live"]', timeout=timeout)
    handle = page.query_selector(".oefening-live iframe")
    frame = handle.content_frame()
    assert frame is not None
    return frame


def inject_axe(target) -> None:
    target.add_script_tag(path=str(AXE))


def axe_serious(target, selector: str | None = None) -> list[dict]:
    """axe-core violations of impact serious or critical (in this frame only)."""
    inject_axe(target)
    ctx = f"document.querySelector({selector!r})" if selector else "document"
    result = target.evaluate(
        f"async () => (await axe.run({ctx}, {{iframes: false, resultTypes: ['violations']}}))"
        ".violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.html.slice(0, 200))}))")
    return [v for v in result if v["impact"] in ("serious", "critical")]
