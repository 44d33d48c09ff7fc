"""Temporary: screenshots of each conversation exercise for the stop-38 note (not committed)."""
import re
import pytest
from cpw_widgets.content import load_dialogue, load_round_cases
from .livesite import exercise_frame
pytestmark = [pytest.mark.browser, pytest.mark.slow]
T = 60_000
OUT = "/tmp/shots38"


def wait_text(frame, text):
    frame.wait_for_function("t => document.body.innerText.includes(t)", arg=text, timeout=T)


def test_look(live_page, site):
    import os
    os.makedirs(OUT, exist_ok=True)
    case = load_round_cases()[0]
    live_page.goto(f"{site.url}notebooks/oefening-vragenronde.html")
    frame = exercise_frame(live_page, 0)
    ta = frame.get_by_label("Jouw vraag")
    ta.fill("Moet dat dan ook nog, naast al het andere werk?")
    frame.locator("button.widget-button", has_text="Controleer").click()
    frame.wait_for_selector('[aria-label="nog niet"]', timeout=T)
    live_page.screenshot(path=f"{OUT}/vragenronde-retorisch.png", full_page=True)
    ta.fill("Wanneer lukte het de laatste keer toch, op een drukke dag?")
    frame.locator("button.widget-button", has_text="Controleer").click()
    frame.wait_for_selector("text=staat op de flip-over", timeout=T)
    live_page.screenshot(path=f"{OUT}/vragenronde-uitzondering.png", full_page=True)

    live_page.goto(f"{site.url}notebooks/oefening-procescompliment.html")
    frame = exercise_frame(live_page, 0)
    ta = frame.get_by_label("Jouw compliment")
    ta.fill("Knap dat je ze zelf belde, dat doen ze bij andere teams echt niet.")
    frame.locator("button.widget-button", has_text="Controleer").click()
    frame.wait_for_selector('[aria-label="nog niet"]', timeout=T)
    live_page.screenshot(path=f"{OUT}/procescompliment-vergelijking.png", full_page=True)

    live_page.goto(f"{site.url}notebooks/oefening-intervisie-begeleiden.html")
    frame = exercise_frame(live_page, 0)
    d = load_dialogue("intervisie-begeleiden")
    first = d.first
    skip = first.options[0]
    frame.locator("button.widget-button", has_text=re.compile(re.escape(skip.text[:40]))).click()
    wait_text(frame, skip.feedback[:40])
    live_page.screenshot(path=f"{OUT}/begeleiden.png", full_page=True)

    live_page.goto(f"{site.url}notebooks/oefening-intakegesprek.html")
    frame = exercise_frame(live_page, 0)
    d = load_dialogue("intake-schoolleider")
    fit = d.first.fit
    frame.locator("button.widget-button", has_text=re.compile(re.escape(fit.text[:40]))).click()
    wait_text(frame, fit.feedback[:40])
    live_page.screenshot(path=f"{OUT}/intake.png", full_page=True)

    live_page.goto(f"{site.url}notebooks/oefening-checklists.html")
    frame = exercise_frame(live_page, 0)
    frame.wait_for_selector(".jupyter-widgets", timeout=T)
    live_page.wait_for_timeout(2000)
    live_page.screenshot(path=f"{OUT}/checklists.png", full_page=True)
