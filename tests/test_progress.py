"""Mijn voortgang: the registry, state per exercise, the chart, disputes, download,
import and wipe. The verdicts come from fake assessors where the real ones do not matter."""

from __future__ import annotations

import base64
import datetime
import html
import json
import random
import re
from pathlib import Path

import nbformat
import pytest

import cpw_widgets.assess as assess
from cpw_widgets.answers import AnswerStore, ImportProblem, export_answers, read_export
from cpw_widgets.assess.circle import assess_circle
from cpw_widgets.assess.criteria import CIRCLE_CRITERIA, REQUEST_CRITERIA
from cpw_widgets.assess.models import Assessment, CriterionResult
from cpw_widgets.content import ContentError, load_circle_prompts, load_exercises, load_feedback_items
from cpw_widgets.content.loader import load_checklists
from cpw_widgets.content.models import FeedbackItem
from cpw_widgets.widgets import CircleExercise, DrawExercise, InterventionDrill, PairDrill, RequestExercise
from cpw_widgets.widgets.progress import ProgressView, page_link
from cpw_widgets.widgets.progress_state import DONE, NOT_STARTED, STARTED, overview, status_of, to_practise

REPO = Path(__file__).resolve().parents[1]
ITEM = FeedbackItem(id="team-te-laat-overleg", context="Overleg.", feedback="Altijd te laat.",
                    models=("Zou je om negen uur willen beginnen? Dan zijn we op tijd klaar.",))


def fake_request(text: str) -> Assessment:
    """Passes a criterion when its key is in the text."""
    return Assessment({k: CriterionResult(k in text, f"Over {k}", label=k) for k in REQUEST_CRITERIA}, text=text)


def fake_statement(text: str) -> Assessment:
    return Assessment({"positive": CriterionResult("niet" not in text.split(), "hint")}, text=text)


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(assess, "assess_request", fake_request, raising=False)
    monkeypatch.setattr(assess, "assess_statement", fake_statement, raising=False)


def entry(key: str):
    return next(e for e in load_exercises().exercises if e.key == key)


# -- the registry --------------------------------------------------------------

def notebook_keys() -> set[str]:
    keys = set()
    for path in (REPO / "notebooks").glob("*.ipynb"):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                keys |= set(re.findall(r'\bkey="([^"]+)"', cell.source))
    return keys


def test_registry_holds_every_key_the_notebooks_store():
    keys = set(load_exercises().keys)
    assert notebook_keys() and notebook_keys() <= keys, notebook_keys() - keys


#: The widget that stores each kind of answer (a drawer: by the exercise it draws).
WIDGET_KIND = {"InterventionQuiz": "quiz", "InterventionDrill": "drill", "PairDrill": "drill",
               "RequestExercise": "request", "CircleExercise": "circle", "OrderExercise": "order",
               "MatchExercise": "match", "PrincipleExercise": "match", "SortExercise": "sort",
               "QuestionRound": "question", "ComplimentRound": "compliment"}


def notebook_kinds() -> dict[str, tuple[str, str]]:
    """Per key stored by a notebook: (page, kind), from the widget called with ``key="..."``."""
    found = {}
    for path in (REPO / "notebooks").glob("*.ipynb"):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "code":
                continue
            for m in re.finditer(r'\bkey="([^"]+)"', cell.source):
                depth, i = 0, m.start()
                while i > 0 and depth >= 0:  # back to the "(" of the call this key belongs to
                    i -= 1
                    depth += {")": 1, "(": -1}.get(cell.source[i], 0)
                widget = re.search(r"(\w+)$", cell.source[:i]).group(1)
                if widget == "DrawExercise":
                    inner = re.search(r"lambda[^:]*:\s*(\w+)\(", cell.source[i:m.start()]).group(1)
                    kind = "draw-" + WIDGET_KIND[inner]
                else:
                    kind = WIDGET_KIND[widget]
                found[m.group(1)] = (f"notebooks/{path.stem}", kind)
            # widgets that name their own keys: a conversation by its data id, the
            # checklists one key per checklist of the data
            for m in re.finditer(r'\bDialogueExercise\("([^"]+)"', cell.source):
                found[f"dialoog-{m.group(1)}"] = (f"notebooks/{path.stem}", "dialogue")
            if re.search(r"\bChecklistExercise\(load_checklists\(\)", cell.source):
                for checklist in load_checklists():
                    found[f"checklist-{checklist.id}"] = (f"notebooks/{path.stem}", "checklist")
    return found


