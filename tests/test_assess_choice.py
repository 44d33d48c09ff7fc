"""The intervention-choice judge: fits, does not fit (with the scenario's own
reason or the chosen intervention's features), graded items only recorded."""

from dataclasses import replace

from cpw_widgets.assess import assess_choice, feature_options, practice_score
from cpw_widgets.content import interventions_by_key, load_scenarios

INTERVENTIONS = interventions_by_key()
SCENARIO = next(s for s in load_scenarios() if s.wrong)


def test_the_fitting_choice_names_the_features_in_the_situation():
    verdict = assess_choice(SCENARIO, SCENARIO.intervention, INTERVENTIONS)
    assert verdict.fits is True
    assert INTERVENTIONS[SCENARIO.intervention].name in verdict.headline
    assert verdict.points == tuple(SCENARIO.features)


def test_a_likely_wrong_choice_gets_the_scenarios_own_reason():
    wrong, why = next(iter(SCENARIO.wrong.items()))
    verdict = assess_choice(SCENARIO, wrong, INTERVENTIONS)
    assert verdict.fits is False
    assert verdict.explanation == why
    assert verdict.nudge


def test_another_wrong_choice_lists_when_that_intervention_fits():
    other = next(k for k in INTERVENTIONS if k != SCENARIO.intervention and k not in SCENARIO.wrong)
    verdict = assess_choice(SCENARIO, other, INTERVENTIONS)
    assert verdict.fits is False
    assert verdict.points == tuple(INTERVENTIONS[other].features)


def test_a_graded_scenario_is_only_recorded():
    graded = replace(SCENARIO, intervention="")
    verdict = assess_choice(graded, "sturen", INTERVENTIONS)
    assert verdict.fits is None and "bewaard" in verdict.headline


def test_feature_options_hold_all_right_features_and_are_reproducible():
    options = feature_options(SCENARIO, INTERVENTIONS, seed=7)
    right = {text for text, fits in options if fits}
    assert right == set(INTERVENTIONS[SCENARIO.intervention].features)
    assert any(not fits for _, fits in options)
    assert options == feature_options(SCENARIO, INTERVENTIONS, seed=7)


def test_practice_score_skips_graded_scenarios():
    graded = replace(SCENARIO, id="graded-1", intervention="")
    score = practice_score([SCENARIO, graded], {SCENARIO.id: SCENARIO.intervention, "graded-1": "sturen"})
    assert score == (1, 1)
