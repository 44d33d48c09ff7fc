"""Which intervention fits this situation? One scenario at a time.

Practice scenarios carry their right intervention and get a verdict with the
explanation and the recognition features. Graded scenarios (``intervention``
is ``""``; the key lives only in nbgrader's hidden tests) only record the
choice: "Je keuze is bewaard."

For practice scenarios the first checked choice is the one that counts (the
learner may try again after a ✗ to learn, the score keeps the first try); for
graded scenarios the last checked choice counts.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import ipywidgets as widgets

from ..answers import AnswerStore
from ..assess.choice import assess_choice, feature_options, practice_score
from ..content.models import Intervention, Scenario
from .common import SHOW, Exercise, as_int, box, bullet_list, button, esc, feedback_line, label_style, mark

__all__ = ["InterventionQuiz"]

class InterventionQuiz(Exercise):
    """Pick the fitting intervention for each scenario.

    ``answer`` is ``{"order": [scenario ids], "choices": {scenario_id:
    intervention_key}, "last": {scenario_id: intervention_key}, "index": int}``:
    ``choices`` holds the choice that counts, ``last`` the latest one checked
    (what the learner sees again after a reload); ``index == len(order)`` means
    finished.
    """

    #: Whether the first choice counts for a score (the "Meer oefenen" drill has none).
    scored = True

    def __init__(
        self,
        scenarios: Sequence[Scenario],
        interventions: Sequence[Intervention] | None = None,
        *,
        key: str = "interventies",
        store: AnswerStore | None = None,
        answer: dict[str, Any] | None = None,
        seed: int | str | None = None,
        ask_features: bool = False,
    ):
        super().__init__(key=key, store=store)
        if not scenarios:
            raise ValueError("geef minstens één situatie mee")
        if interventions is None:
            from ..content import load_interventions
            interventions = load_interventions()
        self.scenarios = {s.id: s for s in scenarios}
        self.interventions = {i.key: i for i in interventions}
        self.ask_features = ask_features
        self.seed = seed
        shuffled = list(interventions)
        random.Random(seed).shuffle(shuffled)
        self.order: list[str] = [s.id for s in scenarios]
        self.choices: dict[str, str] = {}
        self.last: dict[str, str] = {}
        self.index = 0
        self._features_checked: set[str] = set()

        self.header = widgets.HTML()
        self.situation = widgets.HTML()
        self.feature_question = widgets.HTML(
            "<p style='margin:0.4em 0 0.2em 0'><strong>Welke herkenningskenmerken zie je in deze "
            "situatie?</strong> Vink ze aan.</p>")
        self.feature_boxes = widgets.VBox()
        self.feature_button = button("Controleer kenmerken", self._check_features, icon="check")
        self.feature_feedback = widgets.HTML()
        self.features_panel = widgets.VBox(
            [self.feature_question, self.feature_boxes, widgets.HBox([self.feature_button]), self.feature_feedback])
        self.radio = widgets.RadioButtons(
            options=[(i.name, i.key) for i in shuffled], value=None,
            description="Welke interventie past het best?", style=label_style,
            layout=widgets.Layout(width="auto"),
        )
        self.check_button = button("Controleer", self._on_check, primary=True, icon="check")
        self.next_button = button("Volgende situatie", self._on_next, icon="arrow-right")
        self.again_button = button("Opnieuw", self._on_again, icon="refresh")
        self.feedback = widgets.HTML()
        self._set_children(
            self.header, self.situation, self.features_panel, self.radio,
            widgets.HBox([self.check_button, self.next_button, self.again_button]),
            self.notice, self.feedback,
        )
        self._restore(self._initial_answer(answer))
        self._show_current()

    # -- public ----------------------------------------------------------

    @property
    def current(self) -> Scenario | None:
        """The scenario on screen, or ``None`` when the quiz is finished."""
        return self.scenarios[self.order[self.index]] if self.index < len(self.order) else None

    def select(self, key: str) -> None:
        """Select the intervention ``key`` (as a learner clicking it)."""
        if key not in self.interventions:
            raise ValueError(f"onbekende interventie: {key!r}")
        self.radio.value = key

    def check(self) -> bool | None:
        """Check the selected intervention (same as clicking Controleer).

        Returns ``True``/``False`` for a practice scenario, ``None`` for a
        graded one or when nothing is selected.
        """
        scenario = self.current
        choice = self.radio.value
        if scenario is None:
            return None
        if choice is None:
            self.feedback.value = box("Kies eerst een interventie.", tone="note")
            return None
        if not scenario.intervention or scenario.id not in self.choices:
            self.choices[scenario.id] = choice
        self.last[scenario.id] = choice
        # Save before showing: once the learner sees the verdict, a reload or a
        # closed tab must not lose the choice (in the browser the save is a
        # round trip to the page's storage).
        self._persist()
        verdict = self._show_verdict(scenario, choice)
        return verdict.fits

    def next(self) -> None:
        """Go to the next scenario, or to the score (same as clicking)."""
        self.index = min(self.index + 1, len(self.order))
        self._persist()
        self._show_current()

    def restart(self) -> None:
        """Start again from the first scenario (same as clicking Opnieuw)."""
        self.choices.clear()
        self.last.clear()
        self._features_checked.clear()
        self.index = 0
        self._persist()
        self._show_current()

    @property
    def score(self) -> tuple[int, int]:
        """(first choices that fit, practice scenarios)."""
        return practice_score([self.scenarios[s] for s in self.order], self.choices)

    @property
    def answer(self) -> dict[str, Any]:
        return {"order": list(self.order), "choices": dict(self.choices),
                "last": dict(self.last), "index": self.index}

    # -- restoring -------------------------------------------------------

    def _restore(self, answer: dict[str, Any] | None) -> None:
        if not answer:
            return
        stored = answer.get("order")
        if isinstance(stored, list):
            known = [s for s in stored if s in self.scenarios]
            self.order = list(dict.fromkeys(known + [s for s in self.order if s not in known]))
        self.choices = self._valid_choices(answer.get("choices"))
        self.last = self._valid_choices(answer.get("last"))
        self.index = min(as_int(answer.get("index")), len(self.order))

    def _valid_choices(self, stored: Any) -> dict[str, str]:
        if not isinstance(stored, dict):
            return {}
        return {s: k for s, k in stored.items() if s in self.scenarios and k in self.interventions}

    # -- showing ---------------------------------------------------------

    def _show_current(self) -> None:
        scenario = self.current
        self.feedback.value = ""
        self.feature_feedback.value = ""
        if scenario is None:
            self._show_end()
            return
        self.header.value = (f"<h4 style='margin:0.4em 0'>Situatie {self.index + 1} "
                             f"van {len(self.order)}</h4>")
        self.situation.value = box(esc(scenario.text))
        self.again_button.layout.display = "none"
        self.check_button.layout.display = SHOW
        done = scenario.id in self.choices
        asks = self.ask_features and bool(scenario.intervention) and not done \
            and scenario.id not in self._features_checked
        self.features_panel.layout.display = SHOW if asks else "none"
        if asks:
            self._build_features(scenario)
        self.radio.layout.display = "none" if asks else SHOW
        self.check_button.layout.display = "none" if asks else SHOW
        shown = self.last.get(scenario.id, self.choices.get(scenario.id))
        self.radio.value = shown
        self.next_button.layout.display = SHOW if done else "none"
        self.next_button.description = self.next_button.tooltip = (
            "Naar je score" if self.index == len(self.order) - 1 else "Volgende situatie")
        if done:
            self._show_verdict(scenario, shown)

    def _show_verdict(self, scenario: Scenario, choice: str):
        verdict = assess_choice(scenario, choice, self.interventions)
        self.next_button.layout.display = SHOW
        if verdict.fits is None:
            self.feedback.value = box(esc(verdict.headline), tone="note")
            return verdict
        html = (f"<p style='margin:0 0 0.3em 0'>{mark(verdict.fits)} "
                f"<strong>{esc(verdict.headline)}</strong> {esc(verdict.explanation)}</p>")
        if verdict.points:
            html += (f"<p style='margin:0.3em 0 0 0'>{esc(verdict.points_intro)}</p>"
                     + bullet_list(verdict.points))
        if verdict.nudge:
            html += f"<p style='margin:0.3em 0 0 0'>{esc(verdict.nudge)}</p>"
        feedback = box(html, tone="good" if verdict.fits else "not-yet")
        counted = self.choices.get(scenario.id)
        if self.scored and counted and counted != choice:  # a retry: say which choice the score keeps
            feedback += box(esc(
                f"Voor je score telt je eerste keuze: {self.interventions[counted].name}."),
                tone="note")
        # One assignment: the page gets the verdict and the note in one message, so it
        # never shows (or reads out) the verdict without the note that belongs to it.
        self.feedback.value = feedback
        return verdict

    def _show_end(self) -> None:
        self.header.value = "<h4 style='margin:0.4em 0'>Klaar!</h4>"
        right, total = self.score
        graded = sum(1 for s in self.order if not self.scenarios[s].intervention)
        lines = []
        if total:
            lines.append(f"Je koos {right} van de {total} keer de passende interventie.")
            lines.append("Knap gedaan!" if right == total else
                         "Wat ging er al goed? Kijk bij de andere situaties nog eens naar de "
                         "herkenningskenmerken, en probeer het gerust opnieuw.")
        if graded:
            lines.append(f"Je keuzes bij {graded} situatie(s) zijn bewaard; je trainer kijkt ze na.")
        self.situation.value = box("<br>".join(esc(line) for line in lines),
                                   tone="good" if right == total else "note")
        for control in (self.features_panel, self.radio, self.check_button, self.next_button):
            control.layout.display = "none"
        self.again_button.layout.display = SHOW

    # -- recognition features (ask_features=True) ------------------------

    def _build_features(self, scenario: Scenario) -> None:
        self._options = feature_options(scenario, self.interventions, self.seed)
        self.feature_boxes.children = tuple(
            widgets.Checkbox(value=False, description=text, indent=False, style=label_style,
                             layout=widgets.Layout(width="auto"))
            for text, _ in self._options)
        self.feature_button.layout.display = SHOW

    def _check_features(self) -> None:
        lines = []
        for (text, fits), box_ in zip(self._options, self.feature_boxes.children):
            if box_.value and fits:
                lines.append(feedback_line(True, "", f"Klopt: {text}"))
            elif box_.value:
                lines.append(feedback_line(False, "", f"Dit kenmerk hoort niet bij wat hier past: {text}"))
            elif fits:
                lines.append(feedback_line(False, "", f"Deze zie je ook terug: {text}"))
        self.feature_feedback.value = box(
            "".join(lines) + "<p style='margin:0.3em 0 0 0'>Kies nu de interventie die past.</p>")
        self._features_checked.add(self.current.id)
        for box_ in self.feature_boxes.children:
            box_.disabled = True
        self.feature_button.layout.display = "none"
        self.radio.layout.display = SHOW
        self.check_button.layout.display = SHOW

    # -- clicks ----------------------------------------------------------

    def _on_check(self) -> None:
        self.check()

    def _on_next(self) -> None:
        self.next()

    def _on_again(self) -> None:
        self.restart()
