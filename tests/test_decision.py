"""The learned decision: pure-Python scoring equals scikit-learn's, the twijfel
band gives ``passed is None``, and the merged feedback quotes the learner."""

import json

import pytest

from cpw_widgets.assess import assess_request, decision
from cpw_widgets.assess.decision import Decision, Model
from cpw_widgets.assess.models import CriterionResult
from cpw_widgets.assess.nl import analyse
from cpw_widgets.assess.request import _merge, rule_verdicts
from cpw_widgets.assess.structure import RequestDoc
from cpw_widgets.assess.features import request_features


def test_pure_python_probability_equals_scikit_learn():
    sklearn = pytest.importorskip("sklearn.linear_model")
    from sklearn.feature_extraction import DictVectorizer
    rows = [{"w.a": 1, "w.b": 1}, {"w.b": 1}, {"w.a": 1, "w.c": 1}, {"w.c": 1}, {"w.a": 1}, {"w.b": 1, "w.c": 1}]
    y = [1, 0, 1, 0, 1, 0]
    vec = DictVectorizer()
    clf = sklearn.LogisticRegression(C=1.0).fit(vec.fit_transform(rows), y)
    model = Model(float(clf.intercept_[0]), 0.4, 0.6,
                  {n: float(w) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0])})
    expected = clf.predict_proba(vec.transform(rows))[:, 1]
    for row, p in zip(rows, expected):
        assert decision.probability(model, set(row)) == pytest.approx(p, abs=1e-12)


def test_shipped_weights_are_small_and_well_formed():
    raw = json.loads(decision.MODEL_PATH.read_text(encoding="utf-8"))
    assert decision.MODEL_PATH.stat().st_size < 300 * 1024
    for key, m in raw["models"].items():
        assert 0 < m["lo"] <= 0.5 <= m["hi"] < 1, key
        assert all(isinstance(w, float) for w in m["weights"].values())
    assert set(raw["models"]) >= {"positive", "concrete", "reason", "invitation", "no_blame"}


def _doc_and_rules(text):
    doc = RequestDoc(text, analyse(text))
    return doc, rule_verdicts(doc)


def test_twijfel_quotes_the_rules_evidence_and_says_what_to_check():
    text = "Wil je voortaan niet meer te laat komen?"
    doc, rules = _doc_and_rules(text)
    names, spans = request_features(doc, rules)
    merged = _merge("positive", rules["positive"], Decision(0.5, None, (), ()), doc, spans)
    assert merged.passed is None and merged.probability == 0.5
    assert merged.feedback.startswith("Ik twijfel hier.")
    assert f'"{merged.evidence[0]}"' in merged.feedback and merged.evidence[0] in text


def test_a_learned_fail_quotes_the_words_that_weighed_most():
    text = "Kun je voortaan even de koffiekan omspoelen na de vergadering?"
    doc, rules = _doc_and_rules(text)
    assert rules["no_blame"].passed is True
    names, spans = request_features(doc, rules)
    merged = _merge("no_blame", rules["no_blame"], Decision(0.1, False, ("w.even",), ()), doc, spans)
    assert merged.passed is False
    assert "even" in merged.evidence[0] and merged.evidence[0] in text
    assert f'"{merged.evidence[0]}"' in merged.feedback


def test_agreeing_decision_keeps_the_rules_feedback():
    doc, rules = _doc_and_rules("Wil je de vaatwasser uitruimen?")
    names, spans = request_features(doc, rules)
    merged = _merge("invitation", rules["invitation"], Decision(0.97, True, (), ()), doc, spans)
    assert merged.feedback == rules["invitation"].feedback and merged.probability == 0.97


def test_assessment_carries_probabilities_from_the_shipped_model():
    a = assess_request("Zou je om negen uur willen beginnen, zodat we samen de dag kunnen doornemen?")
    assert a.passed
    assert all(isinstance(c, CriterionResult) and c.probability is not None for c in a.criteria.values())
