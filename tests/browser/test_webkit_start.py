"""WebKit's session start is tried again when MiniBrowser dies at start (it
segfaults inside libc now and then, before it says anything). No browser runs
here: the session start is replaced, so this checks our retry itself."""

from __future__ import annotations

import pytest

from .engines import ENGINES
from .engines.webkit import WebKitDriver


def flaky_start(fails: int):
    calls = []

    def start(self, engine, allowed):
        calls.append(engine.name)
        if len(calls) <= fails:
            raise RuntimeError(f"MiniBrowser died at start ({len(calls)})")
        self.driver = object()
    return start, calls


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setattr(WebKitDriver, "START_PAUSE", 0.0)
    monkeypatch.setattr(WebKitDriver, "close", lambda self: None)
    return monkeypatch


def test_two_deaths_at_start_are_tried_again_with_a_warning(quick):
    start, calls = flaky_start(2)
    quick.setattr(WebKitDriver, "_start_session", start)
    with pytest.warns(UserWarning, match="attempt 3") as seen:
        driver = WebKitDriver(ENGINES["webkit"], "http://127.0.0.1:9/")
    assert driver.driver is not None and len(calls) == 3
    assert "died at start (1)" in str(seen[0].message) and "died at start (2)" in str(seen[0].message)


def test_a_death_at_every_attempt_fails_with_every_attempt_told(quick):
    tries = WebKitDriver.START_ATTEMPTS
    start, calls = flaky_start(tries)
    quick.setattr(WebKitDriver, "_start_session", start)
    with pytest.raises(RuntimeError, match="WebKit did not start") as failed:
        WebKitDriver(ENGINES["webkit"], "http://127.0.0.1:9/")
    assert len(calls) == tries > 3  # three deaths in a row happen on a busy machine
    assert all(f"attempt {n}:" in str(failed.value) for n in range(1, tries + 1))


def test_three_deaths_in_a_row_are_survived(quick):
    start, calls = flaky_start(3)
    quick.setattr(WebKitDriver, "_start_session", start)
    with pytest.warns(UserWarning, match="attempt 4"):
        driver = WebKitDriver(ENGINES["webkit"], "http://127.0.0.1:9/")
    assert driver.driver is not None and len(calls) == 4


def test_a_driver_that_never_shows_a_browser_is_stopped_without_waiting_for_the_limit(monkeypatch):
    """A MiniBrowser that segfaults at once can die between two looks of the
    watcher; our driver is then stopped after NOT_SEEN_LIMIT, not START_LIMIT."""
    import subprocess
    import sys
    import threading
    import time
    from types import SimpleNamespace

    monkeypatch.setattr(WebKitDriver, "NOT_SEEN_LIMIT", 1)
    driver = object.__new__(WebKitDriver)
    # stands in for WebKitWebDriver: alive, and never starts a MiniBrowser
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    driver._service = SimpleNamespace(process=process)
    starting = threading.Event()
    starting.set()
    began = time.monotonic()
    try:
        driver._end_a_stuck_start(starting, began)
        assert process.poll() is not None, "the driver process was left running"
        assert time.monotonic() - began < 10
        assert "none within 1 s" in driver._start_seen
    finally:
        process.kill()
        process.wait()
