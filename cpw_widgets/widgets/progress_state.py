"""Where a learner stands: the state of every exercise, read from the stored answers.

Pure functions (no widgets) behind the page "Mijn voortgang"
(:mod:`.progress`). The list of exercises is the registry
(:func:`cpw_widgets.content.load_exercises`); the answers are what the
learner's own answer store holds. Each exercise is *nog niet begonnen*,
*begonnen* or *klaar*:

* request: klaar when the latest attempt has no ✗ (a twijfel costs nothing);
* question, compliment (the intervisie rounds): klaar when enough texts went
  onto the flip-over (:data:`ROUND_GOALS`, over all cases);
* circle: klaar when the latest save passes every check of
  :func:`~cpw_widgets.assess.circle.assess_circle`;
* quiz: klaar when every situation was done;
* drill (a practice round without a score): klaar once a whole round was done;
* order, match, sort: klaar when every place or item is filled in;
* dialogue (a practice conversation): klaar when the conversation reached its end;
* checklist: klaar once one round was saved (each round is a self-check, not a score);
* draw-request, draw-circle ("Nog een situatie", "Nog een onderwerp"): one
  request or circle answer per item drawn, each read as above (its
  :attr:`ExerciseStatus.parts`); klaar when every item begun is klaar.

The free-text exercises keep their verdicts per attempt (``"history"``);
answers stored before that existed are judged once from their text, so they
show their latest state too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import assess as _assess
from ..assess.circle import assess_circle
from ..assess.criteria import (CIRCLE_CRITERIA, CIRCLE_LABELS, COMPLIMENT_CRITERIA, COMPLIMENT_LABELS,
                               QUESTION_CRITERIA, QUESTION_LABELS, REQUEST_CRITERIA, REQUEST_LABELS)
from ..content import load_circle_prompts, load_feedback_items
from ..content.exercises import DRAW_KINDS, CriterionHelp, ExerciseEntry, Registry
from .common import as_int, as_str, as_str_list, valid_disputes, valid_history

__all__ = ["NOT_STARTED", "STARTED", "DONE", "ExerciseStatus", "Suggestion", "criteria_of",
           "criterion_label", "free_text_statuses", "status_of", "overview", "to_practise"]

NOT_STARTED = "nog niet begonnen"
STARTED = "begonnen"
DONE = "klaar"


def criteria_of(kind: str) -> tuple[str, ...]:
    """The criteria a free-text exercise of ``kind`` (or a drawer of them) keeps per
    attempt (else ``()``)."""
    return {"request": REQUEST_CRITERIA, "circle": CIRCLE_CRITERIA, "question": QUESTION_CRITERIA,
            "compliment": COMPLIMENT_CRITERIA}.get(DRAW_KINDS.get(kind, kind), ())


def criterion_label(kind: str, criterion: str) -> str:
    """The Dutch label of a criterion (its id when unknown)."""
    labels = {"request": REQUEST_LABELS, "circle": CIRCLE_LABELS, "question": QUESTION_LABELS,
              "compliment": COMPLIMENT_LABELS}.get(DRAW_KINDS.get(kind, kind), {})
    return labels.get(criterion, criterion)


@dataclass(frozen=True)
class ExerciseStatus:
    """One exercise as the learner left it."""

    entry: ExerciseEntry
    state: str                                   # NOT_STARTED, STARTED or DONE
    detail: str = ""                             # Dutch: "3 pogingen", "4 van 7 ingevuld"
    history: tuple[dict[str, Any], ...] = ()     # free text: verdicts per attempt
    disputes: tuple[dict[str, Any], ...] = ()
    answer: Mapping[str, Any] = field(default_factory=dict)
    parts: tuple[ExerciseStatus, ...] = ()       # a drawer: one request or circle per item begun

    @property
    def latest(self) -> dict[str, bool | None]:
        return dict(self.history[-1]["verdicts"]) if self.history else {}

    @property
    def missed(self) -> list[str]:
        """Criteria with a ✗ in the latest attempt (a drawer: of any item), in the course's order."""
        missed = set().union(*(p.missed for p in self.parts)) if self.parts else {
            c for c, v in self.latest.items() if v is False}
        return [c for c in criteria_of(self.entry.kind) if c in missed]

    @property
    def improved(self) -> list[str]:
        """Criteria that had a ✗ in some attempt and a ✓ in the latest."""
        latest = self.latest
        return [c for c in criteria_of(self.entry.kind)
                if latest.get(c) is True and any(h["verdicts"].get(c) is False for h in self.history[:-1])]


