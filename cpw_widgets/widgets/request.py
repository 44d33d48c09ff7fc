"""Rewrite negative feedback as a progress request, with feedback per criterion.

The verdicts come from :func:`cpw_widgets.assess.assess_request`; this widget
only shows them.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .. import assess as _assess
from ..answers import AnswerStore
from ..content.models import FeedbackItem
from .common import (HISTORY_LIMIT, SHOW, DisputePanel, Exercise, as_int, judged_safely, as_str, box, bullet_list, button,
                     criteria_html, esc, history_entry, kept_records, label_style, run_soon, valid_disputes,
                     valid_history)

__all__ = ["RequestExercise"]


class RequestExercise(Exercise):
    """One feedback item: the learner writes a progress request and checks it.

    ``answer`` is ``{"item": item.id, "text": str, "attempts": int, "history":
    [...], "disputes": [...]}``; an answer for another item is ignored.
    ``history`` holds the verdicts per attempt (:func:`.common.history_entry`,
    the last :data:`.common.HISTORY_LIMIT`), ``disputes`` the verdicts the
    learner disagreed with (:func:`.common.dispute_record`). Both are optional:
    answers stored before they existed restore as before.
    """

    def __init__(
        self,
        item: FeedbackItem,
        *,
        key: str,
        store: AnswerStore | None = None,
        answer: dict[str, Any] | None = None,
        show_models: bool = True,
    ):
        super().__init__(key=key, store=store)
        # The first text costs a dictionary load: pay it while the learner reads.
        run_soon(_assess.warm_up)
        self.item = item
        self.show_models = show_models and bool(item.models)
        self.attempts = 0
        #: The last :class:`~cpw_widgets.assess.models.Assessment`, or ``None``.
        self.assessment = None
        #: Verdicts per attempt, and the verdicts the learner disputed.
        self.history: list[dict[str, Any]] = []
        self.disputes: list[dict[str, Any]] = []
        self._judged_text = ""

        self.intro = widgets.HTML(
            value=(
                f'<p style="margin:0.2em 0;color:#4a4a4a">{esc(item.context)}</p>'
                + box(f"<strong>Negatieve feedback:</strong> “{esc(item.feedback)}”")
                + "<p style='margin:0.3em 0'>Maak hier een progressieverzoek van: "
                "zeg wat je wél graag ziet, concreet, met de reden erbij, als uitnodiging.</p>"
            )
        )
        #: The learner's text.
        self.text = widgets.Textarea(
            description="Jouw progressieverzoek",
            placeholder="Zou je ... willen ...? Dan ...",
            style=label_style,
            layout=widgets.Layout(width="100%", height="6em"),
        )
        self.check_button = button("Controleer", self._on_check, primary=True, icon="check")
        self.models_button = button("Toon voorbeeld", self._toggle_models, icon="lightbulb-o")
        self.models_button.layout.display = "none"
        self.feedback = widgets.HTML(value="")
        self.models = widgets.HTML(value="")
        self.dispute = DisputePanel(self._add_dispute)
        self._set_children(
            self.intro,
            self.text,
            widgets.HBox([self.check_button, self.models_button]),
            self.notice,
            self.feedback,
            self.dispute,
            self.models,
        )

        restored = self._initial_answer(answer)
        if restored and restored.get("item") == item.id:
            self.text.value = as_str(restored.get("text"))
            self.attempts = as_int(restored.get("attempts"))
            self.history = valid_history(restored.get("history"))
            self.disputes = valid_disputes(restored.get("disputes"))
            if self.attempts:
                self._show(self._assess())

    # -- public ----------------------------------------------------------

    def check(self):
        """Assess the text, show the feedback, save; returns the Assessment."""
        self.attempts += 1
        result = self._assess()
        if result.criteria:
            self.history = [*self.history, history_entry(self.attempts, result.criteria)][-HISTORY_LIMIT:]
        # Save before showing: once the learner sees feedback, a reload must
        # find this text (in the browser the save is a round trip to storage).
        self._persist()
        self._show(result)
        return result

    @property
    def answer(self) -> dict[str, Any]:
        return {"item": self.item.id, "text": self.text.value, "attempts": self.attempts} | kept_records(self.history, self.disputes)

    # -- internals -------------------------------------------------------

    def _on_check(self) -> None:
        self.check()

    def _assess(self):
        self._judged_text = self.text.value
        self.assessment = judged_safely(lambda: _assess.assess_request(self.text.value))
        return self.assessment

    def _show(self, result) -> None:
        total = len(result.criteria)
        good = sum(c.passed is True for c in result.criteria.values())
        doubts = len(result.doubts)
        if doubts and good + doubts == total:
            head = (f"Poging {self.attempts}: al {good} van de {total} punten in orde. "
                    + ("Bij één punt twijfel ik" if doubts == 1 else f"Bij {doubts} punten twijfel ik")
                    + ": kijk daar zelf nog even naar.")
            tone = "good"
        elif result.passed:
            head = f"Poging {self.attempts}: mooi, je verzoek voldoet aan alle {total} criteria."
            tone = "good"
        elif total:
            # Progress-focused: name what already works, then what to add.
            head = (f"Poging {self.attempts}: al {good} van de {total} punten in orde. "
                    "Kijk hieronder wat je nog kunt toevoegen." if good else
                    f"Poging {self.attempts}: je eerste versie staat er. "
                    "Kijk per punt hieronder wat je kunt toevoegen.")
            if doubts:
                head += " Bij één punt twijfel ik." if doubts == 1 else f" Bij {doubts} punten twijfel ik."
            tone = "not-yet"
        else:
            head = f"Poging {self.attempts}"
            tone = "not-yet"
        self.feedback.value = box(f"<p style='margin:0 0 0.3em 0'><strong>{esc(head)}</strong></p>"
                                  + criteria_html(result), tone=tone)
        if self.show_models:
            self.models_button.layout.display = SHOW
        self.dispute.offer([(key, c.label or key, c.passed, self._judged_text)
                            for key, c in result.criteria.items()])

    def _toggle_models(self) -> None:
        if self.models.value:
            self.models.value = ""
            self.models_button.description = self.models_button.tooltip = "Toon voorbeeld"
            return
        title = "Zo zou het kunnen:" if len(self.item.models) == 1 else "Zo zou het bijvoorbeeld kunnen:"
        self.models.value = box(f"<strong>{title}</strong>" + bullet_list(self.item.models))
        self.models_button.description = self.models_button.tooltip = "Verberg voorbeeld"
