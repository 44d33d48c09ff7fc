"""A learner's flow in every browser engine: Chromium, Firefox ESR (also with
WebAssembly JSPI off, as in Safari), WebKit (Safari's engine), and the Dutch
fallback when WebAssembly is off.

One driver interface (the ``engines`` package) serves all engines; the exercise pages are
the built site's (the ``site`` fixture). Each engine has its own marker, so
``-m webkit`` runs WebKit alone; CI runs them all. Outside CI a missing engine
is skipped with the reason; in CI (``CI=true``) it fails.

The expected feedback is what the same assessor says in CPython: the browser
must show exactly those per-criterion lines.
"""

from __future__ import annotations

import http.server
import os
import re
import threading

import pytest

from cpw_widgets.assess import assess_choice, assess_request
from cpw_widgets.content import load_feedback_items, load_interventions, load_scenarios

from . import live_dom
from .engines import ENGINES, EngineMissing, launch
from .livesite import EXERCISES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REQUEST_PAGE = "notebooks/oefening-progressieverzoek.html"
QUIZ_PAGE = "notebooks/oefening-interventie.html"
#: The one console error every page of the book has, from Sphinx 7 (which
#: Jupyter Book 1 needs): an inline script that an extension adds after the
#: builder started is written twice (sphinx-doc/sphinx#13402, fixed in 2025 in
#: Sphinx 8, not in 7), so sphinx-thebe's ``const THEBE_JS_URL`` is declared
#: twice. Harmless: the book does not use thebe.
KNOWN_CONSOLE_ERROR = r"THEBE_JS_URL"
#: How long the race test keeps the page's Python busy: longer than typing a
#: sentence and clicking takes in any engine (the test checks that it was).
BUSY_SECONDS = 6.0
#: The number of that busy cell (no exercise has it).
BUSY_CELL = 999
NO_WASM_MESSAGE = "Je browser kan deze oefening hier niet uitvoeren"
#: Learner text with markup and a script: it must come back as text, never run.
HTML_TEXT = ("Wil je voortaan om 9 uur <b>klaar</b> zitten<script>window.__lek = 1</script> "
             "voor het overleg, zodat we op tijd kunnen beginnen?")


def _param(name: str):
    return pytest.param(name, marks=getattr(pytest.mark, ENGINES[name].family), id=name)


FLOW_ENGINES = [_param(n) for n in ("chromium", "firefox", "firefox-nojspi", "webkit")]
NO_WASM_ENGINES = [_param(n) for n in ("chromium-nowasm", "firefox-nowasm", "webkit-nowasm")]


def _start(request, name: str, site):
    """Launch engine ``name`` for the site; skip (outside CI) or fail (in CI) when missing."""
    playwright = request.getfixturevalue("chromium") if ENGINES[name].family == "chromium" else None
    try:
        return launch(name, allowed=site.url, playwright=playwright)
    except EngineMissing as e:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{e} (CI runs every engine)")
        pytest.skip(str(e))


@pytest.fixture(scope="module", params=FLOW_ENGINES)
def engine(request, site):
    """One browser per engine, fresh profile, for all the flow tests of this module."""
    driver = _start(request, request.param, site)
    yield driver
    driver.close()


@pytest.fixture(scope="module", params=NO_WASM_ENGINES)
def engine_without_wasm(request, site):
    driver = _start(request, request.param, site)
    yield driver
    driver.close()


@pytest.fixture
def checked(engine, site):
    """The engine's driver, and after the test: no outside host asked, no 404
    on the site, no error in the console but one (KNOWN_CONSOLE_ERROR).
    WebKit reports errors only after a page has loaded (see the engines package)."""
    browser = engine
    offset = site.log_offset()
    outside_before = len(browser.outside_requests())
    errors_before = len(browser.console_errors())
    yield browser
    assert browser.outside_requests()[outside_before:] == [], "requests to outside hosts"
    assert site.errors_since(offset) == []
    errors = browser.console_errors()[errors_before:]
    assert [e for e in errors if not re.search(KNOWN_CONSOLE_ERROR, e)] == [], errors


class Canary(http.server.ThreadingHTTPServer):
    """A web server on another loopback address (127.0.0.2): an "outside host"
    that counts what reaches it."""
    hits = 0


@pytest.fixture(scope="module")
def canary():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.server.hits += 1
            self.send_response(200)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(b"reached")

        def log_message(self, *args):
            pass

    try:
        server = Canary(("127.0.0.2", 0), Handler)
    except OSError as e:
        pytest.skip(f"no second loopback address here: {e}")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


