"""cpw-overzicht's parts on small hand-made inputs: the figures (shares,
confusions, pseudonyms, sentences), reading the keys from notebook cells, the
disagreement export, and a course folder with missing or damaged files.

The whole command on a real nbgrader round: tests/test_report_e2e.py (slow)."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from cpw_widgets.content import interventions_by_key
from cpw_widgets.content.graded import load_graded_situations
from cpw_widgets.report import aggregate as agg
from cpw_widgets.report import disagreements
from cpw_widgets.report.build import number
from cpw_widgets.report.cli import main
from cpw_widgets.report.course import Check, CourseData, Grade, checks_in_cells, read_checks

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "exercises" / "source"
#: The graded situations of 01-interventies, in order (the source notebook is rendered from them).
SITUATIONS = load_graded_situations(REPO / "exercises" / "graded" / "situations.yaml")
#: A choice that does not fit the first graded situation.
WRONG_FIRST = "helpen" if SITUATIONS[0].intervention != "helpen" else "sturen"


def J(learner, criterion, final, *, verdict="same", assignment="02", kind="request", text="t", key="v1", grade_id=""):
    return agg.Judgement(learner, assignment, key, kind, text, criterion,
                         final if verdict == "same" else verdict, final, grade_id)


# -- figures ------------------------------------------------------------------------------


def test_pseudonyms_follow_the_sorted_ids():
    assert agg.pseudonyms(["zoe", "anna", "bram"]) == {"anna": "Cursist 1", "bram": "Cursist 2", "zoe": "Cursist 3"}
    # the same learner keeps their number whatever order the ids come in
    assert agg.pseudonyms(["bram", "zoe", "anna"])["zoe"] == "Cursist 3"


def test_shares_count_met_and_twijfel_apart_and_sort_hardest_first():
    judgements = [
        J("a", "positive", True), J("b", "positive", True), J("c", "positive", False),
        J("a", "concrete", True), J("b", "concrete", None), J("c", "concrete", False),
        J("a", "reason", True), J("b", "reason", False), J("c", "reason", False),
        J("a", "no_blame", True), J("b", "no_blame", True), J("c", "no_blame", True),
    ]
    shares = agg.criterion_shares(judgements)["02"]
    assert [(s.criterion, s.met, s.doubt, s.total) for s in shares] == [
        ("concrete", 1, 1, 3), ("reason", 1, 0, 3), ("positive", 2, 0, 3), ("no_blame", 3, 0, 3)]
    # concrete and reason tie (1 of 3): both named, in the course's order
    assert agg.plain(agg.hardest_sentence(shares, "verzoeken")) == (
        "De groep vindt concreet gedrag en met een reden het moeilijkst: 1 van de 3 verzoeken voldoen eraan (33 %).")


def test_shares_use_the_final_verdict_and_keep_assignments_apart():
    judgements = [J("a", "reason", True, verdict=False),  # the trainer gave the point
                  J("a", "positive", True, assignment="03", kind="statement"),
                  J("a", "positive", False, assignment="03", kind="statement", text="u")]
    shares = agg.criterion_shares(judgements)
    assert [(s.criterion, s.met, s.total) for s in shares["02"]] == [("reason", 1, 1)]
    assert [(s.label, s.met, s.total) for s in shares["03"]] == [("Positief geformuleerd", 1, 2)]
    assert agg.plain(agg.hardest_sentence(shares["03"], "uitspraken")) == (
        "1 van de 2 uitspraken zijn positief geformuleerd (50 %).")


def test_sentence_when_all_met_or_nothing_written():
    shares = agg.criterion_shares([J("a", "positive", True), J("a", "concrete", True)])["02"]
    assert agg.hardest(shares) == []
    assert agg.plain(agg.hardest_sentence(shares, "verzoeken")) == "Alle verzoeken voldoen aan elk criterium."
    assert agg.plain(agg.hardest_sentence([], "verzoeken")) == "Hier zijn nog geen teksten om te bekijken."


def test_confusion_counts_every_choice_against_the_key():
    checks = [Check("01", "t1", "choice", "quiz", "s1", "sturen"),
              Check("01", "t2", "choice", "quiz", "s2", "helpen"),
              Check("01", "t3", "choice", "quiz", "s3", "helpen"),
              Check("01", "t4", "request", "v1", "concrete")]  # not a choice: ignored
    answers = {
        ("ann", "01"): {"quiz": {"choices": {"s1": "sturen", "s2": "adviseren", "s3": "adviseren"}}},
        ("bob", "01"): {"quiz": {"choices": {"s1": "helpen", "s2": "helpen"}}},  # s3 left open
        ("bob", "02"): {"quiz": {"choices": {"s1": "nee-zeggen"}}},             # another assignment
    }
    [c] = agg.confusions(checks, answers)
    assert c.rows == ["sturen", "helpen"]
    assert c.columns == ["sturen", "helpen", "adviseren", agg.NOT_CHOSEN]
    assert c.counts == {("sturen", "sturen"): 1, ("helpen", "adviseren"): 2, ("sturen", "helpen"): 1,
                        ("helpen", "helpen"): 1, ("helpen", agg.NOT_CHOSEN): 1}
    assert c.mix_ups() == [("helpen", "adviseren", 2), ("sturen", "helpen", 1)]


def test_score_distribution_and_numbers():
    scores = {("a", "01"): 7.0, ("b", "01"): 3.0, ("c", "01"): 3.4, ("a", "02"): 1.0}
    assert agg.score_distribution(scores, "01") == {7: 1, 3: 2}
    assert agg.mean_score(scores, "01") == pytest.approx(13.4 / 3)
    assert agg.mean_score(scores, "03") is None
    assert [number(4.4666), number(16.0), number(None)] == ["4,5", "16", "–"]


def test_judge_texts_applies_the_trainers_changes():
    verdicts = {"goed": True, "vaag": False, "twijfel": None}
    fake = lambda text: SimpleNamespace(criteria={c: SimpleNamespace(passed=verdicts[text])  # noqa: E731
                                                  for c in ("concrete", "positive")})
    data = CourseData(
        assignments=["02", "03"],
        checks={"02": [Check("02", "toets-v1-concrete", "request", "v1", "concrete"),
                       Check("02", "toets-v2-concrete", "request", "v2", "concrete")],
                "03": [Check("03", "toets-buiten", "statement", "cirkel", "outer")]},
        answers={("a", "02"): {"v1": {"text": "vaag"}, "v2": {"text": "  "}},   # v2 empty: not judged
                 ("a", "03"): {"cirkel": {"outer": ["vaag", "twijfel", "goed"]}}},
        grades={("a", "02"): [Grade("toets-v1-concrete", 0.0, 1.0, 1.0, "code", False)],
                ("a", "03"): [Grade("toets-buiten", 0.0, 1.0, 1.0, "code", False)]},
    )
    got = agg.judge_texts(data, request=fake, statement=fake)
    assert [(j.answer_key, j.text, j.verdict, j.final) for j in got] == [
        ("v1", "vaag", False, True),
        # the trainer gave the circle side's point: every statement on it counts as positive
        ("cirkel", "vaag", False, True), ("cirkel", "twijfel", None, True), ("cirkel", "goed", True, True)]


def test_disputes_are_read_and_bad_marks_reported():
    answers = {("a", "02"): {
        "v1": {"text": "x", "disputes": [
            {"criterion": "reason", "verdict": False, "text": "x", "note": "er staat toch 'zodat'", "at": "2026-12-01"},
            {"criterion": "reason", "verdict": "nee", "text": "x"},   # not a verdict
            "onzin"]},
        "cirkel": {"outer": ["Minder mailen"], "disputes": [{"criterion": "positive", "verdict": None,
                                                              "text": "Minder mailen"}]}}}
    problems = []
    got = agg.disputes(answers, problems)
    assert [(d.answer_key, d.kind, d.criterion, d.verdict, d.note) for d in got] == [
        ("v1", "request", "reason", False, "er staat toch 'zodat'"),
        ("cirkel", "statement", "positive", None, "")]
    assert [p.say({"a": "Anouk de Wit"}) for p in problems] == [
        "2 markering(en) van Anouk de Wit bij 02 (v1) konden niet worden gelezen en ontbreken in het overzicht."]


# -- the keys from the notebooks -------------------------------------------------------------


def _cell(source, grade_id=None):
    meta = {"nbgrader": {"grade": True, "grade_id": grade_id}} if grade_id else {}
    return {"cell_type": "code", "source": source, "metadata": meta}


def test_checks_are_read_from_the_graded_cells():
    cells = [
        _cell('SLEUTEL = "quiz"\nfrom cpw_widgets import grading'),
        _cell('a = grading.load_answer(SLEUTEL, label="x")\ngrading.check_choice_made(a, "s1", label="y")\n'
              '### BEGIN HIDDEN TESTS\ngrading.check_choice(a, "s1", "sturen", label="y")\n### END HIDDEN TESTS',
              "toets-s1"),
        _cell('a = grading.load_answer("v1", label="x")\ngrading.check_request(a, "concrete", label="V")', "toets-v1"),
        _cell(['a = grading.load_answer("cirkel", label="x")\n', 'grading.check_circle_positive(a, "inner", label="c")'],
              "toets-binnen"),
        _cell('a = grading.load_answer("v1", label="x")\ngrading.check_request(a, "reason", label="V")'),  # not graded
        _cell("this is not python(", "kapot"),
    ]
    assert checks_in_cells(cells, "A") == [
        Check("A", "toets-s1", "choice", "quiz", "s1", "sturen"),
        Check("A", "toets-v1", "request", "v1", "concrete"),
        Check("A", "toets-binnen", "statement", "cirkel", "inner"),
    ]


def test_the_course_notebooks_yield_every_key():
    problems = []
    got = {a: read_checks(SOURCE / a, a, problems) for a in
           ("01-interventies", "02-progressieverzoek", "03-cirkeltechniek", "04-intake-en-intervisie")}
    assert problems == []
    assert [(c.target, c.expected) for c in got["01-interventies"]] == [(s.id, s.intervention) for s in SITUATIONS]
    assert {c.answer_key for c in got["01-interventies"]} == {"01-interventies"}
    assert len(got["02-progressieverzoek"]) == 15 and {c.kind for c in got["02-progressieverzoek"]} == {"request"}
    assert [(c.answer_key, c.target) for c in got["03-cirkeltechniek"]] == [("cirkel", "inner"), ("cirkel", "outer")]
    assert {c.answer_key for c in got["04-intake-en-intervisie"]} == {"koppelen", "sorteren"}
    assert len(got["04-intake-en-intervisie"]) == 13


# -- the disagreement export ------------------------------------------------------------------


def test_export_writes_a_batch_the_corpus_loader_reads(tmp_path, monkeypatch):
    data = CourseData(grades={("a", "02"): [Grade("toets-v1-reason", 0.0, 1.0, 1.0, "code", False),
                                             Grade("toets-v1-concrete", 1.0, None, 1.0, "code", False)]})
    judgements = [J("a", "reason", True, verdict=False, text="Leg je de sleutel\tterug?", grade_id="toets-v1-reason"),
                  J("a", "concrete", True, text="Leg je de sleutel\tterug?", grade_id="toets-v1-concrete")]
    marks = [agg.Dispute("b", "02", "v1", "request", "no_blame", None, "Leg je de sleutel terug?", "Vriendelijk\nbedoeld", ""),
             agg.Dispute("b", "03", "cirkel", "statement", "positive", False, "Geen stress", "", "")]
    items = disagreements.collect(data, judgements, marks)
    texts, tsv = disagreements.write(tmp_path / "proef", items, course_id="cpw", today=__import__("datetime").date(2026, 12, 1))
    assert (texts.name, tsv.name) == ("proef.texts.yaml", "proef.disagreements.tsv")
    meta = yaml.safe_load(texts.read_text(encoding="utf-8"))
    assert meta["written"] == "2026-12-01" and meta["writer"] == "cursisten/trainers"
    # the same text (after whitespace) is one item, disputed twice
    assert meta["requests"] == [{"id": "proef-r001", "text": "Leg je de sleutel terug?"}]
    assert meta["statements"] == [{"id": "proef-s001", "text": "Geen stress"}]
    rows = list(csv.reader(tsv.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    assert rows == [disagreements.COLUMNS,
                    ["proef-r001", "reason", "0", "1", "trainer", ""],
                    ["proef-r001", "no_blame", "?", "?", "cursist", "Vriendelijk bedoeld"],
                    ["proef-s001", "positive", "0", "1", "cursist", ""]]
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    monkeypatch.setattr(corpus, "BATCHES", tmp_path)
    assert [it.id for it in corpus.load_batch("proef", "train").items] == ["proef-r001", "proef-s001"]


def test_export_of_a_circle_side_the_trainer_lowered():
    data = CourseData(grades={("a", "03"): [Grade("toets-buiten", 1.0, 0.0, 1.0, "code", False)]})
    js = [J("a", "positive", v, kind="statement", assignment="03", text=t, grade_id="toets-buiten")
          for t, v in (("Meer rust", True), ("Minder ruzie", False))]
    # the trainer did not say which statement is not positive: the passed ones go out with "?"
    assert disagreements.collect(data, js, []) == [
        disagreements.Disagreement("statement", "Meer rust", "positive", True, None, "trainer")]


# -- a course folder with gaps -------------------------------------------------------------------


def _course(tmp_path: Path) -> Path:
    root = tmp_path / "cursus"
    shutil.copytree(SOURCE / "01-interventies", root / "source" / "01-interventies")
    ann = root / "autograded" / "anouk" / "01-interventies"
    ann.mkdir(parents=True)
    (ann / "antwoorden.json").write_text(json.dumps({"01-interventies": {
        "choices": {SITUATIONS[0].id: WRONG_FIRST},
        "disputes": [{"criterion": "no_blame", "verdict": None, "text": "<script>alert(1)</script>",
                      "note": "Zo 😀 & zo", "at": "2026-12-01T09:00:00"}]}}), encoding="utf-8")
    bob = root / "submitted" / "bob" / "01-interventies"
    bob.mkdir(parents=True)
    (bob / "antwoorden.json").write_text('{"01-interventies": {"choices": ', encoding="utf-8")
    return root


def test_report_without_gradebook_and_with_a_damaged_answers_file(tmp_path, capsys):
    root = _course(tmp_path)
    before = (root / "submitted/bob/01-interventies/antwoorden.json").read_bytes()
    assert main(["--cursus", str(root)]) == 0
    out = capsys.readouterr()
    assert "Overzicht van 2 cursist(en) geschreven" in out.out
    assert "cijferbestand gradebook.db is er niet" in out.err
    assert "antwoordenbestand van bob bij 01-interventies is beschadigd" in out.err
    page = (root / "overzicht" / "overzicht.html").read_text(encoding="utf-8")
    assert "Let op:" in page and "is beschadigd" in page
    # learner text is escaped, never markup
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Zo 😀 &amp; zo" in page
    # anouk's wrong choice is in the confusion table; nothing was changed in the course folder
    rows = list(csv.DictReader((root / "overzicht" / "verwisselingen.csv").open(encoding="utf-8-sig"), delimiter=";"))
    names = {k: i.name for k, i in interventions_by_key().items()}
    assert {"Opdracht": "01-interventies", "Onderdeel": "01-interventies",
            "Juist antwoord": names[SITUATIONS[0].intervention], "Gekozen": names[WRONG_FIRST], "Aantal": "1"} in rows
    assert (root / "submitted/bob/01-interventies/antwoorden.json").read_bytes() == before
    assert not (root / "gradebook.db").exists()


def test_report_with_a_damaged_gradebook(tmp_path, capsys):
    pytest.importorskip("nbgrader")
    root = _course(tmp_path)
    (root / "gradebook.db").write_bytes(b"dit is geen database" * 50)
    assert main(["--cursus", str(root), "--uit", str(tmp_path / "uit"), "--anoniem"]) == 0
    err = capsys.readouterr().err
    assert "cijferbestand gradebook.db kon niet worden gelezen" in err
    assert (root / "gradebook.db").read_bytes() == b"dit is geen database" * 50
    page = (tmp_path / "uit" / "overzicht.html").read_text(encoding="utf-8")
    assert "Cursist 1" in page and "Cursist 2" in page
    # the ids stay hidden, also in the sentence about bob's damaged answers file
    assert "van Cursist 2 bij 01-interventies is beschadigd" in page
    assert "anouk" not in page.lower() and "bob" not in page.lower()


def test_charts_are_plain_inline_svg():
    from cpw_widgets.report.charts import criteria_chart, score_chart

    shares = agg.criterion_shares([J("a", "concrete", False), J("b", "concrete", None), J("a", "reason", True)])["02"]
    for svg in (criteria_chart(shares, "x"), score_chart({3: 2, 7: 1}, 7, "y")):
        assert svg.startswith("<svg") and "<?xml" not in svg and "<!DOCTYPE" not in svg
        assert "<image" not in svg and "@font-face" not in svg and "url(http" not in svg
    assert ">Concreet gedrag<" in criteria_chart(shares, "x")
