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
  geckodriver. Variants ``firefox-nojspi`` (WebAssembly JSPI off, as in Safari)
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

Every engine answers ``page_rss()``: the resident memory of the process that
renders the page (WebKit: its WebKitWebProcess; Firefox: its ``tab`` content
process; Chromium: its renderer), read from /proc.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FIREFOX = os.environ.get("FIREFOX", "/usr/bin/firefox-esr")
WEBKIT_DRIVER = os.environ.get("WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver")
MINIBROWSER = os.environ.get("MINIBROWSER", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser")
XVFB = shutil.which("Xvfb") or "/usr/bin/Xvfb"

VIEWPORT = (1200, 900)
#: A port nothing listens on: the "proxy" that every outside request is sent to.
DEAD_PROXY = ("127.0.0.1", 9)
#: Keys by name, as WebDriver's key codes (Playwright takes the names themselves).
KEYS = {
    "Enter": "\ue007", "Tab": "\ue004", "Backspace": "\ue003", "Escape": "\ue00c",
    "Space": " ", "Delete": "\ue017", "Home": "\ue011", "End": "\ue010",
    "ArrowLeft": "\ue012", "ArrowUp": "\ue013", "ArrowRight": "\ue014", "ArrowDown": "\ue015",
    "Shift": "\ue008", "Control": "\ue009",
}


class EngineMissing(RuntimeError):
    """The engine's browser or driver is not installed."""


class JSError(RuntimeError):
    """A script run in the page threw."""


@dataclass(frozen=True)
class Engine:
    """One engine (and variant) the tests can run in."""
    name: str
    family: str                              # chromium, firefox or webkit (the pytest marker)
    binaries: tuple[str, ...]                # what must be installed
    packages: str                            # the Debian packages that give them
    options: dict = field(default_factory=dict)

    def missing(self) -> list[str]:
        return [b for b in self.binaries if not Path(b).exists()]


ENGINES: dict[str, Engine] = {e.name: e for e in [
    Engine("chromium", "chromium", (CHROMIUM,), "chromium"),
    Engine("chromium-nowasm", "chromium", (CHROMIUM,), "chromium", {"wasm": False}),
    Engine("firefox", "firefox", (FIREFOX,), "firefox-esr"),
    Engine("firefox-nojspi", "firefox", (FIREFOX,), "firefox-esr", {"jspi": False}),
    Engine("firefox-nowasm", "firefox", (FIREFOX,), "firefox-esr", {"wasm": False}),
    Engine("webkit", "webkit", (WEBKIT_DRIVER, MINIBROWSER, XVFB), "webkit2gtk-driver xvfb"),
    Engine("webkit-nowasm", "webkit", (WEBKIT_DRIVER, MINIBROWSER, XVFB), "webkit2gtk-driver xvfb",
           {"wasm": False}),
]}


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


# -- in the page -------------------------------------------------------------------

#: ``__all(q)`` finds elements by CSS selector, visible text or label, in the page and its
#: same-origin frames, optionally only in the part of the page that belongs to
#: live exercise box number ``q.box`` (inside that ``.oefening-live`` box, or
#: after it and before the next box; a frame counts where its <iframe> is).
#: Only rendered elements count (a hidden static snapshot does not).
#: ``__find(q)`` is its ``q.index``-th; ``__point(el)`` scrolls it into view and
#: gives its centre in the top page's viewport (frames' offsets added) and
#: whether a click there would land on it.
FIND_JS = r"""
function __find(q) { return __all(q)[q.index || 0] || null; }
function __all(q) {
  const norm = s => (s || "").replace(/\s+/g, " ").trim();
  const docs = [];
  (function walk(d, host) {
    docs.push([d, host]);
    for (const f of d.querySelectorAll("iframe")) {
      let inner = null;
      try { inner = f.contentDocument; } catch (e) { inner = null; }
      if (inner) walk(inner, host || f);
    }
  })(document, null);
  const boxes = document.querySelectorAll(".oefening-live");
  function inBox(node) {
    if (q.box === undefined || q.box === null) return true;
    const box = boxes[q.box], next = boxes[q.box + 1];
    if (!box) return false;
    if (box.contains(node)) return true;
    const after = box.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
    const beforeNext = !next || (next.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING);
    return !!(after && beforeNext);
  }
  function shown(e) {
    return e.getClientRects().length > 0 && !e.closest("[hidden]");
  }
  const found = [];
  for (const [d, host] of docs) {
    if (host && !inBox(host)) continue;    // a frame outside the box
    if (q.label !== undefined && q.label !== null) {
      for (const l of d.querySelectorAll("label")) {
        const target = l.control;
        if (norm(l.textContent) === q.label && target && shown(target) && inBox(host || target)) found.push(target);
      }
      for (const e of d.querySelectorAll("[aria-label]")) {
        if (norm(e.getAttribute("aria-label")) === q.label && shown(e) && inBox(host || e)) found.push(e);
      }
    } else {
      for (const e of d.querySelectorAll(q.css || "*")) {
        if (!shown(e) || !inBox(host || e)) continue;
        if (q.text !== undefined && q.text !== null && norm(e.innerText) !== q.text) continue;
        found.push(e);
      }
    }
  }
  return found;
}
function __point(el) {
  el.scrollIntoView({block: "center", inline: "nearest"});
  const r = el.getBoundingClientRect();
  let x = r.left + r.width / 2, y = r.top + r.height / 2;
  const local = [x, y];
  let w = el.ownerDocument.defaultView;
  while (w && w.frameElement) {
    const f = w.frameElement, fr = f.getBoundingClientRect();
    x += fr.left + f.clientLeft; y += fr.top + f.clientTop;
    w = w.parent;
  }
  const hit = el.ownerDocument.elementFromPoint(local[0], local[1]);
  return {x: x, y: y, hits: !!hit && (hit === el || el.contains(hit))};
}
"""

#: Records console errors and uncaught errors in the page and in every
#: same-origin frame (also frames added later), for engines whose driver cannot
#: report them itself (WebKit). Errors before the hook is installed are missed.
ERROR_HOOK_JS = r"""
(function hook(w) {
  if (!w || w.__engineErrorsHooked) return;
  w.__engineErrorsHooked = true;
  const top = window;
  top.__engineErrors = top.__engineErrors || [];
  const keep = s => top.__engineErrors.push(String(s).slice(0, 2000));
  const orig = w.console.error.bind(w.console);
  w.console.error = function () {
    keep([].map.call(arguments, a => (a && a.stack) || String(a)).join(" "));
    return orig.apply(null, arguments);
  };
  w.addEventListener("error", e => keep("error: " + (e.message || e.type) + " " + (e.filename || "")));
  w.addEventListener("unhandledrejection", e => keep("unhandled rejection: " + ((e.reason && e.reason.stack) || e.reason)));
  const frames = d => d.querySelectorAll("iframe").forEach(f => {
    const inner = () => { try { hook(f.contentWindow); } catch (err) { /* cross-origin */ } };
    inner();
    if (!f.__engineHooked) { f.__engineHooked = true; f.addEventListener("load", inner); }
  });
  try {
    frames(w.document);
    new w.MutationObserver(() => frames(w.document)).observe(w.document, {childList: true, subtree: true});
  } catch (err) { /* no document yet */ }
})(window);
"""


def _wrap(body: str, args: tuple) -> str:
    """One JS expression: run ``body`` (a function body: ``arguments``,
    ``return``) with ``args``; a promise it returns is awaited; the value comes
    back as a JSON string (undefined as null)."""
    return ("Promise.resolve((function(){" + FIND_JS + body + "\n}).apply(null, "
            + json.dumps(list(args)) + ")).then(v => JSON.stringify(v === undefined ? null : v))")


# -- the interface -----------------------------------------------------------------

class Driver:
    """One browser with one page. Subclasses implement the underscore methods."""

    #: What this engine enforces and records about hosts other than the site.
    outside_policy = ""

    def __init__(self, engine: Engine, allowed: str):
        self.engine = engine
        self.name = engine.name
        self.allowed = allowed
        self._errors: list[str] = []
        self._outside: list[str] = []

    # context manager: always close what was started
    def __enter__(self) -> "Driver":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- navigation
    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event."""
        self._collect()
        self._navigate(url)
        self._after_load()

    def reload(self) -> None:
        self._collect()
        self._reload()
        self._after_load()

    # -- scripts
    def js(self, body: str, *args: Any) -> Any:
        """Run a function body in the page (``arguments[i]``, ``return``; a
        returned promise is awaited) and return its value, as JSON gives it.
        The body can call ``__all(q)``, ``__find(q)`` and ``__point(el)`` (FIND_JS)."""
        return json.loads(self._eval_json(_wrap(body, args)))

    def wait_for(self, body: str, *args: Any, timeout: float = 60.0, interval: float = 0.2,
                 what: str = "") -> Any:
        """Poll ``body`` (as ``js``) until it returns something truthy; return that."""
        deadline = time.monotonic() + timeout
        value = None
        while True:
            try:
                value = self.js(body, *args)
            except JSError as e:      # e.g. a page between two documents
                value = f"JSError: {e}"
                if time.monotonic() > deadline:
                    raise
            else:
                if value:
                    return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name}: waited {timeout:.0f} s for {what or body!r}; last: {value!r}")
            time.sleep(interval)

    # -- input: real pointer and key events, at the element's place on screen
    def find(self, css: str | None = None, *, text: str | None = None, label: str | None = None,
             index: int = 0, box: int | None = None, timeout: float = 30.0) -> dict:
        """Wait until the element is there; return its centre in the page's
        viewport ({x, y, hits}) after scrolling it into view."""
        q = {"css": css, "text": text, "label": label, "index": index, "box": box}
        return self.wait_for("const e = __find(arguments[0]); return e && __point(e);", q,
                             timeout=timeout, what=f"element {q}")

    def click(self, css: str | None = None, *, text: str | None = None, label: str | None = None,
              index: int = 0, box: int | None = None, timeout: float = 30.0) -> None:
        """Click the element with the mouse (real pointer events at its centre)."""
        q = {"css": css, "text": text, "label": label, "index": index, "box": box}
        deadline = time.monotonic() + timeout
        last = None
        while True:
            spot = self.find(css, text=text, label=label, index=index, box=box,
                             timeout=max(1.0, deadline - time.monotonic()))
            # Click only where the element is and stays: not covered, and at the
            # same place as a moment ago (a frame or panel may still be resizing).
            still = last is not None and abs(spot["x"] - last["x"]) < 1 and abs(spot["y"] - last["y"]) < 1
            if (spot["hits"] and still) or time.monotonic() > deadline:
                break
            last = spot
            time.sleep(0.1)
        if not spot["hits"]:
            raise RuntimeError(f"{self.name}: {q} is covered by another element")
        self._click_at(spot["x"], spot["y"])

    def type(self, css: str | None = None, text: str = "", *, label: str | None = None,
             index: int = 0, box: int | None = None, replace: bool = True) -> None:
        """Click into the element and type ``text`` with key events (replacing
        what was there unless ``replace`` is false)."""
        self.click(css, label=label, index=index, box=box)
        if replace:
            q = {"css": css, "label": label, "index": index, "box": box}
            self.js("const e = __find(arguments[0]); e.focus(); e.select && e.select();", q)
        self._type_keys(list(text))

    def press(self, key: str) -> None:
        """Press and release one key (a name from KEYS, or a character)."""
        self._press(key)

    # -- output
    def screenshot(self, path: str | os.PathLike) -> Path:
        """A PNG of what the viewport shows."""
        path = Path(path)
        path.write_bytes(self._screenshot_png())
        return path

    def console_errors(self) -> list[str]:
        """Console errors and uncaught errors since the driver started."""
        self._collect()
        return list(self._errors)

    def outside_requests(self) -> list[str]:
        """Requests for a host other than the site that the driver saw."""
        self._collect()
        return list(self._outside)

    def page_rss(self) -> int | None:
        """Resident memory (bytes) of the process that renders the page."""
        pids = self._page_pids()
        sizes = [rss_bytes(p) for p in pids]
        sizes = [s for s in sizes if s]
        return max(sizes) if sizes else None

    def close(self) -> None:
        raise NotImplementedError

    # -- to implement
    def _navigate(self, url: str) -> None:
        raise NotImplementedError

    def _reload(self) -> None:
        raise NotImplementedError

    def _after_load(self) -> None:
        pass

    def _collect(self) -> None:
        """Move errors/requests the page recorded into ``_errors``/``_outside``."""

    def _eval_json(self, expression: str) -> str:
        raise NotImplementedError

    def _click_at(self, x: float, y: float) -> None:
        raise NotImplementedError

    def _type_keys(self, chars: list[str]) -> None:
        raise NotImplementedError

    def _press(self, key: str) -> None:
        raise NotImplementedError

    def _screenshot_png(self) -> bytes:
        raise NotImplementedError

    def _page_pids(self) -> list[int]:
        return []

    def _is_outside(self, url: str) -> bool:
        return not (url.startswith(self.allowed) or url.startswith(("data:", "blob:", "about:")))


# -- processes ---------------------------------------------------------------------

def rss_bytes(pid: int) -> int | None:
    """VmRSS of a process from /proc, or None when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (children, their children, ...)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        ppid = int(text.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def cmdline(pid: int) -> list[str]:
    """A process's arguments (never empty: [""] when it is gone)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
    except OSError:
        return [""]
    return args[:-1] if len(args) > 1 and args[-1] == "" else args


def _alive(pid: int) -> bool:
    """Is the process there and not a zombie?"""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _stop(proc: subprocess.Popen | None, timeout: float = 10) -> None:
    """Terminate a process we started (and wait for it); kill it if it hangs."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)


# -- Chromium: Playwright with Debian's chromium -------------------------------------

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    # Backstop behind the route handler: no host but 127.0.0.1 even resolves.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
PLAYWRIGHT_KEYS = {"Space": " "}


class ChromiumDriver(Driver):
    outside_policy = ("blocked and recorded: a route handler aborts every request for another "
                      "URL; no other host resolves (--host-resolver-rules)")

    def __init__(self, engine: Engine, allowed: str, playwright: Any = None):
        super().__init__(engine, allowed)
        from playwright.sync_api import sync_playwright

        args = list(CHROMIUM_ARGS)
        if engine.options.get("wasm") is False:
            # V8 without its JIT has no WebAssembly (--noexpose-wasm no longer hides it
            # in Chromium 156); like Edge's enhanced security or iOS Lockdown Mode.
            args.append("--js-flags=--jitless")
        self._pw = None
        if playwright is None:
            self._pw = playwright = sync_playwright().start()
        # A Playwright, or a Browser of one: either way its chromium BrowserType.
        browser_type = playwright.browser_type if hasattr(playwright, "browser_type") else playwright.chromium
        self._browser = None
        self._mains: list[int] = []
        try:
            before = set(descendants(os.getpid()))
            self._browser = browser_type.launch(executable_path=CHROMIUM, args=args)
            # This browser's own main process (not another one of the same Playwright).
            # (Chromium's child processes rewrite their arguments into one string.)
            self._mains = [p for p in descendants(os.getpid()) if p not in before
                           and "--type=" not in " ".join(cmdline(p))
                           and cmdline(p)[0].endswith("chromium")]
            self._context = self._browser.new_context(
                viewport={"width": VIEWPORT[0], "height": VIEWPORT[1]}, locale="nl-NL")
            self._context.route("**/*", self._route)
            self.page = self._context.new_page()
            self.page.on("console", lambda m: self._errors.append(m.text) if m.type == "error" else None)
            self.page.on("pageerror", lambda e: self._errors.append(f"error: {e}"))
        except Exception:
            self.close()
            raise

    def _route(self, route) -> None:
        url = route.request.url
        if self._is_outside(url):
            self._outside.append(url)
            route.abort()
        else:
            route.continue_()

    def _navigate(self, url):
        self.page.goto(url, wait_until="load", timeout=120_000)

    def _reload(self):
        self.page.reload(wait_until="load", timeout=120_000)

    def _eval_json(self, expression):
        from playwright.sync_api import Error

        try:
            return self.page.evaluate(expression)
        except Error as e:
            raise JSError(str(e)) from None

    def _click_at(self, x, y):
        self.page.mouse.click(x, y)

    def _type_keys(self, chars):
        self.page.keyboard.type("".join(chars))

    def _press(self, key):
        self.page.keyboard.press(PLAYWRIGHT_KEYS.get(key, key))

    def _screenshot_png(self):
        return self.page.screenshot()

    def _page_pids(self):
        return [p for main in self._mains for p in descendants(main)
                if "--type=renderer" in " ".join(cmdline(p))]

    def close(self):
        try:
            if self._browser is not None:
                self._browser.close()
        finally:
            self._browser = None
            if self._pw is not None:
                self._pw.stop()
                self._pw = None


# -- WebKit: MiniBrowser through WebKitWebDriver (Selenium), under Xvfb --------------

class WebKitDriver(Driver):
    outside_policy = ("blocked: WebDriver's proxy capability sends every other host to a dead "
                      "port (WebKit's network process, also for workers); recorded: only loaded "
                      "resources in the page's performance entries (WebKitWebDriver has no BiDi)")

    def __init__(self, engine: Engine, allowed: str):
        super().__init__(engine, allowed)
        from selenium import webdriver
        from selenium.webdriver.common.proxy import Proxy
        from selenium.webdriver.webkitgtk.options import Options
        from selenium.webdriver.webkitgtk.service import Service

        self._xvfb, display = start_xvfb()
        self.driver = None
        try:
            env = dict(os.environ, DISPLAY=display)
            if engine.options.get("wasm") is False:
                env["JSC_useWasm"] = "0"   # JavaScriptCore's own option (read at start)
            options = Options()
            options.binary_location = MINIBROWSER
            options.add_argument("--automation")
            host, port = DEAD_PROXY
            options.proxy = Proxy({"proxyType": "manual", "httpProxy": f"{host}:{port}",
                                   "sslProxy": f"{host}:{port}",
                                   "noProxy": [_host_of(allowed)]})
            # An explicit driver path: Selenium Manager (which downloads) is never asked.
            self._service = Service(executable_path=WEBKIT_DRIVER, env=env)
            # Should the browser die while the session starts, end our driver
            # process after a minute so that the start fails instead of hanging.
            stuck = threading.Timer(60, lambda: _stop(getattr(self._service, "process", None)))
            stuck.start()
            try:
                with warnings.catch_warnings():
                    # Selenium's own WebKitGTK class trips its own deprecation (4.5x).
                    warnings.filterwarnings("ignore", "setting remote_server_addr", DeprecationWarning)
                    self.driver = webdriver.WebKitGTK(options=options, service=self._service)
            finally:
                stuck.cancel()
            # No call waits forever: the longest legitimate one is a page load.
            self.driver.set_page_load_timeout(180)
            self.driver.command_executor.client_config.timeout = 240
            self.driver.set_script_timeout(120)
            self.driver.set_window_rect(0, 0, VIEWPORT[0], VIEWPORT[1])
            self._watch_browser()
        except Exception:
            self.close()
            raise

    crashed = ""

    def _watch_browser(self) -> None:
        """MiniBrowser can crash (a segfault was seen once in a bench run), and
        WebKitWebDriver then leaves Selenium's request unanswered for good. A
        watcher ends our driver process when the browser is gone, so the
        pending call fails at once; ``_guard`` says what happened."""
        root = self._service.process.pid
        browsers = [p for p in descendants(root) if cmdline(p)[0].endswith("MiniBrowser")]
        if not browsers:
            return
        pid, service = browsers[0], self._service.process

        def watch():
            while service.poll() is None:
                if not _alive(pid):
                    self.crashed = f"MiniBrowser (pid {pid}) ended during the session"
                    service.terminate()
                    return
                time.sleep(1)

        threading.Thread(target=watch, daemon=True).start()

    @contextlib.contextmanager
    def _guard(self):
        try:
            yield
        except Exception as e:
            if self.crashed:
                raise RuntimeError(f"{self.name}: {self.crashed}") from e
            raise

    def _navigate(self, url):
        with self._guard():
            self.driver.get(url)

    def _reload(self):
        with self._guard():
            self.driver.refresh()

    def _after_load(self):
        self.js(ERROR_HOOK_JS)

    def _collect(self):
        if self.driver is None:
            return
        try:
            found = self.js("""
                const errors = window.__engineErrors || []; window.__engineErrors = [];
                const urls = [];
                const docs = [window];
                document.querySelectorAll('iframe').forEach(f => { try { f.contentWindow.performance && docs.push(f.contentWindow); } catch (e) {} });
                for (const w of docs) for (const e of w.performance.getEntriesByType('resource')) urls.push(e.name);
                return {errors, urls};""")
        except Exception:
            return
        self._errors.extend(found["errors"])
        for url in found["urls"]:
            if self._is_outside(url) and url not in self._outside:
                self._outside.append(url)

    def _eval_json(self, expression):
        from selenium.common.exceptions import JavascriptException

        try:
            with self._guard():
                return self.driver.execute_script("return " + expression)
        except JavascriptException as e:
            raise JSError(e.msg) from None

    def _actions(self):
        from selenium.webdriver.common.actions.action_builder import ActionBuilder

        return ActionBuilder(self.driver)

    def _click_at(self, x, y):
        actions = self._actions()
        actions.pointer_action.move_to_location(int(x), int(y)).click()
        with self._guard():
            actions.perform()

    def _type_keys(self, chars):
        actions = self._actions()
        for ch in chars:
            actions.key_action.key_down(ch).key_up(ch)
        with self._guard():
            actions.perform()

    def _press(self, key):
        code = KEYS.get(key, key)
        actions = self._actions()
        actions.key_action.key_down(code).key_up(code)
        with self._guard():
            actions.perform()

    def _screenshot_png(self):
        with self._guard():
            return self.driver.get_screenshot_as_png()

    def _page_pids(self):
        root = self._service.process.pid if self._service and self._service.process else None
        if root is None:
            return []
        return [p for p in descendants(root) if " ".join(cmdline(p)).split(" ")[0].endswith("WebKitWebProcess")]

    def close(self):
        try:
            if self.driver is not None and not self.crashed:
                self.driver.quit()
        finally:
            self.driver = None
            if getattr(self, "_service", None) is not None:
                _stop(self._service.process)
            _stop(self._xvfb)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An X server of our own on a free display (Xvfb picks and reports it)."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        [XVFB, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=[write], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            chunk = os.read(read, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not report its display")
            number += chunk
    except Exception:
        _stop(proc)
        raise
    finally:
        os.close(read)
    return proc, ":" + number.decode().strip()


def _host_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or "127.0.0.1"


# -- Firefox ESR: its built-in WebDriver BiDi over a websocket ------------------------

#: Preferences of the fresh profile (user.js). The remote agent adds its own
#: "recommended" automation prefs (no updates, no telemetry, no first-run page).
FIREFOX_PREFS: dict[str, Any] = {
    # Every host but the site goes to a dead proxy, loopback addresses included.
    "network.proxy.type": 1,
    "network.proxy.http": DEAD_PROXY[0], "network.proxy.http_port": DEAD_PROXY[1],
    "network.proxy.ssl": DEAD_PROXY[0], "network.proxy.ssl_port": DEAD_PROXY[1],
    "network.proxy.socks": DEAD_PROXY[0], "network.proxy.socks_port": DEAD_PROXY[1],
    "network.proxy.share_proxy_settings": True,
    "network.proxy.allow_hijacking_localhost": True,
    "network.dns.disablePrefetch": True,
    "network.prefetch-next": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "intl.accept_languages": "nl-NL, nl",
}


class BiDi:
    """A WebDriver BiDi connection: commands and their answers, events to handlers."""

    def __init__(self, url: str):
        import websocket

        # Firefox refuses a handshake that carries an Origin header.
        self._ws = websocket.create_connection(url, suppress_origin=True, timeout=None)
        self._next = 0
        self._lock = threading.Lock()
        self._answers: dict[int, dict] = {}
        self._arrived = threading.Condition()
        self.handlers: dict[str, Callable[[dict], None]] = {}
        self._closed = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        import websocket

        while True:
            try:
                message = json.loads(self._ws.recv())
            except (websocket.WebSocketException, OSError, ValueError):
                break
            if "id" in message:
                with self._arrived:
                    self._answers[message["id"]] = message
                    self._arrived.notify_all()
            elif message.get("type") == "event":
                handler = self.handlers.get(message.get("method", ""))
                if handler:
                    handler(message.get("params", {}))
        with self._arrived:
            self._closed = True
            self._arrived.notify_all()

    def send(self, method: str, timeout: float = 300.0, **params) -> dict:
        """Send a command and return its result; raise on an error answer."""
        with self._lock:
            self._next += 1
            number = self._next
            self._ws.send(json.dumps({"id": number, "method": method, "params": params}))
        with self._arrived:
            if not self._arrived.wait_for(lambda: number in self._answers or self._closed, timeout):
                raise TimeoutError(f"BiDi {method}: no answer in {timeout} s")
            if number not in self._answers:
                raise ConnectionError(f"BiDi {method}: the browser closed the connection")
            answer = self._answers.pop(number)
        if answer.get("type") == "error":
            raise RuntimeError(f"BiDi {method}: {answer.get('error')}: {answer.get('message')}")
        return answer["result"]

    def close(self) -> None:
        try:
            self._ws.close()
        except Exception:
            pass


class FirefoxDriver(Driver):
    outside_policy = ("blocked: prefs send every other host (loopback included) to a dead proxy, "
                      "for the page, its workers and the browser itself; recorded: BiDi "
                      "network.beforeRequestSent for the page and its frames")

    def __init__(self, engine: Engine, allowed: str):
        super().__init__(engine, allowed)
        self._profile = Path(tempfile.mkdtemp(prefix="engine-firefox-"))
        prefs = dict(FIREFOX_PREFS, **{"network.proxy.no_proxies_on": _host_of(allowed)})
        if engine.options.get("jspi") is False:
            prefs["javascript.options.wasm_js_promise_integration"] = False
        if engine.options.get("wasm") is False:
            prefs["javascript.options.wasm"] = False
        (self._profile / "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in prefs.items()))
        self._proc = None
        self._bidi = None
        self._log: list[str] = []
        try:
            self._proc = subprocess.Popen(
                [FIREFOX, "--headless", "--no-remote", "--profile", str(self._profile),
                 "--remote-debugging-port", "0"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                text=True, errors="replace", env=dict(os.environ, MOZ_CRASHREPORTER_DISABLE="1"))
            url = self._wait_for_bidi_url()
            self._bidi = BiDi(url + "/session")
            self._bidi.send("session.new", capabilities={})
            self.context = self._bidi.send("browsingContext.getTree")["contexts"][0]["context"]
            self._bidi.send("browsingContext.setViewport", context=self.context,
                            viewport={"width": VIEWPORT[0], "height": VIEWPORT[1]})
            self._bidi.handlers["log.entryAdded"] = self._on_log
            self._bidi.handlers["network.beforeRequestSent"] = self._on_request
            self._bidi.send("session.subscribe", events=["log.entryAdded", "network.beforeRequestSent"])
        except Exception:
            self.close()
            raise

    def _wait_for_bidi_url(self) -> str:
        """Firefox prints the websocket's address on stderr; keep draining it after."""
        found: list[str] = []
        ready = threading.Event()

        def drain():
            for line in self._proc.stderr:
                self._log.append(line.rstrip())
                del self._log[:-200]
                m = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
                if m and not found:
                    found.append(m.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=drain, daemon=True).start()
        if not ready.wait(60) or not found:
            raise RuntimeError("Firefox did not start its WebDriver BiDi:\n" + "\n".join(self._log[-20:]))
        return found[0]

    def _on_log(self, params: dict) -> None:
        if params.get("level") == "error":
            self._errors.append(f"{params.get('type')}: {params.get('text')}")

    def _on_request(self, params: dict) -> None:
        url = params.get("request", {}).get("url", "")
        if self._is_outside(url):
            self._outside.append(url)

    def _navigate(self, url):
        self._bidi.send("browsingContext.navigate", context=self.context, url=url, wait="complete")

    def _reload(self):
        self._bidi.send("browsingContext.reload", context=self.context, wait="complete")

    def _eval_json(self, expression):
        result = self._bidi.send("script.evaluate", expression=expression,
                                 target={"context": self.context}, awaitPromise=True)
        if result.get("type") == "exception":
            details = result.get("exceptionDetails", {})
            raise JSError(details.get("text") or json.dumps(details)[:500])
        value = result["result"]
        return value.get("value", "null")

    def _perform(self, source: dict) -> None:
        self._bidi.send("input.performActions", context=self.context, actions=[source])

    def _click_at(self, x, y):
        self._perform({"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                       "actions": [{"type": "pointerMove", "x": int(x), "y": int(y), "origin": "viewport"},
                                   {"type": "pointerDown", "button": 0},
                                   {"type": "pointerUp", "button": 0}]})

    def _type_keys(self, chars):
        steps = []
        for ch in chars:
            steps += [{"type": "keyDown", "value": ch}, {"type": "keyUp", "value": ch}]
        self._perform({"type": "key", "id": "keyboard", "actions": steps})

    def _press(self, key):
        code = KEYS.get(key, key)
        self._perform({"type": "key", "id": "keyboard",
                       "actions": [{"type": "keyDown", "value": code}, {"type": "keyUp", "value": code}]})

    def _screenshot_png(self):
        data = self._bidi.send("browsingContext.captureScreenshot", context=self.context)["data"]
        return base64.b64decode(data)

    def _page_pids(self):
        if self._proc is None:
            return []
        # Content processes show their arguments as one string ending in their type.
        return [p for p in descendants(self._proc.pid)
                if " -contentproc " in " ".join(cmdline(p)) and " ".join(cmdline(p)).endswith(" tab")]

    def close(self):
        try:
            if self._bidi is not None:
                try:
                    self._bidi.send("browser.close", timeout=20)
                except Exception:
                    pass
                self._bidi.close()
        finally:
            self._bidi = None
            _stop(self._proc, timeout=20)
            shutil.rmtree(self._profile, ignore_errors=True)
