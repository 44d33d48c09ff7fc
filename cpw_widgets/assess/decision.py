"""The learned, calibrated decision on top of the rules.

Per criterion a logistic regression over the features of features.py (the rule
verdicts among them) gives the probability that a careful labeller would say
the text meets the criterion. It was fitted at development time
(bench/train_decision.py, scikit-learn) on the train batches of the labelled
corpus; its weights are data (``data/decision.json`` for assess_request,
``data/decision_<corpus>.json`` for another assessor's corpus, e.g.
``decision_question.json``), scored here in pure Python so the browser and
CPython agree to the last digit.

Outside the criterion's two thresholds the model decides; between them it is
unsure and the verdict is ``None`` ("twijfel") instead of ✓ or ✗. A few rules
are *trusted*: on the train batches the labellers confirmed their verdict at
least 97 % of the time (bench/train_decision.py); when one of them decides, its
verdict stands. Besides the criteria there is one more
model, ``asks``: does the text ask for any behaviour at all?
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "decision.json"


def model_path(corpus: str = "request") -> Path:
    """The weights file of a corpus's assessor (request: ``decision.json``)."""
    return MODEL_PATH if corpus == "request" else MODEL_PATH.with_name(f"decision_{corpus}.json")


@dataclass(frozen=True)
class Model:
    bias: float
    lo: float          # p <= lo: ✗
    hi: float          # p >= hi: ✓; in between: twijfel
    weights: dict[str, float]
    trusted: frozenset[str] = frozenset()  # rule ids whose verdict stands


@dataclass(frozen=True)
class Decision:
    probability: float
    verdict: bool | None
    # word features that pushed towards ✗ and towards ✓, strongest first
    against: tuple[str, ...]
    towards: tuple[str, ...]


@lru_cache(maxsize=None)
def models(corpus: str = "request") -> dict[str, Model]:
    """The shipped models of a corpus's assessor by key (empty when no weights
    file is present)."""
    path = model_path(corpus)
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {k: Model(m["bias"], m["lo"], m["hi"], m["weights"], frozenset(m.get("trusted", ())))
            for k, m in raw["models"].items()}


def probability(model: Model, names: set[str]) -> float:
    z = model.bias + sum(model.weights.get(n, 0.0) for n in names)
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def verdict_of(p: float, lo: float, hi: float, rule: bool, trusted: bool = False) -> bool | None:
    """The policy: a trusted rule's verdict stands; otherwise ✓ at or above
    ``hi``, ✗ at or below ``lo``, twijfel (None) in between."""
    if trusted:
        return rule
    if p >= hi:
        return True
    if p <= lo:
        return False
    return None


def decide(key: str, names: set[str], rule: bool, rule_id: str = "",
           word_features: set[str] | None = None, corpus: str = "request") -> Decision | None:
    """The decision for ``key`` given the rule layer's verdict and the id of the
    rule that decided (None when no model is shipped for it). ``word_features``
    limits which features may be named as the words that weighed most (those
    with tokens to quote). ``corpus`` picks the assessor's weights file."""
    model = models(corpus).get(key)
    if model is None:
        return None
    p = probability(model, names)
    verdict = verdict_of(p, model.lo, model.hi, rule, rule_id in model.trusted)
    quotable = [(model.weights[n], n) for n in names if n in model.weights and (word_features is None or n in word_features)]
    against = tuple(n for w, n in sorted(quotable) if w < 0)
    towards = tuple(n for w, n in sorted(quotable, reverse=True) if w > 0)
    return Decision(p, verdict, against, towards)
