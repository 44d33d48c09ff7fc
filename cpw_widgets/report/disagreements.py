"""Export the texts where people disagreed with the assessor, as new corpus batches.

``cpw-overzicht --export-disagreements FILE`` collects two kinds of
disagreement:

* a **trainer** changed an automatic point in the formgrader: in the gradebook
  an autograded test cell has a manual score that differs from its auto score.
  For a criterion of one text (a request, question or compliment) the
  trainer's verdict is ``1`` when the trainer gave the point, else ``0``. For a
  circle side (one test for all its statements) the trainer's point says
  something only about the statements the assessor did *not* pass when the
  trainer gave the point (then ``1``); when the trainer took the point away,
  every statement the assessor passed is exported with ``?`` (one of them is
  not positive, the trainer did not say which);
* a **learner** marked a verdict (``"disputes"`` in the answers file): the
  verdict they saw is the automatic one, the opposite is theirs (``?`` when
  they marked a twijfel).

Each kind of text belongs to one labelled corpus (``corpus`` in
:data:`.kinds.KINDS`; ``bench/corpus.py``), so one batch is written per corpus
that has texts, in that corpus's format:

``<batch>.texts.yaml`` (the request corpus, ``tests/data/corpus``; always written)
    ``batch``, ``writer: cursisten/trainers``, ``written`` (today), ``brief``,
    then ``requests`` and ``statements`` as ``{id, text}`` items with ids
    ``<batch>-r001`` / ``<batch>-s001``.
``<batch>-question.texts.yaml``, ``<batch>-compliment.texts.yaml`` (the intervisie corpora)
    The same head, then ``cases`` (``{id, text}``, ids ``<b>-a``, ``<b>-b``, ...: the
    case texts the assessor read) and ``texts`` (``{id, case, text}``, ids
    ``<b>-t001``), as in ``tests/data/corpus-question/WRITERS.md`` "File formats".
``<b>.disagreements.tsv`` beside each texts file
    One row per disputed (text, criterion): ``id``, ``criterion``,
    ``automatic`` and ``disputed`` (``1``/``0``, ``?`` for twijfel or
    unknown), ``by`` (``trainer`` or ``cursist``), ``note`` (the learner's
    explanation).

Each text appears once per batch (per case), even when several people disputed
it. No names: the corpora are public.

Why the verdicts are in a file of their own and not in ``labels-*.tsv``: the
rulebooks have labellers label *without* the assessor's output, and a
``labels-<x>.tsv`` would be read as a labeller's labels. So a batch is added
as usual: two labellers write ``labels-a.tsv`` and ``labels-b.tsv`` from the
texts file alone, the batch goes into its corpus's ``index.yaml``, and the
disagreements file is kept to see afterwards who was right, the assessor or
the person who disputed it. Read the texts before you add them: learners may
have written names or private details into them.

``FILE`` names the request batch's texts file; its name gives the batch id
(``cursisten-2026-12.texts.yaml`` -> batch ``cursisten-2026-12``, and
``cursisten-2026-12-question`` in the question corpus; a name without
``.texts.yaml`` gets it added).
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
from .kinds import KINDS, kind_of

WRITER = "cursisten/trainers"
SUFFIX = ".texts.yaml"
COLUMNS = ["id", "criterion", "automatic", "disputed", "by", "note"]


@dataclass(frozen=True)
class Disagreement:
    kind: str                  # a kind of .kinds.KINDS
    text: str
    criterion: str
    automatic: bool | None
    disputed: bool | None
    by: str                    # "trainer" or "cursist"
    note: str = ""
    case: str = ""             # the case the text reacts to (questions, compliments)


def collect(data: CourseData, judgements: list[Judgement], marks: list[Dispute]) -> list[Disagreement]:
    """Every disagreement between the assessor and a trainer or a learner."""
    out: list[Disagreement] = []
    grades = {(learner, a, g.name): g for (learner, a), gs in data.grades.items() for g in gs}
    for j in judgements:
        g = grades.get((j.learner, j.assignment, j.grade_id))
        if g is None or not g.changed_by_trainer:
            continue
        given = bool(g.manual_score)
        if j.kind != "statement":
            out.append(Disagreement(j.kind, j.text, j.criterion, j.verdict, given, "trainer", case=j.case))
        elif given and j.verdict is not True:
            out.append(Disagreement("statement", j.text, j.criterion, j.verdict, True, "trainer"))
        elif not given and j.verdict is True:
            out.append(Disagreement("statement", j.text, j.criterion, True, None, "trainer"))
    for d in marks:
        if d.text:
            theirs = None if d.verdict is None else not d.verdict
            out.append(Disagreement(d.kind, d.text, d.criterion, d.verdict, theirs, "cursist", d.note, d.case))
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
          today: _dt.date | None = None) -> list[Path]:
    """Write the batches (texts and disagreements): the request corpus's always,
    another corpus's when it has texts. Returns the paths, the request batch's
    texts and disagreements files first."""
    batch, texts_path, tsv_path = batch_paths(file)
    per_corpus: dict[str, list[Disagreement]] = {"request": []}
    for it in items:
        per_corpus.setdefault(kind_of(it.kind).corpus, []).append(it)
    paths: list[Path] = []
    for corpus, these in per_corpus.items():
        if corpus != "request":
            texts_path = file.with_name(f"{batch}-{corpus}{SUFFIX}")
            tsv_path = file.with_name(f"{batch}-{corpus}.disagreements.tsv")
        paths += _write_batch(texts_path, tsv_path, texts_path.name[: -len(SUFFIX)], corpus, these,
                              course_id, today or _dt.date.today())
    return paths


def _letters(n: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa": the case ids' tails."""
    return (_letters(n // 26 - 1) if n >= 26 else "") + chr(ord("a") + n % 26)


def _write_batch(texts_path: Path, tsv_path: Path, batch: str, corpus: str, items: list[Disagreement],
                 course_id: str, today: _dt.date) -> tuple[Path, Path]:
    ids: dict[tuple[str, str, str], str] = {}   # (kind, case, text) -> text id
    cases: dict[str, str] = {}                  # case text -> case id
    sections: dict[str, list[dict[str, str]]] = {k.section: [] for k in KINDS.values() if k.corpus == corpus}
    for it in items:
        key = (it.kind, it.case, _one_line(it.text))
        if key in ids:
            continue
        section = kind_of(it.kind).section
        entries = sections[section]
        ids[key] = f"{batch}-{section[0]}{len(entries) + 1:03d}"
        entry = {"id": ids[key]}
        if it.case:
            entry["case"] = cases.setdefault(it.case, f"{batch}-{_letters(len(cases))}")
        entries.append(entry | {"text": key[2]})
    meta = {
        "batch": batch,
        "writer": WRITER,
        "written": today.isoformat(),
        "brief": ("texts where a trainer changed an automatic point or a learner marked a verdict "
                  f"(cpw-overzicht{', course ' + course_id if course_id else ''}); "
                  "to be labelled blind by two labellers"),
        **({"cases": [{"id": cid, "text": text} for text, cid in cases.items()]} if cases else {}),
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
        writer.writerow([ids[(it.kind, it.case, _one_line(it.text))], it.criterion, _value(it.automatic),
                         _value(it.disputed), it.by, _one_line(it.note)])
    tsv_path.write_text(rows.getvalue(), encoding="utf-8")
    return texts_path, tsv_path
