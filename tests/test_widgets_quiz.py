"""InterventionQuiz driven from Python: verdicts, graded mode, score, storing."""

from __future__ import annotations

import json

import pytest

from cpw_widgets.answers import AnswerStore
from cpw_widgets.content.models import Intervention, Scenario
from cpw_widgets.widgets import InterventionQuiz

INTERVENTIONS = (
    Intervention("sturen", "Progressiegericht sturen", ("Je verwacht progressie", "Je rol geeft je het recht")),
    Intervention("helpen", "Progressiegericht helpen", ("Iemand vraagt jou om hulp", "De ander is vrij")),
    Intervention("adviseren", "Progressiegericht adviseren", ("Iemand vraagt om tips", "Jij hebt kennis")),
    Intervention("nee-zeggen", "Progressiegericht nee zeggen", ("Er komt een verzoek", "De relatie telt")),
)
S1 = Scenario("s1", "Je medewerker <b>mist</b> deadlines.", "sturen", ("Je bent leidinggevende",),
              "Jij mag het doel stellen; de ander kiest de weg.", {"helpen": "Niemand vraagt hier om hulp."})
S2 = Scenario("s2", "Een collega vraagt je om hulp bij een lastig gesprek.", "helpen", ("Er is een hulpvraag",),
              "De collega bepaalt zelf doel en weg.")
S3 = Scenario("s3", "Een beoordeelde situatie.", "", ("x",), "")


def quiz(*scenarios, **kw):
    return InterventionQuiz(scenarios or (S1, S2), INTERVENTIONS, **kw)


def test_one_scenario_at_a_time_and_right_answer():
    q = quiz()
    assert "Situatie 1 van 2" in q.header.value
    assert "&lt;b&gt;mist&lt;/b&gt;" in q.situation.value
    assert q.next_button.layout.display == "none"
    q.select("sturen")
    assert q.check() is True
    fb = q.feedback.value
    assert "✓" in fb and "Progressiegericht sturen" in fb and "Je bent leidinggevende" in fb
    assert "doel stellen" in fb
    q.next_button.click()
    assert "Situatie 2 van 2" in q.header.value and q.feedback.value == ""


def test_wrong_answer_uses_scenario_reason_or_general_text_and_nudges():
    q = quiz()
    q.select("helpen")
    assert q.check() is False
    assert "✗" in q.feedback.value and "Niemand vraagt hier om hulp." in q.feedback.value
    assert "Lees de situatie nog eens" in q.feedback.value
    q.select("adviseren")  # no specific reason: built from its features
    q.check_button.click()
    assert "Iemand vraagt om tips" in q.feedback.value
    # the first choice counts; a retry still gets a verdict
    q.select("sturen")
    assert q.check() is True
    assert q.answer["choices"] == {"s1": "helpen"}
    assert "Voor je score telt je eerste keuze: Progressiegericht helpen" in q.feedback.value


def test_a_retry_sends_its_verdict_and_the_counted_choice_in_one_change():
    # Two changes would reach the page as two messages: the verdict could show
    # (and be read out) without the note on what the score keeps.
    q = quiz()
    q.select("helpen")
    q.check()
    q.select("sturen")
    sent = []
    q.feedback.observe(lambda change: sent.append(change["new"]), names="value")
    q.check()
    assert len(sent) == 1
    assert "✓" in sent[0] and "Voor je score telt je eerste keuze: Progressiegericht helpen" in sent[0]


def test_check_without_choice_asks_to_choose():
    q = quiz()
    assert q.check() is None
    assert "Kies eerst een interventie" in q.feedback.value
    assert q.answer["choices"] == {}


def test_score_and_restart():
    q = quiz()
    q.select("sturen"); q.check(); q.next()
    q.select("adviseren"); q.check(); q.next()
    assert q.current is None and q.index == 2
    assert "Je koos 1 van de 2 keer de passende interventie" in q.situation.value
    assert q.again_button.layout.display != "none" and q.radio.layout.display == "none"
    q.again_button.click()
    assert q.answer == {"order": ["s1", "s2"], "choices": {}, "last": {}, "index": 0}
    assert "Situatie 1 van 2" in q.header.value