def open_live(driver, site, page: str, index: int = 0) -> bool:
    """Open ``page`` unless it is open with exercise ``index`` live already;
    wait until it is live. True when the page was (re)opened."""
    url = site.url + page
    here = driver.js("return location.href.split('#')[0];")
    fresh = here != url or live_dom.states(driver)[index:index + 1] != ["live"]
    if fresh:
        driver.open(url)
    live_dom.wait_live(driver, index)
    return fresh


def expected_lines(assessment) -> list[str]:
    """The per-criterion lines the widget shows for ``assessment`` (✓/✗/?, label: feedback)."""
    sign = {True: "✓", False: "✗", None: "?"}
    return [" ".join(f"{sign[c.passed]} {c.label or k}: {c.feedback}".split())
            for k, c in assessment.criteria.items()]


def check_text(driver, text: str, index: int = 0) -> str:
    """Type ``text`` into the request box, press Controleer at once (no pause:
    the click never overtakes the typing, see
    test_a_click_right_after_typing_checks_all_that_was_typed); return the feedback."""
    driver.type("textarea", text, label="Jouw progressieverzoek", box=index)
    return check(driver, index)


def attempts(driver, index: int = 0) -> int:
    """The highest "Poging N" the request exercise shows (0: none yet)."""
    return max(map(int, re.findall(r"Poging (\d+)", shown(driver, index))), default=0)


def check(driver, index: int = 0) -> str:
    """Press Controleer; wait for the next attempt's feedback; return the text."""
    before = attempts(driver, index)
    driver.click("button", text="Controleer", box=index)
    return wait_text(driver, f"Poging {before + 1}", index)


def shown(driver, index: int = 0) -> str:
    return " ".join(live_dom.exercise_text(driver, index).split())


def wait_text(driver, needle: str, index: int = 0) -> str:
    """Wait until exercise ``index`` shows ``needle``; return all its text."""
    try:
        driver.wait_for(
            "return __all({css: '.jupyter-widgets', box: arguments[1]})"
            ".some(e => e.innerText.replace(/\\s+/g, ' ').includes(arguments[0]));",
            " ".join(needle.split()), index, timeout=live_dom.FEEDBACK_TIMEOUT, what=repr(needle))
    except TimeoutError as e:
        raise AssertionError(f"{e}\nthe exercise shows: {shown(driver, index)!r}\n"
                             f"the page's runtime: {runtime_state(driver)}") from None
    return shown(driver, index)


def runtime_state(driver) -> dict:
    """What the page's runtime says about itself, for a failure message: its state,
    whether anything is on its way to Python or storage, and its timings."""
    return driver.js("""
        const r = window.oefenplaats || {};
        return {state: r.state, quiet: r.quiet ? r.quiet() : null, workers: r.workers, storage: r.storage,
                timings: r.timings, left_behind: !!window.__leftBehind,
                navigation: performance.getEntriesByType('navigation').map(e => e.type)};""")


# -- the site asks no other host, and the engine could not if it tried ----------

def test_a_request_to_another_host_does_not_get_through(engine, site, canary):
    """The page asks an "outside" host (another loopback address): the engine
    blocks it, and it never arrives."""
    browser = engine
    browser.open(site.url + "book/index.html")
    outcome = browser.js(
        "return fetch(arguments[0], {mode: 'no-cors', cache: 'no-store'})"
        ".then(() => 'reached', e => 'blocked: ' + e);",
        f"http://127.0.0.2:{canary.server_address[1]}/kanarie")
    assert outcome.startswith("blocked"), f"{browser.name}: {outcome} ({browser.outside_policy})"
    assert canary.hits == 0
    # What the engine recorded of it (the other tests check only their own requests).
    print(f"{browser.name}: {browser.outside_policy}; recorded: {browser.outside_requests()}")


# -- the request exercise: live, checked per criterion, kept over a reload -------

