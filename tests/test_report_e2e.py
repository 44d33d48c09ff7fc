"""cpw-overzicht on a whole nbgrader round: two learners (the strong and the weak
one of test_nbgrader_e2e), a trainer who changes three automatic points in the
gradebook (two in 02, one in 05), and four dispute marks in the weak learner's
answers files (02, 03 and two in 05).

The round itself is the one of test_nbgrader_e2e (conftest's ``nbgrader_round``:
the real nbgrader commands in a temporary folder, run once per session); this
module takes a copy of it, changes grades and answers as a trainer would, and
runs the installed ``cpw-overzicht`` command in the course folder.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from test_nbgrader_e2e import (
    ASSIGNMENTS,
    BIN,
    C,
    COURSE_ID,
    EXPECTED,
    GOOD_ROUNDS,
    MANUAL,
    REPO,
    ROUND_CASE,
    WEAK_ROUNDS,
)

pytestmark = pytest.mark.slow

NAMES = {"goed": ("Greet", "Goedhart"), "zwak": ("Wim", "Zwakman")}
ROUNDS = ASSIGNMENTS[4]  # 05-vragen-en-complimenten
# The trainer's changes in the formgrader: (learner, assignment, test cell, points instead of the automatic ones).
# In 05 the trainer finds "Waarom begin je niet gewoon ...?" a suggestion, not an open question.
TRAINER = [("zwak", ASSIGNMENTS[1], "toets-verzoek-2-reason", 1.0), ("goed", ASSIGNMENTS[1], "toets-verzoek-3-concrete", 0.0),
           ("zwak", ROUNDS, "toets-vraag-2-open", 0.0)]
NOTE = "Ik bedoelde het <b>vriendelijk</b>"
DISPUTES = {  # (learner, assignment, answer key): marks as the widgets write them
    ("zwak", "02-progressieverzoek", "verzoek-1"): [
        {"criterion": "no_blame", "verdict": False, "text": "Je bent alweer te laat.", "note": NOTE,
         "at": "2026-12-01T10:15:00"}],
    ("zwak", "03-cirkeltechniek", "cirkel"): [
        {"criterion": "positive", "verdict": False, "text": "Minder vergaderen",
         "note": "Dit is juist wat ik wil", "at": "2026-12-01T10:20:00"}],
    ("zwak", ROUNDS, "vraag-1"): [
        {"criterion": "no_advice", "verdict": False, "text": WEAK_ROUNDS["vraag-1"],
         "note": "Ik vroeg het alleen maar", "at": "2026-12-01T10:25:00"}],
    ("zwak", ROUNDS, "compliment-2"): [
        {"criterion": "effect", "verdict": False, "text": WEAK_ROUNDS["compliment-2"],
         "note": "Eerder op kantoor zijn levert toch rust op?", "at": "2026-12-01T10:30:00"}],
}


@pytest.fixture(scope="module")
def run(nbgrader_round, tmp_path_factory):
    """A copy of the session's nbgrader round: this module changes its gradebook and answers."""
    return nbgrader_round.copy_to(tmp_path_factory.mktemp("report") / "round")


@pytest.fixture(scope="module")
def overview(run):
    from nbgrader.api import Gradebook

    course = run.course
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        for sid, (first, last) in NAMES.items():
            gb.update_or_create_student(sid, first_name=first, last_name=last)
        for sid, assignment, cell, points in TRAINER:
            gb.find_grade(cell, assignment, assignment, sid).manual_score = points
        gb.db.commit()
    for (sid, assignment, key), marks in DISPUTES.items():
        path = course / "autograded" / sid / assignment / "antwoorden.json"
        answers = json.loads(path.read_text(encoding="utf-8"))
        answers[key]["disputes"] = marks
        path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")

    def command(*args: str) -> str:
        proc = subprocess.run([str(BIN / "cpw-overzicht"), *args], cwd=course, capture_output=True,
                              text=True, timeout=300, env=run.env(run.root / "home" / "trainer"))
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc.stdout + proc.stderr

    run.overview_log = command("--export-disagreements", str(run.root / "export" / "cursisten-test.texts.yaml"))
    run.overview_anon_log = command("--anoniem", "--uit", "anoniem")
    return run


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.open(encoding="utf-8-sig"), delimiter=";"))