def test_graded_scenario_records_without_verdict_last_choice_counts():
    q = quiz(S3, S1)
    q.select("helpen")
    assert q.check() is None
    assert "Je keuze is bewaard." in q.feedback.value
    assert "✓" not in q.feedback.value and "✗" not in q.feedback.value
    q.select("sturen"); q.check()
    assert q.answer["choices"] == {"s3": "sturen"}
    q.next(); q.select("sturen"); q.check(); q.next()
    assert "Je koos 1 van de 1 keer" in q.situation.value and "trainer" in q.situation.value


def test_intervention_order_follows_seed():
    keys = lambda q: [v for _, v in q.radio.options]
    assert keys(quiz(seed=3)) == keys(quiz(seed=3))
    assert sorted(keys(quiz(seed=3))) == sorted(i.key for i in INTERVENTIONS)
    assert len({tuple(keys(quiz(seed=s))) for s in range(10)}) > 1


def test_store_written_only_on_click_and_restored(tmp_path):
    path = tmp_path / "antwoorden.json"
    q = quiz(key="quiz", store=AnswerStore(path))
    q.select("sturen")
    assert not path.exists()
    q.check_button.click()
    q.next_button.click()
    stored = json.loads(path.read_text())["quiz"]
    assert stored == {"order": ["s1", "s2"], "choices": {"s1": "sturen"}, "last": {"s1": "sturen"},
                      "index": 1}
    again = quiz(key="quiz", store=AnswerStore(path))
    assert again.answer == stored and "Situatie 2 van 2" in again.header.value
    back = quiz(answer={"order": ["s1", "s2"], "choices": {"s1": "helpen"}, "index": 0})
    assert back.radio.value == "helpen" and "✗" in back.feedback.value
    assert back.next_button.layout.display != "none"


def test_restore_ignores_unknown_ids_and_bad_types():
    q = quiz(answer={"order": ["weg", "s2"], "choices": {"weg": "sturen", "s1": "bestaat-niet", "s2": "helpen"},
                     "index": 99})
    assert q.order == ["s2", "s1"] and q.answer["choices"] == {"s2": "helpen"} and q.index == 2
    q = quiz(answer={"order": "x", "choices": [], "last": "y", "index": -1})
    assert q.answer == {"order": ["s1", "s2"], "choices": {}, "last": {}, "index": 0}


def test_select_unknown_key_raises():
    with pytest.raises(ValueError):
        quiz().select("bestaat-niet")


def test_ask_features_first():
    q = quiz(ask_features=True, seed=1)
    assert q.features_panel.layout.display != "none" and q.radio.layout.display == "none"
    boxes = q.feature_boxes.children
    texts = [b.description for b in boxes]
    assert set(INTERVENTIONS[0].features) <= set(texts)  # the right one's features are offered
    assert len(texts) > len(INTERVENTIONS[0].features)
    for b in boxes:
        b.value = b.description == "Je verwacht progressie" or b.description == "Iemand vraagt om tips"
    q.feature_button.click()
    fb = q.feature_feedback.value
    assert "Klopt: Je verwacht progressie" in fb and "Deze zie je ook terug: Je rol geeft je het recht" in fb
    assert q.radio.layout.display != "none"
    q.select("sturen"); q.check(); q.next()
    assert q.features_panel.layout.display != "none"  # again for the next practice scenario


def test_learner_free_text_never_rendered_but_content_escaped():
    s = Scenario("x", "<script>alert(1)</script>", "sturen", ("<i>cue</i>",), "a & b")
    q = quiz(s)
    q.select("sturen"); q.check()
    assert "&lt;script&gt;" in q.situation.value and "<script>" not in q.situation.value
    assert "&lt;i&gt;cue&lt;/i&gt;" in q.feedback.value and "a &amp; b" in q.feedback.value


def test_loads_bundled_interventions_by_default():
    q = InterventionQuiz([S1])
    assert len(q.radio.options) == 9


def test_after_a_retry_the_restored_quiz_shows_the_latest_choice_and_what_counts():
    q = quiz()
    q.select("helpen"); q.check()
    q.select("sturen"); q.check()
    assert q.answer["choices"] == {"s1": "helpen"} and q.answer["last"] == {"s1": "sturen"}
    back = quiz(answer=q.answer)
    assert back.radio.value == "sturen" and "✓" in back.feedback.value
    assert "Voor je score telt je eerste keuze: Progressiegericht helpen" in back.feedback.value
    assert back.score == (0, 2)
