"""Accessibility: axe-core (npm, vendored in web/node_modules) on every page of the
book and inside a live exercise: no serious or critical violations."""

from __future__ import annotations

import pytest

from .livesite import EXERCISES, axe_serious, exercise_frame, toc_pages

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _report(violations: list[dict]) -> str:
    return "\n".join(f"{v['impact']} {v['id']}: {v['help']}\n    " + "\n    ".join(v["nodes"][:3])
                     for v in violations)


def test_every_page_has_no_serious_or_critical_violations(live_page, site):
    """Static pages (the exercises' live frames are audited below)."""
    failures = {}
    live_page.route("**/lite/oefeningen.json", lambda r: r.fulfill(json={}))
    for name in toc_pages() + ["search", "genindex"]:
        live_page.goto(f"{site.url}{name}.html")
        live_page.wait_for_load_state("load")
        found = axe_serious(live_page)
        if found:
            failures[name] = _report(found)
    assert failures == {}, "\n".join(f"{k}:\n{v}" for k, v in failures.items())


@pytest.mark.parametrize("name", EXERCISES)
def test_live_exercise_has_no_serious_or_critical_violations(live_page, site, name):
    live_page.goto(f"{site.url}{name}.html")
    frame = exercise_frame(live_page, 0)
    on_page = axe_serious(live_page)
    assert on_page == [], _report(on_page)
    in_frame = axe_serious(frame, ".jp-CodeConsole-content")
    assert in_frame == [], _report(in_frame)
