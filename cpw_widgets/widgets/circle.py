"""The circle technique: inner circle, outer circle, one small next step.

The learner fills the inner circle (what is already achieved) and the outer
circle (what they want to achieve), sees the circle drawn live, picks one
outer item and writes a small step. Each item gets a positivity hint from
:func:`cpw_widgets.assess.assess_statement`; the drawing comes from
:mod:`.circle_svg`.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .. import assess as _assess
from ..answers import AnswerStore
from ..assess.circle import assess_circle
from ..content.models import CirclePrompt
from .circle_svg import circle_svg, svg_data_uri
from .common import (HISTORY_LIMIT, DisputePanel, Exercise, as_str, as_str_list, box, button, esc,
                     history_entry, kept_records, label_style, mark, run_soon, valid_disputes, valid_history)

__all__ = ["CircleExercise"]

_NO_CHOICE = "— kies een punt —"
_SIDES = {
    "inner": ("Binnencirkel", "Wat is al bereikt?", "binnencirkel"),
    "outer": ("Buitencirkel", "Wat wil je bereiken?", "buitencirkel"),
}


class CircleExercise(Exercise):
    """Fill in the circle technique for one :class:`CirclePrompt`.

    ``answer`` is ``{"prompt": id, "inner": [...], "outer": [...],
    "step_item": str, "step": str, "history": [...], "disputes": [...]}``; an
    answer for another prompt is ignored. ``history`` holds the verdicts of
    :func:`~cpw_widgets.assess.circle.assess_circle` per save, ``disputes`` the
    item verdicts ("positief geformuleerd") the learner disagreed with
    (criterion ``"positive"``, ``text`` the item). Both are optional: answers
    stored before they existed restore as before.
    """

    def __init__(
        self,
        prompt: CirclePrompt,
        *,
        key: str = "cirkel",
        store: AnswerStore | None = None,
        answer: dict[str, Any] | None = None,
    ):
        super().__init__(key=key, store=store)
        # The first text costs a dictionary load: pay it while the learner reads.
        run_soon(_assess.warm_up)
        self.prompt = prompt
        self._items: dict[str, list[str]] = {"inner": [], "outer": []}
        self._step_index: int | None = None
        self._updating = False
        self.history: list[dict[str, Any]] = []
        self.disputes: list[dict[str, Any]] = []
        self._verdicts: dict[str, Any] = {}

        kind = "Jouw activiteit" if prompt.mode == "persoonlijk" else "Teamonderwerp"
        self.intro = widgets.HTML(
            value=box(f"<strong>{kind}:</strong> {esc(prompt.topic)}<br>"
                      f"<span style='color:#4a4a4a'>{esc(prompt.intro)}</span>")
        )
        self._rows: dict[str, widgets.VBox] = {}
        self._new: dict[str, widgets.Text] = {}
        self._add_buttons: dict[str, widgets.Button] = {}
        sections = [self._section(side) for side in ("inner", "outer")]

        self.step_choice = widgets.Dropdown(
            options=[_NO_CHOICE], value=_NO_CHOICE,
            description="Kies je volgende stap uit de buitencirkel",
            style=label_style, layout=widgets.Layout(width="100%"),
        )
        self.step_choice.observe(self._on_choice, names="value")
        self.step_text = widgets.Textarea(
            description="Wat is je kleine stap? Wie doet wat, wanneer?",
            placeholder=f"Bijvoorbeeld: {prompt.step_example}" if prompt.step_example else "",
            style=label_style, layout=widgets.Layout(width="100%", height="4.5em"),
            continuous_update=False,
        )
        self.step_text.observe(lambda _c: self._redraw(), names="value")
        self.save_button = button("Bewaar", self._on_save, primary=True, icon="save")
        self.status = widgets.HTML(value="")
        self.drawing = widgets.HTML(value="")
        self.download = widgets.HTML(value="")
        self.dispute = DisputePanel(self._add_dispute)

        self._set_children(
            self.intro, *sections, self.dispute,
            widgets.HTML("<h4 style='margin:0.8em 0 0.2em 0'>Je volgende stap</h4>"),
            self.step_choice, self.step_text,
            widgets.HBox([self.save_button, self.status]),
            self.notice, self.drawing, self.download,
        )

        restored = self._initial_answer(answer)
        if restored and restored.get("prompt") == prompt.id:
            self._items["inner"] = [s for s in as_str_list(restored.get("inner")) if s.strip()]
            self._items["outer"] = [s for s in as_str_list(restored.get("outer")) if s.strip()]
            chosen = as_str(restored.get("step_item"))
            if chosen in self._items["outer"]:
                self._step_index = self._items["outer"].index(chosen)
            self._updating = True
            self.step_text.value = as_str(restored.get("step"))
            self._updating = False
            self.history = valid_history(restored.get("history"))
            self.disputes = valid_disputes(restored.get("disputes"))
        self._rebuild("inner")
        self._rebuild("outer")

    # -- public ----------------------------------------------------------

    @property
    def inner(self) -> list[str]:
        return list(self._items["inner"])

    @property
    def outer(self) -> list[str]:
        return list(self._items["outer"])

    def add_inner(self, text: str) -> None:
        self._add("inner", text)

    def add_outer(self, text: str) -> None:
        self._add("outer", text)

    def remove_inner(self, i: int) -> None:
        self._remove("inner", i)

    def remove_outer(self, i: int) -> None:
        self._remove("outer", i)

    def choose_step(self, outer_text: str) -> None:
        """Choose the outer item ``outer_text`` as the one to work on."""
        if outer_text not in self._items["outer"]:
            raise ValueError(f"{outer_text!r} staat niet in de buitencirkel")
        self._step_index = self._items["outer"].index(outer_text)
        self._sync_choice()
        self._redraw()

    def set_step(self, text: str) -> None:
        self.step_text.value = text

    def save(self) -> bool:
        """Save the circle (same as clicking Bewaar)."""
        missing = []
        if not self._items["inner"]:
            missing.append("de binnencirkel is nog leeg")
        if not self._items["outer"]:
            missing.append("de buitencirkel is nog leeg")
        if self._step_index is None:
            missing.append("je hebt nog geen punt uit de buitencirkel gekozen")
        if not self.step_text.value.strip():
            missing.append("je kleine stap is nog niet ingevuld")
        answer = self.answer
        verdicts = assess_circle(answer["inner"], answer["outer"], answer["step_item"], answer["step"],
                                 judge=_assess.assess_statement)
        attempt = (self.history[-1]["attempt"] if self.history else 0) + 1
        self.history = [*self.history, history_entry(attempt, verdicts.criteria)][-HISTORY_LIMIT:]
        return self._save_with_status(self.status, saved="Je cirkel is bewaard.", missing=missing,
                                      lead="Let op: ")

    def svg(self) -> str:
        """The filled-in circle as an SVG string."""
        return circle_svg(self.prompt.topic, self._items["inner"], self._items["outer"],
                          step_item=self.answer["step_item"], step=self.step_text.value)

    @property
    def answer(self) -> dict[str, Any]:
        outer = self._items["outer"]
        step_item = outer[self._step_index] if self._step_index is not None else ""
        return {"prompt": self.prompt.id, "inner": list(self._items["inner"]), "outer": list(outer),
                "step_item": step_item, "step": self.step_text.value} | kept_records(self.history, self.disputes)

    # -- building --------------------------------------------------------

    def _section(self, side: str) -> widgets.VBox:
        title, question, _name = _SIDES[side]
        examples = self.prompt.inner_examples if side == "inner" else self.prompt.outer_examples
        new = widgets.Text(description=question, style=label_style, layout=widgets.Layout(width="60%"),
                           placeholder=f"Bijvoorbeeld: {examples[0]}" if examples else "")
        self._new[side] = new
        add = button("Voeg toe", lambda: self._add(side, new.value), icon="plus")
        add.tooltip = f"Voeg toe aan de {_name}"
        self._add_buttons[side] = add
        self._rows[side] = widgets.VBox()
        return widgets.VBox([
            widgets.HTML(f"<h4 style='margin:0.8em 0 0.2em 0'>{esc(title)}: {esc(question)}</h4>"),
            self._rows[side],
            widgets.HBox([new, add]),
        ])

    def _rebuild(self, side: str) -> None:
        """Redraw the item rows of one circle (after add or remove)."""
        rows = []
        name = _SIDES[side][2]
        for i, item in enumerate(self._items[side]):
            edit = widgets.Text(value=item, description=f"Punt {i + 1}", style=label_style,
                                continuous_update=False, layout=widgets.Layout(width="60%"))
            hint = widgets.HTML(value=self._hint_html(item))
            edit.observe(lambda change, i=i, hint=hint: self._edit(side, i, change["new"], hint), names="value")
            remove = button("Verwijder", lambda i=i: self._remove(side, i), icon="trash")
            remove.tooltip = f"Verwijder punt {i + 1} uit de {name}"
            rows.append(widgets.VBox([widgets.HBox([edit, remove]), hint]))
        if not rows:
            rows.append(widgets.HTML("<p style='margin:0.2em 0;color:#4a4a4a'>Nog leeg.</p>"))
        self._rows[side].children = tuple(rows)
        if side == "outer":
            self._sync_choice()
        self._offer_disputes()
        self._redraw()

    def _offer_disputes(self) -> None:
        """Offer the positivity verdict of every item on screen to dispute."""
        offered = []
        for side in ("inner", "outer"):
            for i, item in enumerate(self._items[side]):
                result = self._verdict(item)
                if result is not None:
                    label = f"{_SIDES[side][0]}, punt {i + 1} ({item[:40]}{'…' if len(item) > 40 else ''})"
                    offered.append(("positive", label, result.passed, item))
        self.dispute.offer(offered)

    def _verdict(self, text: str):
        """The positivity verdict of one item (cached: every redraw asks again)."""
        if text not in self._verdicts:
            self._verdicts[text] = _assess.assess_statement(text).criteria.get("positive")
        return self._verdicts[text]

    def _hint_html(self, text: str) -> str:
        result = self._verdict(text)
        if result is None:
            return ""
        return (f"<div style='margin:0 0 0.3em 1em;font-size:90%'>{mark(result.passed)} "
                f"{esc(result.feedback)}</div>")

    # -- changes ---------------------------------------------------------

    def _add(self, side: str, text: str) -> None:
        text = " ".join(str(text).split())
        if not text:
            self.status.value = "<span role='status'>Typ eerst wat je wilt toevoegen.</span>"
            return
        self._items[side].append(text)
        self._new[side].value = ""
        self.status.value = ""
        self._rebuild(side)

    def _remove(self, side: str, i: int) -> None:
        items = self._items[side]
        if not 0 <= i < len(items):
            raise IndexError(f"er is geen punt {i + 1} in de {_SIDES[side][2]}")
        del items[i]
        if side == "outer" and self._step_index is not None:
            if self._step_index == i:
                self._step_index = None
            elif self._step_index > i:
                self._step_index -= 1
        self._rebuild(side)

    def _edit(self, side: str, i: int, text: str, hint: widgets.HTML) -> None:
        if i >= len(self._items[side]):
            return
        text = " ".join(text.split())
        if not text:  # an emptied row stays until "Verwijder"; keep the old text
            return
        self._items[side][i] = text
        hint.value = self._hint_html(text)
        self._offer_disputes()
        if side == "outer":
            self._sync_choice()
        self._redraw()

    def _on_choice(self, change) -> None:
        if self._updating:
            return
        value = change["new"]
        self._step_index = None if value in (None, _NO_CHOICE) else int(value)
        self._redraw()

    def _sync_choice(self) -> None:
        """Make the dropdown list the outer items and show the chosen one."""
        self._updating = True
        try:
            options = [(_NO_CHOICE, _NO_CHOICE)] + [(t, str(i)) for i, t in enumerate(self._items["outer"])]
            self.step_choice.options = options
            self.step_choice.value = _NO_CHOICE if self._step_index is None else str(self._step_index)
        finally:
            self._updating = False

    def _redraw(self) -> None:
        if self._updating:
            return
        svg = self.svg()
        self.drawing.value = f"<div style='max-width:640px'>{svg}</div>"
        self.download.value = (
            f'<a download="cirkel.svg" href="{svg_data_uri(svg)}" '
            'style="display:inline-block;margin:0.4em 0">Download je cirkel (SVG)</a>'
            "<span style='color:#4a4a4a'> om te printen of te delen.</span>"
        )

    def _on_save(self) -> None:
        self.save()
