"""The driver interface every engine implements, and the scripts it runs in the page."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .procs import XVFB, private_bytes, rss_bytes

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FIREFOX = os.environ.get("FIREFOX", "/usr/bin/firefox-esr")
WEBKIT_DRIVER = os.environ.get("WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver")
MINIBROWSER = os.environ.get("MINIBROWSER", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser")

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

    def page_private(self) -> int | None:
        """Unshared memory (bytes) of the process that renders the page (the one
        with the largest RSS): see procs.private_bytes."""
        pids = [p for p in self._page_pids() if rss_bytes(p)]
        return private_bytes(max(pids, key=lambda p: rss_bytes(p) or 0)) if pids else None

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


def host_of(url: str) -> str:
    """The host name of a URL (the site's, for the engines' no-proxy lists)."""
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or "127.0.0.1"
