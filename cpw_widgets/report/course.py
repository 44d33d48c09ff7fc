"""Read what a course folder holds after ``nbgrader autograde``, read-only.

Three sources, each read on its own so that one damaged source costs only its
part of the report (every problem becomes a Dutch sentence in
:attr:`CourseData.problems`):

* the gradebook (``gradebook.db``), through nbgrader's own
  :class:`nbgrader.api.Gradebook`. nbgrader creates missing tables when it
  opens a database, so the report opens a temporary *copy*: the trainer's
  gradebook is never written;
* each learner's answers file (``autograded/<cursist>/<opdracht>/antwoorden.json``,
  else the one in ``submitted/``), read as plain JSON. Not through
  :class:`~cpw_widgets.answers.AnswerStore`: that renames a damaged file, and
  the report must leave the course folder as it found it;
* the keys, from the test cells of the source notebooks (``source/<opdracht>/*.ipynb``):
  which ``grading.check_*`` call each test cell makes, on which answer key,
  criterion or item, and with which expected answer. Parsing the calls (with
  :mod:`ast`) keeps the report free of a second copy of the course's keys.
"""

from __future__ import annotations

import ast
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .kinds import KINDS

ANSWERS_FILE = "antwoorden.json"
GRADEBOOK_FILE = "gradebook.db"


@dataclass(frozen=True)
class Problem:
    """A Dutch sentence about what could not be read. ``{cursist}`` in ``text``
    stands for ``learner``, so the report can show a name or a pseudonym."""

    text: str
    learner: str = ""

    def say(self, names: dict[str, str] | None = None) -> str:
        return self.text.replace("{cursist}", (names or {}).get(self.learner, self.learner))


@dataclass(frozen=True)
class Check:
    """What one autograded test cell checks (parsed from the source notebook).

    ``kind`` is a kind of free text of :data:`.kinds.KINDS`: ``"request"``,
    ``"question"`` or ``"compliment"`` (``target`` a criterion; ``case`` the
    case text the cell passes to the assessor), or ``"statement"`` (``target``
    the circle side, criterion ``positive``); or ``"choice"`` (``target`` the
    item id, ``expected`` the key's answer)."""

    assignment: str
    grade_id: str
    kind: str
    answer_key: str
    target: str
    expected: str = ""
    case: str = ""


@dataclass(frozen=True)
class Grade:
    """One grade of the gradebook (a test cell or a task the trainer grades)."""

    name: str
    auto_score: float | None
    manual_score: float | None
    max_score: float
    cell_type: str          # "code": an autograded test; "markdown": a task
    needs_manual_grade: bool

    @property
    def changed_by_trainer(self) -> bool:
        """A trainer typed a score that differs from the autograder's."""
        return (self.cell_type == "code" and self.auto_score is not None
                and self.manual_score is not None and self.manual_score != self.auto_score)

    @property
    def open_for_trainer(self) -> bool:
        """A task (or flagged cell) that still waits for the trainer's points."""
        return self.needs_manual_grade and self.manual_score is None


@dataclass
class CourseData:
    assignments: list[str] = field(default_factory=list)
    max_scores: dict[str, float] = field(default_factory=dict)
    learners: dict[str, str] = field(default_factory=dict)     # id -> display name, in id order
    scores: dict[tuple[str, str], float] = field(default_factory=dict)        # (learner, assignment)
    grades: dict[tuple[str, str], list[Grade]] = field(default_factory=dict)  # (learner, assignment)
    answers: dict[tuple[str, str], dict[str, dict[str, Any]]] = field(default_factory=dict)
    checks: dict[str, list[Check]] = field(default_factory=dict)  # assignment -> checks
    titles: dict[str, str] = field(default_factory=dict)          # assignment -> its notebook's heading
    course_id: str = ""
    problems: list[Problem] = field(default_factory=list)


