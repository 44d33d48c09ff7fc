"""assess_compliment: does a text work as a process compliment (procescompliment)?

In progress-focused intervisie, in the round *bevestigen*, each participant
tells the case presenter what worked in their approach (CPW: "Wat goed werkt
in je aanpak is ...", "Wat je al hebt bereikt is ..."). Three criteria, after
the labelling rules in tests/data/corpus-compliment/RULEBOOK.md:

``action``    names what the other did (an act, choice, approach, effort on a
              named thing, a credited achievement), not a trait or bare praise;
``effect``    says in words what it brought (not only "dat werkt");
``no_sting``  no criticism, reservation, comparison, advice, sarcasm or
              condescension attached.

The rules (each with an id, listed in rules-compliment.yaml) read the text's clauses
(nl.py) for the cues in data/compliment_cues.yaml; the case description, when
given, tells which nouns name the presenter's acts. A learned decision
(decision.py, weights in data/decision_compliment.json, fitted by bench/train_decision.py --corpus compliment) weighs the rule
verdicts with the words of the text and gives ✓, ✗ or twijfel.

The readers live in modules by what they read: compliment_doc (the text read
once), compliment_action, compliment_effect, compliment_takeback and
compliment_standing (no_sting, joined in compliment_sting), compliment_features
(what the learned decision reads). This module joins them.
"""

from __future__ import annotations

from . import feedback as fb
from .compliment_action import check_action
from .compliment_doc import CC, ComplimentDoc, around, quote_of, read
from .compliment_effect import check_effect
from .compliment_features import compliment_features
from .compliment_sting import check_no_sting
from .criteria import COMPLIMENT_CRITERIA, COMPLIMENT_LABELS
from .decision import decide
from .inputs import check_input
from .models import Assessment, CriterionResult

# --- the assessor -------------------------------------------------------------------

def rule_verdicts(doc: ComplimentDoc) -> dict[str, CriterionResult]:
    action = check_action(doc)
    out = {"action": action, "effect": check_effect(doc, action), "no_sting": check_no_sting(doc)}
    assert tuple(out) == COMPLIMENT_CRITERIA
    return out


# Praise words that, on their own, show a short text is Dutch ("Top, Ilse!",
# "chapeau koen", "amai, straffe aanpak"): a name lowers the shared guard's
# share of known Dutch words, yet these are ordinary turns in a compliment round.
# (English praise words say nothing about the language: "Great job, well done!" is English.)
_PRAISE_MARKERS = frozenset(CC.PRAISE - CC.ENGLISH_PRAISE - {"is", "was", "het", "een", "van", "ik", "je", "wat", "dat", "zo"}) \
    | {"straffe", "courage", "werkt"}


def _short_praise(text: str) -> bool:
    words = [w.strip(".,!?;:'\"()").lower() for w in text.split()]
    return len(words) <= 6 and any(w in _PRAISE_MARKERS for w in words)


def assess_compliment(text: str, *, case: str | None = None, learned: bool = True) -> Assessment:
    """Judge ``text`` as a process compliment on action, effect and no_sting
    (see the module doc). ``case`` is the case description the compliment
    reacts to: it helps tell which act is meant. ``learned=False`` gives the
    rules' verdicts alone (for the bench and the rule tests)."""
    guarded = check_input(text, COMPLIMENT_LABELS, fb.EMPTY_COMPLIMENT, fb.TOO_LONG_COMPLIMENT)
    if guarded is not None and not (guarded.message == fb.NOT_DUTCH and _short_praise(text)):
        return guarded
    doc = read(text, case)
    if not doc.words:
        return check_input("", COMPLIMENT_LABELS, fb.EMPTY_COMPLIMENT)
    rules = rule_verdicts(doc)
    if not learned:
        return Assessment(rules, text=text)
    return Assessment(_decide(doc, rules), text=text)


def _decide(doc: ComplimentDoc, rules: dict[str, CriterionResult]) -> dict[str, CriterionResult]:
    names, spans = compliment_features(doc, rules)
    out = {}
    for key, ruled in rules.items():
        d = decide(key, names, bool(ruled.passed), ruled.rule, set(spans), corpus="compliment")
        if d is None or d.verdict is ruled.passed:
            out[key] = ruled if d is None else CriterionResult(ruled.passed, ruled.feedback, ruled.label, ruled.evidence,
                                                               ruled.rule, d.probability)
            continue
        pick = d.against if d.verdict is not True else d.towards
        q = ruled.evidence[0] if ruled.evidence else ""
        if not q or (d.verdict is False and ruled.passed):
            q = quote_of(doc, around(doc, spans[pick[0]], 3, 4)) if pick else quote_of(doc, doc.sentences[0].tokens)
        if d.verdict is None:
            out[key] = CriterionResult(None, fb.fmt(fb.COMPLIMENT_DOUBT[key], q), ruled.label, (q,), ruled.rule, d.probability)
        elif d.verdict:
            out[key] = CriterionResult(True, fb.COMPLIMENT_OK_PLAIN[key], ruled.label, (), ruled.rule, d.probability)
        else:
            out[key] = CriterionResult(False, fb.fmt(fb.COMPLIMENT_LEARNED_FAIL[key], q), ruled.label, (q,), ruled.rule, d.probability)
    return out


def bench_features(text: str, case: str | None = None) -> tuple[set[str], dict[str, bool], dict[str, str]]:
    """For bench/train_decision.py: the features scored at run time, the rule
    verdicts and the deciding rule ids, by criterion."""
    doc = read(text, case)
    rules = rule_verdicts(doc)
    names, _ = compliment_features(doc, rules)
    return names, {k: bool(r.passed) for k, r in rules.items()}, {k: r.rule for k, r in rules.items()}


__all__ = ["assess_compliment", "bench_features", "compliment_features", "read", "rule_verdicts"]
