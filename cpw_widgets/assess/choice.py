"""Judging an intervention choice and the recognition features a learner ticks.

Pure functions over the content records, so the quiz widget only renders what
comes back here and the command line or grading could reuse it.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..content.models import Intervention, Scenario

NUDGE = ("Lees de situatie nog eens: welke herkenningskenmerken zie je terug? "
         "Kies een andere interventie, of ga door naar de volgende situatie.")


@dataclass(frozen=True)
class ChoiceVerdict:
    """The verdict on one chosen intervention.

    ``fits`` is ``None`` for a graded scenario (its key is not in the package):
    the choice is only recorded. ``points`` lists the recognition features that
    support the message (those of the scenario when it fits, those of the chosen
    intervention when no scenario-specific reason is known).
    """

    fits: bool | None
    headline: str
    explanation: str = ""
    points: tuple[str, ...] = ()
    points_intro: str = ""
    nudge: str = ""


def assess_choice(scenario: Scenario, choice: str,
                  interventions: Mapping[str, Intervention]) -> ChoiceVerdict:
    """Does ``choice`` (an intervention key) fit ``scenario``? Dutch feedback."""
    if not scenario.intervention:
        return ChoiceVerdict(None, "Je keuze is bewaard. Je trainer kijkt hem na.")
    chosen = interventions[choice]
    if choice == scenario.intervention:
        return ChoiceVerdict(True, f"Ja, {chosen.name} past hier.", scenario.explanation,
                             tuple(scenario.features), "Herkenningskenmerken in deze situatie:")
    why = scenario.wrong.get(choice)
    if why:
        return ChoiceVerdict(False, f"{chosen.name} past hier minder goed.", why, nudge=NUDGE)
    return ChoiceVerdict(False, f"{chosen.name} past hier minder goed.",
                         "Zie je dat in deze situatie terug?", tuple(chosen.features),
                         f"{chosen.name} past vooral als:", NUDGE)


def feature_options(scenario: Scenario, interventions: Mapping[str, Intervention],
                    seed: object = None) -> list[tuple[str, bool]]:
    """Checkbox options for "which recognition features apply?": the fitting
    intervention's features (True) mixed with those of two others (False),
    shuffled reproducibly per learner seed and scenario."""
    rng = random.Random(f"{seed}-{scenario.id}")
    right = interventions[scenario.intervention]
    others = [k for k in interventions if k != right.key]
    rng.shuffle(others)
    options = [(f, True) for f in right.features]
    seen = set(right.features)
    for key in others[:2]:
        for f in interventions[key].features:
            if f not in seen:
                seen.add(f)
                options.append((f, False))
    rng.shuffle(options)
    return options


def practice_score(scenarios: Sequence[Scenario], choices: Mapping[str, str]) -> tuple[int, int]:
    """(choices that fit, practice scenarios): graded scenarios do not count."""
    practice = [s for s in scenarios if s.intervention]
    return sum(choices.get(s.id) == s.intervention for s in practice), len(practice)
