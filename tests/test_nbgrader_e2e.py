"""The nbgrader course end to end, as a trainer and two learners would run it.

One course (a copy of exercises/ in a temporary folder) goes through the whole
cycle with the real nbgrader commands, the ones book/10a-techniek.md
lists: generate_assignment, release_assignment, fetch_assignment (two
learners, each with their own HOME), answering through the widgets' Python
API (the same calls as the learner's clicks, saved to antwoorden.json beside
the fetched notebook), submit, collect, autograde, a manual grade,
generate_feedback, release_feedback, fetch_feedback and export. Nothing is
written outside the temporary folder.

The good learner answers everything well, the weak learner makes typical
mistakes, leaves things out, and tampers with a locked test cell.
"""

from __future__ import annotations

import copy
import csv
import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from cpw_widgets.answers import AnswerStore
from cpw_widgets.assess import assess_request, assess_statement

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
COURSE_ID = "cpw-oefenplaats"
ASSIGNMENTS = ["01-interventies", "02-progressieverzoek", "03-cirkeltechniek", "04-intake-en-intervisie",
               "05-vragen-en-complimenten"]
STUDENTS = ["goed", "zwak"]


def _load_make_source():
    spec = importlib.util.spec_from_file_location("make_source", REPO / "exercises/tools/make_source.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_source"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


SRC = _load_make_source()
C = SRC.load_course()  # the graded data the source notebooks were made from
STEPS = C.step_names
CATEGORIES = list(C.categories)


# -- running nbgrader -----------------------------------------------------------------


class Course:
    """Paths of the temporary course and a runner for nbgrader commands."""

    def __init__(self, root: Path, base_env: dict[str, str] | None = None, stop: threading.Event | None = None):
        self.root = root
        self.course = root / "course"
        self.exchange = root / "exchange"
        self.homes = {s: root / "home" / s for s in STUDENTS}
        self.timings: dict[str, float] = {}
        self.logs: dict[str, str] = {}
        # For a round built in the background (conftest): the environment as it was when it
        # started (a test may change os.environ meanwhile), and a signal that the session
        # has ended and no further command should start.
        self.base_env = base_env
        self.stop = stop

    def env(self, home: Path) -> dict[str, str]:
        base = os.environ if self.base_env is None else self.base_env
        env = {k: v for k, v in base.items() if not k.startswith(("JUPYTER", "NBGRADER"))}
        env.update(HOME=str(home), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
                   PYTHONWARNINGS="ignore", JUPYTER_PLATFORM_DIRS="1")
        return env

    def nbgrader(self, *args: str, student: str | None = None, label: str = "") -> str:
        """Run ``nbgrader *args`` as the trainer (in the course folder) or as ``student``
        (in that learner's HOME); return the combined output, fail on a non-zero exit."""
        home = self.homes[student] if student else self.root / "home" / "trainer"
        home.mkdir(parents=True, exist_ok=True)
        cwd = home if student else self.course
        if self.stop is not None and self.stop.is_set():
            raise RuntimeError(f"nbgrader {' '.join(args)}: not started, the test session has ended")
        cmd = [str(BIN / "nbgrader"), *args, f"--Exchange.root={self.exchange}"]
        if student:
            cmd.append(f"--CourseDirectory.course_id={COURSE_ID}")
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=cwd, env=self.env(home), capture_output=True, text=True, timeout=300)
        self.timings[label or " ".join(args)] = time.perf_counter() - start
        out = proc.stdout + proc.stderr
        self.logs[label or " ".join(args)] = out
        assert proc.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{out[-4000:]}"
        return out

    def nbgrader_all(self, calls: list[tuple[tuple[str, ...], str | None, str]]) -> None:
        """Run independent nbgrader commands side by side: ``(args, student, label)``
        each. Only for steps of which at most one writes the gradebook and none
        creates a folder another one creates too (see build_round). Every command
        starts a Python of its own (about 2 s), so the round spends much of its time
        starting up."""
        self.nbgrader_lanes([[call] for call in calls])

    def nbgrader_lanes(self, lanes: list[list[tuple[tuple[str, ...], str | None, str]]]) -> None:
        """Run each lane's commands in order and the lanes side by side: for commands
        that must not overlap within a lane, such as one learner's submits (each
        creates the learner's nbgrader cache folder if it is missing, a check and a
        create that two submits at once can race on)."""
        def run(lane: list[tuple[tuple[str, ...], str | None, str]]) -> None:
            for args, student, label in lane:
                self.nbgrader(*args, student=student, label=label)

        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(run, lane) for lane in lanes]:
                future.result()

    def copy_to(self, root: Path) -> "Course":
        """The course, its exchange and the learners' homes copied to ``root``, with
        what was recorded along the way: for a test that changes them."""
        shutil.copytree(self.root, root, symlinks=True)
        twin = Course(root)
        for name, value in vars(self).items():
            if name not in vars(twin) or name in {"timings", "logs"}:
                setattr(twin, name, copy.deepcopy(value))
        return twin


