"""The sorting widgets' practice mode, driven from Python: choose in the lists,
click Controleer, read the ✓/✗ lines, reload from the store. Without a
solution (the graded assignment 04) they stay exactly as they were."""

from __future__ import annotations

import json

import pytest

from cpw_widgets.answers import AnswerStore
from cpw_widgets.content import load_intake_questions, load_intake_steps, load_intervision_questions
from cpw_widgets.widgets import MatchExercise, OrderExercise, SortExercise

STEPS = ["Eerst", "Dan", "Tot slot"]
GOOD, NOT_YET = 'aria-label="goed"', 'aria-label="nog niet"'  # the ✓ and ✗ marks


def marks(html: str) -> tuple[int, int]:
    """(✓ marks, ✗ marks) in the feedback (the summary may mention a ✗ in words)."""
    return html.count(GOOD), html.count(NOT_YET)


HINTS = {"Eerst": "Hier begin je.", "Dan": "Hier ga je <verder>.", "Tot slot": "Hier rond je af."}


def order(store=None, **kw):
    return OrderExercise(sorted(STEPS), key="volgorde", store=store, place_label="Stap {n}",
                         solution=STEPS, hints=HINTS, **kw)


def test_without_solution_nothing_changes():
    o = OrderExercise(STEPS, key="o")
    m = MatchExercise({"v1": "a"}, ["x"], key="m")
    s = SortExercise({"z1": "a"}, ["x", "y"], key="s")
    for ex in (o, m, s):
        assert not ex.practice
        assert not hasattr(ex, "check_button") and not hasattr(ex, "feedback")
        row = ex.children[-2].children
        assert row == (ex.save_button, ex.status) and ex.save_button.description == "Bewaar"
        with pytest.raises(RuntimeError):
            ex.check()


