"""Chromium: Debian's chromium through Playwright (as livesite.py)."""

from __future__ import annotations

import os
from typing import Any

from .base import CHROMIUM, VIEWPORT, Driver, Engine, JSError
from .procs import cmdline, descendants

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
        # Renderers of pages, not of the browser's own (headless) UI.
        return [p for main in self._mains for p in descendants(main)
                if "--type=renderer" in " ".join(cmdline(p))
                and "--top-chrome-webui" not in " ".join(cmdline(p))]

    def close(self):
        try:
            if self._browser is not None:
                self._browser.close()
        finally:
            self._browser = None
            if self._pw is not None:
                self._pw.stop()
                self._pw = None
