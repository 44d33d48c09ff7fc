"""The intervisie rounds (vragenronde, bevestigen) driven from Python, with the real
assessors: feedback per criterion quoting the learner's words, the flip-over kept
and restored, damaged answers, escaping, disputes, and the cases as data."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html import unescape

import pytest

from cpw_widgets.answers import AnswerStore
from cpw_widgets.assess.compliment import assess_compliment
from cpw_widgets.assess.criteria import COMPLIMENT_CRITERIA, QUESTION_CRITERIA
from cpw_widgets.assess.models import Assessment, CriterionResult
from cpw_widgets.content import ContentError, load_exercises, load_round_cases
from cpw_widgets.widgets import ComplimentRound, QuestionRound
from cpw_widgets.widgets import rounds
from cpw_widgets.widgets.progress_state import DONE, NOT_STARTED, STARTED, status_of
from cpw_widgets.assess.question import assess_question  # from branch i13-question

CASES = load_round_cases()
CASE = CASES[0]  # Sanne and Joris, the new colleague who asks little

GOOD_QUESTION = "Wanneer kwam Joris al eens wél met een vraag naar je toe?"
ADVICE_QUESTION = "Heb je er al aan gedacht om hem een vaste buddy te geven?"
GOOD_COMPLIMENT = ("Wat goed werkt in je aanpak is dat je twee middagen naast Joris ging zitten; "
                   "daardoor stelde hij daarna zelf vragen in de teamchat.")
TRAIT_COMPLIMENT = "Je bent zo geduldig."


def marks(html: str) -> dict[str, str]:
    """Criterion label -> the spoken mark (goed, nog niet, twijfel) in the feedback."""
    return dict((label, mark) for mark, label in
                re.findall(r'aria-label="(goed|nog niet|twijfel)"[^>]*>.</span> <strong>([^<]+)</strong>', html))


def text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


# -- the cases as data -------------------------------------------------------------


def test_the_cases_load_and_each_has_its_hulpvraag_and_what_was_done():
    assert 3 <= len(CASES) <= 6
    assert len({c.domain for c in CASES}) == len(CASES)  # different work situations
    for case in CASES:
        assert case.question.startswith("Hoe ") and case.question.endswith("?")
        assert case.presenter in case.done and len(case.story.split()) >= 30


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_every_example_passes_the_real_assessors(case):
    for question in case.question_examples:
        verdicts = {k: c.passed for k, c in assess_question(question, case=case.story).criteria.items()}
        assert False not in verdicts.values(), (question, verdicts)
    for compliment in case.compliment_examples:
        verdicts = {k: c.passed for k, c in assess_compliment(compliment, case=case.told).criteria.items()}
        assert False not in verdicts.values(), (compliment, verdicts)


@pytest.mark.parametrize("change, expected", [
    (("question: \"Hoe kan ik ervoor zorgen dat Joris met zijn vragen naar mij toe komt?\"",
      "question: Joris moet meer vragen."), 'het veld "question" is "Joris moet meer vragen.", maar een hulpvraag'),
    (("domain: klantenservice", "domain: ruimtevaart"), 'het veld "domain" is "ruimtevaart", maar dat kan niet'),
    (("  presenter: Sanne\n", ""), 'het veld "presenter" ontbreekt'),
    (("question_examples:\n", "question_examples: Wat?\n"), "moet een lijst zijn"),
])
def test_a_broken_case_file_gets_a_dutch_message(tmp_path, change, expected):
    from importlib import resources

    text = resources.files("cpw_widgets.content").joinpath("data", "round_cases.yaml").read_text(encoding="utf-8")
    assert change[0] in text
    path = tmp_path / "round_cases.yaml"
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(expected)):
        load_round_cases(path)


# -- the question round ------------------------------------------------------------


def test_a_good_question_goes_onto_the_flip_over(tmp_path):
    store = AnswerStore(tmp_path / "antwoorden.json")
    ex = QuestionRound(CASES, key="vragenronde", store=store)
    assert store.load("vragenronde") is None  # showing the exercise writes nothing
    assert "Nog leeg" in ex.board.value and CASE.question in text_of(ex.board.value)
    ex.text.value = GOOD_QUESTION
    ex.check_button.click()
    got = marks(ex.feedback.value)
    assert set(got) == set(ex.assessment.criteria[c].label for c in QUESTION_CRITERIA)
    assert "nog niet" not in got.values()
    assert ex.text.value == ""  # ready for the next question
    assert ex.kept_here == [GOOD_QUESTION]
    assert "<li>Wanneer kwam Joris al eens wél met een vraag naar je toe?</li>" in ex.board.value
    assert "staat op de flip-over" in ex.feedback.value
    assert f"Je schreef: “{GOOD_QUESTION}”" in unescape(ex.feedback.value)
    stored = store.load("vragenronde")
    assert stored["kept"] == {CASE.id: [GOOD_QUESTION]} and stored["case"] == CASE.id
    assert stored["history"][0]["verdicts"].keys() == set(QUESTION_CRITERIA)


def test_a_disguised_tip_stays_to_be_rewritten_and_the_feedback_quotes_it(tmp_path):
    ex = QuestionRound(CASES, key="vragenronde", store=AnswerStore(tmp_path / "a.json"))
    ex.text.value = ADVICE_QUESTION
    ex.check()
    advice = ex.assessment.criteria["no_advice"]
    assert advice.passed is False
    assert marks(ex.feedback.value)[advice.label] == "nog niet"
    # the learner's own words come back in the feedback on that criterion
    assert advice.evidence and all(e in ADVICE_QUESTION for e in advice.evidence)
    assert any(e in text_of(ex.feedback.value) for e in advice.evidence)
    assert ex.text.value == ADVICE_QUESTION and ex.kept_here == []
    assert "Daarna komt hij op de flip-over" in ex.feedback.value
    # rewritten, it goes on the flip-over
    ex.text.value = "Wat heb je tot nu toe gedaan waar je tevreden over bent?"
    ex.check()
    assert ex.kept_here == ["Wat heb je tot nu toe gedaan waar je tevreden over bent?"]
    assert [h["verdicts"]["no_advice"] for h in ex.history] == [False, True]


def test_the_flip_over_is_kept_per_case_and_restored_after_a_reload(tmp_path):
    path = tmp_path / "antwoorden.json"
    ex = QuestionRound(CASES, key="vragenronde", store=AnswerStore(path))
    ex.text.value = GOOD_QUESTION
    ex.check()
    ex.text.value = "  wanneer kwam Joris al eens WÉL met een vraag naar je toe?  "
    ex.check()  # the same question again is not written twice
    assert ex.kept_here == [GOOD_QUESTION] and "stond er al" in ex.feedback.value
    ex.choose_case(CASES[1].id)
    assert ex.kept_here == [] and CASES[1].presenter in ex.case_html.value
    ex.text.value = "Op welke avonden gaat het al wat rustiger?"
    ex.check()
    ex.text.value = "Half af, nog niet gecontroleerd"

    again = QuestionRound(CASES, key="vragenronde", store=AnswerStore(path))
    assert again.case.id == CASES[1].id and again.case_choice.value == CASES[1].id
    assert again.kept_here == ["Op welke avonden gaat het al wat rustiger?"]
    assert again.kept == {CASE.id: [GOOD_QUESTION], CASES[1].id: ["Op welke avonden gaat het al wat rustiger?"]}
    assert again.attempts == 3 and len(again.history) == 3
    again.choose_case(CASE.id)
    assert "<li>Wanneer kwam Joris" in again.board.value


def test_hints_show_the_cases_example_questions():
    ex = QuestionRound(CASES, key="v")
    ex.examples_button.click()
    for question in CASE.question_examples:
        assert question in unescape(ex.examples.value)
    assert ex.examples_button.description == "Verberg voorbeelden"
    ex.examples_button.click()
    assert ex.examples.value == ""


# -- the bevestigen round ----------------------------------------------------------


def test_a_good_compliment_is_written_down_by_the_case_inbrenger(tmp_path):
    store = AnswerStore(tmp_path / "antwoorden.json")
    ex = ComplimentRound(CASES, key="procescompliment", store=store)
    assert CASE.done in unescape(ex.case_html.value)  # what was done, to compliment
    assert "Wat goed werkt in je aanpak is" in ex.case_html.value
    ex.text.value = GOOD_COMPLIMENT
    ex.check()
    assert set(marks(ex.feedback.value).values()) == {"goed"}
    assert f"Wat {CASE.presenter} opschrijft" in ex.board.value
    assert ex.kept_here == [GOOD_COMPLIMENT]
    assert f"in de aantekeningen van {CASE.presenter}" in ex.feedback.value
    assert store.load("procescompliment")["kept"] == {CASE.id: [GOOD_COMPLIMENT]}


def test_a_trait_compliment_gets_feedback_on_its_own_words():
    ex = ComplimentRound(CASES, key="c")
    ex.text.value = TRAIT_COMPLIMENT
    ex.check()
    action = ex.assessment.criteria["action"]
    assert action.passed is False and marks(ex.feedback.value)[action.label] == "nog niet"
    assert "Je bent zo geduldig" in action.feedback and "Je bent zo geduldig" in text_of(ex.feedback.value)
    assert ex.kept_here == [] and ex.text.value == TRAIT_COMPLIMENT
    assert set(ex.history[-1]["verdicts"]) == set(COMPLIMENT_CRITERIA)


def test_learner_text_is_escaped_and_kept_intact():
    ex = ComplimentRound(CASES, key="c")
    nasty = "<script>alert(1)</script> Wat goed dat je <b>twee</b> middagen naast hem zat 😀"
    ex.text.value = nasty
    ex.check()
    for html in (ex.feedback.value, ex.board.value):
        assert "<script>" not in html and "<b>twee</b>" not in html
    assert "&lt;script&gt;" in ex.feedback.value
    assert ex.text.value in (nasty, "")  # kept in the box, or moved onto the list as typed
    assert ex.kept_here in ([], [nasty.strip()])


def test_a_twijfel_is_kept_and_asks_the_learner_to_look(monkeypatch):
    def unsure(text, case):
        return Assessment({k: CriterionResult(None if k == "effect" else True, f"Over {k}", label=k)
                           for k in COMPLIMENT_CRITERIA}, text=text)

    monkeypatch.setattr(rounds, "COMPLIMENT", replace(rounds.COMPLIMENT, judge=unsure))
    ex = rounds.RoundExercise(rounds.COMPLIMENT, CASES, key="c")
    ex.text.value = "Iets wat twijfel geeft"
    ex.check()
    assert marks(ex.feedback.value)["effect"] == "twijfel"
    assert "twijfel ik" in ex.feedback.value and ex.kept_here == ["Iets wat twijfel geeft"]


# -- stored answers ----------------------------------------------------------------


@pytest.mark.parametrize("stored", [
    {"case": 5, "text": ["x"], "attempts": -3, "kept": "Wat wil je?", "history": "veel", "disputes": [1, {}]},
    {"case": "bestaat-niet", "kept": {"nieuwe-collega": [None, "", 3, "Wat wil je bereiken?"], "x": "y", "7": []}},
    {"history": [{"verdicts": {"open": "ja"}}, {"attempt": 2, "verdicts": {"open": True}}]},
])
def test_a_damaged_stored_answer_loads_what_it_can(stored):
    ex = QuestionRound(CASES, key="v", answer=stored)
    assert ex.case.id == CASE.id and isinstance(ex.text.value, str)
    assert ex.attempts >= 0
    assert all(isinstance(t, str) and t for texts in ex.kept.values() for t in texts)
    assert all(isinstance(h["verdicts"], dict) for h in ex.history)
    if isinstance(stored.get("kept"), dict):
        assert ex.kept == {"nieuwe-collega": ["Wat wil je bereiken?"]}
    json.dumps(ex.answer)  # still plain JSON
    ex.text.value = GOOD_QUESTION
    ex.check()  # and the exercise goes on


def test_a_damaged_answers_file_shows_a_dutch_warning_and_saves_again(tmp_path):
    path = tmp_path / "antwoorden.json"
    path.write_text("{kapot", encoding="utf-8")
    ex = ComplimentRound(CASES, key="procescompliment", store=AnswerStore(path))
    assert "reservekopie" in ex.notice.value
    ex.text.value = GOOD_COMPLIMENT
    ex.check()
    assert json.loads(path.read_text(encoding="utf-8"))["procescompliment"]["kept"] == {CASE.id: [GOOD_COMPLIMENT]}


def test_a_dispute_is_kept_with_the_answer_in_the_request_format(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    ex = QuestionRound(CASES, key="vragenronde", store=store)
    ex.text.value = ADVICE_QUESTION
    ex.check()
    ex.dispute.open_button.click()
    ex.dispute.choose("no_advice")
    ex.dispute.note.value = "Dit is toch een echte vraag?"
    assert ex.dispute.save()
    [record] = store.load("vragenronde")["disputes"]
    assert record["criterion"] == "no_advice" and record["verdict"] is False
    assert record["text"] == ADVICE_QUESTION and record["note"] == "Dit is toch een echte vraag?"
    assert set(record) == {"criterion", "verdict", "text", "note", "at"}


def test_graded_mode_keeps_one_text_and_no_flip_over(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    ex = QuestionRound([CASE], key="vraag-1", store=store, flipover=False, show_examples=False, show_case=False)
    assert ex.case_choice.layout.display == "none" and ex.case_html.layout.display == "none"
    assert ex.board.layout.display == "none" and ex.examples_button.layout.display == "none"
    ex.text.value = GOOD_QUESTION
    ex.check()
    assert ex.text.value == GOOD_QUESTION
    stored = store.load("vraag-1")
    assert "kept" not in stored and stored["text"] == GOOD_QUESTION and stored["attempts"] == 1
    # after a reload the feedback is back
    again = QuestionRound([CASE], key="vraag-1", store=store, flipover=False)
    assert marks(again.feedback.value)


# -- Mijn voortgang reads them -----------------------------------------------------


def test_mijn_voortgang_counts_the_flip_over():
    entries = {e.key: e for e in load_exercises().exercises}
    ex = QuestionRound(CASES, key="vragenronde")
    assert status_of(entries["vragenronde"], ex.answer).state == NOT_STARTED
    for question in CASE.question_examples[:2]:
        ex.text.value = question
        ex.check()
    status = status_of(entries["vragenronde"], ex.answer)
    assert status.state == STARTED and status.detail.startswith("2 vragen op de flip-over")
    ex.text.value = CASE.question_examples[2]
    ex.check()
    assert status_of(entries["vragenronde"], ex.answer).state == DONE
    ex2 = ComplimentRound(CASES, key="procescompliment")
    ex2.text.value = TRAIT_COMPLIMENT
    ex2.check()
    status = status_of(entries["procescompliment"], ex2.answer)
    assert status.state == STARTED and "action" in status.missed


@pytest.mark.parametrize("cls", [QuestionRound, ComplimentRound])
def test_a_round_warms_the_assessor_up_after_the_cell(monkeypatch, cls):
    """Both rounds schedule the assessors' warm-up, so the first question or
    compliment does not also pay for the dictionary (0.5-0.7 s here, more in
    the browser). The round hands it to run_soon (which runs it shortly after
    the cell: tests/test_widgets_request.py) and never calls it itself. Recorded
    instead of timed: on a loaded machine building the round can take longer
    than run_soon's delay, and the warm-up may then start while the round is
    still being built (harmless, in its own thread), which a timed check
    mistook for a call during the cell."""
    from cpw_widgets import assess
    from cpw_widgets.widgets import rounds

    calls, scheduled = [], []
    monkeypatch.setattr(assess, "warm_up", lambda: calls.append("warm"))
    monkeypatch.setattr(rounds, "run_soon", lambda fn, delay=0.3: scheduled.append(fn) or True)
    cls(CASES, key="w")
    assert calls == [] and len(scheduled) == 1
    scheduled[0]()
    assert calls == ["warm"]


def test_the_warm_up_loads_what_the_first_question_and_compliment_need():
    """warm_up (also run in the site's memory snapshot) parses the question cues
    and loads the learned decisions of all three assessors, so a learner's first
    question does not parse YAML (0.27 s here, several times that in WebKit)."""
    from cpw_widgets import assess
    from cpw_widgets.assess import decision, question_form

    question_form.cues.cache_clear()
    decision.models.cache_clear()
    assess.warm_up()
    assert question_form.cues.cache_info().currsize == 1
    assert decision.models.cache_info().currsize == 3  # request, question, compliment