# -- the two learners --------------------------------------------------------------------

GOOD_REQUESTS = [r.model for r in C.requests]
WEAK_REQUESTS = {  # verzoek-3: never saved
    "verzoek-1": "Je bent alweer te laat.",
    "verzoek-2": "Zet onder je verslag de bronnen die je gebruikt.",
}
#: The weak learner mixes up negative feedback and progress requests, takes helping for
#: advising and sturen for instrueren, and never checks the last situation.
_MIXED = {"negatieve-feedback": "progressieverzoek", "progressieverzoek": "negatieve-feedback",
          "helpen": "adviseren", "sturen": "instrueren"}
WEAK_QUIZ = {s.id: _MIXED.get(s.intervention, s.intervention) for s in C.situations[:-1]}
WEAK_CIRCLE = {"inner": ["Ik luister goed naar mijn collega's"],
               "outer": ["Minder vergaderen", "Ik stop met klagen"],
               "step_item": "Minder vergaderen", "step": ""}
WEAK_ORDER = [STEPS[i] for i in (0, 1, 3, 2, 4, 5, 6)]  # behoefte and doel swapped
GOOD_MATCH = {q.id: C.step_name(q.step) for q in C.step_questions}
WEAK_MATCH = {qid: step for qid, step in GOOD_MATCH.items() if qid not in ("vraag-4", "vraag-7")}
WEAK_MATCH["vraag-4"] = STEPS[2]
GOOD_SORT = {q.id: q.category for q in C.round_questions}
WEAK_SORT = dict(GOOD_SORT)
WEAK_SORT["zin-2"] = WEAK_SORT["zin-6"] = CATEGORIES[0]

#: Assignment 05: the good learner gives the model answers; the weak learner asks a disguised
#: tip as a yes/no question, a reproaching "waarom niet", never saves a third question, praises a
#: trait and adds a sting to a named act.
ROUND_CASE = C.round_case
GOOD_ROUNDS = {**{f"vraag-{i}": q for i, q in enumerate(ROUND_CASE.model_questions, 1)},
               **{f"compliment-{i}": t for i, t in enumerate(ROUND_CASE.model_compliments, 1)}}
WEAK_ROUNDS = {
    "vraag-1": "Heb je er al aan gedacht om de planning zelf te maken?",
    "vraag-2": "Waarom begin je niet gewoon een half uur eerder?",
    "compliment-1": "Je bent echt een sterke verpleegkundige.",
    # a named act with a sting and no effect; the assessor is unsure whether "elke ochtend wat eerder op
    # kantoor" counts as the act (test_report_e2e checks that premise on the real assessor; a refit of the
    # learned decision can move it: the one of stop 30 did for the text without "elke ochtend", the one of
    # stop 31 for "elke ochtend tien minuten eerder", now a sure act at p 0.70; this text sits near p 0.45)
    "compliment-2": "Fijn dat je elke ochtend wat eerder op kantoor bent, maar het blijft wel krap.",
}

