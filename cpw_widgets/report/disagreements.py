"""Export the texts where people disagreed with the assessor, as a new corpus batch.

``cpw-overzicht --export-disagreements FILE`` collects two kinds of
disagreement:

* a **trainer** changed an automatic point in the formgrader: in the gradebook
  an autograded test cell has a manual score that differs from its auto score.
  For a request criterion the trainer's verdict is ``1`` when the trainer gave
  the point, else ``0``. For a circle side (one test for all its statements)
  the trainer's point says something only about the statements the assessor
  did *not* pass when the trainer gave the point (then ``1``); when the trainer
  took the point away, every statement the assessor passed is exported with
  ``?`` (one of them is not positive, the trainer did not say which);
* a **learner** marked a verdict (``"disputes"`` in the answers file): the
  verdict they saw is the automatic one, the opposite is theirs (``?`` when
  they marked a twijfel).

Format: the labelled corpus of ``tests/data/corpus`` (see its RULEBOOK.md and
``bench/corpus.py``), so the texts can become a batch like any other:

``<batch>.texts.yaml``
    ``batch``, ``writer: cursisten/trainers``, ``written`` (today), ``brief``,
    then ``requests`` and ``statements`` as ``{id, text}`` items with ids
    ``<batch>-r001`` / ``<batch>-s001``. Each text appears once, even when
    several people disputed it. No names: the corpus is public.
``<batch>.disagreements.tsv``
    One row per disputed (text, criterion): ``id``, ``criterion``,
    ``automatic`` and ``disputed`` (``1``/``0``, ``?`` for twijfel or
    unknown), ``by`` (``trainer`` or ``cursist``), ``note`` (the learner's
    explanation).

Why the verdicts are in a file of their own and not in ``labels-*.tsv``: the
rulebook has labellers label *without* the assessor's output, and a
``labels-<x>.tsv`` would be read as a labeller's labels. So the batch is added
as usual: two labellers write ``labels-a.tsv`` and ``labels-b.tsv`` from the
texts file alone, the batch goes into ``index.yaml``, and the disagreements
file is kept to see afterwards who was right, the assessor or the person who
disputed it. Read the texts before you add them: learners may have written
names or private details into them.

``FILE`` names the texts file; its name gives the batch id
(``cursisten-2026-12.texts.yaml`` -> batch ``cursisten-2026-12``; a name
without ``.texts.yaml`` gets it added).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

from .aggregate import Dispute, Judgement
from .course import CourseData

WRITER = "cursisten/trainers"
SUFFIX = ".texts.yaml"
COLUMNS = ["id", "criterion", "automatic", "disputed", "by", "note"]


@dataclass(frozen=True)
class Disagreement:
    kind: str                  # "request" or "statement"
    text: str
    criterion: str
    automatic: bool | None
    disputed: bool | None
    by: str                    # "trainer" or "cursist"
    note: str = ""


def collect(data: CourseData, judgements: list[Judgement], marks: list[Dispute]) -> list[Disagreement]:
    """Every disagreement between the assessor and a trainer or a learner."""
    out: list[Disagreement] = []
    grades = {(learner, a, g.name): g for (learner, a), gs in data.grades.items() for g in gs}
    for j in judgements:
        g = grades.get((j.learner, j.assignment, j.grade_id))
        if g is None or not g.changed_by_trainer:
            continue
        given = bool(g.manual_score)
        if j.kind == "request":
            out.append(Disagreement("request", j.text, j.criterion, j.verdict, given, "trainer"))
        elif given and j.verdict is not True:
            out.append(Disagreement("statement", j.text, j.criterion, j.verdict, True, "trainer"))
        elif not given and j.verdict is True:
            out.append(Disagreement("statement", j.text, j.criterion, True, None, "trainer"))
    for d in marks:
        if d.text:
            theirs = None if d.verdict is None else not d.verdict
            out.append(Disagreement(d.kind, d.text, d.criterion, d.verdict, theirs, "cursist", d.note))
    return out


def _value(v: bool | None) -> str:
    return "?" if v is None else "1" if v else "0"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def batch_paths(file: Path) -> tuple[str, Path, Path]:
    """(batch id, texts file, disagreements file) for the given ``FILE``."""
    name = file.name[: -len(SUFFIX)] if file.name.endswith(SUFFIX) else file.name.removesuffix(".yaml")
    texts = file.with_name(name + SUFFIX)
    return name, texts, file.with_name(name + ".disagreements.tsv")


def write(file: Path, items: list[Disagreement], *, course_id: str = "",
          today: _dt.date | None = None) -> tuple[Path, Path]:
    """Write the batch (texts and disagreements); returns both paths."""
    batch, texts_path, tsv_path = batch_paths(file)
    ids: dict[tuple[str, str], str] = {}
    sections: dict[str, list[dict[str, str]]] = {"requests": [], "statements": []}
    for it in items:
        key = (it.kind, _one_line(it.text))
        if key not in ids:
            section = "requests" if it.kind == "request" else "statements"
            ids[key] = f"{batch}-{section[0]}{len(sections[section]) + 1:03d}"
            sections[section].append({"id": ids[key], "text": key[1]})
    meta = {
        "batch": batch,
        "writer": WRITER,
        "written": (today or _dt.date.today()).isoformat(),
        "brief": ("texts where a trainer changed an automatic point or a learner marked a verdict "
                  f"(cpw-overzicht{', course ' + course_id if course_id else ''}); "
                  "to be labelled blind by two labellers"),
        **{k: v for k, v in sections.items() if v},
    }
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.width = 4096
    yaml.allow_unicode = True
    texts_path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    yaml.dump(meta, buf)
    texts_path.write_text(buf.getvalue(), encoding="utf-8")

    rows = io.StringIO()
    writer = csv.writer(rows, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for it in items:
        writer.writerow([ids[(it.kind, _one_line(it.text))], it.criterion, _value(it.automatic),
                         _value(it.disputed), it.by, _one_line(it.note)])
    tsv_path.write_text(rows.getvalue(), encoding="utf-8")
    return texts_path, tsv_path