def _plural(n: int, one: str, more: str) -> str:
    return f"{n} {one if n == 1 else more}"


def _request(entry: ExerciseEntry, answer: Mapping[str, Any],
             judge: Callable[[str], Any]) -> ExerciseStatus:
    attempts = as_int(answer.get("attempts"))
    history = valid_history(answer.get("history"))
    text = as_str(answer.get("text"))
    if not history and attempts and text.strip():
        # stored before verdicts were kept: judge the text once for its latest state
        verdicts = {k: c.passed for k, c in judge(text).criteria.items()}
        if verdicts:
            history = [{"attempt": attempts, "at": "", "verdicts": verdicts}]
    if not attempts and not history:
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    status = ExerciseStatus(entry, STARTED, history=tuple(history),
                            disputes=tuple(valid_disputes(answer.get("disputes"))), answer=answer)
    latest = status.latest
    good = sum(v is True for v in latest.values())
    detail = _plural(max(attempts, len(history)), "poging", "pogingen")
    if latest:
        detail += f", de laatste met {good} van de {len(latest)} punten in orde"
    done = bool(latest) and False not in latest.values()
    return ExerciseStatus(entry, DONE if done else STARTED, detail, status.history, status.disputes, answer)


def _circle(entry: ExerciseEntry, answer: Mapping[str, Any],
            judge: Callable[[str], Any]) -> ExerciseStatus:
    inner, outer = as_str_list(answer.get("inner")), as_str_list(answer.get("outer"))
    step_item, step = as_str(answer.get("step_item")), as_str(answer.get("step"))
    history = valid_history(answer.get("history"))
    if not (inner or outer or step.strip() or history):
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    if not history:  # saved before verdicts were kept
        verdicts = assess_circle(inner, outer, step_item, step, judge=judge)
        history = [{"attempt": 1, "at": "", "verdicts": {k: c.passed for k, c in verdicts.criteria.items()}}]
    detail = (f"{_plural(len(history), 'keer', 'keer')} bewaard; binnencirkel "
              f"{_plural(len(inner), 'punt', 'punten')}, buitencirkel {_plural(len(outer), 'punt', 'punten')}")
    status = ExerciseStatus(entry, STARTED, detail, tuple(history),
                            tuple(valid_disputes(answer.get("disputes"))), answer)
    done = False not in status.latest.values() and status.latest.get("step") is True
    return ExerciseStatus(entry, DONE if done else STARTED, detail, status.history, status.disputes, answer)


#: How many questions / compliments on the flip-over make a round exercise klaar.
ROUND_GOALS = {"question": 3, "compliment": 2}
_ROUND_NOUNS = {"question": ("vraag", "vragen"), "compliment": ("compliment", "complimenten")}


def _round(entry: ExerciseEntry, answer: Mapping[str, Any]) -> ExerciseStatus:
    """A round exercise (:class:`~.rounds.RoundExercise`): attempts, history, and the
    texts kept per case under ``"kept"``."""
    attempts = as_int(answer.get("attempts"))
    history = valid_history(answer.get("history"))
    kept_by_case = answer.get("kept") if isinstance(answer.get("kept"), Mapping) else {}
    kept = sum(len(as_str_list(texts)) for texts in kept_by_case.values())
    if not attempts and not history and not kept:
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    goal = ROUND_GOALS[entry.kind]
    detail = (f"{_plural(kept, *_ROUND_NOUNS[entry.kind])} op de flip-over, "
              f"{_plural(max(attempts, len(history)), 'poging', 'pogingen')}")
    return ExerciseStatus(entry, DONE if kept >= goal else STARTED, detail, tuple(history),
                          tuple(valid_disputes(answer.get("disputes"))), answer)