def test_report_files_are_written(overview):
    out = overview.course / "overzicht"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["overzicht.html", "cursisten.csv", "puntenverdeling.csv", "criteria.csv", "verwisselingen.csv",
         "aandacht.csv"])
    assert "Let op" not in overview.overview_log, overview.overview_log
    page = (out / "overzicht.html").read_text(encoding="utf-8")
    # self-contained: no script, nothing loaded from elsewhere, charts inline
    assert "<script" not in page and not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    # a score chart per assignment, a criteria chart for 02 and 03, and one per kind of text for 05
    assert page.count("<svg") == len(ASSIGNMENTS) + 4


def test_shares_per_criterion(overview):
    rows = {(r["Opdracht"], r["Criterium"]): (int(r["Voldoet"]), int(r["Twijfel"]), int(r["Teksten"]))
            for r in _csv(overview.course / "overzicht" / "criteria.csv")}
    # five requests (three strong, two weak; the weak learner left verzoek-3 empty), with the trainer's two changes
    assert rows == {
        ("02-progressieverzoek", "Positief geformuleerd"): (4, 0, 5),
        ("02-progressieverzoek", "Concreet gedrag"): (3, 0, 5),     # trainer took the strong verzoek-3's point
        ("02-progressieverzoek", "Met een reden"): (4, 0, 5),       # trainer gave the weak verzoek-2's point
        ("02-progressieverzoek", "Als vraag"): (3, 0, 5),
        ("02-progressieverzoek", "Zonder verwijt"): (4, 0, 5),
        ("03-cirkeltechniek", "Positief geformuleerd"): (5, 0, 7),  # "Minder vergaderen", "Ik stop met klagen"
        # five questions (three strong, two weak; the weak vraag-3 is empty), judged on the story: the weak
        # ones are a disguised tip as a yes/no question and a reproaching "waarom niet gewoon" (the assessor:
        # open; the trainer took that point away)
        (ROUNDS, "Een vraag aan de inbrenger"): (5, 0, 5),
        (ROUNDS, "Open vraag"): (3, 0, 5),
        (ROUNDS, "Zonder verkapte tip"): (3, 0, 5),
        (ROUNDS, "Zonder oordeel"): (4, 0, 5),
        # four compliments, judged on all that was told: the weak ones praise a trait, and name an act
        # with a sting and no effect (the assessor is unsure whether that act counts: see below)
        (ROUNDS, "Noemt wat de ander deed"): (2, 1, 4),
        (ROUNDS, "Noemt wat het opleverde"): (2, 0, 4),
        (ROUNDS, "Zonder angel"): (3, 0, 4),
    }
    page = (overview.course / "overzicht" / "overzicht.html").read_text(encoding="utf-8")
    assert ("De groep vindt <em>concreet gedrag</em> en <em>als vraag</em> het moeilijkst: "
            "3 van de 5 verzoeken voldoen eraan (60 %).") in page
    assert "5 van de 7 uitspraken zijn <em>positief geformuleerd</em> (71 %)." in page
    assert ("De groep vindt <em>een open vraag stellen</em> en <em>een vraag zonder verkapte tip stellen</em> "
            "het moeilijkst: 3 van de 5 vragen voldoen eraan (60 %).") in page
    assert ("De groep vindt <em>noemen wat de ander deed</em> en <em>noemen wat het opleverde</em> het moeilijkst: "
            "2 van de 4 complimenten voldoen eraan (50 %).") in page
    kinds = {(r["Opdracht"], r["Soort tekst"]) for r in _csv(overview.course / "overzicht" / "criteria.csv")}
    assert {k for a, k in kinds if a == ROUNDS} == {"vraag", "compliment"}


def test_the_twijfel_in_05_is_the_assessors():
    """The premise of the twijfel counted above: the real assessor, on the case the test cell gives it."""
    from cpw_widgets.assess import assess_compliment

    verdicts = assess_compliment(WEAK_ROUNDS["compliment-2"], case=f"{ROUND_CASE.story} {ROUND_CASE.done}").criteria
    assert {k: v.passed for k, v in verdicts.items()} == {"action": None, "effect": False, "no_sting": False}


