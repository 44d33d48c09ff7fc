"""The verdict snapshot: every verdict on every labelled text, with its rule.

Run: .venv/bin/python bench/verdicts.py            show the flips against the snapshot
     .venv/bin/python bench/verdicts.py --accept   write the current verdicts as the snapshot
     ... --corpus question                         the same for another corpus (bench/corpus.py)

``make test`` fails on any flip (tests/test_verdict_snapshot.py), so a change to
a rule, a word list or the learned weights shows exactly which verdicts it
changes; accepting them is this explicit, committed step. The snapshot (one per
corpus: tests/data/corpus/verdicts.tsv, tests/data/corpus-question/verdicts.tsv,
...) holds per text and criterion the verdict
(1 ✓, 0 ✗, ? twijfel) and the id of the rule that decided. Flips on sealed
batches are shown by id only: their texts are not read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from cpw_widgets.assess import assess_statement  # noqa: E402

SNAPSHOT = corpus.CORPUS / "verdicts.tsv"
_MARK = {True: "1", False: "0", None: "?"}


def snapshot_path(name: str = "request"):
    return SNAPSHOT if name == "request" else corpus.CORPORA[name].folder / "verdicts.tsv"


def current(name: str = "request") -> dict[tuple[str, str], str]:
    """(item id, criterion) -> "verdict:rule" for every text of the corpus
    (its assessor must exist: corpus.assessor)."""
    call, _ = corpus.assessor(name)
    out = {}
    for batch in corpus.load_corpus(corpus=name):
        for it in batch.items:
            result = assess_statement(it.text) if it.kind == "statement" else call(it.text, it.case)
            for key, c in result.criteria.items():
                out[(it.id, key)] = f"{_MARK[c.passed]}:{c.rule}"
    return out


def load_snapshot(name: str = "request") -> dict[tuple[str, str], str]:
    path = snapshot_path(name)
    if not path.exists():
        return {}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line]
    return {(r[0], r[1]): r[2] for r in rows}


def write_snapshot(verdicts: dict[tuple[str, str], str], name: str = "request") -> None:
    lines = ["id\tcriterion\tverdict:rule"] + [f"{i}\t{k}\t{v}" for (i, k), v in sorted(verdicts.items())]
    snapshot_path(name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def flips(before: dict, after: dict, name: str = "request") -> list[str]:
    """Readable lines for every changed, added or removed verdict."""
    texts, sealed = {}, set()
    for batch in corpus.load_corpus(corpus=name):
        for it in batch.items:
            texts[it.id] = it.text
            if batch.role == "sealed":
                sealed.add(it.id)
    lines = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key, "(none)"), after.get(key, "(none)")
        if old != new:
            item_id, criterion = key
            text = "(sealed)" if item_id in sealed else repr(texts.get(item_id, "?"))
            lines.append(f"{item_id} {criterion}: {old} -> {new}   {text}")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=sorted(corpus.CORPORA), default="request", help="which corpus and assessor")
    ap.add_argument("--accept", action="store_true", help="write the current verdicts as the snapshot")
    args = ap.parse_args(argv)
    if corpus.assessor(args.corpus) is None:
        print(f"cpw_widgets.assess.{corpus.CORPORA[args.corpus].assessor} does not exist yet: no verdicts")
        return 0
    now = current(args.corpus)
    changed = flips(load_snapshot(args.corpus), now, args.corpus)
    print("\n".join(changed) if changed else "no flips")
    print(f"{len(changed)} changed of {len(now)} verdicts")
    if args.accept:
        write_snapshot(now, args.corpus)
        print(f"wrote {snapshot_path(args.corpus).relative_to(corpus.ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