def test_order_check_saves_first_then_shows_verdict_per_place(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    o = order(store)
    assert o.check_button.description == "Controleer" and o.save_button not in o.children
    assert o.feedback.value == "" and not store.path.exists()
    o.set_order(["Dan", "Eerst", ""])
    o.check_button.click()
    assert json.loads(store.path.read_text())["volgorde"]["order"] == ["Dan", "Eerst", ""]
    assert "bewaard" in o.status.value and "plek 3" in o.status.value
    fb = o.feedback.value
    assert marks(fb) == (0, 3)
    assert "Stap 1" in fb and "Hier begin je." in fb
    assert "Hier ga je &lt;verder&gt;." in fb  # escaped
    o.set_order(STEPS)
    result = o.check()
    assert result.passed
    assert marks(o.feedback.value) == (3, 0)
    assert "Knap gedaan" in o.feedback.value


def test_order_restored_from_store_with_its_feedback(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    o = order(store)
    o.set_order(["Eerst", "Tot slot", "Dan"])
    o.check()
    again = order(AnswerStore(tmp_path / "a.json"))
    assert again.order == ["Eerst", "Tot slot", "Dan"]
    assert marks(again.feedback.value) == (1, 2)
    assert order(AnswerStore(tmp_path / "leeg.json")).feedback.value == ""


def test_order_empty_check_asks_to_choose():
    o = order()
    assert o.check().criteria == {}
    assert "nog geen stappen gekozen" in o.feedback.value and "geen opslag" in o.status.value


def test_bad_solution_is_refused():
    with pytest.raises(ValueError):
        OrderExercise(STEPS, key="o", solution=["Eerst", "Dan"])
    with pytest.raises(ValueError):
        MatchExercise({"v1": "a"}, ["x"], key="m", solution={"v1": "z"})
    with pytest.raises(ValueError):
        MatchExercise({"v1": "a", "v2": "b"}, ["x"], key="m", solution={"v1": "x"})


def test_match_check_per_question_with_explanation(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    items = {"v1": "Mag ik <b>beginnen</b>?", "v2": "Wat wilt u bereiken?"}
    kw = dict(key="koppelen", store=store, solution={"v1": "Mandaat", "v2": "Doel"},
              explanations={"v1": "Je vraagt toestemming.", "v2": "Je vraagt naar een beeld."})
    m = MatchExercise(items, ["Doel", "Mandaat"], **kw)
    assert "Mag ik &lt;b&gt;beginnen&lt;/b&gt;?" in m.children[0].children[0].value
    m.choose("v1", "Mandaat")
    m.choose("v2", "Mandaat")
    m.check_button.click()
    assert store.load("koppelen") == {"choices": {"v1": "Mandaat", "v2": "Mandaat"}}
    fb = m.feedback.value
    assert "Vraag 1" in fb and "Klopt: Mandaat. Je vraagt toestemming." in fb
    assert "Mandaat past hier minder goed. Je vraagt naar een beeld." in fb
    assert marks(fb) == (1, 1)
    again = MatchExercise(items, ["Doel", "Mandaat"], **kw)
    assert again.choices == {"v1": "Mandaat", "v2": "Mandaat"} and again.feedback.value == fb
    again.choose("v2", "Doel")
    assert again.check().passed and marks(again.feedback.value) == (2, 0)


def test_the_practice_page_material_works_in_the_widgets(tmp_path):
    """The three parts of notebooks/oefening-intake-intervisie, answered right."""
    store = AnswerStore(tmp_path / "a.json")
    steps = load_intake_steps()
    names = [s.name for s in steps]
    o = OrderExercise(sorted(names), key="intake-volgorde", store=store, place_label="Stap {n}",
                      solution=names, hints={s.name: s.hint for s in steps})
    o.set_order(names)
    assert o.check().passed
    by_id = {s.id: s.name for s in steps}
    questions = load_intake_questions()
    m = MatchExercise({q.id: q.text for q in questions}, names, key="intake-koppelen", store=store,
                      solution={q.id: by_id[q.step] for q in questions},
                      explanations={q.id: q.explanation for q in questions})
    for q in questions:
        m.choose(q.id, by_id[q.step])
    assert m.check().passed
    sentences = load_intervision_questions()
    s = SortExercise({z.id: z.text for z in sentences}, ["Verhelderende vraag", "Verkapte tip"],
                     key="intervisie-sorteren", store=store,
                     solution={z.id: z.category for z in sentences},
                     explanations={z.id: z.explanation for z in sentences})
    s.choose(sentences[0].id, "Verkapte tip" if sentences[0].category != "Verkapte tip"
             else "Verhelderende vraag")
    result = s.check()
    assert not result.passed and marks(s.feedback.value) == (0, len(sentences))
    assert s.lists[sentences[0].id].description == "Zin 1 is een"


def test_an_exercises_lists_and_rows_share_their_look_and_keep_their_own_values():
    """Alike parts share one layout and one style (each would be a model of its
    own for the page to create), yet every list keeps its own choice."""
    m = MatchExercise({"v1": "eerste", "v2": "tweede", "v3": "derde"}, ["x", "y"], key="m")
    lists = list(m.lists.values())
    rows = [c for c in m.children if c.__class__.__name__ == "VBox"]
    labels = [row.children[0] for row in rows]
    assert len(rows) == 3 and [row.children[1] for row in rows] == lists
    for parts in (lists, rows, labels):
        assert len({id(p.layout) for p in parts}) == 1
    assert len({id(d.style) for d in lists}) == len({id(h.style) for h in labels}) == 1
    assert lists[0].layout.width == "auto" and lists[0].style.description_width == "initial"
    assert lists[0].layout is not rows[0].layout is not labels[0].layout
    m.choose("v2", "y")
    assert [d.value for d in lists] == ["", "y", ""] and m.choices == {"v2": "y"}
    # Another exercise has its own.
    other = OrderExercise(STEPS, key="o")
    assert other.places[0].layout is not lists[0].layout
    assert len({id(p.layout) for p in other.places}) == 1
