"""The figures of the class view, as pure functions over plain data.

Everything here takes what :mod:`.course` read (or small hand-made inputs in
the tests) and returns plain values; only :func:`judge_texts` calls the
assessors, and they can be passed in.

Shares count *texts*: one learner's request, question or compliment, or one
statement on a learner's circle (the kinds: :mod:`.kinds`). A text meets a criterion when the assessor said so, unless the
trainer changed that test's point in the formgrader: then the trainer's point
counts. A twijfel ("passed is None") is counted on its own, never as met.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .course import Check, CourseData, Grade, Problem
from .kinds import KINDS, TextKind, criterion_label, kind_of

NOT_CHOSEN = "niets gekozen"
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}
_SIDES = {"inner": "binnencirkel", "outer": "buitencirkel"}


# -- who is who ------------------------------------------------------------------------


def pseudonyms(learner_ids: Iterable[str]) -> dict[str, str]:
    """"Cursist 1", "Cursist 2", ... in the order of the learner ids (sorted), so a
    learner keeps their number as long as the group stays the same."""
    return {lid: f"Cursist {n}" for n, lid in enumerate(sorted(learner_ids), start=1)}


# -- free texts and their verdicts --------------------------------------------------------


@dataclass(frozen=True)
class Judgement:
    learner: str
    assignment: str
    answer_key: str
    kind: str                 # a kind of .kinds.KINDS: "request", "statement", "question", "compliment"
    text: str
    criterion: str
    verdict: bool | None      # the assessor's
    final: bool | None        # the trainer's point where the trainer changed it, else the verdict
    grade_id: str = ""
    case: str = ""            # the case the text reacts to (questions, compliments)

    @property
    def label(self) -> str:
        return criterion_label(self.kind, self.criterion)


def judge_texts(data: CourseData, **assessors: Callable[..., Any]) -> list[Judgement]:
    """One judgement per (learner, free text, criterion) that a test cell checks.

    Each kind's assessor is the one of :data:`.kinds.KINDS`, unless passed by
    the kind's name (``request=``, ``question=``, ...; the tests pass stubs)."""
    judge = {name: _memo(kind, assessors.get(name, kind.assess)) for name, kind in KINDS.items()}
    out: list[Judgement] = []
    for (learner, assignment), answers in data.answers.items():
        grades = {g.name: g for g in data.grades.get((learner, assignment), [])}
        for check in data.checks.get(assignment, []):
            answer = answers.get(check.answer_key) or {}
            grade = grades.get(check.grade_id)
            changed = grade is not None and grade.changed_by_trainer
            if check.kind == "statement":
                raised = changed and bool(grade.manual_score)
                for text in _side(answer, check.target):
                    verdict = _verdict(judge["statement"](text, ""), "positive")
                    out.append(Judgement(learner, assignment, check.answer_key, "statement", text,
                                         "positive", verdict, True if raised else verdict, check.grade_id))
            elif check.kind in judge:
                text = str(answer.get("text") or "").strip()
                if not text:
                    continue
                verdict = _verdict(judge[check.kind](text, check.case), check.target)
                final = bool(grade.manual_score) if changed else verdict
                out.append(Judgement(learner, assignment, check.answer_key, check.kind, text,
                                     check.target, verdict, final, check.grade_id, check.case))
    return out


def _memo(kind: TextKind, assess: Callable[..., Any]) -> Callable[[str, str], Any]:
    """``assess`` called once per (text, case), not once per criterion."""
    seen: dict[tuple[str, str], Any] = {}

    def judged(text: str, case: str) -> Any:
        if (text, case) not in seen:
            seen[(text, case)] = kind.judge(assess, text, case)
        return seen[(text, case)]
    return judged


def _verdict(assessment: Any, criterion: str) -> bool | None:
    result = assessment.criteria.get(criterion)
    return False if result is None else result.passed


def _side(answer: Mapping[str, Any], side: str) -> list[str]:
    items = answer.get(side) if side in _SIDES else None
    return [str(s).strip() for s in items or [] if str(s).strip()]


