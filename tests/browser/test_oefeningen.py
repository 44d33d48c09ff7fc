"""The exercises, done as a learner does them: in the browser, with the
live widget (Python under Pyodide), wrong then right, and still there after a
reload. Outside hosts are blocked (see conftest)."""

from __future__ import annotations

import re

import pytest

from cpw_widgets.content import (
    INTERVISION_CATEGORIES,
    load_feedback_items,
    load_interventions,
    load_intervision_questions,
    load_scenarios,
)

from .livesite import exercise_frame

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FEEDBACK_TIMEOUT = 30_000


def button(frame, text: str):
    """A widget button by its text (its accessible name also holds the icon's glyph)."""
    return frame.locator("button.widget-button", has_text=re.compile(rf"^\s*{re.escape(text)}\s*$"))


def open_exercise(page, site, name: str, index: int = 0):
    page.goto(f"{site.url}notebooks/{name}.html")
    return exercise_frame(page, index)


def test_intervention_quiz_wrong_then_right_and_kept(live_page, site, tmp_path):
    frame = open_exercise(live_page, site, "oefening-interventie")
    names = {i.key: i.name for i in load_interventions()}
    first = next(s for s in load_scenarios() if s.id == "sturen-2")
    assert first.text[:40] in frame.inner_text(".jupyter-widgets")
    wrong = next(k for k in names if k != first.intervention)

    frame.get_by_label(names[wrong], exact=True).check()
    button(frame, "Controleer").click()
    frame.wait_for_selector("text=✗", timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "quiz-fout.png"), full_page=True)

    frame.get_by_label(names[first.intervention], exact=True).check()
    button(frame, "Controleer").click()
    frame.wait_for_selector("text=✓", timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "quiz-goed.png"), full_page=True)

    # Kept over a reload: the latest choice with its verdict, plus which choice
    # counts for the score (the first one checked: a retry is for learning).
    live_page.reload()
    frame = exercise_frame(live_page, 0)
    assert frame.get_by_label(names[first.intervention], exact=True).is_checked()
    text = frame.inner_text(".jupyter-widgets")
    assert "✓" in text and f"Voor je score telt je eerste keuze: {names[wrong]}" in text
    live_page.screenshot(path=str(tmp_path / "quiz-na-herladen.png"), full_page=True)


def test_progress_request_wrong_then_right_and_kept(live_page, site, tmp_path):
    frame = open_exercise(live_page, site, "oefening-progressieverzoek")
    item = next(i for i in load_feedback_items() if i.id == "team-te-laat-overleg")
    textarea = frame.get_by_label("Jouw progressieverzoek")

    textarea.fill("Je komt altijd te laat, dat is slordig.")
    button(frame, "Controleer").click()
    frame.wait_for_selector('[aria-label="nog niet"]', timeout=FEEDBACK_TIMEOUT)
    assert "✗" in frame.inner_text(".jupyter-widgets")
    live_page.screenshot(path=str(tmp_path / "verzoek-fout.png"), full_page=True)

    textarea.fill(item.models[0])
    button(frame, "Controleer").click()
    frame.wait_for_selector("text=alle 5 criteria", timeout=FEEDBACK_TIMEOUT)
    text = frame.inner_text(".jupyter-widgets")
    assert "✓" in text and "✗" not in text
    live_page.screenshot(path=str(tmp_path / "verzoek-goed.png"), full_page=True)

    live_page.reload()
    frame = exercise_frame(live_page, 0)
    assert frame.get_by_label("Jouw progressieverzoek").input_value() == item.models[0]