def test_registry_kind_and_page_match_the_widget_that_stores_each_key():
    kinds = notebook_kinds()
    assert {"progressieverzoek-meer", "cirkel-meer", "interventies-paren"} <= set(kinds)
    registered = {e.key: (e.page, e.kind) for e in load_exercises().exercises}
    assert {k: registered[k] for k in kinds} == kinds
    # and nothing is registered that no page stores
    assert set(registered) == set(kinds)


def test_registry_pages_chapters_and_sections_exist():
    reg = load_exercises()
    for e in reg.exercises:
        assert (REPO / f"{e.page}.ipynb").is_file() or (REPO / f"{e.page}.md").is_file(), e.page
        assert (REPO / f"{e.chapter}.md").is_file(), e.chapter
    for c in reg.criteria:
        page, anchor = c.section.split("#")
        text = (REPO / f"{page}.md").read_text(encoding="utf-8")
        # Sphinx's anchor of a heading: lower case, words joined by '-'
        slugs = {re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")
                 for h in re.findall(r"^#+ (.+)$", text, re.M)}
        assert anchor in slugs or f"({anchor})=" in text, c.section
        assert (REPO / f"{c.practice}.ipynb").is_file()


def test_registry_covers_every_free_text_criterion_and_item_counts_match_content():
    from cpw_widgets.content import load_intake_questions, load_intervision_questions
    from cpw_widgets.content.loader import load_intervision_phases, load_principle_situations, load_seven_steps

    reg = load_exercises()
    for kind, criteria in (("request", REQUEST_CRITERIA), ("circle", CIRCLE_CRITERIA)):
        assert {c.criterion for c in reg.criteria if c.kind == kind} == set(criteria)
    assert entry("intake-koppelen").items == len(load_intake_questions())
    assert entry("intervisie-sorteren").items == len(load_intervision_questions())
    assert entry("uitgangspunten-situaties").items == len(load_principle_situations())
    assert entry("zeven-stappen-volgorde").items == len(load_seven_steps())
    assert entry("zeven-stappen-vragen").items == sum(len(s.questions) for s in load_seven_steps())
    assert entry("intervisie-fasen").items == len(load_intervision_phases())


@pytest.mark.parametrize("text, expected", [
    ("exercises: []\ncriteria: []\n", "moet een lijst met minstens één item"),
    ("- key: a\n", "precies twee lijsten"),
    ("exercises:\n  - key: a\n    title: A\n    page: notebooks/x\n    kind: raadsel\n    chapter: book/y\n"
     "criteria:\n  - kind: request\n    criterion: positive\n    section: book/y#z\n    practice: notebooks/x\n",
     'het veld "kind" is "raadsel"'),
    ("exercises:\n  - key: a\n    title: A\n    page: notebooks/x\n    kind: match\n    chapter: book/y\n"
     "criteria:\n  - kind: request\n    criterion: positive\n    section: book/y\n    practice: notebooks/x\n",
     "hoeveel items"),
    ("exercises:\n  - key: a\n    title: A\n    page: x.html\n    kind: quiz\n    chapter: book/y\n"
     "criteria:\n  - kind: request\n    criterion: positive\n    section: book/y#z\n    practice: notebooks/x\n",
     'het veld "page" is "x.html"'),
    ("exercises: [\n", "niet te lezen"),
])
def test_a_broken_registry_gets_a_dutch_message(tmp_path, text, expected):
    path = tmp_path / "exercises.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(expected)):
        load_exercises(path)


def test_a_registry_with_two_equal_keys_is_refused(tmp_path):
    one = "  - key: a\n    title: A\n    page: notebooks/x\n    kind: quiz\n    chapter: book/y\n"
    path = tmp_path / "exercises.yaml"
    path.write_text("exercises:\n" + one + one + "criteria:\n  - kind: circle\n    criterion: step\n"
                    "    section: book/y#z\n    practice: notebooks/x\n", encoding="utf-8")
    with pytest.raises(ContentError, match="komt al voor bij item nr. 1"):
        load_exercises(path)


# -- state per exercise ---------------------------------------------------------