def read_course(root: Path, course_id: str = "cpw-oefenplaats") -> CourseData:
    """Everything the report needs from the course folder ``root``."""
    data = CourseData(course_id=course_id)
    read_gradebook(root / GRADEBOOK_FILE, course_id, data)
    for name in _folders(root / "source"):
        if name not in data.assignments:
            data.assignments.append(name)
    for assignment in data.assignments:
        data.checks[assignment] = read_checks(root / "source" / assignment, assignment, data.problems)
        data.titles[assignment] = read_title(root / "source" / assignment) or assignment
    learners = set(data.learners)
    for where in ("autograded", "submitted"):
        learners |= set(_folders(root / where))
    for learner in sorted(learners - set(data.learners)):
        data.learners[learner] = learner  # known only from the folders
    data.learners = dict(sorted(data.learners.items()))
    for learner in data.learners:
        for assignment in data.assignments:
            answers = read_answers(root, learner, assignment, data.problems)
            if answers is not None:
                data.answers[(learner, assignment)] = answers
    return data


def _folders(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")) \
        if path.is_dir() else []


# -- the gradebook ---------------------------------------------------------------


def read_gradebook(path: Path, course_id: str, data: CourseData) -> None:
    """Fill ``data`` from the gradebook at ``path`` (a copy is opened)."""
    if not path.is_file():
        data.problems.append(Problem(
            f"Het cijferbestand {path.name} is er niet (nog geen nbgrader autograde gedraaid in "
            "deze map?). Het overzicht toont daarom geen punten, alleen wat in de antwoorden staat."))
        return
    try:
        from nbgrader.api import Gradebook, MissingEntry
    except ImportError:
        data.problems.append(Problem(
            "nbgrader is niet geïnstalleerd, dus de punten kunnen niet worden gelezen. "
            "Installeer de trainersonderdelen: pip install 'cpw-widgets[trainer]'."))
        return
    with tempfile.TemporaryDirectory(prefix="cpw-overzicht-") as tmp:
        copy = Path(tmp) / GRADEBOOK_FILE
        shutil.copyfile(path, copy)
        try:
            with Gradebook(f"sqlite:///{copy}", course_id=course_id) as gb:
                for assignment in sorted(gb.assignments, key=lambda a: a.name):
                    data.assignments.append(assignment.name)
                    data.max_scores[assignment.name] = float(assignment.max_score)
                for student in sorted(gb.students, key=lambda s: s.id):
                    name = " ".join(p for p in (student.first_name, student.last_name) if p)
                    data.learners[student.id] = name or student.id
                    for assignment in data.assignments:
                        try:
                            submission = gb.find_submission(assignment, student.id)
                        except MissingEntry:
                            continue
                        data.scores[(student.id, assignment)] = float(submission.score)
                        data.grades[(student.id, assignment)] = [
                            Grade(g.name, g.auto_score, g.manual_score, float(g.max_score or 0),
                                  g.cell_type or "", bool(g.needs_manual_grade))
                            for nb in submission.notebooks for g in nb.grades]
        except Exception as exc:  # a damaged or foreign file: say so, keep going
            data.assignments.clear()
            data.max_scores.clear()
            data.learners.clear()
            data.scores.clear()
            data.grades.clear()
            data.problems.append(Problem(
                f"Het cijferbestand {path.name} kon niet worden gelezen ({type(exc).__name__}). "
                "Het overzicht toont daarom geen punten, alleen wat in de antwoorden staat. "
                "Draai nbgrader autograde opnieuw of zet een reservekopie terug."))


# -- the answers files -------------------------------------------------------------


def read_answers(root: Path, learner: str, assignment: str, problems: list[Problem]) -> dict[str, dict] | None:
    """The learner's answers for ``assignment`` (``None`` when there is no file).

    A damaged file adds a Dutch problem and yields the entries that were still
    readable (an empty dict when nothing was)."""
    for where in ("autograded", "submitted"):
        path = root / where / learner / assignment / ANSWERS_FILE
        if path.is_file():
            break
    else:
        return None
    try:
        parsed = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, UnicodeDecodeError, ValueError):
        problems.append(Problem(f"Het antwoordenbestand van {{cursist}} bij {assignment} is beschadigd en "
                                "kon niet worden gelezen; die antwoorden ontbreken in het overzicht.", learner))
        return {}
    if not isinstance(parsed, dict):
        problems.append(Problem(f"Het antwoordenbestand van {{cursist}} bij {assignment} heeft een "
                                "onbekende vorm; die antwoorden ontbreken in het overzicht.", learner))
        return {}
    good = {k: v for k, v in parsed.items() if isinstance(v, dict)}
    if len(good) != len(parsed):
        problems.append(Problem(f"Een deel van het antwoordenbestand van {{cursist}} bij {assignment} kon "
                                "niet worden gelezen; de rest staat in het overzicht.", learner))
    return good


