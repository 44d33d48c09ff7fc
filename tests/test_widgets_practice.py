"""The practice widgets that draw items (issue 12), driven from Python:
every scenario can be drawn, answers get feedback, no score, and the state
(order, place, what the learner typed) is kept in the answer store."""

from __future__ import annotations

import html
import random

import pytest

from cpw_widgets.answers import AnswerStore
from cpw_widgets.content import (
    interventions_by_key,
    load_circle_prompts,
    load_feedback_items,
    load_scenarios,
)
from cpw_widgets.content.loader import PRINCIPLES, load_minimal_pairs, load_principle_situations
from cpw_widgets.widgets import (
    CircleExercise,
    DrawExercise,
    InterventionDrill,
    PairDrill,
    PrincipleExercise,
    RequestExercise,
    draw_order,
)


@pytest.fixture
def store(tmp_path):
    return AnswerStore(tmp_path / "antwoorden.json")


def answer_current(drill: InterventionDrill, right: bool = True) -> bool | None:
    """Tick the features (if asked) and choose the fitting (or another) intervention."""
    if drill.features_panel.layout.display != "none":
        drill.feature_button.click()
    scenario = drill.current
    choice = scenario.intervention if right else next(
        k for k in drill.interventions if k != scenario.intervention)
    drill.select(choice)
    return drill.check()


# -- draw_order ---------------------------------------------------------------------

def test_draw_order_is_a_full_cycle_in_a_new_order():
    ids = [s.id for s in load_scenarios()]
    orders = [draw_order(ids, random.Random(seed)) for seed in range(5)]
    for order in orders:
        assert sorted(order) == sorted(ids)  # every scenario once per round
    assert len({tuple(o) for o in orders}) == 5  # and the order differs per round
    for seed in range(20):  # a new round never starts with the item just done
        assert draw_order(["a", "b", "c"], random.Random(seed), after="a")[0] != "a"


# -- Meer oefenen: all intervention scenarios ------------------------------------

def test_every_scenario_in_the_file_is_drawn_in_one_round(store):
    scenarios = load_scenarios()
    assert len(scenarios) == 41
    drill = InterventionDrill(scenarios, store=store, rng=random.Random(7))
    seen = []
    while drill.current is not None:
        seen.append(drill.current.id)
        assert answer_current(drill) is True
        drill.next_button.click()
    assert sorted(seen) == sorted(s.id for s in scenarios)
    assert "Ronde klaar" in drill.header.value and "alle 41 situaties" in drill.situation.value
    assert "score" not in drill.situation.value.lower() and "van de" not in drill.situation.value
    assert drill.again_button.description == "Nieuwe ronde"
    drill.again_button.click()
    assert drill.index == 0 and sorted(drill.order) == sorted(seen) and drill.order != seen
    assert drill.order[0] != seen[-1]


def test_features_come_first_and_the_feedback_explains_with_features(store):
    drill = InterventionDrill(load_scenarios(), store=store, rng=random.Random(3))
    scenario = drill.current
    assert drill.features_panel.layout.display != "none" and drill.radio.layout.display == "none"
    assert "Welke herkenningskenmerken zie je" in drill.feature_question.value
    fits = [box_ for box_, (_t, ok) in zip(drill.feature_boxes.children, drill._options) if ok]
    fits[0].value = True
    drill.feature_button.click()
    assert "Klopt:" in drill.feature_feedback.value and "Deze zie je ook terug" in drill.feature_feedback.value
    assert drill.radio.layout.display != "none"
    wrong = next(k for k in drill.interventions if k != scenario.intervention)
    drill.select(wrong)
    assert drill.check() is False
    assert "✗" in drill.feedback.value and "Voor je score" not in drill.feedback.value
    drill.select(scenario.intervention)
    assert drill.check() is True
    for feature in scenario.features:  # the fitting choice is explained by the scenario's features
        assert html.escape(feature) in drill.feedback.value
    assert "Voor je score" not in drill.feedback.value  # practice: no score, not even a hint of one


def test_drill_round_and_choices_are_restored_from_the_store(store):
    drill = InterventionDrill(load_scenarios(), store=store, rng=random.Random(11))
    answer_current(drill, right=False)
    first = drill.current.id
    answer = store.load("interventies-meer")
    assert answer["order"] == drill.order and answer["last"] == {first: drill.radio.value}
    again = InterventionDrill(load_scenarios(), store=store, rng=random.Random(99))
    assert again.order == drill.order and again.current.id == first
    assert again.radio.value == drill.radio.value and "✗" in again.feedback.value


# -- minimal pairs ----------------------------------------------------------------

