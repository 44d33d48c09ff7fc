"""Write the nbgrader source notebooks of the CPW course (exercises/source/).

What goes into the notebooks comes from two places, never from this script:

* the graded items (situations, requests, questions, keys and model answers)
  from ``exercises/graded/*.yaml``, validated by
  :mod:`cpw_widgets.content.graded` (Dutch errors, nothing half-loads);
* every label a learner sees (intervention names, intake step names,
  intervisie categories, criterion labels) from the practice data in
  :mod:`cpw_widgets.content` and from :mod:`cpw_widgets.assess.criteria`.

The layout and the Dutch texts of each assignment are Jinja2 templates in
``exercises/templates/``. A template renders the notebook as a list of cells,
each introduced by a header line:

``%% markdown <id>``   a locked text cell
``%% code <id>``       a locked code cell (read-only)
``%% widget <id>``     an answer cell; a following ``%% solution`` part is the
                       model answer (nbgrader removes it from the release)
``%% test <id>``       a locked test cell worth 1 point; a following
                       ``%% hidden`` part holds the keys (hidden tests)
``%% task <id>``       a text cell the trainer grades by hand (1 point)

Every code cell is collapsed (``jupyter.source_hidden``): learners run the
cells and see the exercises, not the code.

Run from the repository root after editing the data or a template:

    .venv/bin/python exercises/tools/make_source.py

``tests/test_grading.py`` checks that the committed notebooks equal the output.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import jinja2
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from cpw_widgets.assess.criteria import (COMPLIMENT_CRITERIA, COMPLIMENT_LABELS, QUESTION_CRITERIA, QUESTION_LABELS,
                                        REQUEST_CRITERIA, REQUEST_LABELS)
from cpw_widgets.content import INTERVISION_CATEGORIES, load_intake_steps, load_interventions
from cpw_widgets.content.graded import (
    load_graded_circle,
    load_graded_requests,
    load_graded_round_case,
    load_graded_round_questions,
    load_graded_situations,
    load_graded_step_questions,
)

EXERCISES = Path(__file__).resolve().parents[1]
SOURCE = EXERCISES / "source"
GRADED = EXERCISES / "graded"
TEMPLATES = EXERCISES / "templates"
ASSIGNMENTS = ["01-interventies", "02-progressieverzoek", "03-cirkeltechniek", "04-intake-en-intervisie",
               "05-vragen-en-complimenten"]

#: The intake steps the order test checks together (0-based places) and what
#: the part is called: three points for the beginning, middle and end.
ORDER_PARTS = [((0, 1), "het begin van het gesprek"), ((2, 3, 4), "het midden"), ((5, 6), "het einde")]


@dataclass(frozen=True)
class Course:
    """Everything the templates render: graded items and the labels they use."""

    situations: tuple
    requests: tuple
    circle: object
    step_questions: tuple
    round_questions: tuple
    interventions: tuple
    steps: tuple
    categories: tuple[str, ...]
    criteria: tuple[tuple[str, str], ...]   # (criterion key, Dutch label)
    round_case: object
    question_criteria: tuple[tuple[str, str], ...]
    compliment_criteria: tuple[tuple[str, str], ...]

    @property
    def step_names(self) -> list[str]:
        """The intake step names in the right order (the order test's key)."""
        return [s.name for s in self.steps]

    def step_name(self, step_id: str) -> str:
        return next(s.name for s in self.steps if s.id == step_id)

    @property
    def round_keys(self) -> list[str]:
        """The answer keys of assignment 05: one per question, one per compliment."""
        case = self.round_case
        return ([f"vraag-{i}" for i in range(1, len(case.model_questions) + 1)]
                + [f"compliment-{i}" for i in range(1, len(case.model_compliments) + 1)])


def load_course(graded: Path = GRADED) -> Course:
    return Course(
        situations=load_graded_situations(graded / "situations.yaml"),
        requests=load_graded_requests(graded / "requests.yaml"),
        circle=load_graded_circle(graded / "circle.yaml")[0],
        step_questions=load_graded_step_questions(graded / "intake_questions.yaml"),
        round_questions=load_graded_round_questions(graded / "round_questions.yaml"),
        interventions=load_interventions(),
        steps=load_intake_steps(),
        categories=INTERVISION_CATEGORIES,
        criteria=tuple((key, REQUEST_LABELS[key]) for key in REQUEST_CRITERIA),
        round_case=load_graded_round_case(graded / "round_case.yaml")[0],
        question_criteria=tuple((key, QUESTION_LABELS[key]) for key in QUESTION_CRITERIA),
        compliment_criteria=tuple((key, COMPLIMENT_LABELS[key]) for key in COMPLIMENT_CRITERIA),
    )


def _py(value) -> str:
    """A Python literal of ``value`` (strings in double quotes, Dutch kept)."""
    if isinstance(value, tuple):
        value = list(value)
    return json.dumps(value, ensure_ascii=False)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,  # a missing value is an error, never an empty string
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # the output is notebook text and Python code, not HTML
    )
    env.filters["py"] = _py
    return env


