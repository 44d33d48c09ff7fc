"""Accessibility: axe-core (npm, vendored in web/node_modules) on every page of the
book, with its exercises static and live: no serious or critical violations."""

from __future__ import annotations

import pytest

from .livesite import EXERCISES, axe_serious, toc_pages, wait_live

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _report(violations: list[dict]) -> str:
    return "\n".join(f"{v['impact']} {v['id']}: {v['help']}\n    " + "\n    ".join(v["nodes"][:3])
                     for v in violations)


def test_every_page_has_no_serious_or_critical_violations(live_page, site):
    """Every page with its exercises' static snapshots (the live ones are audited below)."""
    failures = {}
    live_page.route("**/lite/oefeningen.json", lambda r: r.fulfill(json={}))
    for name in toc_pages() + ["search", "genindex"]:
        live_page.goto(f"{site.url}{name}.html")
        live_page.wait_for_load_state("load")
        live_page.wait_for_function("() => !window.oefenplaats || window.oefenplaats.timings.static"
                                    " || window.oefenplaats.state === 'geen'")
        found = axe_serious(live_page)
        if found:
            failures[name] = _report(found)
    assert failures == {}, "\n".join(f"{k}:\n{v}" for k, v in failures.items())


@pytest.mark.parametrize("name", EXERCISES)
def test_live_exercise_has_no_serious_or_critical_violations(live_page, site, name):
    live_page.goto(f"{site.url}{name}.html")
    wait_live(live_page)
    on_page = axe_serious(live_page)
    assert on_page == [], _report(on_page)