def test_confusion_cells(overview):
    cells = {(r["Onderdeel"], r["Juist antwoord"], r["Gekozen"]): int(r["Aantal"])
             for r in _csv(overview.course / "overzicht" / "verwisselingen.csv")}
    mixed = {k: n for k, n in cells.items() if k[1] != k[2]}
    steps = C.step_names
    # the weak learner's mix-ups (WEAK_QUIZ in test_nbgrader_e2e) over the 14 situations; the last one
    # (sturen) left open
    assert mixed == {
        ("01-interventies", "Progressiegericht helpen", "Progressiegericht adviseren"): 1,
        ("01-interventies", "Progressiegerichte negatieve feedback", "Progressieverzoek"): 2,
        ("01-interventies", "Progressieverzoek", "Progressiegerichte negatieve feedback"): 2,
        ("01-interventies", "Progressiegericht sturen", "Progressiegericht instrueren"): 1,
        ("01-interventies", "Progressiegericht sturen", "niets gekozen"): 1,
        ("koppelen", steps[3], steps[2]): 1,
        ("koppelen", steps[6], "niets gekozen"): 1,
        ("sorteren", "Verkapte tip", "Verhelderende vraag"): 2,
    }
    assert cells[("01-interventies", "Progressiegericht sturen", "Progressiegericht sturen")] == 2
    assert cells[("01-interventies", "Progressiegericht helpen", "Progressiegericht helpen")] == 1
    assert cells[("sorteren", "Verhelderende vraag", "Verhelderende vraag")] == 6
    page = (overview.course / "overzicht" / "overzicht.html").read_text(encoding="utf-8")
    assert "waar <em>Verkapte tip</em> past, werd 2 keer <em>Verhelderende vraag</em> gekozen" in page


def test_learner_rows_names_and_anonymised(overview):
    named = {r["Cursist"]: r for r in _csv(overview.course / "overzicht" / "cursisten.csv")}
    assert set(named) == {"Greet Goedhart", "Wim Zwakman"}
    # the points of the nbgrader round (69 and 29), with the trainer's changes in TRAINER
    rounds = {s: sum(sum(EXPECTED[s][a].values()) for a in ASSIGNMENTS) + MANUAL[s] for s in NAMES}
    assert (rounds["goed"], rounds["zwak"]) == (69, 29)
    assert named["Greet Goedhart"]["Totaal"] == "68"   # minus the point the trainer took in 02
    assert named["Wim Zwakman"]["Totaal"] == "29"      # plus the trainer's point in 02, minus the one in 05
    assert named["Greet Goedhart"]["Twijfel"] == "0"
    assert named["Wim Zwakman"]["Twijfel"] == "1"      # compliment-2, noemt wat de ander deed
    assert named["Wim Zwakman"]["Ziet het anders"] == "4"
    anon_dir = overview.course / "anoniem"
    anon = {r["Cursist"]: r for r in _csv(anon_dir / "cursisten.csv")}
    assert anon["Cursist 1"]["Totaal"] == "68" and anon["Cursist 2"]["Totaal"] == "29"  # id order: goed, zwak
    for path in anon_dir.iterdir():
        text = path.read_text(encoding="utf-8-sig")
        for name in (*NAMES["goed"], *NAMES["zwak"], "zwak"):
            assert name not in text, (path.name, name)
    assert "namen verborgen" in (anon_dir / "overzicht.html").read_text(encoding="utf-8")


def test_texts_for_the_trainer(overview):
    rows = _csv(overview.course / "overzicht" / "aandacht.csv")
    seen = {(r["Cursist"], r["Wat"], r["Onderdeel"]) for r in rows}
    assert ("Wim Zwakman", "Cursist ziet het anders", "verzoek-1 · Zonder verwijt (beoordelaar: nog niet)") in seen
    assert ("Wim Zwakman", "Cursist ziet het anders", "cirkel · Positief geformuleerd (beoordelaar: nog niet)") in seen
    assert ("Wim Zwakman", "Punt aangepast door de trainer", "verzoek-2 · Met een reden") in seen
    assert ("Greet Goedhart", "Punt aangepast door de trainer", "verzoek-3 · Concreet gedrag") in seen
    # assignment 05: the assessor's twijfel, the weak learner's two marks, the trainer's change
    assert {(r["Cursist"], r["Wat"], r["Onderdeel"], r["Tekst"], r["Toelichting"]) for r in rows
            if r["Opdracht"] == ROUNDS and r["Wat"] != "Punt nog te geven"} == {
        ("Wim Zwakman", "Twijfel van de beoordelaar", "compliment-2 · Noemt wat de ander deed",
         WEAK_ROUNDS["compliment-2"], ""),
        ("Wim Zwakman", "Cursist ziet het anders", "vraag-1 · Zonder verkapte tip (beoordelaar: nog niet)",
         WEAK_ROUNDS["vraag-1"], "Ik vroeg het alleen maar"),
        ("Wim Zwakman", "Cursist ziet het anders", "compliment-2 · Noemt wat het opleverde (beoordelaar: nog niet)",
         WEAK_ROUNDS["compliment-2"], "Eerder op kantoor zijn levert toch rust op?"),
        ("Wim Zwakman", "Punt aangepast door de trainer", "vraag-2 · Open vraag", WEAK_ROUNDS["vraag-2"],
         "automatisch 1, trainer 0"),
    }
    # the trainer's points of 03 and 05 were never given in this round
    assert {(r["Cursist"], r["Opdracht"]) for r in rows if r["Wat"] == "Punt nog te geven"} == {
        (name, a) for name in ("Greet Goedhart", "Wim Zwakman") for a in ("03-cirkeltechniek", ROUNDS)}
    step = next(r for r in rows if r["Wat"] == "Punt nog te geven" and r["Cursist"] == "Greet Goedhart")
    assert C.circle.model_step in step["Tekst"]
    page = (overview.course / "overzicht" / "overzicht.html").read_text(encoding="utf-8")
    assert "Ik bedoelde het &lt;b&gt;vriendelijk&lt;/b&gt;" in page and NOTE not in page