def test_request_exercise_goes_live_gives_feedback_per_criterion_and_keeps_the_answer(checked, site):
    browser = checked
    item = next(i for i in load_feedback_items() if i.id == "team-te-laat-overleg")
    weak, good = "Je komt altijd te laat, dat is slordig.", item.models[0]
    browser.open(site.url + REQUEST_PAGE)
    live_dom.watch_live(browser)
    live_dom.wait_live(browser, 0)
    assert item.feedback[:40] in shown(browser), "the live exercise shows its situation"
    # The page's Python came from the build's memory snapshot, not a fresh start
    # (a silent fallback still works, but costs 20-40 s in WebKit).
    assert browser.js("return performance.getEntriesByName('oefening:restored').length;") == 1, \
        f"{browser.name}: Python was not restored from the snapshot"

    # Typed and checked as soon as the exercise is live, while its Python may
    # still be warming up (the Dutch dictionary: seconds in Firefox without JSPI).
    text = check_text(browser, weak)
    assert "Poging 1" in text
    lines = expected_lines(assess_request(weak))
    assert any(line.startswith("✗") for line in lines)
    for line in lines:
        assert line in text, f"{browser.name}: missing {line!r} in {text!r}"

    text = check_text(browser, good)
    lines = expected_lines(assess_request(good))
    assert all(line.startswith("✓") for line in lines)
    for line in lines:
        assert line in text, f"{browser.name}: missing {line!r} in {text!r}"
    assert "alle 5 criteria" in text
    # Nothing sticks out sideways: a full-width text box with the widgets' side
    # margins was 4 px wider than the exercise, a scrollbar under it in WebKit.
    assert browser.js("return [...document.querySelectorAll('.cpw-exercise')]"
                      ".filter(e => e.scrollWidth > e.clientWidth).length;") == 0, \
        f"{browser.name}: an exercise is wider inside than on the page"
    browser.find('[aria-label="goed"]', box=0)          # scrolls the feedback into view
    browser.screenshot(f"/tmp/engine-{browser.name}.png")
    print(f"{browser.name}: live after {live_dom.live_times(browser)} ms; "
          f"marks {live_dom.phase_marks(browser)}")

    browser.reload()
    live_dom.wait_live(browser, 0)
    assert browser.js("return __find(arguments[0]).value;",
                      {"label": "Jouw progressieverzoek", "box": 0}) == good


def test_leaving_and_coming_back_ends_python_and_keeps_the_answer(checked, site):
    """A page the browser keeps for "back" (WebKit does, with its ~200 MB Python)
    ends its Python on leaving and loads anew when shown again; either way the
    exercise is live again with the learner's answer."""
    browser = checked
    text = "Wil je morgen voor negen uur het verslag mailen, zodat ik het voor het overleg kan lezen?"
    browser.open(site.url + REQUEST_PAGE)
    live_dom.wait_live(browser, 0)
    assert "Poging" in check_text(browser, text)
    browser.wait_for("return window.oefenplaats.quiet()", what="answer handled and kept")
    # A page shown again from the back-forward cache keeps its scripts' state, so
    # this mark tells the kept copy from a page loaded anew. (Firefox shows the kept
    # copy first, its navigation entry then says "back_forward" too, and reloads it a
    # moment later: reading the answer in between read the next page's empty snapshot.)
    browser.js("window.__leftBehind = true;")
    browser.open(site.url + "book/01-welkom.html")
    browser.js("history.back();")
    browser.wait_for("return location.pathname.endsWith(arguments[0]) && !window.__leftBehind && "
                     "document.readyState === 'complete'", REQUEST_PAGE, timeout=30,
                     what="the exercise page loaded anew, not its cached copy with the old Python")
    live_dom.wait_live(browser, 0)
    assert browser.js("return __find(arguments[0]).value;",
                      {"label": "Jouw progressieverzoek", "box": 0}) == text


def test_learner_html_and_script_show_as_text(checked, site):
    browser = checked
    open_live(browser, site, REQUEST_PAGE)
    text = check_text(browser, HTML_TEXT)
    assert browser.js("return __find(arguments[0]).value;",
                      {"label": "Jouw progressieverzoek", "box": 0}) == HTML_TEXT
    lines = expected_lines(assess_request(HTML_TEXT))
    assert any("<b>klaar</b>" in line for line in lines)     # the feedback quotes the markup
    for line in lines:
        assert line in text, f"{browser.name}: missing {line!r} in {text!r}"
    # Shown as text: no element was made from the learner's tags, no script ran.
    made = browser.js("""
        const docs = [document];
        document.querySelectorAll('iframe').forEach(f => { try { docs.push(f.contentDocument); } catch (e) {} });
        return {bold: docs.some(d => [...d.querySelectorAll('.jupyter-widgets b')].some(b => b.textContent === 'klaar')),
                script: docs.some(d => [...d.querySelectorAll('.jupyter-widgets script')].some(s => s.textContent.includes('__lek'))),
                ran: docs.some(d => d.defaultView.__lek !== undefined)};""")
    assert made == {"bold": False, "script": False, "ran": False}


# -- a click right after typing, while Python is busy --------------------------

