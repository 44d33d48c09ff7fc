"""Firefox ESR through its built-in WebDriver BiDi over a websocket (no geckodriver)."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any, Callable

from .base import DEAD_PROXY, FIREFOX, KEYS, VIEWPORT, Driver, Engine, JSError, host_of
from .procs import _stop, cmdline, descendants

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
        prefs = dict(FIREFOX_PREFS, **{"network.proxy.no_proxies_on": host_of(allowed)})
        # JSPI set both ways: the firefox-esr the package mirror now ships (140.12) leaves it off
        # by default, where ESR 153 had it on; the plain variant keeps testing the JSPI path
        # (the nojspi variant tests the Safari-like one)
        prefs["javascript.options.wasm_js_promise_integration"] = engine.options.get("jspi") is not False
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
