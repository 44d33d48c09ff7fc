"""The live site: Python runs in the browser (JupyterLite + Pyodide), built
offline from registries only, served as static files, asking no outside host."""

from __future__ import annotations

import json
import re
import urllib.parse
import zipfile

import pytest

from .livesite import EXERCISES, LIVE_TIMEOUT_MS, exercise_frame

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# A tiny test widget: the answer store of the course, written on a click,
# restored when the widget is made (as the real exercises do).
PROBE_WIDGET = """
import os, ipywidgets as W
from cpw_widgets.answers import AnswerStore
store = AnswerStore()
kept = store.load('proef') or {}
tekst = W.Textarea(value=kept.get('tekst', ''), description='Antwoord')
knop = W.Button(description='Bewaar')
melding = W.HTML(value='<span id="proef-start">cwd=' + os.getcwd() + '</span>')
def bewaar(_):
    ok = store.save('proef', {'tekst': tekst.value})
    melding.value = '<span id="proef-bewaard">bewaard=' + str(ok) + store.warning + '</span>'
knop.on_click(bewaar)
W.VBox([tekst, knop, melding])
"""


def repl_url(site, code: str) -> str:
    query = urllib.parse.urlencode([("kernel", "python"), ("showBanner", "0"),
                                    ("hideCodeInput", "1"), ("code", code)])
    return f"{site.url}lite/repl/index.html?{query}"


# -- the build: offline by construction ------------------------------------------

def test_lite_kernel_uses_only_the_sites_own_pyodide(site):
    lite = site.html / "lite"
    cfg = json.loads((lite / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = cfg["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == "./static/pyodide/pyodide.mjs"
    assert kernel["disablePyPIFallback"] is True
    assert "@jupyter/nbgrader" in cfg["disabledExtensions"]
    assert not (lite / "extensions" / "@jupyter" / "nbgrader").exists()
    lock = json.loads((lite / "static" / "pyodide" / "pyodide-lock.json").read_text())
    for name, entry in lock["packages"].items():
        assert (lite / "static" / "pyodide" / entry["file_name"]).is_file(), name
    for name in ("cpw-widgets", "ipywidgets", "comm", "ruamel-yaml", "simplemma"):
        assert name in lock["packages"], name


def test_simplemma_ships_only_the_dutch_dictionary_and_its_licence(site):
    wheel = next((site.html / "lite" / "static" / "pyodide").glob("simplemma-*.whl"))
    assert wheel.stat().st_size < 1_500_000, f"{wheel.name}: {wheel.stat().st_size} bytes"
    names = zipfile.ZipFile(wheel).namelist()
    data = [n for n in names if n.startswith("simplemma/strategies/dictionaries/data/")]
    assert data == ["simplemma/strategies/dictionaries/data/nl.plzma"]
    assert any(re.search(r"\.dist-info/(licenses/)?LICENSE", n) for n in names)


def test_no_page_links_an_outside_font_or_script(site):
    pattern = re.compile(r'<(?:link|script)[^>]+(?:href|src)="(?:https?:)?//', re.I)
    offenders = [p.relative_to(site.html).as_posix() for p in site.html.rglob("*.html")
                 if pattern.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert offenders == []


# -- the browser: a real kernel, outside hosts blocked ---------------------------

def test_a_widget_runs_python_in_the_browser_and_its_answer_survives_a_reload(live_page, site, tmp_path):
    live_page.goto(repl_url(site, PROBE_WIDGET))
    live_page.wait_for_selector("#proef-start", timeout=LIVE_TIMEOUT_MS)
    assert "cwd=/drive" in live_page.inner_text("#proef-start")
    live_page.fill("textarea", "Wat gaat er al goed?")
    live_page.click("button:has-text('Bewaar')")
    live_page.wait_for_selector("#proef-bewaard", timeout=30_000)
    assert live_page.inner_text("#proef-bewaard") == "bewaard=True"
    live_page.screenshot(path=str(tmp_path / "proef-bewaard.png"))

    live_page.reload()
    live_page.wait_for_selector("#proef-start", timeout=LIVE_TIMEOUT_MS)
    assert live_page.input_value("textarea") == "Wat gaat er al goed?"
    live_page.screenshot(path=str(tmp_path / "proef-na-herladen.png"))


@pytest.mark.parametrize("name", EXERCISES)
def test_exercise_page_shows_loading_then_the_live_exercise_not_code(live_page, site, name, tmp_path):
    live_page.goto(f"{site.url}{name}.html")
    status = live_page.wait_for_selector(".oefening-live .oefening-status", timeout=10_000)
    assert "De oefening wordt geladen…" in status.inner_text()
    live_page.screenshot(path=str(tmp_path / "laden.png"))
    frame = exercise_frame(live_page)
    # The static snapshot is hidden, the live one is shown; no code anywhere.
    assert live_page.eval_on_selector_all(
        ".cell_output", "els => els.every(e => e.hidden || !e.querySelector("
        "'script[type=\"application/vnd.jupyter.widget-view+json\"]'))")
    assert live_page.query_selector(".cell_input") is None
    assert frame.query_selector(".jupyter-widgets") is not None
    assert frame.eval_on_selector_all(
        ".jp-CodeConsole-content .jp-InputArea",
        "els => els.every(e => e.offsetParent === null)")
    assert not frame.query_selector(".jp-OutputArea-output[data-mime-type*='stderr']")
    live_page.screenshot(path=str(tmp_path / "live.png"), full_page=True)


def test_without_webassembly_the_static_exercise_stays_with_a_dutch_message(live_page, site, tmp_path):
    live_page.add_init_script("delete window.WebAssembly;")
    live_page.goto(f"{site.url}{EXERCISES[0]}.html")
    box = live_page.wait_for_selector(
        ".oefening-live[data-state=\"niet-beschikbaar\"]", timeout=10_000)
    assert "Je browser kan deze oefening hier niet uitvoeren" in box.inner_text()
    assert live_page.query_selector(".oefening-live iframe") is None
    # The static widget snapshot (rendered by the vendored widget JS) is visible.
    live_page.wait_for_selector(".cell_output .jupyter-widgets", state="visible", timeout=20_000)
    live_page.screenshot(path=str(tmp_path / "zonder-webassembly.png"), full_page=True)


def test_a_browser_that_cannot_keep_answers_says_so_in_dutch(live_page, site, tmp_path):
    # No service worker (a private window, or a site on plain http): the exercise
    # still runs, and the learner is told that answers are not kept.
    live_page.add_init_script(
        "Object.defineProperty(Navigator.prototype, 'serviceWorker', {get: () => undefined});")
    live_page.goto(f"{site.url}{EXERCISES[0]}.html")
    live_page.wait_for_selector(".oefening-live[data-state=live]", timeout=120_000)
    note = live_page.wait_for_selector(".oefening-live .oefening-let-op", timeout=5_000)
    assert "bewaart je antwoorden hier niet" in note.inner_text()
    assert note.is_visible()
    live_page.screenshot(path=str(tmp_path / "niet-bewaard.png"), full_page=True)


def test_a_browser_that_keeps_answers_shows_no_such_note(live_page, site):
    live_page.goto(f"{site.url}{EXERCISES[0]}.html")
    live_page.wait_for_selector(".oefening-live[data-state=live]", timeout=120_000)
    assert live_page.query_selector(".oefening-live .oefening-let-op") is None
