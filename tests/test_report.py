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


# -- assignment 05: questions and compliments ---------------------------------------------------

ROUNDS = SOURCE / "05-vragen-en-complimenten"


def test_questions_and_compliments_get_shares_and_a_sentence_per_kind():
    q = lambda who, crit, final, text="q": J(who, crit, final, assignment="05", kind="question", key="vraag-1", text=text)  # noqa: E731
    c = lambda who, crit, final: J(who, crit, final, assignment="05", kind="compliment", key="compliment-1")  # noqa: E731
    judgements = [
        q("a", "question", True), q("b", "question", True), q("c", "question", True), q("d", "question", True),
        q("a", "open", True), q("b", "open", None), q("c", "open", False), q("d", "open", True),
        q("a", "no_advice", True), q("b", "no_advice", False), q("c", "no_advice", False), q("d", "no_advice", True),
        q("a", "no_judgement", True), q("b", "no_judgement", True), q("c", "no_judgement", True),
        q("d", "no_judgement", False),
        c("a", "action", True), c("b", "action", False), c("a", "effect", False), c("b", "effect", False),
        c("a", "no_sting", True), c("b", "no_sting", None),
    ]
    shares = agg.criterion_shares(judgements)["05"]
    # questions first (the course's order of kinds), each kind hardest first, ties in criterion order
    assert [(s.kind, s.label, s.met, s.doubt, s.total) for s in shares] == [
        ("question", "Open vraag", 2, 1, 4), ("question", "Zonder verkapte tip", 2, 0, 4),
        ("question", "Zonder oordeel", 3, 0, 4), ("question", "Een vraag aan de inbrenger", 4, 0, 4),
        ("compliment", "Noemt wat het opleverde", 0, 0, 2), ("compliment", "Noemt wat de ander deed", 1, 0, 2),
        ("compliment", "Zonder angel", 1, 1, 2)]
    parts = agg.by_kind(shares)
    assert list(parts) == ["question", "compliment"]
    assert agg.plain(agg.hardest_sentence(parts["question"], "vragen")) == (
        "De groep vindt een open vraag stellen en een vraag zonder verkapte tip stellen het moeilijkst: "
        "2 van de 4 vragen voldoen eraan (50 %).")
    assert agg.plain(agg.hardest_sentence(parts["compliment"], "complimenten")) == (
        "De groep vindt noemen wat het opleverde het moeilijkst: 0 van de 2 complimenten voldoen eraan (0 %).")


def test_questions_are_judged_with_the_case_of_their_test_cell():
    seen = []

    def fake(text, *, case=None):
        seen.append((text, case))
        verdict = {"Wat werkt al?": True, "Waarom niet?": False}.get(text)
        return SimpleNamespace(criteria={k: SimpleNamespace(passed=verdict) for k in ("open", "effect")})

    data = CourseData(
        assignments=["05"],
        checks={"05": [Check("05", "toets-vraag-1-open", "question", "vraag-1", "open", case="het verhaal"),
                       Check("05", "toets-vraag-2-open", "question", "vraag-2", "open", case="het verhaal"),
                       Check("05", "toets-compliment-1-effect", "compliment", "compliment-1", "effect",
                             case="verhaal en wat al lukte")]},
        answers={("a", "05"): {"vraag-1": {"case": "x", "text": " Wat werkt al? "}, "vraag-2": {"text": "Waarom niet?"},
                               "compliment-1": {"text": "Knap gedaan."}}},
        grades={("a", "05"): [Grade("toets-vraag-2-open", 0.0, 1.0, 1.0, "code", False)]},
    )
    got = agg.judge_texts(data, question=fake, compliment=fake)
    assert [(j.kind, j.answer_key, j.label, j.verdict, j.final, j.case) for j in got] == [
        ("question", "vraag-1", "Open vraag", True, True, "het verhaal"),
        ("question", "vraag-2", "Open vraag", False, True, "het verhaal"),   # the trainer gave the point
        ("compliment", "compliment-1", "Noemt wat het opleverde", None, None, "verhaal en wat al lukte")]
    assert seen == [("Wat werkt al?", "het verhaal"), ("Waarom niet?", "het verhaal"),
                    ("Knap gedaan.", "verhaal en wat al lukte")]
    items = agg.attention(data, got, [])
    assert [(i.what, i.part, i.text) for i in items] == [
        ("Twijfel van de beoordelaar", "compliment-1 · Noemt wat het opleverde", "Knap gedaan."),
        ("Punt aangepast door de trainer", "vraag-2 · Open vraag", "Waarom niet?")]