def test_pair_drill_shows_the_first_with_its_intervention_and_explains_the_change(store):
    pairs = load_minimal_pairs()
    names = {k: i.name for k, i in interventions_by_key().items()}
    drill = PairDrill(pairs, store=store, rng=random.Random(5))
    pair = drill.pairs[drill.current.id]
    assert "Paar 1 van" in drill.header.value
    assert names[pair.first_intervention] in drill.situation.value
    assert "Nu is één ding anders" in drill.situation.value
    assert drill.radio.description == "Welke interventie past nu?"
    drill.select(pair.first_intervention)  # the likely slip: the first situation's answer
    assert drill.check() is False
    assert pair.why_not.split()[0] in drill.feedback.value
    drill.select(pair.second_intervention)
    assert drill.check() is True
    assert pair.change.split(":")[0] in drill.feedback.value
    seen = set()
    while drill.current is not None:
        seen.add(drill.current.id)
        drill.select(drill.current.intervention)
        drill.check()
        drill.next()
    assert seen == {p.id for p in pairs}
    assert store.load("interventies-paren")["index"] == len(pairs)


# -- one item at a time: progress requests and circles ------------------------------

def request_drawer(store, rng=None):
    return DrawExercise(load_feedback_items(),
                        lambda item, key, st: RequestExercise(item, key=key, store=st),
                        key="progressieverzoek-meer", store=store, rng=rng)


def test_drawer_draws_every_feedback_item_and_keeps_the_typed_text(store):
    drawer = request_drawer(store, random.Random(2))
    items = load_feedback_items()
    first = drawer.current_id
    text = "Zou je om negen uur willen beginnen? Dan zijn we op tijd klaar."
    drawer.exercise.text.value = text
    result = drawer.exercise.check()
    assert result.criteria and drawer.exercise.feedback.value  # feedback per criterion
    seen = [first]
    for _ in range(len(items) - 1):
        drawer.new_button.click()
        seen.append(drawer.current_id)
    assert sorted(seen) == sorted(i.id for i in items)
    drawer.new_button.click()  # a new round, in a new order
    assert drawer.index == 0 and drawer.current_id != seen[-1]
    while drawer.current_id != first:
        drawer.new_button.click()
    assert drawer.exercise.text.value == text and "Poging 1" in drawer.exercise.feedback.value


def test_drawer_state_is_restored_from_the_store(store):
    drawer = request_drawer(store, random.Random(4))
    drawer.exercise.text.value = "Wil je <b>de</b> deur dichtdoen? 😀"
    drawer.exercise.check()
    drawer.new_button.click()
    saved = store.load("progressieverzoek-meer")
    assert saved["index"] == 1 and saved["order"] == drawer.order
    assert saved["answers"][drawer.order[0]]["text"] == "Wil je <b>de</b> deur dichtdoen? 😀"
    again = request_drawer(store)
    assert again.order == drawer.order and again.current_id == drawer.current_id
    again.index = 0
    again._show()
    assert again.exercise.text.value == "Wil je <b>de</b> deur dichtdoen? 😀"


def test_drawer_survives_a_hand_edited_answer(store):
    store.save("progressieverzoek-meer", {"order": ["bestaat-niet", 3], "index": 999,
                                          "answers": {"bestaat-niet": {}, "x": "tekst"}})
    drawer = request_drawer(store)
    assert sorted(drawer.order) == sorted(i.id for i in load_feedback_items())
    assert drawer.index == len(drawer.order) - 1 and drawer.answers == {}


def test_circle_drawer_keeps_each_prompts_circle(store):
    drawer = DrawExercise(load_circle_prompts(),
                          lambda prompt, key, st: CircleExercise(prompt, key=key, store=st),
                          key="cirkel-meer", store=store, rng=random.Random(1))
    first = drawer.current_id
    drawer.exercise.add_inner("We beginnen op tijd")
    drawer.exercise.save_button.click()
    assert store.load("cirkel-meer")["answers"][first]["inner"] == ["We beginnen op tijd"]
    drawer.new_button.click()
    assert drawer.exercise.inner == []
    again = DrawExercise(load_circle_prompts(),
                         lambda prompt, key, st: CircleExercise(prompt, key=key, store=st),
                         key="cirkel-meer", store=store)
    again.index = 0
    again._show()
    assert again.current_id == first and again.exercise.inner == ["We beginnen op tijd"]


def test_drawer_without_a_store_still_works():
    drawer = request_drawer(None, random.Random(0))
    drawer.new_button.click()
    assert drawer.index == 1 and drawer.exercise.store is None


# -- principles ----------------------------------------------------------------

def test_principle_exercise_gives_feedback_per_situation_and_restores(store):
    situations = load_principle_situations()
    make = lambda: PrincipleExercise(  # noqa: E731
        {s.id: s.text for s in situations}, PRINCIPLES, key="uitgangspunten-situaties", store=store,
        solution={s.id: s.principle for s in situations},
        explanations={s.id: s.explanation for s in situations})
    exercise = make()
    first, second = situations[0], situations[1]
    wrong = next(p for p in PRINCIPLES if p != second.principle)
    exercise.choose(first.id, first.principle)
    exercise.choose(second.id, wrong)
    result = exercise.check()
    assert result.criteria[first.id].passed is True and result.criteria[second.id].passed is False
    assert "Situatie 1" in exercise.feedback.value and f"{wrong} past hier minder goed" in exercise.feedback.value
    assert exercise.lists[first.id].description == "Situatie 1: welk uitgangspunt zie je?"
    again = make()
    assert again.choices == {first.id: first.principle, second.id: wrong}
    assert "Situatie 1" in again.feedback.value
