"""Grading helpers: turn assessor results and stored answers into nbgrader
points, with the assessors' Dutch feedback as the failure message.

The nbgrader course in ``exercises/`` calls these from its locked test cells.
nbgrader scores a test cell by its outcome: no error is full points, an error
is zero. So every ``check_*`` function here either returns quietly (the point
is earned) or raises :class:`AssertionError` whose message is the Dutch
feedback the learner reads in the feedback file. They never print to stderr
(nbgrader scores a cell with stderr output as zero).

Answers come from the :class:`~cpw_widgets.answers.AnswerStore` beside the
notebook, written when the learner clicked Controleer or Bewaar: autograde
re-runs the notebook, and a value that lives only in a widget is gone then.

Layer: imports ``assess``, ``content`` and ``answers``; never ``widgets``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..answers import AnswerStore
from ..assess import Assessment, assess_request, assess_statement
from ..assess.criteria import COMPLIMENT_CRITERIA, QUESTION_CRITERIA, REQUEST_CRITERIA

__all__ = [
    "REQUEST_CRITERIA",
    "check_choice",
    "check_choice_made",
    "check_circle_count",
    "check_circle_positive",
    "check_circle_step",
    "check_compliment",
    "check_match",
    "check_positions",
    "check_question",
    "check_request",
    "criterion_points",
    "load_answer",
    "request_points",
    "round_points",
    "show_answers",
    "trial_store",
    "use_store",
]

#: The criteria of a progress request, in the order the course teaches them.

_override: AnswerStore | None = None


def use_store(store: AnswerStore | None) -> None:
    """Read answers from ``store`` instead of ``antwoorden.json`` beside the
    notebook (``None`` switches back).

    Meant for the trainer's source notebooks: their solution region answers in
    a temporary store, so ``nbgrader validate`` passes without writing an
    answers file into ``source/`` (it would end up in the release).
    """
    global _override
    _override = store


def trial_store() -> AnswerStore:
    """A store in a fresh temporary folder, made active with :func:`use_store`
    (once per kernel; later calls return the same store).

    The source notebooks' solution regions save their model answers here.
    """
    if _override is None:
        import atexit
        import shutil
        import tempfile
        from pathlib import Path

        folder = tempfile.mkdtemp(prefix="cpw-proef-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)  # gone when the kernel stops
        use_store(AnswerStore(Path(folder) / "antwoorden.json"))
    assert _override is not None
    return _override


def _store() -> AnswerStore:
    return _override if _override is not None else AnswerStore()


def load_answer(key: str, *, label: str, button: str = "Controleer") -> dict[str, Any]:
    """The stored answer under ``key``; a Dutch AssertionError when there is none."""
    store = _store()
    answer = store.load(key)
    if not answer:
        raise AssertionError(
            f"Je hebt bij {label} nog niets bewaard: klik op {button} onder de opdracht "
            "en voer daarna deze cel opnieuw uit. Lever de opdracht pas in als je "
            "antwoorden bewaard zijn."
        )
    return answer


# -- assignment 01: pick the intervention --------------------------------------


def _intervention_name(key: str) -> str:
    from ..content import interventions_by_key

    found = interventions_by_key().get(key)
    return found.name if found else key


def check_choice_made(answer: Mapping[str, Any], scenario_id: str, *, label: str) -> str:
    """The chosen intervention key for ``scenario_id``; fails when none was chosen."""
    choice = (answer.get("choices") or {}).get(scenario_id) or ""
    if not choice:
        raise AssertionError(
            f"Bij {label} heb je nog geen interventie gekozen. Kies de interventie "
            "die volgens jou het beste past, klik op Controleer en voer deze cel opnieuw uit."
        )
    return choice


def check_choice(
    answer: Mapping[str, Any],
    scenario_id: str,
    expected: str,
    *,
    label: str,
    why: str = "",
    why_not: Mapping[str, str] | None = None,
) -> None:
    """Pass when the learner chose ``expected`` for ``scenario_id``.

    The failure message names both interventions, then ``why_not[choice]``
    (why the learner's choice does not fit here) when given, then ``why``
    (the deciding recognition features of this situation).
    """
    choice = check_choice_made(answer, scenario_id, label=label)
    if choice != expected:
        message = (
            f"Bij {label} koos je \u201c{_intervention_name(choice)}\u201d. "
            f"Hier past \u201c{_intervention_name(expected)}\u201d beter."
        )
        for extra in ((why_not or {}).get(choice, ""), why):
            if extra.strip():
                message += " " + extra.strip()
        raise AssertionError(message)


# -- assignment 02: progress requests -------------------------------------------


@functools.lru_cache(maxsize=64)
def _assess_request_cached(text: str) -> Assessment:
    return assess_request(text)


def criterion_points(assessment: Assessment, criterion: str, points: float = 1.0) -> float:
    """``points`` when ``criterion`` passed in ``assessment``, else 0. A
    "twijfel" (``passed is None``) costs no points: the trainer sees it flagged."""
    result = assessment.criteria.get(criterion)
    return float(points) if result is not None and result.passed is not False else 0.0


def request_points(text: str, points_per_criterion: float = 1.0) -> dict[str, float]:
    """Points per criterion of :func:`~cpw_widgets.assess.assess_request` for ``text``
    (what the five test cells of one progress request award together)."""
    assessment = _assess_request_cached(text.strip())
    return {c: criterion_points(assessment, c, points_per_criterion) for c in REQUEST_CRITERIA}


def _text_of(answer: Mapping[str, Any], *, label: str, button: str, what: str = "je progressieverzoek") -> str:
    text = str(answer.get("text") or "").strip()
    if not text:
        raise AssertionError(
            f"Bij {label} staat nog geen tekst. Schrijf {what}, klik op "
            f"{button} en voer deze cel opnieuw uit."
        )
    return text


def _pass_on(assessment: Assessment, criterion: str, *, label: str) -> None:
    """Return quietly when ``criterion`` passed or is a twijfel (printed for the
    trainer, no point lost); else fail with the assessor's Dutch feedback."""
    result = assessment.criteria.get(criterion)
    if result is None:
        raise AssertionError(assessment.message or f"Bij {label} kon je tekst niet worden beoordeeld.")
    if result.passed is None:
        # no point lost; the line stays in the graded notebook for the trainer
        print(f"TWIJFEL (trainer, kijk zelf): {label}, {result.label.lower() or criterion}: {result.feedback}")
        return
    if not result.passed:
        raise AssertionError(f"{label}, {result.label.lower() or criterion}: {result.feedback}")


def check_request(
    answer: Mapping[str, Any],
    criterion: str,
    *,
    label: str,
    assess: Callable[[str], Assessment] | None = None,
) -> None:
    """Pass when the stored progress request meets ``criterion``; otherwise fail
    with the assessor's Dutch feedback on that criterion."""
    if criterion not in REQUEST_CRITERIA:
        raise ValueError(f"unknown criterion {criterion!r}")
    text = _text_of(answer, label=label, button="Controleer")
    _pass_on((assess or _assess_request_cached)(text), criterion, label=label)


# -- assignment 03: the circle ---------------------------------------------------

_SIDES = {"inner": "binnencirkel", "outer": "buitencirkel"}


def _items(answer: Mapping[str, Any], side: str) -> list[str]:
    if side not in _SIDES:
        raise ValueError(f"side must be 'inner' or 'outer', not {side!r}")
    return [str(s).strip() for s in (answer.get(side) or []) if str(s).strip()]


def check_circle_count(answer: Mapping[str, Any], side: str, *, minimum: int = 2, label: str) -> None:
    """Pass when the circle side holds at least ``minimum`` statements."""
    items = _items(answer, side)
    if len(items) < minimum:
        raise AssertionError(
            f"In je {_SIDES[side]} bij {label} staan {len(items)} punt(en); het worden er "
            f"minstens {minimum}. Voeg er nog {minimum - len(items)} toe (klein mag ook) "
            "en klik op Bewaar."
        )


def check_circle_positive(
    answer: Mapping[str, Any],
    side: str,
    *,
    label: str,
    assess: Callable[[str], Assessment] | None = None,
) -> None:
    """Pass when every statement on the side is positively formulated
    (:func:`~cpw_widgets.assess.assess_statement`); otherwise fail with the
    assessor's feedback on each statement that is not."""
    items = _items(answer, side)
    if not items:
        raise AssertionError(
            f"Je {_SIDES[side]} bij {label} is nog leeg. Schrijf er eerst een paar punten in "
            "en klik op Bewaar."
        )
    judge = assess or assess_statement
    problems = []
    for item in items:
        result = judge(item).criteria.get("positive")
        if result is not None and not result.passed:
            problems.append(result.feedback)
    if problems:
        raise AssertionError(
            f"Nog niet alles in je {_SIDES[side]} bij {label} is positief geformuleerd. "
            + " ".join(problems)
        )


def check_circle_step(answer: Mapping[str, Any], *, label: str, min_words: int = 3) -> None:
    """Pass when a statement of the outer circle was chosen and a small step written."""
    outer = _items(answer, "outer")
    chosen = str(answer.get("step_item") or "").strip()
    step = str(answer.get("step") or "").strip()
    if not chosen or chosen not in outer:
        raise AssertionError(
            f"Kies bij {label} \u00e9\u00e9n punt uit je buitencirkel dat je als eerste naar "
            "de binnencirkel wilt verplaatsen, en klik op Bewaar."
        )
    if len(step.split()) < min_words:
        raise AssertionError(
            f"Beschrijf bij {label} in een zin welke kleine stap je gaat zetten om met "
            f"\u201c{chosen}\u201d te beginnen (wat doe je, en wanneer?), en klik op Bewaar."
        )


# -- assignment 04: order, match, sort ------------------------------------------


def check_positions(
    answer: Mapping[str, Any],
    expected: Sequence[str],
    positions: Iterable[int],
    *,
    label: str,
    hint: str = "",
) -> None:
    """Pass when the stored ``order`` has ``expected[i]`` at every ``i`` in
    ``positions`` (0-based); fail naming the first place that differs."""
    order = list(answer.get("order") or [])
    for i in positions:
        got = order[i] if i < len(order) else None
        if got != expected[i]:
            where = f"Op plek {i + 1}"
            message = (
                f"{where} staat bij {label} nog niets." if not got
                else f"{where} zet je bij {label} \u201c{got}\u201d."
            )
            message += f" Daar hoort \u201c{expected[i]}\u201d."
            if hint:
                message += " " + hint.strip()
            raise AssertionError(message)


def check_match(
    answer: Mapping[str, Any], item_id: str, expected: str, *, label: str, why: str = ""
) -> None:
    """Pass when the stored ``choices[item_id]`` equals ``expected``."""
    got = (answer.get("choices") or {}).get(item_id) or ""
    if not got:
        raise AssertionError(
            f"Bij {label} heb je nog niets gekozen. Maak een keuze, klik op Bewaar en "
            "voer deze cel opnieuw uit."
        )
    if got != expected:
        message = f"Bij {label} koos je \u201c{got}\u201d. Het juiste antwoord is \u201c{expected}\u201d."
        if why:
            message += " " + why.strip()
        raise AssertionError(message)


# -- assignment 05: clarifying questions and process compliments ---------------


@functools.lru_cache(maxsize=64)
def _assess_round_cached(kind: str, text: str, case: str) -> Assessment:
    if kind == "question":
        from ..assess.question import assess_question

        return assess_question(text, case=case or None)
    from ..assess.compliment import assess_compliment

    return assess_compliment(text, case=case or None)


_ROUND = {"question": (QUESTION_CRITERIA, "je vraag"), "compliment": (COMPLIMENT_CRITERIA, "je compliment")}


def round_points(kind: str, text: str, case: str = "", points_per_criterion: float = 1.0) -> dict[str, float]:
    """Points per criterion for one clarifying question (``kind="question"``) or process
    compliment (``"compliment"``) on ``case``: what its test cells award together."""
    assessment = _assess_round_cached(kind, text.strip(), case)
    return {c: criterion_points(assessment, c, points_per_criterion) for c in _ROUND[kind][0]}


def _check_round(kind: str, answer: Mapping[str, Any], criterion: str, *, label: str, case: str,
                 assess: Callable[[str], Assessment] | None) -> None:
    criteria, what = _ROUND[kind]
    if criterion not in criteria:
        raise ValueError(f"unknown criterion {criterion!r}")
    text = _text_of(answer, label=label, button="Controleer", what=what)
    assessment = assess(text) if assess is not None else _assess_round_cached(kind, text, case)
    _pass_on(assessment, criterion, label=label)


def check_question(answer: Mapping[str, Any], criterion: str, *, label: str, case: str = "",
                   assess: Callable[[str], Assessment] | None = None) -> None:
    """Pass when the stored clarifying question meets ``criterion`` (one of
    ``QUESTION_CRITERIA``); ``case`` is the story the question reacts to. A
    twijfel costs no point and is printed for the trainer."""
    _check_round("question", answer, criterion, label=label, case=case, assess=assess)


def check_compliment(answer: Mapping[str, Any], criterion: str, *, label: str, case: str = "",
                     assess: Callable[[str], Assessment] | None = None) -> None:
    """Pass when the stored process compliment meets ``criterion`` (one of
    ``COMPLIMENT_CRITERIA``); ``case`` is what the group knows of the case."""
    _check_round("compliment", answer, criterion, label=label, case=case, assess=assess)


# -- for the trainer: what was saved ---------------------------------------------


def _format(value: Any) -> str:
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_format(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return " | ".join(_format(v) for v in value)
    return str(value)


def show_answers(keys: Sequence[str] | None = None, *, fields: Sequence[str] | None = None) -> str:
    """Print (and return) the saved answers in plain text, so the trainer sees
    them in the formgrader and the learner can check what was saved."""
    stored = _store().all()
    lines = []
    for key in keys if keys is not None else sorted(stored):
        answer = stored.get(key)
        if not answer:
            lines.append(f"{key}: nog niets bewaard")
            continue
        lines.append(f"{key}:")
        for name, value in answer.items():
            if fields is None or name in fields:
                lines.append(f"    {name}: {_format(value)}")
    text = "\n".join(lines)
    print(text)
    return text
