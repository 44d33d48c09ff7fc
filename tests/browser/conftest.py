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
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .livesite import CHROMIUM, CHROMIUM_ARGS, REPO, Site, Watch, free_port, new_context


@pytest.fixture(scope="session")
def site_html(request: pytest.FixtureRequest) -> Path:
    if os.environ.get("OEFENPLAATS_SITE"):
        html = Path(os.environ["OEFENPLAATS_SITE"])
    else:
        proc = subprocess.run(["make", "book"], cwd=REPO, capture_output=True, text=True,
                              timeout=1800)
        assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
        html = REPO / "_build" / "html"
        # The site's JavaScript is built now: a clean book build that later tests need
        # can start beside the browser tests (conftest.book_build_started).
        from conftest import session_uses  # tests/conftest.py

        if session_uses(request.session, "book_build"):
            request.getfixturevalue("book_build_started")
    assert (html / "lite" / "oefeningen.json").is_file(), "the site has no lite/ part"
    return html


@pytest.fixture(scope="session")
def site(site_html: Path, tmp_path_factory: pytest.TempPathFactory):
    port = free_port()
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


ENGINE_MARKERS = ("chromium", "firefox", "webkit")


def pytest_collection_modifyitems(items):
    """A browser test without an engine marker runs in Chromium (the
    Playwright fixtures above): mark it so, so that ``-m chromium`` selects every
    Chromium test and ``-m "browser and not chromium"`` the other engines alone."""
    here = Path(__file__).parent
    for item in items:
        if (item.get_closest_marker("browser") and here in Path(str(item.fspath)).parents
                and not any(item.get_closest_marker(m) for m in ENGINE_MARKERS)):
            item.add_marker(pytest.mark.chromium)
