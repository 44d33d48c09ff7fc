"""Practice that draws items in a new order: no score, only feedback per answer.

* :func:`draw_order`: all ids in a new random order (a full cycle: every item
  comes once before any comes again).
* :class:`InterventionDrill`: "Meer oefenen" with every intervention scenario,
  features first, then the choice; a new order for every round.
* :class:`PairDrill`: minimal pairs: the same situation with one feature
  changed; which intervention fits now?
* :class:`DrawExercise`: one item at a time from a list (feedback items, circle
  prompts) with a "Nieuwe situatie" button; what the learner typed for each
  item is kept in the drawer's own answer, under the item's id.
* :class:`PrincipleExercise`: match short situations to the principles.

The verdicts come from :mod:`cpw_widgets.assess` (through the widgets these
build on); nothing here judges.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

import ipywidgets as widgets

from ..answers import AnswerStore
from ..content.loader import MinimalPair
from ..content.models import Intervention, Scenario
from .common import Exercise, as_int, box, button, esc
from .quiz import InterventionQuiz
from .sorting import MatchExercise

__all__ = ["DrawExercise", "InterventionDrill", "PairDrill", "PrincipleExercise", "draw_order",
           "pair_scenario"]

T = TypeVar("T")


def draw_order(ids: Iterable[str], rng: random.Random | None = None, *, after: str = "") -> list[str]:
    """All ``ids`` once, in a new random order.

    ``after`` is the item seen last: it does not come first again, so a new
    round never repeats the item the learner just did.
    """
    order = list(dict.fromkeys(ids))
    (rng or random.Random()).shuffle(order)
    if len(order) > 1 and order[0] == after:
        order[0], order[-1] = order[-1], order[0]
    return order


# -- interventions ---------------------------------------------------------


class InterventionDrill(InterventionQuiz):
    """Every scenario once per round, in a new order; features first (by default).

    The ``.answer`` is that of :class:`InterventionQuiz`; its ``order`` is the
    round's draw, so a reload continues the same round. No score: at the end
    "Nieuwe ronde" draws a new order. ``"rounds"`` counts the rounds finished
    before the current one (Mijn voortgang shows a finished round as klaar).
    """

    scored = False

    def __init__(self, scenarios: Sequence[Scenario], interventions: Sequence[Intervention] | None = None,
                 *, key: str = "interventies-meer", store: AnswerStore | None = None,
                 answer: dict[str, Any] | None = None, ask_features: bool = True,
                 rng: random.Random | None = None):
        self._rng = rng or random.Random()
        #: Rounds finished before the current one.
        self.rounds = 0
        by_id = {s.id: s for s in scenarios}
        drawn = [by_id[i] for i in draw_order(by_id, self._rng)]
        super().__init__(drawn, interventions, key=key, store=store, answer=answer,
                         ask_features=ask_features)
        self.again_button.description = self.again_button.tooltip = "Nieuwe ronde"

    def restart(self) -> None:
        """A new round: all scenarios again, in a new order (same as clicking Nieuwe ronde)."""
        if self.index >= len(self.order):
            self.rounds += 1
        self.order = draw_order(self.order, self._rng, after=self.order[-1])
        super().restart()

    @property
    def answer(self) -> dict[str, Any]:
        return super().answer | ({"rounds": self.rounds} if self.rounds else {})

    def _restore(self, answer: dict[str, Any] | None) -> None:
        super()._restore(answer)
        if answer:
            self.rounds = as_int(answer.get("rounds"))

    def _show_current(self) -> None:
        super()._show_current()
        if self.index == len(self.order) - 1:
            self.next_button.description = self.next_button.tooltip = "Rond deze ronde af"

    def _show_end(self) -> None:
        super()._show_end()
        self.header.value = "<h4 style='margin:0.4em 0'>Ronde klaar</h4>"
        self.situation.value = box(esc(
            f"Je hebt alle {len(self.order)} situaties bekeken. Welke herkenningskenmerken zie je "
            "nu sneller dan aan het begin? Wil je verder oefenen, klik dan op Nieuwe ronde: je "
            "krijgt alle situaties opnieuw, in een andere volgorde."), tone="good")


def pair_scenario(pair: MinimalPair) -> Scenario:
    """The second situation of ``pair`` as a scenario: the changed feature is
    its recognition feature, and the first situation's intervention its
    likely wrong choice."""
    return Scenario(id=pair.id, text=pair.second, intervention=pair.second_intervention,
                    features=(pair.change,), explanation=pair.explanation,
                    wrong={pair.first_intervention: pair.why_not}, domain=pair.domain)


class PairDrill(InterventionDrill):
    """Minimal pairs: the first situation with its intervention is given; in
    the second one feature changed. Which intervention fits now?"""

    def __init__(self, pairs: Sequence[MinimalPair], interventions: Sequence[Intervention] | None = None,
                 *, key: str = "interventies-paren", store: AnswerStore | None = None,
                 answer: dict[str, Any] | None = None, rng: random.Random | None = None):
        self.pairs = {p.id: p for p in pairs}
        super().__init__([pair_scenario(p) for p in pairs], interventions, key=key, store=store,
                         answer=answer, ask_features=False, rng=rng)
        self.radio.description = "Welke interventie past nu?"

    def _show_current(self) -> None:
        super()._show_current()
        scenario = self.current
        if scenario is None:
            return
        pair = self.pairs[scenario.id]
        first = self.interventions[pair.first_intervention].name
        self.header.value = (f"<h4 style='margin:0.4em 0'>Paar {self.index + 1} "
                             f"van {len(self.order)}</h4>")
        self.situation.value = (
            box(f"<p style='margin:0 0 0.3em 0'><strong>Eerst:</strong> {esc(pair.first)}</p>"
                f"<p style='margin:0'>Hier past <strong>{esc(first)}</strong>.</p>")
            + "<p style='margin:0.5em 0 0.2em 0'><strong>Nu is één ding anders:</strong></p>"
            + box(esc(pair.second), tone="note"))


# -- one item at a time ----------------------------------------------------


class _Slot:
    """The store an exercise inside a :class:`DrawExercise` sees: its answer
    lives in the drawer's answer under the item's id, and saving it saves the
    drawer."""

    def __init__(self, drawer: DrawExercise, item_id: str):
        self.drawer = drawer
        self.item_id = item_id

    @property
    def warning(self) -> str:
        return self.drawer.store.warning if self.drawer.store is not None else ""

    def load(self, key: str) -> dict[str, Any] | None:
        answer = self.drawer.answers.get(self.item_id)
        return dict(answer) if answer else None

    def save(self, key: str, answer: dict[str, Any]) -> bool:
        self.drawer.answers[self.item_id] = dict(answer)
        return self.drawer._persist()


class DrawExercise(Exercise, Generic[T]):
    """One item at a time, with a "Nieuwe situatie" button that draws the next.

    ``make(item, key, store)`` builds the exercise for one item (for example a
    :class:`~cpw_widgets.widgets.RequestExercise`). ``.answer`` is
    ``{"order": [ids], "index": int, "answers": {id: that exercise's answer}}``:
    what the learner typed for an item is there again when it comes back.
    """

    def __init__(self, items: Sequence[T], make: Callable[[T, str, Any], Exercise], *, key: str,
                 store: AnswerStore | None = None, answer: dict[str, Any] | None = None,
                 item_id: Callable[[T], str] = lambda item: item.id,  # type: ignore[attr-defined]
                 rng: random.Random | None = None):
        super().__init__(key=key, store=store)
        if not items:
            raise ValueError("geef minstens één item mee")
        self.items = {item_id(i): i for i in items}
        self._make = make
        self._rng = rng or random.Random()
        self.order = draw_order(self.items, self._rng)
        self.index = 0
        self.answers: dict[str, dict[str, Any]] = {}
        #: The exercise on screen.
        self.exercise: Exercise | None = None
        self.header = widgets.HTML()
        self.holder = widgets.VBox()
        self.new_button = button("Nieuwe situatie", self.draw_next, icon="random")
        self._set_children(self.header, self.holder, widgets.HBox([self.new_button]), self.notice)
        self._restore(self._initial_answer(answer))
        self._show()

    @property
    def current_id(self) -> str:
        return self.order[self.index]

    def draw_next(self) -> None:
        """Show the next item (same as clicking Nieuwe situatie); after the
        last one a new round starts in a new order."""
        self.index += 1
        if self.index >= len(self.order):
            self.order = draw_order(self.items, self._rng, after=self.order[-1])
            self.index = 0
        self._persist()
        self._show()

    @property
    def answer(self) -> dict[str, Any]:
        return {"order": list(self.order), "index": self.index,
                "answers": {i: dict(a) for i, a in self.answers.items()}}

    def _restore(self, answer: dict[str, Any] | None) -> None:
        if not answer:
            return
        stored = answer.get("order")
        if isinstance(stored, list):
            known = [i for i in stored if isinstance(i, str) and i in self.items]
            self.order = list(dict.fromkeys(known + [i for i in self.order if i not in known]))
        self.index = min(as_int(answer.get("index")), len(self.order) - 1)
        answers = answer.get("answers")
        if isinstance(answers, dict):
            self.answers = {i: dict(a) for i, a in answers.items() if i in self.items and isinstance(a, dict)}

    def _show(self) -> None:
        item_id = self.current_id
        store = _Slot(self, item_id) if self.store is not None else None
        self.exercise = self._make(self.items[item_id], f"{self.key}/{item_id}", store)
        self.header.value = (f"<p style='margin:0.4em 0;color:#4a4a4a'>Situatie {self.index + 1} "
                             f"van {len(self.order)}. Klik op Nieuwe situatie voor een andere; "
                             "wat je hier typt, blijft bewaard als je op een knop klikt.</p>")
        self.holder.children = (self.exercise,)


# -- principles ------------------------------------------------------------


class PrincipleExercise(MatchExercise):
    """Match short situations to the principle that shows in each."""

    item_label = "Situatie {n}"
    choice_label = "{label}: welk uitgangspunt zie je?"