def test_circle_items_are_drawn_and_kept(live_page, site, tmp_path):
    frame = open_exercise(live_page, site, "oefening-cirkeltechniek")
    inner, outer = "We beginnen altijd op tijd", "Korter vergaderen"
    new_items = frame.locator(".widget-text input")
    add = button(frame, "Voeg toe")

    new_items.nth(0).fill(inner)
    add.nth(0).click()
    frame.wait_for_function(
        "t => [...document.querySelectorAll('svg')].some(s => s.textContent.includes(t))",
        arg="op tijd", timeout=FEEDBACK_TIMEOUT)
    # The inner list now has an edit row, so the outer circle's new-item box moved on.
    frame.locator(".widget-text input").nth(2).fill(outer)
    add.nth(1).click()
    frame.wait_for_function(
        "t => [...document.querySelectorAll('svg')].some(s => s.textContent.includes(t))",
        arg="vergaderen", timeout=FEEDBACK_TIMEOUT)
    button(frame, "Bewaar").click()
    frame.wait_for_selector("text=bewaard", timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "cirkel.png"), full_page=True)

    live_page.reload()
    frame = exercise_frame(live_page, 0)
    svg_text = frame.eval_on_selector_all("svg", "ss => ss.map(s => s.textContent).join(' ')")
    assert "op tijd" in svg_text and "vergaderen" in svg_text
    live_page.screenshot(path=str(tmp_path / "cirkel-na-herladen.png"), full_page=True)


def test_intervision_sort_wrong_then_right_and_kept(live_page, site, tmp_path):
    """Part 3 of the intake/intervisie page: one sentence, wrong, right, reload."""
    frame = open_exercise(live_page, site, "oefening-intake-intervisie", index=2)
    first = load_intervision_questions()[0]
    wrong = next(c for c in INTERVISION_CATEGORIES if c != first.category)
    assert first.text in frame.inner_text(".jupyter-widgets")
    choice = frame.get_by_label("Zin 1 is een")
    choice.select_option(value=wrong)
    button(frame, "Controleer").click()
    frame.wait_for_selector('[aria-label="nog niet"]', timeout=FEEDBACK_TIMEOUT)
    text = frame.inner_text(".jupyter-widgets")
    assert f"Zin 1: {wrong} past hier minder goed." in text and "✓" not in text
    # Beside the long "Nog open: ..." status the button keeps its whole label,
    # also on a phone.
    wide = live_page.viewport_size
    live_page.set_viewport_size({"width": 400, "height": 800})
    live_page.wait_for_timeout(500)
    assert button(frame, "Controleer").evaluate("b => b.scrollWidth <= b.clientWidth")
    live_page.set_viewport_size(wide)
    live_page.screenshot(path=str(tmp_path / "sorteren-fout.png"), full_page=True)

    choice.select_option(value=first.category)
    button(frame, "Controleer").click()
    frame.wait_for_selector('[aria-label="goed"]', timeout=FEEDBACK_TIMEOUT)
    assert f"Zin 1: Klopt: {first.category}." in frame.inner_text(".jupyter-widgets")
    live_page.screenshot(path=str(tmp_path / "sorteren-goed.png"), full_page=True)

    live_page.reload()
    frame = exercise_frame(live_page, 2)
    assert frame.get_by_label("Zin 1 is een").input_value() == first.category
    frame.wait_for_selector('[aria-label="goed"]', timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "sorteren-na-herladen.png"), full_page=True)


def test_a_click_low_in_an_exercise_lands_without_moving_the_page(live_page, site):
    """The top of the exercise is off screen, the learner clicks its button:
    the page stays put and the click counts (when exercises ran in frames, the
    first focus scrolled the page to the frame's top and the click missed)."""
    frame = open_exercise(live_page, site, "oefening-intake-intervisie", index=2)
    box = live_page.locator(".oefening-live").nth(2)
    top = box.evaluate("b => b.getBoundingClientRect().top + window.scrollY")
    live_page.evaluate("y => window.scrollTo(0, y)", top + 200)
    check = button(frame, "Controleer")
    spot = check.bounding_box()
    assert spot is not None and 0 < spot["y"] < live_page.viewport_size["height"] - spot["height"]
    before = live_page.evaluate("() => window.scrollY")

    live_page.mouse.click(spot["x"] + spot["width"] / 2, spot["y"] + spot["height"] / 2)
    frame.wait_for_selector("text=Je hebt nog niets gekozen", timeout=FEEDBACK_TIMEOUT)
    assert live_page.evaluate("() => window.scrollY") == before


