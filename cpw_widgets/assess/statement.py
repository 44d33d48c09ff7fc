"""assess_statement: is a circle-technique item (post-it) positively worded?

An item for the inner or outer circle names what is there or what is wanted
("Ik plan elke maandag mijn week"), not an absence, a stop or a reduction
("Minder stress", "Geen ruzie meer"). A negation inside a condition or other
subordinate clause ("... als ik iets niet begrijp") does not count.
"""

from __future__ import annotations

from . import feedback as fb
from .inputs import check_input
from .models import Assessment, CriterionResult
from .nl import analyse, quote
from .positive import negative_cues

# Clauses that describe the item itself; conditions, reasons and relative
# clauses only set the scene.
_SCOPE = {"main", "complement"}


def assess_statement(text: str) -> Assessment:
    """Judge ``text`` as a circle-technique item on one criterion, ``positive``."""
    label = fb.STATEMENT_LABELS["positive"]
    guarded = check_input(text, fb.STATEMENT_LABELS, fb.EMPTY_STATEMENT)
    if guarded is not None:
        return guarded
    sentences = analyse(text)
    if not sentences:
        return check_input("", fb.STATEMENT_LABELS, fb.EMPTY_STATEMENT)
    for s in sentences:
        for c in s.clauses:
            if c.kind not in _SCOPE:
                continue
            hit, kind = negative_cues(c)
            if not hit:
                # "Zonder zorgen naar bed": an item named by what is absent
                words = [t for t in c.tokens if t.is_word]
                i = next((k for k, t in enumerate(words) if t.lower == "zonder"), -1)
                if i >= 0:
                    hit, kind = words[i:], "stop"
            if hit:
                q = quote(text, hit, 7)
                tpl = fb.STATEMENT_REDUCE if kind == "reduce" else fb.STATEMENT_STOP
                result = CriterionResult(False, fb.fmt(tpl, q), label, (q,), f"statement.{kind}")
                return Assessment({"positive": result}, text=text)
    q = quote(text, sentences[0].tokens, 9)
    return Assessment({"positive": CriterionResult(True, fb.fmt(fb.STATEMENT_OK, q), label, (q,), "statement.wanted")}, text=text)
