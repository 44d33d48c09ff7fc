"""The kept checklists (chapter 8), driven from Python: ticking, saving rounds,
the change since the last round, restoring from the answer store, a damaged
stored answer, and the page to print or download."""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import re

import pytest

from cpw_widgets.answers import AnswerStore
from cpw_widgets.content.loader import load_checklists
from cpw_widgets.widgets import ChecklistExercise, ChecklistPanel
from cpw_widgets.widgets.checklist import (
    checklist_document,
    download_link,
    read_rounds,
    round_changes,
)

DAY1, DAY2 = dt.date(2025, 3, 4), dt.date(2025, 4, 10)
EVIL = "<script>alert('x')</script> & \"zo\""


@pytest.fixture
def store(tmp_path):
    return AnswerStore(tmp_path / "antwoorden.json")


@pytest.fixture
def checklists():
    return load_checklists()


def panel_of(checklists, store, cid="uitvoering", today=DAY1, answer=None) -> ChecklistPanel:
    checklist = next(c for c in checklists if c.id == cid)
    return ChecklistPanel(checklist, store=store, answer=answer, today=today)


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def test_a_round_is_kept_under_its_own_key_with_date_note_and_ticks(store, checklists):
    page = ChecklistExercise(checklists, store=store, today=DAY1)
    assert store.all() == {}  # making the page never writes
    panel = page.show("voorbereiding")
    assert panel.layout.display == "" and page.panels["uitvoering"].layout.display == "none"
    panel.tick(0, "done")
    panel.tick(2, "done")
    panel.tick(2, "more")
    panel.tick(5, "more")
    panel.note.value = "  Na het teamoverleg.  "
    assert panel.save_round()
    assert "4 maart 2025" in panel.status.value and "bewaard" in panel.status.value
    stored = store.load("checklist-voorbereiding")
    (only,) = stored["rounds"]
    assert (only["date"], only["note"], only["done"], only["more"]) == (
        "2025-03-04", "Na het teamoverleg.", [0, 2], [2, 5])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", only["at"])
    assert set(store.all()) == {"checklist-voorbereiding"}  # the other checklists untouched
    assert panel.note.value == ""  # ready for the next round; the ticks stay as a start


def test_the_second_round_shows_what_changed_per_line(store, checklists):
    panel = panel_of(checklists, store)
    lines = panel.checklist.items
    panel.tick(0, "more")
    panel.tick(1, "done")
    panel.save_round()

    later = panel_of(checklists, store, today=DAY2)  # a later visit
    assert later.ticks == {"done": [1], "more": [0]}  # last round's ticks are the start
    later.tick(0, "more", False)
    later.tick(0, "done")
    # Before saving: the new ticks beside the saved round, and the change in words.
    text = visible_text(later.overview.value)
    assert "Ronde 1 (4 maart 2025)" in text and "Nu (nog niet bewaard)" in text
    assert re.search(rf"{re.escape(lines[0])}\s+Eerst:\s+Wil ik meer gaan doen\.\s+Nu:\s+Doe ik al\s*\.", text)
    assert lines[1] not in text.split("Veranderd sinds")[1].split("Je notities")[0]  # unchanged line
    later.date.value = DAY2
    later.note.value = "Beter gelukt."
    later.save_round()
    text = visible_text(later.overview.value)
    assert "Ronde 2 (10 april 2025)" in text and "Nu (nog niet bewaard)" not in text
    assert "Veranderd sinds Ronde 1 (4 maart 2025)" in text and "Beter gelukt." in text
    assert [r["date"] for r in store.load("checklist-uitvoering")["rounds"]] == ["2025-03-04", "2025-04-10"]


def test_round_changes_name_both_columns(checklists):
    checklist = checklists[0]
    changed = round_changes(checklist, {"done": [], "more": [3]}, {"done": [3], "more": [3, 4]})
    assert changed == [
        (checklist.items[3], "Wil ik meer gaan doen", "Doe ik al en wil ik meer gaan doen"),
        (checklist.items[4], "niet aangekruist", "Wil ik meer gaan doen"),
    ]
    assert round_changes(checklist, {"done": [1]}, {"done": [1], "more": []}) == []


def test_restored_from_the_store_and_from_a_given_answer(store, checklists):
    first = panel_of(checklists, store, cid="reflectie")
    first.tick(3, "more")
    first.save_round()
    again = panel_of(checklists, store, cid="reflectie")
    assert again.rounds == first.rounds and again.ticks == {"done": [], "more": [3]}
    given = panel_of(checklists, None, cid="reflectie", answer=first.answer)
    assert given.answer == first.answer
    # an answer from before rounds existed, or none: an empty checklist, no warning
    for old in ({}, {"something": 1}, None):
        empty = panel_of(checklists, None, answer=old)
        assert empty.rounds == [] and empty.damage.value == "" and empty.answer == {"rounds": []}