def keep_python_busy(driver, seconds: float) -> None:
    """Give the page's Python a cell that runs for ``seconds``, as a slow start-up
    or a slow phone would: what the page sends meanwhile waits behind it."""
    code = f"import time\n_t = time.monotonic()\nwhile time.monotonic() - _t < {seconds}:\n    pass\n"
    driver.js("window.oefenplaats.worker.postMessage("
              "{type: 'cells', cells: [[arguments[0], arguments[1]]]});", BUSY_CELL, code)


def python_busy(driver) -> bool:
    """Is the cell of keep_python_busy still running (its end not yet reported)?"""
    return driver.js("return !(('cell-' + arguments[0]) in window.oefenplaats.timings);", BUSY_CELL)


def test_a_click_right_after_typing_checks_all_that_was_typed(checked, site):
    """The learner types and presses Controleer at once while the page's Python
    is busy: the feedback is on everything typed. (ipywidgets sends a box's
    typed text on only once Python has answered its previous update, a click at
    once; the page's widget manager sends the held-back text before the click,
    see web/src/live-manager.js. Without that, Python checked "J".)"""
    browser = checked
    text = "Je komt altijd te laat, dat is slordig."
    open_live(browser, site, REQUEST_PAGE)
    before = attempts(browser)
    keep_python_busy(browser, BUSY_SECONDS)
    browser.type("textarea", text, label="Jouw progressieverzoek", box=0)
    browser.click("button", text="Controleer", box=0)
    assert python_busy(browser), f"{browser.name}: Python was done before the click; raise BUSY_SECONDS"
    shown_text = wait_text(browser, f"Poging {before + 1}")
    for line in expected_lines(assess_request(text)):
        assert line in shown_text, f"{browser.name}: missing {line!r} in {shown_text!r}"


# -- the intervention exercise: a choice, its verdict -----------------------------

def test_intervention_choice_gets_its_verdict(checked, site):
    browser = checked
    names = {i.key: i.name for i in load_interventions()}
    interventions = {i.key: i for i in load_interventions()}
    scenario = next(s for s in load_scenarios() if s.id == "sturen-2")
    wrong = next(k for k in names if k != scenario.intervention)
    open_live(browser, site, QUIZ_PAGE)
    assert " ".join(scenario.text.split())[:60] in shown(browser)

    browser.click(label=names[wrong], box=0)
    assert browser.js("return __find(arguments[0]).checked;", {"label": names[wrong], "box": 0})
    browser.click("button", text="Controleer", box=0)
    verdict = assess_choice(scenario, wrong, interventions)
    text = wait_text(browser, f"✗ {verdict.headline}")
    assert " ".join(verdict.explanation.split()) in text

    browser.click(label=names[scenario.intervention], box=0)
    assert browser.js("return __find(arguments[0]).checked;",
                      {"label": names[scenario.intervention], "box": 0})
    browser.click("button", text="Controleer", box=0)
    verdict = assess_choice(scenario, scenario.intervention, interventions)
    text = wait_text(browser, f"✓ {verdict.headline}")
    assert f"Voor je score telt je eerste keuze: {names[wrong]}." in text


def test_the_engine_is_what_it_claims(engine):
    """The variants really differ: no JSPI in WebKit (as Safari) and in
    firefox-nojspi, so Python that needs it (run_until_complete) would fail there."""
    browser = engine
    features = browser.js("return {wasm: typeof WebAssembly, "
                          "jspi: typeof (window.WebAssembly || {}).Suspending};")
    assert features["wasm"] == "object"
    if browser.name in ("webkit", "firefox-nojspi"):
        assert features["jspi"] == "undefined"
    else:
        assert features["jspi"] == "function"


# -- WebAssembly off: the snapshot stays, with a Dutch message --------------------

def test_without_webassembly_the_snapshot_stays_with_a_dutch_message(engine_without_wasm, site):
    browser = engine_without_wasm
    offset = site.log_offset()
    browser.open(site.url + EXERCISES[0] + ".html")
    assert browser.js("return typeof WebAssembly;") == "undefined"
    live_dom.wait_state(browser, 0, "niet-beschikbaar", timeout=30)
    assert NO_WASM_MESSAGE in live_dom.status_text(browser, 0)
    # The static snapshot is there and shown: the situation and the choices.
    scenario = next(s for s in load_scenarios() if s.id == "sturen-2")
    browser.find(".jupyter-widgets", box=0, timeout=30)
    assert " ".join(scenario.text.split())[:60] in shown(browser)
    assert browser.js("return document.querySelectorAll('.oefening-live iframe').length;") == 0
    browser.find(".oefening-status", box=0)
    browser.screenshot(f"/tmp/engine-{browser.name}.png")
    assert browser.outside_requests() == []
    assert site.errors_since(offset) == []
