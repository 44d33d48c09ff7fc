"""Two rounds of a progress-focused intervisie, practised on a case.

* :class:`QuestionRound`: the question round (vragenronde). The learner asks
  clarifying questions one at a time; a question with no ✗ goes onto the
  flip-over, one that needs work stays in the text box to rewrite.
* :class:`ComplimentRound`: the bevestigen round. After reading what the
  case-inbrenger already did, the learner gives process compliments; the ones
  with no ✗ are what the case-inbrenger writes down.

Both are one :class:`RoundExercise` with a :class:`RoundKind`. With
``flipover=False`` (the graded assignment) a text is not moved anywhere: the
widget keeps one text, like the progress-request exercise, and with
``show_case=False`` the page itself tells the case.

The verdicts come from :func:`cpw_widgets.assess.question.assess_question` and
:func:`cpw_widgets.assess.compliment.assess_compliment`; nothing here judges.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import ipywidgets as widgets

from .. import assess as _assess
from ..answers import AnswerStore
from ..assess.criteria import COMPLIMENT_CRITERIA, QUESTION_CRITERIA
from ..content.rounds import RoundCase
from .common import (HISTORY_LIMIT, SHOW, DisputePanel, Exercise, as_int, judged_safely, as_str, as_str_list, box,
                     bullet_list, button, criteria_html, esc, history_entry, kept_records, label_style,
                     run_soon, valid_disputes, valid_history)

__all__ = ["ComplimentRound", "QuestionRound", "RoundExercise", "RoundKind", "QUESTION", "COMPLIMENT",
           "KEPT_LIMIT"]

#: At most this many texts are kept per case (the oldest go first).
KEPT_LIMIT = 30


def _judge_question(text: str, case: str) -> Any:
    from ..assess.question import assess_question  # looked up per call: tests may replace it

    return assess_question(text, case=case)


def _judge_compliment(text: str, case: str) -> Any:
    from ..assess.compliment import assess_compliment

    return assess_compliment(text, case=case)


@dataclass(frozen=True)
class RoundKind:
    """What differs between the two rounds: the judge, the words, what is kept."""

    name: str                                  # "question" or "compliment"
    criteria: tuple[str, ...]
    judge: Callable[[str, str], Any]           # (text, case text) -> Assessment
    case_text: Callable[[RoundCase], str]      # what the assessor may know of the case
    text_label: str
    placeholder: str
    task: str                                  # what to write (HTML-free Dutch)
    kept_title: Callable[[RoundCase], str]
    kept_where: Callable[[RoundCase], str]     # where a text that is in order goes
    kept_empty: str
    noun: str                                  # "vraag", "compliment"
    pronoun: str                               # "hij" (de vraag), "het" (het compliment)
    examples: Callable[[RoundCase], tuple[str, ...]]
    shows_done: bool                           # show what the case-inbrenger did


QUESTION = RoundKind(
    name="question",
    criteria=QUESTION_CRITERIA,
    judge=_judge_question,
    case_text=lambda case: case.story,
    text_label="Jouw vraag",
    placeholder="Wat ...? Wie ...? Hoe ...? Waaraan zou je merken ...?",
    task=("Stel de inbrenger één verhelderende vraag: een open vraag die je helpt de situatie "
          "beter te begrijpen. Een idee voor een oplossing is een verkapte tip; die bewaar je voor "
          "de tipsronde. Een vraag die klaar is, komt op de flip-over; daarna stel je de volgende."),
    kept_title=lambda case: "Op de flip-over",
    kept_where=lambda case: "op de flip-over",
    kept_empty="Nog leeg. Een vraag die op alle punten in orde is, komt hier te staan.",
    noun="vraag",
    pronoun="hij",
    examples=lambda case: case.question_examples,
    shows_done=False,
)

COMPLIMENT = RoundKind(
    name="compliment",
    criteria=COMPLIMENT_CRITERIA,
    judge=_judge_compliment,
    case_text=lambda case: case.told,
    text_label="Jouw compliment",
    placeholder="Wat goed werkt in je aanpak is ... Wat je al hebt bereikt is ...",
    task=("Geef de inbrenger een procescompliment: noem iets wat hij of zij deed, en wat dat "
          "opleverde. Je kunt beginnen met “Wat goed werkt in je aanpak is ...” of “Wat je al hebt "
          "bereikt is ...”. Een compliment dat klaar is, schrijft de inbrenger op; daarna geef je "
          "het volgende."),
    kept_title=lambda case: f"Wat {case.presenter} opschrijft",
    kept_where=lambda case: f"in de aantekeningen van {case.presenter}",
    kept_empty="Nog niets. Een compliment dat op alle punten in orde is, komt hier te staan.",
    noun="compliment",
    pronoun="het",
    examples=lambda case: case.compliment_examples,
    shows_done=True,
)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _valid_kept(value: Any) -> dict[str, list[str]]:
    """A stored ``"kept"`` as {case id: texts}; anything else is dropped."""
    if not isinstance(value, dict):
        return {}
    kept = {}
    for case_id, texts in value.items():
        texts = [t for t in as_str_list(texts) if t.strip()]
        if isinstance(case_id, str) and texts:
            kept[case_id] = texts[-KEPT_LIMIT:]
    return kept


class RoundExercise(Exercise):
    """Questions or compliments on one of ``cases``, with feedback per criterion.

    ``answer`` is ``{"case": case id, "text": the text in the box, "attempts":
    int, "kept": {case id: [texts]}, "history": [...], "disputes": [...]}``.
    ``kept`` holds the texts that went onto the flip-over (or into the
    inbrenger's notes), per case, the last :data:`KEPT_LIMIT`; it is left out
    when ``flipover=False``. ``history`` and ``disputes`` are those of the
    progress-request exercise (:func:`.common.history_entry`,
    :func:`.common.dispute_record`), over all cases together.
    """

    def __init__(
        self,
        kind: RoundKind,
        cases: Sequence[RoundCase],
        *,
        key: str,
        store: AnswerStore | None = None,
        answer: dict[str, Any] | None = None,
        flipover: bool = True,
        show_examples: bool = True,
        show_case: bool = True,
    ):
        super().__init__(key=key, store=store)
        if not cases:
            raise ValueError("cases mag niet leeg zijn")
        # The first text costs a dictionary load: pay it while the learner reads the case.
        run_soon(_assess.warm_up)
        self.kind = kind
        self.cases = {case.id: case for case in cases}
        self.case = cases[0]
        self.flipover = flipover
        self.attempts = 0
        #: The last :class:`~cpw_widgets.assess.models.Assessment`, or ``None``.
        self.assessment = None
        self.kept: dict[str, list[str]] = {}
        self.history: list[dict[str, Any]] = []
        self.disputes: list[dict[str, Any]] = []
        self._judged_text = ""

        self.case_choice = widgets.Dropdown(
            options=[(case.title, case.id) for case in cases], value=self.case.id,
            description="Kies een casus", style=label_style,
            layout=widgets.Layout(width="auto", max_width="100%"))
        if len(cases) == 1:
            self.case_choice.layout.display = "none"
        self.case_html = widgets.HTML(value="")
        if not show_case:  # the page tells the case itself (the graded assignment)
            self.case_html.layout.display = "none"
        self.text = widgets.Textarea(
            description=kind.text_label, placeholder=kind.placeholder, style=label_style,
            layout=widgets.Layout(width="100%", height="4.5em"))
        self.check_button = button("Controleer", self._on_check, primary=True, icon="check")
        self.examples_button = button("Toon voorbeelden", self._toggle_examples, icon="lightbulb-o")
        if not show_examples:
            self.examples_button.layout.display = "none"
        self.feedback = widgets.HTML(value="")
        self.dispute = DisputePanel(self._add_dispute)
        self.examples = widgets.HTML(value="")
        self.board = widgets.HTML(value="")
        if not flipover:
            self.board.layout.display = "none"
        self._set_children(
            self.case_choice,
            self.case_html,
            self.text,
            widgets.HBox([self.check_button, self.examples_button]),
            self.notice,
            self.feedback,
            self.dispute,
            self.examples,
            self.board,
        )

        restored = self._initial_answer(answer)
        if restored:
            case_id = as_str(restored.get("case"))
            if case_id in self.cases:
                self.case = self.cases[case_id]
            self.text.value = as_str(restored.get("text"))
            self.attempts = as_int(restored.get("attempts"))
            self.kept = _valid_kept(restored.get("kept")) if flipover else {}
            self.history = valid_history(restored.get("history"))
            self.disputes = valid_disputes(restored.get("disputes"))
        self.case_choice.value = self.case.id
        self._show_case()
        if restored and self.attempts and self.text.value.strip():
            self._show(self._assess())
        self.case_choice.observe(self._on_case, names="value")

    # -- public ----------------------------------------------------------

    @property
    def kept_here(self) -> list[str]:
        """The texts kept for the case on screen."""
        return list(self.kept.get(self.case.id, []))

    def choose_case(self, case_id: str) -> None:
        """Switch to another case, as the learner does with the list."""
        if case_id not in self.cases:
            raise ValueError(f"onbekende casus {case_id!r}")
        self.case_choice.value = case_id

    def check(self):
        """Assess the text, keep it when it has no ✗, save; returns the Assessment."""
        self.attempts += 1
        text = self.text.value
        result = self._assess()
        if result.criteria:
            self.history = [*self.history, history_entry(self.attempts, result.criteria)][-HISTORY_LIMIT:]
        outcome = ""
        if self.flipover and result.criteria and False not in (c.passed for c in result.criteria.values()):
            here = self.kept.setdefault(self.case.id, [])
            if any(_same(text, t) for t in here):
                outcome = "twice"
            else:
                here.append(text.strip())
                del here[:-KEPT_LIMIT]
                outcome = "kept"
            self.text.value = ""
        # Save before showing: once the learner sees feedback, a reload must find it.
        self._persist()
        self._show(result, outcome)
        return result

    @property
    def answer(self) -> dict[str, Any]:
        out: dict[str, Any] = {"case": self.case.id, "text": self.text.value, "attempts": self.attempts}
        if self.flipover:
            out["kept"] = {case_id: list(texts) for case_id, texts in self.kept.items()}
        return out | kept_records(self.history, self.disputes)

    # -- internals -------------------------------------------------------

    def _on_check(self) -> None:
        self.check()

    def _on_case(self, change: dict[str, Any]) -> None:
        self.case = self.cases[change["new"]]
        self.feedback.value = self.examples.value = ""
        self.examples_button.description = self.examples_button.tooltip = "Toon voorbeelden"
        self.dispute.offer([])
        self._show_case()
        self._persist()

    def _assess(self):
        self._judged_text = self.text.value
        self.assessment = judged_safely(lambda: self.kind.judge(self.text.value, self.kind.case_text(self.case)))
        return self.assessment

    def _show_case(self) -> None:
        case = self.case
        parts = [f"<p style='margin:0 0 0.3em 0'><strong>{esc(case.presenter)}</strong>, "
                 f"{esc(case.role)}, brengt een casus in:</p>",
                 f"<p style='margin:0.3em 0'>“{esc(case.story)}”</p>",
                 f"<p style='margin:0.3em 0'><strong>Hulpvraag:</strong> {esc(case.question)}</p>"]
        if self.kind.shows_done:
            parts.append(f"<p style='margin:0.3em 0'>{esc(case.done)}</p>")
        self.case_html.value = (box("".join(parts))
                                + f"<p style='margin:0.3em 0'>{esc(self.kind.task)}</p>")
        self._show_board()

    def _show_board(self) -> None:
        if not self.flipover:
            return
        title = self.kind.kept_title(self.case)
        kept = self.kept_here
        head = f"<p style='margin:0 0 0.3em 0'><strong>{esc(title)}</strong></p>"
        if self.kind.name == "question":
            head += f"<p style='margin:0.2em 0;color:#4a4a4a'>Hulpvraag: {esc(self.case.question)}</p>"
        if kept:
            items = "".join(f"<li>{esc(t)}</li>" for t in kept)
            body = f"<ol style='margin:0.2em 0 0.2em 1.4em;padding:0'>{items}</ol>"
        else:
            body = f"<p style='margin:0.2em 0;color:#4a4a4a'>{esc(self.kind.kept_empty)}</p>"
        self.board.value = (f"<div role='region' aria-label='{esc(title)}' style='border:1px solid #c8c8c8;"
                            f"background:#fff;padding:0.5em 0.8em;margin:0.6em 0'>{head}{body}</div>")

    def _head(self, result, outcome: str) -> tuple[str, str]:
        """The first line of the feedback and its tone."""
        total = len(result.criteria)
        good = sum(c.passed is True for c in result.criteria.values())
        doubts = len(result.doubts)
        noun, it = self.kind.noun, self.kind.pronoun
        if not total:
            return "", "not-yet"
        if good + doubts == total:
            head = f"Je {noun} is op alle {total} punten in orde." if not doubts else (
                f"Al {good} van de {total} punten in orde. "
                + ("Bij één punt twijfel ik" if doubts == 1 else f"Bij {doubts} punten twijfel ik")
                + ": kijk daar zelf nog even naar.")
            if outcome == "kept":
                head += f" {it.capitalize()} staat {self.kind.kept_where(self.case)}; schrijf gerust de volgende."
            elif outcome == "twice":
                head += f" Deze {noun} stond er al; probeer eens een andere."
            return head, "good"
        head = (f"Al {good} van de {total} punten in orde. Kijk hieronder wat je nog kunt aanpassen, "
                "en klik dan weer op Controleer." if good else
                f"Je eerste versie staat er. Kijk per punt hieronder wat je kunt aanpassen.")
        if doubts:
            head += " Bij één punt twijfel ik." if doubts == 1 else f" Bij {doubts} punten twijfel ik."
        if self.flipover:
            head += f" Daarna komt {it} {self.kind.kept_where(self.case)}."
        return head, "not-yet"

    def _show(self, result, outcome: str = "") -> None:
        head, tone = self._head(result, outcome)
        said = (f"<p style='margin:0 0 0.3em 0'>Je schreef: “{esc(self._judged_text.strip())}”</p>"
                if self._judged_text.strip() else "")
        lead = f"<p role='status' style='margin:0 0 0.3em 0'><strong>{esc(head)}</strong></p>" if head else ""
        self.feedback.value = box(said + lead + criteria_html(result), tone=tone)
        self.dispute.offer([(key, c.label or key, c.passed, self._judged_text)
                            for key, c in result.criteria.items()])
        self._show_board()

    def _toggle_examples(self) -> None:
        if self.examples.value:
            self.examples.value = ""
            self.examples_button.description = self.examples_button.tooltip = "Toon voorbeelden"
            return
        self.examples.value = box("<strong>Zo zou het bijvoorbeeld kunnen:</strong>"
                                  + bullet_list(self.kind.examples(self.case)))
        self.examples_button.description = self.examples_button.tooltip = "Verberg voorbeelden"


class QuestionRound(RoundExercise):
    """The question round on ``cases``: clarifying questions onto the flip-over."""

    def __init__(self, cases: Sequence[RoundCase], **kwargs: Any):
        super().__init__(QUESTION, cases, **kwargs)


class ComplimentRound(RoundExercise):
    """The bevestigen round on ``cases``: process compliments the inbrenger writes down."""

    def __init__(self, cases: Sequence[RoundCase], **kwargs: Any):
        super().__init__(COMPLIMENT, cases, **kwargs)
