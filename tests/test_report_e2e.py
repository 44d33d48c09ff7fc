"""cpw-overzicht on a whole nbgrader round: two learners (the strong and the weak
one of test_nbgrader_e2e), a trainer who changes two automatic points in the
gradebook, and two dispute marks in the weak learner's answers files.

The round itself is the one of test_nbgrader_e2e (its ``run`` fixture: the real
nbgrader commands in a temporary folder); this module runs it once more for
itself and then runs the installed ``cpw-overzicht`` command in the course
folder, as a trainer would.
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

from test_nbgrader_e2e import ASSIGNMENTS, BIN, COURSE_ID, REPO, SRC, run  # noqa: F401 (run: fixture)

pytestmark = pytest.mark.slow

NAMES = {"goed": ("Greet", "Goedhart"), "zwak": ("Wim", "Zwakman")}
# The trainer's changes in the formgrader: (learner, test cell, points instead of the automatic ones).
TRAINER = [("zwak", "toets-verzoek-2-reason", 1.0), ("goed", "toets-verzoek-3-concrete", 0.0)]
NOTE = "Ik bedoelde het <b>vriendelijk</b>"
DISPUTES = {  # (learner, assignment, answer key): marks as the widgets write them
    ("zwak", "02-progressieverzoek", "verzoek-1"): [
        {"criterion": "no_blame", "verdict": False, "text": "Je bent alweer te laat.", "note": NOTE,
         "at": "2026-12-01T10:15:00"}],
    ("zwak", "03-cirkeltechniek", "cirkel"): [
        {"criterion": "positive", "verdict": False, "text": "Minder vergaderen",
         "note": "Dit is juist wat ik wil", "at": "2026-12-01T10:20:00"}],
}


@pytest.fixture(scope="module")
def overview(run):  # noqa: F811 (the fixture imported above)
    from nbgrader.api import Gradebook

    course = run.course
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        for sid, (first, last) in NAMES.items():
            gb.update_or_create_student(sid, first_name=first, last_name=last)
        for sid, cell, points in TRAINER:
            gb.find_grade(cell, ASSIGNMENTS[1], ASSIGNMENTS[1], sid).manual_score = points
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
    assert page.count("<svg") == len(ASSIGNMENTS) + 2  # a score chart per assignment, a criteria chart for 02 and 03


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
    }
    page = (overview.course / "overzicht" / "overzicht.html").read_text(encoding="utf-8")
    assert ("De groep vindt <em>concreet gedrag</em> en <em>als vraag</em> het moeilijkst: "
            "3 van de 5 verzoeken voldoen eraan (60 %).") in page
    assert "5 van de 7 uitspraken zijn <em>positief geformuleerd</em> (71 %)." in page


def test_confusion_cells(overview):
    cells = {(r["Onderdeel"], r["Juist antwoord"], r["Gekozen"]): int(r["Aantal"])
             for r in _csv(overview.course / "overzicht" / "verwisselingen.csv")}
    mixed = {k: n for k, n in cells.items() if k[1] != k[2]}
    steps = SRC.INTAKE_STEPS
    assert mixed == {
        ("01-interventies", "Progressiegericht helpen", "Progressiegericht adviseren"): 1,
        ("01-interventies", "Progressiegericht nee zeggen", "Progressieverzoek"): 1,
        ("01-interventies", "Progressieverzoek", "Progressiegerichte negatieve feedback"): 1,
        ("01-interventies", "Progressiegericht overtuigen", "niets gekozen"): 1,
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
    assert named["Greet Goedhart"]["Totaal"] == "43"   # 44 in the nbgrader round, minus the trainer's change
    assert named["Wim Zwakman"]["Totaal"] == "20"      # 19 plus the trainer's point
    assert named["Wim Zwakman"]["Ziet het anders"] == "2"
    anon_dir = overview.course / "anoniem"
    anon = {r["Cursist"]: r for r in _csv(anon_dir / "cursisten.csv")}
    assert anon["Cursist 1"]["Totaal"] == "43" and anon["Cursist 2"]["Totaal"] == "20"  # id order: goed, zwak
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
    # the trainer's point of 03 was never given in this round
    assert {(r["Cursist"], r["Opdracht"]) for r in rows if r["Wat"] == "Punt nog te geven"} == {
        ("Greet Goedhart", "03-cirkeltechniek"), ("Wim Zwakman", "03-cirkeltechniek")}
    step = next(r for r in rows if r["Wat"] == "Punt nog te geven" and r["Cursist"] == "Greet Goedhart")
    assert SRC.CIRCLE_MODEL["step"] in step["Tekst"]
    page = (overview.course / "overzicht" / "overzicht.html").read_text(encoding="utf-8")
    assert "Ik bedoelde het &lt;b&gt;vriendelijk&lt;/b&gt;" in page and NOTE not in page


def test_disagreements_export_is_a_corpus_batch(overview, monkeypatch):
    folder = overview.root / "export"
    meta = yaml.safe_load((folder / "cursisten-test.texts.yaml").read_text(encoding="utf-8"))
    assert meta["batch"] == "cursisten-test" and meta["writer"] == "cursisten/trainers"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", meta["written"]) and meta["brief"]
    texts = {it["text"]: it["id"] for it in meta["requests"]}
    strong_3 = SRC.REQUESTS[2][3]
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