def test_the_case_of_a_check_is_read_from_the_case_built_in_the_material_cell():
    material = _cell('CASUS = RoundCase(id="c", title="T", domain="", presenter="Mirjam", role="r",\n'
                     '    story="Het verhaal " "in twee stukken.", question="Hoe?", done="Wat al lukte.")\n'
                     'VERHAAL = "los verhaal"')
    cells = [
        material,
        _cell('a = grading.load_answer("vraag-1", label="v")\n'
              'grading.check_question(a, "open", label="V", case=CASUS.story)', "t1"),
        _cell('a = grading.load_answer("compliment-1", label="c")\n'
              'grading.check_compliment(a, "effect", label="C", case=CASUS.told)', "t2"),
        _cell('a = grading.load_answer("vraag-2", label="v")\n'
              'grading.check_question(a, "no_advice", label="V", case=VERHAAL)', "t3"),
        _cell('a = grading.load_answer("vraag-3", label="v")\n'
              'grading.check_question(a, "question", label="V", case=onbekend())', "t4"),
    ]
    problems = []
    assert checks_in_cells(cells, "05", problems) == [
        Check("05", "t1", "question", "vraag-1", "open", case="Het verhaal in twee stukken."),
        Check("05", "t2", "compliment", "compliment-1", "effect", case="Het verhaal in twee stukken. Wat al lukte."),
        Check("05", "t3", "question", "vraag-2", "no_advice", case="los verhaal"),
        Check("05", "t4", "question", "vraag-3", "question"),
    ]
    assert [p.text for p in problems] == [
        "Bij 05 kon de casus van t4 niet worden gelezen; die teksten zijn zonder casus beoordeeld en "
        "kunnen daardoor afwijken van de punten."]


def test_the_course_notebook_of_05_yields_its_questions_and_compliments():
    from cpw_widgets.assess.criteria import COMPLIMENT_CRITERIA, QUESTION_CRITERIA
    from cpw_widgets.content.graded import load_graded_round_case

    [case] = load_graded_round_case(REPO / "exercises" / "graded" / "round_case.yaml")
    problems = []
    got = read_checks(ROUNDS, "05", problems)
    assert problems == []
    assert [(c.kind, c.answer_key, c.target) for c in got] == [
        *[("question", f"vraag-{i}", k) for i in (1, 2, 3) for k in QUESTION_CRITERIA],
        *[("compliment", f"compliment-{i}", k) for i in (1, 2) for k in COMPLIMENT_CRITERIA]]
    # the same case text the test cells give the assessors: the story for a question, all that was told for a compliment
    assert {c.case for c in got if c.kind == "question"} == {case.story}
    assert {c.case for c in got if c.kind == "compliment"} == {f"{case.story} {case.done}"}


def test_disputes_take_the_kind_and_case_from_the_checks():
    checks = [Check("05", "t1", "question", "vraag-1", "open", case="verhaal"),
              Check("05", "t2", "compliment", "compliment-1", "action", case="alles")]
    mark = {"criterion": "no_advice", "verdict": False, "text": "Waarom niet?", "note": "", "at": ""}
    answers = {("a", "05"): {"vraag-1": {"case": "c", "text": "Waarom niet?", "disputes": [mark]},
                             "compliment-1": {"case": "c", "text": "Top", "disputes": [mark | {"criterion": "action"}]}}}
    got = agg.disputes(answers, [], checks)
    assert [(d.kind, d.label, d.case) for d in got] == [("question", "Zonder verkapte tip", "verhaal"),
                                                        ("compliment", "Noemt wat de ander deed", "alles")]
    # without the checks (an answer key no test cell reads) a round's answer reads as a request
    assert agg.disputes(answers)[0].kind == "request"


