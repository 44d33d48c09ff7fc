"""Judging the practice exercises that put things in order, match or sort.

Pure functions: the learner's choices and the right answers in, an
:class:`~cpw_widgets.assess.models.Assessment` out, with one criterion per
place or item (✓/✗ and Dutch feedback) and a progress-focused summary in
``message``. The widgets in :mod:`cpw_widgets.widgets.sorting` only render it.

Only practice material goes through here: the keys of graded items live in
nbgrader's hidden tests, never in this package.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .models import Assessment, CriterionResult

__all__ = ["assess_order", "assess_matches"]


def assess_order(order: Sequence[str], right: Sequence[str], hints: Mapping[str, str] | None = None,
                 *, place_label: str = "Stap {n}") -> Assessment:
    """Compare the chosen ``order`` with the ``right`` one, place by place.

    ``hints`` maps an item of ``right`` to a sentence that says what belongs
    there without naming it; a place that is open or not right yet gets the
    hint of the item that belongs there. Criterion keys are ``plek-1``, ...
    """
    hints = hints or {}
    chosen = [(order[i] if i < len(order) else "") or "" for i in range(len(right))]
    total = len(right)
    if not any(chosen):
        return Assessment({}, "Je hebt nog geen stappen gekozen. Kies bij elke plek een stap "
                              "en klik dan op Controleer.")
    criteria: dict[str, CriterionResult] = {}
    for i, (mine, good) in enumerate(zip(chosen, right)):
        label = place_label.format(n=i + 1)
        hint = hints.get(good, "")
        if mine == good:
            criteria[f"plek-{i + 1}"] = CriterionResult(True, f"{mine} staat al op zijn plek.", label)
        elif not mine:
            criteria[f"plek-{i + 1}"] = CriterionResult(
                False, _join("Deze plek is nog open.", f"Hint: {hint}" if hint else ""), label)
        else:
            criteria[f"plek-{i + 1}"] = CriterionResult(
                False, _join(f"{mine} hoort op een andere plek.", f"Hint: {hint}" if hint else ""), label)
    n_right = sum(c.passed for c in criteria.values())
    twice = sorted({c for c in chosen if c and chosen.count(c) > 1})
    return Assessment(criteria, _summary(
        n_right, total, "{n} van de {total} stappen staat al op zijn plek.",
        "{n} van de {total} stappen staan al op hun plek.",
        "Alle {total} stappen staan op hun plek.", twice))


def assess_matches(items: Sequence[tuple[str, str, str]], choices: Mapping[str, str], *,
                   item_label: str = "Vraag {n}") -> Assessment:
    """Judge one choice per item.

    ``items`` holds ``(item id, right option, explanation)`` in the order the
    learner sees them; ``choices`` maps an item id to the chosen option (a
    missing or empty choice is still open). The explanation says why the item
    fits its option; it is shown with a ✓ and, after a ✗, as a hint.
    Criterion keys are the item ids.
    """
    if not any(choices.get(item_id) for item_id, _r, _e in items):
        return Assessment({}, "Je hebt nog niets gekozen. Kies bij elke vraag een antwoord en "
                              "klik dan op Controleer.")
    criteria: dict[str, CriterionResult] = {}
    for n, (item_id, right, explanation) in enumerate(items, start=1):
        label = item_label.format(n=n)
        mine = choices.get(item_id) or ""
        if mine == right:
            criteria[item_id] = CriterionResult(True, _join(f"Klopt: {right}.", explanation), label)
        elif not mine:
            criteria[item_id] = CriterionResult(False, "Hier heb je nog niets gekozen.", label)
        else:
            criteria[item_id] = CriterionResult(
                False, _join(f"{mine} past hier minder goed.", explanation, "Welke keuze hoort daarbij?"), label)
    n_right = sum(c.passed for c in criteria.values())
    return Assessment(criteria, _summary(
        n_right, len(items), "{n} van de {total} antwoorden klopt al.",
        "{n} van de {total} antwoorden kloppen al.", "Alle {total} antwoorden kloppen."))


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _summary(n_right: int, total: int, one: str, many: str, done: str, twice: Sequence[str] = ()) -> str:
    """A progress-focused summary: what is right already, then what to do next.

    ``one`` and ``many`` are the sentence for one right item and for several,
    ``done`` for all right (``{n}`` and ``{total}`` are filled in).
    """
    if n_right == total:
        text = done.format(n=n_right, total=total) + " Knap gedaan!"
    elif n_right == 0:
        text = ("Dit is een begin. Lees bij elke regel met een \u2717 de hint, pas je keuzes aan "
                "en klik opnieuw op Controleer.")
    else:
        text = (one if n_right == 1 else many).format(n=n_right, total=total) + (
            " Kijk bij de regels met een \u2717 naar de hint, pas die keuzes aan en klik opnieuw "
            "op Controleer.")
    if twice:
        text += " Let op: " + ", ".join(f"\u201c{t}\u201d" for t in twice) + \
            (" staat" if len(twice) == 1 else " staan") + " er vaker dan één keer in."
    return text
