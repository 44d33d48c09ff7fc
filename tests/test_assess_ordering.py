"""assess.ordering: per-place and per-item verdicts with Dutch, progress-focused feedback."""

from __future__ import annotations

from cpw_widgets.assess import assess_matches, assess_order

RIGHT = ["Mandaat krijgen", "Sturen op nut", "Behoefte"]
HINTS = {"Mandaat krijgen": "Hier vraag je toestemming.", "Sturen op nut": "Hier vraag je naar het nut.",
         "Behoefte": "Hier zoek je uit wat beter moet."}
ITEMS = [("v1", "Stap A", "Je vraagt toestemming."), ("v2", "Stap B", "Je vraagt naar het doel."),
         ("v3", "Stap A", "Je bedankt eerst.")]


def test_order_all_right():
    a = assess_order(RIGHT, RIGHT, HINTS)
    assert a.passed and a.score == 1.0
    assert list(a.criteria) == ["plek-1", "plek-2", "plek-3"]
    assert a.criteria["plek-1"].label == "Stap 1"
    assert "Mandaat krijgen staat al op zijn plek" in a.criteria["plek-1"].feedback
    assert "Alle 3 stappen staan op hun plek" in a.message


def test_order_all_wrong_gives_hints_of_what_belongs_there():
    a = assess_order(["Behoefte", "Mandaat krijgen", "Sturen op nut"], RIGHT, HINTS)
    assert not a.passed and a.score == 0
    first = a.criteria["plek-1"]
    assert not first.passed
    assert "Behoefte hoort op een andere plek" in first.feedback
    assert "Hier vraag je toestemming." in first.feedback  # the hint of the right step
    assert "fout" not in (a.message + first.feedback).lower()
    assert "hint" in a.message.lower()


def test_order_partly_right_says_what_is_already_in_place_and_names_doubles():
    a = assess_order(["Mandaat krijgen", "Mandaat krijgen", ""], RIGHT, HINTS, place_label="Plek {n}")
    assert [c.passed for c in a.criteria.values()] == [True, False, False]
    assert a.criteria["plek-3"].label == "Plek 3"
    assert "nog open" in a.criteria["plek-3"].feedback and "wat beter moet" in a.criteria["plek-3"].feedback
    assert a.message.startswith("1 van de 3 stappen staat al op zijn plek.")
    assert "\u201cMandaat krijgen\u201d staat er vaker dan één keer in" in a.message
    two = assess_order(["Mandaat krijgen", "Sturen op nut"], RIGHT, HINTS)  # short list: rest is open
    assert two.message.startswith("2 van de 3 stappen staan al op hun plek.")


def test_order_empty():
    for empty in ([], ["", "", ""]):
        a = assess_order(empty, RIGHT, HINTS)
        assert a.criteria == {} and not a.passed
        assert "nog geen stappen gekozen" in a.message


def test_matches_right_wrong_open():
    a = assess_matches(ITEMS, {"v1": "Stap A", "v2": "Stap A"})
    v1, v2, v3 = (a.criteria[i] for i in ("v1", "v2", "v3"))
    assert v1.passed and v1.label == "Vraag 1"
    assert v1.feedback == "Klopt: Stap A. Je vraagt toestemming."
    assert not v2.passed and v2.feedback.startswith("Stap A past hier minder goed.")
    assert "Je vraagt naar het doel." in v2.feedback  # the explanation as a hint
    assert "Stap B" not in v2.feedback               # without giving the answer away
    assert not v3.passed and "nog niets gekozen" in v3.feedback
    assert a.message.startswith("1 van de 3 antwoorden klopt al.")


def test_matches_all_right_and_empty():
    a = assess_matches(ITEMS, {"v1": "Stap A", "v2": "Stap B", "v3": "Stap A"}, item_label="Zin {n}")
    assert a.passed and a.criteria["v3"].label == "Zin 3"
    assert "Alle 3 antwoorden kloppen" in a.message
    empty = assess_matches(ITEMS, {})
    assert empty.criteria == {} and "nog niets gekozen" in empty.message
    assert assess_matches(ITEMS, {"v1": ""}).criteria == {}