def test_export_writes_questions_and_compliments_as_batches_of_their_own_corpora(tmp_path, monkeypatch):
    import datetime

    story, told = "Mirjam: de planning schuift.", "Mirjam: de planning schuift. Ze is eerder op kantoor."
    data = CourseData(grades={("a", "05"): [Grade("toets-vraag-2-open", 1.0, 0.0, 1.0, "code", False)]})
    judgements = [agg.Judgement("a", "05", "vraag-2", "question", "Waarom niet\tgewoon?", "open", True, False,
                                "toets-vraag-2-open", story)]
    marks = [agg.Dispute("b", "05", "vraag-2", "question", "no_advice", False, "Waarom niet gewoon?", "Een echte vraag",
                         "", story),
             agg.Dispute("b", "05", "compliment-1", "compliment", "effect", None, 'Knap dat je "eerder" komt.', "",
                         "", told),
             agg.Dispute("b", "02", "verzoek-1", "request", "reason", False, "Wil je bellen?", "", "")]
    items = disagreements.collect(data, judgements, marks)
    paths = disagreements.write(tmp_path / "proef.texts.yaml", items, today=datetime.date(2026, 12, 1))
    assert [p.name for p in paths] == [
        "proef.texts.yaml", "proef.disagreements.tsv", "proef-question.texts.yaml",
        "proef-question.disagreements.tsv", "proef-compliment.texts.yaml", "proef-compliment.disagreements.tsv"]
    requests = yaml.safe_load(paths[0].read_text(encoding="utf-8"))
    assert requests["requests"] == [{"id": "proef-r001", "text": "Wil je bellen?"}] and "cases" not in requests
    questions = yaml.safe_load(paths[2].read_text(encoding="utf-8"))
    assert questions["batch"] == "proef-question" and questions["written"] == "2026-12-01"
    assert questions["cases"] == [{"id": "proef-question-a", "text": story}]
    # the trainer's and the learner's disagreement on the same text (after whitespace): one item
    assert questions["texts"] == [{"id": "proef-question-t001", "case": "proef-question-a", "text": "Waarom niet gewoon?"}]
    compliments = yaml.safe_load(paths[4].read_text(encoding="utf-8"))
    assert compliments["cases"] == [{"id": "proef-compliment-a", "text": told}]
    assert compliments["texts"] == [{"id": "proef-compliment-t001", "case": "proef-compliment-a",
                                     "text": 'Knap dat je "eerder" komt.'}]
    rows = {p.name: list(csv.reader(p.read_text(encoding="utf-8").splitlines(), delimiter="\t")) for p in paths[1::2]}
    assert rows["proef-question.disagreements.tsv"] == [
        disagreements.COLUMNS, ["proef-question-t001", "open", "1", "0", "trainer", ""],
        ["proef-question-t001", "no_advice", "0", "1", "cursist", "Een echte vraag"]]
    assert rows["proef-compliment.disagreements.tsv"] == [
        disagreements.COLUMNS, ["proef-compliment-t001", "effect", "?", "?", "cursist", ""]]
    # each batch reads as a batch of its corpus, with the case text beside each item
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    monkeypatch.setattr(corpus, "_batches_dir", lambda spec: tmp_path)
    [q] = corpus.load_batch("proef-question", "train", "question").items
    assert (q.kind, q.text, q.case) == ("question", "Waarom niet gewoon?", story)
    [c] = corpus.load_batch("proef-compliment", "train", "compliment").items
    assert (c.kind, c.case) == ("compliment", told)


