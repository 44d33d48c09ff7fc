"""The labelled corpus: complete, consistent with the rulebook's values, and as
large and varied as the feedback-quality issue asks (see RULEBOOK.md)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import corpus  # noqa: E402

BATCHES = corpus.load_corpus()
NEW = [b for b in BATCHES if not b.id.startswith("legacy")]


def test_ids_are_unique_and_every_indexed_batch_has_its_texts():
    ids = [it.id for b in BATCHES for it in b.items]
    assert len(ids) == len(set(ids))
    index = corpus.yaml.safe_load((corpus.CORPUS / "index.yaml").read_text(encoding="utf-8"))
    assert {e["id"] for e in index["batches"]} == {b.id for b in BATCHES}


@pytest.mark.parametrize("batch", NEW, ids=[b.id for b in NEW])
def test_new_batch_has_two_labellers_and_every_label_settled(batch):
    assert len(batch.labellers) >= 2
    for it in batch.items:
        missing = [k for k in corpus.KINDS[it.kind] if k not in it.gold]
        assert not missing, (it.id, missing)


def test_not_applicable_only_where_nothing_is_asked():
    for it in corpus.items_of(BATCHES, "request"):
        g = it.gold
        assert g.get("positive") is not None and g.get("invitation") is not None and g.get("no_blame") is not None, it.id
        if g.get("concrete") is None or g.get("reason") is None:
            # "-" marks a text that asks nothing: then both are "-" and nothing is asked as a question
            assert g.get("concrete") is None and g.get("reason") is None, it.id
            assert g["positive"] is False and g["invitation"] is False, it.id


def test_size_and_spread():
    requests = corpus.items_of(BATCHES, "request")
    statements = corpus.items_of(BATCHES, "statement")
    assert len(requests) >= 3000 and len(statements) >= 600
    assert len(NEW) >= 12
    sealed = [b for b in BATCHES if b.role == "sealed"]
    assert len(sealed) >= 3
    assert sum(it.kind == "request" for b in sealed for it in b.items) >= 600


def test_labellers_agreement_is_computed_per_batch():
    for b in NEW:
        kappa, n, _ = corpus.agreement(b, "request", "no_blame")
        assert n == sum(it.kind == "request" for it in b.items) and -1 <= kappa <= 1


def test_a_later_settling_round_wins_over_the_first():
    names = ["b04.settled.tsv", "b04.settled-2.tsv", "b04.settled-10.tsv"]
    assert sorted(names, key=lambda n: corpus.settling_round(Path(n))) == [
        "b04.settled.tsv", "b04.settled-2.tsv", "b04.settled-10.tsv"]
    gold = {it.id: it.gold for it in corpus.load_batch("b04", "train").items}
    assert gold["b04-r027"]["no_blame"] is False  # b04.settled-2.tsv: 0; b04.settled.tsv: 1
