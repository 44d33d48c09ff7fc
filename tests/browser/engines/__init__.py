"""Every browser engine behind one small driver interface.

The cross-engine tests (``test_engines.py``) and the bench
(``bench/engine_metrics.py``) drive Chromium, WebKit (Safari's engine) and
Firefox through the same few calls, so one learner's flow is written once::

    with launch("webkit", allowed=site_url) as browser:
        browser.open(site_url + "notebooks/oefening-interventie.html")
        browser.wait_for("return document.title.length > 0")
        browser.click("button", text="Controleer")
        browser.type("textarea", "Wil je ...?")
        browser.screenshot("/tmp/engine-webkit.png")

No pytest here: a bench script imports this module as it is. Nothing is
downloaded: every engine is a Debian package (see the Makefile's
``system-deps-test``) driven by a Python package from PyPI.

Engines (``ENGINES``):

- ``chromium``: Debian's ``/usr/bin/chromium`` through Playwright (as
  ``livesite.py``), headless.
- ``webkit``: WebKitGTK's MiniBrowser (``--automation``) through Debian's
  ``/usr/bin/WebKitWebDriver`` and Selenium's ``webdriver.WebKitGTK``. It
  refuses to run headless, so each driver starts its own Xvfb (a free display,
  picked by Xvfb itself with ``-displayfd``). Like Safari it has no WebAssembly
  JSPI (``WebAssembly.Suspending``).
- ``firefox``: Firefox ESR, fresh profile, headless, driven through its built-in
  WebDriver BiDi (``--remote-debugging-port``) over ``websocket-client``: no
  geckodriver; JSPI switched on by pref (ESR 140 has it off by default). Variants
  ``firefox-nojspi`` (WebAssembly JSPI off, as in Safari)
  and ``firefox-nowasm`` (WebAssembly off).
- ``chromium-nowasm``, ``webkit-nowasm``: WebAssembly off in the other two
  (V8 ``--jitless``; JavaScriptCore's ``JSC_useWasm=0``), as in iOS Lockdown Mode.

Outside hosts: the site makes no request to a host other than the one it is
served from, and every driver keeps it that way (``allowed`` is the site's
origin):

- Chromium blocks every other URL in a route handler and records it
  (``outside_requests``); ``--host-resolver-rules`` lets no other host resolve.
- Firefox sends every request to another host to a dead proxy (prefs
  ``network.proxy.*`` with ``allow_hijacking_localhost``, so other loopback
  addresses are caught too): the browser itself, pages, frames and workers.
  WebDriver BiDi's ``network.beforeRequestSent`` records the page's requests.
- WebKit gets the same dead proxy through WebDriver's ``proxy`` capability
  (enforced in its network process, for everything the page and its workers
  ask). WebKitWebDriver 2.50 has no BiDi, so what is recorded is only what
  the page's ``performance`` resource entries show (requests that loaded; a
  blocked one leaves no entry).

test_engines.py proves the blocking in each engine: the page asks a server on
127.0.0.2 (another loopback address), which must get nothing.

Console errors (``console_errors``): Chromium and Firefox report every one
(Playwright's events; BiDi's ``log.entryAdded``). WebKit's driver can only hook
``console.error`` and the error events in the page and its same-origin frames
once a page has loaded (ERROR_HOOK_JS): errors before that, and in workers, are
not seen.

Every engine answers ``page_rss()``: the resident memory of the process that
renders the page (WebKit: its WebKitWebProcess; Firefox: its largest ``tab``
content process; Chromium: its largest renderer), read from /proc.

Modules: ``base`` (the interface, the engines, the scripts run in the page),
``procs`` (processes, /proc, Xvfb), one per engine (``chromium``, ``firefox``,
``webkit``).
"""

from __future__ import annotations

from typing import Any

from .base import ENGINES, KEYS, Driver, Engine, EngineMissing, JSError
from .chromium import CHROMIUM_ARGS, ChromiumDriver
from .firefox import FirefoxDriver
from .webkit import WebKitDriver

__all__ = ["CHROMIUM_ARGS", "ENGINES", "KEYS", "Driver", "Engine", "EngineMissing", "JSError",
           "ChromiumDriver", "FirefoxDriver", "WebKitDriver", "launch"]


def launch(name: str, *, allowed: str, playwright: Any = None) -> "Driver":
    """Start engine ``name`` with a fresh profile; only ``allowed`` (an origin
    such as ``http://127.0.0.1:8000/``) may be asked for anything.

    ``playwright``: for Chromium, a running Playwright (or any of its Browser
    objects) to launch from; Playwright's sync API runs once per thread, so a
    test session that already has one passes it here. Without it the driver
    starts and stops its own."""
    engine = ENGINES[name]
    if engine.missing():
        raise EngineMissing(f"{name}: {', '.join(engine.missing())} missing "
                            f"(apt-get install {engine.packages})")
    allowed = allowed.rstrip("/") + "/"
    if engine.family == "chromium":
        return ChromiumDriver(engine, allowed, playwright=playwright)
    return {"firefox": FirefoxDriver, "webkit": WebKitDriver}[engine.family](engine, allowed)
