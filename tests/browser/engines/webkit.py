"""WebKit (Safari's engine): WebKitGTK's MiniBrowser through Debian's WebKitWebDriver
and Selenium, on an Xvfb display of its own (MiniBrowser refuses to run headless)."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
import warnings
from pathlib import Path

from .base import (DEAD_PROXY, ERROR_HOOK_JS, KEYS, MINIBROWSER, VIEWPORT, WEBKIT_DRIVER, Driver, Engine,
                   JSError, host_of)
from .procs import _stop, alive, cmdline, descendants, start_xvfb

class WebKitDriver(Driver):
    outside_policy = ("blocked: WebDriver's proxy capability sends every other host to a dead "
                      "port (WebKit's network process, also for workers); recorded: only loaded "
                      "resources in the page's performance entries (WebKitWebDriver has no BiDi)")

    #: Session starts to try. MiniBrowser now and then dies at start with a
    #: segfault inside libc, before it says anything (the kernel log of one
    #: busy day on a 2-core machine: 13 times, once twice within a second, which
    #: failed a fresh-clone run); the driver then only sees the connection close.
    #: Three deaths in a row, within 8 s, failed another fresh-clone run on a
    #: busy 2-core machine (2026-12-03), so five tries, the pauses growing.
    START_ATTEMPTS = 5
    #: Seconds to wait before the next attempt, times the attempt's number.
    START_PAUSE = 2.0
    #: How long a session start may take before our driver process is ended
    #: (a browser that died while starting leaves the request hanging).
    START_LIMIT = 150
    #: How long our driver may run without a MiniBrowser to be seen. It shows within
    #: 1.3 s at load 5; one that segfaults at once can die between two looks, and
    #: the start then hung for the whole START_LIMIT (a bench loop, 2026-12-01).
    NOT_SEEN_LIMIT = 30
    _start_seen = ""

    def __init__(self, engine: Engine, allowed: str):
        super().__init__(engine, allowed)
        self.driver = None
        self._service = None
        self._xvfb = None
        failures = []
        for attempt in range(1, self.START_ATTEMPTS + 1):
            try:
                self._start_session(engine, allowed)
                break
            except Exception as e:
                failures.append(f"attempt {attempt}: {type(e).__name__}: {e}\n{self._log_tail()}")
                self.close()
                if attempt == self.START_ATTEMPTS:
                    raise RuntimeError("WebKit did not start:\n" + "\n".join(failures)) from e
                time.sleep(self.START_PAUSE * attempt)
        if failures:
            warnings.warn(f"WebKit started on attempt {len(failures) + 1}; before:\n" + "\n".join(failures))

    def _start_session(self, engine: Engine, allowed: str) -> None:
        from selenium import webdriver
        from selenium.webdriver.common.proxy import Proxy
        from selenium.webdriver.webkitgtk.options import Options
        from selenium.webdriver.webkitgtk.service import Service

        self._xvfb, display = start_xvfb()
        env = dict(os.environ, DISPLAY=display)
        if engine.options.get("wasm") is False:
            env["JSC_useWasm"] = "0"   # JavaScriptCore's own option (read at start)
        options = Options()
        options.binary_location = MINIBROWSER
        options.add_argument("--automation")
        host, port = DEAD_PROXY
        options.proxy = Proxy({"proxyType": "manual", "httpProxy": f"{host}:{port}",
                               "sslProxy": f"{host}:{port}",
                               "noProxy": [host_of(allowed)]})
        # The driver's and the browser's own output, for the error of a failed start.
        self._log = tempfile.NamedTemporaryFile(prefix="webkit-", suffix=".log", delete=False)
        # An explicit driver path: Selenium Manager (which downloads) is never asked.
        self._service = Service(executable_path=WEBKIT_DRIVER, env=env, log_output=self._log.name)
        started = time.monotonic()
        starting = threading.Event()
        starting.set()
        threading.Thread(target=self._end_a_stuck_start, args=(starting, started), daemon=True).start()
        try:
            with warnings.catch_warnings():
                # Selenium's own WebKitGTK class trips its own deprecation (4.5x).
                warnings.filterwarnings("ignore", "setting remote_server_addr", DeprecationWarning)
                self.driver = webdriver.WebKitGTK(options=options, service=self._service)
        except Exception as e:
            raise RuntimeError(f"no session after {time.monotonic() - started:.1f} s "
                               f"(limit {self.START_LIMIT} s; {self._start_seen}): {e}") from e
        finally:
            starting.clear()
        # No call waits forever: the longest legitimate one is a page load.
        self.driver.set_page_load_timeout(180)
        self.driver.command_executor.client_config.timeout = 240
        self.driver.set_script_timeout(120)
        self.driver.set_window_rect(0, 0, VIEWPORT[0], VIEWPORT[1])
        self._watch_browser()

    def _end_a_stuck_start(self, starting: threading.Event, started: float) -> None:
        """While the session starts: end our driver process when the browser it
        launched has died, or after START_LIMIT. WebKitWebDriver itself never
        answers then, so the start would hang."""
        seen = set()
        self._start_seen = "MiniBrowser not seen yet"
        while starting.is_set():
            process = getattr(self._service, "process", None)
            if process is not None and process.poll() is None:
                browsers = {p for p in descendants(process.pid)
                            if os.path.basename(cmdline(p)[0]) == os.path.basename(MINIBROWSER)}
                seen |= browsers
                if seen:
                    self._start_seen = f"MiniBrowser seen (pid {', '.join(map(str, sorted(seen)))})"
                dead = seen and not any(alive(p) for p in seen)
                waited = time.monotonic() - started
                unseen = not seen and waited > self.NOT_SEEN_LIMIT
                if dead or unseen or waited > self.START_LIMIT:
                    if starting.is_set():
                        self._start_seen += ("; it ended, so our driver was stopped" if dead else
                                             f"; none within {self.NOT_SEEN_LIMIT} s (it may have died at once), "
                                             "so our driver was stopped" if unseen
                                             else "; the limit passed, so our driver was stopped")
                        _stop(process)
                    return
            elif process is not None:
                self._start_seen += f"; WebKitWebDriver ended by itself (exit {process.returncode})"
                return
            time.sleep(0.2)

    def _log_tail(self, lines: int = 30) -> str:
        log = getattr(self, "_log", None)
        if log is None:
            return "(no log)"
        try:
            text = Path(log.name).read_text(errors="replace").strip()
        except OSError:
            return "(log unreadable)"
        return "\n".join(text.splitlines()[-lines:]) or "(the driver and browser printed nothing)"

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
                if not alive(pid):
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
                _stop(getattr(self._service, "process", None))
            _stop(self._xvfb)
            self._service = self._xvfb = None
            log = getattr(self, "_log", None)
            if log is not None:
                log.close()
                Path(log.name).unlink(missing_ok=True)
                self._log = None