def test_states_of_each_kind():
    def st(key, answer):
        return status_of(entry(key), answer, judge_request=fake_request, judge_statement=fake_statement).state

    assert st("progressieverzoek-1", None) == NOT_STARTED
    assert st("progressieverzoek-1", {"item": "x", "text": "", "attempts": 0}) == NOT_STARTED
    half = {"attempt": 1, "at": "", "verdicts": {"positive": True, "concrete": False}}
    full = {"attempt": 2, "at": "", "verdicts": {"positive": True, "concrete": None}}  # a twijfel is fine
    assert st("progressieverzoek-1", {"text": "t", "attempts": 1, "history": [half]}) == STARTED
    assert st("progressieverzoek-1", {"text": "t", "attempts": 2, "history": [half, full]}) == DONE
    assert st("interventies", {"order": ["a", "b"], "choices": {"a": "x"}, "index": 1}) == STARTED
    assert st("interventies", {"order": ["a", "b"], "choices": {"a": "x", "b": "y"}, "index": 2}) == DONE
    assert st("interventies", {"order": ["a", "b"], "choices": {}, "index": 0}) == NOT_STARTED
    assert st("intake-volgorde", {"order": ["A", "", "C"]}) == STARTED
    assert st("intake-volgorde", {"order": ["A", "B", "C", "D", "E", "F", "G"]}) == DONE
    assert st("intake-koppelen", {"choices": {"q1": "Stap"}}) == STARTED
    assert st("intake-koppelen", {"choices": {f"q{i}": "Stap" for i in range(7)}}) == DONE
    assert st("intervisie-sorteren", {"choices": {}}) == NOT_STARTED
    good_circle = {"prompt": "p", "inner": ["Een", "Twee"], "outer": ["Drie", "Vier"], "step_item": "Vier",
                   "step": "Morgen bel ik Ans"}
    assert st("cirkel", good_circle) == DONE  # stored before history existed: judged once
    assert st("cirkel", good_circle | {"inner": ["Een"]}) == STARTED
    assert st("cirkel", {"prompt": "p", "inner": [], "outer": [], "step_item": "", "step": ""}) == NOT_STARTED


def test_garbage_answers_never_raise():
    for garbage in ({"attempts": "veel", "history": "x", "text": 5}, {"history": [1, {"verdicts": {"a": 2}}]},
                    {"order": "x", "choices": [1]}, {"inner": "x", "outer": None}, {"choices": {"a": 3}}):
        for e in load_exercises().exercises:
            status_of(e, garbage, judge_request=fake_request, judge_statement=fake_statement)


# -- the practice pages' answers, made by driving the real widgets -------------------

def read(store: AnswerStore, key: str):
    """The state Mijn voortgang derives from what the widget stored."""
    return status_of(entry(key), store.load(key))


def choose_fitting(drill) -> None:
    if drill.features_panel.layout.display != "none":
        drill.feature_button.click()
    drill.select(drill.current.intervention)
    drill.check_button.click()


def test_a_drill_is_done_after_a_whole_round_and_stays_done_in_the_next(tmp_path):
    from cpw_widgets.content import load_scenarios
    from cpw_widgets.content.loader import load_minimal_pairs

    store = AnswerStore(tmp_path / "a.json")
    drill = InterventionDrill(load_scenarios(), store=store, rng=random.Random(3))
    assert read(store, "interventies-meer").state == NOT_STARTED
    choose_fitting(drill)
    s = read(store, "interventies-meer")
    assert s.state == STARTED and s.detail == f"1 van de {len(drill.order)} situaties gedaan"
    pairs = PairDrill(load_minimal_pairs(), store=store, rng=random.Random(3))
    while pairs.current is not None:
        choose_fitting(pairs)
        pairs.next_button.click()
    assert read(store, "interventies-paren").state == DONE
    assert read(store, "interventies-paren").detail == "1 ronde af"
    pairs.again_button.click()  # Nieuwe ronde: a new order, nothing chosen yet
    choose_fitting(pairs)
    s = read(store, "interventies-paren")
    assert s.state == DONE and s.detail == f"1 ronde af; in deze ronde 1 van de {len(pairs.order)} situaties gedaan"
    again = PairDrill(load_minimal_pairs(), store=store)
    assert again.rounds == 1 and again.answer == store.load("interventies-paren")