@dataclass(frozen=True)
class Share:
    criterion: str
    label: str
    met: int
    doubt: int
    total: int
    kind: str = "request"

    @property
    def fraction(self) -> float:
        return self.met / self.total if self.total else 0.0


def criterion_shares(judgements: Iterable[Judgement]) -> dict[str, list[Share]]:
    """Per assignment, per criterion: how many texts meet it, how many are
    twijfel, out of how many; grouped by kind of text (an assignment may hold
    questions and compliments), within a kind sorted from the hardest criterion
    (lowest share) to the easiest, ties in the course's criterion order."""
    counts: dict[str, dict[tuple[str, str], list[int]]] = {}
    for j in judgements:
        c = counts.setdefault(j.assignment, {}).setdefault((j.kind, j.criterion), [0, 0, 0])
        c[0] += j.final is True
        c[1] += j.final is None
        c[2] += 1
    out = {}
    for assignment, per in counts.items():
        shares = [Share(crit, criterion_label(kind, crit), *n, kind=kind) for (kind, crit), n in per.items()]
        out[assignment] = sorted(shares, key=_hardest_first)
    return out


def _hardest_first(s: Share) -> tuple[int, float, int]:
    order = kind_of(s.kind).criteria
    return (_KIND_ORDER.get(s.kind, 99), s.fraction, order.index(s.criterion) if s.criterion in order else 99)


def by_kind(shares: list[Share]) -> dict[str, list[Share]]:
    """One assignment's shares per kind of text, in the order of :data:`.kinds.KINDS`."""
    out: dict[str, list[Share]] = {}
    for s in shares:
        out.setdefault(s.kind, []).append(s)
    return out


def hardest(shares: list[Share]) -> list[Share]:
    """The criteria with the lowest share (several on a tie); none when all are met."""
    if not shares or all(s.met == s.total for s in shares):
        return []
    low = min(s.fraction for s in shares)
    return [s for s in shares if s.fraction == low]


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def hardest_sentence(shares: list[Share], noun: str = "teksten") -> tuple[str, list[str], str]:
    """The Dutch sentence about the hardest criterion of one kind of text, as
    (opening, emphasised criteria, rest): the HTML puts the criteria in italics,
    the CSV joins them. A criterion is named as the kind's phrase for it."""
    if not shares:
        return ("Hier zijn nog geen teksten om te bekijken.", [], "")
    low = hardest(shares)
    if not low:
        return (f"Alle {noun} voldoen aan elk criterium.", [], "")
    s = low[0]
    rest = f": {s.met} van de {s.total} {noun} voldoen eraan ({_percent(s.met, s.total)})."
    if len(shares) == 1:
        return (f"{s.met} van de {s.total} {noun} zijn ", [s.label.lower()],
                f" ({_percent(s.met, s.total)}).")
    return ("De groep vindt ", [kind_of(x.kind).phrase(x.criterion) for x in low], " het moeilijkst" + rest)


def plain(sentence: tuple[str, list[str], str]) -> str:
    opening, labels, rest = sentence
    return opening + " en ".join(labels) + rest


# -- choices and the key ------------------------------------------------------------------


@dataclass
class Confusion:
    assignment: str
    answer_key: str
    rows: list[str]                      # the right answers, in course order
    columns: list[str]                   # every answer given (rows first), then NOT_CHOSEN
    counts: dict[tuple[str, str], int]   # (right, chosen) -> how often

    def mix_ups(self) -> list[tuple[str, str, int]]:
        """(right, chosen instead, count), most frequent first."""
        pairs = [(r, c, n) for (r, c), n in self.counts.items() if c != r and c != NOT_CHOSEN and n]
        return sorted(pairs, key=lambda p: (-p[2], self.rows.index(p[0]), self.columns.index(p[1])))


