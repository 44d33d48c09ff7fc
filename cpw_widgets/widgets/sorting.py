"""Small exercises for putting things in order, matching and sorting.

Every control is a native drop-down list (a ``<select>``) with a visible
label, so the exercises work with the keyboard alone (Tab, arrow keys) and a
screen reader announces what each list is for. Nothing here judges: the
widgets record the learner's choices; the course's tests (nbgrader) decide
what fits, or, in practice mode, :mod:`cpw_widgets.assess.ordering` does.

* :class:`OrderExercise`: put ``items`` in order, one list per place.
  ``.answer`` is ``{"order": [item or "", ...]}``.
* :class:`MatchExercise`: for each item (a question, a sentence) choose one of
  ``options``. ``.answer`` is ``{"choices": {item_id: option}}``.
* :class:`SortExercise`: the same, with a few categories to sort into.

Like the other exercises they take ``key``, ``store`` and ``answer``, write to
the store only when the learner clicks Bewaar, and restore from the store.

Practice mode: given ``solution`` (and ``hints`` or ``explanations``), the
Bewaar button becomes **Controleer**: a click saves the choices first, then
shows one ✓/✗ line per place or item, judged by
:mod:`cpw_widgets.assess.ordering`. A restored answer shows its feedback
again. Without ``solution`` (the graded assignment 04) nothing changes: no
judging, no Controleer button.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import ipywidgets as widgets
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle

from ..answers import AnswerStore
from ..assess.models import Assessment
from ..assess.ordering import assess_matches, assess_order
from .common import Exercise, as_str, as_str_list, box, button, criteria_html, esc, label_style

__all__ = ["MatchExercise", "OrderExercise", "SortExercise"]

_EMPTY = ""


class _ChoiceExercise(Exercise):
    """A prompt, a column of labelled drop-down lists and a Bewaar button."""

    empty_label = "— kies —"
    #: Practice mode (a solution was given): Controleer instead of Bewaar.
    practice = False

    def _build(self, prompt: str, rows: Sequence[widgets.Widget]) -> None:
        self.save_button = button("Bewaar", self.save, primary=True, icon="save")
        self.status = widgets.HTML(value="")
        head = [widgets.HTML(value=box(esc(prompt)))] if prompt else []
        if not self.practice:
            self.children = (*head, *rows, widgets.HBox([self.save_button, self.status]), self.notice)
            return
        self.check_button = button("Controleer", self.check, primary=True, icon="check")
        self.feedback = widgets.HTML(value="")
        self.children = (*head, *rows, widgets.HBox([self.check_button, self.status]), self.notice,
                         self.feedback)

    def check(self) -> Assessment:
        """Save, then show ✓/✗ per place or item (same as clicking Controleer).

        Only in practice mode. The answer is saved before the feedback shows,
        so a reload never loses what the learner has already seen judged.
        """
        if not self.practice:
            raise RuntimeError("Controleren kan alleen als de oefening een oplossing heeft.")
        self._save_with_status(self.status, missing=self._missing())
        return self._show_feedback()

    def _show_feedback(self) -> Assessment:
        assessment = self._assess()
        tone = "note" if not assessment.criteria else "good" if assessment.passed else "not-yet"
        self.feedback.value = box(criteria_html(assessment), tone=tone)
        return assessment

    def _assess(self) -> Assessment:  # pragma: no cover - overridden
        raise NotImplementedError

    def _shared(self, name: str, make: Callable[[], widgets.Widget]) -> widgets.Widget:
        """One layout or style for all of this exercise's parts that look alike.
        Every layout and style is a model of its own that Python builds and
        sends and the page creates: sharing them took MatchExercise from 7 to 3
        models per item, and a page's exercise is live that much sooner
        (WebKit). Nothing changes a shared one afterwards."""
        shared = self.__dict__.setdefault("_shared_parts", {})
        if name not in shared:
            shared[name] = make()
        return shared[name]

    def _dropdown(self, description: str, options: Sequence[str]) -> widgets.Dropdown:
        return widgets.Dropdown(
            options=[(self.empty_label, _EMPTY)] + [(o, o) for o in options],
            value=_EMPTY,
            description=description,
            style=self._shared("list style", lambda: DescriptionStyle(**label_style)),
            layout=self._shared("list layout", lambda: widgets.Layout(width="auto", max_width="100%")),
        )

    def _missing(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def save(self) -> bool:
        """Save the choices (same as clicking Bewaar)."""
        return self._save_with_status(self.status, missing=self._missing())


class OrderExercise(_ChoiceExercise):
    """Put ``items`` in order: one drop-down list per place.

    The lists offer the items alphabetically, so the list itself gives no hint.
    ``place_label`` names each place (``{n}`` is its number).
    """

    def __init__(
        self,
        items: Sequence[str],
        *,
        key: str,
        store: AnswerStore | None = None,
        answer: dict[str, Any] | None = None,
        prompt: str = "",
        place_label: str = "Plek {n}",
        solution: Sequence[str] | None = None,
        hints: Mapping[str, str] | None = None,
    ):
        super().__init__(key=key, store=store)
        if len(set(items)) != len(items) or not items:
            raise ValueError("items moeten verschillend zijn (en er moet er minstens één zijn)")
        self.items = tuple(items)
        if solution is not None and sorted(solution) != sorted(self.items):
            raise ValueError("solution moet precies de items bevatten, in de goede volgorde")
        self.solution = tuple(solution) if solution is not None else None
        self.hints = dict(hints or {})
        self.practice = self.solution is not None
        self.place_label = place_label
        options = sorted(self.items, key=str.casefold)
        self.places = [self._dropdown(place_label.format(n=n), options) for n in range(1, len(items) + 1)]
        self._build(prompt, self.places)
        restored = self._initial_answer(answer)
        if restored:
            order = as_str_list(restored.get("order"))
            self.set_order([o if o in self.items else _EMPTY for o in order[: len(self.items)]])
            if self.practice and any(self.order):
                self._show_feedback()

    def _assess(self) -> Assessment:
        return assess_order(self.order, self.solution or (), self.hints, place_label=self.place_label)

    @property
    def order(self) -> list[str]:
        return [d.value for d in self.places]

    def set_order(self, order: Sequence[str]) -> None:
        """Fill the places from the top (as a learner choosing in each list)."""
        for dropdown, item in zip(self.places, order):
            if item and item not in self.items:
                raise ValueError(f"{item!r} hoort niet bij deze opdracht")
            dropdown.value = item or _EMPTY

    @property
    def answer(self) -> dict[str, Any]:
        return {"order": self.order}

    def _missing(self) -> list[str]:
        order = self.order
        missing = [f"plek {i + 1}" for i, v in enumerate(order) if not v]
        twice = sorted({v for v in order if v and order.count(v) > 1})
        missing += [f"\u201c{v}\u201d staat er vaker dan één keer in" for v in twice]
        return missing


class MatchExercise(_ChoiceExercise):
    """For each item choose one of ``options`` (an option may be used more than once).

    ``items`` maps an id to the text shown (a question, a sentence); each item
    gets its own numbered drop-down list.
    """

    item_label = "Vraag {n}"
    choice_label = "{label} past bij"

    def __init__(
        self,
        items: Mapping[str, str] | Sequence[tuple[str, str]],
        options: Sequence[str],
        *,
        key: str,
        store: AnswerStore | None = None,
        answer: dict[str, Any] | None = None,
        prompt: str = "",
        solution: Mapping[str, str] | None = None,
        explanations: Mapping[str, str] | None = None,
    ):
        super().__init__(key=key, store=store)
        pairs = list(items.items() if isinstance(items, Mapping) else items)
        if not pairs or len({i for i, _ in pairs}) != len(pairs):
            raise ValueError("items moeten een unieke id hebben (en er moet er minstens één zijn)")
        self.items = dict(pairs)
        self.options = tuple(options)
        if solution is not None and (set(solution) != set(self.items)
                                     or not set(solution.values()) <= set(self.options)):
            raise ValueError("solution moet bij elk item één van de keuzes geven")
        self.solution = dict(solution) if solution is not None else None
        self.explanations = dict(explanations or {})
        self.practice = self.solution is not None
        self.lists: dict[str, widgets.Dropdown] = {}
        rows = []
        for n, (item_id, text) in enumerate(pairs, start=1):
            label = self.item_label.format(n=n)
            dropdown = self._dropdown(self.choice_label.format(label=label), self.options)
            self.lists[item_id] = dropdown
            rows.append(widgets.VBox([
                widgets.HTML(value=f"<p style='margin:0.6em 0 0.1em 0'><strong>{esc(label)}.</strong> {esc(text)}</p>",
                             layout=self._shared("item layout", widgets.Layout),
                             style=self._shared("item style", HTMLStyle)),
                dropdown,
            ], layout=self._shared("row layout", widgets.Layout)))
        self._build(prompt, rows)
        restored = self._initial_answer(answer)
        if restored and isinstance(restored.get("choices"), dict):
            for item_id, value in restored["choices"].items():
                value = as_str(value)
                if item_id in self.lists and value in self.options:
                    self.lists[item_id].value = value
            if self.practice and self.choices:
                self._show_feedback()

    def _assess(self) -> Assessment:
        solution = self.solution or {}
        items = [(i, solution[i], self.explanations.get(i, "")) for i in self.items]
        return assess_matches(items, self.choices, item_label=self.item_label)

    def choose(self, item_id: str, option: str) -> None:
        """Choose ``option`` for ``item_id`` (as a learner using its list)."""
        if item_id not in self.lists:
            raise KeyError(item_id)
        if option and option not in self.options:
            raise ValueError(f"{option!r} is geen keuze bij deze opdracht")
        self.lists[item_id].value = option or _EMPTY

    @property
    def choices(self) -> dict[str, str]:
        return {i: d.value for i, d in self.lists.items() if d.value}

    @property
    def answer(self) -> dict[str, Any]:
        return {"choices": self.choices}

    def _missing(self) -> list[str]:
        return [self.item_label.format(n=n).lower()
                for n, d in enumerate(self.lists.values(), start=1) if not d.value]


class SortExercise(MatchExercise):
    """Sort sentences into a few ``categories`` (one drop-down list per sentence)."""

    item_label = "Zin {n}"
    choice_label = "{label} is een"

    def __init__(
        self,
        items: Mapping[str, str] | Sequence[tuple[str, str]],
        categories: Sequence[str],
        *,
        key: str,
        store: AnswerStore | None = None,
        answer: dict[str, Any] | None = None,
        prompt: str = "",
        solution: Mapping[str, str] | None = None,
        explanations: Mapping[str, str] | None = None,
    ):
        super().__init__(items, categories, key=key, store=store, answer=answer, prompt=prompt,
                         solution=solution, explanations=explanations)