def test_order_and_match_on_the_practice_pages_are_done_when_all_is_filled_in(tmp_path):
    from cpw_widgets.content.loader import (PRINCIPLES, load_intervision_phases, load_principle_situations,
                                            load_seven_steps)
    from cpw_widgets.widgets import MatchExercise, OrderExercise, PrincipleExercise

    store = AnswerStore(tmp_path / "a.json")
    for key, names in (("zeven-stappen-volgorde", [s.name for s in load_seven_steps()]),
                       ("intervisie-fasen", [p.name for p in load_intervision_phases()])):
        ex = OrderExercise(sorted(names), key=key, store=store, solution=names)
        ex.set_order(names[:2])
        ex.check_button.click()
        assert (read(store, key).state, read(store, key).detail) == (STARTED, f"2 van de {len(names)} ingevuld")
        ex.set_order(names)
        ex.check_button.click()
        assert read(store, key).state == DONE
    steps = load_seven_steps()
    questions = {f"{s.id}-{n}": (q, s.name) for s in steps for n, q in enumerate(s.questions, 1)}
    situations = load_principle_situations()
    for key, ex, solution in (
            ("zeven-stappen-vragen",
             MatchExercise({i: q for i, (q, _) in questions.items()}, [s.name for s in steps],
                           key="zeven-stappen-vragen", store=store,
                           solution={i: name for i, (_, name) in questions.items()}),
             {i: name for i, (_, name) in questions.items()}),
            ("uitgangspunten-situaties",
             PrincipleExercise({s.id: s.text for s in situations}, PRINCIPLES, key="uitgangspunten-situaties",
                               store=store, solution={s.id: s.principle for s in situations}),
             {s.id: s.principle for s in situations})):
        assert read(store, key).state == NOT_STARTED
        first = next(iter(solution))
        ex.choose(first, solution[first])
        ex.check_button.click()
        assert read(store, key).state == STARTED
        for item, option in solution.items():
            ex.choose(item, option)
        ex.check_button.click()
        assert read(store, key).state == DONE, key


def request_drawer(store):
    return DrawExercise(load_feedback_items(), lambda item, key, st: RequestExercise(item, key=key, store=st),
                        key="progressieverzoek-meer", store=store, rng=random.Random(7))


