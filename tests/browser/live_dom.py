"""The live exercises' DOM contract, read through any engine's driver (engines.py).

Every live exercise on a page is a box ``div.oefening-live`` whose
``data-state`` is ``wacht``, ``laden``, ``live`` or ``niet-beschikbaar``, with a
Dutch status line ``.oefening-status``. Once live, its ipywidgets are elements
of the page inside that box (the runtime with one Pyodide per page in a Web
Worker), or of a same-origin frame inside it (the older JupyterLite runtime):
the driver's element search covers both.

Timings: the newer runtime publishes ``window.oefenplaats`` (``timings``, and
per exercise ``exercises[i].live``) and ``performance`` marks named
``oefening:*``; for a runtime without them, ``watch_live`` records in the page
the moment each box turns live (a MutationObserver, in the page's own clock).

No pytest here: the bench uses it too.
"""

from __future__ import annotations

from typing import Any

#: Seconds an exercise may take to become live in a test (WebKit on a busy
#: two-core machine needs the most); the bench prints the real figures.
LIVE_TIMEOUT = 240.0
FEEDBACK_TIMEOUT = 30.0


def states(driver) -> list[str]:
    """``data-state`` of every exercise box on the page, in page order."""
    return driver.js("return [...document.querySelectorAll('.oefening-live')]"
                     ".map(b => b.dataset.state);")


def status_text(driver, index: int = 0) -> str:
    return driver.js("const b = document.querySelectorAll('.oefening-live')[arguments[0]];"
                     " const s = b && b.querySelector('.oefening-status');"
                     " return s ? s.textContent.replace(/\\s+/g, ' ').trim() : null;", index)


def wait_state(driver, index: int, wanted: str, timeout: float) -> None:
    """Wait until box ``index`` is in state ``wanted``; fail early (with its
    status line) when it ends in the other final state."""
    final = {"live", "niet-beschikbaar"} - {wanted}
    result = driver.wait_for(
        "const b = document.querySelectorAll('.oefening-live')[arguments[0]];"
        " if (!b) return null; const s = b.dataset.state;"
        " return (s === arguments[1] || arguments[2].includes(s)) ? s : null;",
        index, wanted, sorted(final), timeout=timeout,
        what=f"exercise {index} to be {wanted}")
    if result != wanted:
        raise AssertionError(f"{driver.name}: exercise {index} is {result!r}, not {wanted!r}: "
                             f"{status_text(driver, index)}")


def wait_live(driver, index: int = 0, timeout: float = LIVE_TIMEOUT) -> None:
    """Wait until exercise ``index`` is live and its widgets are on screen.

    Scrolls the box into view first (the older runtime starts an exercise only
    when it comes near the screen)."""
    driver.wait_for("const b = document.querySelectorAll('.oefening-live')[arguments[0]];"
                    " if (b) b.scrollIntoView({block: 'start'}); return !!b;", index,
                    timeout=30, what=f"exercise box {index}")
    wait_state(driver, index, "live", timeout)
    driver.find(".jupyter-widgets", box=index, timeout=FEEDBACK_TIMEOUT)


def exercise_text(driver, index: int = 0) -> str:
    """The text of exercise ``index``'s widgets, as shown (whitespace collapsed)."""
    return driver.js(
        "return __all({css: '.jupyter-widgets', box: arguments[0]})"
        ".filter(e => !(e.parentElement && e.parentElement.closest('.jupyter-widgets')))"
        ".map(e => e.innerText).join('\\n').replace(/[ \\t\\u00a0]+/g, ' ');", index)


def watch_live(driver) -> None:
    """Record in the page when each box turns live (``window.__engineLive``, ms
    on the page's clock); a box already live is recorded as now (an upper bound)."""
    driver.js("""
        if (window.__engineLive) return;
        const seen = window.__engineLive = {};
        const look = () => document.querySelectorAll('.oefening-live').forEach((b, i) => {
            if (seen[i] === undefined && b.dataset.state === 'live') seen[i] = performance.now();
        });
        look();
        new MutationObserver(look).observe(document.documentElement,
            {subtree: true, childList: true, attributes: true, attributeFilter: ['data-state']});""")


def live_times(driver) -> list[float | None]:
    """Per box: ms from the start of navigation to live (None: not live).

    The runtime's own figure when it gives one (``oefenplaats.exercises[i].live``),
    else what ``watch_live`` saw."""
    return driver.js("""
        const boxes = [...document.querySelectorAll('.oefening-live')];
        const own = (window.oefenplaats && window.oefenplaats.exercises) || [];
        const seen = window.__engineLive || {};
        return boxes.map((b, i) => {
            if (b.dataset.state !== 'live') return null;
            if (own[i] && typeof own[i].live === 'number') return own[i].live;
            return seen[i] === undefined ? null : Math.round(seen[i]);
        });""")


def phase_marks(driver) -> dict[str, Any]:
    """The runtime's ``oefening:*`` performance marks (ms from navigation start)
    and ``window.oefenplaats.timings`` when the runtime publishes them."""
    return driver.js("""
        const marks = {};
        for (const m of performance.getEntriesByType('mark'))
            if (m.name.startsWith('oefening:')) marks[m.name.slice(9)] = Math.round(m.startTime);
        const rt = window.oefenplaats || null;
        return {marks, timings: rt && rt.timings ? rt.timings : null};""")
