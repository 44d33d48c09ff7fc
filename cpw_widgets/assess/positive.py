"""Criterion "positive": the wanted behaviour is named as something to do, not
as stopping, avoiding or reducing. :func:`negative_cues` also serves
assess_statement.
"""

from __future__ import annotations

from . import cues as C
from . import feedback as fb
from .blame import blame_hits
from .models import CriterionResult
from .nl import Clause, Token, quote
from .structure import RequestDoc, request_core
from .tokens import matches, word_tokens


def negative_cues(clause: Clause) -> tuple[list[Token], str]:
    """Tokens that make a clause a stop/avoid/reduce formulation, and which kind."""
    toks = clause.tokens
    words = word_tokens(toks)
    lemmas = {w.lemma for w in words} | {w.lower for w in words}
    for i, w in enumerate(words):
        if w.lower in C.REDUCTIONS:
            return words[i:], "reduce"
        if w.lower in C.NEGATIONS:
            nxt = words[i + 1].lower if i + 1 < len(words) else ""
            if w.lower == "niet" and nxt in {"alleen", "enkel", "slechts"}:
                continue  # "niet alleen ... maar ook" adds, it does not negate
            return words[i:], "stop"
        # simplemma lemmatises the infinitive "stoppen" to the noun "stop": match both
        stop_family = w.lemma in {"stoppen", "stop"} or w.lower in {"stoppen", "stop"}
        # "hou op (met)": "op" as the particle, at the end or before "met";
        # "Ik houd mijn pauze op een vast tijdstip" uses "op" as a preposition
        particle_op = any(
            x.lower == "op" and (k == len(words) - 1 or words[k + 1].lower in {"met", "ermee", "daarmee"})
            for k, x in enumerate(words) if k > i
        )
        if stop_family or matches(w, C.STOP_VERBS) or (w.lower in {"hou", "houd", "houdt"} and particle_op):
            if stop_family and not ({"met", "ermee", "daarmee"} & lemmas or i == 0):
                continue  # "de was in de machine stoppen" is not a stop
            start = max(0, i - 1)
            return words[start:], "stop"
        if w.lemma == "laten" and i + 1 < len(words) and words[i + 1].lower == "om" and {"het", "dat"} & lemmas:
            return words[max(0, i - 2):], "stop"
    return [], ""


def check_positive(doc: RequestDoc) -> CriterionResult:
    label = fb.LABELS["positive"]
    scope = doc.request_clauses or doc.all_clauses({"main", "complement"})
    for c in scope:
        hit, kind = negative_cues(c)
        if hit:
            q = quote(doc.text, hit, 7)
            tpl = fb.POSITIVE_REDUCE if kind == "reduce" else fb.POSITIVE_STOP
            return CriterionResult(False, fb.fmt(tpl, q), label, (q,), f"positive.{kind}")
    if not doc.has_request:
        blame = blame_hits(doc)
        if blame:
            q = quote(doc.text, doc.sentences[0].tokens, 9)
            return CriterionResult(False, fb.fmt(fb.POSITIVE_NONE, q), label, (q,), "positive.complaint_only")
    q = quote(doc.text, request_core(scope[0], doc), 12) if scope else ""
    if not q:
        return CriterionResult(True, fb.POSITIVE_OK_PLAIN, label, rule="positive.wanted")
    return CriterionResult(True, fb.fmt(fb.POSITIVE_OK, q), label, (q,), "positive.wanted")
