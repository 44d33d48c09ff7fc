"""The verdict snapshot: every verdict on every labelled text, with its rule.

Run: .venv/bin/python bench/verdicts.py            show the flips against the snapshot
     .venv/bin/python bench/verdicts.py --accept   write the current verdicts as the snapshot

``make test`` fails on any flip (tests/test_verdict_snapshot.py), so a change to
a rule, a word list or the learned weights shows exactly which verdicts it
changes; accepting them is this explicit, committed step. The snapshot
(tests/data/corpus/verdicts.tsv) holds per text and criterion the verdict
(1 ✓, 0 ✗, ? twijfel) and the id of the rule that decided. Flips on sealed
batches are shown by id only: their texts are not read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from cpw_widgets.assess import assess_request, assess_statement  # noqa: E402

SNAPSHOT = corpus.CORPUS / "verdicts.tsv"
_MARK = {True: "1", False: "0", None: "?"}


def current() -> dict[tuple[str, str], str]:
    """(item id, criterion) -> "verdict:rule" for every text of the corpus."""
    out = {}
    for batch in corpus.load_corpus():
        for it in batch.items:
            result = assess_request(it.text) if it.kind == "request" else assess_statement(it.text)
            for key, c in result.criteria.items():
                out[(it.id, key)] = f"{_MARK[c.passed]}:{c.rule}"
    return out


def load_snapshot() -> dict[tuple[str, str], str]:
    if not SNAPSHOT.exists():
        return {}
    rows = [line.split("\t") for line in SNAPSHOT.read_text(encoding="utf-8").splitlines()[1:] if line]
    return {(r[0], r[1]): r[2] for r in rows}


def write_snapshot(verdicts: dict[tuple[str, str], str]) -> None:
    lines = ["id\tcriterion\tverdict:rule"] + [f"{i}\t{k}\t{v}" for (i, k), v in sorted(verdicts.items())]
    SNAPSHOT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def flips(before: dict, after: dict) -> list[str]:
    """Readable lines for every changed, added or removed verdict."""
    texts, sealed = {}, set()
    for batch in corpus.load_corpus():
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
    ap.add_argument("--accept", action="store_true", help="write the current verdicts as the snapshot")
    args = ap.parse_args(argv)
    now = current()
    changed = flips(load_snapshot(), now)
    print("\n".join(changed) if changed else "no flips")
    print(f"{len(changed)} changed of {len(now)} verdicts")
    if args.accept:
        write_snapshot(now)
        print(f"wrote {SNAPSHOT.relative_to(corpus.ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