# -- the keys, from the source notebooks ---------------------------------------------

_CHECKS = {**{k.check: k.name for k in KINDS.values()}, "check_choice": "choice", "check_match": "choice"}


def read_checks(folder: Path, assignment: str, problems: list[Problem]) -> list[Check]:
    """The checks of every autograded test cell in the notebooks of ``folder``."""
    checks: list[Check] = []
    for path in sorted(folder.glob("*.ipynb")):
        try:
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        except (OSError, ValueError, KeyError, TypeError):
            problems.append(Problem(f"Het bronnotebook van {assignment} kon niet worden gelezen; de "
                                    "verwisselingen en criteria van die opdracht ontbreken."))
            continue
        checks += checks_in_cells(cells, assignment, problems)
    return checks


def read_title(folder: Path) -> str:
    """The first ``# heading`` of the assignment's notebook ("" when there is none)."""
    for path in sorted(folder.glob("*.ipynb")):
        try:
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        except (OSError, ValueError, KeyError, TypeError):
            return ""
        for cell in cells:
            if cell.get("cell_type") == "markdown":
                source = cell.get("source", "")
                for line in ("".join(source) if isinstance(source, list) else source).splitlines():
                    if line.startswith("# "):
                        return line[2:].strip()
    return ""


def checks_in_cells(cells: list[dict], assignment: str, problems: list[Problem] | None = None) -> list[Check]:
    """The checks made by the graded code cells in ``cells`` (notebook JSON).

    ``case=`` of a check may be a string, a name set to one, or an attribute of
    a case built in a cell (``CASUS = RoundCase(...)``, ``case=CASUS.told``): the
    case is rebuilt from its literal arguments and asked for the attribute, so
    the report gives the assessor the same case text as the autograder did."""
    constants: dict[str, Any] = {}  # NAME -> a string, or a case object built from literals
    found: list[Check] = []
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        try:
            tree = ast.parse("".join(source) if isinstance(source, list) else source)
        except SyntaxError:
            continue
        for node in tree.body:  # NAME = "text" or NAME = RoundCase(...) in any cell (the material cell)
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                value = _literal_object(node.value)
                if value is not None:
                    constants[node.targets[0].id] = value
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if not meta.get("grade"):
            continue
        key = ""
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = _func_name(call)
            args = [_value(a, constants) for a in call.args]
            if name == "load_answer" and args and args[0]:
                key = args[0]
            elif name in _CHECKS and key:
                kind, grade_id = _CHECKS[name], meta.get("grade_id", "")
                if kind == "choice" and len(args) >= 3 and args[1] and args[2]:
                    found.append(Check(assignment, grade_id, kind, key, args[1], args[2]))
                elif kind != "choice" and len(args) >= 2 and args[1]:
                    case = next((kw.value for kw in call.keywords if kw.arg == "case"), None)
                    text = _value(case, constants) if case is not None else ""
                    if case is not None and not text and problems is not None:
                        problems.append(Problem(
                            f"Bij {assignment} kon de casus van {grade_id} niet worden gelezen; die teksten "
                            "zijn zonder casus beoordeeld en kunnen daardoor afwijken van de punten."))
                    found.append(Check(assignment, grade_id, kind, key, args[1], case=text))
    return found


def _func_name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _case_classes() -> dict[str, type]:
    """The content classes a source notebook builds a case from (by name)."""
    from ..content import RoundCase

    return {"RoundCase": RoundCase}


def _literal_object(node: ast.expr) -> Any:
    """A string constant, or a case class called with literal arguments only, built;
    else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not (isinstance(node, ast.Call) and _func_name(node) in _case_classes() and not node.args):
        return None
    try:
        kwargs = {kw.arg: ast.literal_eval(kw.value) for kw in node.keywords if kw.arg}
        return _case_classes()[_func_name(node)](**kwargs)
    except (ValueError, TypeError, SyntaxError):
        return None


def _value(node: ast.expr, constants: dict[str, Any]) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        value = constants.get(node.id, "")
        return value if isinstance(value, str) else ""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        value = getattr(constants.get(node.value.id), node.attr, "")
        return value if isinstance(value, str) else ""
    return ""