def _quiz(entry: ExerciseEntry, answer: Mapping[str, Any]) -> ExerciseStatus:
    order = answer.get("order") if isinstance(answer.get("order"), list) else []
    choices = answer.get("choices") if isinstance(answer.get("choices"), dict) else {}
    index = as_int(answer.get("index"))
    if not choices and not index:
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    detail = f"{len(choices)} van de {len(order)} situaties gedaan" if order else ""
    done = bool(order) and index >= len(order)
    return ExerciseStatus(entry, DONE if done else STARTED, detail, answer=answer)


def _drill(entry: ExerciseEntry, answer: Mapping[str, Any]) -> ExerciseStatus:
    order = answer.get("order") if isinstance(answer.get("order"), list) else []
    choices = answer.get("choices") if isinstance(answer.get("choices"), dict) else {}
    index, rounds = as_int(answer.get("index")), as_int(answer.get("rounds"))
    if not choices and not index and not rounds:
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    at_end = bool(order) and index >= len(order)
    finished = rounds + at_end
    parts = [_plural(finished, "ronde", "rondes") + " af"] if finished else []
    if not at_end and order:
        parts.append(f"{'in deze ronde ' if finished else ''}{len(choices)} van de {len(order)} situaties gedaan")
    return ExerciseStatus(entry, DONE if finished else STARTED, "; ".join(parts), answer=answer)


def _item_titles(kind: str) -> dict[str, str]:
    """What a drawer's items are called on the page: the feedback, or the circle's topic."""
    if kind == "request":
        return {i.id: f"“{i.feedback}”" for i in load_feedback_items()}
    return {p.id: p.topic for p in load_circle_prompts()}


def _drawer(entry: ExerciseEntry, answer: Mapping[str, Any], judge: Callable[[str], Any]) -> ExerciseStatus:
    kind = DRAW_KINDS[entry.kind]
    stored = answer.get("answers") if isinstance(answer.get("answers"), dict) else {}
    titles = _item_titles(kind)
    read = _request if kind == "request" else _circle
    parts = []
    for item_id, item_answer in stored.items():
        if not isinstance(item_answer, Mapping) or item_id not in titles:
            continue
        item = ExerciseEntry(key=f"{entry.key}/{item_id}", title=f"{entry.title} ({titles[item_id]})",
                             page=entry.page, kind=kind, chapter=entry.chapter)
        status = read(item, item_answer, judge)
        if status.state != NOT_STARTED:
            parts.append(status)
    if not parts:
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    done = sum(p.state == DONE for p in parts)
    noun = ("situatie", "situaties") if kind == "request" else ("onderwerp", "onderwerpen")
    detail = f"{_plural(len(parts), *noun)} geoefend, {done} daarvan helemaal in orde"
    return ExerciseStatus(entry, DONE if done == len(parts) else STARTED, detail, answer=answer,
                          parts=tuple(parts))


def _dialogue(entry: ExerciseEntry, answer: Mapping[str, Any]) -> ExerciseStatus:
    moves = answer.get("moves") if isinstance(answer.get("moves"), list) else []
    if not moves:
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    if answer.get("done") is True:
        return ExerciseStatus(entry, DONE, "tot het eind gevoerd", answer=answer)
    return ExerciseStatus(entry, STARTED, _plural(len(moves), "beurt", "beurten") + " gedaan", answer=answer)


def _checklist(entry: ExerciseEntry, answer: Mapping[str, Any]) -> ExerciseStatus:
    rounds = [r for r in answer.get("rounds", []) if isinstance(r, Mapping)] \
        if isinstance(answer.get("rounds"), list) else []
    if not rounds:
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    return ExerciseStatus(entry, DONE, _plural(len(rounds), "ronde", "rondes") + " bewaard", answer=answer)