@pytest.mark.parametrize("damaged", [
    {"rounds": "kapot"},
    {"rounds": [{"date": "2025-01-01", "done": [0], "more": []}, "rommel",
                {"date": "2025-02-01", "done": ["nul"], "more": []}, 7]},
    {"rounds": [{"date": 12, "note": None, "done": [0, 0, 99], "more": [], "at": False}],
     "unreadable": "oud"},
])
def test_a_damaged_answer_gets_a_dutch_message_and_loses_nothing(tmp_path, checklists, damaged):
    path = tmp_path / "antwoorden.json"
    path.write_text(json.dumps({"checklist-uitvoering": damaged}), encoding="utf-8")
    store = AnswerStore(path)
    panel = panel_of(checklists, store)
    good, bad = read_rounds(damaged)
    if bad:
        assert "kon niet worden gelezen" in panel.damage.value and "niets verloren" in panel.damage.value
    assert len(panel.rounds) == len(good)
    panel.tick(4, "done")
    assert panel.save_round()
    saved = json.loads(path.read_text(encoding="utf-8"))["checklist-uitvoering"]
    assert saved["rounds"][-1]["done"][-1] == 4  # the new round is kept ...
    assert saved.get("unreadable", []) == bad  # ... beside everything that could not be read
    kept = json.dumps(saved)
    for piece in ('"kapot"', '"rommel"', '"nul"', '"oud"', "12", "99"):
        if piece in json.dumps(damaged):
            assert piece in kept


def test_a_hand_edited_round_shows_escaped_and_odd_values_do_no_harm(checklists):
    answer = {"rounds": [{"date": "<b>gisteren</b>", "note": EVIL, "done": [0, 99], "more": []}]}
    panel = panel_of(checklists, None, answer=answer)
    assert "<script>" not in panel.overview.value and "<b>gisteren" not in panel.overview.value
    assert "&lt;script&gt;" in panel.overview.value and "&lt;b&gt;gisteren" in panel.overview.value
    assert panel.ticks == {"done": [0], "more": []}  # line 99 does not exist: ignored on screen
    assert panel.answer["rounds"][0]["done"] == [0, 99]  # but kept as it was


def test_the_page_to_print_holds_every_line_and_round_escaped(store, checklists):
    page = ChecklistExercise(checklists, store=store, today=DAY1)
    panel = page.show("uitvoering")
    panel.tick(0, "more")
    panel.note.value = EVIL
    panel.save_round()
    panel.tick(0, "done")
    panel.date.value = DAY2
    panel.save_round()

    doc = checklist_document(checklists, page.answers, made="2025-04-10")
    assert doc.startswith("<!DOCTYPE html>") and "lang='nl'" in doc and "@media print" in doc
    assert "<script>" not in doc and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in doc
    text = visible_text(doc)
    for checklist in checklists:
        assert checklist.title in text
        for line in checklist.items:
            assert line in text
    assert "Ronde 1 (4 maart 2025)" in text and "Ronde 2 (10 april 2025)" in text
    assert "Veranderd sinds Ronde 1 (4 maart 2025)" in text
    # the two checklists without rounds are there empty, to fill in by hand
    assert text.count("nog geen ronde bewaard") == 2

    # The download link and the print button carry exactly that page.
    link = page.download.value
    href = re.search(r"href='data:text/html;charset=utf-8;base64,([A-Za-z0-9+/=]+)'", link).group(1)
    today = dt.date.today().isoformat()
    assert base64.b64decode(href).decode("utf-8") == checklist_document(checklists, page.answers, made=today)
    assert f"download='mijn-checklists-{today}.html'" in link
    assert re.search(r"<button type='button' class='cpw-print' data-doc='([A-Za-z0-9+/=]+)'", link).group(1) == href


def test_download_link_without_rounds_still_offers_the_empty_checklists(checklists):
    link = download_link(checklists, {}, made="2025-01-02")
    doc = base64.b64decode(re.search(r"base64,([A-Za-z0-9+/=]+)'", link).group(1)).decode("utf-8")
    assert visible_text(doc).count("nog geen ronde bewaard") == 3


def test_checkboxes_are_labelled_with_the_line_and_there_is_no_score(checklists):
    page = ChecklistExercise(checklists, today=DAY1)
    for checklist in checklists:
        panel = page.panels[checklist.id]
        for column in ("done", "more"):
            assert [b.description for b in panel.boxes[column]] == list(checklist.items)
    everything = " ".join(w.value for p in page.panels.values() for w in p.children
                          if hasattr(w, "value") and isinstance(w.value, str))
    assert "score" not in everything.lower() and "punten" not in everything.lower()


def test_without_a_store_saving_says_so(checklists):
    panel = panel_of(checklists, None)
    panel.tick(0, "done")
    assert panel.save_round() is False
    assert "geen opslag" in panel.status.value and len(panel.rounds) == 1


def test_no_checklists_is_a_clear_error():
    with pytest.raises(ValueError, match="geen checklists"):
        ChecklistExercise([])
