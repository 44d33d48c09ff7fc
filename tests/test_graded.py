"""The graded assignments as data: exercises/graded/*.yaml, validated by
cpw_widgets.content.graded, rendered into exercises/source by the Jinja2
templates. Checks the set (all nine interventions, enough situations, no
give-away wording), the Dutch errors for bad data, and that every label a
learner sees in a graded notebook is the label of the content data."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import nbformat
import pytest

from cpw_widgets.assess.criteria import COMPLIMENT_LABELS, QUESTION_LABELS, REQUEST_LABELS
from cpw_widgets.content import (
    INTERVISION_CATEGORIES,
    ContentError,
    load_intake_steps,
    load_interventions,
    load_scenarios,
)
from cpw_widgets.content import graded as g

REPO = Path(__file__).resolve().parents[1]
GRADED = REPO / "exercises/graded"
SOURCE = REPO / "exercises/source"


def _make_source():
    spec = importlib.util.spec_from_file_location("make_source_graded", REPO / "exercises/tools/make_source.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


SRC = _make_source()
COURSE = SRC.load_course()
KEYS = [i.key for i in load_interventions()]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(text: str, n: int) -> set[str]:
    words = _words(text)
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the graded set of assignment 01 ----------------------------------------------------


def test_the_graded_set_covers_all_nine_with_at_least_twelve_situations():
    situations = COURSE.situations
    assert len(situations) >= 12
    assert {s.intervention for s in situations} == set(KEYS)
    # the core of chapter 4: negative feedback and progress requests come in pairs
    assert sum(s.intervention == "negatieve-feedback" for s in situations) >= 2
    assert sum(s.intervention == "progressieverzoek" for s in situations) >= 2
    for s in situations:
        assert s.intervention not in s.wrong and set(s.wrong) <= set(KEYS), s.id
        # the two closest to each other are told apart in the feedback
        pair = {"negatieve-feedback", "progressieverzoek"}
        if s.intervention in pair:
            assert (pair - {s.intervention}) <= set(s.wrong), s.id


def test_no_situation_gives_its_answer_away():
    stems = ("nee zeg", "stuur", "stur", "instrue", "help", "advie", "advis", "train", "overtuig",
             "feedback", "verzoek")
    features = [f for i in load_interventions() for f in i.features]
    for s in COURSE.situations:
        text = " ".join(_words(s.text))
        for stem in stems:
            assert not re.search(rf"\b{stem}", text), (s.id, stem)
        for feature in features:  # no wording of a recognition feature (four words in a row)
            assert not _runs(s.text, 4) & _runs(feature, 4), (s.id, feature)


def test_graded_situations_differ_from_the_practice_scenarios():
    practice = [_runs(p.text, 6) for p in load_scenarios()]
    for s in COURSE.situations:
        mine = _runs(s.text, 6)
        for other in practice:
            assert not mine & other, (s.id, sorted(mine & other)[:2])


# -- bad data gets a Dutch message ----------------------------------------------------------

SITUATION = """\
- id: s-1
  text: Je buurman vraagt of je zaterdag komt helpen.
  intervention: nee-zeggen
  why: Er komt een verzoek naar je toe.
  wrong:
    progressieverzoek: Jij wilt niets van hem.
