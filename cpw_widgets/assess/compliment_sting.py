"""The ``no_sting`` criterion of a compliment: the first sting found decides."""

from __future__ import annotations

from . import feedback as fb
from .compliment_doc import ComplimentDoc, quote_of
from .compliment_standing import comparison, condescension, failure_hint, judging
from .compliment_takeback import advice, contrast
from .criteria import COMPLIMENT_LABELS
from .models import CriterionResult
from .rules import rule_of

STINGS = (failure_hint, condescension, comparison, advice, contrast, judging)


def check_no_sting(doc: ComplimentDoc) -> CriterionResult:
    label = COMPLIMENT_LABELS["no_sting"]
    for finder in STINGS:
        hit = finder(doc)
        if hit:
            q = quote_of(doc, hit, 10)
            rid = rule_of(hit, "no_sting.contrast")
            return CriterionResult(False, fb.fmt(fb.STING[rid], q), label, (q,), rid)
    return CriterionResult(True, fb.NO_STING_OK, label, (), "no_sting.clean")
