"""assess_request: does a text work as a progress request (progressieverzoek)?

Five criteria, after CPW's description of progress-focused feedback: name the
wanted behaviour positively and concretely, say why it matters, and ask it as a
question, without reproach. The text is split into sentences and clauses
(nl.py) and read once for its request structure (structure.py); each criterion
has its own module of rules that look for their cues (cues.py) only in the
clauses where they mean what the criterion is about.

On top of the rules, a learned decision (decision.py) weighs the rule verdicts
with the words and structure of the text and gives ✓, ✗ or, when unsure,
"twijfel" (``passed is None``). A text that asks for nothing at all is told so
first; its criteria are then ✗, except no_blame, which is still judged.
"""

from __future__ import annotations

from . import feedback as fb
from .blame import check_no_blame
from .concrete import check_concrete
from .criteria import REQUEST_CRITERIA
from .decision import Decision, decide
from .features import request_features
from .inputs import check_input
from .invitation import check_invitation
from .models import Assessment, CriterionResult
from .nl import Token, analyse, quote
from .positive import check_positive
from .reason import check_reason
from .structure import RequestDoc, request_core
from .tokens import word_tokens

# The order is the order learners see the verdicts in.
CHECKS = (
    ("positive", check_positive),
    ("concrete", check_concrete),
    ("reason", check_reason),
    ("invitation", check_invitation),
    ("no_blame", check_no_blame),
)
assert tuple(k for k, _ in CHECKS) == REQUEST_CRITERIA


def assess_request(text: str, *, learned: bool = True) -> Assessment:
    """Judge ``text`` as a progress request on the five criteria (see module doc).
    ``learned=False`` gives the rules' verdicts alone (for the bench and the
    rule tests)."""
    guarded = check_input(text, fb.LABELS, fb.EMPTY_REQUEST)
    if guarded is not None:
        return guarded
    doc = RequestDoc(text, analyse(text))
    if not doc.sentences:
        return check_input("", fb.LABELS, fb.EMPTY_REQUEST)  # only punctuation
    rules = rule_verdicts(doc)
    if not learned:
        return Assessment(rules, text=text)
    return _decide(doc, rules)


def rule_verdicts(doc: RequestDoc) -> dict[str, CriterionResult]:
    return {key: check(doc) for key, check in CHECKS}


def _decide(doc: RequestDoc, rules: dict[str, CriterionResult]) -> Assessment:
    names, spans = request_features(doc, rules)
    words = set(spans)
    asks = decide("asks", names, doc.has_request, word_features=words)
    asks_nothing = (asks.verdict is False) if asks is not None else not doc.has_request
    criteria: dict[str, CriterionResult] = {}
    for key, ruled in rules.items():
        if asks_nothing and key != "no_blame":
            criteria[key] = _nothing_asked(key, ruled, doc)
            continue
        d = decide(key, names, bool(ruled.passed), ruled.rule, words)
        criteria[key] = ruled if d is None else _merge(key, ruled, d, doc, spans)
    message = fb.fmt(fb.ASKS_NOTHING, quote(doc.text, doc.sentences[0].tokens, 9)) if asks_nothing else ""
    return Assessment(criteria, message=message, text=doc.text)


def _nothing_asked(key: str, ruled: CriterionResult, doc: RequestDoc) -> CriterionResult:
    q = quote(doc.text, doc.sentences[0].tokens, 9 if key in {"positive", "concrete"} else 6)
    tpl = {"positive": fb.POSITIVE_NONE, "concrete": fb.CONCRETE_NONE,
           "reason": fb.ASKS_NOTHING_REASON, "invitation": fb.ASKS_NOTHING_INVITATION}[key]
    return CriterionResult(False, fb.fmt(tpl, q), ruled.label, (q,), "asks.nothing")


def _in_context(doc: RequestDoc, tokens: list[Token], before: int = 2, after: int = 3) -> list[Token]:
    """``tokens`` with a few neighbouring words of their sentence, so a quote
    reads as the learner's phrase."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        idx = next((i for i, t in enumerate(words) if t is tokens[0]), -1)
        if idx >= 0:
            return words[max(0, idx - before) : idx + len(tokens) + after]
    return tokens


def _core(doc: RequestDoc) -> list[Token]:
    if doc.request_clauses:
        return request_core(doc.request_clauses[0], doc)
    return doc.sentences[0].tokens


def _merge(key: str, ruled: CriterionResult, d: Decision, doc: RequestDoc, spans) -> CriterionResult:
    """The rule's result when the decision agrees; otherwise the decision's
    verdict with feedback that quotes the words that weighed most."""
    if d.verdict is ruled.passed:
        return CriterionResult(ruled.passed, ruled.feedback, ruled.label, ruled.evidence, ruled.rule, d.probability)
    label = ruled.label
    if d.verdict is None:
        if ruled.evidence:
            q = ruled.evidence[0]
        else:
            pick = (d.against or d.towards)
            q = quote(doc.text, _in_context(doc, spans[pick[0]]) if pick else _core(doc), 8)
        return CriterionResult(None, fb.fmt(fb.DOUBT[key], q), label, (q,), ruled.rule, d.probability)
    if d.verdict:
        plain = {
            "positive": fb.POSITIVE_OK_PLAIN, "concrete": fb.CONCRETE_OK_PLAIN, "reason": fb.REASON_OK_PLAIN,
            "invitation": fb.INVITATION_OK_PLAIN, "no_blame": fb.NO_BLAME_OK,
        }[key]
        return CriterionResult(True, plain, label, (), ruled.rule, d.probability)
    # ✗ where the rules saw no problem: quote the words that weighed most against
    if key in {"reason", "invitation"} or not d.against:
        tokens = _core(doc) if key == "reason" else (doc.sentences[0].tokens)
    else:
        tokens = _in_context(doc, spans[d.against[0]])
    q = quote(doc.text, tokens, 8)
    return CriterionResult(False, fb.fmt(fb.LEARNED_FAIL[key], q), label, (q,), ruled.rule, d.probability)
