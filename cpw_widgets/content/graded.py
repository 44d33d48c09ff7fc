"""Read and validate the material of the graded nbgrader assignments.

The graded items live with the trainer's course (``exercises/graded/*.yaml``),
not in this package: the package is installed for learners too, and the keys
(right answers, model answers) must never reach them. This module holds only
the shape of those files, checked by the same machinery as the practice
material (:mod:`.loader`): every problem of a file is collected into one
Dutch :class:`~.loader.ContentError` naming file, item and field, and a file
loads completely or not at all.

Every ``load_graded_*`` function takes the path of its file. References are
checked against the practice data, so a graded assignment can only use the
labels the book and the practice pages use: intervention keys of
``interventions.yaml``, step ids of ``intake_steps.yaml`` and the categories
of :data:`~.loader.INTERVISION_CATEGORIES`. The course minimums (all nine
interventions, at least :data:`MIN_GRADED_SITUATIONS` situations, so no
answer follows by elimination) are checked too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .loader import (
    INTERVISION_CATEGORIES,
    ContentError,
    PathArg,
    _check_scenario,
    _Field,
    _Item,
    _Kind,
    _load,
    interventions_by_key,
    load_intake_steps,
)

__all__ = [
    "GRADED_COMPLIMENTS",
    "GRADED_QUESTIONS",
    "MIN_GRADED_SITUATIONS",
    "GradedCircle",
    "GradedRequest",
    "GradedRoundCase",
    "GradedRoundQuestion",
    "GradedSituation",
    "GradedStepQuestion",
    "load_graded_circle",
    "load_graded_requests",
    "load_graded_round_case",
    "load_graded_round_questions",
    "load_graded_situations",
    "load_graded_step_questions",
]

#: Fewest graded situations: more than the nine interventions, so the last
#: answers never follow by elimination.
MIN_GRADED_SITUATIONS = 12


@dataclass(frozen=True)
class GradedSituation:
    """A situation of assignment 01 with its key and the feedback after grading."""

    id: str
    text: str                     # the situation, Dutch, je-vorm
    intervention: str             # key of the one fitting intervention
    why: str                      # the deciding recognition features here (Dutch)
    wrong: dict[str, str]         # likely wrong key -> why it does not fit (Dutch)
    domain: str = ""


@dataclass(frozen=True)
class GradedRequest:
    """Negative feedback of assignment 02 to rewrite, with a model request."""

    id: str
    context: str
    feedback: str
    model: str                    # for `nbgrader validate` only


@dataclass(frozen=True)
class GradedCircle:
    """The topic of assignment 03 and a model circle (for `nbgrader validate`)."""

    id: str
    topic: str
    intro: str
    inner_example: str
    outer_example: str
    model_inner: tuple[str, ...]
    model_outer: tuple[str, ...]
    model_step_item: str
    model_step: str


@dataclass(frozen=True)
class GradedStepQuestion:
    """An example question of assignment 04 B with the id of its intake step."""

    id: str
    text: str
    step: str


@dataclass(frozen=True)
class GradedRoundQuestion:
    """A sentence of assignment 04 C with its intervisie category."""

    id: str
    text: str
    category: str
    why: str


def _loader(kind: _Kind, course_check: Callable[[str, tuple[Any, ...], list[str]], None] | None,
            name: str, doc: str) -> Callable[[PathArg], tuple[Any, ...]]:
    """A ``load_graded_*`` function: validate the file at ``path``, then the
    course's own demands on the whole set."""

    def load(path: PathArg) -> tuple[Any, ...]:
        if path is None:
            raise TypeError(f"{name}() needs the path of the file (graded material is not bundled)")
        items = _load(kind, path)
        problems: list[str] = []
        filename = Path(path).name
        if course_check is not None:
            course_check(filename, items, problems)
        if problems:
            raise ContentError(filename, problems)
        return items

    load.__name__ = load.__qualname__ = name
    load.__doc__ = doc
    return load


# -- 01 -----------------------------------------------------------------------


def _check_situation_set(name: str, items: tuple[GradedSituation, ...], problems: list[str]) -> None:
    if len(items) < MIN_GRADED_SITUATIONS:
        problems.append(f"{name}: er staan {len(items)} situaties in; de opdracht heeft er minstens "
                        f"{MIN_GRADED_SITUATIONS} nodig, zodat geen antwoord vanzelf volgt.")
    missing = [key for key in interventions_by_key() if key not in {s.intervention for s in items}]
    if missing:
        problems.append(f"{name}: geen situatie past bij {', '.join(missing)}; elke interventie hoort "
                        "minstens één keer het goede antwoord te zijn.")


load_graded_situations = _loader(
    _Kind("situations.yaml", GradedSituation, (
        _Field("id", "id"),
        _Field("domain", "text", required=False),
        _Field("text", "text"),
        _Field("intervention", "text"),
        _Field("why", "text"),
        _Field("wrong", "mapping", min_len=1, max_len=4),
    ), item_check=_check_scenario),
    _check_situation_set,
    "load_graded_situations",
    """The situations of assignment 01: keys checked against ``interventions.yaml``;
    the set covers all nine interventions with at least 12 situations.""",
)