def test_report_of_assignment_05_names_each_kind_and_escapes_the_texts(tmp_path, monkeypatch):
    """A course folder with assignment 05 only, no gradebook; the assessors are stubs
    that say which case they were given (the real ones: tests/test_report_e2e.py)."""
    from dataclasses import replace

    from cpw_widgets.report import kinds

    cases = []

    def stub(verdicts):
        def assess(text, *, case=None):
            cases.append(case)
            return SimpleNamespace(criteria={k: SimpleNamespace(passed=v) for k, v in verdicts[text].items()})
        return assess

    questions = {"Wat <b>werkt</b> al?": {"question": True, "open": True, "no_advice": True, "no_judgement": None},
                 "Waarom niet gewoon eerder?": {"question": True, "open": None, "no_advice": False,
                                                "no_judgement": False}}
    compliments = {"Knap & goed: <i>eerder</i> komen.": {"action": True, "effect": None, "no_sting": True}}
    monkeypatch.setitem(kinds.KINDS, "question", replace(kinds.KINDS["question"], assess=stub(questions)))
    monkeypatch.setitem(kinds.KINDS, "compliment", replace(kinds.KINDS["compliment"], assess=stub(compliments)))
    root = tmp_path / "cursus"
    shutil.copytree(ROUNDS, root / "source" / ROUNDS.name)
    folder = root / "autograded" / "anouk" / ROUNDS.name
    folder.mkdir(parents=True)
    (folder / "antwoorden.json").write_text(json.dumps({
        "vraag-1": {"case": "wijkverpleging-planning", "text": "Wat <b>werkt</b> al?"},
        "vraag-2": {"case": "wijkverpleging-planning", "text": "Waarom niet gewoon eerder?", "disputes": [
            {"criterion": "no_advice", "verdict": False, "text": "Waarom niet gewoon eerder?",
             "note": "Ik <script>vroeg</script> het alleen", "at": "2026-12-01T09:00:00"}]},
        "compliment-1": {"case": "wijkverpleging-planning", "text": "Knap & goed: <i>eerder</i> komen."},
    }), encoding="utf-8")
    assert main(["--cursus", str(root)]) == 0
    out = root / "overzicht"
    assert set(cases) == {c.case for c in read_checks(ROUNDS, ROUNDS.name, [])}  # story and story + done
    rows = [(r["Soort tekst"], r["Criterium"], r["Voldoet"], r["Twijfel"], r["Nog niet"], r["Teksten"])
            for r in csv.DictReader((out / "criteria.csv").open(encoding="utf-8-sig"), delimiter=";")]
    assert rows == [
        ("vraag", "Zonder oordeel", "0", "1", "1", "2"), ("vraag", "Open vraag", "1", "1", "0", "2"),
        ("vraag", "Zonder verkapte tip", "1", "0", "1", "2"), ("vraag", "Een vraag aan de inbrenger", "2", "0", "0", "2"),
        ("compliment", "Noemt wat het opleverde", "0", "1", "0", "1"),
        ("compliment", "Noemt wat de ander deed", "1", "0", "0", "1"), ("compliment", "Zonder angel", "1", "0", "0", "1")]
    page = (out / "overzicht.html").read_text(encoding="utf-8")
    assert "<h4>Vragen</h4>" in page and "<h4>Complimenten</h4>" in page
    assert ("De groep vindt <em>een vraag zonder oordeel stellen</em> het moeilijkst: 0 van de 2 vragen voldoen eraan (0 %).") in page
    assert ("De groep vindt <em>noemen wat het opleverde</em> het moeilijkst: "
            "0 van de 1 complimenten voldoen eraan (0 %).") in page
    assert ">Noemt wat de ander deed<" in page and ">Zonder verkapte tip<" in page  # chart labels
    attention = {(r["Wat"], r["Onderdeel"], r["Tekst"], r["Toelichting"])
                 for r in csv.DictReader((out / "aandacht.csv").open(encoding="utf-8-sig"), delimiter=";")}
    assert attention == {
        ("Twijfel van de beoordelaar", "vraag-1 · Zonder oordeel", "Wat <b>werkt</b> al?", ""),
        ("Twijfel van de beoordelaar", "vraag-2 · Open vraag", "Waarom niet gewoon eerder?", ""),
        ("Twijfel van de beoordelaar", "compliment-1 · Noemt wat het opleverde", "Knap & goed: <i>eerder</i> komen.", ""),
        ("Cursist ziet het anders", "vraag-2 · Zonder verkapte tip (beoordelaar: nog niet)",
         "Waarom niet gewoon eerder?", "Ik <script>vroeg</script> het alleen")}
    # learner text is escaped, never markup
    assert "<b>werkt" not in page and "<script>vroeg" not in page and "<i>eerder" not in page
    assert "Ik &lt;script&gt;vroeg&lt;/script&gt; het alleen" in page
    assert "Wat &lt;b&gt;werkt&lt;/b&gt; al?" in page and "Knap &amp; goed: &lt;i&gt;eerder&lt;/i&gt; komen." in page
    learners = list(csv.DictReader((out / "cursisten.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert [(r["Cursist"], r["Twijfel"], r["Ziet het anders"]) for r in learners] == [("anouk", "3", "1")]


def test_a_task_to_grade_shows_the_texts_in_the_notebooks_order():
    answers = {"compliment-1": {"text": "Knap gedaan."}, "vraag-2": {"text": "Wie helpt?"},
               "vraag-1": {"text": " Wat werkt al? "}, "extra": {"text": "los"}, "leeg": {"text": " "}}
    assert agg.answer_summary(answers, ["vraag-1", "vraag-1", "vraag-2", "compliment-1"]).splitlines() == [
        "vraag-1: Wat werkt al?", "vraag-2: Wie helpt?", "compliment-1: Knap gedaan.", "extra: los"]


def test_short_titles_for_the_columns_per_assignment():
    from cpw_widgets.report.build import short_title

    assert short_title("Opdracht 5: vragen en complimenten in een intervisie") == "Opdracht 5"
    assert short_title("05-vragen-en-complimenten") == "05-vragen-en-complimenten"