def test_the_requests_drawn_feed_the_history_and_what_to_practise(fake, tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    drawer = request_drawer(store)
    assert read(store, "progressieverzoek-meer").state == NOT_STARTED
    first = next(i for i in load_feedback_items() if i.id == drawer.current_id)
    drawer.exercise.text.value = "positive concrete"
    drawer.exercise.check_button.click()
    drawer.new_button.click()
    drawer.exercise.text.value = "positive concrete reason invitation no_blame"
    drawer.exercise.check_button.click()
    s = read(store, "progressieverzoek-meer")
    assert s.state == STARTED and s.detail == "2 situaties geoefend, 1 daarvan helemaal in orde"
    assert [p.state for p in s.parts] == [STARTED, DONE]
    assert s.missed == ["reason", "invitation", "no_blame"]
    assert first.feedback in s.parts[0].entry.title
    registry = load_exercises()
    suggestions = to_practise(overview(registry, store.all()), registry)
    reason = next(x for x in suggestions if x.title == "Met een reden")
    assert reason.where == (s.parts[0].entry.title,) and reason.help.section.startswith("book/04")
    assert all(x.entry is None or x.entry.key != "progressieverzoek-meer" for x in suggestions)
    drawer.exercise.dispute.choose("no_blame")
    drawer.exercise.dispute.save()
    view = ProgressView(store)
    assert html.escape(s.parts[1].entry.title) in view.charts.value  # a chart per situation drawn
    assert "Zonder verwijt" in view.disputes.value and html.escape(first.feedback) in view.charts.value
    while drawer.current_id != first.id:  # the first one again, now in order
        drawer.new_button.click()
    drawer.exercise.text.value = "positive concrete reason invitation no_blame"
    drawer.exercise.check_button.click()
    s = read(store, "progressieverzoek-meer")
    assert s.state == DONE and s.missed == [] and s.parts[0].improved == ["reason", "invitation", "no_blame"]


def test_the_circles_drawn_are_read_and_shown(fake, tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    drawer = DrawExercise(load_circle_prompts(), lambda p, key, st: CircleExercise(p, key=key, store=st),
                          key="cirkel-meer", store=store, rng=random.Random(2))
    topic = next(p.topic for p in load_circle_prompts() if p.id == drawer.current_id)
    circle = drawer.exercise
    circle.add_inner("We beginnen op tijd")
    circle.save_button.click()
    s = read(store, "cirkel-meer")
    assert s.state == STARTED and s.detail == "1 onderwerp geoefend, 0 daarvan helemaal in orde"
    assert "outer" in s.missed and topic in s.parts[0].entry.title
    circle.add_inner("Iedereen heeft de agenda gelezen")
    circle.add_outer("We ronden om tien uur af")
    circle.add_outer("Iedereen komt aan het woord")
    circle.choose_step("We ronden om tien uur af")
    circle.set_step("Morgen zet ik een eindtijd op de agenda")
    circle.save_button.click()
    assert read(store, "cirkel-meer").state == DONE
    view = ProgressView(store)
    assert view.circles.value.count("<svg") == 1 and html.escape(topic) in view.circles.value


def test_an_old_request_answer_without_history_is_judged_once_from_its_text():
    s = status_of(entry("progressieverzoek-1"), {"item": "x", "text": "positive reason", "attempts": 3},
                  judge_request=fake_request)
    assert s.state == STARTED and "3 pogingen" in s.detail
    assert s.latest == {k: k in ("positive", "reason") for k in REQUEST_CRITERIA}
    assert s.missed == ["concrete", "invitation", "no_blame"]


def test_history_shows_what_went_from_not_yet_to_good_and_what_to_practise(fake, tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    ex = RequestExercise(ITEM, key="progressieverzoek-1", store=store)
    for text in ("positive", "positive concrete", "positive concrete reason invitation"):
        ex.text.value = text
        ex.check()
    (s,) = [s for s in overview(load_exercises(), store.all()) if s.entry.key == "progressieverzoek-1"]
    assert [h["attempt"] for h in s.history] == [1, 2, 3]
    assert s.improved == ["concrete", "reason", "invitation"]
    assert s.missed == ["no_blame"]
    suggestions = to_practise(overview(load_exercises(), store.all()), load_exercises())
    assert suggestions[0].title == "Zonder verwijt" and suggestions[0].help.section.startswith("book/04")
    view = ProgressView(store)
    assert "Gelukt na oefenen: Concreet gedrag, Met een reden, Als vraag." in view.charts.value
    assert view.charts.value.count('aria-label="nog niet"') == 4 + 3 + 1  # the ✗ cells
    assert "04-progressieverzoek.html#de-vijf-criteria" in view.practise.value


def test_history_keeps_at_most_the_limit(fake):
    from cpw_widgets.widgets.common import HISTORY_LIMIT

    ex = RequestExercise(ITEM, key="k")
    for _ in range(HISTORY_LIMIT + 5):
        ex.text.value = "positive"
        ex.check()
    assert len(ex.answer["history"]) == HISTORY_LIMIT
    assert ex.answer["history"][-1]["attempt"] == HISTORY_LIMIT + 5
    assert ex.answer["attempts"] == HISTORY_LIMIT + 5


# -- disputes ---------------------------------------------------------------------

def test_a_dispute_is_stored_in_the_agreed_format_and_restored(fake, tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    ex = RequestExercise(ITEM, key="progressieverzoek-1", store=store)
    assert ex.dispute.layout.display == "none"  # nothing to dispute before a verdict
    ex.text.value = "positive <b>concrete</b> 😀"
    ex.check()
    assert ex.dispute.layout.display == ""
    assert ex.dispute.choice.label.startswith("reason: nog niet")  # the first ✗ preselected
    ex.text.value = "alweer anders"  # the judged text is stored, not what the box holds now
    ex.dispute.show_form()
    ex.dispute.choose("concrete")
    ex.dispute.note.value = "Ik noem toch een tijd? <script>"
    assert ex.dispute.save()
    stored = json.loads((tmp_path / "a.json").read_text())["progressieverzoek-1"]
    (d,) = stored["disputes"]
    assert set(d) == {"criterion", "verdict", "text", "note", "at"}
    assert d["criterion"] == "concrete" and d["verdict"] is True
    assert d["text"] == "positive <b>concrete</b> 😀" and d["note"] == "Ik noem toch een tijd? <script>"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d["at"])
    again = RequestExercise(ITEM, key="progressieverzoek-1", store=AnswerStore(tmp_path / "a.json"))
    assert again.answer["disputes"] == [d]
    shown = ProgressView(AnswerStore(tmp_path / "a.json")).disputes.value
    assert "&lt;script&gt;" in shown and "<script>" not in shown and "&lt;b&gt;concrete" in shown


def test_a_circle_item_verdict_can_be_disputed(fake, tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    prompt = load_circle_prompts()[0]
    c = CircleExercise(prompt, key="cirkel", store=store)
    c.add_inner("Ik ben niet meer zenuwachtig")
    c.dispute.choose("positive", "Ik ben niet meer zenuwachtig")
    c.dispute.note.value = ""
    c.dispute.save()
    (d,) = store.load("cirkel")["disputes"]
    assert d["criterion"] == "positive" and d["verdict"] is False and d["note"] == ""
    assert d["text"] == "Ik ben niet meer zenuwachtig"
    assert CircleExercise(prompt, key="cirkel", store=store).disputes == [d]


def test_answers_stored_before_history_and_disputes_restore_as_before(fake):
    old = {"item": ITEM.id, "text": "positive", "attempts": 2}
    ex = RequestExercise(ITEM, key="k", answer=old)
    assert ex.answer == old and ex.attempts == 2 and "Poging 2" in ex.feedback.value
    old_circle = {"prompt": "p", "inner": ["A"], "outer": [], "step_item": "", "step": ""}
    prompt = load_circle_prompts()[0]
    c = CircleExercise(prompt, answer=old_circle | {"prompt": prompt.id})
    assert c.answer == old_circle | {"prompt": prompt.id}


# -- the circle assessor -----------------------------------------------------------

def test_assess_circle_checks():
    a = assess_circle(["Een"], ["Twee", "Drie"], "Drie", "Bel", judge=fake_statement)
    assert {k: c.passed for k, c in a.criteria.items()} == {
        "inner": False, "outer": True, "positive": True, "step": False}
    a = assess_circle(["Een", "niet twee"], ["Drie", "Vier"], "Vijf", "Morgen bel ik Ans", judge=fake_statement)
    assert a.criteria["positive"].passed is False and a.criteria["step"].passed is False


# -- download, import, wipe ------------------------------------------------------------

def downloaded(view: ProgressView) -> str:
    href = re.search(r'href="data:application/json;charset=utf-8;base64,([^"]+)"', view.download.value)
    return base64.b64decode(href.group(1)).decode("utf-8")


def test_download_wipe_with_confirmation_and_import_round_trip(fake, tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    ex = RequestExercise(ITEM, key="progressieverzoek-1", store=store)
    ex.text.value = "positive 😀 <img src=x onerror=alert(1)> " + "lang " * 5000
    ex.check()
    view = ProgressView(store)
    doc = downloaded(view)
    assert json.loads(doc)["antwoorden"] == store.all()  # readable, the whole store
    assert "😀" in doc  # not escaped to \\u codes: readable
    view.wipe_button.click()
    assert store.all() != {} and view.confirm.layout.display == ""  # only asked
    view.cancel_button.click()
    assert store.all() != {}
    view.wipe_button.click()
    view.confirm_button.click()
    assert store.all() == {} and "gewist" in view.status.value
    assert "0 klaar" in view.overview.value and "nog geen antwoorden" in view.download.value
    assert view.restore(doc.encode("utf-8"))
    assert store.all() == json.loads(doc)["antwoorden"]
    assert f"teruggezet (1 van de {len(load_exercises().keys)} oefeningen)" in view.status.value
    assert "<img" not in view.charts.value + view.overview.value


@pytest.mark.parametrize("data, message", [
    (b"", "leeg"),
    (b"\xff\xfe\x00garbage", "komt niet uit deze cursus"),
    (b"<html>hoi</html>", "komt niet uit deze cursus"),
    (b'{"antwoorden": {"progressieverzoek-1": {"text": "x"', "beschadigd"),
    (b"[1, 2, 3]", "komt niet uit deze cursus"),
    (b'{"naam": "Ans", "leeftijd": 40}', "komt niet uit deze cursus"),
    (b'{"iets": {"a": 1}}', "komt niet uit deze cursus"),
    (b'{"soort": "iets anders", "antwoorden": {}}', "komt niet uit deze cursus"),
    ('{"soort": "Oefenplaats Progressiegericht Werken: mijn antwoorden", "antwoorden": '
     '{"cirkel": "geen object"}}'.encode(), "beschadigd"),
    (b"{}", "nog geen antwoorden"),
    (b" " * 6_000_000, "te groot"),
])
def test_a_damaged_or_foreign_import_changes_nothing(tmp_path, data, message):
    store = AnswerStore(tmp_path / "a.json")
    store.save("cirkel", {"inner": ["Blijft staan"]})
    before = (tmp_path / "a.json").read_bytes()
    view = ProgressView(store)
    assert not view.restore(data)
    assert message in view.status.value
    assert (tmp_path / "a.json").read_bytes() == before


def test_a_bare_answers_file_is_accepted_and_merged(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    store.save("interventies", {"order": ["a"], "choices": {}, "index": 0})
    bare = json.dumps({"cirkel": {"inner": ["x"]}, "toekomstige-oefening": {"v": 1}})
    assert read_export(bare, known_keys=["cirkel"]) == {"cirkel": {"inner": ["x"]}, "toekomstige-oefening": {"v": 1}}
    assert ProgressView(store).restore(bare)
    assert set(store.all()) == {"interventies", "cirkel", "toekomstige-oefening"}
    with pytest.raises(ImportProblem):
        read_export(export_answers({"x": {"a": 1}}), known_keys=["cirkel"])


def test_upload_widget_restores(fake, tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    view = ProgressView(store)
    doc = export_answers({"cirkel": {"prompt": "p", "inner": ["Een"], "outer": [], "step_item": "", "step": ""}})
    view.upload.value = ({"name": "x.json", "type": "application/json", "size": len(doc),
                          "content": memoryview(doc.encode()),
                          "last_modified": datetime.datetime.now(datetime.timezone.utc)},)
    assert store.load("cirkel")["inner"] == ["Een"]
    assert view.upload.value == ()
    assert "begonnen" in view.overview.value


def test_view_escapes_and_shows_circles(fake, tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    store.save("cirkel", {"prompt": load_circle_prompts()[0].id, "inner": ["<b>vet</b> & 😀"],
                          "outer": ["</svg><script>x</script>"], "step_item": "", "step": ""})
    view = ProgressView(store)
    assert "<svg" in view.circles.value and "<script>" not in view.circles.value
    assert "&lt;b&gt;vet&lt;/b&gt;" in view.circles.value


def test_view_only_reads(tmp_path):
    ProgressView(AnswerStore(tmp_path / "a.json"))
    assert list(tmp_path.iterdir()) == []


def test_links_fit_where_the_page_runs():
    # The progress page is notebooks/mijn-voortgang.html, static and live alike.
    assert 'href="../book/04-x.html#y"' in page_link("book/04-x#y", "t")
    assert 'href="../book/04-x.html"' in page_link("book/04-x", "t") and "&lt;" in page_link("book/a", "<")


def test_a_conversation_and_a_checklist_driven_by_their_widgets_get_their_state(tmp_path):
    from cpw_widgets.content.dialogue import END, FIT
    from cpw_widgets.widgets import ChecklistExercise
    from cpw_widgets.widgets.dialogue import DialogueExercise

    store = AnswerStore(tmp_path / "antwoorden.json")
    entries = {e.key: e for e in load_exercises().exercises}
    talk = DialogueExercise("intake-ondernemer", store=store)
    key = "dialoog-intake-ondernemer"
    assert status_of(entries[key], store.load(key)).state == NOT_STARTED
    talk.choose("advice")
    talk.choose(FIT)
    begun = status_of(entries[key], store.load(key))
    assert begun.state == STARTED and "2 beurten gedaan" in begun.detail
    while talk.position != END:
        talk.choose(FIT)
    assert status_of(entries[key], store.load(key)).state == DONE

    page = ChecklistExercise(load_checklists(), store=store, today=datetime.date(2025, 3, 4))
    assert status_of(entries["checklist-reflectie"], store.load("checklist-reflectie")).state == NOT_STARTED
    panel = page.show("reflectie")
    panel.tick(1, "more")
    assert panel.save_round()
    kept = status_of(entries["checklist-reflectie"], store.load("checklist-reflectie"))
    assert kept.state == DONE and kept.detail == "1 ronde bewaard"
    # a hand-damaged answer is simply not started, never an error
    assert status_of(entries["checklist-uitvoering"], {"rounds": "kapot"}).state == NOT_STARTED
    assert status_of(entries[key], {"moves": 3}).state == NOT_STARTED
