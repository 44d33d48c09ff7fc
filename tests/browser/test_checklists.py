"""The kept checklists in the browser, as a learner uses them: tick lines, save
a round, reload and find it kept; change a tick and see the change since that
round; download the page to print; axe finds nothing serious. Outside hosts
are blocked (see conftest). Needs `make book`."""

from __future__ import annotations

import re

import pytest

from cpw_widgets.content.loader import load_checklists

from .livesite import axe_serious, exercise_frame

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TIMEOUT = 30_000
PAGE = "notebooks/oefening-checklists"


def button(frame, text: str):
    return frame.locator("button.widget-button", has_text=re.compile(rf"^\s*{re.escape(text)}\s*$"))


def test_checklist_round_is_kept_over_a_reload_and_printable(live_page, site, tmp_path):
    uitvoering = next(c for c in load_checklists() if c.id == "uitvoering")
    first, second = uitvoering.items[0], uitvoering.items[1]
    live_page.goto(f"{site.url}{PAGE}.html")
    frame = exercise_frame(live_page, 0)

    frame.get_by_label(uitvoering.title, exact=True).check()
    frame.get_by_text(second, exact=True).first.wait_for(timeout=TIMEOUT)
    boxes = frame.get_by_label(first, exact=True)  # one under each column
    assert boxes.count() == 2
    boxes.nth(1).check()                                       # wil ik meer gaan doen
    frame.get_by_label(second, exact=True).nth(0).check()      # doe ik al
    frame.get_by_label("Datum van deze ronde").locator("visible=true").fill("2025-03-04")
    frame.get_by_label("Notitie bij deze ronde (mag leeg)").locator("visible=true").fill("Na het <b>teamoverleg</b>")
    button(frame, "Bewaar deze ronde").locator("visible=true").click()
    frame.wait_for_selector("text=Je ronde van 4 maart 2025 is bewaard.", timeout=TIMEOUT)
    live_page.screenshot(path=str(tmp_path / "checklist-bewaard.png"), full_page=True)

    found = axe_serious(live_page, ".oefening-live")  # the exercise (every page: test_toegankelijkheid)
    assert found == [], found

    live_page.reload()
    frame = exercise_frame(live_page, 0)
    frame.get_by_label(uitvoering.title, exact=True).check()
    frame.wait_for_selector("text=Ronde 1 (4 maart 2025)", timeout=TIMEOUT)
    assert frame.get_by_label(first, exact=True).nth(1).is_checked()
    assert frame.get_by_label(second, exact=True).nth(0).is_checked()
    text = frame.inner_text(".jupyter-widgets")
    assert "Na het <b>teamoverleg</b>" in text  # shown as typed, not as markup

    # A new round starts from the kept ticks: what changes is named per line.
    frame.get_by_label(first, exact=True).nth(0).check()
    frame.wait_for_selector("text=Nu (nog niet bewaard)", timeout=TIMEOUT)
    text = frame.inner_text(".jupyter-widgets")
    assert re.search(r"Eerst:\s*Wil ik meer gaan doen\.\s*Nu:\s*Doe ik al en wil ik meer gaan doen", text)
    live_page.screenshot(path=str(tmp_path / "checklist-na-herladen.png"), full_page=True)

    with live_page.expect_download() as info:
        frame.locator("a.cpw-download").click()
    saved = tmp_path / "checklists.html"
    info.value.save_as(saved)
    doc = saved.read_text(encoding="utf-8")
    assert first in doc and "Ronde 1 (4 maart 2025)" in doc and "&lt;b&gt;teamoverleg" in doc
    # "Druk je checklists af" opens the same page in a new window (to print from).
    with live_page.context.expect_page() as popup:
        frame.locator("button.cpw-print").click()
    printed = popup.value
    printed.wait_for_selector("h1", timeout=TIMEOUT)
    assert first in printed.inner_text("body") and "Ronde 1 (4 maart 2025)" in printed.inner_text("body")
    printed.close()
    shown = live_page.context.new_page()
    shown.set_content(doc)  # as the browser shows the downloaded file (no request)
    shown.screenshot(path=str(tmp_path / "checklist-afdruk.png"), full_page=True)