# -- 02 and 03 -------------------------------------------------------------------

load_graded_requests = _loader(
    _Kind("requests.yaml", GradedRequest, (
        _Field("id", "id"), _Field("context", "text"), _Field("feedback", "text"), _Field("model", "text"),
    )),
    None,
    "load_graded_requests",
    """The negative feedback items of assignment 02, each with a model request.""",
)


def _check_model_step(item: _Item, values: dict[str, Any]) -> None:
    outer, chosen = values.get("model_outer"), values.get("model_step_item")
    if outer is not None and chosen is not None and chosen not in outer:
        item.problem("model_step_item", f'is "{chosen}", maar dat staat niet in model_outer.')


def _check_one_circle(name: str, items: tuple[GradedCircle, ...], problems: list[str]) -> None:
    if len(items) != 1:
        problems.append(f"{name}: er staan {len(items)} onderwerpen in; de opdracht heeft er precies 1.")


load_graded_circle = _loader(
    _Kind("circle.yaml", GradedCircle, (
        _Field("id", "id"), _Field("topic", "text"), _Field("intro", "text"),
        _Field("inner_example", "text"), _Field("outer_example", "text"),
        _Field("model_inner", "list", min_len=2), _Field("model_outer", "list", min_len=2),
        _Field("model_step_item", "text"), _Field("model_step", "text"),
    ), item_check=_check_model_step),
    _check_one_circle,
    "load_graded_circle",
    """The one topic of assignment 03 with a model circle (a tuple of one item).""",
)


# -- 04 -----------------------------------------------------------------------


def _check_step_reference(item: _Item, values: dict[str, Any]) -> None:
    step, ids = values.get("step"), [s.id for s in load_intake_steps()]
    if step is not None and step not in ids:
        item.problem("step", f'noemt "{step}", maar die stap bestaat niet. Kies uit: {", ".join(ids)}.')


def _check_every_step(name: str, items: tuple[GradedStepQuestion, ...], problems: list[str]) -> None:
    missing = [s.id for s in load_intake_steps() if s.id not in {q.step for q in items}]
    if missing:
        problems.append(f"{name}: er is geen vraag bij de stap(pen) {', '.join(missing)}; "
                        "de opdracht heeft bij elke stap een vraag.")


load_graded_step_questions = _loader(
    _Kind("intake_questions.yaml", GradedStepQuestion, (
        _Field("id", "id"), _Field("text", "text"), _Field("step", "text"),
    ), item_check=_check_step_reference),
    _check_every_step,
    "load_graded_step_questions",
    """The example questions of assignment 04 B; ``step`` is an id of ``intake_steps.yaml``.""",
)


def _check_both(name: str, items: tuple[GradedRoundQuestion, ...], problems: list[str]) -> None:
    for category in INTERVISION_CATEGORIES:
        if not any(q.category == category for q in items):
            problems.append(f'{name}: er is geen zin met category "{category}"; de opdracht heeft '
                            "van elke soort minstens één zin.")


load_graded_round_questions = _loader(
    _Kind("round_questions.yaml", GradedRoundQuestion, (
        _Field("id", "id"), _Field("text", "text"),
        _Field("category", "text", choices=INTERVISION_CATEGORIES), _Field("why", "text"),
    )),
    _check_both,
    "load_graded_round_questions",
    """The intervisie sentences of assignment 04 C, with their category and why.""",
)


# -- 05 -----------------------------------------------------------------------


@dataclass(frozen=True)
class GradedRoundCase:
    """The case of assignment 05, with model questions and compliments (for
    `nbgrader validate` only). The fields before them are those of
    :class:`~.rounds.RoundCase`, so the notebook shows it with the practice widgets."""

    id: str
    title: str
    presenter: str
    role: str
    story: str
    question: str
    done: str
    model_questions: tuple[str, ...]
    model_compliments: tuple[str, ...]


#: How many questions and compliments the learner writes in assignment 05.
GRADED_QUESTIONS = 3
GRADED_COMPLIMENTS = 2


def _check_one_case(name: str, items: tuple[GradedRoundCase, ...], problems: list[str]) -> None:
    if len(items) != 1:
        problems.append(f"{name}: er staan {len(items)} casussen in; de opdracht heeft er precies 1.")


load_graded_round_case = _loader(
    _Kind("round_case.yaml", GradedRoundCase, (
        _Field("id", "id"), _Field("title", "text"), _Field("presenter", "text"), _Field("role", "text"),
        _Field("story", "text"), _Field("question", "text"), _Field("done", "text"),
        _Field("model_questions", "list", min_len=GRADED_QUESTIONS, max_len=GRADED_QUESTIONS),
        _Field("model_compliments", "list", min_len=GRADED_COMPLIMENTS, max_len=GRADED_COMPLIMENTS),
    )),
    _check_one_case,
    "load_graded_round_case",
    """The one case of assignment 05 with its model answers (a tuple of one item).""",
)
