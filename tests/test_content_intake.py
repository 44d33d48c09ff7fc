"""The practice material of notebooks/oefening-intake-intervisie: the seven
intake steps in order, example questions per step and intervisie sentences.
The bundled files cover the exercise and differ from the graded assignment
04; a broken file gives one Dutch ContentError naming file, item and field,
and nothing half-loads."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from cpw_widgets.content import (
    INTERVISION_CATEGORIES,
    ContentError,
    IntakeQuestion,
    IntakeStep,
    IntervisionQuestion,
    load_intake_questions,
    load_intake_steps,
    load_intervision_questions,
)

REPO = Path(__file__).resolve().parents[1]
METHOD_ORDER = ["mandaat", "nut", "progressiebehoefte", "progressiedoel", "wat er al werkt",
                "aanpak", "volgende stap"]


def _graded():
    """The graded material of assignment 04 (trainer data beside the course)."""
    from cpw_widgets.content.graded import load_graded_round_questions, load_graded_step_questions

    graded = REPO / "exercises/graded"
    return (load_graded_step_questions(graded / "intake_questions.yaml"),
            load_graded_round_questions(graded / "round_questions.yaml"))


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("filename,load,record", [
    ("intake_steps.yaml", load_intake_steps, IntakeStep),
    ("intake_questions.yaml", load_intake_questions, IntakeQuestion),
    ("intervision_questions.yaml", load_intervision_questions, IntervisionQuestion),
])
def test_bundled_files_ship_and_load_cached(filename, load, record):
    assert resources.files("cpw_widgets.content").joinpath("data", filename).is_file()
    items = load()
    assert isinstance(items, tuple) and all(isinstance(i, record) for i in items)
    assert load() is items


def test_the_seven_steps_in_the_method_order():
    steps = load_intake_steps()
    assert len(steps) == 7
    for step, word in zip(steps, METHOD_ORDER):
        assert word in step.name.lower(), (step.name, word)
        assert step.name.lower() not in step.hint.lower()  # the hint does not give the name away


def test_questions_cover_the_steps_and_sentences_both_categories():
    questions = load_intake_questions()
    assert 5 <= len(questions) <= 7
    assert len({q.step for q in questions}) >= 5
    assert {q.step for q in questions} <= {s.id for s in load_intake_steps()}
    sentences = load_intervision_questions()
    assert 6 <= len(sentences) <= 8
    for category in INTERVISION_CATEGORIES:
        assert sum(s.category == category for s in sentences) >= 3
    assert all(s.text.endswith("?") for s in sentences)


def test_practice_items_differ_from_the_graded_assignment():
    questions, rounds = _graded()
    graded = [_words(q.text) for q in questions] + [_words(q.text) for q in rounds]
    mine = [_words(q.text) for q in load_intake_questions()] + \
        [_words(s.text) for s in load_intervision_questions()]
    for text in mine:
        for other in graded:
            shared = set(text.split()) & set(other.split())
            assert text != other
            # no long run of the graded wording either
            assert not any(" ".join(other.split()[i:i + 5]) in text
                           for i in range(max(0, len(other.split()) - 4))), (text, other)
            assert len(shared) < max(6, len(set(other.split())) * 2 // 3), (text, other)
    assert {q.category for q in rounds} == set(INTERVISION_CATEGORIES)  # one term per category


# -- broken files ---------------------------------------------------------------------

GOOD_QUESTION = """\
- id: eigen-1
  text: Wat wilt u over een jaar bereikt hebben?
  step: doel
  explanation: Je vraagt naar een concreet beeld.
"""


def test_unknown_step_names_file_item_field_and_the_choices(tmp_path):
    path = write(tmp_path, "mijn_vragen.yaml", GOOD_QUESTION.replace("step: doel", "step: coachen"))
    with pytest.raises(ContentError) as info:
        load_intake_questions(path)
    message = str(info.value)
    assert 'mijn_vragen.yaml, item "eigen-1" (nr. 1): het veld "step" noemt "coachen"' in message
    assert "mandaat" in message and "volgende-stap" in message


def test_wrong_category_and_missing_explanation(tmp_path):
    path = write(tmp_path, "ronde.yaml", """\
- id: zin-a
  text: Wie zijn erbij?
  category: Vraag
  explanation: Je vraagt naar feiten.
- id: zin-b
  text: Waarom stop je niet?
  category: Verkapte tip
""")
    with pytest.raises(ContentError) as info:
        load_intervision_questions(path)
    err = info.value
    assert len(err.problems) == 2
    assert 'item "zin-a" (nr. 1): het veld "category" is "Vraag", maar dat kan niet. ' \
           "Kies uit: Verhelderende vraag, Verkapte tip." in str(err)
    assert 'item "zin-b" (nr. 2): het veld "explanation" ontbreekt' in str(err)


def test_steps_file_problems_are_reported_together_and_nothing_half_loads(tmp_path):
    bundled = load_intake_steps()
    path = write(tmp_path, "stappen.yaml", """\
- id: begin
  name: Beginnen
  hint: Hier begin je.
- id: Midden
  name: Midden
  hint: Hier ga je verder.
- id: eind
  name: ["Afronden"]
  hint: Hier rond je af.
- id: begin
  name: Nog een begin
  hint: ""
""")
    with pytest.raises(ContentError) as info:
        load_intake_steps(path)
    err = info.value
    text = str(err)
    assert text.startswith("stappen.yaml bevat 4 fouten:")
    assert 'item "Midden" (nr. 2): het veld "id" is "Midden", maar mag alleen kleine letters' in text
    assert 'item "eind" (nr. 3): het veld "name" moet tekst zijn, maar is een lijst' in text
    assert 'item "begin" (nr. 4): het veld "id" is "begin", maar dat komt al voor bij item nr. 1' in text
    assert 'item "begin" (nr. 4): het veld "hint" is leeg' in text
    assert load_intake_steps() is bundled
    path.write_text("- id: begin\n  name: Beginnen\n  hint: Hier begin je.\n", encoding="utf-8")
    assert load_intake_steps(path) == (IntakeStep("begin", "Beginnen", "Hier begin je."),)


def test_bundled_checks_count_steps_and_categories():
    from cpw_widgets.content import loader

    problems: list[str] = []
    loader._check_seven_steps("intake_steps.yaml", [{}] * 6, problems)
    loader._check_both_categories("intervision_questions.yaml",
                                  [{"category": "Verhelderende vraag"}] * 6, problems)
    assert problems == [
        "intake_steps.yaml: er staan 6 stappen in; het intakegesprek heeft er precies 7.",
        'intervision_questions.yaml: er zijn 0 zinnen met category "Verkapte tip"; '
        "de cursus heeft er minstens 3 nodig.",
    ]