"""


def test_a_wrong_key_names_file_item_field_and_the_choices(tmp_path):
    path = write(tmp_path, "situaties.yaml", SITUATION.replace("intervention: nee-zeggen", "intervention: nee")
                 .replace("progressieverzoek:", "nee:"))
    with pytest.raises(ContentError) as info:
        g.load_graded_situations(path)
    text = str(info.value)
    assert 'situaties.yaml, item "s-1" (nr. 1): het veld "intervention" noemt "nee", maar die interventie ' \
           "bestaat niet. Kies uit:" in text
    assert 'het veld "wrong" noemt "nee"' in text


def test_a_set_that_misses_interventions_or_is_too_small_is_refused(tmp_path):
    with pytest.raises(ContentError) as info:
        g.load_graded_situations(write(tmp_path, "situaties.yaml", SITUATION))
    problems = info.value.problems
    assert problems[0] == ("situaties.yaml: er staan 1 situaties in; de opdracht heeft er minstens 12 nodig, "
                           "zodat geen antwoord vanzelf volgt.")
    assert problems[1].startswith("situaties.yaml: geen situatie past bij sturen, instrueren,")
    assert "nee-zeggen" not in problems[1]


def test_labels_other_than_the_practice_data_are_refused(tmp_path):
    path = write(tmp_path, "ronde.yaml", "- id: z-1\n  text: Waarom bel je niet?\n  category: Tip in vermomming\n"
                 "  why: Er zit een advies in.\n")
    with pytest.raises(ContentError) as info:
        g.load_graded_round_questions(path)
    assert 'het veld "category" is "Tip in vermomming", maar dat kan niet. Kies uit: Verhelderende vraag, ' \
           "Verkapte tip." in str(info.value)
    path = write(tmp_path, "vragen.yaml", "- id: v-1\n  text: Wat wilt u bereiken?\n  step: progressiedoel\n")
    with pytest.raises(ContentError) as info:
        g.load_graded_step_questions(path)
    assert 'het veld "step" noemt "progressiedoel", maar die stap bestaat niet. Kies uit: mandaat,' in str(info.value)
    path.write_text("- id: v-1\n  text: Wat wilt u bereiken?\n  step: doel\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        g.load_graded_step_questions(path)
    assert str(info.value) == ("vragen.yaml: er is geen vraag bij de stap(pen) mandaat, nut, behoefte, werkt-al, "
                               "aanpak, volgende-stap; de opdracht heeft bij elke stap een vraag.")


def test_broken_yaml_circle_and_missing_path(tmp_path):
    with pytest.raises(ContentError) as info:
        g.load_graded_requests(write(tmp_path, "verzoeken.yaml", "- id: v-1\n  context: Je zegt: iets\n"))
    assert str(info.value).startswith("verzoeken.yaml: de YAML is niet te lezen rond regel 2")
    circle = (GRADED / "circle.yaml").read_text(encoding="utf-8")
    bad = circle.replace("model_step_item: Ik geef elke week", "model_step_item: Ik geef soms")
    with pytest.raises(ContentError) as info:
        g.load_graded_circle(write(tmp_path, "cirkel.yaml", bad))
    assert 'het veld "model_step_item" is "Ik geef soms een procescompliment aan een collega", maar dat ' \
           "staat niet in model_outer." in str(info.value)
    with pytest.raises(TypeError):
        g.load_graded_situations(None)


# -- every label in the graded notebooks is the data's label --------------------------------


def _call_name(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")


def _literal(node: ast.AST):
    """The value of a literal argument; None for anything else (a name, a list of names)."""
    try:
        return ast.literal_eval(node) if isinstance(node, ast.Constant | ast.List) else None
    except ValueError:
        return None


def label_problems(nb) -> list[str]:
    """Labels a notebook shows or checks that differ from the content data."""
    steps = [s.name for s in load_intake_steps()]
    categories = list(INTERVISION_CATEGORIES)
    criteria = {label.lower() for labels in (REQUEST_LABELS, QUESTION_LABELS, COMPLIMENT_LABELS)
                for label in labels.values()}
    names = {i.name for i in load_interventions()}
    problems: list[str] = []

    def expect(value, allowed, where):
        if value not in allowed:
            problems.append(f"{where}: {value!r}")

    for cell in nb.cells:
        text = cell.source
        if cell.cell_type == "code":
            code = text.replace("### BEGIN HIDDEN TESTS", "").replace("### END HIDDEN TESTS", "")
            code = code.replace("### BEGIN SOLUTION", "").replace("### END SOLUTION", "")
            for node in ast.walk(ast.parse(code)):
                if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("STAPPEN", "CATEGORIEEN"):
                    values = ast.literal_eval(node.value)
                    allowed = steps if node.targets[0].id == "STAPPEN" else categories
                    for value in values:
                        expect(value, allowed, node.targets[0].id)
                if isinstance(node, ast.Call):
                    args = [_literal(a) for a in node.args]
                    name = _call_name(node)
                    if name == "check_match":
                        expect(args[2], steps + categories, name)
                    elif name == "check_positions" and args[1] != steps:
                        problems.append(f"{name}: {args[1]!r}")
                    elif name == "check_choice":
                        expect(args[2], KEYS, name)
                    elif name in ("set_order",):
                        if args[0] != steps:
                            problems.append(f"{name}: {args[0]!r}")
                    elif name == "choose":
                        expect(args[1], steps + categories, name)
            for criterion in re.findall(r"^# (?:Verzoek|Vraag|Compliment) \d+: (.+)$", text, re.M):
                expect(criterion, criteria, "criterion")
        else:
            for criterion in re.findall(r"^- \*\*(.+?)\*\*:", text, re.M):
                expect(criterion, criteria, "criterion")
            for name in re.findall(r"^- (Progressie\w+(?: \w+)*)$", text, re.M):
                expect(name, names, "intervention")
        # the intervisie terms wherever they appear, in any case
        for phrase in re.findall(r"verhelderende vragen?|verkapte tips?|tips? in vermomming|vermomde tips?",
                                 text, re.I):
            singular = " ".join({"vragen": "vraag", "tips": "tip"}.get(w, w) for w in phrase.lower().split())
            expect(singular, [c.lower() for c in categories], "intervisie term")
        # an intake step is only ever named in full ("Eventueel verkennen wat er al werkt")
        for name in steps:
            tail = name.split(maxsplit=1)[1]  # the name without its first word
            if len(tail.split()) < 3:
                continue  # too short to tell a step from ordinary words
            for match in re.finditer(re.escape(tail), text, re.I):
                if text[max(0, match.end() - len(name)):match.end()].lower() != name.lower():
                    problems.append(f"intake step: {text[max(0, match.start() - 12):match.end()]!r}")
    return problems


def _notebooks():
    return {p.parent.name: nbformat.read(p, as_version=4) for p in sorted(SOURCE.glob("*/*.ipynb"))}


def test_every_label_in_the_graded_notebooks_is_the_content_datas():
    notebooks = _notebooks()
    assert len(notebooks) == 5
    for name, nb in notebooks.items():
        assert label_problems(nb) == [], name
    # the labels are really there to check (the test is not empty)
    text = "\n".join(c.source for nb in notebooks.values() for c in nb.cells)
    for label in [*INTERVISION_CATEGORIES, *(s.name for s in load_intake_steps()),
                  *(i.name for i in load_interventions())]:
        assert label in text, label


def test_the_label_check_catches_a_drifted_label():
    nb = _notebooks()["04-intake-en-intervisie"]
    drifted = nbformat.from_dict(nb)
    for cell in drifted.cells:
        cell.source = (cell.source.replace('"Verkapte tip"', '"Tip in vermomming"')
                       .replace("Eventueel verkennen wat er al werkt", "Verkennen wat er al werkt"))
    found = label_problems(drifted)
    assert "CATEGORIEEN: 'Tip in vermomming'" in found
    assert "STAPPEN: 'Verkennen wat er al werkt'" in found
    assert any(p.startswith("check_match: 'Tip in vermomming'") for p in found)
    intro = nbformat.v4.new_markdown_cell("Sorteer: verhelderende vraag of tip in vermomming?\n"
                                          "- **Met redenen**: uitleg")
    found = label_problems(nbformat.v4.new_notebook(cells=[intro]))
    assert found == ["criterion: 'Met redenen'", "intervisie term: 'tip in vermomming'"]


# -- what the learner sees -----------------------------------------------------------------


def test_code_is_collapsed_and_learner_text_names_no_files():
    for name, nb in _notebooks().items():
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.metadata["jupyter"]["source_hidden"] is True, (name, cell.id)
            else:
                assert not re.search(r"\b[\w-]+\.(json|ipynb|py|yaml|csv)\b", cell.source), (name, cell.id)
                assert "antwoorden" not in cell.source, (name, cell.id)
        intro = nb.cells[0].source
        assert re.search(r"Klik op \*\*(Bewaar|Controleer)\*\*; je trainer kijkt het na\.", intro), name
        assert "De code in de cellen is ingeklapt" in intro, name


def test_the_points_follow_the_data():
    nb = _notebooks()["01-interventies"]
    tests = [c for c in nb.cells if c.metadata.nbgrader["grade"]]
    assert [c.id for c in tests] == [f"toets-{s.id}" for s in COURSE.situations]
    assert f"samen {len(COURSE.situations)} punten" in nb.cells[0].source
    assert len([line for line in nb.cells[0].source.splitlines() if line.startswith("- Progressie")]) == 9


def test_the_points_of_05_follow_the_data_and_the_criteria():
    from cpw_widgets.assess.criteria import COMPLIMENT_CRITERIA, QUESTION_CRITERIA

    nb = _notebooks()["05-vragen-en-complimenten"]
    case = COURSE.round_case
    tests = [c.id for c in nb.cells if c.metadata.nbgrader["grade"]]
    assert tests == ([f"toets-vraag-{i}-{k}" for i in range(1, 4) for k in QUESTION_CRITERIA]
                     + [f"toets-compliment-{i}-{k}" for i in range(1, 3) for k in COMPLIMENT_CRITERIA])
    assert len(case.model_questions) == 3 and len(case.model_compliments) == 2
    assert "Totaal 19 punten" in nb.cells[0].source
    assert sum(c.metadata.nbgrader.get("points", 0) for c in nb.cells) == 19
    # the case is told once, on the page; the practice cases are different
    text = "\n".join(c.source for c in nb.cells)
    assert case.story in text and case.question in text
    from cpw_widgets.content import load_round_cases

    for practice in load_round_cases():
        assert not _runs(case.story, 6) & _runs(practice.story, 6), practice.id


def test_a_round_case_file_that_is_not_one_case_with_three_questions_is_refused(tmp_path):
    text = (GRADED / "round_case.yaml").read_text(encoding="utf-8")
    one_less = text.replace('    - "Wie zijn er allemaal bij de planning betrokken?"\n', "")
    assert one_less != text
    with pytest.raises(ContentError, match='het veld "model_questions" heeft 2 regel\\(s\\); er moeten er precies 3 zijn'):
        g.load_graded_round_case(write(tmp_path, "round_case.yaml", one_less))
    body = text.split("- id:", 1)[1]
    twice = text + "- id:" + body.replace("wijkverpleging-planning", "nog-een", 1)
    with pytest.raises(ContentError, match="er staan 2 casussen in; de opdracht heeft er precies 1"):
        g.load_graded_round_case(write(tmp_path, "round_case.yaml", twice))
