"""Accuracy of assess_request on the PROBE set (tests/data/probe_requests.yaml).

The probe set was written and committed before the assessor was tuned on it; it
focuses on vague aims (concrete) and blame (no_blame). See its header.

A second batch (``fresh_items``) was written after the first round of changes,
a third (``fresh2_items``) after the second; each was committed before the
assessor was run on it. Both were later used for tuning too, so no probe batch
is held out any more: the held-out check is the blind-fresh part of
bench/assess_blind.py. Their errors are listed with --fresh-errors / --fresh2-errors.

Run: .venv/bin/python bench/assess_probe.py [--no-errors] [--fresh-errors] [--fresh2-errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from assess_blind import DATA, REQUEST_KEYS, evaluate, show_errors, table  # noqa: E402

from cpw_widgets.assess import assess_request  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-errors", action="store_true", help="only the table")
    ap.add_argument("--fresh-errors", action="store_true", help="also list probe-fresh errors")
    ap.add_argument("--fresh2-errors", action="store_true", help="also list probe-fresh2 errors")
    args = ap.parse_args(argv)
    data = yaml.safe_load((DATA / "probe_requests.yaml").read_text(encoding="utf-8"))
    res, errors = evaluate(data["items"], assess_request, REQUEST_KEYS)
    table("probe, progress requests (assess_request)", res)
    fresh, fresh_errors = evaluate(data.get("fresh_items", []), assess_request, REQUEST_KEYS)
    table("probe-fresh (second batch), progress requests", fresh)
    fresh2, fresh2_errors = evaluate(data.get("fresh2_items", []), assess_request, REQUEST_KEYS)
    table("probe-fresh2 (third batch), progress requests", fresh2)
    if not args.no_errors:
        show_errors("probe requests", errors)
    if args.fresh_errors:
        show_errors("probe-fresh requests", fresh_errors)
    if args.fresh2_errors:
        show_errors("probe-fresh2 requests", fresh2_errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