def test_exercise_is_usable_by_keyboard_only(live_page, site, tmp_path):
    """Tab from the page into the exercise, type, and press Enter/Space on the button."""
    frame = open_exercise(live_page, site, "oefening-progressieverzoek")
    live_page.evaluate("document.activeElement && document.activeElement.blur()")
    focused = ""
    for _ in range(120):
        live_page.keyboard.press("Tab")
        focused = frame.evaluate(
            "() => document.hasFocus() ? document.activeElement.tagName : ''")
        if focused == "TEXTAREA":
            break
    assert focused == "TEXTAREA", "Tab never reached the exercise's text box"
    live_page.keyboard.type("Zou je om negen uur willen beginnen? Dan zijn we op tijd klaar.")
    live_page.keyboard.press("Tab")
    assert frame.evaluate("() => document.activeElement.textContent.trim()") == "Controleer"
    live_page.keyboard.press("Enter")
    frame.wait_for_selector("text=Poging 1", timeout=FEEDBACK_TIMEOUT)
    live_page.keyboard.press("Space")
    frame.wait_for_selector("text=Poging 2", timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "toetsenbord.png"), full_page=True)


def test_quiz_choice_by_keyboard(live_page, site):
    frame = open_exercise(live_page, site, "oefening-interventie")
    radio = frame.locator(".widget-radio-box input").first
    radio.focus()
    live_page.keyboard.press("Space")
    assert radio.is_checked()
    live_page.keyboard.press("ArrowDown")
    assert frame.locator(".widget-radio-box input").nth(1).is_checked()
    button(frame, "Controleer").focus()
    live_page.keyboard.press("Enter")
    frame.wait_for_function(
        "() => /[✓✗]/.test(document.querySelector('.jupyter-widgets').innerText)",
        timeout=FEEDBACK_TIMEOUT)



def test_minimal_pair_wrong_then_right_and_kept(live_page, site, tmp_path):
    """The new "één kenmerk anders" page: the pair on screen is drawn at random;
    the first situation's intervention gets the ✗ with why not, the second's a ✓."""
    from cpw_widgets.content.loader import load_minimal_pairs

    frame = open_exercise(live_page, site, "oefening-een-kenmerk-anders")
    names = {i.key: i.name for i in load_interventions()}
    text = frame.inner_text(".jupyter-widgets")
    pair = next(p for p in load_minimal_pairs() if p.second[:60] in " ".join(text.split()))
    assert "Nu is één ding anders" in text and names[pair.first_intervention] in text

    frame.get_by_label(names[pair.first_intervention], exact=True).check()
    button(frame, "Controleer").click()
    frame.wait_for_selector('[aria-label="nog niet"]', timeout=FEEDBACK_TIMEOUT)
    assert " ".join(pair.why_not.split()[:6]) in " ".join(frame.inner_text(".jupyter-widgets").split())
    live_page.screenshot(path=str(tmp_path / "paar-fout.png"), full_page=True)

    frame.get_by_label(names[pair.second_intervention], exact=True).check()
    button(frame, "Controleer").click()
    frame.wait_for_selector('[aria-label="goed"]', timeout=FEEDBACK_TIMEOUT)
    text = " ".join(frame.inner_text(".jupyter-widgets").split())
    assert f"Ja, {names[pair.second_intervention]} past hier." in text
    assert "score" not in text.lower()
    # The next button shows in the browser too (a None display once kept it hidden there).
    assert button(frame, "Volgende situatie").is_visible()
    live_page.screenshot(path=str(tmp_path / "paar-goed.png"), full_page=True)

    live_page.reload()
    frame = exercise_frame(live_page, 0)
    assert frame.get_by_label(names[pair.second_intervention], exact=True).is_checked()
    assert pair.second[:60] in " ".join(frame.inner_text(".jupyter-widgets").split())
    button(frame, "Volgende situatie").click()
    frame.wait_for_selector("text=Paar 2 van", timeout=FEEDBACK_TIMEOUT)