def test_disagreements_export_is_a_corpus_batch(overview, monkeypatch):
    folder = overview.root / "export"
    meta = yaml.safe_load((folder / "cursisten-test.texts.yaml").read_text(encoding="utf-8"))
    assert meta["batch"] == "cursisten-test" and meta["writer"] == "cursisten/trainers"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", meta["written"]) and meta["brief"]
    texts = {it["text"]: it["id"] for it in meta["requests"]}
    strong_3 = C.requests[2].model
    weak_2 = "Zet onder je verslag de bronnen die je gebruikt."
    assert set(texts) == {weak_2, strong_3, "Je bent alweer te laat."}
    assert meta["statements"] == [{"id": "cursisten-test-s001", "text": "Minder vergaderen"}]
    rows = list(csv.DictReader((folder / "cursisten-test.disagreements.tsv").open(encoding="utf-8"), delimiter="\t"))
    got = {(r["id"], r["criterion"], r["automatic"], r["disputed"], r["by"], r["note"]) for r in rows}
    assert got == {
        (texts[weak_2], "reason", "0", "1", "trainer", ""),
        (texts[strong_3], "concrete", "1", "0", "trainer", ""),
        (texts["Je bent alweer te laat."], "no_blame", "0", "1", "cursist", NOTE),
        ("cursisten-test-s001", "positive", "0", "1", "cursist", "Dit is juist wat ik wil"),
    }
    # the corpus loader reads it as a batch that still waits for its labellers
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    monkeypatch.setattr(corpus, "BATCHES", folder)
    batch = corpus.load_batch("cursisten-test", "train")
    assert len(batch.items) == 4 and batch.labellers == [] and all(not it.gold for it in batch.items)


def test_disagreements_in_05_go_to_the_intervisie_corpora(overview, monkeypatch):
    folder = overview.root / "export"
    assert "cursisten-test-question.texts.yaml" in overview.overview_log
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    monkeypatch.setattr(corpus, "_batches_dir", lambda spec: folder)
    for name, case, texts, disputed in (
        ("question", ROUND_CASE.story, {WEAK_ROUNDS["vraag-1"], WEAK_ROUNDS["vraag-2"]}, {
            (WEAK_ROUNDS["vraag-2"], "open", "1", "0", "trainer", ""),
            (WEAK_ROUNDS["vraag-1"], "no_advice", "0", "1", "cursist", "Ik vroeg het alleen maar")}),
        ("compliment", f"{ROUND_CASE.story} {ROUND_CASE.done}", {WEAK_ROUNDS["compliment-2"]}, {
            (WEAK_ROUNDS["compliment-2"], "effect", "0", "1", "cursist", "Eerder op kantoor zijn levert toch rust op?")}),
    ):
        batch = f"cursisten-test-{name}"
        meta = yaml.safe_load((folder / f"{batch}.texts.yaml").read_text(encoding="utf-8"))
        assert meta["cases"] == [{"id": f"{batch}-a", "text": case}]
        assert {it["text"] for it in meta["texts"]} == texts and {it["case"] for it in meta["texts"]} == {f"{batch}-a"}
        text_of = {it["id"]: it["text"] for it in meta["texts"]}
        rows = csv.DictReader((folder / f"{batch}.disagreements.tsv").open(encoding="utf-8"), delimiter="\t")
        assert {(text_of[r["id"]], r["criterion"], r["automatic"], r["disputed"], r["by"], r["note"])
                for r in rows} == disputed
        loaded = corpus.load_batch(batch, "train", name)
        assert {(it.kind, it.case) for it in loaded.items} == {(name, case)} and loaded.labellers == []
