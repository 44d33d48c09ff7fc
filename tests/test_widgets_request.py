"""RequestExercise driven from Python: feedback per criterion, escaping, storing."""

from __future__ import annotations

import json
import sys
import threading
import time

import pytest

import cpw_widgets.assess as assess
from cpw_widgets.answers import AnswerStore
from cpw_widgets.assess.models import Assessment, CriterionResult
from cpw_widgets.content.models import FeedbackItem
from cpw_widgets.widgets import RequestExercise

CRITERIA = ("positive", "concrete", "reason", "invitation", "no_blame")
ITEM = FeedbackItem(
    id="te-laat",
    context="Je bent teamleider; een collega komt vaak te laat <b>op</b> het overleg.",
    feedback="Je bent altijd te laat, dat is echt slordig.",
    models=("Zou je voortaan om negen uur aanwezig willen zijn? Dan kunnen we samen op tijd beginnen.",),
)


def fake_assess_request(text: str) -> Assessment:
    """Passes a criterion when its key is in the text; echoes the text back."""
    if not text.strip():
        return Assessment({}, message="Je hebt nog niets geschreven.", text=text)
    return Assessment(
        {k: CriterionResult(k in text, f"Over {k}: {text[:40]}", label=f"Label {k}") for k in CRITERIA},
        text=text,
    )


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(assess, "assess_request", fake_assess_request, raising=False)


def test_check_shows_a_mark_per_criterion(fake):
    ex = RequestExercise(ITEM, key="r1")
    ex.text.value = "positive concrete reason"
    result = ex.check()
    html = ex.feedback.value
    assert result is ex.assessment
    assert html.count('aria-label="goed"') == 3 and html.count('aria-label="nog niet"') == 2
    for k in CRITERIA:
        assert f"Label {k}" in html
    assert "Poging 1" in html and "3 van de 5" in html


def test_all_passed_and_attempts_count(fake):
    ex = RequestExercise(ITEM, key="r1")
    ex.text.value = "x"
    ex.check_button.click()
    ex.text.value = " ".join(CRITERIA)
    ex.check_button.click()
    assert ex.attempts == 2
    assert "Poging 2" in ex.feedback.value and "alle 5 criteria" in ex.feedback.value
    assert "✗" not in ex.feedback.value


def test_message_for_empty_text(fake):
    ex = RequestExercise(ITEM, key="r1")
    ex.check()
    assert "Je hebt nog niets geschreven." in ex.feedback.value


def test_learner_html_is_escaped_and_text_kept_intact(fake):
    ex = RequestExercise(ITEM, key="r1")
    typed = "<script>alert('x')</script> positive"
    ex.text.value = typed
    ex.check()
    assert "&lt;script&gt;" in ex.feedback.value and "<script>" not in ex.feedback.value
    assert ex.text.value == typed
    assert ex.answer["text"] == typed
    # content text is escaped too
    assert "&lt;b&gt;op&lt;/b&gt;" in ex.intro.value


def test_models_only_after_a_first_attempt(fake):
    ex = RequestExercise(ITEM, key="r1")
    assert ex.models_button.layout.display == "none"
    ex.check()
    assert ex.models_button.layout.display != "none"
    ex.models_button.click()
    assert "om negen uur" in ex.models.value
    ex.models_button.click()
    assert ex.models.value == ""


def test_models_hidden_when_switched_off_or_absent(fake):
    for ex in (RequestExercise(ITEM, key="r", show_models=False),
               RequestExercise(FeedbackItem("g", "c", "f", ()), key="r")):
        ex.check()
        assert ex.models_button.layout.display == "none"


def test_store_written_only_on_click(fake, tmp_path):
    path = tmp_path / "antwoorden.json"
    store = AnswerStore(path)
    ex = RequestExercise(ITEM, key="verzoek-1", store=store)
    ex.text.value = "positive invitation"
    assert not path.exists()
    ex.check_button.click()
    stored = json.loads(path.read_text())["verzoek-1"]
    history = stored.pop("history")
    assert stored == {"item": "te-laat", "text": "positive invitation", "attempts": 1}
    assert [h["verdicts"] for h in history] == [
        {"positive": True, "concrete": False, "reason": False, "invitation": True, "no_blame": False}]
    ex.text.value = "nog niet bewaard"
    assert AnswerStore(path).load("verzoek-1")["text"] == "positive invitation"


def test_restore_from_store_and_from_answer(fake, tmp_path):
    store = AnswerStore(tmp_path / "antwoorden.json")
    ex = RequestExercise(ITEM, key="v", store=store)
    ex.text.value = "positive reason"
    ex.check()
    ex.check()
    for again in (RequestExercise(ITEM, key="v", store=AnswerStore(tmp_path / "antwoorden.json")),
                  RequestExercise(ITEM, key="other", answer=ex.answer)):
        assert again.text.value == "positive reason"
        assert again.attempts == 2
        assert again.answer == ex.answer
        assert again.feedback.value == ex.feedback.value
        assert again.models_button.layout.display != "none"


def test_answer_for_another_item_or_garbage_is_ignored(fake):
    ex = RequestExercise(ITEM, key="v", answer={"item": "iets-anders", "text": "x", "attempts": 3})
    assert ex.text.value == "" and ex.attempts == 0
    ex = RequestExercise(ITEM, key="v", answer={"item": "te-laat", "text": 5, "attempts": "veel"})
    assert ex.text.value == "" and ex.attempts == 0 and ex.feedback.value == ""