# -- from rendered text to nbgrader cells ------------------------------------------

_HEADER = re.compile(r"^%% (markdown|code|widget|test|task|solution|hidden)(?: (\S+))?\s*$")
_REGION = {"solution": "SOLUTION", "hidden": "HIDDEN TESTS"}
_HIDDEN_CODE = {"source_hidden": True}


def _meta(grade_id: str, *, grade=False, solution=False, locked=False, task=False, points=None, code=False):
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": task}
    if points is not None:
        meta["points"] = points
    cell_meta = {"nbgrader": meta}
    if code:
        cell_meta["jupyter"] = dict(_HIDDEN_CODE)
    return cell_meta


def _parts(text: str) -> list[tuple[str, str | None, str]]:
    """Split rendered text into (kind, id, body) at the ``%%`` header lines."""
    parts: list[tuple[str, str | None, list[str]]] = []
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            parts.append((header.group(1), header.group(2), []))
        elif parts:
            parts[-1][2].append(line)
        elif line.strip():
            raise ValueError(f"text before the first cell header: {line!r}")
    return [(kind, ident, "\n".join(body).strip()) for kind, ident, body in parts]


def cells_of(text: str) -> list:
    cells = []
    for kind, ident, body in _parts(text):
        if kind in _REGION:
            if not cells or cells[-1].cell_type != "code":
                raise ValueError(f"%% {kind} must follow a widget or test cell")
            marker = _REGION[kind]
            cells[-1].source += f"\n### BEGIN {marker}\n{body}\n### END {marker}"
            continue
        if ident is None:
            raise ValueError(f"%% {kind} needs an id")
        if kind == "markdown":
            cells.append(new_markdown_cell(body, id=ident, metadata=_meta(ident, locked=True)))
        elif kind == "task":
            cells.append(new_markdown_cell(body, id=ident, metadata=_meta(ident, locked=True, task=True, points=1)))
        elif kind == "code":
            cells.append(new_code_cell(body, id=ident, metadata=_meta(ident, locked=True, code=True)))
        elif kind == "widget":
            cells.append(new_code_cell(body, id=ident, metadata=_meta(ident, solution=True, code=True)))
        elif kind == "test":
            cells.append(new_code_cell(body, id=ident, metadata=_meta(
                ident, grade=True, locked=True, points=1, code=True)))
    return cells


def render(name: str, course: Course, env: jinja2.Environment | None = None) -> nbformat.NotebookNode:
    env = env or environment()
    text = env.get_template(f"{name}.ipynb.j2").render(c=course, order_parts=ORDER_PARTS)
    nb = new_notebook(cells=cells_of(text), metadata={
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(nb)
    return nb


def write(name: str, nb: nbformat.NotebookNode, root: Path = SOURCE) -> Path:
    path = root / name / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main(root: Path = SOURCE) -> list[Path]:
    course, env = load_course(), environment()
    return [write(name, render(name, course, env), root) for name in ASSIGNMENTS]


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE):
        print(path)
