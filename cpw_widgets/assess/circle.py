"""assess_circle: is a filled-in circle technique complete?

Four checks (:data:`~cpw_widgets.assess.criteria.CIRCLE_CRITERIA`): both
circles hold at least two items, every item is positively worded (by
:func:`~cpw_widgets.assess.statement.assess_statement`), and one outer item
was chosen with a small step of a few words. The circle widget keeps these
verdicts per save, so the learner's progress page can show how a circle grew.
The same minimums as the graded circle (``grading.check_circle_*``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .criteria import CIRCLE_LABELS
from .models import Assessment, CriterionResult
from .statement import assess_statement

MIN_ITEMS = 2
MIN_STEP_WORDS = 3


def assess_circle(
    inner: Sequence[str],
    outer: Sequence[str],
    step_item: str,
    step: str,
    *,
    judge: Callable[[str], Assessment] = assess_statement,
) -> Assessment:
    """Judge a circle on :data:`CIRCLE_CRITERIA`; ``judge`` rates one item's positivity."""
    inner = [s.strip() for s in inner if s.strip()]
    outer = [s.strip() for s in outer if s.strip()]
    results: dict[str, CriterionResult] = {}
    for side, items, name in (("inner", inner, "binnencirkel"), ("outer", outer, "buitencirkel")):
        missing = MIN_ITEMS - len(items)
        results[side] = CriterionResult(
            missing <= 0,
            f"Je {name} heeft {len(items)} punten. Mooi." if missing <= 0 else
            f"Zet nog {missing} punt{'en' if missing > 1 else ''} in je {name}; klein mag ook.",
            label=CIRCLE_LABELS[side])
    verdicts = [judge(item).criteria.get("positive") for item in inner + outer]
    verdicts = [v for v in verdicts if v is not None]
    not_yet = [v for v in verdicts if v.passed is False]
    if not verdicts:
        positive = CriterionResult(None, "Er staan nog geen punten in je cirkel.", label=CIRCLE_LABELS["positive"])
    elif not_yet:
        positive = CriterionResult(False, " ".join(v.feedback for v in not_yet), label=CIRCLE_LABELS["positive"])
    elif any(v.passed is None for v in verdicts):
        positive = CriterionResult(None, "Bij een van je punten twijfel ik; kijk er zelf nog even naar.",
                                   label=CIRCLE_LABELS["positive"])
    else:
        positive = CriterionResult(True, "Al je punten zeggen wat er is of wat je wilt.",
                                   label=CIRCLE_LABELS["positive"])
    results["positive"] = positive
    chosen = step_item.strip()
    if not chosen or chosen not in outer:
        results["step"] = CriterionResult(False, "Kies één punt uit je buitencirkel om mee te beginnen.",
                                          label=CIRCLE_LABELS["step"])
    elif len(step.split()) < MIN_STEP_WORDS:
        results["step"] = CriterionResult(
            False, f"Schrijf in een zin welke kleine stap je zet voor “{chosen}”: wat doe je, en wanneer?",
            label=CIRCLE_LABELS["step"])
    else:
        results["step"] = CriterionResult(True, "Je weet wat je eerste kleine stap is.", label=CIRCLE_LABELS["step"])
    return Assessment(results)