def test_seven_steps_order_gives_feedback_per_place(live_page, site, tmp_path):
    from cpw_widgets.content.loader import load_seven_steps

    frame = open_exercise(live_page, site, "oefening-zeven-stappen")
    steps = load_seven_steps()
    frame.get_by_label("Stap 1", exact=True).select_option(value=steps[0].name)
    frame.get_by_label("Stap 2", exact=True).select_option(value=steps[3].name)
    button(frame, "Controleer").first.click()
    frame.wait_for_selector('[aria-label="goed"]', timeout=FEEDBACK_TIMEOUT)
    text = " ".join(frame.inner_text(".jupyter-widgets").split())
    assert f"{steps[0].name} staat al op zijn plek." in text
    assert f"{steps[3].name} hoort op een andere plek. Hint: {' '.join(steps[1].hint.split())}" in text
    live_page.screenshot(path=str(tmp_path / "zeven-stappen.png"), full_page=True)


def test_question_round_disguised_tip_then_a_question_on_the_flip_over_and_kept(live_page, site, tmp_path):
    from cpw_widgets.content import load_round_cases

    case = load_round_cases()[0]
    frame = open_exercise(live_page, site, "oefening-vragenronde")
    assert case.presenter in frame.inner_text(".jupyter-widgets")
    textarea = frame.get_by_label("Jouw vraag")

    textarea.fill("Heb je er al aan gedacht om hem een vaste buddy te geven?")
    button(frame, "Controleer").click()
    frame.wait_for_selector('[aria-label="nog niet"]', timeout=FEEDBACK_TIMEOUT)
    text = frame.inner_text(".jupyter-widgets")
    assert "Zonder verkapte tip" in text and "Nog leeg" in text
    live_page.screenshot(path=str(tmp_path / "vragenronde-tip.png"), full_page=True)

    question = case.question_examples[0]
    textarea.fill(question)
    button(frame, "Controleer").click()
    frame.wait_for_selector("text=staat op de flip-over", timeout=FEEDBACK_TIMEOUT)
    board = frame.get_by_role("region", name="Op de flip-over")
    board.locator("li", has_text=question).wait_for(timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "vragenronde-flip-over.png"), full_page=True)

    live_page.reload()
    frame = exercise_frame(live_page, 0)
    frame.wait_for_selector(f"text={question}", timeout=FEEDBACK_TIMEOUT)
    assert question in frame.get_by_role("region", name="Op de flip-over").inner_text()
    live_page.screenshot(path=str(tmp_path / "vragenronde-na-herladen.png"), full_page=True)


def test_question_round_a_question_handed_in_as_ik_zou_vragen_goes_on_the_flip_over(live_page, site, tmp_path):
    """Learners on the page often type the question they would ask as "Ik zou <name> vragen ...":
    the presenter's name is not in the first-person story, yet it is a question to them."""
    from cpw_widgets.content import load_round_cases

    case = load_round_cases()[0]
    frame = open_exercise(live_page, site, "oefening-vragenronde")
    question = f"Ik zou {case.presenter} vragen wat er die keer anders ging."
    frame.get_by_label("Jouw vraag").fill(question)
    button(frame, "Controleer").click()
    frame.wait_for_selector("text=staat op de flip-over", timeout=FEEDBACK_TIMEOUT)
    board = frame.get_by_role("region", name="Op de flip-over")
    board.locator("li", has_text=question).wait_for(timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "vragenronde-ik-zou-vragen.png"), full_page=True)


def test_compliment_round_trait_then_a_process_compliment_written_down(live_page, site, tmp_path):
    from cpw_widgets.content import load_round_cases

    case = load_round_cases()[0]
    frame = open_exercise(live_page, site, "oefening-procescompliment")
    textarea = frame.get_by_label("Jouw compliment")
    textarea.fill("Je bent zo geduldig.")
    button(frame, "Controleer").click()
    frame.wait_for_selector('[aria-label="nog niet"]', timeout=FEEDBACK_TIMEOUT)
    assert "Je bent zo geduldig" in frame.inner_text(".jupyter-widgets")  # its own words come back

    textarea.fill(case.compliment_examples[0])
    button(frame, "Controleer").click()
    frame.wait_for_selector(f"text=in de aantekeningen van {case.presenter}", timeout=FEEDBACK_TIMEOUT)
    notes = frame.get_by_role("region", name=f"Wat {case.presenter} opschrijft")
    notes.locator("li", has_text=case.compliment_examples[0]).wait_for(timeout=FEEDBACK_TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "procescompliment.png"), full_page=True)