def _filled(entry: ExerciseEntry, answer: Mapping[str, Any]) -> ExerciseStatus:
    if entry.kind == "order":
        slots = answer.get("order") if isinstance(answer.get("order"), list) else []
        filled = sum(1 for s in slots if isinstance(s, str) and s)
        total = max(len(slots), entry.items)
    else:
        choices = answer.get("choices") if isinstance(answer.get("choices"), dict) else {}
        filled = sum(1 for v in choices.values() if isinstance(v, str) and v)
        total = max(entry.items, filled)
    if not filled:
        return ExerciseStatus(entry, NOT_STARTED, answer=answer)
    return ExerciseStatus(entry, DONE if filled >= total else STARTED,
                          f"{filled} van de {total} ingevuld", answer=answer)


def status_of(entry: ExerciseEntry, answer: Mapping[str, Any] | None, *,
              judge_request: Callable[[str], Any] | None = None,
              judge_statement: Callable[[str], Any] | None = None) -> ExerciseStatus:
    """The state of one exercise from its stored ``answer`` (``None``: nothing stored)."""
    if not isinstance(answer, Mapping):
        return ExerciseStatus(entry, NOT_STARTED)
    judges = {"request": judge_request or _assess.assess_request,
              "circle": judge_statement or _assess.assess_statement}
    if entry.kind in DRAW_KINDS:
        return _drawer(entry, answer, judges[DRAW_KINDS[entry.kind]])
    if entry.kind == "request":
        return _request(entry, answer, judges["request"])
    if entry.kind == "circle":
        return _circle(entry, answer, judges["circle"])
    if entry.kind == "quiz":
        return _quiz(entry, answer)
    if entry.kind in ROUND_GOALS:
        return _round(entry, answer)
    if entry.kind == "drill":
        return _drill(entry, answer)
    if entry.kind == "dialogue":
        return _dialogue(entry, answer)
    if entry.kind == "checklist":
        return _checklist(entry, answer)
    return _filled(entry, answer)


def free_text_statuses(statuses: Iterable[ExerciseStatus]) -> list[ExerciseStatus]:
    """Every request and circle answer among ``statuses``: a drawer gives its items."""
    out: list[ExerciseStatus] = []
    for s in statuses:
        if s.entry.kind in DRAW_KINDS:
            out += s.parts
        elif criteria_of(s.entry.kind):
            out.append(s)
    return out


def overview(registry: Registry, answers: Mapping[str, Any], **judges: Any) -> list[ExerciseStatus]:
    """Every exercise of the registry with its state, in registry order."""
    return [status_of(e, answers.get(e.key), **judges) for e in registry.exercises]


@dataclass(frozen=True)
class Suggestion:
    """Something to practise next: a criterion still missed, or an exercise still open."""

    title: str                        # Dutch: the criterion label, or the exercise title
    where: tuple[str, ...] = ()       # titles of the exercises where it was missed
    help: CriterionHelp | None = None
    entry: ExerciseEntry | None = None


def to_practise(statuses: Iterable[ExerciseStatus], registry: Registry) -> list[Suggestion]:
    """First the criteria still missed (each once, with where), then the open exercises
    (begun ones first)."""
    statuses = list(statuses)
    missed: dict[tuple[str, str], list[str]] = {}
    for s in free_text_statuses(statuses):
        for c in s.missed:
            missed.setdefault((s.entry.kind, c), []).append(s.entry.title)
    out = [Suggestion(criterion_label(kind, c), tuple(where), registry.help_for(kind, c))
           for (kind, c), where in missed.items()]
    open_ = [s for s in statuses if s.state != DONE and not s.missed]
    open_.sort(key=lambda s: s.state != STARTED)
    out += [Suggestion(s.entry.title, entry=s.entry) for s in open_]
    return out
