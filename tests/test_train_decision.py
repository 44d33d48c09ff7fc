"""bench/train_decision.py: the batch-support filter, the grouped folds and the rule features per criterion."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
td = pytest.importorskip("train_decision")


@pytest.fixture
def restore():
    saved = td.MIN_BATCHES, dict(td.GROUP)
    yield
    td.MIN_BATCHES = saved[0]
    td.GROUP.clear()
    td.GROUP.update(saved[1])


def _data():
    # "w:local" marks every ✗ but only in batch a; "w:shared" marks every ✗ in batches a, b and c
    X, y, batches = [], [], []
    for b in "abc":
        for i in range(8):
            neg = i % 2 == 0
            d = {"w:any": 1}
            if neg:
                d["w:shared"] = 1
                if b == "a":
                    d["w:local"] = 1
            X.append(d)
            y.append(not neg)
            batches.append(b)
    return X, y, batches


def test_min_batches_drops_a_feature_one_writer_uses(restore):
    X, y, batches = _data()
    td.MIN_BATCHES = 0
    vec, _ = td.fit(X, y, 1.0, min_df=1, batches=batches)
    assert "w:local" in vec.get_feature_names_out()
    td.MIN_BATCHES = 2
    vec, _ = td.fit(X, y, 1.0, min_df=1, batches=batches)
    names = set(vec.get_feature_names_out())
    assert "w:local" not in names and "w:shared" in names


def test_groups_put_batches_in_one_fold(restore):
    assert td.fold_of("q04") == "q04"
    td.GROUP.update({"q04": "q04+q17", "q17": "q04+q17"})
    assert td.fold_of("q04") == td.fold_of("q17") == "q04+q17"
    assert td.fold_of("q05") == "q05"


def test_a_criterions_model_sees_only_its_own_rule_verdicts():
    names = {"rule.action", "rule.effect", "rid.action.achieved", "rid.no_sting.comparison", "w.knap", "s.qmark"}
    own = td.mode_features(names, "hybrid", "effect")
    assert set(own) == {"rule.effect", "w.knap", "s.qmark"}  # no other criterion's verdict, no rule id of another
    assert set(td.mode_features(names, "hybrid")) == names  # the request corpus: every rule verdict, as before
    assert "rid.action.achieved" in td.mode_features(names, "struct", "action")
