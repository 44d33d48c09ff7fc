"""Accuracy of assess_request on the PROBE set (tests/data/probe_requests.yaml).

The probe set was written and committed before the assessor was tuned on it; it
focuses on vague aims (concrete) and blame (no_blame). See its header.

Run: .venv/bin/python bench/assess_probe.py [--no-errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from assess_blind import REQUEST_KEYS, evaluate, load, show_errors, table  # noqa: E402

from cpw_widgets.assess import assess_request  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-errors", action="store_true", help="only the table")
    args = ap.parse_args(argv)
    res, errors = evaluate(load("probe_requests.yaml"), assess_request, REQUEST_KEYS)
    table("probe, progress requests (assess_request)", res)
    if not args.no_errors:
        show_errors("probe requests", errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
