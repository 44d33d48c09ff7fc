"""The intake as a conversation, done in the browser as a learner does it: live
(Python under Pyodide), a choice that skips ahead, then the fitting ones, the
client's answer and the feedback read from the page,
kept over a reload, and the transcript saved as a file at the end."""

from __future__ import annotations

import re

import pytest

from cpw_widgets.content import load_dialogue
from cpw_widgets.content.dialogue import END

from .livesite import exercise_frame

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FEEDBACK_TIMEOUT = 30_000


def wait_text(frame, text: str) -> None:
    """Wait until ``text`` shows in the exercise (in the answer, feedback or prompt)."""
    frame.wait_for_function("t => document.body.innerText.includes(t)", arg=text, timeout=FEEDBACK_TIMEOUT)


def option(frame, text: str):
    return frame.locator("button.widget-button", has_text=re.compile(re.escape(text[:40])))


def test_intake_conversation_click_through_reload_and_download(live_page, site, tmp_path):
    d = load_dialogue("intake-schoolleider")
    live_page.goto(f"{site.url}notebooks/oefening-intakegesprek.html")
    frame = exercise_frame(live_page, 0)
    assert d.intro[:40] in frame.inner_text(".jupyter-widgets")

    first = d.first
    skip = next(o for o in first.options if o.kind == "skip")
    option(frame, skip.text).click()
    wait_text(frame, "sprong vooruit")
    # The client's answer takes the focus, so a screen reader reads it next.
    frame.wait_for_function("() => !!(document.activeElement && document.activeElement.closest"
                            " && document.activeElement.closest('.cpw-reply'))", timeout=FEEDBACK_TIMEOUT)
    text = frame.inner_text(".jupyter-widgets")
    assert skip.reply[:40] in text and "Het gesprek is nog bij deze stap" in text
    live_page.screenshot(path=str(tmp_path / "dialoog-vooruit.png"), full_page=True)

    turn = first
    for _ in range(3):
        option(frame, turn.fit.text).click()
        wait_text(frame, turn.fit.feedback[:40])
        assert turn.fit.reply[:30] in frame.inner_text(".cpw-reply")
        turn = d.turn(turn.fit.next)
    assert "Beurt 4 van 7" in frame.inner_text(".jupyter-widgets")
    live_page.screenshot(path=str(tmp_path / "dialoog-beurt4.png"), full_page=True)

    # An own question: the learner places it at a step and compares.
    frame.get_by_label("Jouw vraag").fill("Waaraan merkt u over drie maanden dat het beter gaat?")
    frame.get_by_label("Bij welke stap hoort je vraag?").select_option(label="Verkennen van het progressiedoel")
    frame.locator("button.widget-button", has_text="Stel mijn vraag").click()
    wait_text(frame, "Vergelijk je vraag met deze stap")
    assert turn.fit.text in frame.inner_text(".cpw-reply")
    turn = d.turn(turn.fit.next)
    live_page.screenshot(path=str(tmp_path / "dialoog-eigen-vraag.png"), full_page=True)

    live_page.reload()
    frame = exercise_frame(live_page, 0)
    wait_text(frame, "Beurt 5 van 7")
    assert "Waaraan merkt u over drie maanden" in frame.inner_text(".jupyter-widgets")

    while turn is not None:
        option(frame, turn.fit.text).click()
        wait_text(frame, turn.fit.feedback[:40])
        turn = None if turn.fit.next == END else d.turn(turn.fit.next)
    wait_text(frame, "Het gesprek is rond")
    live_page.screenshot(path=str(tmp_path / "dialoog-einde.png"), full_page=True)
    with live_page.expect_download() as info:
        frame.get_by_text("Sla het gespreksverslag op als tekstbestand").click()
    saved = tmp_path / "verslag.txt"
    info.value.save_as(saved)
    content = saved.read_text(encoding="utf-8")
    assert info.value.suggested_filename == "gespreksverslag-intake-schoolleider.txt"
    assert "[Stap 1 · Mandaat krijgen · sprong vooruit]" in content
    assert "[Stap 4 · Verkennen van het progressiedoel · eigen formulering]" in content
    assert content.rstrip().endswith("(CPW).")