def confusions(checks: Iterable[Check], answers: Mapping[tuple[str, str], Mapping[str, Any]]) -> list[Confusion]:
    """Per choice exercise (one answer key of one assignment): how often each
    right answer was given as which answer, over every learner with an answers
    file for that assignment."""
    groups: dict[tuple[str, str], list[Check]] = {}
    for check in checks:
        if check.kind == "choice":
            groups.setdefault((check.assignment, check.answer_key), []).append(check)
    out = []
    for (assignment, key), items in groups.items():
        rows = list(dict.fromkeys(c.expected for c in items))
        counts: Counter[tuple[str, str]] = Counter()
        for (_learner, a), learner_answers in sorted(answers.items()):
            if a != assignment:
                continue
            chosen = (learner_answers.get(key) or {}).get("choices") or {}
            for c in items:
                got = chosen.get(c.target) if isinstance(chosen, Mapping) else None
                counts[(c.expected, str(got) if got else NOT_CHOSEN)] += 1
        extra = sorted({ch for (_r, ch) in counts} - set(rows) - {NOT_CHOSEN})
        out.append(Confusion(assignment, key, rows, rows + extra + [NOT_CHOSEN], dict(counts)))
    return out


# -- points ------------------------------------------------------------------------------


def score_distribution(scores: Mapping[tuple[str, str], float], assignment: str) -> Counter[int]:
    """How many learners got how many points (rounded to whole points) for ``assignment``."""
    return Counter(round(s) for (_l, a), s in scores.items() if a == assignment)


def mean_score(scores: Mapping[tuple[str, str], float], assignment: str) -> float | None:
    got = [s for (_l, a), s in scores.items() if a == assignment]
    return sum(got) / len(got) if got else None


# -- what needs the trainer's eye ------------------------------------------------------------


@dataclass(frozen=True)
class Dispute:
    learner: str
    assignment: str
    answer_key: str
    kind: str                  # a kind of .kinds.KINDS
    criterion: str
    verdict: bool | None       # the verdict the learner saw and marked
    text: str
    note: str
    at: str
    case: str = ""             # the case the text reacts to (questions, compliments)

    @property
    def label(self) -> str:
        return criterion_label(self.kind, self.criterion)


def disputes(answers: Mapping[tuple[str, str], Mapping[str, Any]],
             problems: list[Problem] | None = None, checks: Iterable[Check] = ()) -> list[Dispute]:
    """The learners' dispute marks in their answers files (entries that are
    not well-formed are skipped, with a Dutch problem). The kind of text (and
    its case) comes from the ``checks`` of that answer key; without one, a
    circle reads as statements and anything else as a request."""
    known = {(c.assignment, c.answer_key): (c.kind, c.case) for c in checks if c.kind in KINDS}
    out = []
    for (learner, assignment), learner_answers in sorted(answers.items()):
        for key, answer in learner_answers.items():
            marks = answer.get("disputes")
            if marks is None:
                continue
            guess = "statement" if ("inner" in answer or "outer" in answer) else "request"
            kind, case = known.get((assignment, key), (guess, ""))
            bad = 0
            for mark in marks if isinstance(marks, list) else [marks]:
                if (not isinstance(mark, Mapping) or not isinstance(mark.get("criterion"), str)
                        or mark.get("verdict") not in (True, False, None)
                        or not isinstance(mark.get("text", ""), str)):
                    bad += 1
                    continue
                out.append(Dispute(learner, assignment, key, kind, mark["criterion"], mark.get("verdict"),
                                   mark.get("text", "").strip(), str(mark.get("note") or "").strip(),
                                   str(mark.get("at") or ""), case))
            if bad and problems is not None:
                problems.append(Problem(f"{bad} markering(en) van {{cursist}} bij {assignment} ({key}) konden "
                                        "niet worden gelezen en ontbreken in het overzicht.", learner))
    return out


@dataclass(frozen=True)
class Attention:
    learner: str
    assignment: str
    what: str          # Dutch: why the trainer should look
    part: str          # which exercise or criterion
    text: str          # the learner's text (escaped when shown)
    detail: str = ""   # the learner's note, or the points before and after


