"""Rule identity: every rule id of the assessors is listed with sentences it
must fire on and sentences it must spare; this one generic test runs them all
through the rules alone (the learned decision comes after).

``rules.yaml`` lists the rules of assess_request and assess_statement;
``rules-<name>.yaml`` (e.g. rules-question.yaml) those of ``assess_<name>``,
with the file-level keys ``assessor: <name>``, optionally ``case:`` (a case
description passed to an assessor that takes one), and ``rules:``.
"""

import inspect
import re
from pathlib import Path

import pytest
import yaml

from cpw_widgets import assess
from cpw_widgets.assess import assess_request, assess_statement, criteria

ASSESS = Path(__file__).resolve().parents[1] / "cpw_widgets" / "assess"
FILES = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(ASSESS.glob("rules*.yaml"))}
RULES = [dict(r, _file=name) for name, data in FILES.items() for r in data["rules"]]


def _criteria_of(rule: dict) -> tuple[str, ...]:
    name = FILES[rule["_file"]].get("assessor", "request")
    return getattr(criteria, f"{name.upper()}_CRITERIA")


def _rule_of(rule: dict, text: str) -> str:
    if rule.get("kind") == "statement":
        return assess_statement(text).criteria[rule["criterion"]].rule
    learned = bool(rule.get("decided_after_rules"))
    data = FILES[rule["_file"]]
    fn = getattr(assess, f"assess_{data.get('assessor', 'request')}")
    params = inspect.signature(fn).parameters
    kwargs = {"learned": learned} if "learned" in params else {}
    if "case" in params and data.get("case"):
        kwargs["case"] = data["case"]
    return fn(text, **kwargs).criteria[rule["criterion"]].rule


CASES = [(r["id"], "fires", t) for r in RULES for t in r["fires"]] + [(r["id"], "spares", t) for r in RULES for t in r["spares"]]


@pytest.mark.parametrize("rule_id,how,text", CASES, ids=[f"{i}-{h}-{n}" for n, (i, h, _) in enumerate(CASES)])
def test_rule_fires_and_spares(rule_id, how, text):
    rule = next(r for r in RULES if r["id"] == rule_id)
    decided_by = _rule_of(rule, text)
    if how == "fires":
        assert decided_by == rule_id, f"{text!r}: decided by {decided_by}"
    else:
        assert decided_by != rule_id, f"{text!r} should be spared by {rule_id}"


def test_every_rule_has_examples_and_a_known_criterion():
    ids = [r["id"] for r in RULES]
    assert len(ids) == len(set(ids))
    for r in RULES:
        assert r["criterion"] in _criteria_of(r) or r.get("kind") == "statement"
        assert r["fires"] and r["spares"] and r["what"], r["id"]


PREFIXES = "|".join(sorted(set(criteria.REQUEST_CRITERIA + criteria.QUESTION_CRITERIA + criteria.COMPLIMENT_CRITERIA
                               + ("statement", "asks")), key=len, reverse=True))


def test_every_rule_id_in_the_code_is_listed():
    """Ids written in the assessors' code are all in rules.yaml (no unnamed rule)."""
    listed = {r["id"] for r in RULES}
    used = set()
    for path in ASSESS.glob("*.py"):
        used |= set(re.findall(rf'"((?:{PREFIXES})\.[a-z_]+)"', path.read_text()))
    # ids built from a kind ("positive.{kind}", "statement.{kind}")
    used |= {"positive.stop", "positive.reduce", "statement.stop", "statement.reduce"}
    used = {u for u in used if not u.endswith(".unnamed")}  # the fallback of an untagged hit
    assert used - listed == set()
    assert listed - used == set(), "listed rules that the code never uses"


def test_cue_lists_are_data_with_a_known_kind():
    raw = yaml.safe_load((ASSESS / "data" / "cues.yaml").read_text(encoding="utf-8"))
    assert len(raw) >= 50
    for name, entry in raw.items():
        assert name.isupper() and len(entry) == 1, name
        (kind, items), = entry.items()
        assert kind in {"words", "phrases", "pairs", "suffixes"} and items, name
        assert all(isinstance(w, str) and w == w.strip() for w in (items if kind in {"words", "suffixes"} else sum(items, []))), name