def test_damaged_store_shows_dutch_warning(fake, tmp_path):
    (tmp_path / "antwoorden.json").write_text("{kapot", encoding="utf-8")
    ex = RequestExercise(ITEM, key="v", store=AnswerStore(tmp_path / "antwoorden.json"))
    assert "konden niet worden gelezen" in ex.notice.value
    assert "reservekopie" in ex.notice.value


def test_huge_input_kept(fake):
    ex = RequestExercise(ITEM, key="v")
    ex.text.value = "positive " * 20000
    ex.check()
    assert len(ex.answer["text"]) == len("positive " * 20000)


@pytest.mark.skipif(not hasattr(assess, "assess_request"), reason="assess_request nog niet beschikbaar")
def test_with_the_real_assessor():
    ex = RequestExercise(ITEM, key="v")
    ex.text.value = "Je bent altijd te laat, dat is echt slordig."
    weak = ex.check()
    assert set(weak.criteria) == set(CRITERIA)
    assert not weak.passed
    html = ex.feedback.value
    assert html.count("aria-label=") == len(CRITERIA)
    assert html.count('aria-label="nog niet"') == sum(not c.passed for c in weak.criteria.values())
    ex.text.value = ITEM.models[0]
    good = ex.check()
    assert good.score > weak.score


def test_an_assessor_failure_keeps_the_text_and_says_so_in_dutch(monkeypatch, tmp_path):
    from cpw_widgets import assess
    from cpw_widgets.answers import AnswerStore
    from cpw_widgets.content import load_feedback_items
    from cpw_widgets.widgets import RequestExercise

    def broken(_text):
        raise RuntimeError("bug")

    monkeypatch.setattr(assess, "assess_request", broken)
    store = AnswerStore(tmp_path / "antwoorden.json")
    w = RequestExercise(load_feedback_items()[0], key="k", store=store)
    w.text.value = "Wil je om negen uur beginnen?"
    w.check()
    assert w.text.value == "Wil je om negen uur beginnen?"
    assert "Het nakijken lukte deze keer niet" in w.feedback.value
    assert store.load("k")["text"] == "Wil je om negen uur beginnen?"


def test_dictionary_warm_up_runs_after_the_cell_off_the_kernels_loop(monkeypatch):
    """Creating the widget starts the assessor's warm-up shortly after the cell,
    in a thread of its own: it runs even while the kernel's event loop is
    blocked (a kernel shutting down right after its last cell) and never
    during the cell itself."""
    import asyncio

    calls = []
    monkeypatch.setattr(assess, "warm_up", lambda: calls.append(threading.current_thread().name))

    async def in_a_kernel():
        RequestExercise(ITEM, key="v")
        assert calls == []  # not while the cell runs
        time.sleep(0.8)  # the loop is blocked: a loop callback could not run now
        assert len(calls) == 1 and calls[0] != threading.main_thread().name

    # in a thread of its own: the browser tests leave an event loop running in this one
    errors = []

    def kernel() -> None:
        try:
            asyncio.run(in_a_kernel())
        except BaseException as exc:  # handed to the test below
            errors.append(exc)

    t = threading.Thread(target=kernel)
    t.start()
    t.join(timeout=10)
    assert not errors, errors
    assert len(calls) == 1


def test_in_the_browser_the_warm_up_waits_for_the_event_loop(monkeypatch):
    """The browser's Python has no threads: there the warm-up is a timer on the
    page's event loop, and without a running loop nothing is scheduled."""
    import asyncio

    calls = []
    monkeypatch.setattr(assess, "warm_up", lambda: calls.append("warm"))
    monkeypatch.setattr(sys, "platform", "emscripten")

    def in_thread(fn):
        t = threading.Thread(target=fn)
        t.start()
        t.join(timeout=10)

    in_thread(lambda: RequestExercise(ITEM, key="v"))
    time.sleep(0.6)
    assert calls == []  # no event loop: nothing scheduled, nothing ran

    async def in_the_page():
        RequestExercise(ITEM, key="v")
        await asyncio.sleep(0.6)

    in_thread(lambda: asyncio.run(in_the_page()))
    assert calls == ["warm"]


def test_warm_up_loads_the_dictionary():
    from cpw_widgets.assess import nl

    assess.warm_up()
    assert nl._simplemma is not None


def test_a_twijfel_shows_a_question_mark_and_asks_the_learner_to_look(monkeypatch):
    def unsure(text):
        crit = {k: CriterionResult(True, f"Goed: {k}", label=f"Label {k}") for k in CRITERIA}
        crit["concrete"] = CriterionResult(None, 'Ik twijfel hier. Kijk zelf naar "<b>iets</b>".', label="Label concrete")
        return Assessment(crit, text=text)
    monkeypatch.setattr(assess, "assess_request", unsure, raising=False)
    ex = RequestExercise(ITEM, key="r1")
    ex.text.value = "Wil je iets doen?"
    ex.check()
    html = ex.feedback.value
    assert html.count('aria-label="twijfel"') == 1 and html.count('aria-label="goed"') == 4
    assert "al 4 van de 5 punten in orde" in html and "Bij één punt twijfel ik" in html
    assert "&lt;b&gt;iets&lt;/b&gt;" in html  # the quote is escaped
