"""The live site: one Python per page (Pyodide in a Web Worker), built offline
from registries only, served as static files, asking no outside host; the
widgets are the page's own elements, usable from the first moment (the static
snapshot), and the answers are kept in the browser's IndexedDB."""

from __future__ import annotations

import json
import re
import tarfile

import pytest

from .livesite import EXERCISES, LIVE_TIMEOUT_MS, exercise_frame, wait_live

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FEEDBACK_TIMEOUT = 30_000
REQUEST_PAGE = "notebooks/oefening-progressieverzoek"  # four exercises on one page
VIEW_TAG = 'script[type="application/vnd.jupyter.widget-view+json"]'

# The answers file as IDBFS keeps it in IndexedDB (database = mount point).
READ_IDB = """() => new Promise((resolve, reject) => {
  const open = indexedDB.open('/oefenplaats');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('FILE_DATA')) { resolve(null); return; }
    const get = db.transaction('FILE_DATA').objectStore('FILE_DATA').get('/oefenplaats/antwoorden.json');
    get.onsuccess = () => resolve(get.result && get.result.contents
      ? new TextDecoder().decode(get.result.contents) : null);
    get.onerror = () => reject(get.error);
  };
})"""


# -- the build: offline by construction, only what is needed ------------------------

def _bundle(lite):
    """The site-packages archive the worker writes into Python's file system: name -> bytes."""
    with tarfile.open(lite / "pyodide" / "site-packages.tar.gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def test_the_site_ships_only_its_own_pyodide_and_what_the_exercises_need(site):
    lite = site.html / "lite"
    assert not (lite / "repl").exists() and not (lite / "jupyter-lite.json").exists()
    # No wheel is installed one by one: the lock lists none, the packages come as one archive.
    lock = json.loads((lite / "pyodide" / "pyodide-lock.json").read_text())
    assert lock["packages"] == {} and not list((lite / "pyodide").glob("*.whl"))
    dists = {n.split("/")[0].split("-")[0].lower().replace("_", "-")
             for n in _bundle(lite) if n.split("/")[0].endswith(".dist-info")}
    assert dists == {"cpw-widgets", "ipywidgets", "comm", "traitlets", "ruamel-yaml", "simplemma"}
    assert not any(n.startswith(("jedi", "IPython", "micropip")) for n in _bundle(lite))
    listing = json.loads((lite / "oefeningen.json").read_text())
    assert (lite / "pyodide" / listing["bundle"]).is_file()
    assert (lite / "pyodide" / listing["snapshot"]).is_file()
    assert set(listing["pages"]) == set(EXERCISES)
    prefetch = json.loads((lite / "voorladen.json").read_text())
    for name in prefetch["files"]:
        assert (site.html / name.split("?")[0]).is_file(), name
    assert any(f.startswith("_static/dist/oefening-live.js?") for f in prefetch["files"])
    for name in ("pyodide.asm.wasm", listing["bundle"], listing["snapshot"]):
        assert f"lite/pyodide/{name}" in prefetch["files"], name


def test_simplemma_ships_only_the_dutch_dictionary_and_its_licence(site):
    names = list(_bundle(site.html / "lite"))
    data = [n for n in names if n.startswith("simplemma/strategies/dictionaries/data/")]
    assert data == ["simplemma/strategies/dictionaries/data/nl.plzma"]
    assert any(re.search(r"simplemma-[^/]+\.dist-info/(licenses/)?LICENSE", n) for n in names)
    size = sum(len(b) for n, b in _bundle(site.html / "lite").items() if n.startswith("simplemma"))
    assert size < 1_500_000, size


def test_no_page_links_an_outside_font_or_script(site):
    pattern = re.compile(r'<(?:link|script)[^>]+(?:href|src)="(?:https?:)?//', re.I)
    offenders = [p.relative_to(site.html).as_posix() for p in site.html.rglob("*.html")
                 if pattern.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert offenders == []


# -- the browser: one Python per page, outside hosts blocked -------------------------

#: Before the page's own scripts: write down every status the exercises show and
#: whether the snapshot's widgets were on screen, so the test need not catch the
#: loading phase in time (a fast start, or a slow test machine, can miss it).
RECORD_START = """
window.__seen = {status: [], snapshot: false};
new MutationObserver(() => {
  document.querySelectorAll('.oefening-live .oefening-status').forEach((s) => {
    const t = s.textContent.trim();
    if (t && !window.__seen.status.includes(t)) window.__seen.status.push(t);
  });
  if (document.querySelector('.oefening-live .cell_output .jupyter-widgets')) window.__seen.snapshot = true;
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


@pytest.mark.parametrize("name", EXERCISES)
def test_exercise_page_shows_the_snapshot_at_once_then_the_live_exercise_in_the_page(
        live_page, site, name, tmp_path):
    live_page.add_init_script(RECORD_START)
    live_page.goto(f"{site.url}{name}.html")
    live_page.wait_for_selector(".oefening-live .oefening-status", timeout=10_000)
    if live_page.locator(".oefening-live .cell_output .jupyter-widgets").count():
        live_page.screenshot(path=str(tmp_path / "laden.png"))
    state = wait_live(live_page)
    seen = live_page.evaluate("() => window.__seen")
    assert seen["status"][0].startswith("De oefening wordt geladen…"), seen["status"]
    assert seen["status"][-1] == "De oefening is klaar.", seen["status"]
    # The snapshot was there (and usable: its mark) before the exercise went live.
    assert seen["snapshot"]
    assert state["timings"]["static"] <= state["timings"]["live"]
    assert state["workers"] == 1 and all(e["state"] == "live" for e in state["exercises"])
    # The snapshot is gone, the live widgets are in the page; no code, no frame.
    assert live_page.locator(VIEW_TAG).count() == 0
    assert live_page.locator(".oefening-live .cell_output").count() == 0
    assert live_page.query_selector(".cell_input") is None
    assert live_page.locator("iframe").count() == 0
    assert live_page.locator(".oefening-uitvoer .jupyter-widgets").count() >= len(state["exercises"])
    for phase in ("start", "worker", "pyodide", "packages", "imports", "storage", "cell-1", "live"):
        assert phase in state["timings"], phase
    live_page.screenshot(path=str(tmp_path / "live.png"), full_page=True)


def test_all_exercises_of_a_page_share_one_python(live_page, site):
    live_page.goto(f"{site.url}{REQUEST_PAGE}.html")
    state = wait_live(live_page)
    assert len(state["exercises"]) == 4
    assert len(live_page.workers) == 1 and state["workers"] == 1
    marks = live_page.evaluate(
        "() => performance.getEntriesByType('mark').map(m => m.name)"
        ".filter(n => n.startsWith('oefening:'))")
    # one start of Python (restored from the build's snapshot), four cells run in it
    assert marks.count("oefening:pyodide") == 1 and marks.count("oefening:restored") == 1
    assert {f"oefening:cell-{n}" for n in range(1, 5)} <= set(marks)


def test_what_the_learner_does_before_python_is_ready_is_carried_over(live_page, site, tmp_path):
    """Type and press Controleer in the snapshot while the exercises' list (and so
    their code) is held back; once live, the text is in the live exercise and the
    press has been made."""
    held = []
    live_page.route("**/lite/oefeningen.json", lambda route: held.append(route))
    live_page.goto(f"{site.url}{REQUEST_PAGE}.html")
    box = live_page.locator(".oefening-live").nth(1)
    box.scroll_into_view_if_needed()
    snapshot = box.locator(".cell_output")
    snapshot.get_by_label("Jouw progressieverzoek").wait_for(timeout=20_000)
    assert box.get_attribute("data-state") in ("wacht", "laden")
    text = "Wil je de overdracht voortaan op de lijst afvinken? Dan weet ik zeker dat niets ontbreekt."
    snapshot.get_by_label("Jouw progressieverzoek").fill(text)
    snapshot.locator("button", has_text="Controleer").click()
    assert "nagekeken zodra de oefening klaar is" in box.locator(".oefening-status").inner_text()
    live_page.screenshot(path=str(tmp_path / "voor-live-getypt.png"))
    assert held, "the page did not ask for lite/oefeningen.json"
    for route in held:  # the page's request (and the worker's, where routed too)
        route.continue_()
    live_page.unroute("**/lite/oefeningen.json")

    frame = exercise_frame(live_page, 1)
    assert frame.get_by_label("Jouw progressieverzoek").input_value() == text
    frame.wait_for_selector("text=Poging 1", timeout=FEEDBACK_TIMEOUT)
    assert live_page.evaluate("() => window.oefenplaats.exercises[1].state") == "live"
    live_page.screenshot(path=str(tmp_path / "na-live-overgenomen.png"))


def check_first_request(live_page, site, text: str):
    """Open the request page, check ``text`` in its first exercise, wait for the feedback."""
    live_page.goto(f"{site.url}{REQUEST_PAGE}.html")
    frame = exercise_frame(live_page, 0)
    frame.get_by_label("Jouw progressieverzoek").fill(text)
    frame.locator("button.widget-button", has_text="Controleer").click()
    frame.wait_for_selector("text=Poging 1", timeout=FEEDBACK_TIMEOUT)
    return frame


def test_learner_text_with_html_or_script_is_shown_as_text(live_page, site):
    typed = 'Wil je <b id="vet">voortaan</b> om negen uur beginnen? <script>window.__gehackt = 1</script>'
    frame = check_first_request(live_page, site, typed)
    # The feedback quotes the learner's words: markup and all, as plain text.
    assert 'id="vet">voortaan</b> om negen uur' in frame.inner_text(".jupyter-widgets")
    assert live_page.locator("#vet").count() == 0
    assert live_page.evaluate("() => window.__gehackt") is None


def test_answers_are_kept_in_indexeddb_and_survive_a_reload(live_page, site, tmp_path):
    text = "Zou je om negen uur willen beginnen? Dan zijn we op tijd klaar."
    frame = check_first_request(live_page, site, text)
    live_page.wait_for_function(f"async key => ((await ({READ_IDB})()) || '').includes(key)",
                                arg="progressieverzoek-1", timeout=10_000)
    kept = json.loads(live_page.evaluate(READ_IDB))
    assert kept["progressieverzoek-1"]["text"] == text
    assert live_page.evaluate("() => window.oefenplaats.storage") is True

    live_page.reload()
    frame = exercise_frame(live_page, 0)
    assert frame.get_by_label("Jouw progressieverzoek").input_value() == text
    frame.wait_for_selector("text=Poging 1", timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "na-herladen.png"))


def test_a_page_without_exercises_prefetches_their_python_when_idle(live_page, site):
    offset = site.log_offset()
    live_page.goto(f"{site.url}book/04-progressieverzoek.html")
    live_page.wait_for_function(
        "() => performance.getEntriesByName('oefening:voorgeladen').length > 0", timeout=60_000)
    assert live_page.workers == []  # prefetched, not started
    with site.log.open("rb") as fh:
        fh.seek(offset)
        asked = fh.read().decode("utf-8", "replace")
    prefetch = json.loads((site.html / "lite" / "voorladen.json").read_text())
    for name in prefetch["files"]:
        assert f"GET /{name} " in asked, name


def test_without_webassembly_the_static_exercise_stays_with_a_dutch_message(live_page, site, tmp_path):
    live_page.add_init_script("delete window.WebAssembly;")
    live_page.goto(f"{site.url}{EXERCISES[0]}.html")
    box = live_page.wait_for_selector(
        ".oefening-live[data-state=\"niet-beschikbaar\"]", timeout=10_000)
    assert "Je browser kan deze oefening hier niet uitvoeren" in box.inner_text()
    assert live_page.workers == []
    # The static widget snapshot (rendered by the site's own widget JS) is visible.
    live_page.wait_for_selector(".cell_output .jupyter-widgets", state="visible", timeout=20_000)
    live_page.screenshot(path=str(tmp_path / "zonder-webassembly.png"), full_page=True)


def test_a_browser_that_cannot_keep_answers_says_so_in_dutch(live_page, site, tmp_path):
    # No IndexedDB (storage switched off): the exercise still runs, and the
    # learner is told that answers are not kept.
    live_page.add_init_script("Object.defineProperty(window, 'indexedDB', {get: () => undefined});")
    live_page.goto(f"{site.url}{EXERCISES[0]}.html")
    live_page.wait_for_selector(".oefening-live[data-state=live]", timeout=LIVE_TIMEOUT_MS)
    note = live_page.wait_for_selector(".oefening-live .oefening-let-op", timeout=5_000)
    assert "bewaart je antwoorden hier niet" in note.inner_text()
    assert note.is_visible()
    live_page.screenshot(path=str(tmp_path / "niet-bewaard.png"), full_page=True)


def test_a_browser_that_keeps_answers_shows_no_such_note(live_page, site):
    live_page.goto(f"{site.url}{EXERCISES[0]}.html")
    wait_live(live_page)
    assert live_page.evaluate("() => window.oefenplaats.storage") is True
    assert live_page.query_selector(".oefening-live .oefening-let-op") is None


def test_the_site_answers_favicon_ico(site):
    """Browsers still ask for /favicon.ico now and then (Firefox on a page loaded
    again on "back"): the site has one, an icon file with 16 and 32 px images."""
    ico = (site.html / "favicon.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and ico[4] >= 2
