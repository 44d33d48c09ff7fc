"""Mijn voortgang in a real browser: do two exercises on the site (a progress
request from ✗ to ✓ with a remark on a verdict, and a situation of the quiz),
open the progress page, check the states and the chart, download the answers,
wipe them (with the confirmation), restore the download, and find the answers
back on the exercise page. Outside hosts are blocked (see conftest).

Screenshots go to $OEFENPLAATS_SCREENSHOTS when set (to look at), else to the
test's temporary folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cpw_widgets.content import load_exercises, load_feedback_items, load_interventions, load_scenarios

from .livesite import exercise_frame
from .test_oefeningen import FEEDBACK_TIMEOUT, button, open_exercise

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("OEFENPLAATS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_progress(page, site):
    page.goto(f"{site.url}notebooks/mijn-voortgang.html")
    frame = exercise_frame(page, 0)
    frame.wait_for_selector("text=Waar sta je?", timeout=FEEDBACK_TIMEOUT)
    return frame


def choose_file(page, frame, path: Path) -> None:
    """Click "Zet antwoorden terug" and pick ``path`` in the file chooser."""
    with page.expect_file_chooser() as chooser:
        frame.locator("button.widget-upload").click()
    chooser.value.set_files(str(path))


def row_of(frame, title: str) -> str:
    return frame.locator("table.cpw-progress-table tr", has_text=title).inner_text()


def test_progress_page_states_chart_download_wipe_import(live_page, site, tmp_path):
    out = shots(tmp_path)
    page = live_page
    item = next(i for i in load_feedback_items() if i.id == "team-te-laat-overleg")

    # 1. A progress request: first with ✗, then right; then a remark on a verdict.
    frame = open_exercise(page, site, "oefening-progressieverzoek")
    textarea = frame.get_by_label("Jouw progressieverzoek")
    textarea.fill("Je komt altijd te laat, dat is slordig.")
    button(frame, "Controleer").click()
    frame.wait_for_selector('[aria-label="nog niet"]', timeout=FEEDBACK_TIMEOUT)
    textarea.fill(item.models[0])
    button(frame, "Controleer").click()
    frame.wait_for_selector("text=alle 5 criteria", timeout=FEEDBACK_TIMEOUT)
    button(frame, "Klopt deze feedback niet?").click()
    frame.get_by_label("Wat klopt er volgens jou niet?").fill("Dit vind ik <b>te streng</b> 😀")
    button(frame, "Bewaar je opmerking").click()
    frame.wait_for_selector("text=Je opmerking staat bij je antwoord", timeout=FEEDBACK_TIMEOUT)
    page.screenshot(path=str(out / "voortgang-0-verzoek.png"), full_page=True)

    # 2. One situation of the quiz.
    frame = open_exercise(page, site, "oefening-interventie")
    first = next(s for s in load_scenarios() if s.id == "sturen-2")
    names = {i.key: i.name for i in load_interventions()}
    frame.get_by_label(names[first.intervention], exact=True).check()
    button(frame, "Controleer").click()
    frame.wait_for_selector("text=✓", timeout=FEEDBACK_TIMEOUT)

    # 3. The progress page: states, chart, remark, what to practise.
    frame = open_progress(page, site)
    assert "klaar" in row_of(frame, "Progressieverzoek: op tijd bij het overleg")
    assert "2 pogingen" in row_of(frame, "Progressieverzoek: op tijd bij het overleg")
    assert "begonnen" in row_of(frame, "Welke interventie past? Zes situaties")
    assert "nog niet begonnen" in row_of(frame, "Cirkeltechniek voor jezelf")
    text = frame.inner_text(".jupyter-widgets")
    total = len(load_exercises().keys)
    assert f"Van de {total} oefeningen heb je er 1 klaar, ben je met 1 begonnen" in text
    assert "Gelukt na oefenen:" in text
    chart = frame.locator("table[aria-label^='Poging voor poging']")
    assert chart.locator('[aria-label="nog niet"]').count() >= 3
    assert chart.locator('[aria-label="goed"]').count() >= 5
    assert "Dit vind ik <b>te streng</b> 😀" in text  # escaped: shown as typed
    assert "Er gaat niets naar buiten" in text
    page.screenshot(path=str(out / "voortgang-1-overzicht.png"), full_page=True)

    # 4. Download: one readable document with both answers.
    with page.expect_download() as info:
        frame.locator("a.cpw-download").click()
    saved = tmp_path / "download.json"
    info.value.save_as(saved)
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert {"progressieverzoek-1", "interventies"} <= set(doc["antwoorden"])
    assert doc["antwoorden"]["progressieverzoek-1"]["text"] == item.models[0]
    assert doc["antwoorden"]["progressieverzoek-1"]["disputes"][0]["note"] == "Dit vind ik <b>te streng</b> 😀"

    # 5. Wipe, with the confirmation step.
    button(frame, "Wis mijn antwoorden").click()
    frame.wait_for_selector("text=Weet je het zeker?", timeout=FEEDBACK_TIMEOUT)
    page.screenshot(path=str(out / "voortgang-2-wissen-vraag.png"), full_page=True)
    button(frame, "Ja, wis alles").click()
    frame.wait_for_selector("text=Je antwoorden zijn gewist", timeout=FEEDBACK_TIMEOUT)
    assert "nog niet begonnen" in row_of(frame, "Progressieverzoek: op tijd bij het overleg")

    # 6. A foreign file changes nothing; the download restores everything.
    foreign = tmp_path / "iets.json"
    foreign.write_text('{"naam": "Ans"}', encoding="utf-8")
    choose_file(page, frame, foreign)
    frame.wait_for_selector("text=komt niet uit deze cursus", timeout=FEEDBACK_TIMEOUT)
    choose_file(page, frame, saved)
    frame.wait_for_selector("text=Je antwoorden zijn teruggezet", timeout=FEEDBACK_TIMEOUT)
    assert "klaar" in row_of(frame, "Progressieverzoek: op tijd bij het overleg")
    page.screenshot(path=str(out / "voortgang-3-teruggezet.png"), full_page=True)

    # 7. The answers are back where the learner left them.
    frame = open_progress(page, site)
    assert "begonnen" in row_of(frame, "Welke interventie past? Zes situaties")
    frame = open_exercise(page, site, "oefening-progressieverzoek")
    assert frame.get_by_label("Jouw progressieverzoek").input_value() == item.models[0]
    frame.wait_for_selector("text=alle 5 criteria", timeout=FEEDBACK_TIMEOUT)
