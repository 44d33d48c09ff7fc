"""How long the trainer's nbgrader cycle takes: every step of one whole round
(release, fetch, submit, collect, autograde, feedback, export) for two learners
and every assignment, as the end-to-end tests run it, with the autograde total
against its target (under 120 s for the course).

    .venv/bin/python bench/nbgrader_timing.py

Prints a table; takes three to four minutes on a quiet machine. A timing, so it lives here and not in
the tests (which only check that the round works).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_nbgrader_e2e import ASSIGNMENTS, STUDENTS, build_round  # noqa: E402

AUTOGRADE_TARGET_S = 120


def main() -> None:
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nbgrader-bench-") as tmp:
        course = build_round(Path(tmp))
    wall = time.perf_counter() - start
    width = max(map(len, course.timings))
    for step, seconds in course.timings.items():
        print(f"{step:<{width}}  {seconds:6.1f} s")
    autograde = course.timings["autograde"]
    print(f"\nautograde of {len(STUDENTS)} learners x {len(ASSIGNMENTS)} assignments: "
          f"{autograde:.1f} s (target < {AUTOGRADE_TARGET_S} s: "
          f"{'met' if autograde < AUTOGRADE_TARGET_S else 'NOT met'}); "
          f"whole cycle {wall:.1f} s wall (steps summed {sum(course.timings.values()):.1f} s: validate source "
          f"beside generate, and release, fetch and submit side by side)")


if __name__ == "__main__":
    main()
