"""Accuracy of the assessors on the labelled development sets.

Run: .venv/bin/python bench/assess_accuracy.py [--errors dev|holdout]

Prints per criterion: n, accuracy, balanced accuracy (mean of the recall on
texts that meet the criterion and on texts that do not), and both recalls, for
the dev and the holdout part; the time per text (mean, p95); and how often the
feedback on a failed criterion quotes the learner's own words.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cpw_widgets.assess import assess_request, assess_statement  # noqa: E402

DATA = ROOT / "tests" / "data"
REQUEST_KEYS = ["positive", "concrete", "reason", "invitation", "no_blame"]


def load(name: str) -> dict[str, list[dict]]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def scores(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """pairs of (label, predicted)."""
    n = len(pairs)
    pos = [p for lab, p in pairs if lab]
    neg = [not p for lab, p in pairs if not lab]
    rec_pos = sum(pos) / len(pos) if pos else float("nan")
    rec_neg = sum(neg) / len(neg) if neg else float("nan")
    acc = sum(lab == p for lab, p in pairs) / n if n else float("nan")
    return {"n": n, "acc": acc, "bal": (rec_pos + rec_neg) / 2, "rec_pos": rec_pos, "rec_neg": rec_neg}


def evaluate(items, assess, keys):
    """Return per-key score dicts, timings (ms), quote stats and the errors."""
    pairs = {k: [] for k in keys}
    times, errors = [], []
    failed = quoted = 0
    for item in items:
        text = item["text"]
        t0 = time.perf_counter()
        result = assess(text)
        times.append((time.perf_counter() - t0) * 1000)
        for k in keys:
            crit = result.criteria[k]
            pairs[k].append((bool(item[k]), crit.passed))
            if crit.passed != bool(item[k]):
                errors.append((k, item[k], text, crit.feedback))
            if not crit.passed:
                failed += 1
                quoted += any(e and e in text and f'"{e}"' in crit.feedback for e in crit.evidence)
    return {k: scores(v) for k, v in pairs.items()}, times, (quoted, failed), errors


def report(title, data, assess, keys, show_errors):
    print(f"\n== {title} ==")
    print(f"{'part':8} {'criterion':11} {'n':>4} {'acc':>6} {'bal.acc':>8} {'rec+':>6} {'rec-':>6}")
    all_times, q_all, f_all = [], 0, 0
    for part in ("dev", "holdout"):
        per_key, times, (quoted, failed), errors = evaluate(data[part], assess, keys)
        all_times += times
        q_all += quoted
        f_all += failed
        for k, s in per_key.items():
            print(f"{part:8} {k:11} {s['n']:4d} {s['acc']:6.3f} {s['bal']:8.3f} {s['rec_pos']:6.3f} {s['rec_neg']:6.3f}")
        if show_errors == part:
            for k, lab, text, feedback in errors:
                print(f"   ERR {k:10} label={lab!s:5} {text}\n       -> {feedback}")
    times = sorted(all_times)
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"time per text: mean {statistics.mean(times):.2f} ms, p95 {p95:.2f} ms (n={len(times)})")
    pct = 100 * q_all / f_all if f_all else 0.0
    print(f"failed criteria whose feedback quotes the learner's words: {q_all}/{f_all} ({pct:.1f}%)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", choices=["dev", "holdout"], help="list the misjudged texts of one part")
    args = ap.parse_args(argv)
    assess_request("Wil je dit lezen?")  # warm up: lazy import + dictionary load
    report("assess_request (tests/data/requests.yaml)", load("requests.yaml"), assess_request, REQUEST_KEYS, args.errors)
    report("assess_statement (tests/data/statements.yaml)", load("statements.yaml"), assess_statement, ["positive"], args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
