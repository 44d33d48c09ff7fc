"""Unit tests of cpw_widgets.grading (the helpers the nbgrader test cells call),
the feedback clean-up for nbgrader, the sorting widgets, and the course files
in exercises/ (generated notebooks up to date, config and hub example parse)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import nbformat
import pytest

from cpw_widgets import grading
from cpw_widgets.answers import AnswerStore
from cpw_widgets.assess import Assessment, CriterionResult, assess_request
from cpw_widgets.widgets import MatchExercise, OrderExercise, SortExercise

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def store(tmp_path):
    s = AnswerStore(tmp_path / "antwoorden.json")
    grading.use_store(s)
    yield s
    grading.use_store(None)


def fails_with(fn, *args, **kwargs) -> str:
    with pytest.raises(AssertionError) as info:
        fn(*args, **kwargs)
    return str(info.value)


# -- loading -------------------------------------------------------------------------------


def test_load_answer_reads_the_store(store):
    store.save("verzoek-1", {"text": "Zou je ...?"})
    assert grading.load_answer("verzoek-1", label="verzoek 1") == {"text": "Zou je ...?"}


def test_load_answer_without_a_save_says_what_to_click(store):
    message = fails_with(grading.load_answer, "verzoek-2", label="opdracht 2")
    assert message.startswith("Je hebt bij opdracht 2 nog niets bewaard: klik op Controleer")
    assert "Bewaar" in fails_with(grading.load_answer, "cirkel", label="je cirkel", button="Bewaar")


def test_default_store_is_the_file_in_the_working_folder(tmp_path, monkeypatch):
    grading.use_store(None)
    monkeypatch.chdir(tmp_path)
    AnswerStore().save("k", {"a": 1})
    assert (tmp_path / "antwoorden.json").exists()
    assert grading.load_answer("k", label="x") == {"a": 1}


def test_trial_store_is_temporary_and_active(tmp_path, monkeypatch):
    grading.use_store(None)
    monkeypatch.chdir(tmp_path)
    try:
        trial = grading.trial_store()
        assert grading.trial_store() is trial
        trial.save("k", {"a": 1})
        assert grading.load_answer("k", label="x") == {"a": 1}
        assert not (tmp_path / "antwoorden.json").exists()
        assert tmp_path not in trial.path.parents
    finally:
        grading.use_store(None)


# -- 01 ----------------------------------------------------------------------------------


def test_check_choice():
    answer = {"choices": {"s1": "sturen", "s2": "adviseren"}}
    grading.check_choice(answer, "s1", "sturen", label="situatie 1")
    message = fails_with(grading.check_choice, answer, "s2", "helpen", label="situatie 2", why="Zij vraagt om hulp.")
    assert message == ("Bij situatie 2 koos je \u201cProgressiegericht adviseren\u201d. Hier past "
                       "\u201cProgressiegericht helpen\u201d beter. Zij vraagt om hulp.")
    # why the learner's own choice does not fit comes first, when the situation names it
    why_not = {"adviseren": "Ze vraagt niet om tips.", "trainen": "Ze wil niets leren."}
    message = fails_with(grading.check_choice, answer, "s2", "helpen", label="situatie 2", why="Zij vraagt om hulp.",
                         why_not=why_not)
    assert message.endswith("beter. Ze vraagt niet om tips. Zij vraagt om hulp.")
    assert "Ze wil niets leren" not in message
    assert "nog geen interventie gekozen" in fails_with(grading.check_choice, answer, "s3", "helpen", label="situatie 3")
    assert grading.check_choice_made(answer, "s1", label="situatie 1") == "sturen"


# -- 02 ----------------------------------------------------------------------------------


def fake_assessment(**passed: bool) -> Assessment:
    return Assessment(criteria={k: CriterionResult(passed=v, feedback=f"feedback over {k}", label=k.title())
                                for k, v in passed.items()})


def test_check_request_uses_the_assessors_feedback():
    fake = lambda _text: fake_assessment(positive=True, reason=False)  # noqa: E731
    grading.check_request({"text": "iets"}, "positive", label="Verzoek 1", assess=fake)
    assert fails_with(grading.check_request, {"text": "iets"}, "reason", label="Verzoek 1",
                      assess=fake) == "Verzoek 1, reason: feedback over reason"


def test_a_twijfel_costs_no_point_and_is_flagged_for_the_trainer(capsys):
    fake = lambda _text: fake_assessment(positive=None, reason=False)  # noqa: E731
    grading.check_request({"text": "iets"}, "positive", label="Verzoek 1", assess=fake)  # no AssertionError
    assert "TWIJFEL (trainer, kijk zelf): Verzoek 1, positive: feedback over positive" in capsys.readouterr().out
    a = fake_assessment(positive=None, reason=False)
    assert grading.criterion_points(a, "positive", 2.0) == 2.0
    assert grading.criterion_points(a, "reason", 2.0) == 0.0


def test_check_request_with_the_real_assessor():
    good = ("Zou je voortaan om half negen aanwezig willen zijn bij het ochtendoverleg? Dan kunnen we "
            "samen op tijd beginnen.")
    for criterion in grading.REQUEST_CRITERIA:
        grading.check_request({"text": good}, criterion, label="Verzoek 1")
    message = fails_with(grading.check_request, {"text": "Zorg dat je bronnen erbij zet."}, "invitation",
                         label="Verzoek 2")
    assert message.startswith("Verzoek 2, als vraag: ")


def test_check_request_without_text_and_unknown_criterion():
    assert "nog geen tekst" in fails_with(grading.check_request, {"text": "  "}, "positive", label="Verzoek 3")
    with pytest.raises(ValueError):
        grading.check_request({"text": "x"}, "spelling", label="x")


def test_points_per_criterion():
    assessment = fake_assessment(positive=True, concrete=False)
    assert grading.criterion_points(assessment, "positive", 2) == 2.0
    assert grading.criterion_points(assessment, "concrete") == 0.0
    assert grading.criterion_points(assessment, "reason") == 0.0
    text = "Zorg dat je bronnen erbij zet."
    points = grading.request_points(text)
    assert set(points) == set(grading.REQUEST_CRITERIA)
    verdicts = assess_request(text).criteria
    assert points == {c: 0.0 if verdicts[c].passed is False else 1.0 for c in grading.REQUEST_CRITERIA}
    assert points["invitation"] == 0.0 and points["positive"] == 1.0


# -- 03 ----------------------------------------------------------------------------------


CIRCLE = {"inner": ["Ik vraag door naar wat al werkt", "Ik stel open vragen"],
          "outer": ["Ik geef elke week een compliment", "Minder vergaderen"],
          "step_item": "Ik geef elke week een compliment", "step": "Vrijdag complimenteer ik Sanne."}


def test_circle_checks():
    grading.check_circle_count(CIRCLE, "inner", label="je cirkel")
    assert "Voeg er nog 1 toe" in fails_with(grading.check_circle_count, {"inner": ["a", " "]}, "inner",
                                             label="je cirkel")
    grading.check_circle_positive(CIRCLE, "inner", label="je cirkel")
    message = fails_with(grading.check_circle_positive, CIRCLE, "outer", label="je cirkel")
    assert message.startswith("Nog niet alles in je buitencirkel bij je cirkel is positief geformuleerd.")
    assert "Minder vergaderen" in message or "minder vergaderen" in message.lower()
    assert "nog leeg" in fails_with(grading.check_circle_positive, {"outer": []}, "outer", label="je cirkel")
    grading.check_circle_step(CIRCLE, label="je cirkel")
    assert "Kies bij je cirkel" in fails_with(grading.check_circle_step, {**CIRCLE, "step_item": "iets anders"},
                                              label="je cirkel")
    assert "kleine stap" in fails_with(grading.check_circle_step, {**CIRCLE, "step": "ok"}, label="je cirkel")
    with pytest.raises(ValueError):
        grading.check_circle_count(CIRCLE, "middle", label="x")


def test_circle_positive_uses_injected_assessor():
    fake = lambda text: fake_assessment(positive=text.startswith("Ik"))  # noqa: E731
    assert "feedback over positive" in fails_with(grading.check_circle_positive, CIRCLE, "outer",
                                                  label="je cirkel", assess=fake)


# -- 04 ----------------------------------------------------------------------------------


def test_check_positions_and_match():
    expected = ["a", "b", "c", "d"]
    answer = {"order": ["a", "b", "d", ""]}
    grading.check_positions(answer, expected, (0, 1), label="onderdeel A")
    assert fails_with(grading.check_positions, answer, expected, (2, 3), label="onderdeel A") == \
        "Op plek 3 zet je bij onderdeel A \u201cd\u201d. Daar hoort \u201cc\u201d."
    assert "nog niets" in fails_with(grading.check_positions, {"order": ["a"]}, expected, (1,), label="A")
    answer = {"choices": {"v1": "x"}}
    grading.check_match(answer, "v1", "x", label="vraag 1")
    assert "Het juiste antwoord is \u201cy\u201d" in fails_with(grading.check_match, answer, "v1", "y", label="vraag 1")
    assert "nog niets gekozen" in fails_with(grading.check_match, answer, "v2", "y", label="vraag 2")


def test_show_answers(store, capsys):
    store.save("cirkel", {"inner": ["a", "b"], "step": "s"})
    text = grading.show_answers(["cirkel", "leeg"])
    assert "inner: a | b" in text and "leeg: nog niets bewaard" in text
    assert capsys.readouterr().out.strip() == text


# -- sorting widgets -------------------------------------------------------------------------


def test_order_exercise_saves_on_click_and_restores(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    ex = OrderExercise(["b", "a", "c"], key="volgorde", store=store, place_label="Stap {n}")
    assert [d.description for d in ex.places] == ["Stap 1", "Stap 2", "Stap 3"]
    assert [label for label, _v in ex.places[0].options][1:] == ["a", "b", "c"]
    assert not store.path.exists()  # making the widget writes nothing
    ex.set_order(["c", "c"])
    ex.save_button.click()
    assert store.load("volgorde") == {"order": ["c", "c", ""]}
    assert "plek 3" in ex.status.value and "vaker dan één keer" in ex.status.value
    again = OrderExercise(["b", "a", "c"], key="volgorde", store=store)
    assert again.order == ["c", "c", ""]
    with pytest.raises(ValueError):
        ex.set_order(["z"])


def test_match_and_sort_exercises(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    m = MatchExercise({"v1": "Vraag een", "v2": "Vraag twee"}, ["stap x", "stap y"], key="m", store=store)
    m.choose("v1", "stap y")
    assert m.answer == {"choices": {"v1": "stap y"}}
    assert m.save() and store.load("m") == {"choices": {"v1": "stap y"}}
    assert "vraag 2" in m.status.value
    assert MatchExercise({"v1": "a", "v2": "b"}, ["stap x", "stap y"], key="m", store=store).choices == {"v1": "stap y"}
    with pytest.raises(ValueError):
        m.choose("v1", "stap z")
    s = SortExercise([("z1", "Wie zijn betrokken?")], ["Verhelderende vraag", "Verkapte tip"], key="s")
    assert s.lists["z1"].description == "Zin 1 is een"
    s.choose("z1", "Verkapte tip")
    assert not s.save() and "geen opslag" in s.status.value


def test_restore_ignores_unknown_values(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    store.save("m", {"choices": {"v1": "onbekend", "v9": "stap x"}})
    store.save("o", {"order": ["x", "a"]})
    assert MatchExercise({"v1": "a"}, ["stap x"], key="m", store=store).choices == {}
    assert OrderExercise(["a", "b"], key="o", store=store).order == ["", "a"]


# -- the feedback clean-up for nbgrader ------------------------------------------------------


def test_feedback_cleanup_keeps_only_the_dutch_message():
    from cpw_widgets.grading.feedback import WIDGET_NOTE, FeedbackCleanup

    nb = nbformat.v4.new_notebook(metadata={"widgets": {"state": {}}})
    cell = nbformat.v4.new_code_cell("grading.check_choice(antwoord, 's1', 'sturen')")
    cell.outputs = [
        nbformat.v4.new_output("error", ename="AssertionError", evalue="Bij situatie 1 koos je ...",
                               traceback=["----> 1 grading.check_choice(antwoord, 's1', 'sturen')"]),
        nbformat.v4.new_output("display_data", data={"application/vnd.jupyter.widget-view+json": {},
                                                     "text/plain": "VBox(children=...)"}),
    ]
    other = nbformat.v4.new_code_cell("x")
    other.outputs = [nbformat.v4.new_output("error", ename="NameError", evalue="x", traceback=["..."])]
    nb.cells = [cell, other, nbformat.v4.new_markdown_cell("tekst")]
    nb, _ = FeedbackCleanup()(nb, {})  # as nbconvert calls it (runs only when enabled)
    assert "widgets" not in nb.metadata
    assert nb.cells[0].outputs[0].traceback == ["Bij situatie 1 koos je ..."]
    assert nb.cells[0].outputs[1].data == {"text/plain": WIDGET_NOTE}
    assert nb.cells[1].outputs[0].traceback == ["NameError: x"]


# -- the course files --------------------------------------------------------------------------


def _make_source():
    spec = importlib.util.spec_from_file_location("make_source", REPO / "exercises/tools/make_source.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_source"] = module
    spec.loader.exec_module(module)
    return module


def test_source_notebooks_are_up_to_date(tmp_path):
    written = _make_source().main(tmp_path)
    assert len(written) == 5
    for path in written:
        committed = REPO / "exercises/source" / path.relative_to(tmp_path)
        assert committed.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{committed} is out of date: run .venv/bin/python exercises/tools/make_source.py")


def test_source_notebooks_have_credit_and_valid_nbgrader_cells():
    for path in sorted((REPO / "exercises/source").glob("*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        assert "\u00a9 Centrum Progressiegericht Werken (CPW)" in nb.cells[0].source
        ids = [c.metadata.nbgrader["grade_id"] for c in nb.cells]
        assert len(ids) == len(set(ids)), path
        for cell in nb.cells:
            meta = cell.metadata.nbgrader
            if meta["grade"]:
                assert meta["locked"] and meta["points"] == 1 and cell.cell_type == "code"
            if meta["solution"]:
                assert "### BEGIN SOLUTION" in cell.source and "trial_store()" in cell.source
    assert not list((REPO / "exercises/source").glob("*/antwoorden.json"))


def test_points_per_assignment():
    points = {}
    for path in sorted((REPO / "exercises/source").glob("*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        auto = sum(c.metadata.nbgrader.get("points", 0) for c in nb.cells if c.metadata.nbgrader["grade"])
        manual = sum(c.metadata.nbgrader.get("points", 0) for c in nb.cells if c.metadata.nbgrader["task"])
        points[path.parent.name] = (auto, manual)
    assert points == {"01-interventies": (14, 0), "02-progressieverzoek": (15, 1),
                      "03-cirkeltechniek": (5, 1), "04-intake-en-intervisie": (16, 0),
                      "05-vragen-en-complimenten": (18, 1)}


def test_config_files_parse():
    for name in ("nbgrader_config.py", "jupyterhub_config.py"):
        path = REPO / "exercises" / name
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_nbgrader_config_values():
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(REPO / "exercises")).load_config()
    assert config.CourseDirectory.course_id == "cpw-oefenplaats"
    assert config.Autograde.exclude_overwriting == {
        a: ["antwoorden.json"] for a in ("01-interventies", "02-progressieverzoek", "03-cirkeltechniek",
                                         "04-intake-en-intervisie", "05-vragen-en-complimenten")}
    names = [p.__name__ for p in config.GenerateFeedback.preprocessors]
    assert "ClearHiddenTests" in names and "FeedbackCleanup" in names
    assert json.dumps(config.ClearSolutions.code_stub) == '{"python": ""}'