#: Points per test cell the autograder must give (grade_id -> points), per learner.
EXPECTED = {
    "goed": {
        "01-interventies": {f"toets-{s.id}": 1 for s in C.situations},
        "02-progressieverzoek": {f"toets-{r.id}-{c}": 1 for r in C.requests for c, _n in C.criteria},
        "03-cirkeltechniek": {g: 1 for g in ("toets-binnen-aantal", "toets-buiten-aantal", "toets-binnen-positief",
                                              "toets-buiten-positief", "toets-kleine-stap")},
        "04-intake-en-intervisie": {**{f"toets-volgorde-{n}": 1 for n in (1, 2, 3)},
                                    **{f"toets-{q.id}": 1 for q in C.step_questions},
                                    **{f"toets-{z.id}": 1 for z in C.round_questions}},
        "05-vragen-en-complimenten": {**{f"toets-vraag-{i}-{k}": 1 for i in (1, 2, 3) for k, _n in C.question_criteria},
                                      **{f"toets-compliment-{i}-{k}": 1 for i in (1, 2)
                                         for k, _n in C.compliment_criteria}},
    },
    "zwak": {
        "01-interventies": {f"toets-{s.id}": int(WEAK_QUIZ.get(s.id) == s.intervention) for s in C.situations},
        "02-progressieverzoek": {
            # "Je bent alweer te laat.": a reproach, no request at all
            **{f"toets-verzoek-1-{c}": 0 for c, _n in C.criteria},
            # "Zet onder je verslag de bronnen die je gebruikt.": positive, concrete, no blame;
            # no reason, no question
            "toets-verzoek-2-positive": 1, "toets-verzoek-2-concrete": 1, "toets-verzoek-2-reason": 0,
            "toets-verzoek-2-invitation": 0, "toets-verzoek-2-no_blame": 1,
            **{f"toets-verzoek-3-{c}": 0 for c, _n in C.criteria},
        },
        "03-cirkeltechniek": {"toets-binnen-aantal": 0, "toets-buiten-aantal": 1, "toets-binnen-positief": 1,
                              "toets-buiten-positief": 0, "toets-kleine-stap": 0},
        "04-intake-en-intervisie": {
            "toets-volgorde-1": 1, "toets-volgorde-2": 0, "toets-volgorde-3": 1,
            **{f"toets-{q.id}": 1 for q in C.step_questions}, "toets-vraag-4": 0, "toets-vraag-7": 0,
            **{f"toets-{z.id}": 1 for z in C.round_questions}, "toets-zin-2": 0, "toets-zin-6": 0,
        },
        "05-vragen-en-complimenten": {
            # a question, closed, a disguised tip, no judgement
            "toets-vraag-1-question": 1, "toets-vraag-1-open": 0, "toets-vraag-1-no_advice": 0,
            "toets-vraag-1-no_judgement": 1,
            # "waarom niet gewoon ...": a question, open in form, a tip and a reproach
            "toets-vraag-2-question": 1, "toets-vraag-2-open": 1, "toets-vraag-2-no_advice": 0,
            "toets-vraag-2-no_judgement": 0,
            **{f"toets-vraag-3-{k}": 0 for k, _n in C.question_criteria},
            # a trait: no act, no effect, no sting
            "toets-compliment-1-action": 0, "toets-compliment-1-effect": 0, "toets-compliment-1-no_sting": 1,
            # a named act, no effect, and a sting after "maar"
            "toets-compliment-2-action": 1, "toets-compliment-2-effect": 0, "toets-compliment-2-no_sting": 0,
        },
    },
}
MANUAL = {"goed": 1, "zwak": 0}  # the trainer's point for 02 (task cell "kwaliteit"); 05's is not given
TAMPERED = ("01-interventies", "toets-situatie-2")  # the weak learner replaces this test with `pass`


def answer_01(folder: Path, choices: dict[str, str]) -> None:
    from cpw_widgets.widgets import InterventionQuiz

    store = AnswerStore(folder / "antwoorden.json")
    scenarios = [_scenario(s.id, s.text) for s in C.situations]
    quiz = InterventionQuiz(scenarios, key="01-interventies", store=store)
    for _ in scenarios:
        choice = choices.get(quiz.current.id)
        if choice:
            quiz.select(choice)
            quiz.check()
        quiz.next()


def _scenario(sid: str, text: str):
    from cpw_widgets.content import Scenario

    return Scenario(id=sid, text=text, intervention="", features=(), explanation="")