def _verdict_word(v: bool | None) -> str:
    return "twijfel" if v is None else "voldoet" if v else "nog niet"


def attention(data: CourseData, judgements: Iterable[Judgement], marks: Iterable[Dispute]) -> list[Attention]:
    """The texts that need the trainer's eye: twijfel verdicts, the learners'
    marks, points the trainer changed, and points still to give by hand."""
    out: list[Attention] = []
    judgements = list(judgements)
    for j in judgements:
        if j.final is None:
            out.append(Attention(j.learner, j.assignment, "Twijfel van de beoordelaar",
                                 f"{j.answer_key} · {j.label}", j.text))
    for d in marks:
        out.append(Attention(d.learner, d.assignment, "Cursist ziet het anders",
                             f"{d.answer_key} · {d.label} (beoordelaar: {_verdict_word(d.verdict)})",
                             d.text, d.note))
    texts = {(j.learner, j.assignment, j.grade_id): j.text for j in judgements}
    parts = {(c.assignment, c.grade_id): part_label(c) for cs in data.checks.values() for c in cs}
    for (learner, assignment), grades in sorted(data.grades.items()):
        for g in grades:
            if g.changed_by_trainer:
                out.append(Attention(learner, assignment, "Punt aangepast door de trainer",
                                     parts.get((assignment, g.name), g.name),
                                     texts.get((learner, assignment, g.name), ""),
                                     f"automatisch {_points(g.auto_score)}, trainer {_points(g.manual_score)}"))
            elif g.open_for_trainer:
                summary = answer_summary(data.answers.get((learner, assignment), {}),
                                         [c.answer_key for c in data.checks.get(assignment, [])])
                out.append(Attention(learner, assignment, "Punt nog te geven", g.name, summary,
                                     f"max. {_points(g.max_score)}"))
    return out


def part_label(check: Check) -> str:
    """What a test cell checks, for the trainer: "verzoek-1 · Concreet gedrag"."""
    if check.kind == "statement":
        return f"{check.answer_key} · {_SIDES.get(check.target, check.target)} positief geformuleerd"
    if check.kind in KINDS:
        return f"{check.answer_key} · {criterion_label(check.kind, check.target)}"
    return f"{check.answer_key} · {check.target}"


def _points(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:g}".replace(".", ",")


def answer_summary(answers: Mapping[str, Mapping[str, Any]], order: Iterable[str] = ()) -> str:
    """The learner's free texts of one assignment in a few lines (for a task the
    trainer grades by hand), in the ``order`` of the answer keys in the
    notebook (the keys it does not name after them, as stored)."""
    place = {key: i for i, key in enumerate(dict.fromkeys(order))}
    lines = []
    for key, answer in sorted(answers.items(), key=lambda kv: place.get(kv[0], len(place))):
        if isinstance(answer.get("text"), str) and answer["text"].strip():
            lines.append(f"{key}: {answer['text'].strip()}")
        if answer.get("step_item") or answer.get("step"):
            lines.append(f"Kleine stap bij \u201c{answer.get('step_item', '')}\u201d: {answer.get('step', '')}")
    return "\n".join(lines)


# -- one row per learner ----------------------------------------------------------------------


def learner_rows(data: CourseData, names: Mapping[str, str], items: Iterable[Attention]) -> list[dict[str, Any]]:
    """Per learner: name, points per assignment (None: not handed in), total,
    and how many texts need the trainer's eye, by reason."""
    by_learner: dict[str, Counter[str]] = {}
    for a in items:
        by_learner.setdefault(a.learner, Counter())[a.what] += 1
    rows = []
    for learner in data.learners:
        points = {a: data.scores.get((learner, a)) for a in data.assignments}
        seen = by_learner.get(learner, Counter())
        rows.append({
            "learner": learner, "name": names[learner], "points": points,
            "total": sum(p for p in points.values() if p is not None),
            "doubts": seen["Twijfel van de beoordelaar"],
            "disputes": seen["Cursist ziet het anders"],
            "open": seen["Punt nog te geven"],
        })
    return rows
