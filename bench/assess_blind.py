"""Accuracy of the assessors on the BLIND evaluation set.

The set (tests/data/blind_requests.yaml, tests/data/blind_statements.yaml) was
written and committed without looking at the assessors or their development
data; see the header of each file for the labelling rules.

Run: .venv/bin/python bench/assess_blind.py [--no-errors]

The set is split deterministically: items at even positions (0, 2, 4, ...) are
``blind-tune``, items at odd positions are ``blind-fresh``. Only blind-tune may
be looked at while improving the assessors; blind-fresh is a held-out check,
so this script prints only its table, never its misclassified texts.

Prints per criterion and per half: n, accuracy, balanced accuracy (mean of the
recall on texts that meet the criterion and on texts that do not), recall on
true and on false, and then every misclassified blind-tune text per criterion
(expected, got, the assessor's feedback).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cpw_widgets.assess import assess_request, assess_statement  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from assess_accuracy import scores  # noqa: E402  (one definition of the metrics)

DATA = ROOT / "tests" / "data"
REQUEST_KEYS = ["positive", "concrete", "reason", "invitation", "no_blame"]
STATEMENT_KEYS = ["positive"]


def load(name: str) -> list[dict]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]


def split(items: list[dict]) -> dict[str, list[dict]]:
    """Even positions -> blind-tune, odd positions -> blind-fresh."""
    return {"blind-tune": items[0::2], "blind-fresh": items[1::2]}


def evaluate(items, assess, keys):
    pairs = {k: [] for k in keys}
    errors = {k: [] for k in keys}
    for item in items:
        result = assess(item["text"])
        for k in keys:
            crit = result.criteria.get(k)
            got = bool(crit.passed) if crit is not None else False
            pairs[k].append((bool(item[k]), got))
            if got != bool(item[k]):
                feedback = crit.feedback if crit is not None else (result.message or "(no criterion)")
                errors[k].append((item["text"], bool(item[k]), got, feedback))
    return {k: scores(v) for k, v in pairs.items()}, errors


def table(title, res):
    print(f"\n{title}")
    print(f"{'criterion':<12}{'n':>5}{'acc':>8}{'bal.acc':>9}{'rec T':>8}{'rec F':>8}")
    for k, s in res.items():
        print(f"{k:<12}{s['n']:>5}{s['acc']:>8.3f}{s['bal']:>9.3f}{s['rec_pos']:>8.3f}{s['rec_neg']:>8.3f}")


def show_errors(title, errors):
    for k, errs in errors.items():
        print(f"\n--- {title} / {k}: {len(errs)} misclassified ---")
        for text, exp, got, fb in errs:
            one_line = text.replace("\n", " / ")
            print(f"* expected {str(exp).lower()}, got {str(got).lower()}: {one_line}")
            print(f"    feedback: {fb}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-errors", action="store_true", help="only the tables")
    args = ap.parse_args(argv)

    requests = split(load("blind_requests.yaml"))
    statements = split(load("blind_statements.yaml"))
    errors = {}
    for part in ("blind-tune", "blind-fresh"):
        req_res, req_err = evaluate(requests[part], assess_request, REQUEST_KEYS)
        st_res, st_err = evaluate(statements[part], assess_statement, STATEMENT_KEYS)
        table(f"{part}, progress requests (assess_request)", req_res)
        table(f"{part}, circle statements (assess_statement)", st_res)
        errors[part] = (req_err, st_err)
    if not args.no_errors:  # blind-tune only: blind-fresh stays unseen
        req_err, st_err = errors["blind-tune"]
        show_errors("blind-tune requests", req_err)
        show_errors("blind-tune statements", st_err)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