def answer_02(folder: Path, texts: dict[str, str]) -> None:
    from cpw_widgets.content import FeedbackItem
    from cpw_widgets.widgets import RequestExercise

    store = AnswerStore(folder / "antwoorden.json")
    for r in C.requests:
        if r.id not in texts:
            continue
        item = FeedbackItem(id=r.id, context=r.context, feedback=r.feedback, models=())
        exercise = RequestExercise(item, key=r.id, store=store, show_models=False)
        exercise.text.value = texts[r.id]
        exercise.check()


def answer_03(folder: Path, circle: dict) -> None:
    from cpw_widgets.content import CirclePrompt
    from cpw_widgets.widgets import CircleExercise

    prompt = CirclePrompt(id=C.circle.id, mode="persoonlijk", topic=C.circle.topic,
                          intro="", inner_examples=(), outer_examples=())
    exercise = CircleExercise(prompt, key="cirkel", store=AnswerStore(folder / "antwoorden.json"))
    for text in circle["inner"]:
        exercise.add_inner(text)
    for text in circle["outer"]:
        exercise.add_outer(text)
    exercise.choose_step(circle["step_item"])
    exercise.set_step(circle["step"])
    exercise.save()


def answer_04(folder: Path, order: list[str], match: dict[str, str], sort: dict[str, str]) -> None:
    from cpw_widgets.widgets import MatchExercise, OrderExercise, SortExercise

    store = AnswerStore(folder / "antwoorden.json")
    steps = sorted(STEPS)
    volgorde = OrderExercise(steps, key="volgorde", store=store)
    volgorde.set_order(order)
    volgorde.save()
    koppelen = MatchExercise({q.id: q.text for q in C.step_questions}, steps, key="koppelen", store=store)
    for qid, step in match.items():
        koppelen.choose(qid, step)
    koppelen.save()
    sorteren = SortExercise({z.id: z.text for z in C.round_questions}, CATEGORIES, key="sorteren", store=store)
    for zid, cat in sort.items():
        sorteren.choose(zid, cat)
    sorteren.save()


def answer_05(folder: Path, texts: dict[str, str]) -> None:
    from cpw_widgets.content import RoundCase
    from cpw_widgets.widgets import ComplimentRound, QuestionRound

    case = RoundCase(id=ROUND_CASE.id, title=ROUND_CASE.title, domain="", presenter=ROUND_CASE.presenter,
                     role=ROUND_CASE.role, story=ROUND_CASE.story, question=ROUND_CASE.question,
                     done=ROUND_CASE.done)
    store = AnswerStore(folder / "antwoorden.json")
    for key, text in texts.items():
        widget = QuestionRound if key.startswith("vraag") else ComplimentRound
        exercise = widget([case], key=key, store=store, flipover=False, show_examples=False, show_case=False)
        exercise.text.value = text
        exercise.check()


