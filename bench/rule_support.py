"""Where the question assessor's ✗ rules fire, batch by batch: do they travel?

Run: .venv/bin/python bench/rule_support.py [--held q08,q11,q14]

Reads the ``train`` batches of tests/data/corpus-question only (never the
sealed ones) and prints figures only, no texts. Every ✗ rule of
rules-question.yaml is tried on its own on every text (not only the first that
fires, as the assessor does), after the assessor has read the text once (some
rules read what an earlier one found). Per rule: how often it fires, the share
of its fires that come from its busiest batch, its precision (the gold label of
its criterion is ✗ where it fires) overall and per batch, and the precision on
the batches that joined the train set after the rule first appeared in
rules-question.yaml (the writers it was not written from; from ``git log``).
A rule that fires mostly in one batch, or whose precision drops on writers it
was not written from, is a candidate for narrowing or removal; decide by
bench/train_decision.py (LOBO and a held-out set), not by this table.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from cpw_widgets.assess import question, question_advice, question_asserting, question_judgement, question_open  # noqa: E402
from cpw_widgets.assess.question_form import Turn  # noqa: E402

CHECKS = {"question": question_asserting.CHECKS, "open": question_open.CHECKS,
          "no_advice": question_advice.CHECKS, "no_judgement": question_judgement.CHECKS}
BUSY_SHARE = 0.6   # a rule with this share of its fires in one batch is flagged
RULES_FILE = "cpw_widgets/assess/rules-question.yaml"
INDEX_FILE = "tests/data/corpus-question/index.yaml"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=corpus.ROOT, capture_output=True, text=True, check=False).stdout


def first_commit(rule_id: str) -> str:
    """The oldest commit whose rules-question.yaml names ``rule_id`` ("" when unknown)."""
    out = _git("log", "--reverse", "--format=%H", "-S", f"id: {rule_id}\n", "--", RULES_FILE).split()
    return out[0] if out else ""


def train_at(commit: str) -> set[str]:
    """The train batches listed in index.yaml at ``commit``."""
    import yaml

    text = _git("show", f"{commit}:{INDEX_FILE}")
    try:
        index = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return set()
    return {b["id"] for b in index.get("batches", []) if b.get("role") == "train"}


def fires_by_rule(items) -> dict[str, list[tuple[str, bool | None]]]:
    """rule id -> (batch, gold of its criterion) for every text it fires on."""
    out = defaultdict(list)
    for it in items:
        turn = Turn(it.text, it.case or None)
        verdicts = question.rule_verdicts(turn)  # sets what later rules read (turn.asserted)
        for key, checks in CHECKS.items():
            if key == "open" and not verdicts["question"].passed:
                continue  # no question to open: the open rules are not asked
            for check in checks:
                hit = check(turn)
                if hit:
                    out[hit.rule].append((it.batch, it.gold.get(key)))
    return out


def precision(rows) -> tuple[int, float]:
    labelled = [g for _, g in rows if g is not None]
    return len(labelled), (sum(g is False for g in labelled) / len(labelled) if labelled else float("nan"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held", default="", help="batches shown in their own column (figures only)")
    args = ap.parse_args(argv)
    held = [b for b in args.held.split(",") if b]
    batches = corpus.load_corpus(roles={"train"}, corpus="question")
    items = corpus.items_of(batches, "question")
    ids = sorted({b.id for b in batches})
    fires = fires_by_rule(items)
    print(f"{len(items)} texts in {len(ids)} train batches; per rule: fires, busiest batch and its share, "
          f"precision (gold ✗ where it fires) overall / on batches added after the rule / on {','.join(held) or '-'}")
    print(f"{'rule':28} {'fires':>5}  {'busiest':>11}  {'prec':>5}  {'later (n)':>12}  {'held (n)':>12}  per batch n:prec")
    for rid in sorted(fires):
        rows = fires[rid]
        per = defaultdict(list)
        for b, g in rows:
            per[b].append((b, g))
        top, top_rows = max(per.items(), key=lambda kv: len(kv[1]))
        share = len(top_rows) / len(rows)
        n, p = precision(rows)
        commit = first_commit(rid)
        seen = train_at(f"{commit}") if commit else set(ids)
        later = [r for r in rows if r[0] not in seen]
        ln, lp = precision(later)
        hn, hp = precision([r for r in rows if r[0] in held])
        flag = " *" if share >= BUSY_SHARE else ""
        cells = " ".join(f"{b[1:]}:{len(per[b])}:{precision(per[b])[1]:.2f}" for b in ids if b in per)
        print(f"{rid:28} {len(rows):5d}  {top:>4} {share:5.0%}{flag:2}  {p:5.2f}  {lp:5.2f} ({ln:4d})  {hp:5.2f} ({hn:4d})  {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