def tamper(notebook: Path, grade_id: str) -> None:
    """Replace a locked test cell's code by ``pass`` (as a learner who edits the JSON)."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            cell.source = "pass  # deze toets sla ik over"
    nbformat.write(nb, notebook)


# -- the whole cycle, once ------------------------------------------------------------


@pytest.fixture(scope="module")
def run(nbgrader_round):
    """The round of build_round, shared with test_report_e2e (conftest.nbgrader_round);
    the tests here only read it."""
    return nbgrader_round


def build_round(root: Path, **course: object) -> Course:
    """The whole course cycle in ``root``: released, fetched, answered, submitted,
    collected, autograded, one manual grade, feedback released and fetched, exported.
    ``course``: how its commands run (Course's base_env and stop)."""
    c = Course(root, **course)
    shutil.copytree(REPO / "exercises", c.course,
                    ignore=shutil.ignore_patterns("release", "submitted", "autograded", "feedback",
                                                  "gradebook.db", "antwoorden.json", "*.csv", "__pycache__"))
    c.exchange.mkdir()

    # validating the source only reads it: it runs beside generate, the one writer of the gradebook here
    c.nbgrader_all([(("validate", *[f"source/{a}/{a}.ipynb" for a in ASSIGNMENTS]), None, "validate source"),
                    (("generate_assignment", "*"), None, "generate")])
    # Validating the release only reads it: it runs beside the releases. nbgrader's exchange
    # commands create shared folders with a check and then a create (the course's outbound and
    # inbound folders, a learner's cache, submitted/<learner>), which two at once can race on:
    # releases, a learner's submits and collects each run one after the other.
    c.nbgrader_lanes([[(("validate", "--invert", *[f"release/{a}/{a}.ipynb" for a in ASSIGNMENTS]), None,
                        "validate release")],
                      [(("release_assignment", a), None, f"release {a}") for a in ASSIGNMENTS]])
    c.released = {a: (c.course / "release" / a / f"{a}.ipynb").read_text(encoding="utf-8") for a in ASSIGNMENTS}
    c.release_files = sorted(str(p.relative_to(c.course / "release")) for p in (c.course / "release").rglob("*")
                             if p.is_file())

    c.nbgrader_all([(("fetch_assignment", *ASSIGNMENTS), s, f"fetch {s}") for s in STUDENTS])
    g, w = c.homes["goed"], c.homes["zwak"]
    c.fetched_files = sorted(str(p.relative_to(g)) for p in g.rglob("*") if p.is_file())

    answer_01(g / ASSIGNMENTS[0], {s.id: s.intervention for s in C.situations})
    answer_02(g / ASSIGNMENTS[1], {r.id: r.model for r in C.requests})
    answer_03(g / ASSIGNMENTS[2], {"inner": C.circle.model_inner, "outer": C.circle.model_outer,
                                   "step_item": C.circle.model_step_item, "step": C.circle.model_step})
    answer_04(g / ASSIGNMENTS[3], STEPS, GOOD_MATCH, GOOD_SORT)
    answer_05(g / ASSIGNMENTS[4], GOOD_ROUNDS)
    answer_01(w / ASSIGNMENTS[0], WEAK_QUIZ)
    answer_02(w / ASSIGNMENTS[1], WEAK_REQUESTS)
    answer_03(w / ASSIGNMENTS[2], WEAK_CIRCLE)
    answer_04(w / ASSIGNMENTS[3], WEAK_ORDER, WEAK_MATCH, WEAK_SORT)
    answer_05(w / ASSIGNMENTS[4], WEAK_ROUNDS)
    tamper(w / TAMPERED[0] / f"{TAMPERED[0]}.ipynb", TAMPERED[1])

    # one lane per learner: the learners submit side by side, each in their own HOME
    c.nbgrader_lanes([[(("submit", a, f"--CourseDirectory.student_id={s}"), s, f"submit {s} {a}")
                       for a in ASSIGNMENTS] for s in STUDENTS])
    # collecting only reads the gradebook (the due date) and copies into submitted/<learner>/<assignment>
    c.nbgrader_lanes([[(("collect", a), None, f"collect {a}") for a in ASSIGNMENTS]])
    c.nbgrader("autograde", "*", label="autograde")

    # The trainer's manual point (what the formgrader stores when the trainer types a score in Manual Grading).
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{c.course / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        for s, points in MANUAL.items():
            grade = gb.find_grade("kwaliteit", ASSIGNMENTS[1], ASSIGNMENTS[1], s)
            grade.manual_score = points
        gb.db.commit()

    # exporting only reads the gradebook: it runs beside the feedback
    c.nbgrader_all([(("generate_feedback", "*"), None, "feedback"),
                    (("export", f"--to={c.course / 'cijfers.csv'}"), None, "export")])
    c.nbgrader("release_feedback", ASSIGNMENTS[1], label="release feedback")
    c.nbgrader("fetch_feedback", ASSIGNMENTS[1], student="zwak", label="fetch feedback")
    return c


def _grades(c: Course, student: str, assignment: str) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{c.course / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        nb = gb.find_submission_notebook(assignment, assignment, student)
        return {g.name: g.score for g in nb.grades if g.name.startswith("toets-")}


def _feedback(c: Course, student: str, assignment: str) -> str:
    return (c.course / "feedback" / student / assignment / f"{assignment}.html").read_text(encoding="utf-8")


# -- what a trainer and a learner must be able to rely on ---------------------------------


@pytest.mark.parametrize("student", STUDENTS)
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_autograde_scores_per_test(run, student, assignment):
    assert _grades(run, student, assignment) == EXPECTED[student][assignment]


def test_exported_totals(run):
    rows = list(csv.DictReader((run.course / "cijfers.csv").open(encoding="utf-8")))
    got = {(r["student_id"], r["assignment"]): (float(r["score"]), float(r["max_score"])) for r in rows}
    max_points = {"01-interventies": len(C.situations), "02-progressieverzoek": 16, "03-cirkeltechniek": 6,
                  "04-intake-en-intervisie": 16, "05-vragen-en-complimenten": 19}
    for s in STUDENTS:
        for a in ASSIGNMENTS:
            total = sum(EXPECTED[s][a].values()) + (MANUAL[s] if a == ASSIGNMENTS[1] else 0)
            assert got[(s, a)] == (total, max_points[a]), (s, a)
    # 71 points in all with 14 situations; the manual points of 03 and 05 are not given in this run
    assert len(C.situations) == 14 and sum(max_points.values()) == 71
    assert sum(got[("goed", a)][0] for a in ASSIGNMENTS) == 14 + 16 + 5 + 16 + 18
    weak_01 = sum(EXPECTED["zwak"]["01-interventies"].values())
    assert weak_01 == 7  # nee zeggen, instrueren (2), adviseren (2), overtuigen, trainen; the last is unchecked
    assert sum(EXPECTED["zwak"]["05-vragen-en-complimenten"].values()) == 2 + 2 + 0 + 1 + 1
    assert sum(got[("zwak", a)][0] for a in ASSIGNMENTS) == weak_01 + 3 + 2 + 11 + 6


def test_tampered_test_cell_is_restored_and_still_counts(run):
    assignment, grade_id = TAMPERED
    submitted = nbformat.read(run.course / "submitted/zwak" / assignment / f"{assignment}.ipynb", as_version=4)
    autograded = nbformat.read(run.course / "autograded/zwak" / assignment / f"{assignment}.ipynb", as_version=4)
    source = nbformat.read(run.course / "source" / assignment / f"{assignment}.ipynb", as_version=4)

    def cell(nb):
        return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)

    assert cell(submitted).source.startswith("pass")
    # nbgrader's OverwriteCells puts the trainer's version back (hidden test included) ...
    assert cell(autograded).source == cell(source).source
    # ... so the test ran for real: the wrong choice still scores 0, with the Dutch message.
    assert _grades(run, "zwak", assignment)[grade_id] == 0
    error = [o for o in cell(autograded).outputs if o.output_type == "error"][0]
    assert "Bij situatie 2 koos je \u201cProgressiegericht adviseren\u201d" in error.evalue
    # why adviseren does not fit here comes with it (from the graded data)
    assert C.situations[1].wrong["adviseren"] in error.evalue
    # nbgrader 0.9.6 restores it silently: its only trace is a checksum warning, which it also
    # prints for every untouched cell with hidden tests (measured), so a trainer cannot tell
    # tampering from the log; the score is what protects the course.
    assert f"Attribute 'checksum' for cell {grade_id} has changed" in run.logs["autograde"]


def test_answers_came_from_the_file_beside_the_notebook(run):
    for s in STUDENTS:
        for a in ASSIGNMENTS:
            stored = json.loads((run.course / "autograded" / s / a / "antwoorden.json").read_text(encoding="utf-8"))
            submitted = json.loads((run.homes[s] / a / "antwoorden.json").read_text(encoding="utf-8"))
            assert stored == submitted


def test_validate_passes_on_source_and_inverted_on_release(run):
    source, release = run.logs["validate source"], run.logs["validate release"]
    assert source.count("Success! Your notebook passes all the tests.") == len(ASSIGNMENTS), source[-3000:]
    assert release.count("Success! The notebook does not pass any tests.") == len(ASSIGNMENTS), release[-3000:]
    assert "FAILED" not in source + release


def test_release_holds_no_answers_keys_hidden_tests_or_models(run):
    assert run.release_files == [f"{a}/{a}.ipynb" for a in ASSIGNMENTS]  # no antwoorden.json
    assert all(not f.endswith("antwoorden.json") for f in run.fetched_files)
    forbidden = ["HIDDEN TESTS", "BEGIN SOLUTION", "trial_store", "check_choice(", "check_match(",
                 "check_positions(", json.dumps(STEPS, ensure_ascii=False)]
    forbidden += [json.dumps(model, ensure_ascii=False)[1:-1] for model in GOOD_REQUESTS]
    forbidden += [C.circle.model_step]
    forbidden += [f'"{s.intervention}"' for s in C.situations]
    forbidden += [json.dumps(s.why, ensure_ascii=False)[1:-1] for s in C.situations]
    forbidden += [json.dumps(w, ensure_ascii=False)[1:-1] for s in C.situations for w in s.wrong.values()]
    forbidden += [json.dumps(q.why, ensure_ascii=False)[1:-1] for q in C.round_questions]
    forbidden += [json.dumps(t, ensure_ascii=False)[1:-1] for t in GOOD_ROUNDS.values()]
    for a, text in run.released.items():
        for needle in forbidden:
            assert needle not in text, (a, needle)
        assert "\u00a9 Centrum Progressiegericht Werken (CPW)" in text


def test_released_code_cells_stay_collapsed(run):
    """nbgrader keeps the cell metadata that folds the code away in JupyterLab."""
    for a, text in run.released.items():
        nb = nbformat.reads(text, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert code and all(c.metadata.get("jupyter", {}).get("source_hidden") is True for c in code), a


def test_feedback_shows_dutch_feedback_and_no_test_code(run):
    weak_02 = _feedback(run, "zwak", "02-progressieverzoek")
    reason = assess_request(WEAK_REQUESTS["verzoek-1"]).criteria["reason"].feedback
    assert html.escape(reason, quote=False) in weak_02 or html.escape(reason) in weak_02
    assert "Je hebt bij verzoek 3 nog niets bewaard: klik op Controleer" in weak_02
    assert "Verzoek 1: met een reden</a>: 0 van 1" in weak_02  # the table of contents names each test
    weak_03 = _feedback(run, "zwak", "03-cirkeltechniek")
    positive = assess_statement("Minder vergaderen").criteria["positive"].feedback
    assert html.escape(positive) in weak_03 or html.escape(positive, quote=False) in weak_03
    weak_05 = html.unescape(_feedback(run, "zwak", "05-vragen-en-complimenten"))
    from cpw_widgets.assess.compliment import assess_compliment

    action = assess_compliment(WEAK_ROUNDS["compliment-1"], case=f"{ROUND_CASE.story} {ROUND_CASE.done}")
    assert f"Compliment 1, noemt wat de ander deed: {action.criteria['action'].feedback}" in weak_05
    assert "Je hebt bij vraag 3 nog niets bewaard: klik op Controleer" in weak_05
    weak_01 = _feedback(run, "zwak", "01-interventies")
    last = len(C.situations)
    assert "Bij situatie 4 koos je" in weak_01
    assert f"Bij situatie {last} heb je nog geen interventie gekozen" in weak_01
    for s in STUDENTS:
        for a in ASSIGNMENTS:
            page = _feedback(run, s, a)
            assert 'lang="nl"' in page and "van de" in page and "No response." not in page
            for needle in ("HIDDEN TESTS", "check_choice(", "check_match(", "check_positions(", "Traceback (most recent", "----> ",
                           "trial_store", "BEGIN SOLUTION"):
                assert needle not in page, (s, a, needle)
            # nothing is loaded from another host (no MathJax CDN, no widget manager)
            assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?//""", page), (s, a)
            assert "mathjax" not in page.lower()


def test_feedback_of_the_good_learner_is_full_marks(run):
    page = _feedback(run, "goed", "04-intake-en-intervisie")
    assert "16 van de 16 punten" in page
    assert "Je hebt bij" not in page


def test_learner_fetches_the_feedback_file(run):
    fetched = list((run.homes["zwak"] / ASSIGNMENTS[1] / "feedback").glob(f"*/{ASSIGNMENTS[1]}.html"))
    assert len(fetched) == 1
    assert fetched[0].read_text(encoding="utf-8") == _feedback(run, "zwak", ASSIGNMENTS[1])
